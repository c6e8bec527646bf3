"""The central database's admin API (kiosk.sync.central) on PostgreSQL and on a SQLite file: one code path.

init (twice, converging), sites, kiosks, revocation, health with silent and never-seen kiosks, conflicts,
the kiosk's URL, and on PostgreSQL the change_seq trigger and the sync horizon the pull cursor relies on.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, text

from kiosk.data import migrate
from kiosk.data.engine import make_engine
from kiosk.data.migrations import HEAD
from kiosk.data.sync_models import HeartbeatRecord, KioskAccountRecord, SiteRecord, SyncConflictRecord
from kiosk.sync.central import (
    CentralError,
    KioskCredentials,
    add_kiosk,
    add_site,
    add_user,
    conflicts,
    health,
    init_central,
    kiosk_url,
    revoke_kiosk,
    role_names,
)

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture(params=[pytest.param("postgresql", marks=pytest.mark.postgres), "sqlite"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty central database: a fresh PostgreSQL database (superuser) or a SQLite file."""
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else str(tmp_path / "central.sqlite3")
    engine = make_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture
def central(db: Engine) -> Engine:
    init_central(db)
    add_site(db, "north", "North Library", "Europe/London")
    add_site(db, "south", "South Hub", "Pacific/Auckland")
    return db


def _access(engine: Engine) -> dict[str, Any]:
    """Everything ensure_access controls on PostgreSQL: roles, table/column/function/database ACLs, policies."""
    prefix = role_names(engine).prefix
    with engine.connect() as conn:
        def rows(q: str) -> list[tuple[Any, ...]]:
            return [tuple(r) for r in conn.execute(text(q), {"p": prefix + "%"})]
        return {
            "roles": rows("SELECT rolname, rolcanlogin, rolinherit FROM pg_roles WHERE rolname LIKE :p ORDER BY 1"),
            "tables": rows("SELECT relname, relacl::text, relrowsecurity FROM pg_class "
                           "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1"),
            "columns": rows("SELECT attrelid::regclass::text, attname, attacl::text FROM pg_attribute "
                            "WHERE attacl IS NOT NULL ORDER BY 1, 2"),
            "functions": rows("SELECT proname, proacl::text, prosecdef FROM pg_proc "
                              "WHERE pronamespace = 'public'::regnamespace ORDER BY 1"),
            "database": rows("SELECT datacl::text FROM pg_database WHERE datname = current_database()"),
            "policies": rows("SELECT tablename, policyname, cmd, roles::text, qual, with_check FROM pg_policies "
                             "ORDER BY 1, 2"),
        }


def test_init_twice_is_safe(db: Engine) -> None:
    init_central(db)
    before = _access(db) if db.dialect.name == "postgresql" else None
    init_central(db)
    assert migrate.current_revision(db) == HEAD
    if before is not None:
        after = _access(db)
        assert after == before
        names = role_names(db)
        assert [r[0] for r in after["roles"]] == sorted([names.kiosk, names.manager, names.staff])
        assert all(not login for _, login, _ in after["roles"])  # group roles cannot log in
        assert {t for t, _, rls in after["tables"] if rls} == {"checkin", "checkin_followup", "content_change",
                                                               "heartbeat", "result_alert", "site_content",
                                                               "staff_pulse", "sync_conflict", "wall_message",
                                                               "checkin_tally", "checkin_tally_day"}


