"""The week memo: a tab or chip change filters the week's sessions worked out once a day, and finds exactly
what working everything out again finds — across days, categories, a clock change and new listings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from benchmarks.whatson import make_listings
from kiosk.whatson.rules.tab_lists import tab_list
from kiosk.whatson.rules.tabs import Tab
from kiosk.whatson.rules.whats_on import WeekMemo, categories

LONDON = ZoneInfo("Europe/London")


def _shape(found: object) -> object:
    return [(d.day, [(e.listing.id, e.occurrence.start, e.occurrence.cancelled, e.happening_now)
                     for e in d.entries]) for d in found.days], found.empty, found.next_day  # type: ignore[attr-defined]


def test_the_memo_finds_what_a_fresh_working_out_finds() -> None:
    listings = make_listings(300, 5)
    chips = ["", *categories(listings)]
    memo = WeekMemo()
    now = datetime(2026, 10, 24, 8, 0, tzinfo=UTC)  # crosses the October clock change
    compared = 0
    for step in range(60):
        now += timedelta(hours=3, minutes=7)
        for tab in (Tab.TODAY, Tab.WEEK):
            for chip in chips[step % len(chips):][:3]:
                with_memo = tab_list(listings, now, LONDON, tab, chip, memo)
                fresh = tab_list(listings, now, LONDON, tab, chip)
                assert _shape(with_memo) == _shape(fresh), (now, tab, chip)
                compared += sum(len(d.entries) for d in fresh.days)
    assert compared > 1000  # the comparison compared something


def test_new_listings_are_not_answered_from_the_old_memo() -> None:
    memo = WeekMemo()
    now = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    first = make_listings(50, 1)
    tab_list(first, now, LONDON, Tab.WEEK, "", memo)
    second = make_listings(50, 2)
    assert _shape(tab_list(second, now, LONDON, Tab.WEEK, "", memo)) == _shape(
        tab_list(second, now, LONDON, Tab.WEEK, ""))
