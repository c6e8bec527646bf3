"""Lock-down of the real kiosk window (kiosk.shell.lockdown): close requests refused, no context menus, pointer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.shell.lockdown import CloseGuard, hide_pointer, lock_down
from tests.support.qmlhelpers import class_name

FIELD_QML = b"""
import QtQuick
import QtQuick.Controls.Basic
Window { width: 640; height: 400; visible: true
    TextField { objectName: "field"; x: 20; y: 20; width: 400; height: 80; text: "kind words" }
}
"""


def test_the_kiosk_window_refuses_a_close_request_until_the_kiosk_closes_itself(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.window.lock_down(pointer="shown", full_screen=False)
    window = kiosk.window.window
    qtbot.waitUntil(lambda: kiosk.window._filter is not None)  # the first frame's follow-up work is done
    assert window.close() is False, "a close request (the compositor's, Alt+F4) must be refused"
    assert window.isVisible()
    hidden: list[bool] = []
    window.visibleChanged.connect(lambda visible: hidden.append(not visible))
    kiosk.close()  # the orderly exit (SIGTERM) still closes it
    assert hidden == [True]


def _menu_items(window: QQuickWindow) -> list[str]:
    return [n for n in (class_name(i) for i in window.findChildren(QQuickItem) if i.isVisible()) if "MenuItem" in n]


@pytest.fixture
def field_window(qtbot: QtBot) -> QQuickWindow:
    engine = QQmlApplicationEngine()
    engine.loadData(FIELD_QML)
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    window._engine = engine  # type: ignore[attr-defined]  # kept alive with the window
    qtbot.waitExposed(window)
    return window


def _right_click_field(window: QQuickWindow) -> None:
    field = window.findChild(QQuickItem, "field")
    assert field is not None
    QTest.mouseClick(window, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                     field.mapToScene(field.boundingRect().center()).toPoint())


def test_a_text_field_has_a_context_menu_without_the_guard(qtbot: QtBot, field_window: QQuickWindow) -> None:
    """The premise of the next test: Qt Quick Controls open Undo/Cut/Paste… on a right click."""
    _right_click_field(field_window)
    qtbot.waitUntil(lambda: bool(_menu_items(field_window)), timeout=5000)
    field_window.close()


def test_the_guard_drops_context_menus(qtbot: QtBot, field_window: QQuickWindow) -> None:
    guard = lock_down(field_window, pointer="shown", full_screen=False)
    _right_click_field(field_window)
    menu_key = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(30, 30), QPoint(30, 30))
    assert QGuiApplication.sendEvent(field_window, menu_key) is True  # swallowed by the guard
    # A menu would open within the same event delivery; one more round of the event loop for anything queued.
    QTest.qWait(0)
    assert _menu_items(field_window) == []
    field_window.removeEventFilter(guard)  # the control: the same click on the same window opens the menu
    _right_click_field(field_window)
    qtbot.waitUntil(lambda: bool(_menu_items(field_window)), timeout=5000)
    guard.release()
    field_window.close()


def test_released_guard_lets_close_through(qtbot: QtBot, field_window: QQuickWindow) -> None:
    guard = lock_down(field_window, pointer="shown", full_screen=False)
    assert field_window.close() is False and guard.refused == 1
    guard.release()
    assert field_window.close() is True


def test_other_events_pass() -> None:
    guard = CloseGuard()
    assert guard.eventFilter(guard, QEvent(QEvent.Type.MouseButtonPress)) is False


@pytest.mark.parametrize(("choice", "full_screen", "touch", "hidden"), [
    ("hidden", False, False, True),
    ("shown", True, True, False),
    ("auto", True, True, True),
    ("auto", True, False, False),
    ("auto", False, True, False),  # a window on a desktop (the demo) keeps its pointer
])
def test_pointer_choice(choice: str, full_screen: bool, touch: bool, hidden: bool) -> None:
    assert hide_pointer(choice, full_screen=full_screen, touch=touch) is hidden


def test_hidden_pointer_is_a_blank_cursor(qtbot: QtBot, field_window: QQuickWindow) -> None:
    guard = lock_down(field_window, pointer="hidden", full_screen=True)
    try:
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
    finally:
        QGuiApplication.restoreOverrideCursor()
        guard.release()
        field_window.close()
