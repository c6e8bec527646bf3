"""When a listing happens: an activity's sessions and a space's opening hours, at the site's wall-clock times.

An activity has `Sessions`: recurring rules (weekly, or monthly such as "2nd Tuesday", "last Friday",
"the 15th"), one-off dates, exceptions (dates with no session) and cancellations (sessions that stay
visible, marked cancelled, with a reason). A space has `OpeningHours`: time ranges per weekday (a close at
or before the open means "past midnight") and closure dates.

Times are wall-clock times in the site's zone, so a 10:00 session is at 10:00 on both sides of a
daylight-saving change. A wall time that does not exist (01:30 on the last Sunday of March in London) moves
forward by the gap (02:30 BST); an ambiguous one (01:30 on the last Sunday of October) is the first, BST.
Recurrence is dateutil.rrule, expanded one calendar month at a time and memoised: a rule's dates in a month
never depend on the clock, and rules with interval 1 share months by pattern. Thread: any (pure functions;
the memo is functools.lru_cache, which is thread-safe).
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dateutil.rrule import MO, MONTHLY, WEEKLY, rrule, weekday

from kiosk.core.errors import KioskError

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_RE = re.compile(r"^\s*([+-]?\d)?\s*(MO|TU|WE|TH|FR|SA|SU)\s*$", re.IGNORECASE)
_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
TimeRange = tuple[time, time]
_Pattern = tuple[str, int, tuple[tuple[int, int | None], ...], tuple[int, ...]]  # what a rule's dates depend on


class ListingError(KioskError):
    """A listing or its schedule is not valid: `field` names what, `problem` says why in English (logs, the
    CLI, imports); `code` and `params` (e.g. code="too_long", limit=120) are what the screen's words are made
    from (kiosk.shell.error_words)."""

    kind = "listing"

    def __init__(self, field: str, problem: str, *, code: str = "", **params: object) -> None:
        self.field, self.problem = field, problem
        super().__init__(f"{field}: {problem}", code=code, field=field, **params)


def parse_time(text: str, field: str = "time") -> time:
    """'9:30', '09:30' or '09:30:00' as a wall-clock time; ListingError naming `field` otherwise."""
    m = _TIME_RE.match(text.strip()) if isinstance(text, str) else None
    if m is None:
        raise ListingError(field, f"{text!r} is not a time like 09:30", code="not_a_time", text=text)
    h, mi, s = int(m[1]), int(m[2]), int(m[3] or 0)
    if h > 23 or mi > 59 or s > 59:
        raise ListingError(field, f"{text!r} is not a time of day (00:00 to 23:59)", code="not_a_time_of_day",
                           text=text)
    return time(h, mi, s)


def format_time(t: time) -> str:
    return t.strftime("%H:%M:%S" if t.second else "%H:%M")


def _time(value: time | str, field: str) -> time:
    return parse_time(value, field) if isinstance(value, str) else value


def _check_wall_time(value: object, field: str) -> None:
    if not isinstance(value, time) or value.tzinfo is not None or value.microsecond:
        raise ListingError(field, "must be a wall-clock time without a time zone, to the second", code="not_wall_time")


class Freq(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True, slots=True, order=True)
class DayRule:
    """A weekday, optionally the nth one of its month: TU, 2TU (second Tuesday), -1FR (last Friday)."""

    weekday: int  # 0 = Monday … 6 = Sunday
    nth: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.weekday, int) or not 0 <= self.weekday <= 6:
            raise ListingError("schedule.days", f"weekday {self.weekday!r} is not 0 (Monday) to 6 (Sunday)",
                               code="not_a_weekday", text=self.weekday)
        if self.nth is not None and (not isinstance(self.nth, int) or self.nth == 0 or not -5 <= self.nth <= 5):
            raise ListingError("schedule.days", f"{self.nth!r} is not 1 to 5 or -1 (last) to -5", code="not_an_nth",
                               text=self.nth)

    def __str__(self) -> str:
        return f"{'' if self.nth is None else self.nth}{WEEKDAY_CODES[self.weekday]}"

    @classmethod
    def parse(cls, text: str) -> DayRule:
        m = _DAY_RE.match(text) if isinstance(text, str) else None
        if m is None:
            raise ListingError("schedule.days",
                               f"{text!r} is not a day like TU, 2TU (2nd Tuesday) or -1FR (last Friday)",
                               code="not_a_day_code", text=text)
        return cls(WEEKDAY_CODES.index(m[2].upper()), int(m[1]) if m[1] else None)


def parse_days(text: str | Iterable[str]) -> tuple[DayRule, ...]:
    """'TU,TH' or ['2TU', '-1FR'] as day rules, in the order given."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    return tuple(DayRule.parse(p) for p in parts if p.strip())


