"""Push: send the outbox to the central database in batches, idempotent by UUID.

Per table (check-ins, then follow-ups, then heartbeats), up to `batch_size` unsent rows, oldest first:
  PostgreSQL  COPY into a TEMP table (ON COMMIT DROP), then
              INSERT INTO t SELECT … FROM tmp ON CONFLICT (id) DO NOTHING RETURNING id
  SQLite      executemany INSERT … ON CONFLICT DO NOTHING RETURNING id (same steps otherwise)
then, for ids not inserted, `SELECT id, digest`: the same digest means the record is already there (a
duplicate, fine); another digest — or a row this kiosk may not see — means a different record reuses the
UUID: it is kept aside in `sync_conflict` (payload = the record as JSON) and the stored row is left alone.
The central transaction commits; only then are the local rows marked sent. A crash anywhere in between
leaves them unsent and the next push finds them as duplicates: nothing lost, nothing doubled. A kiosk
never UPDATEs or DELETEs central rows. Thread: the kiosk-sync thread or the CLI's main thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from kiosk.domain.clock import Clock
from kiosk.domain.records import canonical_json
from kiosk.store.models import Base
from kiosk.sync.outbox import RECORD_TABLES, Batch, Outbox, RecordTable

CONFLICT_NAMESPACE = uuid.UUID("5b0f6f3e-2d55-4a7e-9d2b-6f1d7a0c9e41")


@dataclass
class TableReport:
    stored: int = 0  # new on the central side
    duplicates: int = 0  # already there, same content
    conflicts: int = 0  # the UUID was taken by different content: kept aside

    @property
    def sent(self) -> int:
        return self.stored + self.duplicates + self.conflicts


@dataclass
class PushReport:
    tables: dict[str, TableReport] = field(default_factory=lambda: {s.name: TableReport() for s in RECORD_TABLES})
    batches: int = 0

    @property
    def sent(self) -> int:
        return sum(t.sent for t in self.tables.values())

    @property
    def conflicts(self) -> int:
        return sum(t.conflicts for t in self.tables.values())

    @property
    def duplicates(self) -> int:
        return sum(t.duplicates for t in self.tables.values())


@dataclass(frozen=True)
class Outcome:
    """What the central database made of one batch."""

    stored: int
    duplicates: int
    conflicts: list[int]  # positions in the batch


def conflict_id(table: str, record_id: uuid.UUID, digest: str) -> uuid.UUID:
    """The same rejected record always gets the same conflict id, so a re-push never doubles it."""
    return uuid.uuid5(CONFLICT_NAMESPACE, f"{table}/{record_id}/{digest}")


def push(central: Engine, outbox: Outbox, clock: Clock, *, batch_size: int,
         tables: Sequence[RecordTable] = RECORD_TABLES, report: PushReport | None = None,
         on_batch: Callable[[RecordTable, Outcome], None] | None = None) -> PushReport:
    """Sends every unsent record of this kiosk in `tables` (adding to `report` if given); raises on the
    first failure (what was confirmed stays sent)."""
    report = report if report is not None else PushReport()
    with central.connect() as conn:
        for spec in tables:
            while batch := outbox.take(spec, batch_size):
                with conn.begin():
                    outcome = send_batch(conn, batch, clock.now())
                outbox.mark_sent(spec, batch.ids, clock.now())  # the central commit succeeded
                t = report.tables[spec.name]
                t.stored += outcome.stored
                t.duplicates += outcome.duplicates
                t.conflicts += len(outcome.conflicts)
                report.batches += 1
                if on_batch is not None:
                    on_batch(spec, outcome)
                if len(batch) < batch_size:
                    break
    return report


def send_batch(conn: Connection, batch: Batch, received_at: datetime) -> Outcome:
    """Stores one batch inside the caller's central transaction (the caller commits)."""
    if conn.dialect.name == "postgresql":
        inserted, existing = _insert_pg(conn, batch)
    else:
        inserted, existing = _insert_sqlite(conn, batch, received_at)
    conflicts = [i for i, (rid, digest) in enumerate(zip(batch.ids, batch.digests, strict=True))
                 if rid not in inserted and existing.get(rid) != digest]
    if conflicts:
        _keep_aside(conn, batch, conflicts, received_at)
    return Outcome(stored=len(inserted), duplicates=len(batch) - len(inserted) - len(conflicts),
                   conflicts=conflicts)


