"""Staff edits made on a kiosk, end to end: queued locally as `content_change` records, pushed by the
outbox like check-ins, applied to `site_content` by the central database, and their outcome pulled back.

Only a person's login may send a change to a PostgreSQL central (kiosk.sync.decisions; migration 0008
refuses kiosk logins): a kiosk queues them, and they apply on the kiosk at once.
The rule, the same on both kinds of central database:
  PostgreSQL  the AFTER INSERT trigger `content_change_apply()` (migration 0004) runs it as the push inserts
  SQLite      the push calls `apply_changes` right after inserting, in the same transaction
A change is applied — the item written with version + 1 — when its `base_version` is the item's current
version (or the item does not exist and `base_version` is 0) and the change it follows, if any, was
applied; it is `stale` otherwise and the item is left alone (nothing is silently overwritten). A change
for an item of another site or another kind, or an oversized one, is `refused`. Either way the outcome is
a `site_content` row of kind 'change_result' with the change's id, payload {"change_id", "content_id",
"kind", "kiosk", "status", "current_version"}: every kiosk of the site pulls it, and the proposing kiosk
turns a stale one into a notice for staff.

Kiosk side: `queue_change` writes the record (chaining it to this kiosk's own unconfirmed change of the
same item, so a second offline edit lands only on top of the first); `known_version` is the version the
next edit of an item must be based on; `pending_changes` and `own_results` tell the services what is
still waiting and what came back. Thread: kiosk side — the database thread (services) or the CLI;
central side — the kiosk-sync thread inside the push's central transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, Table, and_, func, insert, literal_column, select, update

from kiosk.core.records import record_digest
from kiosk.data.models import Base

CHANGES: Table = Base.metadata.tables["content_change"]
CONTENT: Table = Base.metadata.tables["site_content"]
DISMISSED: Table = Base.metadata.tables["dismissed_change"]

KINDS = ("listing", "wall", "photo")
RESULT_KIND = "change_result"
APPLIED, STALE, REFUSED = "applied", "stale", "refused"
MAX_PAYLOAD = 3_000_000  # characters (a photo as base64); the PostgreSQL trigger has the same limit


@dataclass(frozen=True)
class ChangeResult:
    """What the central database made of one change (a pulled 'change_result' row)."""

    change_id: uuid.UUID
    content_id: uuid.UUID
    kind: str
    kiosk: str
    status: str  # applied | stale | refused
    current_version: int  # the item's version afterwards (0: none, or not this site's)


def payload_json(payload: Mapping[str, Any]) -> str:
    return json.dumps(dict(payload), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def parse_result(payload: str) -> ChangeResult | None:
    """A 'change_result' payload, or None if it is not one this program understands."""
    try:
        data = json.loads(payload)
        return ChangeResult(uuid.UUID(str(data["change_id"])), uuid.UUID(str(data["content_id"])), str(data["kind"]),
                            str(data.get("kiosk", "")), str(data["status"]), int(data["current_version"]))
    except (ValueError, TypeError, KeyError):
        return None


# -- central side ------------------------------------------------------------------------------------------

def _change_seq(conn: Connection) -> Any:
    if conn.dialect.name == "postgresql":
        return literal_column("0")  # the central trigger numbers it from the site's counter (migration 0008)
    return select(func.coalesce(func.max(CONTENT.c.change_seq), 0) + 1).scalar_subquery()


def _applied(conn: Connection, change_id: uuid.UUID, site: str) -> bool:
    found = conn.execute(select(CONTENT.c.payload).where(
        CONTENT.c.id == change_id, CONTENT.c.site == site, CONTENT.c.kind == RESULT_KIND)).scalar()
    result = parse_result(found) if found is not None else None
    return result is not None and result.status == APPLIED


def _apply_one(conn: Connection, change: Row[Any], at: datetime) -> ChangeResult:
    cur = conn.execute(select(CONTENT.c.site, CONTENT.c.kind, CONTENT.c.version)
                       .where(CONTENT.c.id == change.content_id)).first()
    written = {"payload": change.payload, "archived": change.archived, "updated_at": at,
               "updated_by": change.staff_label, "change_seq": _change_seq(conn)}
    if change.kind not in KINDS or len(change.payload) > MAX_PAYLOAD or (
            cur is not None and (cur.site != change.site or cur.kind != change.kind)):
        status, version = REFUSED, 0  # nothing about another site's item is told
    elif change.follows_id is not None and not _applied(conn, change.follows_id, change.site):
        status, version = STALE, cur.version if cur else 0
    elif cur is None and change.base_version == 0:
        conn.execute(insert(CONTENT).values(id=change.content_id, site=change.site, kind=change.kind, version=1,
                                            **written))
        status, version = APPLIED, 1
    elif cur is not None and change.base_version == cur.version:
        conn.execute(update(CONTENT).where(CONTENT.c.id == change.content_id)
                     .values(version=CONTENT.c.version + 1, **written))
        status, version = APPLIED, cur.version + 1
    else:
        status, version = STALE, cur.version if cur else 0
    result = ChangeResult(change.id, change.content_id, change.kind, change.kiosk, status, version)
    body = {"change_id": str(result.change_id), "content_id": str(result.content_id), "kind": result.kind,
            "kiosk": result.kiosk, "status": status, "current_version": version}
    conn.execute(insert(CONTENT).values(id=change.id, site=change.site, kind=RESULT_KIND, payload=payload_json(body),
                                        version=1, archived=False, updated_at=at, updated_by=change.staff_label,
                                        change_seq=_change_seq(conn)))
    return result


def apply_changes(conn: Connection, changes: Sequence[uuid.UUID], at: datetime) -> list[ChangeResult]:
    """Applies the stored `content_change` rows with these ids that have no outcome yet, oldest first, inside
    the caller's central transaction (the SQLite central's stand-in for the PostgreSQL trigger). A change
    that already has an outcome (sent twice) is not applied again."""
    ids = list(dict.fromkeys(changes))
    if not ids:
        return []
    rows = conn.execute(select(CHANGES).where(CHANGES.c.id.in_(ids))
                        .order_by(CHANGES.c.created_at, CHANGES.c.id)).all()
    done = set(conn.execute(select(CONTENT.c.id).where(CONTENT.c.id.in_(ids))).scalars())
    return [_apply_one(conn, row, at) for row in rows if row.id not in done]


# -- kiosk side --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Known:
    """The version the next edit of an item must be based on, and this kiosk's unconfirmed change of it."""

    version: int  # 0: the item does not exist (yet)
    pending: uuid.UUID | None  # the newest change of it still waiting for its outcome
    pending_at: datetime | None = None


