"""Schedules as open data writes them, read into the kiosk's rules: iCal BYDAY ("2TU", "-1FR"), schema.org
day names ("https://schema.org/Tuesday"), "HH:MM[:SS]" times with an optional offset, ISO 8601 durations,
`count` turned into a last date, and weekly rules folded into opening hours.

A value that cannot be used raises `Unusable` with a reason in plain words; the importer skips that listing
and says why. Thread: any (pure functions).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from kiosk.whatson.rules.listings import Kind
from kiosk.whatson.rules.schedules import (
    WEEKDAY_CODES,
    DayRule,
    Freq,
    ListingError,
    OneOff,
    OpeningHours,
    Recurring,
    Rule,
    rule_dates,
)

_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_DURATION = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
_DAY_NAMES = {name: i for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                                 "saturday", "sunday"))}
_NTH = re.compile(r"^([+-]?\d)?([A-Za-z]{2})$")


class Unusable(Exception):
    """This record cannot become a listing; the message says why (it is skipped, the rest imports)."""


def clock_time(value: object, name: str) -> time:
    """A wall-clock time. An offset suffix (Z, +01:00) is dropped: the kiosk shows every time as the site's
    wall-clock time, and a fixed offset would be an hour out for half the year."""
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    m = _TIME.match(value.strip()) if isinstance(value, str) else None
    if m is None or int(m[1]) > 24 or int(m[2]) > 59 or int(m[3] or 0) > 59:
        raise Unusable(f"{name} {value!r} is not a time like 09:30")
    if int(m[1]) == 24:  # 24:00 is the end of the day
        if m[2] != "00":
            raise Unusable(f"{name} {value!r} is not a time like 09:30")
        return time(0)
    return time(int(m[1]), int(m[2]), int(m[3] or 0))


def closing_time(value: object, name: str) -> time:
    """Like clock_time, but 23:59 (HSDS's "open until the end of the day") means midnight."""
    t = clock_time(value, name)
    return time(0) if (t.hour, t.minute) == (23, 59) else t


def a_date(value: object, name: str) -> date:
    """YYYY-MM-DD, or the date part of an ISO date-time."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise Unusable(f"{name} {value!r} is not a date like 2026-11-25")


def duration(value: object, name: str) -> timedelta:
    m = _DURATION.match(value.strip()) if isinstance(value, str) else None
    if m is None or not any(m.groups()):
        raise Unusable(f"{name} {value!r} is not a duration like PT1H30M")
    d, h, mi, s = (int(x or 0) for x in m.groups())
    return timedelta(days=d, hours=h, minutes=mi, seconds=s)


def end_after(start: time, length: timedelta) -> time:
    if not timedelta(0) < length < timedelta(days=1):
        raise Unusable(f"a session of {length} is not something the kiosk can show")
    return (datetime.combine(date(2000, 1, 1), start) + length).time()


def whole(value: object, name: str, default: int | None = None) -> int | None:
    """A whole number from JSON (2, 2.0) or CSV ('2'); empty gives `default`."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise Unusable(f"{name} {value!r} is not a whole number")
    try:
        number = float(value) if isinstance(value, str | int | float) else float("nan")
    except ValueError:
        number = float("nan")
    if number != number or number != int(number):
        raise Unusable(f"{name} {value!r} is not a whole number")
    return int(number)


def day_rule(value: object, nth: int | None = None) -> DayRule:
    """'TU', '2TU', '-1FR', 'Tuesday', 'https://schema.org/Tuesday' or 'schema:Tuesday' as a day rule."""
    if not isinstance(value, str):
        raise Unusable(f"day {value!r} is not a weekday")
    text = value.strip().rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    if text.lower() in _DAY_NAMES:
        return _rule(_DAY_NAMES[text.lower()], nth)
    m = _NTH.match(text)
    if m is None or m[2].upper() not in WEEKDAY_CODES:
        raise Unusable(f"day {value!r} is not a weekday like TU, 2TU or https://schema.org/Tuesday")
    if m[1] and nth is not None:
        raise Unusable(f"day {value!r} gives the week of the month twice")
    return _rule(WEEKDAY_CODES.index(m[2].upper()), int(m[1]) if m[1] else nth)


def _rule(weekday: int, nth: int | None) -> DayRule:
    try:
        return DayRule(weekday, nth)
    except ListingError as e:
        raise Unusable(f"week of the month: {e.problem}") from None


def day_rules(values: Iterable[object], weeks_of_month: Sequence[int] = ()) -> tuple[DayRule, ...]:
    """Day rules from a list; with weeks_of_month (schema.org byMonthWeek) each day is the nth of the month."""
    out: list[DayRule] = []
    for v in values:
        out += [day_rule(v, n) for n in weeks_of_month] if weeks_of_month else [day_rule(v)]
    return tuple(dict.fromkeys(out))


def split_list(value: object) -> list[object]:
    """A list from JSON, or from a comma-separated CSV cell."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [p.strip() for p in value.split(",") if p.strip()]
    return list(value) if isinstance(value, list | tuple) else [value]


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """One schedule entry as the source gives it, before we know if it is a session or opening hours."""

    start: time
    end: time  # end == start: all day (opening hours only)
    freq: Freq | None = None  # None: a one-off on `on`
    days: tuple[DayRule, ...] = ()
    monthdays: tuple[int, ...] = ()
    interval: int = 1
    starts_on: date | None = None
    until: date | None = None
    count: int | None = None
    on: date | None = None


def _refused(e: ListingError) -> Unusable:
    return Unusable(f"{e.field.removeprefix('schedule.')}: {e.problem}")


def to_rule(spec: RuleSpec) -> Rule:
    """The session rule for a spec (an all-day spec runs to 23:59); `count` becomes a last date."""
    end = time(23, 59) if spec.end == spec.start else spec.end
    try:
        if spec.freq is None:
            if spec.on is None:
                raise Unusable("a schedule needs a frequency (WEEKLY, MONTHLY) or a date")
            return OneOff(spec.on, spec.start, end)
        rule = Recurring(freq=spec.freq, start=spec.start, end=end, days=spec.days, monthdays=spec.monthdays,
                         interval=spec.interval, starts_on=spec.starts_on, until=spec.until)
    except ListingError as e:
        raise _refused(e) from None
    if spec.count is not None:
        last = until_from_count(rule, spec.count)
        rule = replace(rule, until=min(last, spec.until) if spec.until else last)
    return rule


def until_from_count(rule: Recurring, count: int) -> date:
    """The date of the `count`th session of a rule that says "this many times" rather than "until"."""
    if count < 1:
        raise Unusable(f"count {count} is not 1 or more")
    if rule.starts_on is None:
        raise Unusable("a rule with a count needs a first date (dtstart)")
    dates = rule_dates(rule, rule.starts_on, rule.starts_on + timedelta(days=count * 31 * rule.interval + 31))
    if len(dates) < count:
        raise Unusable(f"could not find {count} sessions of the rule")
    return dates[count - 1]


def _plain_weekly(spec: RuleSpec) -> bool:
    return spec.freq is Freq.WEEKLY and spec.interval == 1 and spec.count is None


def choose_kind(specs: Sequence[RuleSpec]) -> Kind:
    """Opening hours or sessions? Plain weekly hours on three or more weekdays, all valid over the same dates,
    read as a place that is open (a space); anything else (monthly, fortnightly, one-off, one or two days a
    week) as an activity."""
    if (specs and all(_plain_weekly(s) for s in specs) and len({(s.starts_on, s.until) for s in specs}) == 1
            and len({d.weekday for s in specs for d in s.days}) >= 3):
        return Kind.SPACE
    return Kind.ACTIVITY


def opening_hours(specs: Sequence[RuleSpec]) -> tuple[OpeningHours, date | None, date | None]:
    """Plain weekly specs as opening hours, with the dates they are valid between (the listing's)."""
    if not all(_plain_weekly(s) for s in specs) or len({(s.starts_on, s.until) for s in specs}) > 1:
        raise Unusable("only weekly hours valid over the same dates can be a space's opening hours")
    week: list[list[tuple[time, time]]] = [[] for _ in range(7)]
    for s in specs:
        for d in s.days:
            week[d.weekday].append((s.start, s.end))
    try:
        hours = OpeningHours(tuple(tuple(sorted(set(day))) for day in week))
    except ListingError as e:
        raise Unusable(f"opening hours on {e.field.removeprefix('schedule.week.')}: {e.problem}") from None
    return hours, specs[0].starts_on if specs else None, specs[0].until if specs else None
