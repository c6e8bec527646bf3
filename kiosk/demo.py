"""Sample content for `kiosk demo`: twelve weeks of realistic answers so exports, the staff Results screen and its
weekly chart have data.

The sample answers fall in the site's opening hours (`DEMO_OPENING_HOURS`, in the site's time zone: weekdays
09:00–17:00, Saturday 10:00–13:00, closed on Sunday), busiest around midday, over the twelve weeks before now
(`DEMO_ANSWER_DAYS`) and never in the future, so hour-of-day figures look like a real building's whatever time the
demo starts.
Thread: the CLI's main thread, before the window opens.
"""

from __future__ import annotations

import random
import uuid
import zlib
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, Followup
from kiosk.checkin.store import CheckInService
from kiosk.core.clock import Clock, local_date
from kiosk.core.config import Config

if TYPE_CHECKING:
    from sqlalchemy import Engine

# Site-local opening hours by weekday (Monday 0 … Sunday 6); a day that is not here is closed.
DEMO_OPENING_HOURS: Mapping[int, tuple[time, time]] = {
    **{weekday: (time(9), time(17)) for weekday in range(5)},
    5: (time(10), time(13)),
}
DEMO_DAYS = 21
DEMO_LANGUAGES = ("en", "gd", "pl", "uk", "ar", "ur")  # the demo offers every language the kiosk ships
DEMO_ANSWER_DAYS = 84  # twelve weeks: the Results screen's 8-week chart and its 4-week comparison are all filled
_ANSWERS_PER_FULL_DAY = (8, 18)  # a weekday's answers (fewer on a shorter day, in proportion)
_FOLLOWUP_AFTER = timedelta(seconds=20)


class _At:
    """A clock stopped at one moment: when a sample follow-up was given."""

    def __init__(self, moment: datetime) -> None:
        self._moment = moment

    def now(self) -> datetime:
        return self._moment

    def monotonic(self) -> float:
        return 0.0


def _span(opening: tuple[time, time]) -> int:
    start, end = opening
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)  # minutes


def sample_moments(now: datetime, timezone: str, rng: random.Random, days: int = DEMO_DAYS,
                   hours: Mapping[int, tuple[time, time]] = DEMO_OPENING_HOURS) -> Iterator[datetime]:
    """Moments (aware, UTC, oldest first) when sample visitors answered: in opening hours at the site, in the
    `days` days before `now`, and early enough that a follow-up 20 s later is still in the past."""
    zone = ZoneInfo(timezone)
    start, end = now - timedelta(days=days), now - _FOLLOWUP_AFTER
    full_day = max(_span(h) for h in hours.values())
    day = start.astimezone(zone).date()
    while day <= end.astimezone(zone).date():
        opening = hours.get(day.weekday())
        if opening is not None:
            minutes = _span(opening)
            count = round(rng.randint(*_ANSWERS_PER_FULL_DAY) * minutes / full_day)
            opens = opening[0].hour * 60 + opening[0].minute
            offsets = sorted(rng.triangular(0, minutes, minutes * 0.4) for _ in range(count))
            for offset in offsets:  # a whole day's worth: those after now (today) or before the window drop out
                moment = _site_moment(day, opens + offset, zone)
                if moment is not None and start <= moment < end:
                    yield moment
        day += timedelta(days=1)


def _site_moment(day: date, minutes: float, zone: ZoneInfo) -> datetime | None:
    """`minutes` after midnight on `day` at the site, in UTC; None for a wall-clock time the clocks skip."""
    local = datetime.combine(day, time(), tzinfo=zone) + timedelta(minutes=minutes)  # wall-clock arithmetic
    moment = local.astimezone(UTC)
    return moment if moment.astimezone(zone).replace(tzinfo=None) == local.replace(tzinfo=None) else None


def seed_checkins(service: CheckInService, config: Config, clock: Clock, days: int = DEMO_ANSWER_DAYS,
                  seed: int = 7) -> int:
    """Adds sample answers over the past `days` days, only into an empty store. Returns how many."""
    if service.count():
        return 0
    rng = random.Random(seed)
    n = 0
    for at in list(sample_moments(clock.now(), config.timezone, rng, days)):
        answer = rng.choices([Answer.YES, Answer.NOT_SURE, Answer.NO], weights=[70, 20, 10])[0]
        checkin = CheckIn(id=uuid.UUID(int=rng.getrandbits(128), version=4), site=config.site_id,
                          kiosk=config.kiosk_id, answered_at=at, local_date=local_date(at, config.timezone),
                          answer=answer, language=config.language)
        service.record(checkin)
        n += 1
        if answer.asks_followup and rng.random() < 0.6:
            followup = rng.choices(list(Followup), weights=[60, 25, 15])[0]
            service.record_followup(CheckInFollowup.new(checkin=checkin, followup=followup,
                                                        clock=_At(at + _FOLLOWUP_AFTER)))
    return n


