"""The kiosk's sync in its heartbeat (migration 0013_heartbeat_errors): when the oldest waiting answer was given
and the last sync failure as a code, sent with the kiosk's own PostgreSQL login; the server's CHECKs keep the
code a short identifier (no words or personal data fit) and the moments no later than the heartbeat; `kiosk
central health` says the failure in words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from psycopg import errors
from sqlalchemy import select

from kiosk.core.clock import ManualClock
from kiosk.data.engine import make_engine
from kiosk.data.services import Services
from kiosk.data.sync_models import HeartbeatRecord
from kiosk.sync.central import add_kiosk, add_site, health, init_central
from kiosk.sync.cycle import SyncCycle
from kiosk.sync.health_words import sync_error_words, sync_warnings
from kiosk.sync.problems import PASSWORD_ENV
from tests.support.pgserver import PgServer
from tests.sync.conftest import login
from tests.sync.kiosks import kiosk_config, kiosk_login, local_store, record_answers

pytestmark = pytest.mark.postgres


def test_a_failed_sync_and_the_waiting_answers_reach_the_central_database(pg_url: str, tmp_path: Path) -> None:
    central = make_engine(pg_url)
    try:
        init_central(central)
        add_site(central, "north", "North Library", "Europe/London")
        kiosk = kiosk_login(central, pg_url, "north", "north-1")
        config = kiosk_config(tmp_path, kiosk.url, kiosk_id="north-1", site="north")
        clock = ManualClock(datetime.now(UTC) - timedelta(minutes=2))  # near the server's clock
        with local_store(config) as local:
            services = Services(config, clock)
            first = record_answers(local, config, clock, 2)[0].answered_at
            clock.advance(30)
            failed_at = clock.now()
            cycle = SyncCycle(config, clock, env={PASSWORD_ENV: "not-the-password"}, local=local, services=services)
            try:
                assert not cycle.run().ok  # the heartbeat queued now tells why, and what waits
            finally:
                cycle.close()
            clock.advance(60)
            cycle = SyncCycle(config, clock, env=kiosk.env, local=local, services=services)
            try:
                report = cycle.run()
            finally:
                cycle.close()
                services.close()
            assert report.ok, report.error
        with central.connect() as conn:
            beats = conn.execute(select(HeartbeatRecord.__table__).order_by(HeartbeatRecord.sent_at)).all()
        assert [(b.last_error, b.last_error_at) for b in beats] == [("central_password", failed_at)] * 2
        assert [b.oldest_unsent_at for b in beats] == [first, None]  # sent by the second heartbeat's time
        [seen] = health(central, now=clock.now())
        assert seen.last_error == "central_password" and seen.last_error_at == failed_at
        assert sync_warnings(seen) == []  # synced since: said in the grid, not warned about
        assert "did not accept this kiosk's password" in sync_error_words(seen.last_error)
    finally:
        central.dispose()


def test_the_server_keeps_the_error_a_code_and_the_moments_sane(pg_url: str, pg_server: PgServer) -> None:
    engine = make_engine(pg_url)
    try:
        init_central(engine)
        add_site(engine, "north", "North Library", "Europe/London")
        creds = add_kiosk(engine, "north", "north-1")
        now = datetime.now(UTC)
        with login(pg_server, engine, creds.role_name, creds.password) as conn:
            insert = ("INSERT INTO heartbeat (id, site, kiosk, sent_at, app_version, pending, uptime_seconds, "
                      "digest, oldest_unsent_at, last_error, last_error_at) VALUES (gen_random_uuid(), 'north', "
                      "'north-1', %s, '1.0', 0, 1, repeat('a', 64), %s, %s, %s)")
            conn.execute(insert, [now, now - timedelta(hours=1), "central_password", now])  # the kiosk may
            conn.execute(insert, [now, None, None, None])
            for bad in ([now, None, "Mrs Smith rang about 07700 900123", now],  # words, not a code
                        [now, None, "sync", None], [now, None, None, now],  # a code and its moment together
                        [now, now + timedelta(hours=1), None, None],  # after the heartbeat itself
                        [now, None, "sync", now + timedelta(hours=1)]):
                with pytest.raises(errors.CheckViolation):
                    conn.execute(insert, bad)
            with pytest.raises(errors.StringDataRightTruncation):  # the column holds 40 characters at most
                conn.execute(insert, [now, None, "x" * 41, now])
    finally:
        engine.dispose()