def _check_session_times(start: time, end: time, where: str) -> None:
    for name, value in (("start", start), ("end", end)):
        _check_wall_time(value, f"{where}.{name}")
    if start == end:
        raise ListingError(f"{where}.end", "a session cannot end when it starts", code="ends_when_it_starts")


@dataclass(frozen=True, slots=True, kw_only=True)
class Recurring:
    """Sessions that repeat: every `interval` weeks on `days`, or every `interval` months on nth weekdays or
    month days. `starts_on`/`until` are inclusive local dates (`starts_on` is needed when interval > 1: it
    fixes which fortnight). An end at or before the start means the session ends the next day."""

    freq: Freq
    start: time
    end: time
    days: tuple[DayRule, ...] = ()
    monthdays: tuple[int, ...] = ()
    interval: int = 1
    starts_on: date | None = None
    until: date | None = None
    _pattern: _Pattern = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.freq, Freq):
            raise ListingError("schedule.freq", f"{self.freq!r} is not weekly or monthly", code="not_a_freq",
                               text=self.freq)
        _check_session_times(self.start, self.end, "schedule")
        if not isinstance(self.interval, int) or not 1 <= self.interval <= 52:
            raise ListingError("schedule.interval", f"{self.interval!r} is not a whole number from 1 to 52",
                               code="not_an_interval", text=self.interval)
        if self.freq is Freq.WEEKLY:
            if not self.days:
                raise ListingError("schedule.days", "a weekly session needs at least one weekday", code="weekly_no_day")
            if any(d.nth is not None for d in self.days) or self.monthdays:
                raise ListingError("schedule.days", "'2nd Tuesday' or month days need a monthly rule, not weekly",
                                   code="weekly_nth_day")
        elif bool(self.days) == bool(self.monthdays):
            raise ListingError("schedule.days", "a monthly session needs either weekdays (2TU, -1FR) or month days",
                               code="monthly_no_day")
        if len(set(self.days)) != len(self.days) or len(set(self.monthdays)) != len(self.monthdays):
            raise ListingError("schedule.days", "a day is listed twice", code="day_twice")
        for md in self.monthdays:
            if not isinstance(md, int) or md == 0 or not -31 <= md <= 31:
                raise ListingError("schedule.monthdays", f"{md!r} is not a day of the month (1 to 31, or -1 for last)",
                                   code="not_a_monthday", text=md)
        for name in ("starts_on", "until"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                raise ListingError(f"schedule.{name}", "must be a date", code="not_a_date")
        if self.interval > 1 and self.starts_on is None:
            raise ListingError("schedule.starts_on", "a rule that skips weeks or months needs a first date",
                               code="first_date_needed")
        if self.starts_on and self.until and self.until < self.starts_on:
            raise ListingError("schedule.until", f"{self.until} is before the first date {self.starts_on}",
                               code="ends_before_start", end=self.until, start=self.starts_on)
        pattern: _Pattern = (self.freq.value, self.interval, tuple((d.weekday, d.nth) for d in self.days),
                             self.monthdays)
        object.__setattr__(self, "_pattern", pattern)

    @classmethod
    def weekly(cls, days: str | Iterable[str], start: time | str, end: time | str, **kw: Any) -> Recurring:
        return cls(freq=Freq.WEEKLY, days=parse_days(days), start=_time(start, "schedule.start"),
                   end=_time(end, "schedule.end"), **kw)

    @classmethod
    def monthly(cls, days: str | Iterable[str], start: time | str, end: time | str, **kw: Any) -> Recurring:
        """`days` like "2TU" (2nd Tuesday) or "-1FR" (last Friday)."""
        return cls(freq=Freq.MONTHLY, days=parse_days(days), start=_time(start, "schedule.start"),
                   end=_time(end, "schedule.end"), **kw)


@dataclass(frozen=True, slots=True)
class OneOff:
    """A single session on a local date; an end at or before the start means it ends the next day."""

    on: date
    start: time
    end: time

    def __post_init__(self) -> None:
        if not isinstance(self.on, date) or isinstance(self.on, datetime):
            raise ListingError("schedule.on", "must be a date", code="not_a_date")
        _check_session_times(self.start, self.end, "schedule")

    @classmethod
    def at(cls, on: date, start: time | str, end: time | str) -> OneOff:
        return cls(on, _time(start, "schedule.start"), _time(end, "schedule.end"))


@dataclass(frozen=True, slots=True)
class Cancellation:
    """The session(s) on a date are cancelled but still shown, with a reason. With `start`, only the session
    starting then is cancelled (another that day goes ahead)."""

    on: date
    reason: str = ""
    start: time | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.on, date) or isinstance(self.on, datetime):
            raise ListingError("schedule.cancellations", "a cancellation needs a date", code="cancellation_no_date")
        if self.start is not None:
            _check_wall_time(self.start, "schedule.cancellations.start")
        if not isinstance(self.reason, str) or len(self.reason) > 200:
            raise ListingError("schedule.cancellations.reason", "must be text of at most 200 characters",
                               code="too_long", limit=200)


