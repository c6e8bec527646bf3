"""Grouping answers by site, ISO week, month, weekday and hour — always the site's own calendar and clock.

Tallies already carry the site-local day and hour, so grouping is a key function; a period also knows its first
and last day so reports can print "week of 2 Nov 2026" and never mix a week across two months by accident.
Thread: any (pure).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kiosk.results.rules.tally import Tally


class Grain(StrEnum):
    DAY = "day"
    WEEK = "week"  # ISO week, Monday to Sunday
    MONTH = "month"


@dataclass(frozen=True, slots=True, order=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def period_of(day: date, grain: Grain) -> Period:
    if grain is Grain.DAY:
        return Period(day, day)
    if grain is Grain.WEEK:
        monday = day - timedelta(days=day.weekday())
        return Period(monday, monday + timedelta(days=6))
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(first, following - timedelta(days=1))


def periods_between(first: date, last: date, grain: Grain) -> list[Period]:
    """Every period touching [first, last], in order — including the ones with no answers (they are shown)."""
    out: list[Period] = []
    p = period_of(first, grain)
    while p.start <= last:
        out.append(p)
        p = period_of(p.end + timedelta(days=1), grain)
    return out


def clipped(period: Period, first: date, last: date) -> Period:
    """A period cut to the query's dates, so a report never claims days it did not read."""
    return Period(max(period.start, first), min(period.end, last))


def group(tallies: Iterable[Tally], key: Callable[[Tally], object]) -> dict[object, list[Tally]]:
    out: dict[object, list[Tally]] = {}
    for t in tallies:
        out.setdefault(key(t), []).append(t)
    return out


def by_period(tallies: Iterable[Tally], grain: Grain) -> dict[Period, list[Tally]]:
    out: dict[Period, list[Tally]] = {}
    for t in tallies:
        out.setdefault(period_of(t.day, grain), []).append(t)
    return out


def by_site(tallies: Iterable[Tally]) -> dict[str, list[Tally]]:
    out: dict[str, list[Tally]] = {}
    for t in tallies:
        out.setdefault(t.site, []).append(t)
    return out


def by_weekday_hour(tallies: Iterable[Tally]) -> dict[tuple[int, int], list[Tally]]:
    """(weekday 0 = Monday, hour 0-23) → tallies: the pattern through the week."""
    out: dict[tuple[int, int], list[Tally]] = {}
    for t in tallies:
        out.setdefault((t.day.weekday(), t.hour), []).append(t)
    return out


def days(first: date, last: date) -> Iterator[date]:
    d = first
    while d <= last:
        yield d
        d += timedelta(days=1)
