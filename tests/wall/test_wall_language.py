"""A language switch under a running kiosk: the wall's words (the count, the prompts, the thank-you, staff's
decision lines and reasons) are made when read and re-announced when kiosk.core.events.LanguageChanged
arrives — on screen, without leaving the screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.wall.rules.messages import MessageStatus
from tests.support.language_helpers import shouting
from tests.support.qmlhelpers import find, settle, tap
from tests.support.wallhelpers import Store, compose, enter_staff_mode, moderation, screen_is, sending

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(kiosk: Kiosk, clock: ManualClock) -> Iterator[Store]:
    s = Store(kiosk, clock)
    yield s
    s.close()


def on_screen(kiosk: Kiosk, name: str) -> str:
    settle(kiosk.window.window)
    item = find(kiosk.window.window, name)
    assert item is not None, name
    return str(item.property("text"))


def test_writing_and_the_thank_you_follow_the_language(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    tap(w, "home.wall")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall"))
    tap(w, "wall.write")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.write"))
    vm = compose(kiosk)
    vm.setText("kind " * ((kiosk.config.wall_max_length - 30) // 5))
    qtbot.waitUntil(lambda: find(w, "wall.write.counter") is not None)
    assert on_screen(kiosk, "wall.write.counter") == "Room for 31 more"
    policy = on_screen(kiosk, "wall.write.policy")
    with shouting(kiosk):
        assert on_screen(kiosk, "wall.write.counter") == "ROOM FOR 31 MORE"
        assert on_screen(kiosk, "wall.write.policy") == policy.upper()
        vm.setText("")
        qtbot.waitUntil(lambda: find(w, "wall.prompt.thanks") is not None)
        assert on_screen(kiosk, "wall.prompt.thanks") == "THANK YOU TO…"
        vm.usePrompt("thanks")
        assert vm.property("text") == "THANK YOU TO "  # the prompt's words in the language in use
    vm.setText("Thank you to the library team")
    vm.send()
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.sent"))
    assert on_screen(kiosk, "wall.sent.title") == "Thank you"
    with shouting(kiosk):
        assert sending(kiosk).property("outcome") == "pending"
        assert on_screen(kiosk, "wall.sent.title") == "THANK YOU"
        assert on_screen(kiosk, "wall.sent.message").startswith("IT WILL APPEAR ON THE WALL")


def test_staff_decision_words_and_reasons_follow_the_language(qtbot: QtBot, kiosk: Kiosk, store: Store) -> None:
    store.add("Thank you to the library", MessageStatus.PENDING, at=T0)
    store.add("Ring Jo on 07700 900123", MessageStatus.PENDING, at=T0 + timedelta(minutes=1),
              flags=frozenset({"personal_phone"}))
    w = kiosk.window.window
    enter_staff_mode(qtbot, kiosk, "wall")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.moderate"))
    mod = moderation(kiosk)
    qtbot.waitUntil(lambda: mod.waiting_model.rowCount() == 2)
    tap(w, "wall.mod.approve.0")
    qtbot.waitUntil(lambda: mod.property("message") == "Approved — it is on the wall now.")
    qtbot.waitUntil(lambda: mod.waiting_model.rowCount() == 1)
    tap(w, "wall.mod.reject.0")
    qtbot.waitUntil(lambda: find(w, "wall.mod.reason.personal.0") is not None)
    with shouting(kiosk):
        assert on_screen(kiosk, "wall.mod.message") == "APPROVED — IT IS ON THE WALL NOW."
        assert on_screen(kiosk, "wall.mod.reason.personal.0") == "PERSONAL DETAILS"
        texts = [i.property("text") for i in _texts(kiosk)]
        assert any("A PHONE NUMBER" in str(t) for t in texts)  # the filter's flags, in words


def _texts(kiosk: Kiosk) -> list[QQuickItem]:
    from tests.support.wallhelpers import texts_on_screen

    return list(texts_on_screen(kiosk))
