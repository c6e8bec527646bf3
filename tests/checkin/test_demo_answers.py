"""`kiosk demo`'s sample answers: in the site's opening hours, in its time zone, over the weeks before now (three
for `sample_moments` by default, twelve in the demo store) and never after it — whatever time of day (or side of a
clock change) the demo starts."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from statistics import median
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from kiosk.checkin.store import CheckInService
from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from kiosk.demo import DEMO_ANSWER_DAYS, DEMO_OPENING_HOURS, sample_moments, seed_checkins
from tests.support.qtkiosk import rows

LONDON = "Europe/London"


def _at(text: str, zone: str = LONDON) -> datetime:
    """A site-local wall-clock time as an aware UTC moment (the clock the demo is started with)."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


STARTS = {
    "weekday morning": _at("2026-11-25T10:30"),  # Wednesday, mid-opening: today's answers so far only
    "weekday evening": _at("2026-11-25T21:00"),
    "just after midnight": _at("2026-11-26T00:10"),
    "Sunday afternoon": _at("2026-11-29T15:00"),
    "spring forward week": _at("2026-04-01T19:00"),  # BST began Sunday 29 March: weeks on both sides of it
    "fall back week": _at("2026-10-27T08:59"),  # GMT again from Sunday 25 October, one minute before opening
}


def _check_in_opening_hours(moments: list[datetime], now: datetime, zone: str, days: int = 21) -> None:
    assert moments, "no sample answers at all"
    assert moments == sorted(moments)
    for moment in moments:
        assert moment.tzinfo is not None
        assert now - timedelta(days=days) <= moment < now, moment  # the weeks before now, never after
        local = moment.astimezone(ZoneInfo(zone))
        opening = DEMO_OPENING_HOURS.get(local.weekday())
        assert opening is not None, f"an answer on a closed day: {local:%A %Y-%m-%d %H:%M}"
        assert opening[0] <= local.time() < opening[1], f"an answer outside opening hours: {local:%A %H:%M}"


@pytest.mark.parametrize("start", sorted(STARTS))
def test_sample_answers_follow_the_opening_hours(start: str) -> None:
    now = STARTS[start]
    moments = list(sample_moments(now, LONDON, random.Random(7)))
    _check_in_opening_hours(moments, now, LONDON)
    hours = Counter(m.astimezone(ZoneInfo(LONDON)).hour for m in moments)
    assert set(hours) == set(range(9, 17))  # every opening hour has answers, no other hour has any
    assert 11 <= median(m.astimezone(ZoneInfo(LONDON)).hour for m in moments) <= 13  # busiest around midday
    assert 120 <= len(moments) <= 300


def test_the_site_time_zone_decides_not_utc() -> None:
    now = _at("2026-11-25T21:00", "Pacific/Auckland")  # 08:00 UTC: the site's evening is UTC's morning
    moments = list(sample_moments(now, "Pacific/Auckland", random.Random(7)))
    _check_in_opening_hours(moments, now, "Pacific/Auckland")
    assert Counter(m.hour for m in moments).keys() <= set(range(20, 24)) | set(range(0, 5))  # UTC: 9-17 NZDT


def test_the_same_seed_and_clock_give_the_same_answers() -> None:
    now = STARTS["weekday evening"]
    assert list(sample_moments(now, LONDON, random.Random(7))) == list(sample_moments(now, LONDON, random.Random(7)))
    assert list(sample_moments(now, LONDON, random.Random(8))) != list(sample_moments(now, LONDON, random.Random(7)))


@pytest.mark.parametrize("start", ["weekday evening", "spring forward week"])
def test_the_demo_store_gets_answers_and_followups_in_opening_hours(engine: Engine, config: Config,
                                                                   start: str) -> None:
    now = STARTS[start]
    n = seed_checkins(CheckInService(engine), config, ManualClock(now))
    assert n > 100
    checkins = rows(config)
    assert len(checkins) == n
    answered = [datetime.fromisoformat(r["answered_at"]).replace(tzinfo=UTC) for r in checkins]
    _check_in_opening_hours(answered, now, config.timezone, DEMO_ANSWER_DAYS)
    for row, moment in zip(checkins, answered, strict=True):
        assert row["local_date"] == moment.astimezone(ZoneInfo(config.timezone)).date().isoformat()
    followups = rows(config, "checkin_followup")
    assert followups
    assert all(datetime.fromisoformat(r["answered_at"]).replace(tzinfo=UTC) < now for r in followups)
    assert seed_checkins(CheckInService(engine), config, ManualClock(now)) == 0  # only into an empty store
