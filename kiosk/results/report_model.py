"""What a results report says, assembled once from tallies and handed to every writer (PDF, XLSX, CSV, JSON).

`build_report(tallies, query, min_count, ...)` reads the tallies in one pass (so a generator of millions is fine)
and gives a `Report`: the headline (the site, or all the sites together), the weekly control chart with its
signals grouped into spans, the weekday × hour pattern, follow-ups, sites side by side, the Summary / weekly /
monthly tables (kiosk.results.rules.summary), and what the caller adds: the staff pulse, open alerts, wall
activity counts and, optionally, raw answer rows for the spreadsheet.

Suppression is applied here, before any writer sees a figure: a hidden figure is None with a reason, in every
part (the tables through suppress_table, the pattern grid as a table with its margins, follow-ups as a line with
its total, pulse rows blanked when marked suppressed). Writers never see a hidden number, so they cannot leak
one. Only the main question version (the usual wording, else the most answered) feeds the headline, chart,
pattern and follow-ups; answers to another question are kept apart and named. Thread: any (pure).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.core.answers import QUESTION_ID, Answer, Followup
from kiosk.results.rules.control import Chart, Signal, Week, control_chart
from kiosk.results.rules.measure import Change, Share, compare, wilson
from kiosk.results.rules.periods import Grain, Period, clipped, periods_between
from kiosk.results.rules.summary import ALL_SITES, SummaryRow, summary
from kiosk.results.rules.suppression import TOTAL, Reason, suppress_line, suppress_table
from kiosk.results.rules.tally import HourCount, ResultsQuery, Tally

EXCEL_ROWS = 1_048_576  # Excel's row limit, header included


@dataclass(frozen=True, slots=True)
class ReportAlert:
    """An open alert as a report lists it: words only, never a suppressed figure (the alerts module's job)."""

    site: str
    opened: date
    state: str  # "new" or "acknowledged"
    what: str  # e.g. "Kindness rate below 70% over the last 28 days"


@dataclass(frozen=True, slots=True)
class PulseRow:
    """One site's staff pulse for one month (kiosk.staff), suppressed by its own minimum count."""

    site: str
    month: date  # the first day of the month
    answers: int | None
    yes: int | None
    rate: float | None
    low: float | None
    high: float | None
    suppressed: bool


@dataclass(frozen=True, slots=True)
class WallActivity:
    """Counts of kindness-wall messages in the report's dates: counts only, never a message."""

    written: int
    approved: int
    rejected: int
    hidden: int
    pending: int = 0


@dataclass(frozen=True, slots=True)
class RawAnswers:
    """Raw answer rows for the spreadsheet's Answers sheet (the check-in CSV export's columns and order).

    `count` is known before writing (a COUNT), so a period over Excel's row limit gets a note instead of a
    sheet cut short. Cells may be str, int, date or datetime (an aware datetime is written as UTC)."""

    columns: tuple[str, ...]
    rows: Iterable[Sequence[object]]
    count: int

    @property
    def fits_excel(self) -> bool:
        return self.count < EXCEL_ROWS


@dataclass(frozen=True, slots=True)
class ReportInputs:
    """What `build_report` reads, summed where the data is (the central database): one tally per site, day and
    answer, the weekday × hour pattern and the follow-up counts of the whole query."""

    tallies: list[Tally]
    grid: list[HourCount]
    followups: dict[tuple[str, Followup], int]


@dataclass(frozen=True, slots=True)
class SignalSpan:
    """Consecutive shown weeks that share one signal, said once: "Seven weeks in a row above average, …"."""

    signal: Signal
    first: Period
    last: Period
    weeks: int


@dataclass(frozen=True, slots=True)
class Trend:
    chart: Chart
    spans: tuple[SignalSpan, ...]

    @property
    def shown_weeks(self) -> int:
        return sum(1 for p in self.chart.points if p.rate is not None)


@dataclass(frozen=True, slots=True)
class PatternCell:
    answers: int  # 0 when hidden: never read unless `hidden` is None
    rate: float | None  # None when hidden or no answers
    hidden: Reason | None


@dataclass(frozen=True, slots=True)
class Pattern:
    """Kindness rate by weekday (0 = Monday) × local hour, for the headline's answers."""

    hours: tuple[int, ...]
    cells: dict[tuple[int, int], PatternCell]

    @property
    def any_shown(self) -> bool:
        return any(c.rate is not None for c in self.cells.values())

    @property
    def any_hidden(self) -> bool:
        return any(c.hidden is not None for c in self.cells.values())


@dataclass(frozen=True, slots=True)
class FollowupLine:
    where: Followup
    share: Share | None  # None when hidden
    hidden: Reason | None


@dataclass(frozen=True, slots=True)
class Followups:
    answered: int | None  # how many answered the follow-up; None when that total is hidden
    lines: tuple[FollowupLine, ...]


@dataclass(frozen=True, slots=True)
class SiteLine:
    row: SummaryRow
    versus: Change  # against all the sites together


@dataclass(frozen=True, slots=True)
class Report:
    date_from: date
    date_to: date
    sites: tuple[str, ...]
    min_count: int
    question: str
    other_questions: tuple[tuple[str, str], ...]  # (site, question version) not added into the figures
    headline: SummaryRow
    trend: Trend
    pattern: Pattern
    followups: Followups
    site_lines: tuple[SiteLine, ...]
    summary: tuple[SummaryRow, ...]  # the whole period, every question version
    weekly: tuple[SummaryRow, ...]
    monthly: tuple[SummaryRow, ...]
    scope: str = ""  # "kiosk" (this kiosk's answers only) or "central" (every kiosk of the sites)
    pulse: tuple[PulseRow, ...] = ()
    alerts: tuple[ReportAlert, ...] = ()
    wall: WallActivity | None = None
    answers: RawAnswers | None = None
    made_at: datetime | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def headline_site(self) -> str:
        return self.headline.site


def build_report(tallies: Iterable[Tally], query: ResultsQuery, min_count: int, *, scope: str = "",
                 pulse: Iterable[PulseRow] = (), alerts: Iterable[ReportAlert] = (),
                 wall: WallActivity | None = None, answers: RawAnswers | None = None,
                 made_at: datetime | None = None, grid: Iterable[HourCount] | None = None,
                 followups: Mapping[tuple[str, Followup], int] | None = None) -> Report:
    """The report of `tallies` within `query`; never fails on empty or thin data (figures are just hidden).

    At scale the central database adds up what needs no day (ReportInputs, CentralResults.report_inputs):
    `grid`, the weekday × hour pattern, and `followups`, the follow-up counts per (question version, where), both
    for the whole query — so `tallies` may be one per site, day and answer (hour 0, no follow-up): tens of
    thousands whatever the number of answers. Without them, both are counted from the tallies' own hours and
    follow-ups. Either way they are suppressed here (the pattern as a table with its margins)."""
    min_count = max(1, min_count)
    daily: Counter[tuple[str, str, date, Answer]] = Counter()
    hours: Counter[tuple[str, int, int, Answer]] = Counter()  # (question, weekday, hour, answer)
    follow: Counter[tuple[str, Followup]] = Counter()
    per_question: Counter[str] = Counter()
    site_questions: set[tuple[str, str]] = set()
    for t in tallies:
        if not query.covers(t) or t.count <= 0:
            continue
        daily[(t.site, t.question, t.day, t.answer)] += t.count
        if grid is None:
            hours[(t.question, t.day.weekday(), t.hour, t.answer)] += t.count
        if t.followup is not None and followups is None:
            follow[(t.question, t.followup)] += t.count
        per_question[t.question] += t.count
        site_questions.add((t.site, t.question))
    for (q, where), n in (followups or {}).items():
        follow[(q, where)] += max(0, n)
    for h in grid or ():
        if h.count > 0 and 0 <= h.weekday < 7 and 0 <= h.hour < 24:
            hours[(h.question, h.weekday, h.hour, h.answer)] += h.count
    question = QUESTION_ID if QUESTION_ID in per_question or not per_question else per_question.most_common(1)[0][0]
    sites = tuple(sorted({s for s, _ in site_questions} | set(query.sites)))
    whole = summary(_compact(daily, query, None), query, None, min_count)
    weekly = _only_periods(summary(_compact(daily, query, Grain.WEEK), query, Grain.WEEK, min_count), query,
                           Grain.WEEK)
    monthly = _only_periods(summary(_compact(daily, query, Grain.MONTH), query, Grain.MONTH, min_count), query,
                            Grain.MONTH)
    head_site = sites[0] if len(sites) == 1 else ALL_SITES
    headline = next((r for r in whole if r.site == head_site and r.question_version == question),
                    _empty_row(query, head_site, question))
    main_weeks = [r for r in weekly if r.site == head_site and r.question_version == question]
    elsewhere = {s for s, _ in site_questions} - {s for s, q in site_questions if q == question}
    site_lines = () if len(sites) < 2 else tuple(
        SiteLine(r, compare(_share(r), _share(headline))) for r in whole
        if r.question_version == question and r.site != ALL_SITES and r.site not in elsewhere)
    return Report(
        date_from=query.date_from, date_to=query.date_to, sites=sites, min_count=min_count, question=question,
        other_questions=tuple(sorted((s, q) for s, q in site_questions if q != question)),
        headline=headline, trend=_trend(main_weeks, query), pattern=_pattern(hours, question, min_count),
        followups=_followups(follow, question, min_count), site_lines=site_lines, summary=tuple(whole),
        weekly=tuple(weekly), monthly=tuple(monthly), scope=scope, pulse=tuple(_safe_pulse(pulse)),
        alerts=tuple(alerts), wall=wall, answers=answers, made_at=made_at)


def _compact(daily: Counter[tuple[str, str, date, Answer]], query: ResultsQuery, grain: Grain | None) -> list[Tally]:
    """The day counts added up per period (each dated on its period's first day): summary() then reads a few
    tallies per site and period instead of one per day and hour."""
    if grain is None:
        starts: dict[date, date] = {}
    else:
        starts = {d: p.start for p in (clipped(p, query.date_from, query.date_to)
                                       for p in periods_between(query.date_from, query.date_to, grain))
                  for d in _days(p.start, p.end)}
    counts: Counter[tuple[str, str, date, Answer]] = Counter()
    for (site, question, day, answer), n in daily.items():
        counts[(site, question, starts.get(day, query.date_from), answer)] += n
    return [Tally(s, q, d, 0, a, None, n) for (s, q, d, a), n in counts.items()]


def _days(first: date, last: date) -> list[date]:
    return [date.fromordinal(o) for o in range(first.toordinal(), last.toordinal() + 1)]


def _only_periods(rows: list[SummaryRow], query: ResultsQuery, grain: Grain) -> list[SummaryRow]:
    """The rows of each week / month, without the whole-period margin rows (those are the Summary's)."""
    keep = {(p.start, p.end) for p in (clipped(p, query.date_from, query.date_to)
                                       for p in periods_between(query.date_from, query.date_to, grain))}
    return [r for r in rows if (r.period_start, r.period_end) in keep]


def _empty_row(query: ResultsQuery, site: str, question: str) -> SummaryRow:
    return SummaryRow(query.date_from, query.date_to, site, question, 0, 0, 0, 0, None, None, None, None)


def _share(row: SummaryRow) -> Share | None:
    if row.suppressed is not None or not row.answers or row.yes is None:
        return None
    return wilson(row.yes, row.answers)


def _trend(rows: Sequence[SummaryRow], query: ResultsQuery) -> Trend:
    by_period = {(r.period_start, r.period_end): r for r in rows}
    weeks = []
    for p in periods_between(query.date_from, query.date_to, Grain.WEEK):
        p = clipped(p, query.date_from, query.date_to)
        r = by_period.get((p.start, p.end))
        shown = r is not None and r.suppressed is None
        weeks.append(Week(p, (r.yes or 0) if shown and r else 0, (r.answers or 0) if shown and r else 0, shown))
    chart = control_chart(weeks)
    return Trend(chart, _spans(chart))


def _spans(chart: Chart) -> tuple[SignalSpan, ...]:
    """Each signal's runs of consecutive shown weeks (gaps do not break a run: they are skipped, not counted)."""
    shown = [p for p in chart.points if p.rate is not None]
    spans: list[SignalSpan] = []
    for signal in Signal:
        run: list[Period] = []
        for point in [*shown, None]:
            if point is not None and signal in point.signals:
                run.append(point.period)
                continue
            if run:
                spans.append(SignalSpan(signal, run[0], run[-1], len(run)))
                run = []
    low_first = sorted(spans, key=lambda s: (s.first.start, not s.signal.low_side, s.signal.value))
    return tuple(low_first)


def _pattern(hours: Counter[tuple[str, int, int, Answer]], question: str, min_count: int) -> Pattern:
    answers: Counter[tuple[int, int]] = Counter()
    yes: Counter[tuple[int, int]] = Counter()
    for (q, wd, h, a), n in hours.items():
        if q != question:
            continue
        answers[(wd, h)] += n
        if a is Answer.YES:
            yes[(wd, h)] += n
    used = sorted({h for _, h in answers})
    span = tuple(range(min(used), max(used) + 1)) if used else tuple(range(9, 18))
    hidden = suppress_table({(wd, h): answers.get((wd, h), 0) for wd in range(7) for h in span}, min_count)
    cells: dict[tuple[int, int], PatternCell] = {}
    for wd in range(7):
        for h in span:
            reason = hidden.get((wd, h))
            n = answers.get((wd, h), 0)
            if reason is not None:
                cells[(wd, h)] = PatternCell(0, None, reason)
            else:
                cells[(wd, h)] = PatternCell(n, yes[(wd, h)] / n if n else None, None)
    return Pattern(span, cells)


def _followups(follow: Counter[tuple[str, Followup]], question: str, min_count: int) -> Followups:
    counts = {f: follow.get((question, f), 0) for f in Followup}
    total = sum(counts.values())
    if total < min_count:
        hide_all = Reason.SMALL if total else None
        return Followups(None if total else 0, tuple(FollowupLine(f, None, hide_all) for f in Followup))
    hidden = suppress_line(counts, min_count)
    return Followups(total, tuple(
        FollowupLine(f, None if f in hidden else wilson(counts[f], total), hidden.get(f)) for f in Followup))


def _safe_pulse(rows: Iterable[PulseRow]) -> Iterable[PulseRow]:
    """A suppressed pulse row keeps no figure, whatever the caller left in it."""
    for r in rows:
        if r.suppressed:
            yield PulseRow(r.site, r.month, None, None, None, None, None, True)
        else:
            yield r


__all__ = ["ALL_SITES", "EXCEL_ROWS", "TOTAL", "FollowupLine", "Followups", "HourCount", "Pattern", "PatternCell",
           "PulseRow", "RawAnswers", "Report", "ReportAlert", "ReportInputs", "SignalSpan", "SiteLine", "Trend",
           "WallActivity", "build_report"]
