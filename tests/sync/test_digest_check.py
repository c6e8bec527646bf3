"""Migration 0014_push_speed's digest CHECK admits exactly the strings the regular expression it replaced did
(`^[0-9a-f]{64}$`), on a real PostgreSQL, and is the one a migrated central database holds on every record
table — so a forged digest is still refused, by name, as the kiosk's own role (tests/sync/test_central_checks.py)."""

from __future__ import annotations

import importlib

import pytest
from sqlalchemy import text

from kiosk.data.engine import make_engine
from kiosk.data.migrations import HEAD
from tests.sync.kiosks import central_db

migration = importlib.import_module("kiosk.data.migrations.versions.0014_push_speed")

CANDIDATES = [
    "a" * 64, "0123456789abcdef" * 4, "A" * 64, "a" * 63, "a" * 65, "", "a" * 63 + "g", "a" * 64 + "\n",
    "\n" + "a" * 64, "a" * 32 + " " + "a" * 31, "a" * 63 + "é", "٣" * 64, "a" * 63 + "\x1f", "f" * 128,
]


@pytest.mark.postgres
def test_the_fast_digest_check_admits_exactly_what_the_regex_did(pg_url: str) -> None:
    engine = make_engine(pg_url)
    fast = migration.FAST_HEX64.replace("digest", "d")
    regex = migration.REGEX_HEX64.replace("digest", "d")
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(f"SELECT d, {fast} AS fast, {regex} AS regex "
                                     "FROM unnest(CAST(:v AS text[])) AS t(d)"), {"v": [*CANDIDATES, None]}).all()
    finally:
        engine.dispose()
    assert len(rows) == len(CANDIDATES) + 1
    assert [(r.d, r.fast) for r in rows] == [(r.d, r.regex) for r in rows]
    assert [r.d for r in rows if r.fast] == CANDIDATES[:2]  # the two real digests
    assert rows[-1].fast is None  # NULL: unknown, which a CHECK lets pass, in both


@pytest.mark.postgres
def test_every_record_tables_digest_check_is_the_fast_one_and_validated(pg_url: str) -> None:
    central = central_db(pg_url)
    try:
        with central.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == HEAD
            found: dict[str, str] = dict(conn.execute(text(
                "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) || CASE WHEN convalidated THEN '' "
                "ELSE ' NOT VALID' END FROM pg_constraint WHERE conname LIKE 'ck\\_%\\_digest'")).all())
    finally:
        central.dispose()
    assert set(found) == set(migration.TABLES)
    for table, definition in found.items():
        assert "char_length" in definition and "{64}" not in definition and "NOT VALID" not in definition, table
