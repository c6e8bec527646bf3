"""Loads the QML window: fonts, style, the view models as required properties, the language switch's hold
on the QML engine (so qsTr follows a switch: kiosk.shell.language), and an event filter that turns every
touch into "activity" for the idle timeout. Thread: GUI.

Start-up order (kiosk.app.build): `kiosk.shell.qml_start` first, so Qt's QML loader thread loads the window
and the home screen while Python imports the kiosk's modules on a helper thread; then `KioskWindow` creates
the scene from what is loaded; `watch_activity()` once the first frame is up.
Until then the window is shown and watched through its QtGui side (`show`, `resize`, `on_frame`):
PySide6.QtQuick (~7 ms to import) is imported when something first asks for `window` (the QQuickWindow).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QWindow

from kiosk.shell.idle_tidy import IdleTidy
from kiosk.shell.language import LanguageSwitch
from kiosk.shell.qml_start import QmlStart, shell_qml_url
from kiosk.shell.shell_model import ShellViewModel
from kiosk.shell.view_models import ViewModels

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QSize
    from PySide6.QtQuick import QQuickWindow

    from kiosk.shell.lockdown import CloseGuard


class ActivityFilter(QObject):
    def __init__(self, shell: ShellViewModel) -> None:
        from PySide6.QtCore import QEvent  # its Type enum (~180 names) is built on first use: not before the frame

        super().__init__(shell)
        self._shell = shell
        self._activity = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
                          QEvent.Type.Wheel}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._activity:
            self._shell.activity()
        return False


class KioskWindow:
    """Owns the QML engine and the window; keeps Python references alive as long as the window."""

    def __init__(self, shell: ShellViewModel, models: ViewModels, language: LanguageSwitch | None = None,
                 start: QmlStart | None = None) -> None:
        start = start or QmlStart()
        self.shell, self.models = shell, models
        self.engine = start.engine
        if language is not None:
            language.attach(self.engine)
        self.engine.setInitialProperties({"shell": shell})
        self.engine.load(shell_qml_url("Main.qml"))
        roots = self.engine.rootObjects()
        if not roots or not roots[0].inherits("QQuickWindow"):
            raise RuntimeError("the kiosk window could not be loaded (see the QML errors above)")
        del start  # its components were needed until the window and the home screen were made: done
        # Freed memory back to the system when a visitor has gone (kiosk.shell.idle_tidy): the soak's flat line.
        self.tidy = IdleTidy(shell, self.engine.collectGarbage)
        self._window: QQuickWindow | None = None
        self._filter: ActivityFilter | None = None
        self._keys: QObject | None = None  # kiosk.shell.key_access.KeyAccess, from watch_activity
        self._guard: CloseGuard | None = None

    def _root(self) -> QWindow:
        """The window as QtGui sees it (no QtQuick import). Not kept: see `window`."""
        root = self.engine.rootObjects()[0]
        assert isinstance(root, QWindow)
        return root

    @property
    def window(self) -> QQuickWindow:
        """The QQuickWindow (contentItem, grabWindow, …). The first use imports PySide6.QtQuick; a Python
        wrapper made before that has the QtGui type only, so none is kept before this is first asked for."""
        if self._window is None:
            from PySide6.QtQuick import QQuickWindow

            root = self.engine.rootObjects()[0]
            if isinstance(root, QQuickWindow):
                self._window = root
            else:  # a QtGui wrapper of it is still alive somewhere: drop that one and wrap the window anew
                import shiboken6

                address = shiboken6.getCppPointer(root)[0]
                shiboken6.invalidate(root)
                self._window = cast(QQuickWindow, shiboken6.wrapInstance(address, QQuickWindow))
        return self._window

    def show(self, *, full_screen: bool = False) -> None:
        root = self._window or self._root()
        if full_screen:
            root.showFullScreen()
        else:
            root.show()

    def lock_down(self, *, pointer: str, full_screen: bool) -> None:
        """Refuses close requests and context menus and hides the pointer as `screen.pointer` says
        (kiosk.shell.lockdown); `close()` still closes."""
        from kiosk.shell.lockdown import lock_down

        self._guard = lock_down(self._window or self._root(), pointer=pointer, full_screen=full_screen)

    def resize(self, size: QSize) -> None:
        (self._window or self._root()).resize(size)

    def on_frame(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Calls `callback` after each frame is shown (`frameSwapped`: on the render thread on a real
        display); returns what disconnects it (which keeps no wrapper of the window meanwhile)."""
        self._frame_swapped().connect(callback)
        return lambda: self._frame_swapped().disconnect(callback)

    def _frame_swapped(self) -> Any:
        return (self._window or self._root()).frameSwapped  # type: ignore[attr-defined]  # a QQuickWindow's

    def watch_activity(self) -> None:
        """Every touch or key on the window counts as activity (the idle timeout), and keypads and switches
        reach every control (kiosk.shell.key_access). Installed once the first frame is up: nobody can touch
        a window before it shows."""
        if self._keys is None:  # first: the filter installed last sees each event first (activity, below)
            from kiosk.shell.key_access import KeyAccess

            self._keys = KeyAccess(self.window)
        if self._filter is None:
            self._filter = ActivityFilter(self.shell)
            self.window.installEventFilter(self._filter)

    def close(self) -> None:
        """Destroys the QML scene now, while the view models it binds to are still alive."""
        import shiboken6

        if self._filter is not None:
            self.window.removeEventFilter(self._filter)
        if self._keys is not None:
            self.window.removeEventFilter(self._keys)
        if self._guard is not None:
            self._guard.release()  # the kiosk's own exit is the one close the lock-down lets through
        self.window.close()
        if shiboken6.isValid(self.engine):
            shiboken6.delete(self.engine)
