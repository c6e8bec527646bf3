"""The staff pulse's pure rules: the anonymous record, when to ask, Wilson intervals, the monthly table."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk.core.clock import ManualClock
from kiosk.staff.pulse.rules import PulseAnswer, PulseError, PulseRecord, is_due, monthly, quiet_until, wilson

GAP = timedelta(minutes=240)
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def test_a_record_is_site_date_and_answer_in_the_sites_calendar() -> None:
    late = ManualClock(datetime(2026, 11, 25, 23, 30, tzinfo=UTC))  # already the 26th in Auckland
    record = PulseRecord.new(PulseAnswer.NOT_SURE, site="harbour", clock=late, timezone="Pacific/Auckland")
    assert record.fields() == {"id": record.id, "site": "harbour", "local_date": date(2026, 11, 26),
                               "answer": "not_sure"}
    assert PulseRecord.new(PulseAnswer.YES, site="harbour", clock=late, timezone="Europe/London").local_date == \
        date(2026, 11, 25)


def test_asked_when_there_is_no_quiet_time_or_it_is_over() -> None:
    assert is_due(NOW, None, GAP)
    until = quiet_until(NOW, GAP)
    assert until == NOW + GAP
    assert not is_due(NOW, until, GAP)
    assert not is_due(NOW + GAP - timedelta(seconds=1), until, GAP)
    assert is_due(NOW + GAP, until, GAP)


def test_a_quiet_time_more_than_two_gaps_ahead_is_a_clock_set_back_and_ignored() -> None:
    until = quiet_until(NOW, GAP)
    assert not is_due(NOW - timedelta(minutes=10), until, GAP)  # a clock corrected a little: still quiet
    assert not is_due(NOW - GAP, until, GAP)
    assert is_due(NOW - GAP - timedelta(seconds=1), until, GAP)  # set back by more than a gap: ask again
    assert is_due(NOW - timedelta(days=3), until, GAP)


@pytest.mark.parametrize(("yes", "n", "low", "high"), [
    (8, 10, 0.490, 0.943),  # the issue's own check
    (0, 10, 0.000, 0.278),
    (10, 10, 0.722, 1.000),
    (50, 100, 0.404, 0.596),
    (1, 1, 0.207, 1.000),
])
def test_wilson_score_intervals_match_known_values(yes: int, n: int, low: float, high: float) -> None:
    got = wilson(yes, n)
    assert (round(got[0], 3), round(got[1], 3)) == (low, high)


def test_wilson_refuses_impossible_proportions() -> None:
    for yes, n in ((1, 0), (-1, 5), (6, 5)):
        with pytest.raises(ValueError, match="successes"):
            wilson(yes, n)


def _answers(site: str, day: date, yes: int, not_sure: int = 0, no: int = 0) -> list[tuple[str, date, str]]:
    return [(site, day, "yes")] * yes + [(site, day, "not_sure")] * not_sure + [(site, day, "no")] * no


def test_months_with_enough_answers_show_counts_rate_and_interval() -> None:
    rows = monthly(_answers("north", date(2026, 11, 3), 8, 1, 1))
    [row] = rows
    assert (row.site, row.month, row.answers, row.yes, row.not_sure, row.no, row.suppressed, row.note) == (
        "north", "2026-11", 10, 8, 1, 1, False, "")
    assert row.rate == 0.8
    assert row.ci_low is not None and row.ci_high is not None
    assert (round(row.ci_low, 3), round(row.ci_high, 3)) == (0.490, 0.943)


def test_months_below_the_minimum_show_no_rate_and_no_counts() -> None:
    [row] = monthly(_answers("north", date(2026, 11, 3), 9))
    assert row.suppressed and row.note == "fewer than 10 answers"
    assert (row.answers, row.yes, row.not_sure, row.no, row.rate, row.ci_low, row.ci_high) == (None,) * 7


def test_the_table_is_by_site_and_month_of_the_sites_dates_only() -> None:
    answers = [*_answers("south", date(2026, 10, 31), 12, no=3), *_answers("north", date(2026, 11, 1), 4),
               *_answers("south", date(2026, 11, 1), 2), *_answers("north", date(2026, 10, 1), 10)]
    rows = monthly(answers)
    assert [(r.site, r.month, r.answers, r.suppressed) for r in rows] == [
        ("north", "2026-10", 10, False), ("north", "2026-11", None, True),
        ("south", "2026-10", 15, False), ("south", "2026-11", None, True)]
    assert {f.name for f in rows[0].__dataclass_fields__.values()} >= {"site", "month"}
    assert not any(hasattr(r, "day") or hasattr(r, "kiosk") for r in rows)


def test_the_minimum_count_is_the_callers_and_must_be_sensible() -> None:
    answers = _answers("north", date(2026, 11, 3), 3, 1, 1)
    assert not monthly(answers, min_count=5)[0].suppressed
    [row] = monthly(answers, min_count=6)
    assert row.suppressed and row.note == "fewer than 6 answers"
    for bad in (0, -1, True, 2.5):
        with pytest.raises(PulseError, match="minimum count"):
            monthly(answers, min_count=bad)  # type: ignore[arg-type]


def test_an_unknown_answer_is_named_in_a_clear_message() -> None:
    with pytest.raises(PulseError, match="'maybe' is not a staff pulse answer"):
        monthly([("north", date(2026, 11, 3), "maybe")])


def test_no_answers_make_an_empty_table() -> None:
    assert monthly([]) == []
