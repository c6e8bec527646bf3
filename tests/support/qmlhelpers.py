"""Finding and tapping QML items the way a visitor would: by objectName, at the item's centre."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest


def walk(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from walk(child)


def find(window: QQuickWindow, name: str) -> QQuickItem | None:
    for item in walk(window.contentItem()):
        if item.objectName() == name and item.isVisible():
            return item
    return None


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
