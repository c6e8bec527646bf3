"""Schedules: weekly and monthly recurrence ("2nd Tuesday", "last Friday"), one-offs, exceptions,
cancellations, opening hours past midnight — all at the site's wall-clock times across DST changes."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import MO, MONTHLY, WEEKLY, rrule, weekday

from kiosk.whatson.rules.listings import Kind, Listing, Place
from kiosk.whatson.rules.schedules import (
    Cancellation,
    DayRule,
    Freq,
    ListingError,
    OneOff,
    OpeningHours,
    Recurring,
    Schedule,
    Sessions,
    parse_days,
    parse_time,
    rule_dates,
)
from kiosk.whatson.rules.whats_on import occurrences

LONDON = ZoneInfo("Europe/London")


def _listing(schedule: Schedule) -> Listing:
    kind = Kind.SPACE if isinstance(schedule, OpeningHours) else Kind.ACTIVITY
    return Listing(id=uuid.uuid4(), kind=kind, title="Test", category="Test", place=Place("Hub"), schedule=schedule)


def _utc(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


def _starts(schedule: Schedule, start: datetime, end: datetime, tz: str = "Europe/London") -> list[datetime]:
    return [o.start for o in occurrences(_listing(schedule), start, end, tz)]


def _local(moments: list[datetime]) -> list[tuple[date, time]]:
    return [(m.date(), m.time()) for m in moments]


# -- daylight saving: the wall-clock time stays put, the UTC instant moves --------------------------------------


def test_a_weekly_session_keeps_its_wall_time_across_the_march_change() -> None:
    # Europe/London goes from GMT to BST at 01:00 UTC on Sunday 29 March 2026 (the last Sunday of March).
    weekly = Sessions((Recurring.weekly("SU", "10:00", "11:30"),))
    got = occurrences(_listing(weekly), _utc(2026, 3, 15), _utc(2026, 4, 6), "Europe/London")
    assert [(o.start.date(), o.start.time(), o.end.time()) for o in got] == [
        (date(2026, 3, d), time(10), time(11, 30)) for d in (15, 22, 29)] + [(date(2026, 4, 5), time(10), time(11, 30))]
    assert [o.start.astimezone(UTC).hour for o in got] == [10, 10, 9, 9]
    assert all(o.end - o.start == timedelta(hours=1, minutes=30) for o in got)


def test_a_weekly_session_keeps_its_wall_time_across_the_october_change() -> None:
    # Back to GMT at 01:00 UTC on Sunday 25 October 2026 (the last Sunday of October).
    weekly = Sessions((Recurring.weekly("SU", "10:00", "11:00"),))
    got = _starts(weekly, _utc(2026, 10, 17), _utc(2026, 11, 2))
    assert _local(got) == [(date(2026, 10, 18), time(10)), (date(2026, 10, 25), time(10)),
                           (date(2026, 11, 1), time(10))]
    assert [m.astimezone(UTC) for m in got] == [_utc(2026, 10, 18, 9), _utc(2026, 10, 25, 10), _utc(2026, 11, 1, 10)]


def test_a_session_in_the_spring_forward_gap_moves_forward_and_keeps_its_length() -> None:
    # 01:30 does not exist on 29 March 2026 in London: it is read with the offset before the gap (RFC 5545),
    # i.e. 02:30 BST; the session keeps its hour rather than shrinking to nothing.
    got = occurrences(_listing(Sessions((OneOff.at(date(2026, 3, 29), "01:30", "02:30"),))),
                      _utc(2026, 3, 28), _utc(2026, 3, 30), LONDON)
    assert len(got) == 1
    assert got[0].start.astimezone(UTC) == _utc(2026, 3, 29, 1, 30)
    assert (got[0].start.hour, got[0].start.minute) == (2, 30)
    assert got[0].end.astimezone(UTC) == _utc(2026, 3, 29, 2, 30)


def test_a_session_in_the_repeated_hour_is_the_first_one() -> None:
    # 01:30 happens twice on 25 October 2026; the session is the first (BST, 00:30 UTC) and ends at 02:30 GMT.
    got = occurrences(_listing(Sessions((OneOff.at(date(2026, 10, 25), "01:30", "02:30"),))),
                      _utc(2026, 10, 24), _utc(2026, 10, 26), LONDON)
    assert got[0].start.astimezone(UTC) == _utc(2026, 10, 25, 0, 30)
    assert got[0].end.astimezone(UTC) == _utc(2026, 10, 25, 2, 30)


@pytest.mark.parametrize(("day", "utc_open", "utc_close", "hours"), [
    (date(2026, 3, 28), _utc(2026, 3, 28, 22), _utc(2026, 3, 29, 3), 5),  # the night the clocks go forward
    (date(2026, 10, 24), _utc(2026, 10, 24, 21), _utc(2026, 10, 25, 4), 7),  # the night they go back
    (date(2026, 11, 28), _utc(2026, 11, 28, 22), _utc(2026, 11, 29, 4), 6),
])
def test_opening_hours_past_midnight_close_at_the_wall_time_on_dst_nights(
        day: date, utc_open: datetime, utc_close: datetime, hours: int) -> None:
    hours_sat = OpeningHours.of({"SA": [("22:00", "04:00")]})
    got = occurrences(_listing(hours_sat), utc_open - timedelta(hours=1), utc_open + timedelta(hours=1), LONDON)
    assert len(got) == 1
    assert got[0].start.date() == day and got[0].start.time() == time(22)
    assert got[0].end.time() == time(4) and got[0].end.date() == day + timedelta(days=1)
    assert (got[0].start.astimezone(UTC), got[0].end.astimezone(UTC)) == (utc_open, utc_close)
    assert got[0].end.astimezone(UTC) - got[0].start.astimezone(UTC) == timedelta(hours=hours)


def test_opening_hours_on_the_dst_sunday_open_at_the_usual_wall_time() -> None:
    hours = OpeningHours.of({"SU": [("09:00", "17:00")]})
    got = occurrences(_listing(hours), _utc(2026, 3, 29), _utc(2026, 3, 30), LONDON)
    assert [(o.start.time(), o.end.time()) for o in got] == [(time(9), time(17))]
    assert got[0].start.astimezone(UTC) == _utc(2026, 3, 29, 8)


# -- monthly rules -----------------------------------------------------------------------------------------------


def test_last_friday_of_each_month() -> None:
    rule = Recurring.monthly("-1FR", "10:30", "12:30")
    assert rule_dates(rule, date(2026, 1, 1), date(2026, 5, 31)) == (
        date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27), date(2026, 4, 24), date(2026, 5, 29))


def test_second_tuesday_of_each_month_across_the_new_year() -> None:
    rule = Recurring.monthly("2TU", "17:00", "19:00")
    assert rule_dates(rule, date(2026, 9, 1), date(2027, 1, 31)) == (
        date(2026, 9, 8), date(2026, 10, 13), date(2026, 11, 10), date(2026, 12, 8), date(2027, 1, 12))


def test_a_fifth_tuesday_only_in_months_that_have_one() -> None:
    rule = Recurring.monthly("5TU", "10:00", "11:00")
    assert rule_dates(rule, date(2026, 3, 1), date(2026, 6, 30)) == (date(2026, 3, 31), date(2026, 6, 30))


def test_month_days_skip_months_without_that_day_and_minus_one_is_the_last_day() -> None:
    thirty_first = Recurring(freq=Freq.MONTHLY, monthdays=(31,), start=time(9), end=time(10))
    assert rule_dates(thirty_first, date(2026, 1, 1), date(2026, 5, 31)) == (
        date(2026, 1, 31), date(2026, 3, 31), date(2026, 5, 31))
    last = Recurring(freq=Freq.MONTHLY, monthdays=(-1,), start=time(9), end=time(10))
    assert rule_dates(last, date(2026, 1, 1), date(2026, 3, 31)) == (
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31))


def test_several_nth_weekdays_in_one_rule() -> None:
    rule = Recurring.monthly("1MO,3MO", "10:00", "11:00")
    assert rule_dates(rule, date(2026, 11, 1), date(2026, 11, 30)) == (date(2026, 11, 2), date(2026, 11, 16))


def test_quarterly_keeps_its_phase_from_the_first_date() -> None:
    rule = Recurring.monthly("2TU", "10:00", "11:00", interval=3, starts_on=date(2026, 1, 1))
    assert rule_dates(rule, date(2026, 2, 1), date(2026, 12, 31)) == (
        date(2026, 4, 14), date(2026, 7, 14), date(2026, 10, 13))


# -- weekly rules, first and last dates ----------------------------------------------------------------------------


def test_fortnightly_keeps_its_phase_months_later() -> None:
    rule = Recurring.weekly("TU", "10:00", "11:00", interval=2, starts_on=date(2026, 1, 6))
    assert rule_dates(rule, date(2026, 1, 1), date(2026, 1, 31)) == (date(2026, 1, 6), date(2026, 1, 20))
    # 6 Jan + 44 weeks = 10 Nov; the off weeks (3 and 17 Nov) have no session.
    assert rule_dates(rule, date(2026, 11, 1), date(2026, 11, 30)) == (date(2026, 11, 10), date(2026, 11, 24))


def test_starts_on_and_until_are_inclusive_and_nothing_comes_before_the_first_date() -> None:
    rule = Recurring.weekly("MO,WE,FR", "10:00", "11:00", starts_on=date(2026, 11, 4), until=date(2026, 11, 13))
    assert rule_dates(rule, date(2026, 11, 1), date(2026, 11, 30)) == (
        date(2026, 11, 4), date(2026, 11, 6), date(2026, 11, 9), date(2026, 11, 11), date(2026, 11, 13))


def _oracle(rule: Recurring, first: date, last: date) -> list[date]:
    """Plain dateutil from the rule's own first date: slow, but nothing memoised or fast-forwarded."""
    start = rule.starts_on or date(2020, 1, 1)
    r = rrule(WEEKLY if rule.freq is Freq.WEEKLY else MONTHLY, dtstart=datetime.combine(start, time()),
              interval=rule.interval, wkst=MO, byweekday=[weekday(d.weekday, d.nth) for d in rule.days] or None,
              bymonthday=list(rule.monthdays) or None,
              until=datetime.combine(rule.until, time()) if rule.until else None)
    return [d.date() for d in r.between(datetime.combine(first, time()), datetime.combine(last, time()), inc=True)]