Rule = Recurring | OneOff


@dataclass(frozen=True, slots=True)
class Sessions:
    """An activity's schedule: its rules, the dates it does not run, and the sessions called off."""

    rules: tuple[Rule, ...]
    exceptions: frozenset[date] = frozenset()
    cancellations: tuple[Cancellation, ...] = ()
    _cancelled: dict[tuple[date, time | None], str] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.rules:
            raise ListingError("schedule.rules", "an activity needs at least one session time", code="no_sessions")
        if not all(isinstance(r, Recurring | OneOff) for r in self.rules):
            raise ListingError("schedule.rules", "each rule must be a recurring rule or a one-off date",
                               code="not_a_rule")
        keys = [(c.on, c.start) for c in self.cancellations]
        if len(set(keys)) != len(keys):
            raise ListingError("schedule.cancellations", "the same session is cancelled twice", code="cancelled_twice")
        both = sorted(c.on for c in self.cancellations if c.on in self.exceptions)
        if both:
            raise ListingError("schedule.exceptions", f"{both[0]} is both an exception (not shown) and a "
                                                      "cancellation (shown as cancelled); choose one",
                               code="excepted_and_cancelled", day=both[0])
        object.__setattr__(self, "_cancelled", {(c.on, c.start): c.reason for c in self.cancellations})


def _check_ranges(ranges: object, where: str) -> None:
    if not isinstance(ranges, tuple):
        raise ListingError(where, "must be a list of (open, close) times", code="not_openings")
    spans = []
    for r in ranges:
        if not isinstance(r, tuple) or len(r) != 2:
            raise ListingError(where, "each opening must be an (open, close) pair of times", code="not_an_opening")
        for t in r:
            _check_wall_time(t, where)
        o, c = (t.hour * 3600 + t.minute * 60 + t.second for t in r)
        spans.append((o, c if c > o else c + 86400))
    spans.sort()
    for (_, c1), (o2, _) in itertools.pairwise(spans):
        if o2 < c1:
            raise ListingError(where, "two openings overlap", code="openings_overlap")


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """A space's hours: for each weekday (Monday first) its (open, close) ranges; a close at or before the
    open means past midnight (22:00–02:00), and 00:00–00:00 is all day. Closures are whole local dates."""

    week: tuple[tuple[TimeRange, ...], ...]
    closures: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if not isinstance(self.week, tuple) or len(self.week) != 7:
            raise ListingError("schedule.week", "needs the opening hours of all seven weekdays, Monday first",
                               code="not_a_week")
        for i, ranges in enumerate(self.week):
            _check_ranges(ranges, f"schedule.week.{WEEKDAY_CODES[i]}")

    @classmethod
    def of(cls, days: Mapping[str, Sequence[tuple[time | str, time | str]]],
           closures: Iterable[date] = ()) -> OpeningHours:
        """From {'MO': [('09:00', '12:00'), ('13:00', '17:00')], 'SA': [...]} — codes may be 'MO,TU'."""
        week: list[list[TimeRange]] = [[] for _ in range(7)]
        for codes, ranges in days.items():
            for rule in parse_days(codes):
                where = f"schedule.week.{WEEKDAY_CODES[rule.weekday]}"
                week[rule.weekday] += [(_time(o, where), _time(c, where)) for o, c in ranges]
        return cls(tuple(tuple(sorted(d)) for d in week), frozenset(closures))


Schedule = Sessions | OpeningHours


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One session of an activity, or one opening of a space: aware datetimes in the site's zone."""

    listing_id: UUID
    start: datetime
    end: datetime
    cancelled: bool = False
    reason: str = ""


def zone(tz: ZoneInfo | str) -> ZoneInfo:
    return tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)


@lru_cache(maxsize=4096)
def at(day: date, t: time, tz: ZoneInfo) -> datetime:
    """The wall time `t` on `day` at the site; a time in a spring-forward gap moves forward by the gap.
    Memoised: listings share days and times, and the result is immutable."""
    dt = datetime.combine(day, t, tzinfo=tz)
    if dt.utcoffset() != dt.replace(fold=1).utcoffset():  # in a gap or a repeated hour: normalise
        return dt.astimezone(UTC).astimezone(tz)
    return dt


