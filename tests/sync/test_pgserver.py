"""The throwaway PostgreSQL server itself: crash and restart, clean restart, cleanup, password roles."""

from __future__ import annotations

import os
import pwd
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from kiosk.data.engine import make_engine
from tests.support.pgserver import PG_MISSING, PgServer, _version_key, find_pg_bin, process_alive


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """A server of this test's own (it gets killed), with fsync on like a production server."""
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip(PG_MISSING)
    with PgServer(bin_dir, fsync=True) as server:
        yield server


def _owner(pid: int) -> int:
    return Path(f"/proc/{pid}").stat().st_uid


@pytest.mark.postgres
def test_committed_data_survives_a_crash_and_restarts(own_server: PgServer) -> None:
    srv = own_server
    pids = list(srv.processes())
    assert len(pids) > 1  # the postmaster and its helpers
    if os.geteuid() == 0:  # PostgreSQL refuses root: it runs as an unprivileged system user
        assert {_owner(p) for p in pids} == {pwd.getpwnam("postgres").pw_uid}
    with srv.connect() as admin:
        assert admin.execute("SHOW fsync").fetchone() == ("on",)
        admin.execute("CREATE TABLE note (id int PRIMARY KEY, body text)")
        admin.execute("INSERT INTO note VALUES (1, 'committed before the crash')")
    engine = make_engine(srv.url())  # the app's engine (pool_pre_ping) across the crash
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM note")).scalar_one() == 1
        with psycopg.connect(srv.url().replace("+psycopg", "")) as open_tx:
            open_tx.execute("INSERT INTO note VALUES (2, 'never committed')")

            srv.kill()

            assert not srv.running
            assert [p for p in pids if process_alive(p)] == []
            with pytest.raises(psycopg.OperationalError):
                open_tx.execute("SELECT 1")
        with pytest.raises(OperationalError):
            engine.connect().close()

        port = srv.port
        srv.restart()

        assert srv.port == port
        assert "automatic recovery in progress" in srv.log_path.read_text()  # a real crash, recovered
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, body FROM note")).all()
            assert rows == [(1, "committed before the crash")]
            conn.execute(text("INSERT INTO note VALUES (3, 'after recovery')"))
            conn.commit()

        srv.restart()  # clean: fast shutdown, then start

        with engine.connect() as conn:
            assert conn.execute(text("SELECT id FROM note ORDER BY id")).scalars().all() == [1, 3]
    finally:
        engine.dispose()

    base, pids = srv.base_dir, list(srv.processes())
    assert base is not None
    srv.stop()
    assert not base.exists()
    assert [p for p in pids if process_alive(p)] == []


@pytest.mark.postgres
def test_a_password_role_connects_over_tcp(pg_server: PgServer) -> None:
    role, db = f"kiosk_sync_{uuid.uuid4().hex[:8]}", f"test_{uuid.uuid4().hex}"
    password = secrets.token_urlsafe(12) + "@:/%?#"  # characters a URL must quote
    pg_server.create_role(role, password)
    pg_server.create_database(db, owner=role)
    try:
        engine = make_engine(pg_server.url(db, role, password))
        try:
            with engine.connect() as conn:
                row = conn.execute(text(
                    "SELECT current_user, inet_server_addr()::text, inet_server_port(), rolsuper "
                    "FROM pg_roles WHERE rolname = current_user")).one()
        finally:
            engine.dispose()
        assert tuple(row) == (role, "127.0.0.1/32", pg_server.port, False)  # TCP, not the socket
        with pg_server.connect() as admin:
            assert admin.execute("SHOW fsync").fetchone() == ("off",)  # the shared server's default
            stored = admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", [role]).fetchone()
        assert stored is not None and stored[0].startswith("SCRAM-SHA-256$")

        for wrong in ("wrong", None):
            bad = make_engine(pg_server.url(db, role, wrong))
            try:
                with pytest.raises(OperationalError, match="password"):
                    bad.connect().close()
            finally:
                bad.dispose()
    finally:
        pg_server.drop_database(db)
        pg_server.drop_role(role)


def test_the_newest_postgresql_wins() -> None:
    versions = ["9.6", "15", "13", "16"]
    dirs = [Path(f"/usr/lib/postgresql/{v}/bin") for v in versions]
    assert max(dirs, key=_version_key) == Path("/usr/lib/postgresql/16/bin")
