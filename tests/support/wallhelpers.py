"""Helpers for the kindness wall's UI tests: its view models, the store read from the test's own thread, the
on-screen keyboard's keys, and the Texts on screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import Clock, ManualClock
from kiosk.data.engine import sqlite_engine
from kiosk.staff.pin_store import write_hash
from kiosk.staff.rules import hash_pin
from kiosk.wall.board_model import WallBoardViewModel
from kiosk.wall.compose_model import WallComposeViewModel
from kiosk.wall.moderation_model import WallModerationViewModel
from kiosk.wall.poster_model import WallPosterViewModel
from kiosk.wall.rules.messages import MessageStatus, WallMessage
from kiosk.wall.send_model import WallSendViewModel
from kiosk.wall.store import MessageRow, WallService
from tests.support.qmlhelpers import centre, find, has_property, settle, tap, view_model, walk
from tests.support.staff_helpers import past_the_pulse

PLAIN_TEXT = 0  # Text.PlainText / TextEdit.PlainText


def board(kiosk: Kiosk) -> WallBoardViewModel:
    return view_model(kiosk, "wall", WallBoardViewModel)


def compose(kiosk: Kiosk) -> WallComposeViewModel:
    return view_model(kiosk, "wallCompose", WallComposeViewModel)


def sending(kiosk: Kiosk) -> WallSendViewModel:
    return view_model(kiosk, "wallSend", WallSendViewModel)


def moderation(kiosk: Kiosk) -> WallModerationViewModel:
    return view_model(kiosk, "wallModeration", WallModerationViewModel)


def poster(kiosk: Kiosk) -> WallPosterViewModel:
    return view_model(kiosk, "wallPoster", WallPosterViewModel)


def screen_is(kiosk: Kiosk, name: str) -> bool:
    return kiosk.shell.screen == name and find(kiosk.window.window, name) is not None


class Store:
    """The wall's store as a test reads it: its own engine on the kiosk's file (committed data only)."""

    def __init__(self, kiosk: Kiosk, clock: Clock) -> None:
        config = kiosk.config
        self.engine = sqlite_engine(config.database_path)
        self.service = WallService(self.engine, config.site_id, config.kiosk_id, clock, timezone=config.timezone)

    def rows(self) -> list[MessageRow]:
        return self.service.rows()

    def status_of(self, text: str) -> list[MessageStatus]:
        return [r.status for r in self.rows() if r.text == text]

    def on_board(self) -> list[str]:
        return [c.text for c in self.service.board(limit=100_000)]

    def queue(self) -> list[WallMessage]:
        return self.service.queue()

    def add(self, text: str, status: MessageStatus = MessageStatus.APPROVED, *, at: datetime | None = None,
            pinned: bool = False, flags: frozenset[str] = frozenset()) -> WallMessage:
        """A message as if written on this kiosk at `at` (and approved, or pinned, by staff)."""
        clock = ManualClock(at or datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
        message = self.service.add(WallMessage.new(text=text, site=self.service.site, kiosk=self.service.kiosk,
                                                   language="en", status=MessageStatus.PENDING, clock=clock,
                                                   flags=flags))
        if status is not MessageStatus.PENDING:
            self.service.decide(message.id, MessageStatus.APPROVED, pinned=pinned)
        if status in (MessageStatus.HIDDEN, MessageStatus.REJECTED):
            self.service.decide(message.id, status)
        return message

    def close(self) -> None:
        self.engine.dispose()


def enter_staff_mode(qtbot: QtBot, kiosk: Kiosk, tool: str | None = None) -> None:
    """Staff mode the way staff get there: the PIN pad (and then a staff tool's button)."""
    write_hash(kiosk.config.data_dir, hash_pin("4825"))
    kiosk.staff.openPin()
    for d in "4825":
        tap(kiosk.window.window, f"staff.pin.{d}")
    tap(kiosk.window.window, "staff.pin.ok")
    past_the_pulse(qtbot, kiosk)
    if tool is not None:
        tap(kiosk.window.window, f"staff.tool.{tool}")


def keyboard_panel(kiosk: Kiosk) -> QQuickItem | None:
    for item in walk(kiosk.window.window.contentItem()):
        if item.objectName() == "keyboard.panel":
            return item
    return None


def keyboard_shown(kiosk: Kiosk) -> bool:
    """The keyboard is up and has finished sliding in (so its keys are where they will stay)."""
    panel = keyboard_panel(kiosk)
    window = kiosk.window.window
    return (panel is not None and bool(panel.property("active")) and panel.isVisible()
            and abs(float(window.property("keyboardTop")) - (window.height() - panel.height())) < 0.5)


def keyboard_hidden(kiosk: Kiosk) -> bool:
    """The keyboard is down and has finished sliding out (it no longer covers anything)."""
    window = kiosk.window.window
    loader = next((i for i in walk(window.contentItem()) if i.objectName() == "keyboard"), None)
    panel = keyboard_panel(kiosk)
    return (loader is None or loader.y() >= window.height() - 0.5) and (
        panel is None or not bool(panel.property("active")))


def text_format(item: QQuickItem) -> int:
    """A Text's or text field's textFormat (0 = plain text), read through QML (PySide cannot convert it)."""
    expression = QQmlExpression(QQmlEngine.contextForObject(item), item, "textFormat")
    value, failed = expression.evaluate()
    assert not failed, expression.error().toString()
    return int(value)


def keyboard_keys(kiosk: Kiosk) -> dict[str, QQuickItem]:
    """The on-screen keyboard's visible keys by the character they type."""
    panel = keyboard_panel(kiosk)
    assert panel is not None, "the on-screen keyboard is not loaded"
    keys: dict[str, QQuickItem] = {}
    for item in walk(panel):
        if has_property(item, "displayText") and item.isVisible():
            text = item.property("text")
            if isinstance(text, str) and text:
                keys.setdefault(text, item)
    return keys


def tap_keys(qtbot: QtBot, kiosk: Kiosk, letters: str) -> None:
    """Taps the on-screen keyboard's keys, one letter at a time, as a visitor would."""
    window = kiosk.window.window
    for letter in letters:
        settle(window)
        key = keyboard_keys(kiosk).get(letter)
        assert key is not None, f"no key {letter!r} on the on-screen keyboard"
        before = len(compose(kiosk).property("text"))
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(key))
        qtbot.waitUntil(partial(_draft_longer_than, kiosk, before))


def _draft_longer_than(kiosk: Kiosk, length: int) -> bool:
    return len(compose(kiosk).property("text")) > length


def type_text(window: QQuickWindow, text: str) -> None:
    """Types into the focused field with key events carrying the text (emoji and accents included), as a
    hardware keyboard or a paste would."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QGuiApplication.sendEvent(window, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def texts_on_screen(kiosk: Kiosk) -> Iterator[QQuickItem]:
    """Every visible Text (and text field) item on the current screen (the on-screen keyboard's key labels,
    Qt's own, are left out)."""
    settle(kiosk.window.window)

    def visit(item: QQuickItem) -> Iterator[QQuickItem]:
        if item.objectName() == "keyboard" or not item.isVisible():
            return
        if item.inherits("QQuickText") or item.inherits("QQuickTextEdit"):
            yield item
        for child in item.childItems():
            yield from visit(child)

    yield from visit(kiosk.window.window.contentItem())


def process(rounds: int = 5) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()
