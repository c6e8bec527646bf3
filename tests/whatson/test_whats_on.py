"""What the visitor screens ask: what's on today / this week, the kind empty states, open now, categories."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.clock import ManualClock
from kiosk.whatson.rules.listings import Kind, Listing, Place
from kiosk.whatson.rules.schedules import Cancellation, OneOff, OpeningHours, Recurring, Schedule, Sessions
from kiosk.whatson.rules.whats_on import (
    EmptyReason,
    OpenState,
    Span,
    WhatsOn,
    categories,
    open_now,
    open_spaces,
    whats_on,
)

TZ = "Europe/London"
LONDON = ZoneInfo(TZ)
WED = date(2026, 11, 25)  # the clock fixture's day: Wednesday 25 November 2026, 10:00 GMT


def _l(title: str, schedule: Schedule, category: str = "Social", **kw: object) -> Listing:
    kind = Kind.SPACE if isinstance(schedule, OpeningHours) else Kind.ACTIVITY
    return Listing(id=uuid.uuid5(uuid.NAMESPACE_URL, title), kind=kind, title=title, category=category,
                   place=Place("Riverside Community Hub"), schedule=schedule, **kw)  # type: ignore[arg-type]


def _weekly(days: str, start: str, end: str) -> Sessions:
    return Sessions((Recurring.weekly(days, start, end),))


def _once(on: date, start: str, end: str, **kw: object) -> Sessions:
    return Sessions((OneOff.at(on, start, end),), **kw)  # type: ignore[arg-type]


def _local(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


def _titles(result: WhatsOn) -> list[list[str]]:
    return [[e.listing.title for e in day.entries] for day in result.days]


CAFE = _l("Community café", _weekly("WE,FR", "10:00", "12:00"), "Food & drink")
BREAKFAST = _l("Breakfast club", _weekly("WE", "08:00", "09:30"), "Food & drink")
ADVICE = _l("Advice drop-in", _weekly("WE", "14:00", "16:00"), "Advice")
KNIT = _l("Knit and natter", _weekly("TH", "14:00", "16:00"))
ART = _l("Art group", _weekly("WE", "14:00", "15:00"))
LIBRARY = _l("Warm space", OpeningHours.of({"MO,TU,WE,TH,FR": [("10:00", "12:30"), ("14:00", "17:00")]}),
             "Warm spaces")


# -- what's on today ---------------------------------------------------------------------------------------------


def test_today_leaves_out_what_has_finished_marks_what_is_on_now_and_sorts(clock: ManualClock) -> None:
    clock.advance(30 * 60)  # 10:30
    result = whats_on([KNIT, ADVICE, LIBRARY, BREAKFAST, ART, CAFE], clock.now(), TZ, Span.TODAY)
    assert result.today == WED and result.span is Span.TODAY and result.empty is None
    assert [d.day for d in result.days] == [WED]
    entries = result.days[0].entries
    assert [e.listing.title for e in entries] == ["Community café", "Advice drop-in", "Art group"]  # 14:00 by title
    assert [e.happening_now for e in entries] == [True, False, False]
    assert entries[0].occurrence.start == _local(2026, 11, 25, 10) and entries[0].occurrence.listing_id == CAFE.id


def test_a_session_ending_exactly_now_is_gone_and_one_starting_now_is_on(clock: ManualClock) -> None:
    clock.advance(2 * 3600)  # 12:00: the café ends, lunch starts
    lunch = _l("Soup lunch", _weekly("WE", "12:00", "13:00"))
    result = whats_on([CAFE, lunch], clock.now(), TZ)
    assert _titles(result) == [["Soup lunch"]]
    assert result.days[0].entries[0].happening_now


def test_accepts_the_span_as_text_and_refuses_a_naive_now(clock: ManualClock) -> None:
    assert whats_on([CAFE], clock.now(), TZ, "week").span is Span.WEEK
    with pytest.raises(ValueError):
        whats_on([CAFE], clock.now(), TZ, "month")
    with pytest.raises(ValueError, match="timezone-aware"):
        whats_on([CAFE], datetime(2026, 11, 25, 10), TZ)


def test_last_nights_session_still_running_is_shown_today() -> None:
    late = _l("Night café", _weekly("TU", "22:00", "02:00"))
    result = whats_on([late], _local(2026, 11, 25, 1), TZ)  # Wednesday 01:00
    assert [d.day for d in result.days] == [WED]
    assert result.days[0].entries[0].occurrence.start == _local(2026, 11, 24, 22)
    assert result.days[0].entries[0].happening_now


# -- this week ---------------------------------------------------------------------------------------------------


def test_week_is_today_and_the_next_six_days_grouped_by_day(clock: ManualClock) -> None:
    edge_in = _l("Late on Tuesday", _once(date(2026, 12, 1), "23:00", "23:30"))
    edge_out = _l("Next Wednesday", _once(date(2026, 12, 2), "00:30", "01:00"))
    result = whats_on([CAFE, KNIT, ADVICE, BREAKFAST, LIBRARY, edge_in, edge_out], clock.now(), TZ, "week")
    assert [d.day for d in result.days] == [WED, date(2026, 11, 26), date(2026, 11, 27), date(2026, 12, 1)]
    assert _titles(result) == [["Community café", "Advice drop-in"], ["Knit and natter"], ["Community café"],
                               ["Late on Tuesday"]]
    assert result.empty is None


def test_category_filter_and_the_categories_present() -> None:
    listings = [CAFE, KNIT, ADVICE, BREAKFAST, LIBRARY, ART]
    assert categories(listings) == ("Advice", "Food & drink", "Social", "Warm spaces")
    assert categories(listings, Kind.SPACE) == ("Warm spaces",)
    assert categories([_l("a", _weekly("MO", "10:00", "11:00"), "walking"), CAFE]) == ("Food & drink", "walking")
    result = whats_on(listings, _local(2026, 11, 25, 7), TZ, "week", category="Food & drink")
    assert result.category == "Food & drink"
    assert _titles(result) == [["Breakfast club", "Community café"], ["Community café"]]


def test_listings_outside_their_valid_dates_are_left_out(clock: ManualClock) -> None:
    ended = _l("Summer club", _weekly("WE", "14:00", "15:00"), valid_to=date(2026, 11, 24))
    later = _l("Winter club", _weekly("WE,TH", "14:00", "15:00"), valid_from=date(2026, 11, 26))
    assert _titles(whats_on([ended, later], clock.now(), TZ, "week")) == [["Winter club"]]
    assert whats_on([ended, later], clock.now(), TZ, "week").days[0].day == date(2026, 11, 26)


# -- empty states ------------------------------------------------------------------------------------------------


def test_nothing_on_today_points_at_tomorrow(clock: ManualClock) -> None:
    result = whats_on([KNIT, LIBRARY], clock.now(), TZ)
    assert result.days == ()
    assert result.empty is not None and result.empty.reason is EmptyReason.NOTHING_TODAY
    assert result.empty.next_day is not None and result.empty.next_day.day == date(2026, 11, 26)
    assert [e.listing.title for e in result.empty.next_day.entries] == ["Knit and natter"]


def test_nothing_else_on_today_once_todays_sessions_have_finished(clock: ManualClock) -> None:
    clock.advance(7 * 3600)  # 17:00: the café and the drop-in are over
    result = whats_on([CAFE, ADVICE, KNIT], clock.now(), TZ)
    assert result.days == ()
    assert result.empty is not None and result.empty.reason is EmptyReason.NOTHING_ELSE_TODAY
    assert result.empty.next_day is not None and result.empty.next_day.day == date(2026, 11, 26)


def test_a_day_with_only_a_cancelled_session_shows_it_and_still_points_ahead(clock: ManualClock) -> None:
    cancelled = _l("Art group", Sessions((Recurring.weekly("WE", "14:00", "15:00"),),
                                         cancellations=(Cancellation(WED, "Tutor unwell"),)))
    result = whats_on([cancelled, KNIT], clock.now(), TZ)
    assert _titles(result) == [["Art group"]]
    assert result.days[0].entries[0].occurrence.cancelled
    assert result.days[0].entries[0].occurrence.reason == "Tutor unwell"
    assert result.empty is not None and result.empty.reason is EmptyReason.NOTHING_ELSE_TODAY
    assert result.empty.next_day is not None and result.empty.next_day.day == date(2026, 11, 26)


def test_the_next_day_skips_days_with_only_cancellations_but_shows_them_on_the_day_it_picks(clock: ManualClock) -> None:
    thu = date(2026, 11, 26)
    off = _l("Choir", _once(thu, "18:00", "19:00", cancellations=(Cancellation(thu, "Hall booked"),)))
    fri_off = _l("Quiz", _once(date(2026, 11, 27), "19:00", "21:00",
                               cancellations=(Cancellation(date(2026, 11, 27), "Quizmaster away"),)))
    fri_on = _l("Games night", _once(date(2026, 11, 27), "18:00", "21:00"))
    result = whats_on([off, fri_off, fri_on], clock.now(), TZ)
    assert result.empty is not None and result.empty.next_day is not None
    assert result.empty.next_day.day == date(2026, 11, 27)
    assert [(e.listing.title, e.occurrence.cancelled) for e in result.empty.next_day.entries] == [
        ("Games night", False), ("Quiz", True)]


def test_nothing_this_week_points_at_the_next_day_with_something(clock: ManualClock) -> None:
    fair = _l("Christmas fair", _once(date(2026, 12, 12), "11:00", "15:00"), "Community")
    result = whats_on([fair, LIBRARY], clock.now(), TZ, "week")
    assert result.days == ()
    assert result.empty is not None and result.empty.reason is EmptyReason.NOTHING_THIS_WEEK
    assert result.empty.next_day is not None and result.empty.next_day.day == date(2026, 12, 12)


def test_nothing_coming_up_at_all_has_no_next_day(clock: ManualClock) -> None:
    far = _l("Summer fete", _once(date(2027, 6, 5), "11:00", "15:00"))
    for span in Span:
        result = whats_on([far, LIBRARY], clock.now(), TZ, span)
        assert result.days == () and result.empty is not None and result.empty.next_day is None
    assert whats_on([], clock.now(), TZ).empty is not None


def test_the_empty_state_keeps_the_category(clock: ManualClock) -> None:
    result = whats_on([CAFE, KNIT, ADVICE], clock.now(), TZ, category="Social")
    assert result.days == ()
    assert result.empty is not None and result.empty.next_day is not None
    assert [e.listing.title for e in result.empty.next_day.entries] == ["Knit and natter"]


# -- open now ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("moment", "state"), [
    (_local(2026, 11, 25, 11), OpenState(True, closes_at=_local(2026, 11, 25, 12, 30))),
    (_local(2026, 11, 25, 10), OpenState(True, closes_at=_local(2026, 11, 25, 12, 30))),  # opening minute
    (_local(2026, 11, 25, 12, 30), OpenState(False, opens_at=_local(2026, 11, 25, 14))),  # "opens at 2pm"
    (_local(2026, 11, 25, 9, 59), OpenState(False, opens_at=_local(2026, 11, 25, 10))),
    (_local(2026, 11, 25, 17), OpenState(False, opens_at=_local(2026, 11, 26, 10))),
    (_local(2026, 11, 27, 18), OpenState(False, opens_at=_local(2026, 11, 30, 10))),  # Friday night → Monday
])
def test_open_now_says_until_when_or_from_when(moment: datetime, state: OpenState) -> None:
    assert open_now(LIBRARY, moment, TZ) == state


def test_open_now_takes_the_clocks_utc_moment(clock: ManualClock) -> None:
    assert open_now(LIBRARY, clock.now(), TZ) == OpenState(True, closes_at=_local(2026, 11, 25, 12, 30))


def test_a_closure_today_means_closed_until_the_next_open_day() -> None:
    closed = _l("Warm space", OpeningHours.of({"MO,TU,WE,TH,FR": [("10:00", "17:00")]},
                                              closures=[date(2026, 11, 25), date(2026, 11, 26)]))
    assert open_now(closed, _local(2026, 11, 25, 11), TZ) == OpenState(False, opens_at=_local(2026, 11, 27, 10))


def test_open_past_midnight_from_the_night_before() -> None:
    late = _l("Safe space", OpeningHours.of({"FR,SA": [("21:00", "03:00")]}))
    assert open_now(late, _local(2026, 11, 28, 1, 30), TZ) == OpenState(True, closes_at=_local(2026, 11, 28, 3))
    assert open_now(late, _local(2026, 11, 28, 3), TZ) == OpenState(False, opens_at=_local(2026, 11, 28, 21))
    assert open_now(late, _local(2026, 11, 29, 2), TZ) == OpenState(True, closes_at=_local(2026, 11, 29, 3))
    assert open_now(late, _local(2026, 11, 30, 2), TZ) == OpenState(False, opens_at=_local(2026, 12, 4, 21))


def test_back_to_back_openings_run_together() -> None:
    hours = _l("Hall", OpeningHours.of({"FR": [("18:00", "00:00")], "SA": [("00:00", "03:00"), ("09:00", "12:00")]}))
    assert open_now(hours, _local(2026, 11, 27, 19), TZ) == OpenState(True, closes_at=_local(2026, 11, 28, 3))


def test_open_round_the_clock_has_no_closing_time() -> None:
    always = _l("Garden", OpeningHours.of({"MO,TU,WE,TH,FR,SA,SU": [("00:00", "00:00")]}))
    assert open_now(always, _local(2026, 11, 25, 3), TZ) == OpenState(True, closes_at=None)
    closing = _l("Garden", OpeningHours.of({"MO,TU,WE,TH,FR,SA,SU": [("00:00", "00:00")]},
                                           closures=[date(2026, 11, 30)]))
    assert open_now(closing, _local(2026, 11, 25, 3), TZ) == OpenState(True, closes_at=_local(2026, 11, 30))


def test_never_open_and_not_yet_open() -> None:
    never = _l("Store", OpeningHours.of({}))
    assert open_now(never, _local(2026, 11, 25, 12), TZ) == OpenState(False)
    soon = _l("New hub", OpeningHours.of({"MO,TU,WE,TH,FR": [("09:00", "17:00")]}), valid_from=date(2026, 12, 7))
    assert open_now(soon, _local(2026, 11, 25, 12), TZ) == OpenState(False, opens_at=_local(2026, 12, 7, 9))
    gone = _l("Old hub", OpeningHours.of({"MO,TU,WE,TH,FR": [("09:00", "17:00")]}), valid_to=date(2026, 11, 25))
    assert open_now(gone, _local(2026, 11, 25, 18), TZ) == OpenState(False)


def test_open_now_around_the_march_change() -> None:
    sunday = _l("Garden", OpeningHours.of({"SU": [("09:00", "17:00")]}))
    # 08:30 UTC is 08:30 GMT on 22 March (closed) but 09:30 BST on 29 March (open).
    assert open_now(sunday, datetime(2026, 3, 22, 8, 30, tzinfo=UTC), TZ) == OpenState(
        False, opens_at=_local(2026, 3, 22, 9))
    state = open_now(sunday, datetime(2026, 3, 29, 8, 30, tzinfo=UTC), TZ)
    assert state.is_open and state.closes_at == _local(2026, 3, 29, 17)
    assert state.closes_at is not None and state.closes_at.astimezone(UTC).hour == 16


def test_open_now_is_for_spaces_only(clock: ManualClock) -> None:
    with pytest.raises(ValueError, match="for spaces"):
        open_now(CAFE, clock.now(), TZ)
    with pytest.raises(ValueError, match="timezone-aware"):
        open_now(LIBRARY, datetime(2026, 11, 25, 11), TZ)


def test_open_spaces_lists_open_ones_first_then_by_opening_time(clock: ManualClock) -> None:
    garden = _l("Garden", OpeningHours.of({"MO,TU,WE,TH,FR,SA,SU": [("09:00", "19:00")]}), "Outdoors")
    night = _l("Night shelter", OpeningHours.of({"MO,TU,WE,TH,FR,SA,SU": [("20:00", "08:00")]}), "Warm spaces")
    evening = _l("Evening lounge", OpeningHours.of({"WE": [("17:00", "21:00")]}), "Warm spaces")
    never = _l("Annexe", OpeningHours.of({}), "Warm spaces")
    gone = _l("Pop-up", OpeningHours.of({"WE": [("09:00", "17:00")]}), valid_to=date(2026, 11, 24))
    listings = [never, night, CAFE, evening, LIBRARY, garden, gone]
    got = open_spaces(listings, clock.now(), TZ)
    assert [(s.listing.title, s.state.is_open) for s in got] == [
        ("Garden", True), ("Warm space", True), ("Evening lounge", False), ("Night shelter", False),
        ("Annexe", False)]
    assert [s.listing.title for s in open_spaces(listings, clock.now(), TZ, "Warm spaces")] == [
        "Warm space", "Evening lounge", "Night shelter", "Annexe"]
    assert got[2].state.opens_at == _local(2026, 11, 25, 17)


def test_a_monday_to_friday_fortnight_of_clocks(clock: ManualClock) -> None:
    """Every hour for two weeks: open_now agrees with the opening hours written out by hand."""
    for _ in range(24 * 14):
        local = clock.now().astimezone(LONDON)
        t = local.time()
        expected = local.weekday() < 5 and (time(10) <= t < time(12, 30) or time(14) <= t < time(17))
        state = open_now(LIBRARY, clock.now(), TZ)
        assert state.is_open is expected, local
        assert (state.closes_at is not None) is expected and (state.opens_at is not None) is not expected
        if expected:
            assert state.closes_at is not None and state.closes_at > clock.now()
        else:
            assert state.opens_at is not None and clock.now() < state.opens_at <= clock.now() + timedelta(days=3)
        clock.advance(3600)


def test_the_repeated_autumn_hour_is_told_apart_by_the_real_moment() -> None:
    # 25 October 2026: 01:00–02:00 happens twice. A 01:10–01:20 session is the first (BST) one, so at
    # 01:15 BST it is on, and at 01:15 GMT — an hour later — it is long over, though the wall clock reads the same.
    s = _l("Night owls", _once(date(2026, 10, 25), "01:10", "01:20"))
    first = whats_on([s], datetime(2026, 10, 25, 0, 15, tzinfo=UTC), TZ)
    assert _titles(first) == [["Night owls"]] and first.days[0].entries[0].happening_now
    second = whats_on([s], datetime(2026, 10, 25, 1, 15, tzinfo=UTC), TZ)
    assert second.days == ()
    assert second.empty is not None and second.empty.reason is EmptyReason.NOTHING_ELSE_TODAY
