"""The staff Results screen on the real QML window with the real SQLite store: into staff mode by the PIN pad,
the Results tool tapped; the headline against a recount from the raw rows, a small week hidden everywhere (texts
and the accessibility tree), a new answer refreshing the screen, and "Save a report" to a USB stick or the data
folder."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.checkin.rules import CheckIn
from kiosk.checkin.store import CheckInService
from kiosk.checkin.use_cases import CheckIns
from kiosk.core.answers import Answer
from kiosk.core.clock import ManualClock
from kiosk.results import report_words as w
from kiosk.results.alerts import Alerts
from kiosk.results.rules.alerts import Rule, State
from kiosk.results.rules.measure import wilson
from kiosk.results.scenes import SAMPLE_WEEKS, seed_results
from kiosk.results.service import ResultsService
from kiosk.results.view_model import ResultsViewModel
from kiosk.results.view_model_weeks import WeekListModel
from kiosk.shell.choices import ChoiceListModel
from kiosk.staff.pin_store import write_hash
from kiosk.staff.rules import hash_pin
from tests.support.listing_helpers import next_frame, reveal
from tests.support.qmlhelpers import find, must_find, tap, view_model, walk
from tests.support.qtprops import prop
from tests.support.staff_helpers import past_the_pulse

PIN = "4825"


def open_results(qtbot: QtBot, kiosk: Kiosk, seed: bool = True) -> ResultsViewModel:
    """Sample answers in the store, then staff mode by the PIN pad and the Results tool, as staff do it."""
    config = kiosk.config
    if seed:
        seed_results(kiosk.services.engine(), config.site_id, config.kiosk_id, config.timezone, kiosk.clock.now())
    write_hash(config.data_dir, hash_pin(PIN))
    kiosk.staff.openPin()
    window = kiosk.window.window
    qtbot.waitUntil(lambda: find(window, "staff.pin.ok") is not None)
    for digit in PIN:
        tap(window, f"staff.pin.{digit}")
    tap(window, "staff.pin.ok")
    past_the_pulse(qtbot, kiosk)
    qtbot.waitUntil(lambda: find(window, "staff.tool.results") is not None)
    next_frame(qtbot, window)
    results = view_model(kiosk, "results", ResultsViewModel)
    with qtbot.waitSignal(results.refreshed, timeout=20000):
        tap(window, "staff.tool.results")
    qtbot.waitUntil(lambda: find(window, "results.headline") is not None)
    next_frame(qtbot, window)
    return results


def text_of(kiosk: Kiosk, name: str) -> str:
    return str(must_find(kiosk.window.window, name).property("text"))


def recount(config_db: Path, first: date, last: date) -> tuple[int, int]:
    """(yes, answers) from the raw rows, by a plain SQL count on another connection."""
    con = sqlite3.connect(config_db)
    try:
        row = con.execute("SELECT SUM(answer = 'yes'), COUNT(*) FROM checkin WHERE local_date BETWEEN ? AND ?",
                          (first.isoformat(), last.isoformat())).fetchone()
    finally:
        con.close()
    return int(row[0] or 0), int(row[1])


def headline_dates(kiosk: Kiosk) -> tuple[date, date]:
    today = date(2026, 11, 25)  # the tests' clock: Wednesday 25 November 2026, 10:00 in London
    assert kiosk.clock.now().date() == today
    return today - timedelta(days=today.weekday(), weeks=3), today


def accessible_texts(kiosk: Kiosk) -> list[str]:
    """Every visible text on the window, and every accessible name and description there."""
    out: list[str] = []
    for item in walk(kiosk.window.window.contentItem()):
        if not item.isVisible():
            continue
        if item.inherits("QQuickText"):
            out.append(str(item.property("text")))
        iface = QAccessible.queryAccessibleInterface(item)
        if iface is not None:
            out += [iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description)]
    return out


def test_staff_open_results_and_the_headline_matches_a_recount(qtbot: QtBot, kiosk: Kiosk) -> None:
    open_results(qtbot, kiosk)
    first, last = headline_dates(kiosk)
    yes, answers = recount(kiosk.config.database_path, first, last)
    assert answers >= 100
    share = wilson(yes, answers)
    frequency = w.InTen(yes, answers)
    assert text_of(kiosk, "results.headline") == f"{frequency.lead()} {frequency.figure()}".strip()
    low, high = (int(v * 10 + 0.5) for v in (share.low, share.high))
    assert text_of(kiosk, "results.detail") == (
        f"said yes, they experienced kindness — between {low} and {high} in 10, from {answers} answers")
    assert text_of(kiosk, "results.precise") == (
        f"{w.percent(share.value)} said yes (95% interval {w.percent(share.low)} to {w.percent(share.high)})")
    assert text_of(kiosk, "results.scope") == "This kiosk only"
    assert text_of(kiosk, "results.period") == "Last 4 weeks: 2 – 25 November 2026"
    assert text_of(kiosk, "results.signals").startswith("Unusually low week: week of 2 Nov 2026")
    chart = must_find(kiosk.window.window, "results.chart")
    iface = QAccessible.queryAccessibleInterface(chart)
    assert iface is not None and iface.role() == QAccessible.Role.Chart
    assert "Week of 2 Nov 2026: 52% said yes. Unusually low week." in iface.text(QAccessible.Text.Description)


def test_a_week_with_too_few_answers_shows_no_figure_anywhere(qtbot: QtBot, kiosk: Kiosk) -> None:
    results = open_results(qtbot, kiosk)
    weeks = prop(results, "weeks", WeekListModel)
    labels = [weeks.value(r, "label") for r in range(weeks.rowCount())]
    small = labels.index("19\nOct")
    assert SAMPLE_WEEKS[7][0] < kiosk.config.results_min_count  # the half-term week: 6 answers
    assert weeks.value(small, "rate") == -1.0 and weeks.value(small, "lower") == -1.0
    assert weeks.value(small, "gap") == "fewer than 10 answers"
    said = accessible_texts(kiosk)
    description = next(t for t in said if t.startswith("Kindness rate week by week"))
    assert "Week of 19 Oct 2026: fewer than 10 answers." in description
    assert any("19 Oct" in t for t in said)
    # the hidden week's own figures (6 answers, 5 yes = 83%) are nowhere near its name
    for t in said:
        for part in t.split(". "):
            if "19 Oct" in part:
                assert "83%" not in part and "6 answers" not in part and " 5 " not in part, part
    gap_labels = [i for i in walk(kiosk.window.window.contentItem())
                  if i.isVisible() and i.inherits("QQuickText") and i.property("text") == "fewer than 10 answers"]
    assert len(gap_labels) == 1


def test_results_are_never_on_a_visitor_screen(qtbot: QtBot, kiosk: Kiosk) -> None:
    doors = prop(kiosk.shell, "doors", ChoiceListModel).keys()  # a list model's keys, not a dict's
    tools = prop(kiosk.staff, "tools", ChoiceListModel).keys()
    assert "results" not in doors and "results" in tools
    kiosk.staff.openTool("results")  # not in staff mode: refused
    assert kiosk.shell.screen == "home"


def test_a_new_answer_refreshes_the_screen(qtbot: QtBot, kiosk: Kiosk) -> None:
    results = open_results(qtbot, kiosk)
    first, last = headline_dates(kiosk)
    _, answers = recount(kiosk.config.database_path, first, last)
    assert f"from {answers} answers" in text_of(kiosk, "results.detail")
    config = kiosk.config
    checkin = CheckIn.new(answer=Answer.YES, site=config.site_id, kiosk=config.kiosk_id, language="en",
                          clock=kiosk.clock, timezone=config.timezone)
    with qtbot.waitSignal(results.refreshed, timeout=20000):  # the CheckInRecorded it publishes does it
        kiosk.background.op(kiosk.services.get(CheckIns).record, checkin).run()
    assert f"from {answers + 1} answers" in text_of(kiosk, "results.detail")


def test_no_answers_at_all_says_so_kindly(qtbot: QtBot, kiosk: Kiosk) -> None:
    open_results(qtbot, kiosk, seed=False)
    assert text_of(kiosk, "results.headline") == "No answers yet"
    assert not any("%" in t for t in accessible_texts(kiosk) if "Week of" in t or "week of" in t)


def save(qtbot: QtBot, kiosk: Kiosk, results: ResultsViewModel, button: str) -> Path:
    reveal(kiosk.window.window, button)  # below the open alerts on a portrait screen: scrolled to, as staff do
    with qtbot.waitSignal(results.saved, timeout=120000) as got:
        tap(kiosk.window.window, button)
    qtbot.waitUntil(lambda: not prop(results, "saving", bool))
    return Path(got.args[0])


def test_save_a_report_goes_to_the_usb_stick_when_one_is_in(qtbot: QtBot, kiosk: Kiosk, tmp_path: Path) -> None:
    media = tmp_path / "media" / "staff"
    stick = media / "KINDNESS"
    stick.mkdir(parents=True)
    results = open_results(qtbot, kiosk)
    kiosk.services.get(ResultsService.from_services).usb_roots = (tmp_path / "nowhere", media)
    path = save(qtbot, kiosk, results, "results.save.pdf")
    assert path.parent == stick and path.name == "kindness-results-riverside-2026-11-25.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    message = text_of(kiosk, "results.saveMessage")
    assert message == f"Saved as {path.name} on the USB stick ({stick}). You can take the stick out now."
    again = save(qtbot, kiosk, results, "results.save.xlsx")
    assert again.parent == stick and again.suffix == ".xlsx" and again.read_bytes().startswith(b"PK")


def test_save_a_report_goes_to_the_data_folder_without_a_stick(qtbot: QtBot, kiosk: Kiosk, tmp_path: Path) -> None:
    results = open_results(qtbot, kiosk)
    kiosk.services.get(ResultsService.from_services).usb_roots = (tmp_path / "no-media",)
    first = save(qtbot, kiosk, results, "results.save.pdf")
    second = save(qtbot, kiosk, results, "results.save.pdf")
    folder = kiosk.config.data_dir / "reports"
    assert first == folder / "kindness-results-riverside-2026-11-25.pdf"
    assert second == folder / "kindness-results-riverside-2026-11-25-2.pdf"  # never overwritten
    assert "No USB stick was found" in text_of(kiosk, "results.saveMessage")
    assert str(folder) in text_of(kiosk, "results.saveMessage")


def test_an_alert_raised_when_the_screen_opens_is_acknowledged_by_a_tap(qtbot: QtBot, kiosk: Kiosk) -> None:
    """The real alerts service: a low fortnight in the store, the rules checked as the screen opens (no e-mail),
    the alert listed with Acknowledge, the tap stored with who — and a second tap changes nothing."""
    config = kiosk.config
    store = CheckInService(kiosk.services.engine())
    now = kiosk.clock.now()
    for i, (ago, what, n) in enumerate(((timedelta(days=3), Answer.YES, 10), (timedelta(hours=2), Answer.NO, 25))):
        for k in range(n):
            store.record(CheckIn.new(answer=what, site=config.site_id, kiosk=config.kiosk_id, language="en",
                                     clock=ManualClock(now - ago + timedelta(minutes=k + i)),
                                     timezone=config.timezone))
    alerts = kiosk.services.get(Alerts.from_services)
    assert alerts.open() == []  # nothing raised until the rules are checked
    results = open_results(qtbot, kiosk, seed=False)
    window = kiosk.window.window
    assert prop(results, "alertsShown", bool)
    [alert] = alerts.open()
    assert (alert.rule, alert.state, alert.emailed_at) == (Rule.LOW_RATE, State.NEW, None)
    button = must_find(window, f"results.alert.{alert.id}.acknowledge")
    iface = QAccessible.queryAccessibleInterface(button)
    assert iface is not None and iface.role() == QAccessible.Role.Button
    assert iface.text(QAccessible.Text.Name) == "Acknowledge"
    assert any(t == f"New · {alert.words}" for t in accessible_texts(kiosk))
    reveal(window, f"results.alert.{alert.id}.acknowledge")
    with qtbot.waitSignal(results.refreshed, timeout=20000):
        tap(window, f"results.alert.{alert.id}.acknowledge")
    [acknowledged] = alerts.open()
    assert (acknowledged.id, acknowledged.state, acknowledged.acknowledged_by, acknowledged.acknowledged_at) == (
        alert.id, State.ACKNOWLEDGED, "staff at kiosk-1", now)
    assert any(t == f"Acknowledged · {alert.words}" for t in accessible_texts(kiosk))
    reported: list[BaseException] = []
    kiosk.background.errors.raised.connect(reported.append)
    tap(window, f"results.alert.{alert.id}.acknowledge")  # already acknowledged: nothing to do, nothing said
    with qtbot.waitSignal(results.refreshed, timeout=20000):  # one database thread: a queued change runs first
        results.refresh()
    assert alerts.open() == [acknowledged] and reported == []


@pytest.mark.parametrize("item", ["results.back", "results.save.pdf", "results.save.xlsx"])
def test_every_control_has_a_name_and_role(qtbot: QtBot, kiosk: Kiosk, item: str) -> None:
    open_results(qtbot, kiosk)
    found: QQuickItem = must_find(kiosk.window.window, item)
    iface = QAccessible.queryAccessibleInterface(found)
    assert iface is not None and iface.role() == QAccessible.Role.Button and iface.text(QAccessible.Text.Name)