def _keep_aside(conn: Connection, batch: Batch, positions: list[int], received_at: datetime) -> None:
    """One `sync_conflict` row per rejected record (the stored row is not touched)."""
    t = Base.metadata.tables["sync_conflict"]
    rows = []
    for i in positions:
        record = batch.record(i)
        rows.append({"id": conflict_id(batch.spec.name, batch.ids[i], batch.digests[i]),
                     "table_name": batch.spec.name, "record_id": batch.ids[i], "site": record["site"],
                     "kiosk": record["kiosk"], "digest": batch.digests[i], "payload": canonical_json(record)})
    stmt: Any
    if conn.dialect.name == "postgresql":
        stmt = postgresql.insert(t).values(received_at=func.now())  # the server's clock, like synced_at
    else:
        stmt = sqlite_insert(t).values(received_at=received_at)
    conn.execute(stmt.on_conflict_do_nothing(), rows)


@cache
def _pg_sql(spec: RecordTable) -> tuple[str, str, str, str]:
    cols = (*spec.columns, "digest")
    table = spec.table
    dialect = postgresql.dialect()
    tmp = f"kiosk_push_{spec.name}"
    ddl = ", ".join(f"{c} {table.c[c].type.compile(dialect=dialect)}" for c in cols)
    names = ", ".join(cols)
    return (
        f"CREATE TEMP TABLE {tmp} ({ddl}) ON COMMIT DROP",
        f"COPY {tmp} ({names}) FROM STDIN",
        f"INSERT INTO {spec.name} ({names}, synced_at) SELECT {names}, now() FROM {tmp} "
        "ON CONFLICT (id) DO NOTHING RETURNING id",
        f"SELECT id, digest FROM {spec.name} WHERE id = ANY(%s)",
    )


def _insert_pg(conn: Connection, batch: Batch) -> tuple[set[uuid.UUID], dict[uuid.UUID, str]]:
    create, copy_sql, insert_sql, select_sql = _pg_sql(batch.spec)
    raw = conn.connection.driver_connection  # psycopg 3, inside SQLAlchemy's transaction
    assert raw is not None
    with raw.cursor() as cur:
        cur.execute(create)
        with cur.copy(copy_sql) as copy:
            for row, digest in zip(batch.rows, batch.digests, strict=True):
                copy.write_row((*row, digest))
        cur.execute(insert_sql)
        inserted = {r[0] for r in cur.fetchall()}
        existing: dict[uuid.UUID, str] = {}
        missing = [i for i in batch.ids if i not in inserted]
        if missing:
            cur.execute(select_sql, [missing])
            existing = {r[0]: r[1] for r in cur.fetchall()}
    return inserted, existing


def _insert_sqlite(conn: Connection, batch: Batch,
                   received_at: datetime) -> tuple[set[uuid.UUID], dict[uuid.UUID, str]]:
    t = batch.spec.table
    params = [{**batch.record(i), "digest": batch.digests[i], "synced_at": received_at} for i in range(len(batch))]
    stmt = sqlite_insert(t).on_conflict_do_nothing(index_elements=["id"]).returning(t.c.id)
    inserted = set(conn.execute(stmt, params).scalars())  # the write comes first: the file is locked from here
    missing = [i for i in batch.ids if i not in inserted]
    existing: dict[uuid.UUID, str] = {}
    if missing:
        existing = {r.id: r.digest for r in conn.execute(select(t.c.id, t.c.digest).where(t.c.id.in_(missing)))}
    return inserted, existing
