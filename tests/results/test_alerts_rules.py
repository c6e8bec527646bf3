"""The alert rules on constructed tallies (pure): the low rate, the low week on the chart, the silent kiosk, the
words (never a suppressed figure) and the cleaning of what people type."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kiosk.core.answers import QUESTION_ID, Answer
from kiosk.results.rules.alerts import (
    MAX_COMMENT,
    AlertRules,
    Facts,
    Rule,
    Status,
    alert_key,
    chart_weeks,
    check_low_rate,
    check_low_week,
    check_silent,
    check_site,
    clean_text,
    describe,
    open_weekdays,
    title,
)
from kiosk.results.rules.control import Signal
from kiosk.results.rules.tally import Tally

TODAY = date(2026, 11, 25)  # a Wednesday
RULES = AlertRules()  # 14 days, below 0.6, at least 30 answers, min_count 10, 3 silent days, Mon-Fri


def day(d: date, yes: int, no: int, site: str = "north") -> list[Tally]:
    out = [Tally(site, QUESTION_ID, d, 10, Answer.YES, None, yes)] if yes else []
    return out + ([Tally(site, QUESTION_ID, d, 11, Answer.NO, None, no)] if no else [])


# -- low rate -------------------------------------------------------------------------------------------------

def test_a_low_rate_on_enough_answers_fires_with_its_figure() -> None:
    tallies = day(TODAY, 10, 15) + day(TODAY - timedelta(days=13), 5, 5) + day(TODAY - timedelta(days=14), 0, 90)
    check = check_low_rate(tallies, "north", TODAY, RULES)
    assert (check.status, check.key, check.since) == (Status.FIRING, "north/low_rate", TODAY)
    assert (check.facts.answers, check.facts.rate) == (35, 15 / 35)  # the 15th day back is outside the window
    assert (check.facts.period_start, check.facts.period_end) == (TODAY - timedelta(days=13), TODAY)
    words = describe(Rule.LOW_RATE, "", check.facts, 10)
    assert words.startswith("Kindness rate below 60%: kindness rate 43% (95% interval 28%–59%, 35 answers)")
    assert "over the 14 days 12 Nov 2026 to 25 Nov 2026" in words


def test_a_good_rate_is_clear_and_too_few_answers_are_unknown() -> None:
    assert check_low_rate(day(TODAY, 25, 5), "north", TODAY, RULES).status is Status.CLEAR
    assert check_low_rate(day(TODAY, 2, 27), "north", TODAY, RULES).status is Status.UNKNOWN  # 29 < 30
    assert check_low_rate([], "north", TODAY, RULES).status is Status.UNKNOWN
    assert check_low_rate(day(TODAY, 0, 40, site="south"), "north", TODAY, RULES).status is Status.UNKNOWN


def test_the_answers_needed_are_never_fewer_than_the_minimum_count() -> None:
    rules = AlertRules(min_answers=3, min_count=12)
    assert rules.needed == 12
    assert check_low_rate(day(TODAY, 1, 10), "north", TODAY, rules).status is Status.UNKNOWN  # 11 < 12
    fired = check_low_rate(day(TODAY, 1, 11), "north", TODAY, rules)
    assert fired.status is Status.FIRING and fired.facts.answers == 12


# -- low week on the chart ------------------------------------------------------------------------------------

def weeks(rates: list[tuple[int, int]], site: str = "north") -> list[Tally]:
    """One tally pair per complete week before TODAY's week, oldest first: (yes, no) each."""
    first, last = chart_weeks(TODAY)
    monday = last - timedelta(days=6) - timedelta(weeks=len(rates) - 1)
    assert monday >= first
    out: list[Tally] = []
    for i, (yes, no) in enumerate(rates):
        out += day(monday + timedelta(weeks=i, days=2), yes, no, site)
    return out


STEADY = [(40, 10), (42, 8), (39, 11), (41, 9), (40, 10), (43, 7), (38, 12), (41, 9), (40, 10), (42, 8),
          (39, 11), (41, 9)]


def test_an_unusually_low_latest_week_fires_with_that_weeks_figure() -> None:
    check = check_low_week(weeks([*STEADY, (20, 30)]), "north", TODAY, RULES)
    last_monday = chart_weeks(TODAY)[1] - timedelta(days=6)
    assert (check.status, check.since, check.facts.signal) == (Status.FIRING, last_monday, Signal.BELOW_LIMIT)
    assert (check.facts.answers, check.facts.rate, check.facts.trial) == (50, 0.4, False)
    assert describe(Rule.LOW_WEEK, "", check.facts, 10).startswith(
        "Unusually low week on the weekly chart in the week of 16 Nov 2026: kindness rate 40% (95% interval")


def test_an_ordinary_latest_week_is_clear() -> None:
    assert check_low_week(weeks([*STEADY, (40, 10)]), "north", TODAY, RULES).status is Status.CLEAR


def test_a_suppressed_latest_week_or_a_short_chart_is_unknown() -> None:
    assert check_low_week(weeks([*STEADY, (2, 5)]), "north", TODAY, RULES).status is Status.UNKNOWN
    assert check_low_week(weeks([(40, 10)] * 4 + [(10, 40)]), "north", TODAY, RULES).status is Status.UNKNOWN


def test_this_weeks_answers_are_not_on_the_chart_yet() -> None:
    partial = day(TODAY, 0, 60)  # a terrible Wednesday: the week is not over
    assert check_low_week(weeks([*STEADY, (40, 10)]) + partial, "north", TODAY, RULES).status is Status.CLEAR


