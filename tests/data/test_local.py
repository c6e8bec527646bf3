"""A damaged local store is moved aside (kept, never deleted) and a fresh one lets visitors carry on."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect

from kiosk.checkin.rules import Answer, CheckIn
from kiosk.checkin.store import CheckInService
from kiosk.core.clock import ManualClock
from kiosk.data import local
from kiosk.data.engine import sqlite_engine


def test_healthy_store_is_migrated_and_left_in_place(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    engine = sqlite_engine(path)
    try:
        opened = local.prepare(engine, path)
        assert opened.migrated and opened.moved_aside is None
        assert local.prepare(engine, path) == local.StoreOpened(False, None)
    finally:
        engine.dispose()


def test_damaged_file_is_kept_aside_and_a_fresh_store_works(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    garbage = b"this is not a database, it is what a bad SD card left behind" * 100
    path.write_bytes(garbage)
    engine = sqlite_engine(path)
    try:
        opened = local.prepare(engine, path, now=datetime(2026, 11, 25, 9, 30, tzinfo=UTC))
        assert opened.moved_aside == tmp_path / "kiosk.sqlite3.damaged-20261125T093000Z"
        assert opened.moved_aside.read_bytes() == garbage  # nothing thrown away
        assert "checkin" in inspect(engine).get_table_names()
        service = CheckInService(engine)
        service.record(CheckIn.new(answer=Answer.YES, site="s", kiosk="k", language="en",
                                   clock=ManualClock(), timezone="Europe/London"))
        assert service.count() == 1
    finally:
        engine.dispose()