def test_rule_dates_match_plain_rrule_for_many_random_rules_and_windows() -> None:
    rng = random.Random(20261125)
    codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    for _ in range(400):
        starts_on = date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))
        until = starts_on + timedelta(days=rng.randint(0, 700)) if rng.random() < 0.4 else None
        interval = rng.choice((1, 1, 2, 3, 4))
        if rng.random() < 0.5:
            rule = Recurring.weekly(",".join(rng.sample(codes, rng.randint(1, 3))), "10:00", "11:00",
                                    interval=interval, starts_on=starts_on, until=until)
        elif rng.random() < 0.7:
            nths = rng.sample(["1", "2", "3", "4", "-1", "-2", "5"], rng.randint(1, 2))
            rule = Recurring.monthly(",".join(n + rng.choice(codes) for n in nths), "10:00", "11:00",
                                     interval=interval, starts_on=starts_on, until=until)
        else:
            rule = Recurring(freq=Freq.MONTHLY, monthdays=tuple(rng.sample([1, 15, 29, 30, 31, -1], 2)),
                             start=time(10), end=time(11), interval=interval, starts_on=starts_on, until=until)
        first = date(2024, 1, 1) + timedelta(days=rng.randint(0, 1200))
        last = first + timedelta(days=rng.randint(0, 75))
        assert list(rule_dates(rule, first, last)) == _oracle(rule, first, last), (rule, first, last)