def _own(site: str, kiosk: str) -> Any:
    return and_(CHANGES.c.site == site, CHANGES.c.kiosk == kiosk)


def _no_outcome() -> Any:
    return ~select(CONTENT.c.id).where(CONTENT.c.id == CHANGES.c.id).exists()


def pending_changes(conn: Connection, site: str, kiosk: str, kind: str,
                    content_id: uuid.UUID | None = None) -> list[Row[Any]]:
    """This kiosk's changes of `kind` whose outcome has not been pulled yet, oldest first."""
    q = select(CHANGES).where(_own(site, kiosk), CHANGES.c.kind == kind, _no_outcome())
    if content_id is not None:
        q = q.where(CHANGES.c.content_id == content_id)
    return list(conn.execute(q.order_by(CHANGES.c.created_at, CHANGES.c.id)).all())


def known_version(conn: Connection, site: str, kiosk: str, kind: str, content_id: uuid.UUID) -> Known:
    """What this kiosk knows of an item's version: one above its own newest unconfirmed change of it, else the
    pulled copy's version, else 0. Raises ValueError if the id belongs to content of another kind."""
    waiting = pending_changes(conn, site, kiosk, kind, content_id)
    if waiting:
        last = waiting[-1]
        return Known(last.base_version + 1, last.id, last.created_at)
    row = conn.execute(select(CONTENT.c.kind, CONTENT.c.version)
                       .where(CONTENT.c.id == content_id, CONTENT.c.site == site)).first()
    if row is not None and row.kind != kind:
        raise ValueError(f"content {content_id} is a {row.kind}, not a {kind}")
    return Known(row.version if row is not None else 0, None)


def queue_change(conn: Connection, *, site: str, kiosk: str, kind: str, content_id: uuid.UUID, base_version: int,
                 payload: Mapping[str, Any], staff_label: str, at: datetime, archived: bool = False,
                 known: Known | None = None) -> uuid.UUID:
    """Writes a `content_change` record (in the caller's local transaction) for the outbox; returns its id.
    It follows this kiosk's unconfirmed change of the same item when it builds on it."""
    if kind not in KINDS:
        raise ValueError(f"unknown content kind {kind!r}")
    if base_version < 0:
        raise ValueError("base_version must be 0 or more")
    body = payload_json(payload)
    if len(body) > MAX_PAYLOAD:
        raise ValueError(f"the content is too large to send ({len(body)} characters; at most {MAX_PAYLOAD})")
    known = known if known is not None else known_version(conn, site, kiosk, kind, content_id)
    follows = known.pending if known.pending is not None and base_version == known.version else None
    if follows is not None and known.pending_at is not None and at <= known.pending_at:
        at = known.pending_at + timedelta(microseconds=1)  # applied after the change it follows
    change_id = uuid.uuid4()
    row = {"id": change_id, "site": site, "kiosk": kiosk, "content_id": content_id, "kind": kind,
           "base_version": base_version, "follows_id": follows, "payload": body, "archived": archived,
           "staff_label": staff_label[:63], "created_at": at}
    row["digest"] = record_digest(row)
    conn.execute(insert(CHANGES).values(**row))
    return change_id


def own_results(conn: Connection, site: str, kiosk: str, *, kinds: Sequence[str] = KINDS,
                undismissed: bool = False) -> list[tuple[ChangeResult, Row[Any]]]:
    """Pulled outcomes of this kiosk's own changes (with the change itself), oldest change first."""
    q = (select(CHANGES, CONTENT.c.payload.label("result_payload"))
         .join(CONTENT, and_(CONTENT.c.id == CHANGES.c.id, CONTENT.c.kind == RESULT_KIND))
         .where(_own(site, kiosk), CHANGES.c.kind.in_(list(kinds)))
         .order_by(CHANGES.c.created_at, CHANGES.c.id))
    if undismissed:
        q = q.where(~select(DISMISSED.c.change_id).where(DISMISSED.c.change_id == CHANGES.c.id).exists())
    out = []
    for row in conn.execute(q):
        result = parse_result(row.result_payload)
        if result is not None:
            out.append((result, row))
    return out


def dismiss(conn: Connection, change_id: uuid.UUID, at: datetime) -> None:
    """Marks a notice seen (idempotent)."""
    if conn.execute(select(DISMISSED.c.change_id).where(DISMISSED.c.change_id == change_id)).first() is None:
        conn.execute(insert(DISMISSED).values(change_id=change_id, dismissed_at=at))
