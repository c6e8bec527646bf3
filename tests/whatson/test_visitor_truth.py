"""What visitors see tells the truth: a monthly group's next three dates (card and "Coming up"), an empty
week that never says "Nothing on" above its own cards, and a cancelled session struck through with its
reason in words a screen reader says ("Cancelled: <reason>")."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from kiosk.core import config as settings
from kiosk.whatson.rules.listing_detail import later_dates, listing_detail, repeats_sparsely
from kiosk.whatson.rules.listings import Listing
from kiosk.whatson.rules.schedules import Cancellation, Recurring, Sessions
from kiosk.whatson.rules.tab_lists import EmptyKind, tab_list
from kiosk.whatson.rules.tabs import Tab
from tests.support.qmlhelpers import must_find, walk
from tests.support.whatson_support import (
    LONDON,
    TUESDAY_10AM,
    detail_part,
    filter_part,
    kiosk_with,
    lists_part,
    london,
    open_whatson,
    screen_is,
    settle,
    tap,
    texts,
    weekly,
)

TUESDAY = TUESDAY_10AM.date()  # Tuesday 24 November 2026


def monthly(title: str, day: str = "2TH") -> Listing:
    """A group on the 2nd Thursday of the month, 2pm – 4pm (next: 10 December, then 14 January, 11 February…)."""
    base = weekly(title, "TH", "14:00", "16:00")
    return dataclasses.replace(base, schedule=Sessions((Recurring.monthly(day, "14:00", "16:00"),)))


def with_cancellation(listing: Listing, cancellation: Cancellation) -> Listing:
    assert isinstance(listing.schedule, Sessions)
    return dataclasses.replace(listing, schedule=dataclasses.replace(listing.schedule, cancellations=(cancellation,)))


# -- pure rules -------------------------------------------------------------------------------------------------
def test_a_monthly_group_comes_up_three_times_not_once() -> None:
    group = monthly("Carers' group")
    facts = listing_detail(group, TUESDAY_10AM, LONDON)
    assert [o.start.date() for o in facts.going] == [date(2026, 12, 10), date(2027, 1, 14), date(2027, 2, 11)]


def test_a_weekly_group_still_lists_its_next_weeks() -> None:
    facts = listing_detail(weekly("Chess", "TU,TH", "16:00", "18:00"), TUESDAY_10AM, LONDON)
    assert len(facts.sessions) == 6 and facts.sessions[-1].occurrence.start.date() == date(2026, 12, 10)


def test_a_cancelled_session_does_not_count_among_the_three() -> None:
    group = monthly("Carers' group")
    off = with_cancellation(group, Cancellation(date(2027, 1, 14), "Snow"))
    facts = listing_detail(off, TUESDAY_10AM, LONDON)
    assert [(o.start.date(), o.cancelled) for o in (s.occurrence for s in facts.sessions)] == [
        (date(2026, 12, 10), False), (date(2027, 1, 14), True), (date(2027, 2, 11), False), (date(2027, 3, 11), False)]


def test_the_card_names_the_three_dates_after_this_one_for_sparse_rules_only() -> None:
    group = monthly("Carers' group")
    first = listing_detail(group, TUESDAY_10AM, LONDON).going[0]
    assert later_dates(group, first, LONDON) == (date(2027, 1, 14), date(2027, 2, 11), date(2027, 3, 11))
    assert repeats_sparsely(group) and not repeats_sparsely(weekly("Chess", "TU", "16:00", "18:00"))


def test_a_week_of_only_cancelled_sessions_says_so_and_lists_them() -> None:
    walk_ = weekly("Walking netball", "TH", "14:00", "15:00",
                   cancellations=(Cancellation(date(2026, 11, 26), "Coach ill"),))
    found = tab_list([walk_], TUESDAY_10AM, LONDON, Tab.WEEK, "")
    assert found.empty is EmptyKind.NOTHING_THIS_WEEK and found.cancelled_only
    assert [d.day for d in found.days] == [date(2026, 11, 26), date(2026, 12, 3)]
    nothing = tab_list([monthly("Carers' group")], TUESDAY_10AM, LONDON, Tab.WEEK, "")
    assert nothing.empty is EmptyKind.NOTHING_THIS_WEEK and not nothing.cancelled_only


# -- the real screen -------------------------------------------------------------------------------------------
def test_the_week_never_says_nothing_on_above_its_own_card(qtbot: QtBot, config: settings.Config) -> None:
    walk_ = weekly("Walking netball", "TH", "14:00", "15:00",
                   cancellations=(Cancellation(date(2026, 11, 26), "Coach ill"),))
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), [walk_])
    try:
        model = open_whatson(qtbot, k)
        tap(k.window.window, "whatson.tab.week")
        qtbot.waitUntil(lambda: filter_part(model).tab == "week")
        shown = texts(k)
        assert "Nothing on this week" not in shown
        assert shown.count("Nothing is going ahead this week") == 1  # said once
        assert lists_part(model).emptyText == "Here is what's on next, on Thursday 3 December."
        rows = model.list_model("entries").rows()
        assert [(r["section"], r["cancelled"]) for r in rows] == [("Thursday 26 November", True),
                                                                   ("Thursday 3 December", False)]
        card = must_find(k.window.window, f"whatson.entry.{rows[0]['key']}")
        name = QAccessible.queryAccessibleInterface(card).text(QAccessible.Text.Name)
        assert name.startswith("Cancelled: Coach ill. Thursday 26 November")
        struck = [i for i in walk(card) if i.inherits("QQuickText") and i.property("text") == "Walking netball"]
        assert struck and struck[0].property("font").strikeOut()
    finally:
        k.close()


def test_a_monthly_card_and_its_detail_show_the_next_dates(qtbot: QtBot, config: settings.Config) -> None:
    group = monthly("Carers' group", "-1TH")  # last Thursday: 26 November, this week
    off = with_cancellation(group, Cancellation(date(2026, 12, 31), "Hogmanay"))
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), [off])
    try:
        model = open_whatson(qtbot, k)
        tap(k.window.window, "whatson.tab.week")
        qtbot.waitUntil(lambda: filter_part(model).tab == "week")
        rows = model.list_model("entries").rows()
        assert rows[0]["later"] == "Also on Thursday 28 January, Thursday 25 February and Thursday 25 March"
        assert "Also on Thursday 28 January, Thursday 25 February and Thursday 25 March" in texts(k)
        tap(k.window.window, f"whatson.entry.{rows[0]['key']}")
        qtbot.waitUntil(lambda: screen_is(k, "listing"))
        settle(k.window.window)
        times = model.list_model("times").rows()
        assert [t["key"] for t in times] == ["", "cancelled", "", ""]
        assert times[1] == {"key": "cancelled", "label": "Thursday 31 December, 2pm – 4pm", "hint": "Hogmanay"}
        row = must_find(k.window.window, "listing.time.1")
        name = QAccessible.queryAccessibleInterface(row).text(QAccessible.Text.Name)
        assert name == "Cancelled: Hogmanay. Thursday 31 December, 2pm – 4pm"
        label = [i for i in walk(row) if i.inherits("QQuickText") and i.property("text") == times[1]["label"]]
        assert label and label[0].property("font").strikeOut()
        assert detail_part(model).title == "Carers' group"
        assert TUESDAY + timedelta(days=2) == date(2026, 11, 26)
    finally:
        k.close()