# -- sessions: one-offs, exceptions, cancellations, past midnight --------------------------------------------------


def test_exceptions_leave_a_session_out_and_cancellations_keep_it_marked() -> None:
    sessions = Sessions((Recurring.weekly("TH", "14:00", "16:00"),),
                        exceptions=frozenset({date(2026, 12, 24)}),
                        cancellations=(Cancellation(date(2026, 12, 10), "Room flooded"),))
    got = occurrences(_listing(sessions), _utc(2026, 12, 1), _utc(2027, 1, 1), LONDON)
    assert [(o.start.day, o.cancelled, o.reason) for o in got] == [
        (3, False, ""), (10, True, "Room flooded"), (17, False, ""), (31, False, "")]


def test_a_cancellation_with_a_start_time_cancels_only_that_session() -> None:
    sessions = Sessions((Recurring.weekly("TU", "10:00", "13:00"), Recurring.monthly("2TU", "17:00", "19:00")),
                        cancellations=(Cancellation(date(2026, 12, 8), "Adviser off sick", time(17)),))
    got = occurrences(_listing(sessions), _utc(2026, 12, 8), _utc(2026, 12, 9), LONDON)
    assert [(o.start.hour, o.cancelled, o.reason) for o in got] == [(10, False, ""), (17, True, "Adviser off sick")]