DEMO_SYNC_SECONDS = 10.0  # a demo shows answers arriving quickly; a real kiosk uses sync.interval_seconds


def demo_seed(kiosk_id: str) -> int:
    """The sample answers' random seed: each demo kiosk its own, so their UUIDs never collide."""
    return 7 if kiosk_id == "kiosk-1" else zlib.crc32(kiosk_id.encode("utf-8"))


def demo_overrides(kiosk_id: str | None, central: Path | None) -> dict[str, object]:
    """Config overrides for `kiosk demo --kiosk-id ID --central FILE`."""
    overrides: dict[str, object] = {"kiosk.languages": list(DEMO_LANGUAGES)}
    if kiosk_id:
        overrides["kiosk.id"] = kiosk_id
    if central is not None:
        overrides["sync.central_url"] = str(central.expanduser().absolute())
        overrides["sync.interval_seconds"] = DEMO_SYNC_SECONDS
    return overrides


def prepare_demo_central(config: Config, clock: Clock) -> bool:
    """Makes the SQLite central file ready for this demo kiosk: schema, its site (with a sample listing to
    pull) and the kiosk itself. Safe to run again and from a second demo kiosk. Returns True if it was new."""
    from sqlalchemy import select

    from kiosk.data.content import publish_content
    from kiosk.data.engine import make_engine
    from kiosk.data.sync_models import KioskAccountRecord, SiteRecord
    from kiosk.sync import central as admin

    path = Path(config.central_url)
    new = not path.exists()
    engine = make_engine(str(path))
    try:
        admin.init_central(engine)
        with engine.connect() as conn:
            site = conn.scalar(select(SiteRecord.id).where(SiteRecord.id == config.site_id))
            kiosk = conn.scalar(select(KioskAccountRecord.kiosk_id)
                                .where(KioskAccountRecord.kiosk_id == config.kiosk_id))
        if site is None:
            admin.add_site(engine, config.site_id, config.site_name, config.timezone)
            publish_content(engine, config.site_id, "listing",
                            {"title": "Coffee morning", "when": "Thursdays 10:00", "where": "Community room"},
                            "demo", clock=clock)
        if kiosk is None:
            admin.add_kiosk(engine, config.site_id, config.kiosk_id)
    finally:
        engine.dispose()
    return new


def seed_demo_listings(engine: Engine, config: Config, clock: Clock) -> int:
    """Puts the sample listings (kiosk.whatson.rules.demo_listings, for the site's today) into the local `site_content`
    mirror — kind 'listing', version 1, change_seq 0 — so What's on and Open now show a real building's week.

    Only on a kiosk whose site has no listings but these: real content is never mixed with samples. Samples
    still as seeded (version 1, by "demo") are refreshed to today, so a demo started next month still has its
    one-off swap next Saturday. Returns how many listings were written."""
    import json

    from sqlalchemy import func, insert, select, update

    from kiosk.data.models import Base
    from kiosk.whatson.rules.demo_listings import demo_listings
    from kiosk.whatson.rules.listing_json import listing_to_json

    content = Base.metadata.tables["site_content"]
    now = clock.now()
    listings = demo_listings(local_date(now, config.timezone))
    ids = {x.id for x in listings}
    mine = (content.c.site == config.site_id) & (content.c.kind == "listing")
    with engine.begin() as conn:
        others = conn.scalar(select(func.count()).select_from(content).where(mine, content.c.id.not_in(ids)))
        if others:
            return 0
        stored = {r.id: r for r in conn.execute(select(content.c.id, content.c.version, content.c.updated_by)
                                                .where(mine))}
        written = 0
        for listing in listings:
            payload = json.dumps(listing_to_json(listing), ensure_ascii=False, sort_keys=True)
            row = stored.get(listing.id)
            if row is None:
                conn.execute(insert(content).values(
                    id=listing.id, site=config.site_id, kind="listing", payload=payload, version=1, archived=False,
                    updated_at=now, updated_by="demo", change_seq=0))
            elif row.version == 1 and row.updated_by == "demo":
                conn.execute(update(content).where(content.c.id == listing.id).values(payload=payload, updated_at=now))
            else:
                continue
            written += 1
    return written
