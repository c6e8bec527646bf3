"""One Alembic history for both databases: the kiosk's local SQLite store and the central PostgreSQL.

Every test runs twice: on a real throwaway PostgreSQL server (tests/support/pgserver.py, a fresh
database per test) and on a SQLite file, through the same `kiosk.data.migrate.upgrade` the app uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, Followup
from kiosk.checkin.store import CheckInService
from kiosk.core.clock import ManualClock
from kiosk.data import migrate
from kiosk.data.engine import make_engine
from kiosk.data.migrations import HEAD
from kiosk.data.models import Base


@pytest.fixture(params=[pytest.param("postgresql", marks=pytest.mark.postgres), "sqlite"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An engine on an empty database, made by the app's own make_engine."""
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
    else:
        url = f"sqlite+pysqlite:///{tmp_path / 'kiosk.sqlite3'}"
    engine = make_engine(url)
    assert engine.dialect.name == request.param
    yield engine
    engine.dispose()


def _schema(engine: Engine) -> dict[str, Any]:
    insp = inspect(engine)
    return {
        table: {
            "columns": [(c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)],
            "pk": insp.get_pk_constraint(table),
            "fks": insp.get_foreign_keys(table),
            "indexes": sorted((i["name"] or "", tuple(i["column_names"])) for i in insp.get_indexes(table)),
        }
        for table in sorted(insp.get_table_names())
    }


def test_upgrade_builds_every_table_at_head(db: Engine) -> None:
    assert migrate.current_revision(db) is None

    assert migrate.upgrade(db) is True

    insp = inspect(db)
    assert set(insp.get_table_names()) == {*Base.metadata.tables, "alembic_version"}
    for name, table in Base.metadata.tables.items():
        reflected = {i["name"] for i in insp.get_indexes(name) if not i.get("duplicates_constraint")}
        assert reflected == {i.name for i in table.indexes}, name
    checkin_indexes = {i["name"] for i in insp.get_indexes("checkin")}
    assert {"ix_checkin_site_local_date", "ix_checkin_unsynced"} <= checkin_indexes
    [fk] = insp.get_foreign_keys("checkin_followup")
    assert (fk["referred_table"], fk["constrained_columns"], fk["options"].get("ondelete")) == (
        "checkin", ["checkin_id"], "CASCADE")
    with db.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [HEAD]
    assert migrate.current_revision(db) == HEAD
    assert ScriptDirectory.from_config(migrate.alembic_config(db)).get_current_head() == HEAD


def test_upgrading_again_changes_nothing(db: Engine) -> None:
    migrate.upgrade(db)
    before = _schema(db)

    assert migrate.upgrade(db) is False  # the fast path: revision read, Alembic not run
    command.upgrade(migrate.alembic_config(db), "head")  # Alembic itself, past the fast path

    assert _schema(db) == before
    with db.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [HEAD]


def test_migrated_schema_matches_the_models(db: Engine) -> None:
    """Autogenerate against the migrated database finds nothing to do: models and history agree."""
    migrate.upgrade(db)
    with db.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "target_metadata": Base.metadata})
        assert compare_metadata(ctx, Base.metadata) == []


def test_check_ins_round_trip(db: Engine) -> None:
    """UUID keys, aware UTC moments, dates and the follow-up join come back as they went in."""
    migrate.upgrade(db)
    service = CheckInService(db)
    clock = ManualClock(datetime(2026, 11, 25, 23, 30, tzinfo=UTC))  # already the 26th in Auckland
    checkin = service.record(CheckIn.new(answer=Answer.YES, site="library", kiosk="k1", language="en",
                                         clock=clock, timezone="Pacific/Auckland"))
    clock.advance(5)
    service.record_followup(CheckInFollowup.new(checkin=checkin, followup=Followup.STAFF, clock=clock))

    [row] = service.rows()

    assert (row.id, row.answered_at, row.local_date, row.answer, row.followup) == (
        checkin.id, checkin.answered_at, checkin.local_date, Answer.YES, Followup.STAFF)
    assert row.answered_at.utcoffset() is not None
    assert service.count() == 1


@pytest.mark.postgres
def test_postgresql_gets_native_types(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            types: dict[str, str] = dict(conn.execute(text(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'checkin'")).all())
            unsynced = conn.execute(text(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_checkin_unsynced'")).scalar_one()
    finally:
        engine.dispose()
    assert types["id"] == "uuid"
    assert types["answered_at"] == types["synced_at"] == "timestamp with time zone"
    assert types["local_date"] == "date"
    assert unsynced.endswith("WHERE (synced_at IS NULL)")  # the partial index is partial on PostgreSQL too