def test_one_offs_and_recurring_sessions_come_out_in_time_order() -> None:
    sessions = Sessions((Recurring.weekly("SA", "14:00", "15:00"), OneOff.at(date(2026, 11, 28), "10:00", "13:00"),
                         OneOff.at(date(2027, 3, 1), "10:00", "11:00")))
    got = _starts(sessions, _utc(2026, 11, 28), _utc(2026, 11, 29))
    assert _local(got) == [(date(2026, 11, 28), time(10)), (date(2026, 11, 28), time(14))]


def test_a_session_past_midnight_overlaps_a_window_that_starts_the_next_day() -> None:
    late = Sessions((Recurring.weekly("FR", "21:00", "01:00"),))
    got = occurrences(_listing(late), _utc(2026, 11, 28, 0, 30), _utc(2026, 11, 28, 12), LONDON)
    assert [(o.start.date(), o.end.date(), o.end.time()) for o in got] == [
        (date(2026, 11, 27), date(2026, 11, 28), time(1))]
    assert occurrences(_listing(late), _utc(2026, 11, 28, 1), _utc(2026, 11, 28, 12), LONDON) == []


def test_the_window_end_is_exclusive_and_the_start_takes_sessions_still_running() -> None:
    s = Sessions((Recurring.weekly("WE", "10:00", "12:00"),))
    assert _starts(s, _utc(2026, 11, 25, 11), _utc(2026, 11, 25, 12)) != []  # running at the start
    assert _starts(s, _utc(2026, 11, 25, 12), _utc(2026, 11, 26)) == []  # finished exactly at the start
    assert _starts(s, _utc(2026, 11, 25, 8), _utc(2026, 11, 25, 10)) == []  # starts exactly at the end


def test_valid_from_and_valid_to_bound_the_occurrences() -> None:
    listing = Listing(id=uuid.uuid4(), kind=Kind.ACTIVITY, title="Pop-up", category="Test", place=Place("Hub"),
                      schedule=Sessions((Recurring.weekly("MO", "10:00", "11:00"),)),
                      valid_from=date(2026, 11, 9), valid_to=date(2026, 11, 23))
    got = occurrences(listing, _utc(2026, 11, 1), _utc(2026, 12, 31), LONDON)
    assert [o.start.day for o in got] == [9, 16, 23]


def test_occurrences_use_the_zone_given() -> None:
    s = Sessions((OneOff.at(date(2026, 11, 25), "10:00", "11:00"),))
    got = occurrences(_listing(s), _utc(2026, 11, 24), _utc(2026, 11, 27), "America/New_York")
    assert got[0].start.astimezone(UTC) == _utc(2026, 11, 25, 15)


def test_occurrences_refuse_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        occurrences(_listing(Sessions((Recurring.weekly("MO", "10:00", "11:00"),))),
                    datetime(2026, 11, 1), _utc(2026, 11, 8), LONDON)


# -- opening hours ---------------------------------------------------------------------------------------------


def test_several_ranges_a_day_and_closures() -> None:
    hours = OpeningHours.of({"MO,TU,WE,TH,FR": [("13:30", "17:00"), ("09:00", "12:30")]},
                            closures=[date(2026, 11, 27)])
    got = occurrences(_listing(hours), _utc(2026, 11, 26), _utc(2026, 11, 28), LONDON)
    assert [(o.start.day, o.start.time(), o.end.time()) for o in got] == [
        (26, time(9), time(12, 30)), (26, time(13, 30), time(17))]  # Friday the 27th is closed


