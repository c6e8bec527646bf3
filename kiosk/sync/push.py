"""Push: send the outbox to the central database in batches, idempotent by UUID.

Per table (check-ins, then follow-ups, …, then heartbeats), batches of `batch_size` unsent rows, oldest
first, with the digest each record was stored with:
  PostgreSQL  the rows, as the local store holds them, column by column (`_transport`: one text, split on
              the server, or one binary text array):
              INSERT INTO t (…) SELECT … FROM unnest(…) — all new, the usual case, and done; on a unique
              violation (an id already there), back to a savepoint and INSERT … ON CONFLICT (id) DO NOTHING, then
              SELECT id, digest FROM t WHERE id = ANY(…). No temp table (kiosks may not make one), and never
              `synced_at` (the server's clock sets it)
  SQLite      (the embedded central) digests recomputed, executemany INSERT … ON CONFLICT DO NOTHING
              RETURNING id, then SELECT id, digest of the rest; the answer tallies of the days a batch touched
              are recounted (on PostgreSQL triggers keep them: kiosk.data.tallies)
A batch id that is there with the same digest is a record already stored (a duplicate, fine); another
digest — or a row this kiosk may not see — means a different record reuses the UUID: it is kept aside in
`sync_conflict` (payload = the record as JSON) and the stored row is left alone. A kiosk may not read staff
pulse answers at all (anonymous: kiosk.data.pulse_models): for them the ids and digests are checked by
`staff_pulse_seen(ids, digests)` (migration 0006), which says only whether each record the kiosk already
holds is stored as it is.
Duplicate or conflict is decided on the records' content as it is now (digests recomputed), never on a
digest stored with it, so a row changed behind the app's back still shows as a conflict. (An all-new
batch goes in with the stored digests unchecked: a row changed that way before its first push keeps the
digest it was written with, and a later re-push of it shows as a conflict — kept aside, nothing lost.)
The central transaction commits; only then are the local rows marked sent. A crash anywhere in between
leaves them unsent and the next push finds them as duplicates: nothing lost, nothing doubled. A kiosk
never UPDATEs or DELETEs central rows.

Each table is read with one SELECT, batch by batch (`Outbox.batches`): the next batch is read (and turned into
text) on a helper thread while one is sent, and a sent batch is marked on another helper thread while the next
one is sent; a batch counts, and `on_batch` sees it, once its mark is committed, and a table's marks are all
committed before the next table is read. Thread: the kiosk-sync thread or the CLI's main thread, plus those two
short-lived helpers (local store only), ended before `push` returns.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, String, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from kiosk.core.clock import Clock
from kiosk.core.records import canonical_json
from kiosk.data.models import Base
from kiosk.data.outbox import RECORD_TABLES, Batch, Outbox, RecordTable

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
    with central.connect() as conn, _Marker(outbox, report, on_batch) as marker:
        for spec in tables:
            with _ReadAhead(outbox.batches(spec, batch_size)) as batches:
                for batch in batches:
                    with conn.begin():
                        outcome = send_batch(conn, batch, clock.now())
                    marker.mark(spec, batch, outcome, clock.now())  # the central commit succeeded
            marker.wait()  # every row of a table is marked before the next: follow-ups wait for their check-ins
    return report


class _ReadAhead:
    """Iterates one table's batches, reading each next one (and making its text, `Batch.texts`) on a helper
    thread while the caller sends the one before: the local read overlaps the central round trip. Every step
    of the generator — its first read, its close — runs on that one thread. Leaving waits for the read under
    way and closes the generator (after an error too)."""

    def __init__(self, batches: Generator[Batch, None, None]) -> None:
        self._batches = batches
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="kiosk-sync-read")
        self._next: Future[Batch | None] = self._pool.submit(self._read)

    def _read(self) -> Batch | None:
        batch = next(self._batches, None)
        if batch is not None:
            batch.texts  # noqa: B018 -- computed here, off the sending thread
        return batch

    def __iter__(self) -> Iterator[Batch]:
        while (batch := self._next.result()) is not None:
            self._next = self._pool.submit(self._read)
            yield batch

    def __enter__(self) -> _ReadAhead:
        return self

    def __exit__(self, *_: object) -> None:
        try:
            futures.wait([self._next])  # its own error, if any, is dropped: the one raised already is reported
            self._pool.submit(self._batches.close).result()
        finally:
            self._pool.shutdown(wait=True)


class _Marker:
    """Marks committed batches sent in the local store on a helper thread, one batch at a time, while the
    next batch is read and sent; a batch is counted (and `on_batch` called, on the caller's thread) once its
    mark is committed. Leaving waits for the batch being marked — after an error too."""

    def __init__(self, outbox: Outbox, report: PushReport,
                 on_batch: Callable[[RecordTable, Outcome], None] | None) -> None:
        self.outbox, self.report, self.on_batch = outbox, report, on_batch
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="kiosk-sync-mark")
        self._pending: tuple[Future[None], RecordTable, Outcome] | None = None

    def mark(self, spec: RecordTable, batch: Batch, outcome: Outcome, at: datetime) -> None:
        self.wait()
        self._pending = (self._pool.submit(self.outbox.mark_sent, spec, batch.keys, at), spec, outcome)

    def wait(self) -> None:
        if self._pending is None:
            return
        future, spec, outcome = self._pending
        self._pending = None
        future.result()  # the mark's own error, if any (a StorageError)
        t = self.report.tables[spec.name]
        t.stored += outcome.stored
        t.duplicates += outcome.duplicates
        t.conflicts += len(outcome.conflicts)
        self.report.batches += 1
        if self.on_batch is not None:
            self.on_batch(spec, outcome)

    def __enter__(self) -> _Marker:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        try:
            if exc_type is None:
                self.wait()
            elif self._pending is not None:  # let it finish; the error already raised is the one to report
                futures.wait([self._pending[0]])
        finally:
            self._pool.shutdown(wait=True)


def send_batch(conn: Connection, batch: Batch, received_at: datetime) -> Outcome:
    """Stores one batch inside the caller's central transaction (the caller commits)."""
    if conn.dialect.name == "postgresql":
        stored, existing, batch = _insert_pg(conn, batch)
    else:  # the embedded (demo) central: digests recomputed up front, as before they were stored
        batch = batch.rechecked()
        stored, existing = _insert_sqlite(conn, batch, received_at)
    conflicts: list[int] = []
    if existing is not None:  # not every row went in: same digest = a duplicate, anything else a conflict
        conflicts = [i for i, (rid, digest) in enumerate(zip(batch.ids, batch.digests, strict=True))
                     if existing.get(rid) != digest]
    if conflicts:
        _keep_aside(conn, batch, conflicts, received_at)
    if batch.spec.name == "content_change" and conn.dialect.name != "postgresql":
        from kiosk.data.changes import apply_changes  # what PostgreSQL's trigger does, in this transaction

        apply_changes(conn, batch.ids, received_at)
    if batch.spec.name in ("checkin", "checkin_followup") and conn.dialect.name != "postgresql" and stored:
        _refresh_tallies(conn, batch)  # what PostgreSQL's triggers do (kiosk.data.tallies)
    return Outcome(stored=stored, duplicates=len(batch) - stored - len(conflicts), conflicts=conflicts)


def _refresh_tallies(conn: Connection, batch: Batch) -> None:
    from kiosk.data import tallies

    if batch.spec.name == "checkin":
        records = (batch.record(i) for i in range(len(batch)))
        tallies.refresh(conn, {(r["site"], r["local_date"]) for r in records})
    else:
        tallies.refresh(conn, tallies.keys_of_followups(conn, (batch.record(i)["checkin_id"]
                                                               for i in range(len(batch)))))


def _keep_aside(conn: Connection, batch: Batch, positions: list[int], received_at: datetime) -> None:
    """One `sync_conflict` row per rejected record (the stored row is not touched)."""
    t = Base.metadata.tables["sync_conflict"]
    rows = []
    ids, digests = batch.ids, batch.digests
    for i in positions:
        record = batch.record(i)
        rows.append({"id": conflict_id(batch.spec.name, ids[i], digests[i]),
                     "table_name": batch.spec.name, "record_id": ids[i], "site": record["site"],
                     "kiosk": record.get("kiosk", batch.kiosk), "digest": digests[i],
                     "payload": canonical_json(record)})
    stmt: Any
    if conn.dialect.name == "postgresql":
        stmt = postgresql.insert(t)  # received_at: the server's clock (a column default kiosks may not set)
    else:
        stmt = sqlite_insert(t).values(received_at=received_at)
    conn.execute(stmt.on_conflict_do_nothing(), rows)


@dataclass(frozen=True)
class _PgSql:
    insert: str  # no ON CONFLICT: the fast path, when every id is new
    insert_new: str  # ON CONFLICT (id) DO NOTHING: only the new ids go in
    existing: str


_SAVEPOINT = "kiosk_push_sent"


_SEP = "\x1f"  # ASCII unit separator: joins a column's values into one text (`_transport`)


@cache
def _pg_sql(spec: RecordTable, joined: tuple[bool, ...]) -> _PgSql:
    """The batch travels column by column (`unnest`), cast to the column's type on the server; strings are not
    cast (an explicit cast to varchar(n) would cut a value short: the INSERT refuses it). A column travels as one
    text, its values joined by `_SEP` and split on the server (`joined[i]`: see `_transport`), or else as one
    text array in PostgreSQL's binary form."""
    cols = (*spec.columns, "digest")
    table = spec.table
    dialect = postgresql.dialect()
    values = ", ".join(f"u.{c}" if isinstance(table.c[c].type, String)
                       else f"CAST(u.{c} AS {table.c[c].type.compile(dialect=dialect)})" for c in cols)
    names = ", ".join(cols)
    arrays = ", ".join("string_to_array(%b, chr(31))" if j else "%b::text[]" for j in joined)
    # synced_at is not named: the server's clock fills it (a column default; kiosks have no grant on it).
    insert = f"INSERT INTO {spec.name} ({names}) SELECT {values} FROM unnest({arrays}) AS u({names})"
    existing = f"SELECT id, digest FROM {spec.name} WHERE id = ANY(%s::uuid[])"
    if not spec.per_kiosk:  # a kiosk may not read these rows: it asks whether its own records are stored as they are
        existing = f"SELECT id, digest FROM public.{spec.name}_seen(%s::uuid[], %s::text[])"  # pairs aligned
    return _PgSql(
        insert=insert,
        # (no conflict target for a table a kiosk may not read: naming one needs SELECT on the column)
        insert_new=f"{insert} ON CONFLICT {'(id) ' if spec.per_kiosk else ''}DO NOTHING",
        existing=existing,
    )


def _columns(batch: Batch) -> list[list[str | None]]:
    """The batch's rows as the local store holds them, one list of text per column (`Batch.texts`): moments as
    naive UTC text (read as UTC: the transaction's TimeZone is UTC), UUIDs as 32 hex digits, dates as ISO text."""
    return batch.texts


def _transport(batch: Batch) -> tuple[tuple[bool, ...], list[str | list[str | None]]]:
    """Each column's values as one parameter: joined by `_SEP` into one text when that splits back into exactly
    these values (no NULL among them, none holding `_SEP`, and not one lone '', which splits into nothing), else
    the list itself (a binary text array). Joined, a column costs the client one `str.join` and the server one
    split, where an array costs both sides a step per value: about half the push's transport time
    (benchmarks/sync_push.py)."""
    forms: list[bool] = []
    params: list[str | list[str | None]] = []
    for column in _columns(batch):
        try:
            joined: str | None = _SEP.join(column)  # type: ignore[arg-type]  # a None raises TypeError
        except TypeError:
            joined = None
        if joined is not None and (not joined or joined.count(_SEP) != len(column) - 1):
            joined = None
        forms.append(joined is not None)
        params.append(column if joined is None else joined)
    return tuple(forms), params


def _insert_pg(conn: Connection, batch: Batch) -> tuple[int, dict[uuid.UUID, str] | None, Batch]:
    """Stores the batch; returns how many rows went in, and — only when some did not — the (id → digest) the
    kiosk may see of the batch's ids now (the rows just stored included) and the batch as classified.
    No temp table: a kiosk role has no TEMPORARY privilege."""
    from psycopg.errors import UniqueViolation

    forms, params = _transport(batch)
    sql = _pg_sql(batch.spec, forms)
    raw = conn.connection.driver_connection  # psycopg 3, inside SQLAlchemy's transaction
    assert raw is not None
    with raw.cursor() as cur:
        cur.execute("SET LOCAL TimeZone = 'UTC'")
        cur.execute(f"SAVEPOINT {_SAVEPOINT}")
        try:  # all new, the usual case: a plain INSERT (ON CONFLICT's speculative insertion costs a third more)
            cur.execute(sql.insert, params)
            return int(cur.rowcount), None, batch
        except UniqueViolation:  # some ids are there already (or arrived meanwhile): only the new ones go in
            cur.execute(f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
        # Duplicate or conflict is decided on each record's content as it is now, not on the digest stored
        # with it, so a row changed behind the app's back is never taken for a duplicate: the digests are
        # recomputed before the rows are sent again.
        checked = batch.rechecked()
        forms, params = _transport(checked)
        cur.execute(_pg_sql(checked.spec, forms).insert_new, params)
        stored = int(cur.rowcount)
        # Rows just stored carry the batch's own digest: they match. A table kiosks may not read is asked
        # through its `<table>_seen(ids, digests)`, which answers only about the records given.
        args = [checked.ids] if batch.spec.per_kiosk else [checked.ids, list(checked.digests)]
        cur.execute(sql.existing, args)
        return stored, {r[0]: r[1] for r in cur.fetchall()}, checked


def _insert_sqlite(conn: Connection, batch: Batch, received_at: datetime) -> tuple[int, dict[uuid.UUID, str] | None]:
    t = batch.spec.table
    params = [{**batch.record(i), "digest": d, "synced_at": received_at} for i, d in enumerate(batch.digests)]
    stmt = sqlite_insert(t).on_conflict_do_nothing(index_elements=["id"]).returning(t.c.id)
    inserted = set(conn.execute(stmt, params).scalars())  # the write comes first: the file is locked from here
    if len(inserted) == len(batch):
        return len(inserted), None
    missing = [i for i in batch.ids if i not in inserted]
    existing = {r.id: r.digest for r in conn.execute(select(t.c.id, t.c.digest).where(t.c.id.in_(missing)))}
    existing.update((rid, digest) for rid, digest in zip(batch.ids, batch.digests, strict=True) if rid in inserted)
    return len(inserted), existing
