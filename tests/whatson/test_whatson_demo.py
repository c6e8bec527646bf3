"""`kiosk demo` and `kiosk screenshots` fill the local site_content mirror with the demo's listings, so What's
on looks like a real building's week — without ever mixing samples into a site's real content."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, Row, insert, select, update

from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.data.models import Base
from kiosk.demo import seed_demo_listings
from kiosk.whatson.rules.demo_listings import demo_id, demo_listings
from kiosk.whatson.rules.listing_json import listing_from_json
from kiosk.whatson.rules.schedules import OneOff, Sessions
from kiosk.whatson.store import ListingService

CONTENT = Base.metadata.tables["site_content"]


def _rows(engine: Engine) -> list[Row[Any]]:
    with engine.connect() as conn:
        return list(conn.execute(select(CONTENT).order_by(CONTENT.c.id)))


def test_an_empty_demo_store_gets_the_whole_week(engine: Engine, config: settings.Config, clock: ManualClock) -> None:
    assert seed_demo_listings(engine, config, clock) == len(demo_listings(clock.now().date())) == 22
    rows = _rows(engine)
    assert {(r.kind, r.version, r.change_seq, r.archived, r.site, r.updated_by) for r in rows} == {
        ("listing", 1, 0, False, "riverside", "demo")}
    shown = ListingService(engine, config.site_id, config.kiosk_id, clock, config.data_dir / "photos").listings()
    assert len(shown) == 22 and all(not s.pending for s in shown)


def test_seeding_again_later_refreshes_the_samples_dates(engine: Engine, config: settings.Config) -> None:
    seed_demo_listings(engine, config, ManualClock(datetime(2026, 11, 25, 10, tzinfo=UTC)))
    swap_id = demo_id("coat-swap")

    def swap_day() -> str:
        with engine.connect() as conn:
            payload = conn.scalar(select(CONTENT.c.payload).where(CONTENT.c.id == swap_id))
        assert isinstance(payload, str)
        listing = listing_from_json(json.loads(payload))
        assert isinstance(listing.schedule, Sessions) and isinstance(listing.schedule.rules[0], OneOff)
        return listing.schedule.rules[0].on.isoformat()

    assert swap_day() == "2026-11-28"  # the Saturday after
    assert seed_demo_listings(engine, config, ManualClock(datetime(2027, 1, 13, 10, tzinfo=UTC))) == 22
    assert swap_day() == "2027-01-16"
    assert len(_rows(engine)) == 22


def test_a_sample_staff_have_changed_is_left_alone(engine: Engine, config: settings.Config,
                                                   clock: ManualClock) -> None:
    seed_demo_listings(engine, config, clock)
    cafe = demo_id("community-cafe")
    with engine.begin() as conn:
        conn.execute(update(CONTENT).where(CONTENT.c.id == cafe).values(version=2, payload='{"edited": true}',
                                                                         updated_by="sam"))
    assert seed_demo_listings(engine, config, clock) == 21
    with engine.connect() as conn:
        assert conn.scalar(select(CONTENT.c.payload).where(CONTENT.c.id == cafe)) == '{"edited": true}'


def test_a_site_with_real_listings_gets_no_samples(engine: Engine, config: settings.Config, clock: ManualClock) -> None:
    real = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(insert(CONTENT).values(id=real, site=config.site_id, kind="listing", payload="{}", version=3,
                                            archived=False, updated_at=clock.now(), updated_by="staff",
                                            change_seq=9))
        # another site's content, or other kinds of content, do not count
        conn.execute(insert(CONTENT).values(id=uuid.uuid4(), site=config.site_id, kind="wall", payload="{}",
                                            version=1, archived=False, updated_at=clock.now(), updated_by="x",
                                            change_seq=10))
    assert seed_demo_listings(engine, config, clock) == 0
    assert [r.id for r in _rows(engine) if r.kind == "listing"] == [real]


def test_other_sites_and_other_content_do_not_stop_the_samples(engine: Engine, config: settings.Config,
                                                               clock: ManualClock) -> None:
    with engine.begin() as conn:
        for site, kind in (("harbour", "listing"), (config.site_id, "wall")):
            conn.execute(insert(CONTENT).values(id=uuid.uuid4(), site=site, kind=kind, payload="{}", version=1,
                                                archived=False, updated_at=clock.now(), updated_by="x", change_seq=1))
    assert seed_demo_listings(engine, config, clock) == 22


def test_screenshots_seed_their_throwaway_store(config: settings.Config, clock: ManualClock) -> None:
    from kiosk.data.engine import sqlite_engine
    from kiosk.screenshot_command import seed_listings

    seed_listings(config, clock)
    engine = sqlite_engine(config.database_path)
    try:
        assert len([r for r in _rows(engine) if r.kind == "listing"]) == 22
    finally:
        engine.dispose()
