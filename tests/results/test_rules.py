"""The results' pure rules: Wilson intervals, comparison, periods, suppression, the control chart, the summary."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from kiosk.core.answers import Answer, Followup, question_version
from kiosk.results.rules.control import BASELINE, Method, Signal, Week, control_chart
from kiosk.results.rules.measure import Change, Measure, compare, wilson
from kiosk.results.rules.periods import Grain, Period, period_of, periods_between
from kiosk.results.rules.summary import ALL_SITES, summary
from kiosk.results.rules.suppression import TOTAL, Reason, suppress_line, suppress_table
from kiosk.results.rules.tally import ResultsQuery, ResultsQueryError, Tally


@pytest.mark.parametrize(("k", "n", "low", "high"), [
    (8, 10, 0.490, 0.943),  # the reference values
    (0, 10, 0.000, 0.278),
    (10, 10, 0.722, 1.000),
    (50, 100, 0.404, 0.596),
    (1, 1, 0.207, 1.000),
])
def test_wilson_score_interval_matches_known_values(k: int, n: int, low: float, high: float) -> None:
    share = wilson(k, n)
    assert share.value == pytest.approx(k / n)
    assert share.low == pytest.approx(low, abs=0.0005)
    assert share.high == pytest.approx(high, abs=0.0005)


@pytest.mark.parametrize(("k", "n"), [(0, 0), (3, 2), (-1, 5)])
def test_wilson_refuses_impossible_counts(k: int, n: int) -> None:
    with pytest.raises(ValueError, match="count"):
        wilson(k, n)


def tally(day: date, answer: Answer = Answer.YES, count: int = 1, *, site: str = "a", hour: int = 10,
          followup: Followup | None = None, question: str = "kindness-1") -> Tally:
    return Tally(site, question, day, hour, answer, followup, count)


def test_measure_counts_answers_shares_and_followups() -> None:
    d = date(2026, 11, 2)
    m = Measure.of([tally(d, Answer.YES, 6, followup=Followup.STAFF), tally(d, Answer.YES, 2),
                    tally(d, Answer.NOT_SURE, 1, followup=Followup.VISITOR), tally(d, Answer.NO, 1)])
    assert (m.answers, m.yes, m.not_sure, m.no) == (10, 8, 1, 1)
    assert m.kindness is not None and m.kindness.percent == 80
    assert m.no_share is not None and m.no_share.count == 1
    assert m.followed_up == 7
    staff = m.followup_share(Followup.STAFF)
    assert staff is not None and staff.count == 6 and staff.of == 7
    assert Measure.empty().kindness is None and Measure.empty().followup_share(Followup.STAFF) is None


def test_compare_says_about_the_same_unless_intervals_part() -> None:
    assert compare(wilson(8, 10), wilson(6, 10)) is Change.ABOUT_THE_SAME  # 80% vs 60%: noise at n=10
    assert compare(wilson(800, 1000), wilson(600, 1000)) is Change.HIGHER
    assert compare(wilson(600, 1000), wilson(800, 1000)) is Change.LOWER
    assert compare(None, wilson(1, 2)) is Change.UNKNOWN


def test_periods_are_iso_weeks_and_calendar_months() -> None:
    assert period_of(date(2026, 1, 1), Grain.WEEK) == Period(date(2025, 12, 29), date(2026, 1, 4))
    assert period_of(date(2026, 2, 14), Grain.MONTH) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert period_of(date(2028, 2, 14), Grain.MONTH).end == date(2028, 2, 29)
    assert period_of(date(2026, 12, 31), Grain.MONTH) == Period(date(2026, 12, 1), date(2026, 12, 31))
    weeks = periods_between(date(2026, 11, 1), date(2026, 11, 30), Grain.WEEK)
    assert weeks[0].start == date(2026, 10, 26) and weeks[-1].end == date(2026, 12, 6) and len(weeks) == 6


def test_a_query_refuses_reversed_dates_and_periods_over_ten_years() -> None:
    with pytest.raises(ResultsQueryError, match="swap") as e:
        ResultsQuery(date(2026, 2, 1), date(2026, 1, 1))
    assert e.value.code == "results.dates_reversed"
    with pytest.raises(ResultsQueryError, match="10 years"):
        ResultsQuery(date(2010, 1, 1), date(2026, 1, 1))
    ResultsQuery(date(2016, 1, 1), date(2025, 12, 31))  # just under ten years is fine


def test_primary_suppression_hides_small_figures_but_shows_zero() -> None:
    assert suppress_line({"a": 4, "b": 0, "c": 30, "d": 40}, 10) == {"a": Reason.SMALL, "c": Reason.SECONDARY}


def test_secondary_suppression_hides_the_next_smallest_sibling() -> None:
    # Total 77 is shown: with only "a" hidden, 77 - 30 - 40 = 7 would give it away.
    hidden = suppress_line({"a": 7, "b": 30, "c": 40}, 10)
    assert hidden == {"a": Reason.SMALL, "b": Reason.SECONDARY}
    # Two small siblings already protect each other.
    assert suppress_line({"a": 7, "b": 3, "c": 40}, 10) == {"a": Reason.SMALL, "b": Reason.SMALL}
    # Nothing small, nothing hidden; a small total hides its siblings only by their own size.
    assert suppress_line({"a": 12, "b": 30}, 10) == {}
    assert suppress_line({"a": 2, "b": 3}, 10) == {"a": Reason.SMALL, "b": Reason.SMALL}


def test_table_suppression_closes_rows_and_columns_including_margins() -> None:
    counts = {("x", 1): 5, ("x", 2): 50, ("y", 1): 40, ("y", 2): 60}
    hidden = suppress_table(counts, 10)
    assert hidden[("x", 1)] is Reason.SMALL
    # Row x: 55 total shown → (x,2) hidden; column 1: total 45 shown → (y,1) hidden; then row y and
    # column 2 each have one hidden cell → (y,2) hidden too. No hidden figure can be solved for.
    assert {("x", 2), ("y", 1), ("y", 2)} <= set(hidden)
    for line in ([("x", 1), ("x", 2)], [("y", 1), ("y", 2)], [("x", 1), ("y", 1)], [("x", 2), ("y", 2)]):
        assert sum(k in hidden for k in line) != 1
    assert (TOTAL, TOTAL) not in hidden


def _weeks(rates: list[float], n: int = 100, start: date = date(2026, 1, 5)) -> list[Week]:
    out = []
    for i, r in enumerate(rates):
        monday = start + timedelta(weeks=i)
        out.append(Week(Period(monday, monday + timedelta(days=6)), round(r * n), n))
    return out


STEADY = [0.80, 0.82, 0.78, 0.81, 0.79, 0.80, 0.83, 0.77, 0.80, 0.81, 0.79, 0.80]


def test_xmr_limits_are_mean_plus_minus_2_66_mean_moving_range() -> None:
    chart = control_chart(_weeks(STEADY), Method.XMR)
    rates = [round(r * 100) / 100 for r in STEADY]
    mean = sum(rates) / len(rates)
    mr = sum(abs(b - a) for a, b in itertools.pairwise(rates)) / (len(rates) - 1)
    assert chart.centre == pytest.approx(mean)
    assert chart.points[0].upper == pytest.approx(mean + 2.66 * mr)
    assert chart.points[0].lower == pytest.approx(mean - 2.66 * mr)
    assert not chart.trial and chart.signals == []


def test_limits_are_trial_before_twelve_weeks_and_fixed_after() -> None:
    assert control_chart(_weeks(STEADY[:5])).trial
    later = control_chart(_weeks([*STEADY, 0.5, 0.5]), Method.XMR)
    fixed = control_chart(_weeks(STEADY), Method.XMR)
    assert later.centre == pytest.approx(fixed.centre)  # the two new weeks do not move the limits
    assert len(STEADY) == BASELINE


def test_a_week_beyond_a_limit_is_a_special_cause_with_its_direction() -> None:
    chart = control_chart(_weeks([*STEADY, 0.55]), Method.XMR)
    assert chart.points[-1].signals == {Signal.BELOW_LIMIT}
    assert chart.latest_low_signal() == (chart.points[-1].period, Signal.BELOW_LIMIT)
    high = control_chart(_weeks([*STEADY, 0.99]), Method.XMR)
    assert Signal.ABOVE_LIMIT in high.points[-1].signals and high.latest_low_signal() is None


def test_seven_weeks_on_one_side_is_a_shift() -> None:
    chart = control_chart(_weeks([*STEADY, 0.82, 0.83, 0.82, 0.81, 0.83, 0.82, 0.82]), Method.XMR)
    assert all(Signal.RUN_ABOVE in p.signals for p in chart.points[-7:])
    six = control_chart(_weeks([*STEADY, 0.82, 0.83, 0.82, 0.81, 0.83, 0.82]), Method.XMR)
    assert not any(Signal.RUN_ABOVE in p.signals for p in six.points)


def test_seven_weeks_falling_is_a_trend() -> None:
    chart = control_chart(_weeks([*STEADY, 0.84, 0.83, 0.82, 0.81, 0.8, 0.79, 0.78]), Method.XMR)
    assert all(Signal.FALLING in p.signals for p in chart.points[-7:])
    assert Signal.FALLING.low_side and not Signal.RISING.low_side


def test_two_of_three_near_a_limit() -> None:
    base = control_chart(_weeks(STEADY), Method.XMR)
    assert base.centre is not None and base.points[0].lower is not None
    near = base.centre - 0.8 * (base.centre - base.points[0].lower)  # beyond two thirds, inside the limit
    chart = control_chart(_weeks([*STEADY, near, 0.8, near]), Method.XMR)
    assert Signal.NEAR_LOWER in chart.points[-1].signals and Signal.NEAR_LOWER in chart.points[-3].signals
    assert Signal.BELOW_LIMIT not in chart.points[-1].signals


def test_gaps_are_skipped_and_a_p_chart_steps_its_limits_when_sizes_vary() -> None:
    weeks = _weeks(STEADY)
    weeks[3] = Week(weeks[3].period, 2, 4, shown=False)
    chart = control_chart(weeks)
    assert chart.points[3].rate is None and chart.points[3].upper is None
    varied = [Week(w.period, round(0.8 * n), n) for w, n in zip(_weeks(STEADY), [20, 400] * 6, strict=True)]
    p = control_chart(varied)
    assert p.method is Method.P_CHART
    assert p.points[0].upper is not None and p.points[1].upper is not None
    assert p.points[0].upper > p.points[1].upper  # the quiet week gets wider limits
    assert control_chart(_weeks(STEADY)).method is Method.XMR


def test_one_week_is_too_few_for_limits() -> None:
    chart = control_chart(_weeks([0.8]))
    assert chart.trial and chart.points[0].upper is None and chart.notes


def test_summary_suppresses_small_sites_and_their_sibling() -> None:
    q = ResultsQuery(date(2026, 11, 2), date(2026, 11, 8))
    d = date(2026, 11, 3)
    tallies = [tally(d, Answer.YES, 4, site="small"), tally(d, Answer.YES, 30, site="mid"),
               tally(d, Answer.NO, 10, site="mid"), tally(d, Answer.YES, 90, site="big")]
    rows = {r.site: r for r in summary(tallies, q, Grain.WEEK, 10)}
    assert rows["small"].suppressed is Reason.SMALL and rows["small"].answers is None
    assert rows["small"].kindness_rate is None and rows["small"].yes is None
    assert rows["mid"].suppressed is Reason.SECONDARY and rows["mid"].answers is None
    assert rows["big"].answers == 90 and rows["big"].kindness_rate == 1.0
    assert rows[ALL_SITES].answers == 134


def test_summary_keeps_question_versions_apart_and_shows_empty_sites() -> None:
    q = ResultsQuery(date(2026, 11, 1), date(2026, 11, 30), sites=("a", "quiet"))
    d = date(2026, 11, 3)
    other = question_version(["yes", "no"])
    rows = summary([tally(d, Answer.YES, 20), tally(d, Answer.YES, 20, question=other)], q, Grain.MONTH, 10)
    assert {r.question_version for r in rows} == {"kindness-1", other}
    quiet = [r for r in rows if r.site == "quiet"]
    assert quiet and all(r.answers == 0 and r.suppressed is None and r.kindness_rate is None for r in quiet)
    assert all(r.answers in (20, None) for r in rows if r.site == ALL_SITES)


def test_question_version_names_a_changed_answer_set() -> None:
    assert question_version() == "kindness-1"
    assert question_version([Answer.YES, Answer.NO]) == "kindness-1:yes/no"
