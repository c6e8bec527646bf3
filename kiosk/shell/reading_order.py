"""Reading order for screen readers (and Tab): the QML singleton `ReadingOrder` (`import KioskOrder`).

A screen reader walks Qt Quick's child items in the order they were made, not where they are drawn, so an item
made out of order is read out of place: a ListView makes a section heading after the first row under it, and
rows scrolled back into view after the rest; a layout may show its children in another order than declared
(the compose screen's buttons in landscape). `QQuickItem.stackBefore` fixes the order, but QML cannot call it,
so this singleton does:

- `ReadingOrder.place(item, mirrored)` puts an item and its siblings in the order they are read: top to bottom,
  then along the line (right to left when `mirrored`). Call it when the item is made and whenever it moves
  (`onYChanged`): a list's rows and headings (a dozen or two) are sorted again each time one moves.
- `ReadingOrder.arrange([a, b, c])` puts siblings in the order given.

qmllint cannot see Python: kiosk/shell/qml/KioskOrder/ (qmldir + KioskOrder.qmltypes) describes the singleton
for it; keep that in step with the slots here. It is registered before the window loads (`register`) and made
the first time a screen uses it, which imports PySide6.QtQuick then, after the first frame
(tests/shell/test_startup.py). tests/shell/test_reading_order.py checks every screen's order. Thread: GUI.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtQml import QJSEngine, QQmlEngine, qmlRegisterSingletonType

URI = "KioskOrder"
_made: list[QObject] = []  # each engine's singleton, kept from Python's collector (its engine deletes the C++ side)


class ReadingOrder(QObject):
    @Slot(QObject, bool)
    def place(self, item: Any, mirrored: bool) -> None:
        """Puts `item` and its siblings in reading order (a stable sort: equal places keep their order)."""
        parent = item.parentItem() if item is not None else None
        if parent is None:
            return
        siblings = parent.childItems()
        wanted = sorted(siblings, key=lambda i: (i.y(), -i.x() if mirrored else i.x()))
        if wanted != siblings:
            self.arrange(wanted)

    @Slot(list)
    def arrange(self, items: list[Any]) -> None:
        """Puts sibling items in the order given."""
        for before, after in itertools.pairwise(items):
            after.stackAfter(before)


def _make(engine: QQmlEngine | QJSEngine | None = None) -> QObject:
    import PySide6.QtQuick  # noqa: F401  (items reach the slots as QQuickItem, with stackBefore)

    order = ReadingOrder()
    _made.append(order)
    return order


_registered: list[int] = []


def register() -> None:
    """Makes `import KioskOrder` give QML the `ReadingOrder` singleton; call before QML that uses it loads.
    Once per process (each engine then makes its own singleton); registering again would replace the type."""
    if not _registered:
        # PySide's stubs type the QML name as bytes; at run time only a str is accepted.
        _registered.append(qmlRegisterSingletonType(ReadingOrder, URI, 1, 0, "ReadingOrder", _make))  # type: ignore[call-overload]