def test_midnight_to_midnight_is_open_all_day() -> None:
    hours = OpeningHours.of({"SU": [("00:00", "00:00")]})
    got = occurrences(_listing(hours), _utc(2026, 11, 29), _utc(2026, 11, 30), LONDON)
    assert [(o.start, o.end) for o in got] == [
        (datetime(2026, 11, 29, tzinfo=LONDON), datetime(2026, 11, 30, tzinfo=LONDON))]


def test_opening_hours_of_accepts_codes_and_sorts_ranges() -> None:
    hours = OpeningHours.of({"mo": [("13:00", "17:00"), ("09:00", "12:00")], "SA": [(time(10), time(16))]})
    assert hours.week[0] == ((time(9), time(12)), (time(13), time(17)))
    assert hours.week[5] == ((time(10), time(16)),)
    assert hours.week[1:5] == ((), (), (), ()) and hours.week[6] == ()


# -- day rules, times and validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "rule"), [
    ("TU", DayRule(1)), ("2TU", DayRule(1, 2)), ("+2tu", DayRule(1, 2)), ("-1FR", DayRule(4, -1)),
    (" su ", DayRule(6)), ("5MO", DayRule(0, 5)),
])
def test_day_rules_parse_ical_byday(text: str, rule: DayRule) -> None:
    assert DayRule.parse(text) == rule
    assert DayRule.parse(str(rule)) == rule


def test_parse_days_splits_a_list() -> None:
    assert parse_days("MO, WE,FR") == (DayRule(0), DayRule(2), DayRule(4))
    assert str(parse_days(["-1FR"])[0]) == "-1FR"


@pytest.mark.parametrize("text", ["", "XX", "0TU", "6TU", "TUE", "2", "-6FR", "1.5TU"])
def test_bad_day_rules_are_refused(text: str) -> None:
    with pytest.raises(ListingError) as e:
        DayRule.parse(text)
    assert e.value.field == "schedule.days"


@pytest.mark.parametrize(("text", "value"), [("9:30", time(9, 30)), ("09:30", time(9, 30)),
                                             ("23:59:59", time(23, 59, 59)), (" 00:00 ", time(0))])
def test_parse_time(text: str, value: time) -> None:
    assert parse_time(text) == value


@pytest.mark.parametrize("text", ["24:00", "9.30", "noon", "12:60", "", "1230", "12:00 PM"])
def test_parse_time_refuses_what_is_not_a_time_and_names_the_field(text: str) -> None:
    with pytest.raises(ListingError, match=r"^opens_at: ") as e:
        parse_time(text, "opens_at")
    assert e.value.field == "opens_at" and e.value.kind == "listing"


