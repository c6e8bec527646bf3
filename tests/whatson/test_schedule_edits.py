"""Staff edits to a schedule (kiosk.whatson.rules.schedule_edits): the next dates as the rules give them, in the
site's zone across both daylight-saving weekends; cancelling and undoing one session; a holiday closure for an
activity (cancellations visitors see) and a space (closure dates); extra dates; bad input refused whole."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.whatson.rules.listing_form import NTHS
from kiosk.whatson.rules.schedule_edits import (
    add_one_off,
    cancel_session,
    close_activity,
    close_space,
    closure_runs,
    form_can_show,
    reopen_space,
    rule_start,
    undo_cancel,
    upcoming,
)
from kiosk.whatson.rules.schedules import Cancellation, ListingError, OneOff, OpeningHours, Recurring, Sessions

LONDON = ZoneInfo("Europe/London")
SUNDAYS = Sessions((Recurring.weekly("SU", "10:00", "11:00"),))


def local(o_start: datetime) -> tuple[date, str, str]:
    s = o_start.astimezone(LONDON)
    return s.date(), s.strftime("%H:%M"), s.tzname() or ""


def test_next_sessions_keep_wall_time_over_the_spring_dst_weekend() -> None:
    now = datetime(2026, 3, 20, 12, tzinfo=UTC)  # last Sunday of March 2026 is the 29th
    got = [local(o.start) for o in upcoming(SUNDAYS, now, LONDON, 3)]
    assert got == [(date(2026, 3, 22), "10:00", "GMT"), (date(2026, 3, 29), "10:00", "BST"),
                   (date(2026, 4, 5), "10:00", "BST")]
    utc = [o.start.astimezone(UTC).hour for o in upcoming(SUNDAYS, now, LONDON, 2)]
    assert utc == [10, 9]


def test_next_sessions_over_the_autumn_dst_weekend_and_a_night_session_in_the_gap() -> None:
    now = datetime(2026, 10, 20, tzinfo=UTC)  # last Sunday of October 2026 is the 25th
    got = [local(o.start) for o in upcoming(SUNDAYS, now, LONDON, 2)]
    assert got == [(date(2026, 10, 25), "10:00", "GMT"), (date(2026, 11, 1), "10:00", "GMT")]
    night = Sessions((Recurring.weekly("SU", "01:30", "02:30"),))
    [spring] = upcoming(night, datetime(2026, 3, 28, tzinfo=UTC), LONDON, 1)
    assert local(spring.start) == (date(2026, 3, 29), "02:30", "BST")
    assert spring.end - spring.start == timedelta(hours=1)
    assert rule_start(night, spring, LONDON) == time(1, 30)  # what cancelling it must name
    cancelled = cancel_session(night, date(2026, 3, 29), rule_start(night, spring, LONDON), "Clocks go forward")
    assert upcoming(cancelled, datetime(2026, 3, 28, tzinfo=UTC), LONDON, 1)[0].reason == "Clocks go forward"
    [autumn] = upcoming(night, datetime(2026, 10, 24, tzinfo=UTC), LONDON, 1)
    assert local(autumn.start) == (date(2026, 10, 25), "01:30", "BST")  # the first of the two 01:30s


def test_sessions_already_over_are_not_offered_and_a_sparse_rule_still_shows() -> None:
    now = datetime(2026, 3, 22, 10, 30, tzinfo=UTC)  # 10:30 GMT on a Sunday: today's 10–11 is still on
    assert local(upcoming(SUNDAYS, now, LONDON, 1)[0].start)[0] == date(2026, 3, 22)
    later = datetime(2026, 3, 22, 11, 0, tzinfo=UTC)
    assert local(upcoming(SUNDAYS, later, LONDON, 1)[0].start)[0] == date(2026, 3, 29)
    yearly = Sessions((OneOff.at(date(2027, 6, 1), "10:00", "11:00"),))
    assert len(upcoming(yearly, now, LONDON, 12)) == 1


def test_cancel_one_session_with_a_reason_and_undo_it() -> None:
    two = Sessions((Recurring.weekly("TU", "10:00", "11:00"), Recurring.weekly("TU", "14:00", "15:00")))
    now = datetime(2026, 12, 1, tzinfo=UTC)
    cancelled = cancel_session(two, date(2026, 12, 8), time(14), "Leader unwell 🤒 — مرحبا <b>sorry</b>")
    rows = [(local(o.start)[:2], o.cancelled, o.reason) for o in upcoming(cancelled, now, LONDON, 4)]
    assert rows == [((date(2026, 12, 1), "10:00"), False, ""), ((date(2026, 12, 1), "14:00"), False, ""),
                    ((date(2026, 12, 8), "10:00"), False, ""),
                    ((date(2026, 12, 8), "14:00"), True, "Leader unwell 🤒 — مرحبا <b>sorry</b>")]
    again = cancel_session(cancelled, date(2026, 12, 8), time(14), "New reason")
    assert [c.reason for c in again.cancellations] == ["New reason"]
    assert undo_cancel(again, date(2026, 12, 8), time(14)) == two


def test_bad_cancellations_are_refused_and_change_nothing() -> None:
    with pytest.raises(ListingError) as e:
        cancel_session(SUNDAYS, date(2026, 12, 6), time(10), "x" * 201)
    assert (e.value.code, e.value.params["length"], e.value.params["limit"]) == ("too_long", 201, 200)
    assert cancel_session(SUNDAYS, date(2026, 12, 6), time(10), "x" * 200).cancellations[0].reason == "x" * 200
    with pytest.raises(ListingError) as e:
        cancel_session(SUNDAYS, date(2026, 12, 7), time(10), "Monday has no session")
    assert e.value.code == "no_session_then"
    assert SUNDAYS.cancellations == ()


def test_a_holiday_closure_cancels_every_session_in_the_range_visibly() -> None:
    weekly = Sessions((Recurring.weekly("MO,WE", "10:00", "12:00"),),
                      cancellations=(Cancellation(date(2026, 12, 28), "Old reason", time(10)),))
    closed = close_activity(weekly, date(2026, 12, 24), date(2027, 1, 2), "Closed for the holidays")
    now = datetime(2026, 12, 21, tzinfo=UTC)
    rows = [(local(o.start)[0], o.cancelled, o.reason) for o in upcoming(closed, now, LONDON, 6)]
    holiday = "Closed for the holidays"
    assert rows == [(date(2026, 12, 21), False, ""), (date(2026, 12, 23), False, ""),
                    (date(2026, 12, 28), True, holiday), (date(2026, 12, 30), True, holiday),
                    (date(2027, 1, 4), False, ""), (date(2027, 1, 6), False, "")]
    assert len(closed.cancellations) == 2  # one per day with a session; the old one-session cancel replaced
    assert undo_cancel(closed, date(2026, 12, 28), time(10)).cancellations == (closed.cancellations[1],)


def test_a_closure_that_ends_before_it_starts_or_has_no_sessions_is_refused() -> None:
    for first, last, code in ((date(2027, 1, 2), date(2026, 12, 24), "closure_ends_before_start"),
                              (date(2026, 12, 1), date(2028, 1, 1), "closure_too_long"),
                              (None, None, "required"),
                              (date(2026, 12, 7), date(2026, 12, 12), "no_sessions_to_close")):
        with pytest.raises(ListingError) as e:
            close_activity(SUNDAYS, first, last, "")
        assert e.value.code == code
    with pytest.raises(ListingError) as e:
        close_space(OpeningHours.of({"MO": [("09:00", "17:00")]}), date(2027, 1, 2), date(2026, 12, 24))
    assert e.value.code == "closure_ends_before_start"


def test_a_space_closure_and_reopening() -> None:
    hours = OpeningHours.of({"MO,TU,WE,TH,FR": [("09:00", "17:00")]})
    closed = close_space(hours, date(2026, 12, 24), date(2027, 1, 2))
    assert closure_runs(closed.closures) == [(date(2026, 12, 24), date(2027, 1, 2))]
    one_day = close_space(closed, date(2027, 2, 9), None)
    assert closure_runs(one_day.closures)[-1] == (date(2027, 2, 9), date(2027, 2, 9))
    assert reopen_space(one_day, date(2026, 12, 24), date(2027, 1, 2)).closures == {date(2027, 2, 9)}


def test_extra_dates_join_a_repeating_activity() -> None:
    monthly = Sessions((Recurring.monthly("-1FR", "19:00", "21:00"),))
    more = add_one_off(monthly, date(2026, 12, 19), time(10), time(12))
    now = datetime(2026, 12, 1, tzinfo=UTC)
    assert [local(o.start)[:2] for o in upcoming(more, now, LONDON, 3)] == [
        (date(2026, 12, 19), "10:00"), (date(2026, 12, 25), "19:00"), (date(2027, 1, 29), "19:00")]
    with pytest.raises(ListingError) as e:
        add_one_off(more, date(2026, 12, 25), time(19), time(20))
    assert e.value.code == "session_exists"
    with pytest.raises(ListingError) as e:
        add_one_off(monthly, date(2026, 12, 19), time(12), time(12))
    assert e.value.code == "ends_when_it_starts"


def test_which_rules_the_form_shows_whole() -> None:
    assert form_can_show(Recurring.weekly("TU", "10:00", "11:00", interval=2, starts_on=date(2026, 1, 6)), NTHS)
    assert form_can_show(Recurring.monthly("2TU", "10:00", "11:00"), NTHS)
    assert not form_can_show(Recurring.monthly("1TU,3TU", "10:00", "11:00"), NTHS)
    assert form_can_show(OneOff.at(date(2026, 1, 6), "10:00", "11:00"), NTHS)

