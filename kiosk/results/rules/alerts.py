"""Alert rules: when a site's results deserve a look, decided from tallies and per-kiosk day counts alone.

Three rules, each checked per site (and per kiosk for the third), each giving a `Check` with a stable key
(site + rule [+ kiosk]) so an alert is raised once and not at every evaluation:

- **low_rate** — the kindness rate over the last `days` days (ending today) is below `below`, on at least
  `needed` answers (`min_answers`, never fewer than `min_count`). Too few answers: unknown, not clear.
- **low_week** — the weekly control chart (kiosk.results.rules.control) of the last `CHART_WEEKS` complete ISO
  weeks shows a low-side special cause in its latest week ("Unusually low week", "Seven weeks in a row below
  average", …). It needs `MIN_WEEKS` shown weeks; a suppressed latest week is unknown, not clear.
- **silent** — a kiosk took no answers on the last `silent_days` opening days (`open_days`, weekdays 0 = Monday)
  before today, nor today. Days before the kiosk's first known day never count.

A check is FIRING (raise or keep the alert), CLEAR (the figure recovered: close it) or UNKNOWN (leave it as it
is). An alert never carries a suppressed figure: `Facts` keep a rate and counts only from `min_count` answers or
more. `describe` and `title` give the words (English; screens translate from the fields). Thread: any (pure).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from kiosk.results.rules.control import Signal, Week, control_chart
from kiosk.results.rules.measure import Measure
from kiosk.results.rules.periods import Grain, period_of, periods_between
from kiosk.results.rules.tally import Tally

CHART_WEEKS = 26  # complete weeks on the chart the low_week rule reads
MIN_WEEKS = 6  # shown weeks before the chart may raise an alert (fewer: every week looks unusual)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Rule(StrEnum):
    LOW_RATE = "low_rate"
    LOW_WEEK = "low_week"
    SILENT = "silent"


class Status(StrEnum):
    FIRING = "firing"
    CLEAR = "clear"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class AlertRules:
    """The settings (results.alert_* and site.open_days); 0 for `below` or `silent_days` turns that rule off."""

    days: int = 14
    below: float = 0.6
    min_answers: int = 30
    min_count: int = 10
    silent_days: int = 3
    open_days: frozenset[int] = frozenset(range(5))

    @property
    def needed(self) -> int:
        return max(self.min_answers, self.min_count)


def open_weekdays(names: Iterable[str]) -> frozenset[int]:
    """("mon", "fri") → {0, 4}."""
    return frozenset(WEEKDAYS.index(n) for n in names)


@dataclass(frozen=True, slots=True)
class Facts:
    """What an alert says in figures. A rate and counts are kept only from `min_count` answers up (`shown`)."""

    answers: int | None = None
    rate: float | None = None
    low: float | None = None
    high: float | None = None
    period_start: date | None = None
    period_end: date | None = None
    threshold: float | None = None
    signal: str = ""
    trial: bool = False
    days: int = 0  # silent opening days in a row

    def shown(self, min_count: int) -> Facts:
        if self.answers is not None and self.answers >= min_count:
            return self
        return replace(self, answers=None, rate=None, low=None, high=None)

    def to_json(self) -> dict[str, Any]:
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(self).items()
                if v not in (None, "", False, 0)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Facts:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for k in ("period_start", "period_end"):
            if isinstance(known.get(k), str):
                known[k] = date.fromisoformat(known[k])
        return cls(**known)


@dataclass(frozen=True, slots=True)
class Check:
    site: str
    rule: Rule
    status: Status
    kiosk: str = ""
    since: date | None = None
    facts: Facts = Facts()

    @property
    def key(self) -> str:
        return alert_key(self.site, self.rule, self.kiosk)


def alert_key(site: str, rule: Rule | str, kiosk: str = "") -> str:
    return f"{site}/{rule}" + (f"/{kiosk}" if kiosk else "")


def check_low_rate(tallies: Iterable[Tally], site: str, today: date, rules: AlertRules) -> Check:
    first = today - timedelta(days=rules.days - 1)
    m = Measure.of(t for t in tallies if t.site == site and first <= t.day <= today)
    k = m.kindness
    if k is None or m.answers < rules.needed:
        return Check(site, Rule.LOW_RATE, Status.UNKNOWN)
    facts = Facts(answers=m.answers, rate=k.value, low=k.low, high=k.high, period_start=first, period_end=today,
                  threshold=rules.below).shown(rules.min_count)
    return Check(site, Rule.LOW_RATE, Status.FIRING if k.value < rules.below else Status.CLEAR, since=today,
                 facts=facts)


def chart_weeks(today: date) -> tuple[date, date]:
    """The first and last day of the complete weeks the chart reads (the week of `today` is not complete)."""
    last = period_of(today, Grain.WEEK).start - timedelta(days=1)
    return last - timedelta(weeks=CHART_WEEKS) + timedelta(days=1), last


def check_low_week(tallies: Iterable[Tally], site: str, today: date, rules: AlertRules) -> Check:
    first, last = chart_weeks(today)
    periods = periods_between(first, last, Grain.WEEK)
    by_week: dict[date, list[Tally]] = {}
    for t in tallies:
        if t.site == site and first <= t.day <= last:
            by_week.setdefault(period_of(t.day, Grain.WEEK).start, []).append(t)
    weeks: list[Week] = []
    measures: dict[date, Measure] = {}
    for p in periods:
        m = measures[p.start] = Measure.of(by_week.get(p.start, []))
        weeks.append(Week(p, m.yes, m.answers, shown=m.answers >= rules.min_count))
    shown = [w for w in weeks if w.rate is not None]
    if len(shown) < MIN_WEEKS or weeks[-1].rate is None:
        return Check(site, Rule.LOW_WEEK, Status.UNKNOWN)
    chart = control_chart(weeks)
    low = chart.latest_low_signal()
    if low is None:
        return Check(site, Rule.LOW_WEEK, Status.CLEAR)
    period, signal = low
    m = measures[period.start]
    k = m.kindness
    facts = Facts(answers=m.answers, rate=k.value if k else None, low=k.low if k else None,
                  high=k.high if k else None, period_start=period.start, period_end=period.end, signal=signal.value,
                  trial=chart.trial).shown(rules.min_count)
    return Check(site, Rule.LOW_WEEK, Status.FIRING, since=period.start, facts=facts)


def check_silent(site: str, kiosk: str, answers_by_day: Mapping[date, int], first_day: date, today: date,
                 rules: AlertRules) -> Check:
    """`answers_by_day`: the kiosk's answers per site-local day from `first_day` (its first known day, or the
    start of what was read) to today; missing days had none."""
    if answers_by_day.get(today, 0) > 0:
        return Check(site, Rule.SILENT, Status.CLEAR, kiosk)
    run: list[date] = []
    d = today - timedelta(days=1)
    while d >= first_day:
        if d.weekday() in rules.open_days:
            if answers_by_day.get(d, 0) > 0:
                break
            run.append(d)
        d -= timedelta(days=1)
    if len(run) < rules.silent_days or not rules.open_days:
        return Check(site, Rule.SILENT, Status.CLEAR, kiosk)
    return Check(site, Rule.SILENT, Status.FIRING, kiosk, since=run[-1], facts=Facts(days=len(run)))


def check_site(tallies: Iterable[Tally], site: str, today: date, rules: AlertRules,
               kiosks: Mapping[str, tuple[date, Mapping[date, int]]] = {}) -> list[Check]:
    """Every rule for one site; `kiosks` maps each kiosk to (its first known day, its answers per day)."""
    mine = [t for t in tallies if t.site == site]
    checks: list[Check] = []
    if rules.below > 0:
        checks.append(check_low_rate(mine, site, today, rules))
    checks.append(check_low_week(mine, site, today, rules))
    if rules.silent_days > 0:
        checks += [check_silent(site, k, days, first, today, rules) for k, (first, days) in sorted(kiosks.items())]
    return checks


# -- words ------------------------------------------------------------------------------------------------

_SIGNAL_WORDS = {
    Signal.BELOW_LIMIT: "Unusually low week",
    Signal.RUN_BELOW: "Seven weeks in a row below average",
    Signal.FALLING: "Seven weeks in a row falling",
    Signal.NEAR_LOWER: "Two of three weeks close to the lower limit",
}


def day_words(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def percent(x: float) -> str:
    return f"{round(x * 100)}%"


def title(rule: Rule | str, kiosk: str, facts: Facts) -> str:
    """A short line: an e-mail's subject, a list's first column."""
    if rule == Rule.LOW_RATE:
        return f"Kindness rate below {percent(facts.threshold or 0)}"
    if rule == Rule.LOW_WEEK:
        return _SIGNAL_WORDS.get(Signal(facts.signal), "Unusual week") if facts.signal in Signal._value2member_map_ \
            else "Unusual week"
    return f"Kiosk {kiosk} took no answers"


def figure_words(facts: Facts, min_count: int) -> str:
    """"kindness rate 52% (95% interval 44–60%, 120 answers)", or the words for a hidden figure."""
    if facts.rate is None or facts.answers is None or facts.answers < min_count:
        return f"fewer than {min_count} answers: no rate is shown"
    interval = ""
    if facts.low is not None and facts.high is not None:
        interval = f"95% interval {percent(facts.low)}–{percent(facts.high)}, "
    return f"kindness rate {percent(facts.rate)} ({interval}{facts.answers} answers)"


def describe(rule: Rule | str, kiosk: str, facts: Facts, min_count: int) -> str:
    """The alert in a sentence, never with a suppressed figure."""
    if rule == Rule.LOW_RATE:
        span = ""
        if facts.period_start and facts.period_end:
            span = f" over the {(facts.period_end - facts.period_start).days + 1} days " \
                   f"{day_words(facts.period_start)} to {day_words(facts.period_end)}"
        return (f"{title(rule, kiosk, facts)}: {figure_words(facts, min_count)}{span}, below the alert level of "
                f"{percent(facts.threshold or 0)}.")
    if rule == Rule.LOW_WEEK:
        week = f" in the week of {day_words(facts.period_start)}" if facts.period_start else ""
        trial = " (trial limits: fewer than 12 weeks so far)" if facts.trial else ""
        return f"{title(rule, kiosk, facts)} on the weekly chart{week}: {figure_words(facts, min_count)}{trial}."
    return f"Kiosk {kiosk} took no answers on {facts.days} opening days in a row."


# -- alerts as people see them ----------------------------------------------------------------------------

class State(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert as stored, with its words (`title`, `words`: never a suppressed figure)."""

    id: str  # a UUID; `short_id` (its first 8 characters) is enough on the command line
    key: str
    site: str
    rule: str
    kiosk: str
    state: State
    since: date
    raised_at: datetime
    checked_at: datetime
    facts: Facts
    title: str
    words: str
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None
    comment: str | None = None
    closed_at: datetime | None = None
    closed_by: str | None = None  # None on a closed alert: it recovered by itself
    emailed_at: datetime | None = None
    mail_attempts: int = 0
    mail_error: str | None = None

    @property
    def short_id(self) -> str:
        return self.id[:8]

    @property
    def is_open(self) -> bool:
        return self.state is not State.CLOSED

    def state_words(self) -> str:
        if self.state is State.ACKNOWLEDGED:
            return f"acknowledged by {self.acknowledged_by}"
        if self.state is State.CLOSED:
            return f"closed by {self.closed_by}" if self.closed_by else "closed: recovered"
        return "new"

    def mail_words(self) -> str:
        if self.emailed_at is not None:
            return "e-mailed"
        if self.mail_error:
            return f"e-mail not sent ({self.mail_attempts} tries): {self.mail_error}; tried again next evaluation"
        return "not e-mailed"


# -- what people type ---------------------------------------------------------------------------------------

MAX_BY = 60
MAX_COMMENT = 1000
# C0 and C1 controls, DEL, and the invisible characters that reorder or hide text (bidi overrides, zero-width).
_INVISIBLE = {*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
              *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF}


def clean_text(value: str, limit: int, what: str) -> tuple[str, list[str]]:
    """`value` on one line: line breaks and tabs become spaces, other control and invisible characters go,
    spaces are squeezed, and it is cut to `limit` characters. Returns (text, notes saying what changed)."""
    notes: list[str] = []
    chars: list[str] = []
    dropped = False
    for ch in value:
        if ch in "\n\r\t\v\f":
            chars.append(" ")
        elif ord(ch) in _INVISIBLE:
            dropped = True
        else:
            chars.append(ch)
    text = " ".join("".join(chars).split())
    if dropped:
        notes.append(f"control characters were removed from the {what}")
    if len(text) > limit:
        notes.append(f"the {what} was {len(text):,} characters and was cut to {limit:,}")
        text = text[:limit].rstrip()
    return text, notes
