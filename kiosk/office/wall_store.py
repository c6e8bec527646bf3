"""The office's wall moderation: every message of the person's sites, and their decisions written as them.

    messages(engine, sites)                                   # oldest first, each with its state and flags
    decide(engine, message, "approve" | "pin" | "reject" | "hide" | "unhide", by="alice")

A decision is a `content_change` row inserted with the person's own login — the same central path staff
decisions from a kiosk take (kiosk.sync.decisions): PostgreSQL's row-level security lets staff decide only for
their sites, the trigger of migration 0004 applies it to `site_content` when the version it was based on is
still current, and every kiosk of that site applies it with its next pull. A decision based on a version
someone else changed meanwhile is `stale`: nothing is overwritten (`DecisionError`, code "stale"). On the
demo's SQLite central the office applies it in the same transaction (both through kiosk.office.change_writer).
Thread: the database thread.
"""

from __future__ import annotations

from sqlalchemy import Engine

from kiosk.core.errors import KioskError
from kiosk.data.changes import APPLIED, payload_json
from kiosk.office.change_writer import write_change
from kiosk.wall.central import CentralMessage, wall_messages
from kiosk.wall.rules.messages import MessageStatus
from kiosk.wall.store import wall_payload

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
    payload = wall_payload(current.id, current.text, current.created_at, current.kiosk, status, pinned)
    outcome_status, _version = write_change(engine, current.site, "wall", current.id, current.version,
                                            payload_json(payload), False, by)
    if outcome_status != APPLIED:
        raise DecisionError("someone else decided on this message meanwhile", code="stale")
    return APPLIED
