"""Device health in the heartbeat (migration 0009): what the screen records reaches the central database with
the kiosk's own login (PostgreSQL: the kiosk role may insert the new columns, and the server's CHECKs refuse
nonsense), and `kiosk central health` says it in words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import Engine

from kiosk.core.clock import ManualClock
from kiosk.data.device import DeviceProbe
from kiosk.data.engine import make_engine
from kiosk.data.services import Services
from kiosk.sync.central import KioskHealth, add_kiosk, add_site, health, init_central
from kiosk.sync.cycle import SyncCycle
from kiosk.sync.health_words import device_warnings, device_words
from tests.support.pgserver import PgServer
from tests.sync.conftest import login
from tests.sync.kiosks import kiosk_config, kiosk_login, local_store, record_answers


@pytest.fixture(params=[pytest.param("postgresql", marks=pytest.mark.postgres), "sqlite"])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else str(tmp_path / "central.sqlite3")
    engine = make_engine(url)
    init_central(engine)
    add_site(engine, "north", "North Library", "Europe/London")
    yield engine
    engine.dispose()


def test_the_heartbeat_carries_the_devices_health(central: Engine, tmp_path: Path) -> None:
    url = str(central.url.database) if central.dialect.name == "sqlite" else \
        central.url.render_as_string(hide_password=False)
    kiosk = kiosk_login(central, url, "north", "north-1")
    config = kiosk_config(tmp_path, kiosk.url, kiosk_id="north-1", site="north")
    clock = ManualClock(datetime.now(UTC))  # PostgreSQL stamps arrivals with its own clock: keep them close
    with local_store(config) as local:
        services = Services(config, clock)
        probe = services.get(DeviceProbe.from_services)
        probe.frame_drawn()
        clock.advance(30)
        probe.set_screen_on(False)  # asleep: closed hours
        record_answers(local, config, clock, 2)
        cycle = SyncCycle(config, clock, env=kiosk.env, local=local, services=services)
        try:
            report = cycle.run()
        finally:
            cycle.close()
            services.close()
        assert report.ok, report.error
    [seen] = health(central, now=clock.now())
    assert seen.screen_on is False
    assert seen.last_frame_at is not None and seen.sent_at is not None
    assert seen.sent_at - seen.last_frame_at >= timedelta(seconds=32)  # the frame, 30 s, then two answers
    assert seen.disk_free_mb is not None and seen.disk_free_mb > 0
    assert seen.memory_free_mb is not None and seen.memory_free_mb > 0
    words = device_words(seen)
    assert words.startswith("screen asleep (closed hours), last frame 3") and " s before; disk " in words
    assert device_warnings(seen) == []  # asleep: no frame is expected


def _kiosk(**device: object) -> KioskHealth:
    now = datetime(2026, 11, 25, 10, tzinfo=UTC)
    fields: dict[str, object] = {"kiosk_id": "k1", "site": "north", "last_seen": now, "app_version": "1",
                                 "pending": 0, "last_sync_at": now, "uptime_seconds": 60.0, "revoked": False,
                                 "silent": False, "sent_at": now}
    return KioskHealth(**(fields | device))  # type: ignore[arg-type]


def test_health_words_say_what_needs_a_person() -> None:
    now = datetime(2026, 11, 25, 10, tzinfo=UTC)
    fine = _kiosk(screen_on=True, last_frame_at=now - timedelta(seconds=12), disk_free_mb=3500, memory_free_mb=512)
    assert device_words(fine) == "screen on, last frame 12 s before; disk 3.4 GB free; memory 512 MB free"
    assert device_warnings(fine) == []
    full = _kiosk(screen_on=True, last_frame_at=now - timedelta(minutes=20), disk_free_mb=150, memory_free_mb=40)
    warned = device_warnings(full)
    assert [w.split(":")[1].split("(")[0].strip() for w in warned] == [
        "its disk is nearly full", "it is short of memory", "its screen is meant to be on but drew nothing recently;"
        " the display may be frozen or unplugged — have a look at it."]
    assert device_words(_kiosk()) == "-"  # a heartbeat from before migration 0009
    assert device_warnings(_kiosk(revoked=True, disk_free_mb=1)) == []


@pytest.mark.postgres
def test_the_server_refuses_nonsense_device_figures(pg_url: str, pg_server: PgServer) -> None:
    engine = make_engine(pg_url)
    try:
        init_central(engine)
        add_site(engine, "north", "North Library", "Europe/London")
        creds = add_kiosk(engine, "north", "north-1")
        with login(pg_server, engine, creds.role_name, creds.password) as conn:
            insert = ("INSERT INTO heartbeat (id, site, kiosk, sent_at, app_version, pending, uptime_seconds, "
                      "digest, disk_free_mb, memory_free_mb, last_frame_at, screen_on) VALUES (gen_random_uuid(), "
                      "'north', 'north-1', now(), '1.0', 0, 1, repeat('a', 64), %s, %s, %s, %s)")
            conn.execute(insert, [100, 200, datetime.now(UTC), True])  # the kiosk role may set them
            with pytest.raises(errors.CheckViolation):
                conn.execute(insert, [-1, 200, None, True])
            with pytest.raises(errors.CheckViolation):
                conn.execute(insert, [1, 200, datetime.now(UTC) + timedelta(days=1), True])
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE heartbeat SET screen_on = false")
    finally:
        engine.dispose()
