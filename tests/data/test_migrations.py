"""The Alembic history: it builds the schema the models describe, once, linearly, on a durable SQLite file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import Script, ScriptDirectory
from sqlalchemy import Engine, inspect, text

from kiosk.data import migrate
from kiosk.data.engine import sqlite_engine
from kiosk.data.migrations import HEAD
from kiosk.data.models import Base


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Engine]:
    e = sqlite_engine(tmp_path / "store" / "kiosk.sqlite3")
    yield e
    e.dispose()


def _schema(engine: Engine) -> list[tuple[str, str, str | None]]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT type, name, sql FROM sqlite_master ORDER BY name"))
        return [(r.type, r.name, r.sql) for r in rows]


def _scripts(engine: Engine) -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config(engine))


def test_upgrade_on_an_empty_file_creates_the_schema(fresh: Engine) -> None:
    assert migrate.current_revision(fresh) is None
    assert migrate.upgrade(fresh) is True
    tables = set(inspect(fresh).get_table_names())
    assert tables == {"alembic_version", "checkin", "checkin_followup", "content_change", "dismissed_change",
                      "heartbeat", "kiosk_account", "result_alert", "site", "site_content", "site_content_seq",
                      "staff_account", "staff_pulse", "staff_pulse_quiet", "sync_conflict", "quarantine",
                      "kiosk_day_count", "central_limit", "checkin_tally", "checkin_tally_day", "sync_state",
                      "wall_message", "wall_state", "feed_state", "feed_item"}
    with fresh.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [HEAD]
    assert migrate.current_revision(fresh) == HEAD


def test_upgrade_again_does_nothing(fresh: Engine) -> None:
    migrate.upgrade(fresh)
    before = _schema(fresh)
    assert migrate.upgrade(fresh) is False
    assert _schema(fresh) == before
    assert migrate.current_revision(fresh) == HEAD


def test_head_constant_matches_alembic(fresh: Engine) -> None:
    assert _scripts(fresh).get_current_head() == HEAD


def test_revision_history_is_linear(fresh: Engine) -> None:
    scripts = _scripts(fresh)
    revisions = list(scripts.walk_revisions())
    assert revisions, "no migrations found"
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1
    children: dict[str, int] = {}
    for rev in revisions:
        assert rev.down_revision is None or isinstance(rev.down_revision, str), (
            f"{rev.revision} merges {rev.down_revision}")
        assert not rev.branch_labels and not rev.dependencies, rev.revision
        assert not rev.is_merge_point and not rev.is_branch_point, rev.revision
        if rev.down_revision:
            children[rev.down_revision] = children.get(rev.down_revision, 0) + 1
    assert all(n == 1 for n in children.values()), children
    # Following down_revision from the head visits every revision exactly once.
    chain: list[str] = []
    step: Script | None = scripts.get_revision(HEAD)
    while step is not None:
        chain.append(step.revision)
        down = step.down_revision
        assert down is None or isinstance(down, str), "the history is one line: no merges"
        step = scripts.get_revision(down) if down else None
    assert sorted(chain) == sorted(r.revision for r in revisions)


def test_sqlite_store_is_wal_with_full_sync(fresh: Engine) -> None:
    migrate.upgrade(fresh)
    with fresh.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # each pooled connection's page cache is bounded, and small (kiosk.data.engine.PAGE_CACHE_KIB)
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -512
    # WAL is a property of the file: any other program opening it sees it too.
    assert fresh.url.database is not None
    raw = sqlite3.connect(fresh.url.database)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


def test_sqlite_engine_creates_the_folder(tmp_path: Path) -> None:
    e = sqlite_engine(tmp_path / "a" / "b" / "kiosk.sqlite3")
    try:
        assert (tmp_path / "a" / "b").is_dir()
        migrate.upgrade(e)
        assert (tmp_path / "a" / "b" / "kiosk.sqlite3").is_file()
    finally:
        e.dispose()


def test_models_match_the_migrated_schema(fresh: Engine) -> None:
    migrate.upgrade(fresh)
    with fresh.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "target_metadata": Base.metadata})
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_to_base_and_back(fresh: Engine) -> None:
    migrate.upgrade(fresh)
    command.downgrade(migrate.alembic_config(fresh), "base")
    assert set(inspect(fresh).get_table_names()) == {"alembic_version"}
    assert migrate.current_revision(fresh) is None
    assert migrate.upgrade(fresh) is True
    assert migrate.current_revision(fresh) == HEAD
