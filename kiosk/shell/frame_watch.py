"""Records when the app last drew a frame (the heartbeat's "last frame drawn": kiosk.data.device).

Calling Python on every frame would cost on a busy screen, so once every `every_ms` a QTimer asks the window
for one new frame and the next `frameSwapped` is recorded, then disconnected. A GUI or render thread that
hangs stops the record from moving, which the central health shows. Thread: GUI (the record itself may come
from the render thread: it is one attribute write).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from kiosk.data.device import DeviceProbe
    from kiosk.shell.window import KioskWindow


class FrameWatch(QObject):
    def __init__(self, window: KioskWindow, probe: DeviceProbe, parent: QObject, every_ms: int = 30_000) -> None:
        super().__init__(parent)
        self._window, self._probe = window, probe
        self._stop: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.sample)
        self.timer.start()
        probe.frame_drawn()  # the first frame is up when this is made

    def sample(self) -> None:
        import shiboken6

        if not shiboken6.isValid(self._window.engine):  # the kiosk is closing
            self.timer.stop()
            return
        if self._stop is None:
            self._stop = self._window.on_frame(self._drawn)
        self._window.window.update()

    def _drawn(self) -> None:
        self._probe.frame_drawn()
        stop, self._stop = self._stop, None
        if stop is not None:
            QTimer.singleShot(0, self, stop)  # disconnect on the GUI thread, not from inside the signal

    def close(self) -> None:
        self.timer.stop()
        stop, self._stop = self._stop, None
        if stop is not None:
            stop()
