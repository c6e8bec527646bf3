"""Tapping through every check-in path on the real QML window, with the real SQLite store."""

from __future__ import annotations

import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from tests.support.qmlhelpers import find, tap
from tests.support.qtkiosk import manual_clock, rows


def screen_is(kiosk: Kiosk, name: str) -> bool:
    return kiosk.shell.screen == name and find(kiosk.window.window, name) is not None


def answer(qtbot: QtBot, kiosk: Kiosk, key: str, then: str) -> None:
    w = kiosk.window.window
    tap(w, "home.checkin")
    qtbot.waitUntil(lambda: screen_is(kiosk, "checkin"))
    tap(w, f"checkin.answer.{key}")
    qtbot.waitUntil(lambda: screen_is(kiosk, then))


@pytest.mark.parametrize(("key", "followup"), [
    ("yes", "staff"), ("yes", "visitor"), ("not_sure", "elsewhere"), ("yes", "skip"), ("not_sure", "skip"),
])
def test_answer_then_followup_or_skip(qtbot: QtBot, kiosk: Kiosk, key: str, followup: str) -> None:
    answer(qtbot, kiosk, key, then="followup")
    assert [r["answer"] for r in rows(kiosk.config)] == [key]
    tap(kiosk.window.window, f"checkin.followup.{followup}")
    qtbot.waitUntil(lambda: screen_is(kiosk, "thanks"))
    stored = rows(kiosk.config, "checkin_followup")
    if followup == "skip":
        assert stored == []
    else:
        assert [r["followup"] for r in stored] == [followup]
        assert stored[0]["checkin_id"] == rows(kiosk.config)[0]["id"]


def test_no_gets_a_gentle_line_and_no_followup(qtbot: QtBot, kiosk: Kiosk) -> None:
    answer(qtbot, kiosk, "no", then="thanks")
    message = find(kiosk.window.window, "thanks.message")
    assert message is not None
    assert "staff are here to help" in message.property("text")
    assert find(kiosk.window.window, "checkin.followup.staff") is None
    assert [r["answer"] for r in rows(kiosk.config)] == ["no"]


def test_record_is_committed_before_the_next_screen_shows(qtbot: QtBot, kiosk: Kiosk) -> None:
    seen: list[tuple[str, int]] = []

    def on_screen() -> None:
        con = sqlite3.connect(kiosk.config.database_path)
        try:
            seen.append((kiosk.shell.property("screen"), con.execute("SELECT count(*) FROM checkin").fetchone()[0]))
        finally:
            con.close()

    kiosk.shell.screenChanged.connect(on_screen)
    answer(qtbot, kiosk, "no", then="thanks")
    assert seen[-1] == ("thanks", 1)
    manual_clock(kiosk).advance(10)
    kiosk.shell.goHome()
    answer(qtbot, kiosk, "yes", then="followup")
    assert seen[-1] == ("followup", 2)


