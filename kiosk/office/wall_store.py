"""The office's wall moderation: every message of the person's sites, and their decisions written as them.

    messages(engine, sites)                                   # oldest first, each with its state and flags
    decide(engine, message, "approve" | "pin" | "reject" | "hide" | "unhide", by="alice")

A decision is a `content_change` row inserted with the person's own login — the same central path staff
decisions from a kiosk take (kiosk.sync.decisions): PostgreSQL's row-level security lets staff decide only for
their sites, the trigger of migration 0004 applies it to `site_content` when the version it was based on is
still current, and every kiosk of that site applies it with its next pull. A decision based on a version
someone else changed meanwhile is `stale`: nothing is overwritten (`DecisionError`, code "stale"). On the
demo's SQLite central the office applies it in the same transaction (kiosk.data.changes.apply_changes).
Thread: the database thread.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.dialects import postgresql

from kiosk.core.errors import KioskError
from kiosk.core.records import record_digest
from kiosk.data.changes import APPLIED, CHANGES, CONTENT, apply_changes, parse_result, payload_json
from kiosk.wall.central import CentralMessage, wall_messages
from kiosk.wall.rules.messages import MessageStatus
from kiosk.wall.store import wall_payload

OFFICE = "office"  # the `kiosk` of a decision made in the office (no kiosk made it)
ACTIONS = ("approve", "pin", "unpin", "reject", "hide", "unhide")


class DecisionError(KioskError):
    kind = "wall"


def messages(engine: Engine, sites: tuple[str, ...]) -> list[CentralMessage]:
    """Every message of `sites` that reached the central database, oldest first."""
    found = [m for site in sites for m in wall_messages(engine, site)]
    return sorted(found, key=lambda m: (m.created_at, str(m.id)))


def outcome(action: str, current: CentralMessage) -> tuple[MessageStatus, bool]:
    """The state a decision leads to (status, pinned)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown decision {action!r}")
    if action in ("approve", "unhide"):
        return MessageStatus.APPROVED, current.pinned and action == "unhide"
    if action in ("pin", "unpin"):
        return MessageStatus.APPROVED, action == "pin"
    if action == "reject":
        return MessageStatus.REJECTED, False
    return (MessageStatus.REJECTED if current.status is MessageStatus.PENDING else MessageStatus.HIDDEN), False


def decide(engine: Engine, current: CentralMessage, action: str, by: str) -> str:
    """Writes the decision as the signed-in person; returns "applied", or "unchanged" when it is already so."""
    status, pinned = outcome(action, current)
    if (status, pinned) == (current.status, current.pinned):
        return "unchanged"
    now = datetime.now(UTC)
    payload = wall_payload(current.id, current.text, current.created_at, current.kiosk, status, pinned)
    change_id = uuid.uuid4()
    row = {"id": change_id, "site": current.site, "kiosk": OFFICE, "content_id": current.id, "kind": "wall",
           "base_version": current.version, "follows_id": None, "payload": payload_json(payload), "archived": False,
           "staff_label": by[:63], "created_at": now}
    row["digest"] = record_digest(row)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # the server's clock marks it received; the trigger applies it
            conn.execute(postgresql.insert(CHANGES).values(**row, synced_at=func.now()))
        else:
            conn.execute(insert(CHANGES).values(**row, synced_at=now))
            apply_changes(conn, [change_id], now)
        found = conn.execute(select(CONTENT.c.payload).where(CONTENT.c.id == change_id)).scalar()
    result = parse_result(found) if found is not None else None
    if result is None or result.status != APPLIED:
        raise DecisionError("someone else decided on this message meanwhile", code="stale")
    return APPLIED
