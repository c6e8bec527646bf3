"""Keys and switches (issue 11, item 9): every control reached with Tab / Shift+Tab or the arrow keys and
pressed with Enter or Space, as USB keypads and switch interfaces (which send Tab and Enter) need.

Qt Quick already moves focus with Tab and Shift+Tab through every control whose focus policy takes Tab (all
the kiosk's buttons, chips, cards and text boxes) and presses a focused button with Space. This event filter
on the window adds the rest, once for every screen:
- Enter / Return presses the focused button (a text box keeps them: a new line, or its own "accepted");
- the arrow keys move focus like Tab (Down and Right forward, Up and Left back; Left and Right swap in a
  right-to-left layout), except in a text box, where they move the cursor;
- Tab and Shift+Tab leave a text area too (it would type a tab character: a keypad would be stuck there);
- whenever focus moves, the focused item is scrolled into view inside any list or page that scrolls, so a
  keypad user always sees where they are.
The visible focus ring is each control's own (Kiosk/FocusRing.qml). Thread: GUI.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMetaObject, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow

PRESS_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
ARROWS = {Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Right}
REVEAL_MARGIN = 40  # px (times the window's scale) kept between a focused item and a scrolling page's edge


def is_text_box(item: QQuickItem) -> bool:
    """A text field or text area: it has a cursor, and keeps Enter and the arrow keys for itself."""
    return item.inherits("QQuickTextInput") or item.inherits("QQuickTextEdit")


def _mirrored(item: QQuickItem) -> bool:
    value = item.property("mirrored")
    return bool(value) if value is not None else False


class KeyAccess(QObject):
    def __init__(self, window: QQuickWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        window.activeFocusItemChanged.connect(self.reveal_focus)

    def focus_item(self) -> QQuickItem | None:
        """The item with active focus. Read as the window's property, not `activeFocusItem()`: PySide keeps the
        wrapper that method returns referenced by the window's own wrapper for good (one leaked wrapper per item
        ever focused: on the wall's compose screen, one per visit in the soak benchmark)."""
        item = self._window.property("activeFocusItem")
        return item if isinstance(item, QQuickItem) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            item = self.focus_item()
            if item is not None and item.inherits("QQuickTextEdit"):  # a text area would take it as a character
                self.move_focus(key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                return True
            return False
        if key not in PRESS_KEYS and key not in ARROWS:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl+Enter, Shift+arrows …: not ours
        item = self.focus_item()
        if item is not None and is_text_box(item):
            return False
        if key in PRESS_KEYS:
            if item is None or not item.inherits("QQuickAbstractButton") or not item.isEnabled():
                return False
            if not event.isAutoRepeat():
                QMetaObject.invokeMethod(item, "click")
            return True
        forward = key in (Qt.Key.Key_Down, Qt.Key.Key_Right)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and item is not None and _mirrored(item):
            forward = not forward
        self.move_focus(forward)
        return True

    def move_focus(self, forward: bool) -> None:
        """Focus to the next (or previous) control in the Tab order, as Tab (or Shift+Tab) would."""
        start = self.focus_item() or self._window.contentItem()
        target = start.nextItemInFocusChain(forward)
        if target is not None and target is not start:
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            target.forceActiveFocus(reason)

    def reveal_focus(self) -> None:
        """Scrolls every page or list around the focused item so that it shows whole."""
        item = self.focus_item()
        if item is None:
            return
        margin = REVEAL_MARGIN * min(self._window.width(), self._window.height()) / 1080
        parent = item.parentItem()
        while parent is not None:
            if parent.inherits("QQuickFlickable"):
                _scroll_to(parent, item, margin)
            parent = parent.parentItem()


def _scroll_to(flick: QQuickItem, item: QQuickItem, margin: float) -> None:
    rect = item.mapRectToItem(flick, item.boundingRect())
    for start, end, size, pos, origin, content in (
            (rect.top(), rect.bottom(), flick.height(), "contentY", "originY", "contentHeight"),
            (rect.left(), rect.right(), flick.width(), "contentX", "originX", "contentWidth")):
        extent = float(flick.property(content) or 0)
        if extent <= size:
            continue
        now = float(flick.property(pos) or 0)
        if start < margin:
            wanted = now + start - margin
        elif end > size - margin:
            wanted = now + min(end - size + margin, start - margin)  # never past the item's own start
        else:
            continue
        low = float(flick.property(origin) or 0)
        flick.setProperty(pos, max(low, min(wanted, low + extent - size)))
