"""Engines and sessions for the local SQLite store (WAL, synchronous=FULL) and other databases.

Nothing here runs at import time. Thread: engines are made on the main thread at start-up; all use of
them happens on the database worker thread (kiosk.core.background) or in the CLI.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, TableClause, create_engine, event, insert
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.orm import Session, sessionmaker

# SQLite's page cache per connection, KiB (its own default is 2,000 KiB). The pool keeps a connection for each
# thread that has needed one at the same moment as another (the database thread, the sync), and each cache fills
# as the store grows until it reaches this size: over weeks, that was most of the kiosk's slow memory growth in
# the soak (benchmarks/soak.py). The store's pages stay in the system's file cache anyway, and a tap writes a few
# pages: `make bench` measured the tap → committed row time unchanged (README).
PAGE_CACHE_KIB = 512


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a visitor's answer survives a power cut once committed
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")  # a bound on each connection's cache, reached early
    cur.close()


def sqlite_engine(path: Path) -> Engine:
    """The local store: one file, WAL journal, FULL sync; created (with its folder, 0700) if missing, 0600 from
    its first byte (SQLite gives its -wal and -shm files the same mode)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
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


class PreparedInsert:
    """One single-row INSERT, compiled once by SQLAlchemy for the engine's dialect, committed in its own
    transaction on a pooled DBAPI connection: the tap's hot path.

    A Core `conn.execute(insert(Model), row)` spends ~70 µs of CPU per row around the database's own work
    (execution context, compiled-cache key, parameter processing, result set-up); this spends ~15 µs. Values
    go through the same column types Core uses (`dialect_impl(dialect).bind_processor`: UUIDs as hex, UTC
    moments, ISO dates), so the stored row is the same, and the database's prepared statement is reused (the
    DBAPI caches it per connection). `__call__` returns after the commit: with the local store's WAL +
    synchronous=FULL the row is on disk. Errors come out as SQLAlchemy's DBAPIError subclasses, as from Core.
    Thread: whichever thread uses the engine (the database thread in the app).
    """

    def __init__(self, engine: Engine, table: type[Any] | TableClause, columns: Sequence[str]) -> None:
        self._engine = engine
        dialect = engine.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
        self.sql = compiled.string
        self._dbapi_error: type[Exception] = dialect.loaded_dbapi.Error
        positions = compiled.positiontup if compiled.positional else None
        keys = list(positions) if positions is not None else list(columns)
        self._keys = keys
        self._positional = positions is not None
        self._processors: list[Callable[[Any], Any] | None] = [
            compiled.binds[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys]

    def params(self, row: Mapping[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
        """The row's values as the DBAPI takes them (bind processors applied, in statement order)."""
        values = [row[k] if p is None else p(row[k]) for k, p in zip(self._keys, self._processors, strict=True)]
        return tuple(values) if self._positional else dict(zip(self._keys, values, strict=True))

    def __call__(self, row: Mapping[str, Any]) -> None:
        try:
            params = self.params(row)
        except Exception as e:  # Core reports a value its column type refuses as a StatementError
            raise StatementError(str(e), self.sql, row, e) from e
        conn = self._engine.raw_connection()  # a pooled connection (pragmas set when it was opened)
        try:
            cursor = conn.cursor()
            try:
                cursor.execute(self.sql, params)
            finally:
                cursor.close()
            conn.commit()
        except self._dbapi_error as e:
            raise DBAPIError.instance(self.sql, params, e, self._dbapi_error) from e
        finally:
            conn.close()  # back to the pool, which rolls back whatever a failure left open
