"""A site's weekly opening hours (`site.hours`): parsed from lines like "mon-fri 09:00-17:00", checked with
plain-words problems, and asked whether the site is open at a local moment and when it next opens.

Each line names days — one (`sat`), a range (`mon-fri`) or a list (`mon,wed,fri`) — then one or more time
ranges (`09:00-12:30, 13:30-17:00`) in the site's own time zone, or the word `closed`. A day no line names is
closed, and a day may be named only once. A range ends after it starts, on the same day (`24:00` is the end of
the day): a late opening past midnight is two lines. Pure: no Qt, no SQL, no I/O (the caller brings a moment
already in the site's zone). Thread: any.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from typing import NamedTuple

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"([01]?\d|2[0-4]):([0-5]\d)")
EXAMPLE = 'lines like "mon-fri 09:00-17:00", "sat 10:00-12:30, 13:30-16:00" or "sun closed"'

Span = tuple[int, int]  # minutes from the day's start: [start, end)


def _q(value: object) -> str:
    """A value quoted for a message, cut when long (a 5,000-character paste must not fill the screen)."""
    shown = repr(value.strip() if isinstance(value, str) else value)
    return shown if len(shown) <= 60 else f"{shown[:50]}… ({len(shown)} characters)"


class HoursProblem(ValueError):
    """What is wrong with an opening-hours line, in plain words."""


class WeeklyHours(NamedTuple):
    """Open spans per weekday (0 = Monday), in minutes from local midnight. (A NamedTuple rather than a frozen
    dataclass: this module loads before the home screen's first frame, where a frozen dataclass's generated
    methods cost ≈ 0.3 ms a class: README "Where the start-up time goes".)"""

    days: tuple[tuple[Span, ...], ...]

    def is_open(self, local: datetime) -> bool:
        minute = local.hour * 60 + local.minute
        return any(start <= minute < end for start, end in self.days[local.weekday()])

    def next_opening(self, local: datetime) -> datetime | None:
        """The next moment (after `local`, in its zone) the site opens; None when it never opens."""
        for ahead in range(8):
            day = (local + timedelta(days=ahead)).date()
            for start, _ in self.days[day.weekday()]:
                moment = datetime.combine(day, time(start // 60, start % 60), local.tzinfo)
                if moment > local:
                    return moment
        return None

    def closes_at(self, local: datetime) -> datetime | None:
        """When the span open at `local` ends (None when closed now)."""
        minute = local.hour * 60 + local.minute
        for start, end in self.days[local.weekday()]:
            if start <= minute < end:
                midnight = datetime.combine(local.date(), time(0), local.tzinfo)
                return midnight + timedelta(minutes=end) if end < 1440 else midnight + timedelta(days=1)
        return None


def _minutes(text: str, line: str) -> int:
    m = _TIME.fullmatch(text.strip())
    if not m:
        raise HoursProblem(f"{_q(line)}: {_q(text)} is not a time like 09:00 or 17:30")
    hours, minutes = int(m.group(1)), int(m.group(2))
    if hours == 24 and minutes:
        raise HoursProblem(f"{_q(line)}: {_q(text)} is not a time of day (24:00 is the latest)")
    return hours * 60 + minutes


def _days(text: str, line: str) -> list[int]:
    out: list[int] = []
    for part in text.lower().split(","):
        ends = part.strip().split("-")
        if len(ends) > 2 or not all(e in DAYS for e in ends):
            raise HoursProblem(f"{_q(line)}: {_q(part)} is not a day, a range like mon-fri or a list like "
                               f"mon,wed (days: {', '.join(DAYS)})")
        first, last = DAYS.index(ends[0]), DAYS.index(ends[-1])
        if last < first:
            raise HoursProblem(f"{_q(line)}: {_q(part)} runs backwards; write the days in week order "
                               "(mon first), e.g. sat-sun")
        out += range(first, last + 1)
    return out


def _spans(text: str, line: str) -> tuple[Span, ...]:
    if text.strip().lower() == "closed":
        return ()
    spans: list[Span] = []
    for part in text.split(","):
        ends = part.split("-")
        if len(ends) != 2:
            raise HoursProblem(f"{_q(line)}: {_q(part)} is not a time range like 09:00-17:00 (or 'closed')")
        start, end = _minutes(ends[0], line), _minutes(ends[1], line)
        if end <= start:
            raise HoursProblem(f"{_q(line)}: {_q(part)} ends before it starts; a time past midnight goes on the "
                               "next day's line (e.g. 'fri 18:00-24:00' and 'sat 00:00-01:00')")
        spans.append((start, end))
    spans.sort()
    for (_, end), (start, _) in itertools.pairwise(spans):
        if start < end:
            raise HoursProblem(f"{_q(line)}: the times overlap")
    return tuple(spans)


def parse_hours(lines: Sequence[object]) -> WeeklyHours:
    """The weekly hours of `lines` (see the module docstring); HoursProblem says what is wrong."""
    days: list[tuple[Span, ...] | None] = [None] * 7
    for line in lines:
        if not isinstance(line, str):
            raise HoursProblem(f"{_q(line)} is not text: write {EXAMPLE}")
        head, _, rest = line.strip().partition(" ")
        if not rest.strip():
            raise HoursProblem(f"{_q(line)}: say the days, then the hours or 'closed' ({EXAMPLE})")
        spans = _spans(rest, line)
        for day in _days(head, line):
            if days[day] is not None:
                raise HoursProblem(f"{_q(line)}: {DAYS[day]} is named twice; each day goes on one line")
            days[day] = spans
    return WeeklyHours(tuple(d or () for d in days))


def hours_problem(lines: list[object]) -> str | None:
    """The first problem with `lines` in plain words, or None (the config's check)."""
    try:
        parse_hours(lines)
    except HoursProblem as e:
        return str(e)
    return None


def restart_time_problem(text: str) -> str | None:
    """Empty (no nightly restart) or a local time like 03:30."""
    if not text.strip():
        return None
    m = _TIME.fullmatch(text.strip())
    return None if m and int(m.group(1)) < 24 else "must be empty or a time like 03:30 (24-hour clock)"


def restart_minute(text: str) -> int | None:
    """Minutes after local midnight of a checked `kiosk.restart_at`, or None when it is empty."""
    if not text.strip():
        return None
    hours, minutes = text.strip().split(":")
    return int(hours) * 60 + int(minutes)
