"""Injectable time: the app asks a Clock, never `datetime.now()`, so tests can move time by hand.

Thread: any. `SystemClock` is stateless; `ManualClock` is meant for tests on one thread.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start that never go backwards (for guards and timeouts)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
        self._mono += seconds

    def set_wall(self, seconds: float) -> None:
        """Someone changed the wall clock by `seconds` (negative: back); the monotonic clock does not move."""
        self._now += timedelta(seconds=seconds)


def local_date(moment: datetime, timezone: str) -> date:
    """The calendar date at the site for a UTC moment (what managers report by)."""
    return moment.astimezone(ZoneInfo(timezone)).date()


def part_of_day(moment: datetime, timezone: str) -> str:
    """'morning', 'afternoon' or 'evening' at the site, for a friendly greeting."""
    hour = moment.astimezone(ZoneInfo(timezone)).hour
    if 4 <= hour < 12:
        return "morning"
    if 12 <= hour < 18:
        return "afternoon"
    return "evening"
