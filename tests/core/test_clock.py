"""Injectable time: the greeting's part of the day at the site, and the hand-moved test clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.clock import ManualClock, SystemClock, local_date, part_of_day


@pytest.mark.parametrize(
    ("utc", "timezone", "expected"),
    [
        # Winter in London (GMT = UTC): the boundaries fall at 04:00, 12:00 and 18:00 UTC.
        ((2026, 11, 25, 3, 59), "Europe/London", "evening"),
        ((2026, 11, 25, 4, 0), "Europe/London", "morning"),
        ((2026, 11, 25, 11, 59), "Europe/London", "morning"),
        ((2026, 11, 25, 12, 0), "Europe/London", "afternoon"),
        ((2026, 11, 25, 17, 59), "Europe/London", "afternoon"),
        ((2026, 11, 25, 18, 0), "Europe/London", "evening"),
        ((2026, 11, 25, 0, 0), "Europe/London", "evening"),
        # Summer in London (BST = UTC+1): every boundary moves an hour earlier in UTC.
        ((2026, 7, 1, 2, 59), "Europe/London", "evening"),
        ((2026, 7, 1, 3, 0), "Europe/London", "morning"),
        ((2026, 7, 1, 10, 59), "Europe/London", "morning"),
        ((2026, 7, 1, 11, 0), "Europe/London", "afternoon"),
        ((2026, 7, 1, 16, 59), "Europe/London", "afternoon"),
        ((2026, 7, 1, 17, 0), "Europe/London", "evening"),
        # Far from UTC: 03:00 UTC is noon in Tokyo, 21:00 UTC is 10:00 next day in Auckland (NZDT).
        ((2026, 11, 25, 3, 0), "Asia/Tokyo", "afternoon"),
        ((2026, 11, 25, 2, 59), "Asia/Tokyo", "morning"),
        ((2026, 11, 25, 21, 0), "Pacific/Auckland", "morning"),
    ],
)
def test_part_of_day_uses_the_site_time_zone(utc: tuple[int, ...], timezone: str, expected: str) -> None:
    year, month, day, hour, minute = utc
    assert part_of_day(datetime(year, month, day, hour, minute, tzinfo=UTC), timezone) == expected


def test_part_of_day_accepts_a_moment_in_any_zone() -> None:
    moment = datetime(2026, 11, 25, 13, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # 04:00 UTC
    assert part_of_day(moment, "Europe/London") == "morning"
    assert part_of_day(moment, "Asia/Tokyo") == "afternoon"


def test_local_date_across_the_date_line() -> None:
    moment = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    assert local_date(moment, "Pacific/Kiritimati") == date(2026, 11, 26)  # UTC+14
    assert local_date(moment, "Pacific/Pago_Pago") == date(2026, 11, 25)  # UTC-11


def test_manual_clock_rejects_a_naive_start() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ManualClock(datetime(2026, 11, 25, 10, 0))


def test_manual_clock_only_moves_when_told(clock: ManualClock) -> None:
    start, mono = clock.now(), clock.monotonic()
    assert clock.now() == start and clock.monotonic() == mono
    clock.advance(90)
    assert clock.now() - start == timedelta(seconds=90)
    assert clock.monotonic() - mono == 90


def test_manual_clock_default_start_is_aware() -> None:
    c = ManualClock()
    assert c.now().tzinfo is not None
    assert c.now().utcoffset() == timedelta(0)


def test_system_clock_is_aware_utc_and_monotonic() -> None:
    c = SystemClock()
    now = c.now()
    assert now.utcoffset() == timedelta(0)
    assert abs((datetime.now(UTC) - now).total_seconds()) < 60
    a = c.monotonic()
    assert c.monotonic() >= a
