"""PreparedInsert (the tap's hot path): the same stored row as a Core insert, committed on return, and the
same errors as Core."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, insert
from sqlalchemy.exc import IntegrityError, StatementError

from kiosk.core.config import Config
from kiosk.data.engine import PreparedInsert
from kiosk.data.models import CheckInFollowupRecord, CheckInRecord

COLUMNS = ("id", "site", "kiosk", "answered_at", "local_date", "answer", "language", "digest")


def _row(**changes: Any) -> dict[str, Any]:
    row = {"id": uuid.uuid4(), "site": "riverside", "kiosk": "kiosk-1",
           "answered_at": datetime(2026, 11, 25, 10, 0, 7, 123456, tzinfo=UTC), "local_date": date(2026, 11, 25),
           "answer": "yes", "language": "en", "digest": "d" * 64}
    return row | changes


def _stored(config: Config, table: str, row_id: uuid.UUID) -> tuple[Any, ...]:
    """The row as SQLite holds it, read on a separate raw connection (so: committed)."""
    con = sqlite3.connect(config.database_path)
    try:
        found = con.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id.hex,)).fetchone()
    finally:
        con.close()
    assert found is not None, f"no committed {table} row {row_id}"
    return tuple(found)


def test_it_stores_exactly_what_a_core_insert_stores(engine: Engine, config: Config) -> None:
    fast, core = _row(), _row()
    PreparedInsert(engine, CheckInRecord, COLUMNS)(fast)
    with engine.begin() as conn:
        conn.execute(insert(CheckInRecord), core)
    fast_stored, core_stored = _stored(config, "checkin", fast["id"]), _stored(config, "checkin", core["id"])
    assert fast_stored[1:] == core_stored[1:]  # every column but the id, in SQLite's own representation
    assert fast_stored[0] == fast["id"].hex


def test_a_followup_too(engine: Engine, config: Config) -> None:
    checkin = _row()
    PreparedInsert(engine, CheckInRecord, COLUMNS)(checkin)
    columns = ("id", "checkin_id", "site", "kiosk", "followup", "answered_at", "digest")
    fast, core = ({"id": uuid.uuid4(), "checkin_id": checkin["id"], "site": "riverside", "kiosk": "kiosk-1",
                   "followup": "staff", "answered_at": datetime(2026, 11, 25, 10, 1, tzinfo=UTC), "digest": "e" * 64}
                  for _ in range(2))
    PreparedInsert(engine, CheckInFollowupRecord, columns)(fast)
    with engine.begin() as conn:
        conn.execute(insert(CheckInFollowupRecord), core)
    assert _stored(config, "checkin_followup", fast["id"])[1:] == _stored(config, "checkin_followup", core["id"])[1:]


def test_a_refused_value_is_a_statement_error_as_from_core(engine: Engine) -> None:
    naive = _row(answered_at=datetime(2026, 11, 25, 10, 0))  # UTCDateTime refuses a moment without a zone
    with pytest.raises(StatementError, match="naive datetime"):
        PreparedInsert(engine, CheckInRecord, COLUMNS)(naive)


def test_a_database_error_is_sqlalchemys_and_the_connection_stays_usable(engine: Engine, config: Config) -> None:
    prepared = PreparedInsert(engine, CheckInRecord, COLUMNS)
    row = _row()
    prepared(row)
    with pytest.raises(IntegrityError) as info:
        prepared(row)  # the same id again
    assert isinstance(info.value.orig, sqlite3.IntegrityError)
    after = _row()
    prepared(after)  # the failed transaction was rolled back when its connection went back to the pool
    assert _stored(config, "checkin", after["id"])
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM checkin").scalar() == 2
