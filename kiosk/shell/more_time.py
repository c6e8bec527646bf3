"""The question "Do you need more time?" (WCAG 2.2.1 Timing Adjustable; issue 11, item 8), and holding the thank-you.

`models.moreTime` in QML. When nobody has touched the kiosk for screen.idle_timeout_seconds the shell drops
an unfinished flow and goes home (ShellViewModel.tick). For the last screen.more_time_seconds before that
(at most half the idle timeout) this model is `asking`, with `secondsLeft` counting down; MoreTimePrompt.qml
shows the question over the screen with a big "Yes, more time" button (`moreTime()`: the full time again).
Nobody answering changes nothing: the shell goes home when the time is up, as before. The home screen has no
flow to drop and is never asked about.

`hold()` keeps the thank-you up past its few seconds (ShellViewModel.hold): `held` is true until another
screen shows. Time comes from the shell's injected clock, read on each of its ticks. Thread: GUI.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.config import Config
from kiosk.shell.shell_model import ShellViewModel


class MoreTime(QObject):
    askingChanged = Signal()
    secondsLeftChanged = Signal()
    heldChanged = Signal()

    def __init__(self, config: Config, shell: ShellViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config, self._shell = config, shell
        self._asking, self._seconds_left, self._held = False, 0, False
        shell.ticked.connect(self._update)
        shell.screenChanged.connect(self._update)

    @property
    def warning_seconds(self) -> float:
        """How long before the idle timeout the question shows."""
        return min(self._config.more_time_seconds, self._shell.config.idle_timeout_seconds / 2)

    @Property(bool, notify=askingChanged)
    def asking(self) -> bool:
        """The question is showing: the idle timeout is near on a screen other than home."""
        return self._asking

    @Property(int, notify=secondsLeftChanged)
    def secondsLeft(self) -> int:
        """Whole seconds until the screen goes back to the start (while `asking`)."""
        return self._seconds_left

    @Property(bool, notify=heldChanged)
    def held(self) -> bool:
        """The visitor kept the thank-you on screen."""
        return self._held

    @Slot()
    def moreTime(self) -> None:
        """The answer "Yes, more time": the full idle time again, from now."""
        self._shell.activity()
        self._update()

    @Slot()
    def hold(self) -> None:
        """The thank-you's "Keep this on screen"."""
        self._shell.hold()
        self._update()

    @Slot()
    def _update(self) -> None:
        timeout = self._shell.config.idle_timeout_seconds  # the site's, from the centre, when it says
        left = timeout - self._shell.idle_seconds()
        screen = str(self._shell.property("screen"))
        # A visitor's unfinished flow only: staff screens (the PIN pad, a lock-out's countdown) keep their own rules.
        asking = screen != "home" and not screen.startswith("staff") and 0 < left <= self.warning_seconds
        seconds = max(0, math.ceil(left)) if asking else 0
        held = self._shell.held()
        if seconds != self._seconds_left:
            self._seconds_left = seconds
            self.secondsLeftChanged.emit()
        if asking != self._asking:
            self._asking = asking
            self.askingChanged.emit()
        if held != self._held:
            self._held = held
            self.heldChanged.emit()
