"""One site cannot hold up another: the pull horizon is per site (migration 0008), so a transaction left open
at one site — by a stolen kiosk that lifted its own idle timeout, or by a staff member — delays no other
site's content. Run on a real PostgreSQL with every party logged in as its own role."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, text

from kiosk.data.content import publish_content
from kiosk.sync.central import add_kiosk, add_user
from kiosk.sync.connect import central_engine, central_for
from kiosk.sync.pull import pull
from tests.support.pgserver import PgServer
from tests.sync.conftest import login as _login
from tests.sync.kiosks import Login, kiosk_config, local_store, without_password
from tests.sync.kiosks import central_db as _central_db

pytestmark = pytest.mark.postgres


@pytest.fixture
def central(pg_url: str) -> Iterator[Engine]:
    engine = _central_db(pg_url, sites=("north", "south"))
    try:
        yield engine
    finally:
        engine.dispose()


@contextlib.contextmanager
def _kiosk_puller(central: Engine, pg_url: str, tmp_path: Path, site: str, kiosk_id: str) -> Iterator[
        tuple[Engine, Engine, str]]:
    """(the kiosk's central engine, as its own role; its local store; the source name)."""
    from kiosk.sync.central import kiosk_url

    creds = add_kiosk(central, site, kiosk_id)
    login = Login(kiosk_url(without_password(pg_url)[0], creds), creds.password)
    config = kiosk_config(tmp_path, login.url, kiosk_id=kiosk_id, site=site)
    engine = central_engine(central_for(config, login.env))
    try:
        with local_store(config) as local:
            yield engine, local, login.url
    finally:
        engine.dispose()


def _held_open(pg_server: PgServer, central: Engine, role: str, password: str, statement: str,
               params: list[Any]) -> psycopg.Connection[Any]:
    """A session of `role` that lifts its idle timeout, writes, and leaves its transaction open."""
    conn = _login(pg_server, central, role, password)
    conn.autocommit = False
    conn.execute("SET idle_in_transaction_session_timeout = 0")  # a kiosk may: it is a user setting
    conn.execute(statement, params)
    return conn


def test_a_kiosk_holding_a_transaction_open_delays_no_sites_content(
        central: Engine, pg_url: str, pg_server: PgServer, tmp_path: Path) -> None:
    thief = add_kiosk(central, "south", "south-1")
    held = _held_open(pg_server, central, thief.role_name, thief.password,
                      "INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, digest) "
                      "VALUES (%s, 'south', 'south-1', now(), current_date, 'yes', 'en', %s)",
                      [uuid.uuid4(), "d" * 64])
    try:
        thief_xid = held.execute("SELECT pg_current_xact_id()::text::bigint").fetchone()
        assert thief_xid is not None
        with (_kiosk_puller(central, pg_url, tmp_path, "north", "north-1") as (north, north_local, north_source),
              _kiosk_puller(central, pg_url, tmp_path, "south", "south-2") as (south, south_local, south_source)):
            news = publish_content(central, "north", "listing", {"title": "North's news"}, "admin")
            ours = publish_content(central, "south", "listing", {"title": "South's news"}, "admin")
            with central.connect() as conn:  # the old, shared horizon is stuck behind the open transaction
                assert conn.execute(text("SELECT sync_horizon()")).scalar_one() <= thief_xid[0]

            got = pull(north, north_local, "north", north_source)  # another site: not held up
            assert (got.changes, got.kinds) == (1, frozenset({"listing"}))
            got = pull(south, south_local, "south", south_source)  # nor its own: a kiosk never writes content
            assert (got.changes, got.kinds) == (1, frozenset({"listing"}))
            with north_local.connect() as conn:
                assert conn.execute(text("SELECT id FROM site_content")).scalars().all() == [news.id.hex]
            with south_local.connect() as conn:
                assert conn.execute(text("SELECT id FROM site_content")).scalars().all() == [ours.id.hex]
            assert held.execute("SELECT 1").fetchone() == (1,)  # still open all along
    finally:
        held.rollback()
        held.close()


def test_a_writer_holding_its_sites_counter_delays_that_site_only(
        central: Engine, pg_url: str, pg_server: PgServer, tmp_path: Path) -> None:
    """A staff member of south who writes and then leaves the transaction open holds south's counter: south's
    kiosks wait for it (nothing is skipped), north's do not."""
    staff = add_user(central, "staff", "sam", ["south"])
    held = _held_open(pg_server, central, staff.role_name, staff.password,
                      "INSERT INTO site_content (id, site, kind, payload, version, archived, updated_at, updated_by, "
                      "change_seq) VALUES (%s, 'south', 'listing', '{}', 1, false, now(), 'sam', 0)", [uuid.uuid4()])
    try:
        with (_kiosk_puller(central, pg_url, tmp_path, "north", "north-1") as (north, north_local, north_source),
              _kiosk_puller(central, pg_url, tmp_path, "south", "south-1") as (south, south_local, south_source)):
            news = publish_content(central, "north", "listing", {"title": "North's news"}, "admin")
            assert pull(north, north_local, "north", north_source).changes == 1
            before = pull(south, south_local, "south", south_source)
            assert before.changes == 0  # the open write is not behind south's horizon yet
            held.commit()
            after = pull(south, south_local, "south", south_source)
            assert after.changes == 1 and after.cursor > before.cursor  # and arrives once committed
            assert pull(north, north_local, "north", north_source).cursor == news.change_seq + 1  # north's own count
    finally:
        held.rollback()
        held.close()
