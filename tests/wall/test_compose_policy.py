"""Every moderation path from the writing screen, on the real window and store: `pre` (everything waits),
`auto` (a clean message appears at once, a flagged one waits — and the visitor is thanked, never accused),
the per-kiosk repeat limiter (too many, the same words again), and the filter failing closed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.wall.desk import WallDesk
from kiosk.wall.rules.messages import MessageStatus
from tests.support.qmlhelpers import find, tap
from tests.support.qtkiosk import make_kiosk
from tests.support.wallhelpers import Store, board, compose, screen_is, sending


def kiosk_with(qtbot: QtBot, data_dir: Path, clock: ManualClock, **overrides: object) -> Kiosk:
    config = settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides=overrides)
    return make_kiosk(qtbot, config, clock, QSize(1080, 1920))


@pytest.fixture
def auto(qtbot: QtBot, data_dir: Path, clock: ManualClock) -> Iterator[Kiosk]:
    k = kiosk_with(qtbot, data_dir, clock, **{"wall.policy": "auto", "wall.repeat_max": 2})
    yield k
    k.close()


@pytest.fixture
def store(request: pytest.FixtureRequest, clock: ManualClock) -> Iterator[Store]:
    kiosk = request.getfixturevalue("auto") if "auto" in request.fixturenames else request.getfixturevalue("kiosk")
    s = Store(kiosk, clock)
    yield s
    s.close()


def send(qtbot: QtBot, kiosk: Kiosk, text: str) -> str:
    """Writes `text` on the compose screen and taps Send; returns the thank-you line shown."""
    vm = compose(kiosk)
    vm.start()
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.write"))
    vm.setText(text)
    kiosk.shell.activity()  # the visitor has been typing (no "Do you need more time?" in between)
    kiosk.shell.tick()
    tap(kiosk.window.window, "wall.write.send")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.sent"))
    line = find(kiosk.window.window, "wall.sent.message")
    assert line is not None
    return str(line.property("text"))


CLEAN = "Thank you to Aisha at the library for finding me a warm seat"
PHONE = "Jo at the housing desk was brilliant, ring her on 07700 900123"
RUDE = "the bus driver was a total w4nker but the staff here were lovely"


def test_pre_every_message_waits_for_staff(qtbot: QtBot, kiosk: Kiosk, store: Store, clock: ManualClock) -> None:
    for text in (CLEAN, PHONE):
        clock.advance(30)
        line = send(qtbot, kiosk, text)
        assert line == "It will appear on the wall once a member of staff has seen it."  # the same for both
        assert sending(kiosk).property("outcome") == "pending"
    assert [m.text for m in store.queue()] == [CLEAN, PHONE]
    assert store.on_board() == []
    flags = {m.text: m.flags for m in store.queue()}
    assert flags[CLEAN] == frozenset() and flags[PHONE] == {"personal_phone"}  # kept for staff


def test_auto_a_clean_message_is_on_the_wall_at_once(qtbot: QtBot, auto: Kiosk, store: Store) -> None:
    line = send(qtbot, auto, CLEAN)
    assert line == "Your message is on the wall now."
    assert store.status_of(CLEAN) == [MessageStatus.APPROVED]
    tap(auto.window.window, "wall.sent.wall")
    qtbot.waitUntil(lambda: screen_is(auto, "wall"))
    qtbot.waitUntil(lambda: CLEAN in board(auto).card_model.texts())


@pytest.mark.parametrize("text", [PHONE, RUDE, "<b>THANK YOU</b> <img src=x onerror=alert(1)>",
                                  "visit www.example.com for cheap loans", "Email me: jo@example.com"])
def test_auto_a_flagged_message_waits_and_the_visitor_is_not_accused(qtbot: QtBot, auto: Kiosk, store: Store,
                                                                     text: str) -> None:
    line = send(qtbot, auto, text)
    assert sending(auto).property("outcome") == "flagged"
    assert line == "A member of staff will read it before it goes on the wall."
    for word in ("rude", "abuse", "not allowed", "spam", "blocked", "rejected"):
        assert word not in line.lower()
    assert store.status_of(text) == [MessageStatus.PENDING]
    assert store.on_board() == []
    auto.shell.show("wall")
    qtbot.waitUntil(lambda: board(auto).card_model.is_loaded() and not board(auto).card_model.is_loading())
    assert board(auto).card_model.texts() == []


def test_the_same_words_again_are_not_sent_twice(qtbot: QtBot, auto: Kiosk, store: Store, clock: ManualClock) -> None:
    send(qtbot, auto, CLEAN)
    clock.advance(60)
    line = send(qtbot, auto, CLEAN.upper().replace("AISHA", "Aisha") + "!")  # the same words, shouted
    assert sending(auto).property("outcome") == "same_text"
    assert line == "We already have this message, so it was not sent again."
    title = find(auto.window.window, "wall.sent.title")
    assert title is not None and title.property("text") == "Thank you for your kind words"
    assert len(store.rows()) == 1


def test_too_many_messages_from_one_kiosk_are_refused_kindly(qtbot: QtBot, auto: Kiosk, store: Store,
                                                            clock: ManualClock) -> None:
    send(qtbot, auto, "Thank you to the café")
    send(qtbot, auto, "Thank you to the library")
    line = send(qtbot, auto, "Thank you to the housing desk")  # wall.repeat_max = 2 in the window
    assert sending(auto).property("outcome") == "too_many"
    assert "try again in a few minutes" in line
    assert len(store.rows()) == 2
    clock.advance(auto.config.wall_repeat_window_seconds)
    assert send(qtbot, auto, "Thank you to the housing desk") == "Your message is on the wall now."
    assert len(store.rows()) == 3


def test_when_the_word_lists_cannot_be_read_every_message_waits(qtbot: QtBot, auto: Kiosk, store: Store,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    desk: WallDesk = board(auto).desk
    monkeypatch.setattr(desk, "_lists", None)
    monkeypatch.setattr(desk, "_lists_failed", True)  # as after a WordListError (logged)
    send(qtbot, auto, CLEAN)
    assert store.status_of(CLEAN) == [MessageStatus.PENDING]
    assert sending(auto).property("outcome") == "flagged"


def test_a_broken_word_list_folder_fails_closed(tmp_path: Path, config: settings.Config, clock: ManualClock,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.wall import wordlist_files as moderation_lists

    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "abuse.en.txt").write_bytes(b"\xff\xfe not utf-8")
    monkeypatch.setattr(moderation_lists, "default_folder", lambda: tmp_path / "lists")
    desk = WallDesk(None, config, clock)
    assert desk.verdict(CLEAN) is None  # no verdict: the caller keeps the message for staff