def test_stored_row_has_site_kiosk_language_and_utc_time(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    answer(qtbot, kiosk, "yes", then="followup")
    (row,) = rows(kiosk.config)
    assert (row["site"], row["kiosk"], row["language"]) == ("riverside", "kiosk-1", "en")
    assert row["answered_at"].startswith("2026-11-25 10:00:00")
    assert row["local_date"] == "2026-11-25"
    assert row["synced_at"] is None


def test_thanks_returns_home_by_itself(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    answer(qtbot, kiosk, "no", then="thanks")
    clock.advance(kiosk.config.thanks_seconds - 1)
    kiosk.shell.tick()
    assert kiosk.shell.screen == "thanks"
    clock.advance(1)
    kiosk.shell.tick()
    qtbot.waitUntil(lambda: screen_is(kiosk, "home"))


def test_double_tap_stores_one_answer(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    tap(w, "home.checkin")
    qtbot.waitUntil(lambda: screen_is(kiosk, "checkin"))
    kiosk.checkin.answer("yes")
    kiosk.checkin.answer("yes")  # second press while the first is still being written
    kiosk.checkin.answer("no")
    qtbot.waitUntil(lambda: screen_is(kiosk, "followup"))
    assert [r["answer"] for r in rows(kiosk.config)] == ["yes"]


def test_repeat_guard_ignores_an_answer_straight_after_one(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    answer(qtbot, kiosk, "no", then="thanks")
    tap(kiosk.window.window, "thanks.done")
    qtbot.waitUntil(lambda: screen_is(kiosk, "home"))
    clock.advance(kiosk.config.repeat_guard_seconds - 0.5)
    tap(kiosk.window.window, "home.checkin")
    qtbot.waitUntil(lambda: screen_is(kiosk, "checkin"))
    with qtbot.waitSignal(kiosk.checkin.ignored) as blocker:
        tap(kiosk.window.window, "checkin.answer.yes")
    assert blocker.args == ["repeat"]
    assert kiosk.shell.screen == "checkin"
    assert kiosk.shell.notice  # a kind word, not silence
    assert [r["answer"] for r in rows(kiosk.config)] == ["no"]
    clock.advance(1)
    tap(kiosk.window.window, "checkin.answer.yes")
    qtbot.waitUntil(lambda: screen_is(kiosk, "followup"))
    assert [r["answer"] for r in rows(kiosk.config)] == ["no", "yes"]


@pytest.mark.parametrize("screen", ["checkin", "followup"])
def test_idle_timeout_drops_the_flow_and_returns_home(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock,
                                                      screen: str) -> None:
    answer(qtbot, kiosk, "yes", then="followup") if screen == "followup" else None
    if screen == "checkin":
        tap(kiosk.window.window, "home.checkin")
        qtbot.waitUntil(lambda: screen_is(kiosk, "checkin"))
    clock.advance(kiosk.config.idle_timeout_seconds - 1)
    kiosk.shell.tick()
    assert kiosk.shell.screen == screen
    clock.advance(1)
    kiosk.shell.tick()
    qtbot.waitUntil(lambda: screen_is(kiosk, "home"))
    kiosk.checkin.followup("staff")  # a late tap on the dropped flow stores nothing
    assert rows(kiosk.config, "checkin_followup") == []


def test_touches_keep_the_flow_alive(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    tap(kiosk.window.window, "home.checkin")
    qtbot.waitUntil(lambda: screen_is(kiosk, "checkin"))
    clock.advance(kiosk.config.idle_timeout_seconds - 1)
    tap(kiosk.window.window, "checkin.question")  # any touch counts as activity
    clock.advance(2)
    kiosk.shell.tick()
    assert kiosk.shell.screen == "checkin"


def test_back_goes_home_without_storing(qtbot: QtBot, kiosk: Kiosk) -> None:
    tap(kiosk.window.window, "home.checkin")
    qtbot.waitUntil(lambda: screen_is(kiosk, "checkin"))
    tap(kiosk.window.window, "checkin.back")
    qtbot.waitUntil(lambda: screen_is(kiosk, "home"))
    assert rows(kiosk.config) == []


def test_a_failed_save_says_so_kindly_and_lets_the_visitor_retry(qtbot: QtBot, kiosk: Kiosk) -> None:
    con = sqlite3.connect(kiosk.config.database_path)
    con.execute("ALTER TABLE checkin RENAME TO checkin_broken")
    con.commit()
    con.close()
    tap(kiosk.window.window, "home.checkin")
    qtbot.waitUntil(lambda: screen_is(kiosk, "checkin"))
    tap(kiosk.window.window, "checkin.answer.yes")
    qtbot.waitUntil(lambda: bool(kiosk.shell.notice))
    assert "did not save" in kiosk.shell.property("notice")
    assert kiosk.shell.screen == "checkin" and not kiosk.checkin.busy
    assert find(kiosk.window.window, "notice") is not None
    con = sqlite3.connect(kiosk.config.database_path)
    con.execute("ALTER TABLE checkin_broken RENAME TO checkin")
    con.commit()
    con.close()
    tap(kiosk.window.window, "checkin.answer.yes")
    qtbot.waitUntil(lambda: screen_is(kiosk, "followup"))
    assert len(rows(kiosk.config)) == 1


def _repeat_press(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    """One visitor answers; a press straight after (within the guard) shows the 'already have it' notice."""
    answer(qtbot, kiosk, "no", then="thanks")
    tap(kiosk.window.window, "thanks.done")
    qtbot.waitUntil(lambda: screen_is(kiosk, "home"))
    tap(kiosk.window.window, "home.checkin")
    qtbot.waitUntil(lambda: screen_is(kiosk, "checkin"))
    with qtbot.waitSignal(kiosk.checkin.ignored):
        tap(kiosk.window.window, "checkin.answer.yes")
    assert find(kiosk.window.window, "notice") is not None  # the banner shows
    assert kiosk.shell.notice


def test_repeat_notice_never_covers_the_next_genuine_answer(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    _repeat_press(qtbot, kiosk, clock)
    clock.advance(kiosk.config.repeat_guard_seconds)
    tap(kiosk.window.window, "checkin.answer.no")  # the next visitor's genuine answer
    qtbot.waitUntil(lambda: screen_is(kiosk, "thanks"))
    assert kiosk.shell.notice == ""
    assert find(kiosk.window.window, "notice") is None  # no visible banner: the thank-you shows uncovered
    assert [r["answer"] for r in rows(kiosk.config)] == ["no", "no"]


def test_repeat_notice_goes_when_the_screen_changes(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    _repeat_press(qtbot, kiosk, clock)
    tap(kiosk.window.window, "checkin.back")
    qtbot.waitUntil(lambda: screen_is(kiosk, "home"))
    assert kiosk.shell.notice == ""
    clock.advance(kiosk.config.repeat_guard_seconds)
    tap(kiosk.window.window, "home.checkin")  # the next visitor's flow starts clean
    qtbot.waitUntil(lambda: screen_is(kiosk, "checkin"))
    assert find(kiosk.window.window, "notice") is None  # no visible banner


def test_other_notices_are_left_alone_by_the_checkin(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    kiosk.shell.set_notice("Sorry — that did not save.")  # someone else's notice (a failed save)
    answer(qtbot, kiosk, "no", then="thanks")
    assert kiosk.shell.notice == "Sorry — that did not save."
