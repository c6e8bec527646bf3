"""The outbox: this kiosk's unsent records in its local SQLite store, and its sync bookkeeping.

A record is unsent while its `synced_at` is NULL (partial indexes make that cheap). `take()` reads the
oldest unsent rows of one table with their digests; `mark_sent()` sets `synced_at` — called only after
the central database committed them. Follow-ups are taken only once their check-in has been sent, so
the central foreign key always holds. Only this kiosk's own records (its configured site and kiosk id)
are sent; rows written under another identity are "held back" and counted in the status.
`SyncState` keeps the pull cursor, last success and last error in `sync_state`.
Thread: the kiosk-sync thread or the CLI's main thread (never the GUI thread).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Connection, Engine, Table, and_, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from kiosk.domain.errors import StorageError
from kiosk.domain.records import BOOKKEEPING, record_digest
from kiosk.store.models import Base, CheckInRecord
from kiosk.store.sync_models import SyncStateRecord

P = ParamSpec("P")
R = TypeVar("R")


def local_store(fn: Callable[P, R]) -> Callable[P, R]:
    """Errors of the kiosk's own store become StorageError, so they are never blamed on the central side."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except SQLAlchemyError as e:
            raise StorageError(f"{getattr(e, 'orig', None) or e.__class__.__name__}") from e

    return wrapper


@dataclass(frozen=True)
class RecordTable:
    """One table of pushed records: its content columns (everything but bookkeeping), oldest first by `order`."""

    name: str
    label: str  # plural, for people
    order: str

    @property
    def table(self) -> Table:
        return Base.metadata.tables[self.name]

    @functools.cached_property
    def columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.table.columns if c.name not in BOOKKEEPING)


# Sent in this order: a follow-up's check-in is always on the central side before the follow-up.
ANSWER_TABLES = (
    RecordTable("checkin", "check-ins", "answered_at"),
    RecordTable("checkin_followup", "follow-ups", "answered_at"),
)
HEARTBEATS = RecordTable("heartbeat", "heartbeats", "sent_at")
RECORD_TABLES = (*ANSWER_TABLES, HEARTBEATS)


@dataclass(frozen=True)
class Batch:
    """Unsent rows of one table, in `spec.columns` order, with each row's digest."""

    spec: RecordTable
    rows: list[tuple[Any, ...]]
    digests: list[str]

    @property
    def ids(self) -> list[uuid.UUID]:
        return [row[0] for row in self.rows]  # `id` is every record table's first column

    def record(self, i: int) -> dict[str, Any]:
        return dict(zip(self.spec.columns, self.rows[i], strict=True))

    def __len__(self) -> int:
        return len(self.rows)


