"""Opening hours (`site.hours`): parsing, plain-words problems, open now, the next opening, and the config key."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.core import config as settings
from kiosk.core.errors import ConfigError
from kiosk.core.opening_hours import hours_problem, parse_hours, restart_minute, restart_time_problem

LONDON = ZoneInfo("Europe/London")
HOURS = parse_hours(["mon-fri 09:00-12:30, 13:30-17:00", "sat 10:00-13:00", "sun closed"])


def at(day: int, hh: int, mm: int = 0) -> datetime:
    """A moment in London in the week of Monday 23 November 2026 (day 0 = Monday)."""
    return datetime(2026, 11, 23 + day, hh, mm, tzinfo=LONDON)


@pytest.mark.parametrize(("moment", "open_"), [
    (at(0, 8, 59), False), (at(0, 9, 0), True), (at(0, 12, 29), True), (at(0, 12, 30), False),
    (at(0, 13, 30), True), (at(4, 16, 59), True), (at(4, 17, 0), False), (at(5, 10, 0), True),
    (at(5, 13, 0), False), (at(6, 12, 0), False),
])
def test_open_at_these_moments(moment: datetime, open_: bool) -> None:
    assert HOURS.is_open(moment) is open_


def test_next_opening_skips_closed_days_and_lunch() -> None:
    assert HOURS.next_opening(at(0, 12, 45)) == at(0, 13, 30)
    assert HOURS.next_opening(at(5, 14, 0)) == at(7, 9, 0)  # Saturday afternoon -> Monday 09:00 (Sunday closed)
    assert HOURS.closes_at(at(5, 11, 0)) == at(5, 13, 0)
    assert HOURS.closes_at(at(6, 11, 0)) is None
    assert parse_hours(["mon closed"]).next_opening(at(0, 9)) is None


def test_a_day_open_until_midnight_closes_at_the_next_day() -> None:
    late = parse_hours(["fri 18:00-24:00", "sat 00:00-01:00"])
    assert late.is_open(at(4, 23, 59)) and late.is_open(at(5, 0, 30)) and not late.is_open(at(5, 1, 0))
    assert late.closes_at(at(4, 20)) == at(5, 0, 0)


def test_across_the_clock_change_the_opening_is_local() -> None:
    hours = parse_hours(["sun 10:00-16:00"])
    saturday = datetime(2026, 3, 28, 12, 0, tzinfo=LONDON)  # clocks go forward that night
    assert hours.next_opening(saturday) == datetime(2026, 3, 29, 10, 0, tzinfo=LONDON)
    assert hours.next_opening(saturday).utcoffset().total_seconds() == 3600  # type: ignore[union-attr]


@pytest.mark.parametrize(("lines", "words"), [
    (["mon-fri 9-5"], "'9' is not a time like 09:00"),
    (["fri-mon 09:00-17:00"], "runs backwards"),
    (["mon 09:00-17:00", "mon-tue 10:00-11:00"], "mon is named twice"),
    (["mon 17:00-09:00"], "ends before it starts"),
    (["mon 09:00-12:00, 11:00-13:00"], "the times overlap"),
    (["monday 09:00-17:00"], "'monday' is not a day"),
    (["mon"], "say the days, then the hours or 'closed'"),
    (["mon 24:30-25:00"], "is not a time"),
    ([7], "7 is not text"),
])
def test_problems_are_said_in_plain_words(lines: list[object], words: str) -> None:
    problem = hours_problem(lines)
    assert problem is not None and words in problem


def test_the_config_key_names_the_bad_line() -> None:
    with pytest.raises(ConfigError) as e:
        settings.load(env={}, overrides={"site.hours": ["mon-fri 09:00-17:00", "sat 10-13"]})
    assert "site.hours = ['mon-fri 09:00-17:00', 'sat 10-13']: 'sat 10-13': '10' is not a time" in str(e.value)
    good = settings.load(env={}, overrides={"site.hours": ["sat-sun 10:00-16:00"]})
    assert good.hours == ("sat-sun 10:00-16:00",)
    assert hours_problem(list(settings.load(env={}).hours)) is None  # the default parses


def test_restart_at_is_empty_or_a_time() -> None:
    assert restart_time_problem("") is None and restart_minute("") is None
    assert restart_time_problem("03:30") is None and restart_minute("03:30") == 210
    assert restart_time_problem("24:00") is not None and restart_time_problem("3pm") is not None
    with pytest.raises(ConfigError, match=r"kiosk\.restart_at = '3pm': must be empty or a time like 03:30"):
        settings.load(env={}, overrides={"kiosk.restart_at": "3pm"})
