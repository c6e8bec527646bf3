"""The staff pulse on the real window (offscreen QML, real SQLite): the question as staff mode opens, each answer
stored with site, date and answer only, Skip and "already answered" storing nothing, the quiet time (on the
hand-moved clock, across a restart), and the card's accessible names."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.staff.pin_store import write_hash
from kiosk.staff.pulse.model import StaffPulseViewModel
from kiosk.staff.rules import hash_pin
from tests.support.qmlhelpers import find, must_find, role_and_name, tap
from tests.support.qtkiosk import make_kiosk

PIN = "4825"
PULSE = "staff.pulse"
GAP_SECONDS = 240 * 60  # the default staff.pulse_gap_minutes


def sign_in(qtbot: QtBot, kiosk: Kiosk) -> str:
    """Types the PIN on the pad; returns the screen staff mode opens with."""
    write_hash(kiosk.config.data_dir, hash_pin(PIN))
    kiosk.staff.openPin()
    for d in PIN:
        tap(kiosk.window.window, f"staff.pin.{d}")
    tap(kiosk.window.window, "staff.pin.ok")
    qtbot.waitUntil(lambda: bool(kiosk.staff.active))
    if kiosk.shell.screen == PULSE:
        qtbot.waitUntil(lambda: find(kiosk.window.window, "staff.pulse.skip") is not None)
    return str(kiosk.shell.screen)


def leave(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.shell.goHome()
    qtbot.waitUntil(lambda: not kiosk.staff.active)


def table(config: settings.Config, name: str) -> list[sqlite3.Row]:
    con = sqlite3.connect(config.database_path)
    con.row_factory = sqlite3.Row
    try:
        return con.execute(f"SELECT * FROM {name}").fetchall()
    finally:
        con.close()


def test_staff_mode_opens_with_the_question(qtbot: QtBot, kiosk: Kiosk) -> None:
    assert sign_in(qtbot, kiosk) == PULSE
    w = kiosk.window.window
    question = must_find(w, "staff.pulse.question")
    assert question.property("text") == "Did you experience kindness at work today?" and question.isVisible()
    for name in ("staff.pulse.answer.yes", "staff.pulse.answer.not_sure", "staff.pulse.answer.no", "staff.pulse.skip",
                 "staff.pulse.already"):
        assert must_find(w, name).isVisible()
    assert table(kiosk.config, "staff_pulse") == []


def test_the_cards_controls_and_words_are_in_the_accessibility_tree(qtbot: QtBot, kiosk: Kiosk) -> None:
    sign_in(qtbot, kiosk)
    w = kiosk.window.window
    expected = {"staff.pulse.answer.yes": "Yes", "staff.pulse.answer.not_sure": "Not sure",
                "staff.pulse.answer.no": "No", "staff.pulse.skip": "Skip",
                "staff.pulse.already": "I've already answered today"}
    for name, words in expected.items():
        said = role_and_name(must_find(w, name))
        assert said == (QAccessible.Role.Button, words), name
        assert must_find(w, name).height() >= 88  # a touch target (at 1080 wide, u = 1)
    roles = {"staff.pulse.question": QAccessible.Role.Heading, "staff.pulse.welcome": QAccessible.Role.StaticText,
             "staff.pulse.promise": QAccessible.Role.StaticText}
    for name, role in roles.items():
        item = must_find(w, name)
        said = role_and_name(item)
        assert said == (role, item.property("text")), name


@pytest.mark.parametrize("answer", ["yes", "not_sure", "no"])
def test_an_answer_is_stored_with_site_date_and_answer_only_then_staff_mode_says_thank_you(
        qtbot: QtBot, kiosk: Kiosk, answer: str) -> None:
    sign_in(qtbot, kiosk)
    tap(kiosk.window.window, f"staff.pulse.answer.{answer}")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "staff")
    [row] = table(kiosk.config, "staff_pulse")  # committed before the staff home showed
    assert set(row.keys()) == {"id", "site", "local_date", "answer", "digest", "synced_at"}
    assert not {"kiosk", "staff", "answered_at", "created_at", "language"} & set(row.keys())
    assert (row["site"], row["local_date"], row["answer"], row["synced_at"]) == (
        "riverside", date(2026, 11, 25).isoformat(), answer, None)
    assert len(row["digest"]) == 64
    note = must_find(kiosk.window.window, "staff.note")
    assert note.isVisible() and note.property("text").startswith("Thank you")
    leave(qtbot, kiosk)
    assert kiosk.staff.note == ""  # the next person's staff home starts without it


@pytest.mark.parametrize("button", ["skip", "already"])
def test_skip_and_already_answered_store_no_answer_and_go_on(qtbot: QtBot, kiosk: Kiosk, button: str) -> None:
    sign_in(qtbot, kiosk)
    tap(kiosk.window.window, f"staff.pulse.{button}")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "staff")
    assert table(kiosk.config, "staff_pulse") == []
    assert kiosk.staff.note == "" and find(kiosk.window.window, "staff.note") is None  # (visible items only)
    assert len(table(kiosk.config, "staff_pulse_quiet")) == 1  # the quiet time started


@pytest.mark.parametrize("button", ["answer.yes", "skip", "already"])
def test_not_asked_again_on_this_kiosk_within_the_gap(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock,
                                                      button: str) -> None:
    sign_in(qtbot, kiosk)
    tap(kiosk.window.window, f"staff.pulse.{button}")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "staff")
    leave(qtbot, kiosk)
    clock.advance(GAP_SECONDS - 60)
    assert sign_in(qtbot, kiosk) == "staff"  # someone signs in again within the gap: straight in
    leave(qtbot, kiosk)
    clock.advance(60)
    assert sign_in(qtbot, kiosk) == PULSE  # the gap is over: the next person is asked


def test_a_card_nobody_answers_starts_no_quiet_time(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    sign_in(qtbot, kiosk)
    clock.advance(kiosk.config.idle_timeout_seconds)  # walked away from the card
    kiosk.shell.tick()
    qtbot.waitUntil(lambda: kiosk.shell.screen == "home" and not kiosk.staff.active)
    assert table(kiosk.config, "staff_pulse") == [] and table(kiosk.config, "staff_pulse_quiet") == []
    assert sign_in(qtbot, kiosk) == PULSE


def test_a_restart_does_not_ask_again_within_the_gap(qtbot: QtBot, kiosk: Kiosk, config: settings.Config,
                                                     clock: ManualClock) -> None:
    sign_in(qtbot, kiosk)
    tap(kiosk.window.window, "staff.pulse.answer.not_sure")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "staff")
    kiosk.close()
    gc.collect()
    clock.advance(600)
    again = make_kiosk(qtbot, config, clock, QSize(1080, 1920))  # the same data folder, a new process's kiosk
    try:
        assert sign_in(qtbot, again) == "staff"
        leave(qtbot, again)
        clock.advance(GAP_SECONDS)
        assert sign_in(qtbot, again) == PULSE
    finally:
        again.close()
        gc.collect()
    assert [r["answer"] for r in table(config, "staff_pulse")] == ["not_sure"]


def test_a_double_tap_stores_one_answer(qtbot: QtBot, kiosk: Kiosk) -> None:
    sign_in(qtbot, kiosk)
    pulse = kiosk.shell.models["staffPulse"]
    assert isinstance(pulse, StaffPulseViewModel)
    pulse.answer("yes")
    pulse.answer("no")  # while the first is being stored
    pulse.skip()
    qtbot.waitUntil(lambda: kiosk.shell.screen == "staff")
    pulse.answer("no")  # a late tap once the card has gone
    assert [r["answer"] for r in table(kiosk.config, "staff_pulse")] == ["yes"]


def test_an_unknown_answer_from_qml_stores_nothing(qtbot: QtBot, kiosk: Kiosk) -> None:
    sign_in(qtbot, kiosk)
    pulse = kiosk.shell.models["staffPulse"]
    assert isinstance(pulse, StaffPulseViewModel)
    pulse.answer("maybe")
    assert kiosk.shell.screen == PULSE and not pulse.busy
    assert table(kiosk.config, "staff_pulse") == []


@pytest.fixture
def quiet_kiosk(qtbot: QtBot, data_dir: object, clock: ManualClock) -> Iterator[Kiosk]:
    config = settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides={"staff.pulse": False})
    k = make_kiosk(qtbot, config, clock, QSize(1080, 1920))
    yield k
    k.close()
    gc.collect()


def test_with_the_pulse_off_staff_mode_opens_on_the_staff_home(qtbot: QtBot, quiet_kiosk: Kiosk) -> None:
    assert sign_in(qtbot, quiet_kiosk) == "staff"
    assert table(quiet_kiosk.config, "staff_pulse_quiet") == []