class Outbox:
    def __init__(self, engine: Engine, site: str, kiosk: str) -> None:
        self.engine, self.site, self.kiosk = engine, site, kiosk

    def _unsent(self, spec: RecordTable, *, own: bool = True) -> Any:
        t = spec.table
        unsent = t.c.synced_at.is_(None)
        if not own:
            return unsent
        # `col || ''` keeps SQLite from choosing the (site, …) or (kiosk, …) index, which would read every row
        # the kiosk ever stored: the small partial index of unsent rows is the one to use.
        return and_(unsent, t.c.site.op("||")("") == self.site, t.c.kiosk.op("||")("") == self.kiosk)

    @local_store
    def take(self, spec: RecordTable, limit: int) -> Batch:
        """Up to `limit` of this kiosk's unsent rows of one table, oldest first."""
        t = spec.table
        q = select(*(t.c[c] for c in spec.columns)).where(self._unsent(spec))
        if spec.name == "checkin_followup":  # only once its check-in is on the central side
            waiting = select(CheckInRecord.id).where(CheckInRecord.synced_at.is_(None))
            q = q.where(t.c.checkin_id.not_in(waiting))
        q = q.order_by(t.c[spec.order], t.c.id).limit(limit)
        with self.engine.connect() as conn:
            rows = [tuple(r) for r in conn.execute(q).all()]
        columns = spec.columns
        digests = [record_digest(dict(zip(columns, r, strict=True))) for r in rows]
        return Batch(spec, rows, digests)

    @local_store
    def mark_sent(self, spec: RecordTable, ids: Sequence[uuid.UUID], at: datetime) -> None:
        """Marks rows sent, in one local transaction. Only after the central commit succeeded."""
        if not ids:
            return
        t = spec.table
        with self.engine.begin() as conn:
            conn.execute(update(t).where(t.c.id.in_(list(ids)), t.c.synced_at.is_(None)).values(synced_at=at))

    @local_store
    def pending(self) -> dict[str, int]:
        """Unsent records of this kiosk per table."""
        with self.engine.connect() as conn:
            return {s.name: conn.scalar(select(func.count()).select_from(s.table).where(self._unsent(s))) or 0
                    for s in RECORD_TABLES}

    @local_store
    def held_back(self) -> int:
        """Unsent rows written under another site or kiosk id (after a change of identity): never sent."""
        with self.engine.connect() as conn:
            return sum(conn.scalar(select(func.count()).select_from(s.table).where(
                self._unsent(s, own=False) & ~self._unsent(s))) or 0 for s in RECORD_TABLES)

    @local_store
    def oldest_unsent(self) -> datetime | None:
        """When the oldest of this kiosk's unsent answers (check-ins and follow-ups) was given."""
        with self.engine.connect() as conn:
            found = [conn.scalar(select(func.min(s.table.c[s.order])).where(self._unsent(s)))
                     for s in ANSWER_TABLES]
        moments = [m for m in found if m is not None]  # aware UTC: min() keeps the column's type
        return min(moments) if moments else None

    @local_store
    def add_heartbeat(self, *, at: datetime, app_version: str, pending: int, last_sync_at: datetime | None,
                      uptime_seconds: float, unless_one_waits: bool = False) -> bool:
        """Queues a heartbeat; with `unless_one_waits`, not if one is still unsent (no pile-up offline)."""
        t = HEARTBEATS.table
        with self.engine.begin() as conn:
            if unless_one_waits and conn.scalar(select(func.count()).select_from(t).where(self._unsent(HEARTBEATS))):
                return False
            conn.execute(insert(t).values(
                id=uuid.uuid4(), site=self.site, kiosk=self.kiosk, sent_at=at, app_version=app_version,
                pending=pending, last_sync_at=last_sync_at, uptime_seconds=float(uptime_seconds)))
        return True


class SyncState:
    """Local key/value bookkeeping in `sync_state` (keys below); values are text."""

    CURSOR = "pull.cursor"
    CURSOR_SOURCE = "pull.source"  # which central database the cursor belongs to
    LAST_SUCCESS = "last_success_at"
    LAST_ATTEMPT = "last_attempt_at"
    LAST_ERROR = "last_error"
    LAST_ERROR_AT = "last_error_at"

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @local_store
    def get_all(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return {k: v for k, v in conn.execute(select(SyncStateRecord.key, SyncStateRecord.value))}

    def get(self, key: str) -> str | None:
        return self.get_all().get(key)

    def moment(self, key: str) -> datetime | None:
        value = self.get(key)
        return datetime.fromisoformat(value) if value else None

    @local_store
    def set(self, values: Mapping[str, str], conn: Connection | None = None) -> None:
        """Stores the pairs, in `conn`'s transaction when given (so a cursor moves with its data)."""
        ins = sqlite_insert(SyncStateRecord)
        stmt = ins.on_conflict_do_update(index_elements=["key"], set_={"value": ins.excluded.value})
        rows = [{"key": k, "value": v} for k, v in values.items()]
        if conn is not None:
            conn.execute(stmt, rows)
            return
        with self.engine.begin() as own:
            own.execute(stmt, rows)

    def record_success(self, at: datetime) -> None:
        self.set({self.LAST_SUCCESS: at.isoformat(), self.LAST_ATTEMPT: at.isoformat()})

    def record_error(self, at: datetime, words: str) -> None:
        self.set({self.LAST_ERROR: words, self.LAST_ERROR_AT: at.isoformat(), self.LAST_ATTEMPT: at.isoformat()})
