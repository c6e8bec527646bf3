"""The What's on list models under Qt's own model checker, through every kind of change a visitor makes;
and the words the screens use for times, days, open/closed, prices and schedules."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QUrl
from PySide6.QtGui import QGuiApplication as QApplication
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

import kiosk.whatson as kiosk_whatson
from kiosk.core import config as settings
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.listing_text import (
    CATEGORY_ICONS,
    ListingWords,
    category_icon,
    feature_words,
    fill,
)
from kiosk.whatson.rules.listings import AccessFeature, Price
from kiosk.whatson.rules.schedules import OpeningHours, Recurring
from kiosk.whatson.rules.whats_on import OpenState
from tests.support.whatson_support import (
    LONDON,
    TUESDAY_10AM,
    demo_week,
    detail_part,
    filter_part,
    kiosk_with,
    london,
    open_whatson,
)

LISTS = ("categories", "entries", "spaces", "times", "features")


def test_every_list_model_passes_qt_model_tester_through_tabs_chips_and_details(qtbot: QtBot,
                                                                                config: settings.Config) -> None:
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), demo_week(TUESDAY_10AM.date()))
    try:
        model = open_whatson(qtbot, k)
        testers = [QAbstractItemModelTester(model.list_model(name),
                                            QAbstractItemModelTester.FailureReportingMode.Fatal) for name in LISTS]
        for tab in ("week", "open", "today", "week"):
            model.setTab(tab)
            model.setCategory(model.list_model("categories").column("key")[-1])
            model.setCategory("")
        first = model.list_model("entries").column("listingId")[0]
        model.openListing(first, 0)
        qtbot.waitUntil(lambda: k.shell.screen == "listing")
        assert model.list_model("times").rowCount() > 0 and model.list_model("features").rowCount() > 0
        model.openListing(model.list_model("entries").column("listingId")[-1], 3)
        model.backToList()
        k.shell.goHome()
        assert len(testers) == len(LISTS)
        # every role answers for every row, and the names QML binds to are the ones the rows carry
        for name in ("entries", "categories"):
            rows = model.list_model(name)
            roles = {bytes(v.data()).decode(): k for k, v in rows.roleNames().items()}
            for i in range(rows.rowCount()):
                index = rows.index(i, 0)
                assert [rows.data(index, roles[r]) for r in roles] == list(rows.row(i).values())
                assert rows.data(index) == rows.row(i)["title" if name == "entries" else "label"]
    finally:
        k.close()


def test_rows_model_is_lazy_and_answers_none_outside_its_rows(qapp: QApplication) -> None:
    made: list[int] = []

    def make(n: int) -> tuple[int, str]:
        made.append(n)
        return n, f"row {n}"

    rows = RowsModel(("key", "label"), make)
    QAbstractItemModelTester(rows, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows.reset(list(range(2000)))
    assert rows.rowCount() == 2000 and made == []
    assert rows.data(rows.index(5, 0)) == "row 5" and made == [5]
    assert rows.data(rows.index(5, 0), 0x0100 + 1) == 5 and made == [5]  # made once, then kept
    assert rows.data(rows.index(5, 0), 0x0100 + 9) is None
    assert rows.data(QModelIndex()) is None and rows.rowCount(rows.index(1, 0)) == 0
    rows.reset([])
    assert rows.rowCount() == 0


# -- the words -------------------------------------------------------------------------------------------------

@pytest.fixture
def words(qapp: QApplication) -> ListingWords:
    return ListingWords("en")


@pytest.mark.parametrize(("t", "text"), [
    (time(10), "10am"), (time(14, 30), "2:30pm"), (time(12), "12 noon"), (time(0), "midnight"),
    (time(0, 30), "12:30am"), (time(12, 15), "12:15pm"), (time(23, 59), "11:59pm"), (time(9, 5), "9:05am"),
])
def test_clock_times_are_written_the_way_people_say_them(words: ListingWords, t: time, text: str) -> None:
    assert words.clock(t) == text


def test_other_languages_get_their_own_short_time(qapp: QApplication) -> None:
    assert ListingWords("de").clock(time(14, 30)) == "14:30"


def _at(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(d, time(hh, mm), tzinfo=LONDON)


TUE = date(2026, 11, 24)


@pytest.mark.parametrize(("state", "text"), [
    (OpenState(True, closes_at=_at(TUE, 16)), "Open now until 4pm"),
    (OpenState(True, closes_at=_at(date(2026, 11, 25), 3)), "Open now until 3am"),  # past midnight
    (OpenState(True, closes_at=_at(date(2026, 11, 27), 17)), "Open now until Friday 5pm"),
    (OpenState(True, closes_at=None), "Open now"),
    (OpenState(False, opens_at=_at(TUE, 14)), "Opens at 2pm"),
    (OpenState(False, opens_at=_at(date(2026, 11, 25), 10)), "Opens tomorrow at 10am"),
    (OpenState(False, opens_at=_at(date(2026, 11, 27), 21)), "Opens on Friday at 9pm"),
    (OpenState(False, opens_at=_at(date(2026, 12, 28), 10)), "Opens on Monday 28 December at 10am"),
    (OpenState(False, opens_at=None), "Closed for now"),
])
def test_open_or_closed_in_words(words: ListingWords, state: OpenState, text: str) -> None:
    assert words.open_text(state, _at(TUE, 10)) == text


@pytest.mark.parametrize(("price", "text"), [
    (Price(), "Free"), (Price(0, note="Pay what you can"), "Pay what you can"), (Price(250), "£2.50"),
    (Price(200, note="free for carers"), "£2 — free for carers"), (Price(None, note="Donations welcome"),
                                                                   "Donations welcome"),
    (Price(500, "EUR"), "€5"), (Price(1999, "SEK"), "SEK 19.99"),
])
def test_prices(words: ListingWords, price: Price, text: str) -> None:
    assert words.price_text(price) == text


def test_opening_hours_group_days_with_the_same_hours(words: ListingWords) -> None:
    hours = OpeningHours.of({"MO,TU,WE,TH": [("10:00", "20:00")], "FR": [("10:00", "12:30"), ("13:30", "17:00")],
                             "SA,SU": [("21:00", "03:00")]})
    assert words.hours_lines(hours) == ["Monday to Thursday: 10am – 8pm", "Friday: 10am – 12:30pm and 1:30pm – 5pm",
                                        "Saturday and Sunday: 9pm – 3am"]
    assert words.hours_lines(OpeningHours.of({"WE": [("09:00", "12:00")]})) == [
        "Monday and Tuesday: closed", "Wednesday: 9am – 12 noon", "Thursday to Sunday: closed"]


@pytest.mark.parametrize(("rule", "text"), [
    (Recurring.weekly("WE,FR", "10:00", "12:00"), "Every Wednesday and Friday, 10am – 12 noon"),
    (Recurring.weekly("FR,MO,WE", "18:30", "20:00"), "Every Monday, Wednesday and Friday, 6:30pm – 8pm"),
    (Recurring.weekly("MO", "11:00", "12:00", interval=2, starts_on=date(2026, 1, 5)),
     "Every other Monday, 11am – 12 noon"),
    (Recurring.weekly("MO", "11:00", "12:00", interval=3, starts_on=date(2026, 1, 5)),
     "Every 3 weeks on Monday, 11am – 12 noon"),
    (Recurring.monthly("2TU", "17:00", "19:00"), "2nd Tuesday of the month, 5pm – 7pm"),
    (Recurring.monthly("-1FR", "10:30", "12:30"), "Last Friday of the month, 10:30am – 12:30pm"),
    (Recurring.monthly("1TU,3TU", "10:00", "11:00"), "1st Tuesday and 3rd Tuesday of the month, 10am – 11am"),
])
def test_session_patterns(words: ListingWords, rule: Recurring, text: str) -> None:
    assert words.rule_line(rule) == text


def test_month_days(words: ListingWords) -> None:
    from kiosk.whatson.rules.schedules import Freq

    rule = Recurring(freq=Freq.MONTHLY, monthdays=(1, 15, 22), start=time(9), end=time(10))
    assert words.rule_line(rule) == "The 1st, 15th and 22nd of the month, 9am – 10am"


def test_fill_is_one_pass_so_a_title_with_percent_signs_stays_as_it_is() -> None:
    assert fill("%1 — %2", "100%2 fun", "x") == "100%2 fun — x"
    assert fill("%1 and %3", "a") == "a and %3"


def test_every_accessibility_feature_has_words_and_an_icon(qapp: QApplication) -> None:
    from kiosk.core.paths import package_qml

    icons = Path(QUrl(package_qml(kiosk_whatson.__file__, "icons")).toLocalFile())
    for feature in AccessFeature:
        assert feature_words(feature).strip()
        assert (icons / f"{feature.value}.svg").is_file(), feature
    for icon in CATEGORY_ICONS:
        assert (icons / f"{icon}.svg").is_file(), icon


@pytest.mark.parametrize(("category", "icon"), [
    ("Food & drink", "cup"), ("Warm spaces", "warm"), ("Advice", "advice"), ("Getting active", "active"),
    ("Outdoors", "outdoors"), ("Learning", "learning"), ("Health & wellbeing", "health"), ("Families", "families"),
    ("Music & arts", "music"), ("Arts & crafts", "crafts"), ("Quiet spaces", "quiet_space"), ("Social", "social"),
    ("Community", "community"), ("Young people", "families"), ("Something new", "star"),
])
def test_a_category_gets_a_fitting_icon(category: str, icon: str) -> None:
    assert category_icon(category) == icon


def test_a_listing_id_that_is_not_loaded_opens_nothing(qtbot: QtBot, config: settings.Config) -> None:
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), demo_week(TUESDAY_10AM.date()))
    try:
        model = open_whatson(qtbot, k)
        model.openListing(str(uuid.uuid4()), 0)
        assert k.shell.screen == "whatson" and not detail_part(model).shown
        model.setTab("nonsense")
        assert filter_part(model).tab == "today"
    finally:
        k.close()
