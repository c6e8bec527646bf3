"""Lock-down of the kiosk window: no way out and no stray menus by touch, mouse or keyboard. Thread: GUI.

- **Close requests are refused** (the compositor's close, Alt+F4 where a compositor maps it, a window manager's
  ×): only the kiosk's own orderly exit (`KioskWindow.close`, reached by SIGTERM from systemd or a staff
  member's `systemctl stop`) lets the window close; it calls `CloseGuard.release()` first.
- **No context menus**: Qt Quick Controls 6.9+ give every TextField/TextArea a context menu (Undo, Cut, Paste,
  Select All …) on a right click or the Menu key. The guard drops every context-menu event at the window,
  before any item sees it, so no feature's QML needs to remember it. (A touch press-and-hold opens no menu in
  Qt Quick; the staff gesture's press-and-hold is a MouseArea's own and is untouched.)
- **The pointer is hidden** on touch screens (`screen.pointer`: "auto" hides it in full screen when Qt reports
  a touch screen; "hidden" always; "shown" never).

What the window cannot guard — VT switching, the kernel's SysRq keys, other consoles — is closed by the session
around it (cage without -s, packaging/, docs/install.md "Lock-down").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow

POINTER_CHOICES = ("auto", "hidden", "shown")


class CloseGuard(QObject):
    """An event filter on the kiosk window: refuses Close until released, drops every ContextMenu event."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.released = False
        self.refused = 0  # close requests refused so far (tests, and a hint in the log)

    def release(self) -> None:
        """The kiosk itself is closing: let the window go."""
        self.released = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and not self.released:
            event.ignore()
            self.refused += 1
            return True
        return kind == QEvent.Type.ContextMenu


def has_touch_screen() -> bool:
    from PySide6.QtGui import QInputDevice

    return any(d.type() == QInputDevice.DeviceType.TouchScreen for d in QInputDevice.devices())


def hide_pointer(choice: str, *, full_screen: bool, touch: bool | None = None) -> bool:
    """Whether the pointer should be hidden for `screen.pointer` = `choice` (see the module's docstring)."""
    if choice == "hidden":
        return True
    if choice == "shown":
        return False
    return full_screen and (has_touch_screen() if touch is None else touch)


def lock_down(window: QWindow, *, pointer: str, full_screen: bool) -> CloseGuard:
    """Installs the guard on `window` and hides the pointer when `pointer` says so; returns the guard."""
    guard = CloseGuard(window)
    window.installEventFilter(guard)
    if hide_pointer(pointer, full_screen=full_screen):
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QCursor, QGuiApplication

        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    return guard
