"""The check-in rules: answers, the record's site-local date, the repeat guard, the answer set."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, Followup, RepeatGuard, parse_answers
from kiosk.core.clock import ManualClock


@pytest.mark.parametrize(("answer", "asks"),
                         [(Answer.YES, True), (Answer.NOT_SURE, True), (Answer.NO, False)])
def test_only_no_skips_the_followup_question(answer: Answer, asks: bool) -> None:
    assert answer.asks_followup is asks


def _checkin_at(moment: datetime, timezone: str) -> CheckIn:
    return CheckIn.new(answer=Answer.YES, site="riverside", kiosk="kiosk-1", language="en",
                       clock=ManualClock(moment), timezone=timezone)


def test_new_checkin_takes_its_time_and_fields_from_the_injected_clock(clock: ManualClock) -> None:
    c = CheckIn.new(answer=Answer.NOT_SURE, site="riverside", kiosk="kiosk-2", language="gd", clock=clock,
                    timezone="Europe/London")
    assert c.answered_at == datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    offset = c.answered_at.utcoffset()
    assert offset is not None and offset.total_seconds() == 0
    assert c.local_date == date(2026, 11, 25)
    assert (c.site, c.kiosk, c.language, c.answer) == ("riverside", "kiosk-2", "gd", Answer.NOT_SURE)
    assert c.id.version == 4

    clock.advance(3600)
    later = CheckIn.new(answer=Answer.NO, site="riverside", kiosk="kiosk-2", language="gd", clock=clock,
                        timezone="Europe/London")
    assert later.answered_at == datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
    assert later.id != c.id


@pytest.mark.parametrize(
    ("moment", "timezone", "expected"),
    [
        # Summer: London is on BST (UTC+1), so 23:30 UTC is already tomorrow at the site.
        (datetime(2026, 6, 30, 23, 30, tzinfo=UTC), "Europe/London", date(2026, 7, 1)),
        (datetime(2026, 6, 30, 22, 59, tzinfo=UTC), "Europe/London", date(2026, 6, 30)),
        # Winter: London is on GMT (UTC+0), so 23:30 UTC is still the same day.
        (datetime(2026, 12, 31, 23, 30, tzinfo=UTC), "Europe/London", date(2026, 12, 31)),
        (datetime(2027, 1, 1, 0, 30, tzinfo=UTC), "Europe/London", date(2027, 1, 1)),
        # West of UTC the site is still on yesterday.
        (datetime(2026, 1, 15, 3, 0, tzinfo=UTC), "America/Los_Angeles", date(2026, 1, 14)),
    ],
)
def test_new_checkin_gets_the_calendar_date_at_the_site(moment: datetime, timezone: str,
                                                         expected: date) -> None:
    c = _checkin_at(moment, timezone)
    assert c.local_date == expected
    assert c.answered_at == moment  # the stored moment stays the UTC instant


def test_checkin_is_immutable(clock: ManualClock) -> None:
    c = _checkin_at(clock.now(), "Europe/London")
    with pytest.raises(AttributeError):
        c.answer = Answer.NO  # type: ignore[misc]


def test_followup_points_at_its_checkin_and_uses_the_clock(clock: ManualClock) -> None:
    c = _checkin_at(clock.now(), "Europe/London")
    clock.advance(20)
    f = CheckInFollowup.new(checkin=c, followup=Followup.STAFF, clock=clock)
    assert f.checkin_id == c.id and f.id != c.id
    assert (f.site, f.kiosk, f.followup) == (c.site, c.kiosk, Followup.STAFF)
    assert f.answered_at == datetime(2026, 11, 25, 10, 0, 20, tzinfo=UTC)


def test_repeat_guard_allows_the_first_answer(clock: ManualClock) -> None:
    guard = RepeatGuard(clock, 4)
    assert guard.allows()
    assert guard.allows()  # asking does not record


def test_repeat_guard_blocks_answers_within_its_window_then_allows(clock: ManualClock) -> None:
    guard = RepeatGuard(clock, 4)
    guard.recorded()
    assert not guard.allows()
    clock.advance(1)
    assert not guard.allows()
    clock.advance(2.5)
    assert not guard.allows()
    clock.advance(0.5)  # exactly 4 s after the recorded answer
    assert guard.allows()
    clock.advance(100)
    assert guard.allows()


def test_repeat_guard_window_restarts_at_each_recorded_answer(clock: ManualClock) -> None:
    guard = RepeatGuard(clock, 4)
    guard.recorded()
    clock.advance(5)
    assert guard.allows()
    guard.recorded()
    clock.advance(3)
    assert not guard.allows()


def test_repeat_guard_uses_monotonic_time_not_the_wall_clock() -> None:
    class WallJumps:
        """The wall clock jumps a day ahead (an NTP fix); monotonic time does not move."""

        def __init__(self) -> None:
            self.wall = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)

        def now(self) -> datetime:
            return self.wall

        def monotonic(self) -> float:
            return 50.0

    clock = WallJumps()
    guard = RepeatGuard(clock, 4)
    guard.recorded()
    clock.wall = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    assert not guard.allows()


def test_repeat_guard_of_zero_seconds_never_blocks(clock: ManualClock) -> None:
    guard = RepeatGuard(clock, 0)
    guard.recorded()
    assert guard.allows()


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["yes", "not_sure", "no"], (Answer.YES, Answer.NOT_SURE, Answer.NO)),
        (["no", "yes"], (Answer.NO, Answer.YES)),
        (["not_sure", "no", "yes"], (Answer.NOT_SURE, Answer.NO, Answer.YES)),
    ],
)
def test_parse_answers_keeps_the_configured_order(values: list[str], expected: tuple[Answer, ...]) -> None:
    parsed = parse_answers(values)
    assert parsed == expected
    assert isinstance(parsed, tuple)
    assert all(type(a) is Answer for a in parsed)


def test_parse_answers_rejects_an_unknown_answer_and_says_what_is_allowed() -> None:
    with pytest.raises(ValueError, match=r"^'maybe' is not an answer; allowed: yes, not_sure, no$"):
        parse_answers(["yes", "maybe"])


def test_parse_answers_rejects_a_duplicate() -> None:
    with pytest.raises(ValueError, match=r"'yes' is listed twice"):
        parse_answers(["yes", "no", "yes"])


@pytest.mark.parametrize("values", [[], ["yes"], ["no"]])
def test_parse_answers_needs_at_least_two(values: list[str]) -> None:
    with pytest.raises(ValueError, match="at least two answers"):
        parse_answers(values)


def test_parse_answers_is_case_sensitive() -> None:
    with pytest.raises(ValueError, match="'Yes' is not an answer"):
        parse_answers(["Yes", "no"])


def test_checkin_ids_are_random_uuids(clock: ManualClock) -> None:
    ids = {_checkin_at(clock.now(), "UTC").id for _ in range(50)}
    assert len(ids) == 50
    assert all(isinstance(i, uuid.UUID) for i in ids)
