"""The wall as people see it, and staff's side of it, on the real window and store: the board (pinned first,
then newest; a big wall fetched a page at a time as it scrolls), the home screen's attract strip, staff
moderation (approve, reject and hide with a reason, un-hide, pin) and the "Print a wall poster" tool."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.shell.error_words import error_words
from kiosk.wall.board_model import PAGE, WallCardModel
from kiosk.wall.poster import NothingToPrint
from kiosk.wall.rules.messages import MessageStatus
from tests.support.qmlhelpers import find, must_find, settle, tap
from tests.support.qtprops import prop
from tests.support.wallhelpers import (
    Store,
    board,
    compose,
    enter_staff_mode,
    moderation,
    poster,
    process,
    screen_is,
    texts_on_screen,
)

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(kiosk: Kiosk, clock: ManualClock) -> Iterator[Store]:
    s = Store(kiosk, clock)
    yield s
    s.close()


def loaded(kiosk: Kiosk) -> bool:
    cards = board(kiosk).card_model
    return cards.is_loaded() and not cards.is_loading()


def test_list_models_pass_qt_model_tester(qtbot: QtBot, kiosk: Kiosk, store: Store) -> None:
    for i in range(5):
        store.add(f"Thank you number {i}", at=T0 + timedelta(minutes=i), pinned=i == 2)
    store.add("Waiting one", MessageStatus.PENDING, flags=frozenset({"shouting"}))
    store.add("Hidden one", MessageStatus.HIDDEN)
    kiosk.shell.show("wall")
    qtbot.waitUntil(lambda: loaded(kiosk))
    mod = moderation(kiosk)
    mod.reload()
    mod.setTab("hidden")
    qtbot.waitUntil(lambda: mod.waiting_model.rowCount() == 1 and mod.hidden_model.rowCount() == 1)
    models = [board(kiosk).card_model, mod.waiting_model, mod.hidden_model, compose(kiosk).property("prompts"),
              mod.property("reasons"), poster(kiosk).property("sizes"), poster(kiosk).property("periods")]
    for model in models:
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        assert model.rowCount() > 0
    assert board(kiosk).card_model.texts()[0] == "Thank you number 2"  # pinned first
    assert board(kiosk).card_model.texts()[1:] == [f"Thank you number {i}" for i in (4, 3, 1, 0)]  # then newest


def test_a_big_wall_is_fetched_a_page_at_a_time_as_it_scrolls(qtbot: QtBot, kiosk: Kiosk, store: Store) -> None:
    with store.engine.begin():
        pass
    total = PAGE * 5 + 7
    for i in range(total):
        store.add(f"Kindness {i:04d}", at=T0 - timedelta(minutes=i))
    w = kiosk.window.window
    tap(w, "home.wall")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall") and loaded(kiosk))
    cards = board(kiosk).card_model
    assert cards.size() == total
    assert cards.rowCount() < total  # never the whole wall at once
    assert cards.canFetchMore()
    view = find(w, "wall.board")
    assert view is not None
    steps = 0
    while cards.rowCount() < total and steps < 2000:  # flick on down: the view asks for more as it nears the end
        view.setProperty("contentY", float(view.property("contentY")) + view.height())
        process()
        settle(w)
        steps += 1
        if steps % 20 == 0:
            qtbot.wait(5)
    qtbot.waitUntil(lambda: cards.rowCount() == total and not cards.is_loading())
    assert not cards.canFetchMore()
    assert cards.texts() == [f"Kindness {i:04d}" for i in range(total)]  # newest first, none twice
    count = find(w, "wall.count")
    assert count is not None and count.property("text") == f"Thank-you notes on the wall: {total}"


def test_the_attract_strip_comes_after_a_minute_and_any_touch_dismisses_it(
        qtbot: QtBot, kiosk: Kiosk, store: Store, clock: ManualClock) -> None:
    store.add("Thank you to the café team")
    w = kiosk.window.window
    clock.advance(59)
    kiosk.shell.tick()
    process()
    assert not board(kiosk).property("attract")
    clock.advance(1)
    kiosk.shell.tick()
    qtbot.waitUntil(lambda: find(w, "home.wallAttract") is not None)
    texts = [i.property("text") for i in texts_on_screen(kiosk)]
    assert "Thank you to the café team" in texts
    tap(w, "home.title")  # any touch on the home screen
    qtbot.waitUntil(lambda: find(w, "home.wallAttract") is None)
    assert kiosk.shell.screen == "home"
    kiosk.shell.tick()
    assert not board(kiosk).property("attract")

    clock.advance(61)
    kiosk.shell.tick()
    qtbot.waitUntil(lambda: find(w, "home.wallAttract") is not None)
    tap(w, "home.checkin")  # the check-in door still works through the strip
    qtbot.waitUntil(lambda: screen_is(kiosk, "checkin"))
    assert not board(kiosk).property("attract")


def test_no_attract_strip_for_an_empty_wall_or_away_from_home(qtbot: QtBot, kiosk: Kiosk, store: Store,
                                                              clock: ManualClock) -> None:
    clock.advance(120)
    kiosk.shell.tick()
    qtbot.waitUntil(lambda: board(kiosk).card_model.is_loaded())
    kiosk.shell.tick()
    assert not board(kiosk).property("attract")
    store.add("Thanks, all")
    kiosk.shell.openDoor("wall")
    clock.advance(30)  # within the idle timeout: the wall stays, and it has no attract strip
    kiosk.shell.tick()
    assert kiosk.shell.screen == "wall" and not board(kiosk).property("attract")


def test_staff_moderate_with_flags_in_words_reasons_hide_unhide_and_pin(
        qtbot: QtBot, kiosk: Kiosk, store: Store) -> None:
    w = kiosk.window.window
    phone = store.add("Ring Jo on 07700 900123", MessageStatus.PENDING, at=T0,
                      flags=frozenset({"personal_phone"}))
    kind = store.add("Thank you to the library", MessageStatus.PENDING, at=T0 + timedelta(minutes=1))
    older = store.add("An older thank you", at=T0 - timedelta(days=1))
    enter_staff_mode(qtbot, kiosk, "wall")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.moderate"))
    mod = moderation(kiosk)
    qtbot.waitUntil(lambda: mod.waiting_model.rowCount() == 2)
    tab = find(w, "wall.mod.tab.waiting")
    assert tab is not None and tab.property("text") == "Waiting (2)"
    texts = [i.property("text") for i in texts_on_screen(kiosk)]
    assert "The filter noticed: A phone number" in texts  # flags as words, oldest first

    # Reject the phone number, with a reason.
    tap(w, "wall.mod.reject.0")
    tap(w, "wall.mod.reason.personal.0")
    qtbot.waitUntil(lambda: mod.property("message") == "Rejected — it will not be shown.")
    rows = {r.id: r for r in store.rows()}
    assert rows[phone.id].status is MessageStatus.REJECTED and rows[phone.id].reason == "Personal details"

    # Approve and pin the kind one: it goes to the top of the wall.
    qtbot.waitUntil(lambda: mod.waiting_model.rowCount() == 1)
    tap(w, "wall.mod.approvePin.0")
    qtbot.waitUntil(lambda: mod.property("message") == "Pinned — it stays at the top of the wall.")
    assert store.on_board() == ["Thank you to the library", "An older thank you"]
    assert [c.pinned for c in store.service.board()] == [True, False]

    # On the wall: unpin, then hide the older one (with a reason).
    tap(w, "wall.mod.tab.approved")
    approved = prop(mod, "approved", WallCardModel)
    qtbot.waitUntil(lambda: approved.rowCount() == 2)
    tap(w, "wall.mod.pin.0")
    qtbot.waitUntil(lambda: mod.property("message") == "Unpinned.")
    assert [c.pinned for c in store.service.board()] == [False, False]
    qtbot.waitUntil(lambda: not approved.is_loading())  # the list has its new state (no reset under a tap)
    qtbot.waitUntil(lambda: find(w, "wall.mod.hide.1") is not None)
    tap(w, "wall.mod.hide.1")
    tap(w, "wall.mod.reason.other.1")
    qtbot.waitUntil(lambda: mod.property("message") == "Hidden — it has left the wall.")
    assert store.on_board() == ["Thank you to the library"]
    assert {r.id: r.status for r in store.rows()}[older.id] is MessageStatus.HIDDEN

    # Taken down: show it again.
    tap(w, "wall.mod.tab.hidden")
    qtbot.waitUntil(lambda: mod.hidden_model.rowCount() == 2)  # the hidden one and the rejected one
    index = mod.hidden_model.ids().index(str(older.id))
    tap(w, f"wall.mod.unhide.{index}")
    qtbot.waitUntil(lambda: mod.property("message") == "Shown again — it is back on the wall.")
    assert store.on_board() == ["Thank you to the library", "An older thank you"]
    assert kind.id in {c.id for c in store.service.board()}

    # After staff mode ends, nothing can be decided any more.
    kiosk.shell.goHome()
    mod.hide(str(kind.id), "spam")
    process()
    assert store.on_board() == ["Thank you to the library", "An older thank you"]


def test_a_decision_on_a_message_that_changed_meanwhile_is_explained(qtbot: QtBot, kiosk: Kiosk, store: Store) -> None:
    message = store.add("Thanks!", MessageStatus.PENDING)
    enter_staff_mode(qtbot, kiosk, "wall")
    mod = moderation(kiosk)
    qtbot.waitUntil(lambda: mod.waiting_model.rowCount() == 1)
    store.service.decide(message.id, MessageStatus.REJECTED)  # e.g. by another kiosk, through the sync
    mod.hide(str(message.id), "other")  # a rejected message cannot be hidden
    qtbot.waitUntil(lambda: "changed meanwhile" in mod.property("message"))
    qtbot.waitUntil(lambda: mod.waiting_model.rowCount() == 0)


def test_staff_print_a_poster(qtbot: QtBot, kiosk: Kiosk, store: Store) -> None:
    w = kiosk.window.window
    enter_staff_mode(qtbot, kiosk, "wall.poster")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.poster"))
    tool = poster(kiosk)
    tap(w, "wall.poster.make")  # an empty wall: a clear word, no file
    qtbot.waitUntil(lambda: not tool.property("busy"))
    assert tool.property("message") == error_words(NothingToPrint("no approved messages"))  # the empty-wall words
    assert not list(kiosk.config.data_dir.glob("posters/*.pdf"))

    for i in range(8):
        store.add(f"Thank you {i} — 😊 מרסי شكرا", at=T0 - timedelta(days=i))
    store.add("Too old for the last week", at=T0 - timedelta(days=20))
    tap(w, "wall.poster.size.A3")
    tap(w, "wall.poster.period.week")
    tap(w, "wall.poster.make")
    qtbot.waitUntil(lambda: tool.property("path") != "", timeout=60000)
    path = Path(tool.property("path"))
    assert path.name == "kindness-wall-2026-11-25-A3.pdf" and path.read_bytes().startswith(b"%PDF")
    assert "Copy it to a staff computer" in tool.property("message")
    qtbot.waitUntil(lambda: find(w, "wall.poster.preview") is not None
                    and float(must_find(w, "wall.poster.preview").property("progress")) >= 1.0)
    assert tool.dates() == (datetime(2026, 11, 19).date(), datetime(2026, 11, 25).date())
