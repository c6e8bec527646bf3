"""Finding and tapping QML items the way a visitor would: by objectName, at the item's centre."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QMetaObject, QObject, QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest


def walk(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from walk(child)


def _meta_answer(obj: QObject, ask: Callable[[QMetaObject], T]) -> T:
    """Asks an object's QMetaObject something, then drops PySide's wrapper of it at once. A QML type's meta
    object dies with its screen; a wrapper left in PySide's table would be handed back later for a new item
    that happens to get the same address (a `QMetaObject` where a QQuickItem should be)."""
    meta = obj.metaObject()
    try:
        return ask(meta)
    finally:
        shiboken6.invalidate(meta)


def accessible_answer(obj: QObject, ask: Callable[[QAccessibleInterface | None], T]) -> T:
    """Asks an object's accessibility interface something (None when it has none), then drops PySide's wrapper
    of it at once: Qt deletes the interface with its item, and a wrapper left in PySide's table would be handed
    back later for a new item that happens to get the same address (a `QAccessibleObject` where a QQuickItem
    should be: "'QAccessibleObject' object has no attribute 'objectName'", seen once in a scene's wait)."""
    iface = QAccessible.queryAccessibleInterface(obj)
    try:
        return ask(iface)
    finally:
        if iface is not None:
            shiboken6.invalidate(iface)


def role_and_name(obj: QObject) -> tuple[QAccessible.Role, str] | None:
    """An object's accessible role and name, as a screen reader gets them (None when it is not in the tree)."""
    return accessible_answer(obj, lambda i: None if i is None else (i.role(), i.text(QAccessible.Text.Name)))


def class_name(obj: QObject) -> str:
    return _meta_answer(obj, lambda m: str(m.className()))


def has_signal(obj: QObject, signature: str) -> bool:
    return _meta_answer(obj, lambda m: m.indexOfSignal(signature) >= 0)


def has_property(obj: QObject, name: str) -> bool:
    return _meta_answer(obj, lambda m: m.indexOfProperty(name) >= 0)


def find(window: QQuickWindow, name: str) -> QQuickItem | None:
    for item in walk(window.contentItem()):
        if item.objectName() == name and item.isVisible():
            return item
    return None


def must_find(window: QQuickWindow, name: str) -> QQuickItem:
    """The visible item named `name`; fails the test, naming what is visible, when there is none."""
    item = find(window, name)
    assert item is not None, f"no visible item named {name!r}; visible: {sorted(visible_names(window))}"
    return item


def visible_names(window: QQuickWindow) -> set[str]:
    return {i.objectName() for i in walk(window.contentItem()) if i.objectName() and i.isVisible()}


def centre(item: QQuickItem) -> QPoint:
    return item.mapToScene(item.boundingRect().center()).toPoint()


def settle(window: QQuickWindow) -> None:
    """Lays out pending positioners, layouts and lists, as the next frame would, so items are where they
    will show. Qt does the polishing itself (a synchronous grab runs polish, sync and render): polishing
    item by item from Python could touch a list delegate that an earlier polish had just deleted."""
    window.grabWindow()


def tap(window: QQuickWindow, name: str) -> None:
    settle(window)
    item = find(window, name)
    assert item is not None, f"no visible item named {name!r}; visible: {sorted(visible_names(window))}"
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(item))


T = TypeVar("T")


def view_model(kiosk: Any, name: str, kind: type[T]) -> T:
    """The view model QML sees as `models.<name>`, checked to be of the expected class."""
    model = kiosk.window.models[name]
    assert isinstance(model, kind), (name, type(model))
    return model