def test_a_run_below_average_is_said_in_words() -> None:
    below = check_low_week(weeks([*STEADY, *[(38, 12)] * 7]), "north", TODAY, RULES)  # 76%, inside the limits
    assert (below.status, below.facts.signal) == (Status.FIRING, Signal.RUN_BELOW)
    assert title(Rule.LOW_WEEK, "", below.facts) == "Seven weeks in a row below average"
    six = check_low_week(weeks([*STEADY, *[(38, 12)] * 6]), "north", TODAY, RULES)
    assert six.status is Status.CLEAR  # six weeks are not yet a run
    near = check_low_week(weeks([*STEADY, (36, 14), (36, 14)]), "north", TODAY, RULES)
    assert title(Rule.LOW_WEEK, "", near.facts) == "Two of three weeks close to the lower limit"


# -- silent kiosk ------------------------------------------------------------------------------------------------

def test_no_answers_on_three_opening_days_fires_and_weekends_do_not_count() -> None:
    friday = TODAY - timedelta(days=5)
    counts = {friday - timedelta(days=1): 4}  # answers on Thursday, then nothing on Fri, Mon, Tue (+ the weekend)
    check = check_silent("north", "north-1", counts, TODAY - timedelta(days=30), TODAY, RULES)
    assert (check.status, check.key, check.since, check.facts.days) == (
        Status.FIRING, "north/silent/north-1", friday, 3)
    assert describe(Rule.SILENT, "north-1", check.facts, 10) == (
        "Kiosk north-1 took no answers on 3 opening days in a row.")


def test_an_answer_today_or_a_short_silence_is_clear() -> None:
    start = TODAY - timedelta(days=30)
    assert check_silent("north", "k", {TODAY: 1}, start, TODAY, RULES).status is Status.CLEAR
    assert check_silent("north", "k", {TODAY - timedelta(days=2): 1}, start, TODAY, RULES).status is Status.CLEAR


def test_days_before_the_kiosk_started_do_not_count() -> None:
    monday = TODAY - timedelta(days=2)
    assert check_silent("north", "k", {}, monday, TODAY, RULES).status is Status.CLEAR  # only Mon and Tue
    assert check_silent("north", "k", {}, monday - timedelta(days=3), TODAY, RULES).status is Status.FIRING


def test_open_days_are_the_configured_weekdays() -> None:
    saturdays_only = AlertRules(open_days=open_weekdays(["sat"]))
    assert open_weekdays(["mon", "fri"]) == frozenset({0, 4})
    counts = {TODAY - timedelta(days=d): 5 for d in range(1, 15) if (TODAY - timedelta(days=d)).weekday() != 5}
    check = check_silent("north", "k", counts, TODAY - timedelta(days=30), TODAY, saturdays_only)
    assert check.status is Status.FIRING  # busy every weekday, silent every Saturday
    assert check.since is not None and check.since.weekday() == 5


# -- all rules, keys and words ---------------------------------------------------------------------------------

def test_check_site_gives_every_rule_and_turned_off_rules_are_left_out() -> None:
    kiosks = {"k1": (TODAY - timedelta(days=20), {TODAY: 35})}
    checks = check_site(weeks(STEADY) + day(TODAY, 5, 30), "north", TODAY, RULES, kiosks)
    assert [(c.rule, c.status) for c in checks] == [
        (Rule.LOW_RATE, Status.FIRING), (Rule.LOW_WEEK, Status.CLEAR), (Rule.SILENT, Status.CLEAR)]
    off = AlertRules(below=0, silent_days=0)
    assert [c.rule for c in check_site([], "north", TODAY, off, kiosks)] == [Rule.LOW_WEEK]
    assert alert_key("north", Rule.SILENT, "k1") == "north/silent/k1" and alert_key("n", "low_rate") == "n/low_rate"


def test_an_alert_never_carries_a_suppressed_figure() -> None:
    small = Facts(answers=9, rate=0.2, low=0.05, high=0.5, threshold=0.6, signal="below_limit")
    shown = small.shown(10)
    assert (shown.answers, shown.rate, shown.low, shown.high) == (None, None, None, None)
    for rule in (Rule.LOW_RATE, Rule.LOW_WEEK):
        words = describe(rule, "", small, 10)
        assert "20%" not in words and "9 answers" not in words and "fewer than 10 answers" in words
    assert Facts.from_json(Facts(answers=12, rate=0.5, period_start=TODAY).to_json()) == Facts(
        answers=12, rate=0.5, period_start=TODAY)


# -- what people type ------------------------------------------------------------------------------------------

def test_a_long_comment_is_cut_with_a_clear_note() -> None:
    text, notes = clean_text("x" * 5000, MAX_COMMENT, "comment")
    assert len(text) == 1000 and notes == ["the comment was 5,000 characters and was cut to 1,000"]


@pytest.mark.parametrize(("typed", "kept", "noted"), [
    ("called\nthe\tteam", "called the team", False),  # line breaks and tabs are spaces, not removals
    ("null\x00 bell\x07 esc\x1b[31m", "null bell esc[31m", True),
    ("abc\u202edcba\u200b", "abcdcba", True),  # a right-to-left override and a zero-width space
    ("   ", "", False),
])
def test_control_and_invisible_characters_go(typed: str, kept: str, noted: bool) -> None:
    text, notes = clean_text(typed, 100, "comment")
    assert text == kept
    assert notes == (["control characters were removed from the comment"] if noted else [])