@pytest.mark.parametrize(("build", "field", "words"), [
    (lambda: Recurring.weekly("2TU", "10:00", "11:00"), "schedule.days", "monthly"),
    (lambda: Recurring.weekly([], "10:00", "11:00"), "schedule.days", "at least one weekday"),
    (lambda: Recurring.monthly([], "10:00", "11:00"), "schedule.days", "either weekdays"),
    (lambda: Recurring(freq=Freq.MONTHLY, days=(DayRule(1, 2),), monthdays=(3,), start=time(9), end=time(10)),
     "schedule.days", "either weekdays"),
    (lambda: Recurring.weekly("TU,TU", "10:00", "11:00"), "schedule.days", "twice"),
    (lambda: Recurring(freq=Freq.MONTHLY, monthdays=(32,), start=time(9), end=time(10)), "schedule.monthdays",
     "day of the month"),
    (lambda: Recurring.weekly("TU", "10:00", "10:00"), "schedule.end", "cannot end when it starts"),
    (lambda: Recurring.weekly("TU", "10:00", "11:00", interval=0), "schedule.interval", "1 to 52"),
    (lambda: Recurring.weekly("TU", "10:00", "11:00", interval=2), "schedule.starts_on", "first date"),
    (lambda: Recurring.weekly("TU", "10:00", "11:00", starts_on=date(2026, 5, 1), until=date(2026, 4, 1)),
     "schedule.until", "before the first date"),
    (lambda: Recurring.weekly("TU", time(10, tzinfo=UTC), "11:00"), "schedule.start", "without a time zone"),
    (lambda: Recurring(freq="daily", days=(DayRule(1),), start=time(9), end=time(10)),  # type: ignore[arg-type]
     "schedule.freq", "weekly or monthly"),
    (lambda: OneOff.at(datetime(2026, 1, 1), "10:00", "11:00"), "schedule.on", "date"),
    (lambda: Sessions(()), "schedule.rules", "at least one"),
    (lambda: Sessions((OneOff.at(date(2026, 1, 1), "10:00", "11:00"),),
                      cancellations=(Cancellation(date(2026, 1, 1)), Cancellation(date(2026, 1, 1), "again"))),
     "schedule.cancellations", "twice"),
    (lambda: Sessions((OneOff.at(date(2026, 1, 1), "10:00", "11:00"),), exceptions=frozenset({date(2026, 1, 1)}),
                      cancellations=(Cancellation(date(2026, 1, 1)),)), "schedule.exceptions", "choose one"),
    (lambda: OpeningHours.of({"MO": [("09:00", "13:00"), ("12:00", "17:00")]}), "schedule.week.MO", "overlap"),
    (lambda: OpeningHours.of({"SA": [("22:00", "02:00"), ("23:30", "03:00")]}), "schedule.week.SA", "overlap"),
    (lambda: OpeningHours(((),) * 6), "schedule.week", "seven weekdays"),
    (lambda: OpeningHours.of({"MO": [("09:00", "25:00")]}), "schedule.week.MO", "time of day"),
])
def test_invalid_schedules_name_the_field_and_the_problem(build: Callable[[], object], field: str, words: str) -> None:
    with pytest.raises(ListingError, match=words) as e:
        build()
    assert e.value.field == field
    assert str(e.value).startswith(f"{field}: ")


def test_back_to_back_ranges_are_not_an_overlap() -> None:
    hours = OpeningHours.of({"MO": [("09:00", "12:00"), ("12:00", "17:00")]})
    assert len(hours.week[0]) == 2


def test_an_early_morning_range_is_not_an_overlap_with_last_nights_late_one() -> None:
    # Saturday 01:00–03:00 is Saturday morning; Saturday 22:00–02:00 runs into Sunday: both are fine.
    hours = OpeningHours.of({"SA": [("22:00", "02:00"), ("01:00", "03:00")]})
    got = occurrences(_listing(hours), _utc(2026, 11, 28), _utc(2026, 11, 29, 12), LONDON)
    assert [(o.start.day, o.start.hour, o.end.day, o.end.hour) for o in got] == [(28, 1, 28, 3), (28, 22, 29, 2)]


def test_the_memos_keep_only_the_day_they_were_filled_on() -> None:
    """A kiosk runs for months: the memos are keyed by dates, and a new day empties them (kept, the days gone by
    would fill each up to its size, ≈ 15 MB in all)."""
    from kiosk.whatson.rules import schedules

    tz = ZoneInfo("Europe/London")
    rule = Recurring.weekly("MO,WE,FR", "10:00", "11:30")
    sessions = Sessions(rules=(rule,))
    listing = uuid.uuid4()
    day = date(2026, 11, 23)
    schedules.new_day(day)
    schedules.session_occurrences(listing, sessions, day, day + timedelta(days=7), tz)
    filled = schedules.span.cache_info().currsize
    assert filled > 0 and schedules._dates_between.cache_info().currsize > 0
    schedules.new_day(day)  # the same day again: kept
    assert schedules.span.cache_info().currsize == filled
    schedules.new_day(day + timedelta(days=1))  # the next: emptied, and filled again for the new day's window
    assert [m.cache_info().currsize for m in (schedules.at, schedules.span, schedules._month_dates,
                                              schedules._dates_between)] == [0, 0, 0, 0]
    found = schedules.session_occurrences(listing, sessions, day + timedelta(days=1), day + timedelta(days=8), tz)
    assert len(found) == 3 and schedules.span.cache_info().currsize == 3
