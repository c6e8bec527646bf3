"""Staff decisions made on a kiosk reach the site only with a person's own authority.

On a PostgreSQL central a kiosk's login may not send `content_change` at all (grants, and migration 0008's
trigger, which refuses every kiosk login whatever the grants say). What staff decide in staff mode on a
kiosk — approve, pin, hide or reject a wall message, edit a listing or a photo — applies on that kiosk at
once and waits in its outbox; it reaches the site's other kiosks when a person signs in with their own
central login (`PersonLogin`: a staff user made by `kiosk central add-user staff`, for that site), and the
sync cycle sends the waiting decisions as that person (`push_decisions`). The server applies them by the
same rules as before (kiosk.data.changes) and only for the sites that person looks after.
The SQLite central (the single-user demo) has no logins: there the kiosk's own push carries them.

A person's password is held in memory only, for as long as they are signed in; it is never stored, logged
or printed (`PersonLogin.__repr__` leaves it out). Thread: the kiosk-sync thread or the CLI's main thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.dialects import postgresql

from kiosk.core.clock import Clock
from kiosk.data.outbox import CONTENT_TABLES, Batch, Outbox, RecordTable
from kiosk.sync.push import PushReport, push

DECISIONS: RecordTable = next(t for t in CONTENT_TABLES if t.name == "content_change")
# What a kiosk's own login sends to a PostgreSQL central: its messages, never decisions.
KIOSK_CONTENT_TABLES = tuple(t for t in CONTENT_TABLES if t is not DECISIONS)


@dataclass(frozen=True)
class PersonLogin:
    """A person signed in on this kiosk: their staff user name and password (memory only)."""

    user: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class DecisionsSent:
    stored: int = 0
    duplicates: int = 0
    clashes: int = 0  # an id the central database holds with other content (or for a site not theirs): kept here


def push_decisions(engine: Engine, outbox: Outbox, clock: Clock, *, batch_size: int,
                   report: PushReport | None = None) -> DecisionsSent:
    """Sends this kiosk's waiting decisions with `engine`, a person's login, oldest first; raises on the first
    failure (what was confirmed stays sent). Adds what it sent to `report` under 'content_change'."""
    if engine.dialect.name != "postgresql":  # the demo's SQLite central applies them in the push itself
        done = push(engine, outbox, clock, batch_size=batch_size, tables=(DECISIONS,))
        t = done.tables[DECISIONS.name]
        sent = DecisionsSent(t.stored, t.duplicates, t.conflicts)
    else:
        stored = duplicates = clashes = 0
        for batch in outbox.batches(DECISIONS, batch_size):
            with engine.begin() as conn:
                confirmed, new, clash = _send(conn, batch)
            outbox.mark_sent(DECISIONS, confirmed, clock.now())  # only after the central commit
            stored, duplicates, clashes = stored + new, duplicates + len(confirmed) - new, clashes + clash
        sent = DecisionsSent(stored, duplicates, clashes)
    if report is not None:
        t = report.tables[DECISIONS.name]
        t.stored, t.duplicates = t.stored + sent.stored, t.duplicates + sent.duplicates
    return sent


def _send(conn: Connection, batch: Batch) -> tuple[list[uuid.UUID], int, int]:
    """Inserts the batch as the person (no TEMP table: staff have none); returns the ids now confirmed,
    how many were new, and how many clash. A staff member's change for a site they do not look after is
    refused by row-level security and raises, like any other refusal."""
    t = DECISIONS.table
    rows = [{**batch.record(i), "digest": digest, "synced_at": func.now()} for i, digest in enumerate(batch.digests)]
    stmt = postgresql.insert(t).values(rows).on_conflict_do_nothing(index_elements=["id"]).returning(t.c.id)
    new = set(conn.execute(stmt).scalars())
    rest = [i for i in batch.ids if i not in new]
    there = dict(conn.execute(select(t.c.id, t.c.digest).where(t.c.id.in_(rest))).tuples().all()) if rest else {}
    mine = dict(zip(batch.ids, batch.digests, strict=True))
    same = [i for i in rest if there.get(i) == mine[i]]
    return [*new, *same], len(new), len(rest) - len(same)
