"""Central moderation of the kindness wall (`kiosk central moderate`): list a site's messages as the central
database has them, and hide or approve one — a decision every kiosk of the site applies with its next pull.

Messages are the kiosks' `wall_message` records; a message's state is its `site_content` row of kind
'wall' (written by staff through `content_change` with their own login, or here), else pending: a kiosk's
`status_at_creation` ('approved' by the filter under `wall.policy = "auto"`) is that kiosk's own screen
only, never a decision for the site. A decision
is published with `publish_content` based on the version read, so a decision a kiosk made meanwhile is
not overwritten (the command says so, and is run again). Works on PostgreSQL (the owner or a staff user of
the site) and on a SQLite central. Thread: the CLI's main thread.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import Connection, Engine, Table, select, text

from kiosk.core.errors import CentralError, StaleEdit
from kiosk.data.content import publish_content
from kiosk.data.models import Base
from kiosk.data.sites import check_id as _check_id
from kiosk.data.sites import require_site as _require_site
from kiosk.wall.rules.messages import MessageStatus
from kiosk.wall.store import wall_payload

MESSAGES: Table = Base.metadata.tables["wall_message"]
CONTENT: Table = Base.metadata.tables["site_content"]
Action = Literal["hide", "approve"]


@dataclass(frozen=True)
class CentralMessage:
    id: uuid.UUID
    site: str
    kiosk: str
    created_at: datetime
    text: str
    language: str
    flags: tuple[str, ...]
    status: MessageStatus
    pinned: bool
    version: int  # of its decision in site_content; 0 = none yet
    moderated_at: datetime | None
    moderated_by: str


def _decision(payload: str) -> tuple[MessageStatus, bool] | None:
    try:
        data = json.loads(payload)
        return MessageStatus(data["status"]), bool(data.get("pinned", False))
    except (ValueError, TypeError, KeyError):
        return None


_STATUSES = frozenset(s.value for s in MessageStatus)


def _messages(conn: Connection, site: str, message_id: uuid.UUID | None = None) -> list[CentralMessage]:
    q = select(MESSAGES).where(MESSAGES.c.site == site).order_by(MESSAGES.c.created_at, MESSAGES.c.id)
    d = select(CONTENT.c.id, CONTENT.c.payload, CONTENT.c.version, CONTENT.c.updated_at, CONTENT.c.updated_by).where(
        CONTENT.c.site == site, CONTENT.c.kind == "wall")
    if message_id is not None:
        q, d = q.where(MESSAGES.c.id == message_id), d.where(CONTENT.c.id == message_id)
    decisions = {r.id: r for r in conn.execute(d)}
    out = []
    for m in conn.execute(q):
        decided = decisions.get(m.id)
        state = _decision(decided.payload) if decided is not None else None
        # No decision yet: waiting for a person, for the site — even one the filter showed on its own kiosk.
        status, pinned = state if state is not None else (MessageStatus.PENDING, False)
        out.append(CentralMessage(
            id=m.id, site=m.site, kiosk=m.kiosk, created_at=m.created_at, text=m.text, language=m.language,
            flags=tuple(f for f in m.flags.split(",") if f), status=status, pinned=pinned,
            version=decided.version if decided is not None else 0,
            moderated_at=decided.updated_at if decided is not None else None,
            moderated_by=decided.updated_by if decided is not None else ""))
    return out


def _known_site(conn: Connection, site: str) -> None:
    """Unknown site → CentralError; a staff user, who may not read `site`, is limited to their sites by
    row-level security anyway (they see no messages of another site)."""
    _check_id("site id", site)
    if conn.dialect.name == "postgresql" and not conn.execute(
            text("SELECT has_table_privilege('public.site', 'SELECT')")).scalar_one():
        return
    _require_site(conn, site)


def wall_messages(engine: Engine, site: str) -> list[CentralMessage]:
    """Every message of the site that reached the central database, oldest first, with its state."""
    with engine.connect() as conn:
        _known_site(conn, site)
        return _messages(conn, site)


def moderate(engine: Engine, site: str, message_id: uuid.UUID, action: Action, moderated_by: str) -> CentralMessage:
    """Hides (a message on the wall; one still waiting is rejected) or approves (also: shows again) a message
    for every kiosk of the site. Nothing changes if it is already so."""
    with engine.connect() as conn:
        _known_site(conn, site)
        found = _messages(conn, site, message_id)
    if not found:
        raise CentralError(f"no wall message {message_id} at site {site!r} (list them with --list)")
    current = found[0]
    if action == "approve":
        status = MessageStatus.APPROVED
    elif current.status in (MessageStatus.PENDING, MessageStatus.REJECTED):
        status = MessageStatus.REJECTED
    else:
        status = MessageStatus.HIDDEN
    if status is current.status:
        return current
    payload = wall_payload(current.id, current.text, current.created_at, current.kiosk, status,
                           current.pinned and status is MessageStatus.APPROVED)
    try:
        publish_content(engine, site, "wall", payload, moderated_by[:63], current.version, content_id=current.id)
    except StaleEdit:
        raise CentralError("a kiosk's staff decided on this message at the same moment; list the messages "
                           "and run the command again") from None
    with engine.connect() as conn:
        return _messages(conn, site, message_id)[0]