@lru_cache(maxsize=16384)
def span(day: date, start: time, end: time, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """A session or opening on local `day` from `start` to `end` (next day if end <= start), as aware times.
    If a spring-forward gap swallows the start so that the end would not come after it (01:30–02:30 on the
    last Sunday of March), the session keeps its length instead: 02:30–03:30 BST. Memoised."""
    s = at(day, start, tz)
    e = at(day + timedelta(days=1) if end <= start else day, end, tz)
    s_utc = s.astimezone(UTC)
    if e.astimezone(UTC) <= s_utc:
        nominal = datetime.combine(day + timedelta(days=1) if end <= start else day, end) - datetime.combine(day, start)
        e = (s_utc + nominal).astimezone(tz)
    return s, e


@lru_cache(maxsize=16384)
def _month_dates(pattern: _Pattern, anchor: date | None, year: int, month: int) -> tuple[date, ...]:
    freq, interval, days, monthdays = pattern
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    rule = rrule(WEEKLY if freq == Freq.WEEKLY.value else MONTHLY, interval=interval,
                 dtstart=datetime.combine(anchor or first, time()), until=datetime.combine(last, time()),
                 wkst=MO, byweekday=[weekday(d, n) for d, n in days] or None, bymonthday=monthdays or None)
    return tuple(d.date() for d in rule if d.date() >= first)


def _anchor(freq: str, interval: int, s: date | None, year: int, month: int) -> date | None:
    """Where to start rrule for a month: the month itself for interval 1 (any start gives the same dates);
    otherwise a period boundary a whole number of intervals after the first date `s`, keeping the phase."""
    if interval == 1 or s is None:
        return None
    if freq == Freq.WEEKLY.value:
        week0 = s - timedelta(days=s.weekday())
        k = (date(year, month, 1) - week0).days // 7 // interval * interval
        return week0 + timedelta(weeks=k) if k > 0 else s
    k = ((year - s.year) * 12 + month - s.month) // interval * interval
    if k <= 0:
        return s
    y, m = divmod(s.month - 1 + k, 12)
    return date(s.year + y, m + 1, 1)


def clear_caches() -> None:
    """Empties the memos (a new day: `new_day`; benchmarks that measure a cold start)."""
    for memo in (at, span, _month_dates, _dates_between):
        memo.cache_clear()


_memo_day: list[date] = []  # the site's date the memos were filled on


def new_day(today: date) -> None:
    """Forgets the memos once the site's date has moved on. Their keys are dates and windows that start today,
    so the days gone by are never asked for again; kept, they would fill each memo up to its size over months
    (up to ≈ 15 MB in all, the kiosk's slow memory growth in benchmarks/soak.py). What's on calls this with
    the local date each time it works out a list."""
    if _memo_day and _memo_day[0] == today:
        return
    if _memo_day:
        clear_caches()
    _memo_day[:] = [today]


def rule_dates(rule: Recurring, first: date, last: date) -> tuple[date, ...]:
    """The local dates from `first` to `last` (inclusive) on which `rule` has a session."""
    lo = max(first, rule.starts_on) if rule.starts_on else first
    hi = min(last, rule.until) if rule.until else last
    if lo > hi:
        return ()
    # The dates depend only on the pattern (and, when it skips periods, on the first date): memoise by that,
    # so listings with the same pattern share one answer per window.
    return _dates_between(rule._pattern, rule.starts_on if rule.interval > 1 else None, lo, hi)


@lru_cache(maxsize=16384)
def _dates_between(pattern: _Pattern, starts_on: date | None, lo: date, hi: date) -> tuple[date, ...]:
    freq, interval = pattern[0], pattern[1]
    out: list[date] = []
    y, m = lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        anchor = _anchor(freq, interval, starts_on, y, m)
        out += [d for d in _month_dates(pattern, anchor, y, m) if lo <= d <= hi]
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(out)


def session_occurrences(listing_id: UUID, sessions: Sessions, first: date, last: date,
                        tz: ZoneInfo) -> list[Occurrence]:
    """Every session starting on a local date from `first` to `last`, exceptions left out, cancellations
    kept and marked. Not sorted."""
    cancelled = sessions._cancelled
    out: list[Occurrence] = []
    for rule in sessions.rules:
        if isinstance(rule, OneOff):
            days: tuple[date, ...] = (rule.on,) if first <= rule.on <= last else ()
        else:
            days = rule_dates(rule, first, last)
        for d in days:
            if d in sessions.exceptions:
                continue
            s, e = span(d, rule.start, rule.end, tz)
            reason = cancelled.get((d, rule.start), cancelled.get((d, None))) if cancelled else None
            out.append(Occurrence(listing_id, s, e, reason is not None, reason or ""))
    return out


def opening_occurrences(listing_id: UUID, hours: OpeningHours, first: date, last: date,
                        tz: ZoneInfo) -> list[Occurrence]:
    """Every opening that starts on a local date from `first` to `last` (closure dates have none), in order."""
    days = (first + timedelta(days=i) for i in range((last - first).days + 1))
    return [Occurrence(listing_id, *span(d, o, c, tz)) for d in days if d not in hours.closures
            for o, c in hours.week[d.weekday()]]
