"""The Summary table every output shares: one row per period × site × question version, suppressed honestly.

Columns (documented in the README): period_start, period_end, site, question_version, answers, yes, not_sure,
no, kindness_rate, ci_low, ci_high, suppressed. A suppressed row has None for every figure and `suppressed` says
why in a word ("small" or "secondary"); rows for "all sites" (site = ALL_SITES) and for the whole query
(the margins) are included, because a report shows them, and suppression is worked out with them in the table.
Each question version is its own table: answers to different questions are never added up. Thread: any (pure).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kiosk.results.rules.measure import Measure
from kiosk.results.rules.periods import Grain, Period, clipped, period_of, periods_between
from kiosk.results.rules.suppression import TOTAL, Reason, suppress_table
from kiosk.results.rules.tally import ResultsQuery, Tally

ALL_SITES = "(all sites)"
COLUMNS = ("period_start", "period_end", "site", "question_version", "answers", "yes", "not_sure", "no",
           "kindness_rate", "ci_low", "ci_high", "suppressed")


@dataclass(frozen=True, slots=True)
class SummaryRow:
    period_start: date
    period_end: date
    site: str
    question_version: str
    answers: int | None
    yes: int | None
    not_sure: int | None
    no: int | None
    kindness_rate: float | None
    ci_low: float | None
    ci_high: float | None
    suppressed: Reason | None

    def cells(self) -> tuple[object, ...]:
        return tuple(getattr(self, c) for c in COLUMNS)


def summary(tallies: Iterable[Tally], query: ResultsQuery, grain: Grain | None, min_count: int) -> list[SummaryRow]:
    """Rows by `grain` (None: the whole query as one period), oldest first, sites in name order, all sites last."""
    first, last = query.date_from, query.date_to
    periods = ([clipped(p, first, last) for p in periods_between(first, last, grain)] if grain
               else [Period(first, last)])
    cells: dict[tuple[str, str, Period], list[Tally]] = {}
    questions: set[str] = set()
    sites: set[str] = set(query.sites)
    for t in tallies:
        if not query.covers(t):
            continue
        period = clipped(period_of(t.day, grain), first, last) if grain else periods[0]
        cells.setdefault((t.question, t.site, period), []).append(t)
        questions.add(t.question)
        sites.add(t.site)
    rows: list[SummaryRow] = []
    for question in sorted(questions):
        rows += _table(question, sorted(sites), periods, cells, min_count, grain is not None)
    return rows


def _table(question: str, sites: list[str], periods: list[Period], cells: dict[tuple[str, str, Period], list[Tally]],
           min_count: int, with_whole: bool) -> list[SummaryRow]:
    measures = {(s, p): Measure.of(cells.get((question, s, p), [])) for s in sites for p in periods}
    hidden = suppress_table({k: m.answers for k, m in measures.items()}, min_count)
    rows: list[SummaryRow] = []
    for p in periods:
        for s in sites:
            rows.append(_row(p, s, question, measures[(s, p)], hidden.get((s, p))))
        if len(sites) > 1:
            whole = Measure.of(t for s in sites for t in cells.get((question, s, p), []))
            rows.append(_row(p, ALL_SITES, question, whole, hidden.get((TOTAL, p))))
    if with_whole and len(periods) > 1:
        span = Period(periods[0].start, periods[-1].end)
        for s in sites:
            whole = Measure.of(t for p in periods for t in cells.get((question, s, p), []))
            rows.append(_row(span, s, question, whole, hidden.get((s, TOTAL))))
        if len(sites) > 1:
            whole = Measure.of(t for (q, _, _), ts in cells.items() if q == question for t in ts)
            rows.append(_row(span, ALL_SITES, question, whole, hidden.get((TOTAL, TOTAL))))
    return rows


def _row(period: Period, site: str, question: str, m: Measure, reason: Reason | None) -> SummaryRow:
    if reason is not None:
        return SummaryRow(period.start, period.end, site, question, None, None, None, None, None, None, None, reason)
    k = m.kindness
    return SummaryRow(period.start, period.end, site, question, m.answers, m.yes, m.not_sure, m.no,
                      k.value if k else None, k.low if k else None, k.high if k else None, None)