@pytest.mark.postgres
def test_init_takes_back_privileges_granted_by_hand(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        init_central(engine)
        before = _access(engine)
        kiosk_group = role_names(engine).kiosk
        with engine.begin() as conn:
            conn.execute(text(f'GRANT UPDATE, DELETE ON checkin, kiosk_account TO "{kiosk_group}"'))
            conn.execute(text(f'CREATE POLICY kk_sneaky ON checkin FOR ALL TO "{kiosk_group}" USING (true)'))
        assert _access(engine) != before
        init_central(engine)
        assert _access(engine) == before
    finally:
        engine.dispose()


def test_sites_and_kiosks(central: Engine) -> None:
    creds = add_kiosk(central, "north", "north-1")
    assert (creds.kiosk_id, creds.site) == ("north-1", "north")
    assert creds.role_name == role_names(central).kiosk_login("north-1")
    if central.dialect.name == "postgresql":
        assert len(creds.password) >= 40
    else:
        assert creds.password == "" and creds.role_name == "kk_local_k_north-1"
    assert creds.password not in repr(creds) or not creds.password
    with pytest.raises(CentralError, match=r"kiosk 'north-1' already exists \(site 'north'"):
        add_kiosk(central, "south", "north-1")
    with pytest.raises(CentralError, match=r"unknown site 'east'.*add-site"):
        add_kiosk(central, "east", "east-1")
    with pytest.raises(CentralError, match="site 'north' already exists"):
        add_site(central, "north", "Again")
    with pytest.raises(CentralError, match="bad time zone 'Mars/Base'"):
        add_site(central, "mars", "Mars", "Mars/Base")
    with pytest.raises(CentralError, match="unknown kiosk 'ghost'"):
        revoke_kiosk(central, "ghost")
    revoke_kiosk(central, "north-1")
    revoke_kiosk(central, "north-1")
    with central.connect() as conn:
        sites = conn.execute(text("SELECT id, name, timezone FROM site ORDER BY id")).all()
        accounts = conn.execute(text("SELECT kiosk_id, site, revoked_at IS NOT NULL FROM kiosk_account")).all()
    assert [tuple(s) for s in sites] == [("north", "North Library", "Europe/London"),
                                        ("south", "South Hub", "Pacific/Auckland")]
    assert [tuple(a) for a in accounts] == [("north-1", "north", True)]


def test_users_on_either_database(central: Engine) -> None:
    staff = add_user(central, "staff", "alice", ["north"])
    assert staff.created and staff.sites == ("north",)
    assert bool(staff.password) is (central.dialect.name == "postgresql")
    manager = add_user(central, "manager", "boss")
    assert manager.role_name == role_names(central).user_login("boss")
    with pytest.raises(CentralError, match="needs at least one --site"):
        add_user(central, "staff", "nobody")
    with pytest.raises(CentralError, match="leave out --site"):
        add_user(central, "manager", "boss2", ["north"])
    with central.connect() as conn:
        assert conn.execute(text("SELECT role_name, site FROM staff_account")).all() == [(staff.role_name, "north")]


def _heartbeat(engine: Engine, kiosk: str, site: str, sent_at: datetime, **extra: Any) -> None:
    """A heartbeat received at `sent_at` (the admin may set `synced_at`, the receipt time; a kiosk may not)."""
    row = {"id": uuid.uuid4(), "site": site, "kiosk": kiosk, "sent_at": sent_at, "app_version": "0.1.0",
           "pending": 0, "last_sync_at": sent_at, "uptime_seconds": 60.0, "synced_at": sent_at}
    row.update(extra)
    with engine.begin() as conn:
        conn.execute(insert(HeartbeatRecord), [row])


def test_health_lists_every_kiosk_and_flags_silent_ones(central: Engine) -> None:
    for site, kiosk_id in (("north", "north-1"), ("north", "north-2"), ("south", "south-1"), ("south", "south-2")):
        add_kiosk(central, site, kiosk_id)
    _heartbeat(central, "north-1", "north", NOW - timedelta(hours=3), app_version="0.0.9", pending=40)
    _heartbeat(central, "north-1", "north", NOW - timedelta(minutes=2), pending=3, uptime_seconds=7200.0,
               last_sync_at=NOW - timedelta(minutes=3))
    _heartbeat(central, "north-2", "north", NOW - timedelta(hours=2), pending=12)  # silent
    _heartbeat(central, "south-2", "south", NOW - timedelta(days=9))
    revoke_kiosk(central, "south-2")  # revoked: expected to be quiet, not flagged

    report = health(central, now=NOW, silent_after=timedelta(minutes=15))

    assert [(h.kiosk_id, h.site, h.silent, h.revoked) for h in report] == [
        ("north-1", "north", False, False), ("north-2", "north", True, False),
        ("south-1", "south", True, False), ("south-2", "south", False, True)]
    first, second, never, _ = report
    # Last sync: the later of the success it reports (3 min ago) and its heartbeat's arrival (2 min ago).
    assert (first.last_seen, first.app_version, first.pending, first.uptime_seconds, first.last_sync_at) == (
        NOW - timedelta(minutes=2), "0.1.0", 3, 7200.0, NOW - timedelta(minutes=2))
    assert first.last_seen is not None and first.last_seen.tzinfo is not None
    assert (second.last_seen, second.pending) == (NOW - timedelta(hours=2), 12)
    assert (never.last_seen, never.app_version, never.pending, never.uptime_seconds) == (None, None, None, None)
    assert [h.silent for h in health(central, now=NOW, silent_after=timedelta(hours=4))] == [
        False, False, True, False]


def test_conflicts_newest_first_and_by_site(central: Engine) -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    with central.begin() as conn:
        conn.execute(insert(SyncConflictRecord), [
            {"id": uuid.uuid4(), "table_name": "checkin", "record_id": rid, "site": site, "kiosk": f"{site}-1",
             "received_at": NOW + timedelta(minutes=i), "digest": f"{i}" * 64, "payload": "{}"}
            for i, (rid, site) in enumerate(zip(ids, ("north", "south", "north"), strict=True))])
    assert [c.record_id for c in conflicts(central)] == [str(ids[2]), str(ids[1]), str(ids[0])]
    north = conflicts(central, site="north")
    assert [(c.site, c.table_name, c.kiosk) for c in north] == [("north", "checkin", "north-1")] * 2
    assert north[0].received_at == NOW + timedelta(minutes=2)


def test_kiosk_url_has_the_role_and_no_password() -> None:
    creds = KioskCredentials(kiosk_id="k1", site="north", role_name="kk_0123456789_k_k1", password="s3cret")
    url = kiosk_url("postgresql://admin@db.example.org:6432/kindness?sslmode=verify-full", creds)
    assert url == "postgresql+psycopg://kk_0123456789_k_k1@db.example.org:6432/kindness?sslmode=verify-full"
    assert kiosk_url("/srv/central.sqlite3", creds) == "/srv/central.sqlite3"
    with pytest.raises(CentralError, match="contains a password"):
        kiosk_url("postgresql://admin:pw@db/kindness", creds)


def test_the_sqlite_central_is_the_same_schema(central: Engine) -> None:
    with central.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM site")).scalar_one() == 2
    with central.begin() as conn:
        conn.execute(insert(SiteRecord), [{"id": "east", "name": "East", "timezone": "UTC", "created_at": NOW}])
        conn.execute(insert(KioskAccountRecord), [{"kiosk_id": "e1", "site": "east", "role_name": "r-e1",
                                                   "created_at": NOW}])
    assert [h.kiosk_id for h in health(central, now=NOW)] == ["e1"]


# -- PostgreSQL: the pull cursor's change_seq and horizon ------------------------------------------------------

@pytest.mark.postgres
def test_change_seq_counts_per_site_and_the_horizon_waits_for_an_open_writer(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        init_central(engine)
        add_site(engine, "north", "North")
        add_site(engine, "south", "South")
        sql = ("INSERT INTO site_content (id, site, kind, payload, version, archived, updated_at, updated_by, "
               "change_seq) VALUES (:id, :site, 'listing', '{}', 1, false, now(), 'a', 0)")
        first, late, south = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        with engine.begin() as conn:
            conn.execute(text(sql), {"id": first, "site": "north"})
        horizon = "SELECT content_horizon(:site)"
        with engine.connect() as slow:
            slow_tx = slow.begin()
            slow.execute(text(sql), {"id": late, "site": "north"})  # numbered, not committed
            with engine.begin() as other:  # another site neither waits nor shares the numbers
                other.execute(text(sql), {"id": south, "site": "south"})
            with engine.connect() as reader:
                seqs: dict[object, int] = dict(reader.execute(text("SELECT id, change_seq FROM site_content")).all())
                assert reader.execute(text(horizon), {"site": "north"}).scalar_one() == seqs[first] + 1
                assert reader.execute(text(horizon), {"site": "south"}).scalar_one() == seqs[south] + 1
            assert set(seqs) == {first, south}  # the open write is invisible, and behind no horizon yet
            slow_tx.commit()
        with engine.begin() as conn:
            conn.execute(text("UPDATE site_content SET payload = '{\"v\": 2}' WHERE id = :id"), {"id": first})
        with engine.connect() as reader:
            seqs = dict(reader.execute(text("SELECT id, change_seq FROM site_content WHERE site = 'north'")).all())
            after = reader.execute(text(horizon), {"site": "north"}).scalar_one()
        assert seqs[first] > seqs[late]  # an update takes the site's next number
        assert after == max(seqs.values()) + 1  # everything committed is behind the horizon
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_downgrade_from_0003_and_back_on_postgresql(pg_url: str) -> None:
    """The PostgreSQL-only part of 0003 comes off cleanly (policies built on its functions go with them)."""
    from alembic import command

    engine = make_engine(pg_url)
    try:
        init_central(engine)
        command.downgrade(migrate.alembic_config(engine), "0002_sync")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM pg_policies")).scalar_one() == 0
            assert conn.execute(text("SELECT to_regproc('public.kiosk_site')")).scalar_one() is None
        init_central(engine)
        assert migrate.current_revision(engine) == HEAD
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM pg_policies")).scalar_one() > 0
    finally:
        engine.dispose()


def test_urls_for_other_databases_are_refused(tmp_path: Path) -> None:
    from kiosk.sync.central import open_central

    with pytest.raises(CentralError, match="must be PostgreSQL"):
        open_central("mysql://admin@db/kindness")


def test_health_shows_the_sync_that_just_happened(central: Engine, tmp_path: Path) -> None:
    """A kiosk's first sync: its heartbeat reports the success *before* it (none), but that heartbeat got
    through, so the central database knows the kiosk synced now — LAST SYNC is not 'never'."""
    from kiosk.core.clock import ManualClock
    from kiosk.sync.cycle import SyncCycle
    from tests.sync.kiosks import kiosk_config, kiosk_login, local_store, record_answers

    url = central.url.render_as_string(hide_password=False)
    url = str(central.url.database) if central.dialect.name == "sqlite" else url
    login = kiosk_login(central, url, "north", "north-1")
    config = kiosk_config(tmp_path, login.url, kiosk_id="north-1", site="north")
    clock = ManualClock(datetime.now(UTC))  # PostgreSQL stamps arrivals with its own clock: keep them close
    with local_store(config) as local:
        record_answers(local, config, clock, 2)
        cycle = SyncCycle(config, clock, env=login.env, local=local)
        try:
            first = cycle.run()
            assert first.ok, first.error
            synced = clock.now()
            [kiosk] = [h for h in health(central, now=synced) if h.kiosk_id == "north-1"]
            assert kiosk.last_seen is not None and kiosk.last_sync_at is not None
            assert abs(kiosk.last_sync_at - synced) < timedelta(minutes=1)
            clock.advance(120)  # within the 5 minutes a kiosk's clock may run ahead of the server's (kiosk.sync.checks)
            second = cycle.run()
            assert second.ok, second.error
            [kiosk] = [h for h in health(central, now=clock.now()) if h.kiosk_id == "north-1"]
            assert kiosk.last_sync_at is not None and kiosk.last_sync_at >= synced
        finally:
            cycle.close()
