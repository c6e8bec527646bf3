"""Engines and sessions for the local SQLite store (WAL, synchronous=FULL) and other databases.

Nothing here runs at import time. Thread: engines are made on the main thread at start-up; all use of
them happens on the database worker thread (kiosk.core.background) or in the CLI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a visitor's answer survives a power cut once committed
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def sqlite_engine(path: Path) -> Engine:
    """The local store: one file, WAL journal, FULL sync; created (with its folder) if missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)))
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def make_engine(url: str) -> Engine:
    """An engine for a URL: a path or sqlite URL gets the local pragmas; others are used as given."""
    if "://" not in url:
        return sqlite_engine(Path(url))
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
