"""The report model: suppression applied to every part before a writer sees it, kind handling of empty and thin
data, question versions kept apart, signals grouped into words, and the poster's honest natural frequency."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.core.answers import Answer, Followup
from kiosk.results import report_words as w
from kiosk.results.report_model import PulseRow, build_report
from kiosk.results.rules.control import Signal
from kiosk.results.rules.summary import ALL_SITES
from kiosk.results.rules.suppression import Reason
from kiosk.results.rules.tally import ResultsQuery, Tally
from tests.results.report_samples import END, PULSE, START, site_tallies, three_sites

QUERY = ResultsQuery(START, END)


def test_a_small_site_and_its_next_smallest_sibling_are_hidden_everywhere() -> None:
    tallies = [*three_sites(), *site_tallies("Market Hall Hub", rate=0.8, per_day=3)]
    report = build_report(tallies, QUERY, 10)
    lines = {line.row.site: line.row for line in report.site_lines}
    assert lines["Tiny Branch"].suppressed is Reason.SMALL
    assert lines["Market Hall Hub"].suppressed is Reason.SECONDARY  # else Tiny Branch = total − the rest
    for row in (lines["Tiny Branch"], lines["Market Hall Hub"]):
        assert (row.answers, row.yes, row.kindness_rate, row.ci_low) == (None, None, None, None)
    assert lines["Riverside Library"].answers and lines["Riverside Library"].suppressed is None
    assert report.headline.site == ALL_SITES and report.headline.answers == sum(t.count for t in tallies)
    tiny = [r for r in (*report.weekly, *report.monthly, *report.summary) if r.site == "Tiny Branch"]
    assert tiny and all(r.answers in (None, 0) for r in tiny)  # never a count between 1 and 9


def test_an_empty_period_still_makes_a_report() -> None:
    report = build_report([], ResultsQuery(date(2026, 1, 1), date(2026, 1, 31)), 10)
    assert report.headline.answers == 0 and report.headline.kindness_rate is None
    assert report.trend.shown_weeks == 0 and not report.trend.spans
    assert not report.pattern.any_shown and report.followups.answered == 0
    assert report.site_lines == () and report.summary == ()


def test_a_named_site_with_no_answers_is_listed_with_none() -> None:
    tallies = list(site_tallies("Riverside Library", rate=0.86, per_day=24))
    report = build_report(tallies, ResultsQuery(START, END, sites=("Riverside Library", "Quiet Annex")), 10)
    quiet = next(line.row for line in report.site_lines if line.row.site == "Quiet Annex")
    assert quiet.answers == 0 and quiet.suppressed is None and quiet.kindness_rate is None


def test_everything_suppressed_leaves_no_figure_at_all() -> None:
    tallies = [Tally("Tiny Branch", "kindness-1", date(2026, 9, 2), 10, Answer.YES, Followup.STAFF, 4),
               Tally("Tiny Branch", "kindness-1", date(2026, 9, 9), 11, Answer.NO, None, 1)]
    report = build_report(tallies, ResultsQuery(date(2026, 9, 1), date(2026, 9, 30)), 10)
    assert report.headline.suppressed is Reason.SMALL and report.headline.answers is None
    assert report.trend.shown_weeks == 0
    assert not report.pattern.any_shown and report.pattern.any_hidden
    assert report.followups.answered is None and all(line.share is None for line in report.followups.lines)
    assert w.key_points(report)[0].startswith(w.NOT_ENOUGH)


def test_the_weekday_hour_grid_hides_small_cells_and_their_siblings() -> None:
    day = date(2026, 11, 2)  # a Monday
    tallies = [Tally("a", "kindness-1", day, 9, Answer.YES, None, 30),
               Tally("a", "kindness-1", day, 10, Answer.YES, None, 20),
               Tally("a", "kindness-1", day, 11, Answer.NO, None, 3)]
    pattern = build_report(tallies, ResultsQuery(day, day), 10).pattern
    assert pattern.hours == (9, 10, 11)
    assert pattern.cells[(0, 11)].hidden is Reason.SMALL and pattern.cells[(0, 11)].rate is None
    assert pattern.cells[(0, 10)].hidden is Reason.SECONDARY  # the Monday total would give 11:00 away
    assert pattern.cells[(0, 9)].rate == 1.0
    assert pattern.cells[(1, 9)].hidden is None and pattern.cells[(1, 9)].rate is None  # no answers: not hidden


def test_follow_ups_with_a_small_share_hide_it_and_the_next_smallest() -> None:
    day = date(2026, 11, 2)
    tallies = [Tally("a", "kindness-1", day, 9, Answer.YES, Followup.STAFF, 40),
               Tally("a", "kindness-1", day, 9, Answer.YES, Followup.VISITOR, 12),
               Tally("a", "kindness-1", day, 9, Answer.NOT_SURE, Followup.ELSEWHERE, 2)]
    f = build_report(tallies, ResultsQuery(day, day), 10).followups
    hidden = {line.where: line.hidden for line in f.lines}
    assert hidden == {Followup.STAFF: None, Followup.VISITOR: Reason.SECONDARY, Followup.ELSEWHERE: Reason.SMALL}
    assert f.answered == 54


def test_a_suppressed_pulse_row_keeps_no_figure_whatever_it_was_given() -> None:
    leaky = PulseRow("Hillside", date(2026, 11, 1), 4, 3, 0.75, 0.3, 0.95, True)
    report = build_report([], QUERY, 10, pulse=[*PULSE, leaky])
    assert report.pulse[-1] == PulseRow("Hillside", date(2026, 11, 1), None, None, None, None, None, True)
    assert report.pulse[0].answers == 23


def test_answers_to_another_question_are_kept_apart_and_named() -> None:
    tallies = [*site_tallies("Riverside Library", rate=0.86, per_day=24),
               *site_tallies("Old Kiosk Site", rate=0.5, per_day=24, question="kindness-1:yes/no")]
    report = build_report(tallies, QUERY, 10)
    assert report.question == "kindness-1"
    assert report.other_questions == (("Old Kiosk Site", "kindness-1:yes/no"),)
    assert [line.row.site for line in report.site_lines] == ["Riverside Library"]
    riverside = sum(t.count for t in tallies if t.site == "Riverside Library")
    assert report.headline.answers == riverside  # the other question's answers are not added in
    assert {r.question_version for r in report.summary} == {"kindness-1", "kindness-1:yes/no"}


def test_a_dip_is_named_in_words_and_its_weeks_grouped() -> None:
    tallies = list(site_tallies("Riverside Library", rate=0.86, per_day=40, dip_week=date(2026, 10, 5)))
    report = build_report(tallies, QUERY, 10)
    low = [s for s in report.trend.spans if s.signal is Signal.BELOW_LIMIT]
    assert low and low[0].first.start == date(2026, 10, 5) and low[0].weeks == 1
    assert w.SIGNAL_WORDS[Signal.BELOW_LIMIT] == "Unusually low week"
    assert any("unusually low week" in point for point in w.key_points(report))


@pytest.mark.parametrize(("yes", "answers", "phrase"), [
    (8, 10, "8 in 10"),
    (87, 100, "nearly 9 in 10"),  # 8.7 in 10: never a bare "9 in 10"
    (85, 100, "more than 8 in 10"),  # exactly half way: 85% is not 9 in 10
    (851, 1000, "nearly 9 in 10"),
    (83, 100, "more than 8 in 10"),
    (96, 100, "more than 9 in 10"),  # never "nearly 10 in 10"
    (100, 100, "10 in 10"),
    (3, 100, "fewer than 1 in 10"),
    (7, 100, "nearly 1 in 10"),
    (0, 12, "0 in 10"),
])
def test_natural_frequencies_never_claim_more_than_the_answers(yes: int, answers: int, phrase: str) -> None:
    assert w.InTen(yes, answers).phrase() == phrase


def test_natural_frequency_refuses_impossible_counts() -> None:
    with pytest.raises(ValueError, match="answers"):
        w.InTen(3, 0)


def test_percentages_round_half_up_and_dates_read_naturally() -> None:
    assert w.percent(0.865) == "87%" and w.percent(0.125) == "13%"
    assert w.dates(date(2026, 9, 1), date(2026, 11, 30)) == "1 September – 30 November 2026"
    assert w.dates(date(2025, 12, 29), date(2026, 1, 4)) == "29 December 2025 – 4 January 2026"
    assert w.dates(date(2026, 11, 3), date(2026, 11, 9)) == "3 – 9 November 2026"


@pytest.mark.parametrize(("language", "long", "span", "alone"), [
    ("en", "2 November 2026", "28 October – 2 November 2026", "November 2026"),
    ("pl", "2 listopada 2026", "28 października – 2 listopada 2026", "listopad 2026"),
    ("uk", "2 листопада 2026", "28 жовтня – 2 листопада 2026", "листопад 2026"),
    ("ar", "٢ نوفمبر ٢٠٢٦", "٢٨ أكتوبر – ٢ نوفمبر ٢٠٢٦", "نوفمبر ٢٠٢٦"),
])
def test_dates_in_the_kiosks_language_use_its_own_grammar_and_digits(qapp, language: str, long: str, span: str,  # type: ignore[no-untyped-def]
                                                                      alone: str) -> None:
    """Dates are never English words in another language's order: with Qt's translate hook they are QLocale's
    (Polish and Ukrainian month names after a day number take their own case; Arabic has its own digits)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        tr = QCoreApplication.translate
        assert w.long_day(date(2026, 11, 2), tr) == long
        assert w.dates(date(2026, 10, 28), date(2026, 11, 2), tr) == span
        assert w.month(date(2026, 11, 2), tr) == alone
        assert w.long_day(date(2026, 11, 2)) == "2 November 2026"  # no Qt hook: the CLI's English
    finally:
        QLocale.setDefault(before)
