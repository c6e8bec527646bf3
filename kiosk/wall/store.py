"""The kindness wall on a kiosk: store a visitor's message, show the board, moderate, export.

A new message is stored twice in one transaction: as the append-only `wall_message` record the outbox sends
to the central database (for managers, exports and central moderation) and as this kiosk's `wall_state`.
Each staff decision — approve/reject/hide/unhide/pin — also queues a `content_change` of kind 'wall'
(kiosk.data.changes) based on the version this kiosk knows, so the central database publishes it as
`site_content` kind 'wall' with payload {"message_id", "text", "created_at", "kiosk", "status", "pinned"}
and every kiosk of the site applies it (`apply_pulled`, called by the pull) — once a person's login has
sent it (kiosk.sync.decisions: a kiosk's own login may not). A message the filter approves under
`wall.policy = "auto"` shows on the kiosk where it was written only: no decision is queued for it, and it
reaches the site's other kiosks when a person approves it (here in staff mode, or centrally).
The text travels only while the message is on the wall: a rejected or hidden
message's payload has an empty text, and a kiosk keeps the text it already had.
The local state changes at once (a hidden message leaves this board before any sync); the central version
wins when it comes back (a decision made on a stale copy is not applied there, and this kiosk's state
returns to the central one).
One transaction per use case; callers get plain dataclasses (and `WallMessage`), never ORM objects.
Thread: the database worker thread (from the UI) or the CLI's main thread; `apply_pulled` runs inside the
pull's local transaction on the kiosk-sync thread.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, Table, case, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from kiosk.core.clock import Clock
from kiosk.core.records import record_digest
from kiosk.data import changes
from kiosk.data.models import Base
from kiosk.data.outbox import local_store
from kiosk.wall.rules.messages import MessageStatus, WallMessage, WallTransitionError, clean_text

log = logging.getLogger(__name__)
WALL = "wall"
PULLED_LIMIT = 10_000  # a pulled text is cleaned again (never cut); the limit only sizes the check
STATE: Table = Base.metadata.tables["wall_state"]
MESSAGES: Table = Base.metadata.tables["wall_message"]
CONTENT: Table = Base.metadata.tables["site_content"]


@dataclass(frozen=True)
class WallCard:
    """One message on the board."""

    id: uuid.UUID
    text: str
    created_at: datetime  # UTC
    pinned: bool
    kiosk: str  # where it was written


@dataclass(frozen=True)
class MessageRow:
    """One message for `kiosk export --what messages`."""

    id: uuid.UUID
    site: str
    kiosk: str
    created_at: datetime
    text: str
    status: MessageStatus
    moderated_at: datetime | None
    reason: str


def wall_payload(message_id: uuid.UUID, text: str, created_at: datetime, kiosk: str, status: MessageStatus,
                 pinned: bool) -> dict[str, Any]:
    """The published decision; the text only while the message is on the wall."""
    shown = status is MessageStatus.APPROVED
    return {"message_id": str(message_id), "text": text if shown else "",
            "created_at": created_at.astimezone(UTC).isoformat(), "kiosk": kiosk, "status": status.value,
            "pinned": bool(pinned and shown)}


class WallService:
    def __init__(self, engine: Engine, site: str, kiosk: str, clock: Clock, *, timezone: str = "UTC") -> None:
        self.engine, self.site, self.kiosk, self.clock = engine, site, kiosk, clock
        self.zone = ZoneInfo(timezone)

    @local_store
    def add(self, message: WallMessage) -> WallMessage:
        """Stores a new (pending or auto-approved) message. An auto-approved one shows on this kiosk only: the
        filter is not a person, so nothing is queued for the site's other kiosks."""
        if (message.site, message.kiosk) != (self.site, self.kiosk):
            raise ValueError(f"a message of {message.site}/{message.kiosk} cannot be stored on "
                             f"{self.site}/{self.kiosk}")
        if message.status not in (MessageStatus.PENDING, MessageStatus.APPROVED):
            raise ValueError(f"a new message is pending or approved, not {message.status}")
        record = {"id": message.id, "site": message.site, "kiosk": message.kiosk, "created_at": message.created_at,
                  "text": message.text, "language": message.language, "flags": ",".join(sorted(message.flags)),
                  "status_at_creation": message.status.value}
        with self.engine.begin() as conn:
            conn.execute(insert(MESSAGES).values(**record, digest=record_digest(record)))
            conn.execute(insert(STATE).values(
                message_id=message.id, site=message.site, kiosk=message.kiosk, text=message.text,
                created_at=message.created_at, status=message.status.value, pinned=message.pinned,
                reason=message.reason, moderated_at=message.moderated_at, version=0))
        return message

    def _board(self) -> Any:
        return (STATE.c.site == self.site) & (STATE.c.status == MessageStatus.APPROVED.value)

    @local_store
    def board(self, limit: int = 200, offset: int = 0) -> list[WallCard]:
        """Messages on the wall: pinned first, then newest first."""
        q = (select(STATE.c.message_id, STATE.c.text, STATE.c.created_at, STATE.c.pinned, STATE.c.kiosk)
             .where(self._board())
             .order_by(STATE.c.pinned.desc(), STATE.c.created_at.desc(), STATE.c.message_id)
             .limit(max(0, limit)).offset(max(0, offset)))
        with self.engine.connect() as conn:
            return [WallCard(r.message_id, r.text, r.created_at, bool(r.pinned), r.kiosk) for r in conn.execute(q)]

    @local_store
    def board_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(STATE).where(self._board())) or 0)

    def _messages(self, conn: Connection, *where: Any) -> list[WallMessage]:
        q = (select(STATE, MESSAGES.c.language, MESSAGES.c.flags)
             .outerjoin(MESSAGES, MESSAGES.c.id == STATE.c.message_id)
             .where(STATE.c.site == self.site, *where).order_by(STATE.c.created_at, STATE.c.message_id))
        return [WallMessage(id=r.message_id, site=r.site, kiosk=r.kiosk, created_at=r.created_at, text=r.text,
                            language=r.language or "", status=MessageStatus(r.status), reason=r.reason,
                            flags=frozenset(f for f in (r.flags or "").split(",") if f),
                            moderated_at=r.moderated_at, pinned=bool(r.pinned))
                for r in conn.execute(q)]

    @local_store
    def queue(self) -> list[WallMessage]:
        """Messages waiting for staff, oldest first."""
        with self.engine.connect() as conn:
            return self._messages(conn, STATE.c.status == MessageStatus.PENDING.value)

    @local_store
    def message(self, message_id: uuid.UUID) -> WallMessage | None:
        with self.engine.connect() as conn:
            found = self._messages(conn, STATE.c.message_id == message_id)
        return found[0] if found else None

    @local_store
    def decide(self, message_id: uuid.UUID, status: MessageStatus | str, *, pinned: bool = False, reason: str = "",
               staff_label: str = "staff") -> None:
        """Approve (also: unhide), reject or hide a message, or pin/unpin an approved one (status approved).
        The board changes at once; the decision reaches the site's other kiosks through the central sync.
        Raises WallTransitionError for a step the message's state does not allow."""
        target = MessageStatus(status)
        now = self.clock.now()
        with self.engine.begin() as conn:
            found = self._messages(conn, STATE.c.message_id == message_id)
            if not found:
                raise WallTransitionError("this kiosk does not know that message", code="wall_unknown_message")
            current = found[0]
            known = changes.known_version(conn, self.site, self.kiosk, WALL, message_id)
            if target is MessageStatus.APPROVED and current.status is MessageStatus.APPROVED:
                if current.pinned == pinned and known.version > 0:
                    return  # nothing to change
                # version 0: only the filter approved it (on this kiosk); a person approving it is a decision
                new = current.pin(self.clock, pinned) if current.pinned != pinned else current
            elif target is MessageStatus.APPROVED:
                new = current.approve(self.clock)
                new = new.pin(self.clock, True) if pinned else new
            elif target is MessageStatus.REJECTED:
                new = current.reject(self.clock, reason)
            elif target is MessageStatus.HIDDEN:
                new = current.hide(self.clock, reason)
            else:
                raise WallTransitionError(f"a {current.status} message cannot go back to waiting",
                                          code="wall_transition", status=current.status.value,
                                          wanted=MessageStatus.PENDING.value)
            if new.status is MessageStatus.APPROVED and not new.text:
                raise WallTransitionError("this kiosk never had the message's text; show it again from the central "
                                          "database (kiosk central moderate) or the kiosk where it was written",
                                          code="wall_text_missing")
            changes.queue_change(conn, site=self.site, kiosk=self.kiosk, kind=WALL, content_id=message_id,
                                 base_version=known.version, staff_label=staff_label, at=now, known=known,
                                 payload=wall_payload(new.id, new.text, new.created_at, new.kiosk, new.status,
                                                      new.pinned))
            conn.execute(update(STATE).where(STATE.c.message_id == message_id).values(
                status=new.status.value, pinned=new.pinned, reason=new.reason[:500], moderated_at=now,
                version=known.version + 1))

    @local_store
    def taken_down(self, limit: int = 200) -> list[MessageRow]:
        """Hidden and rejected messages, the most recently decided first, at most `limit` (chosen by the database:
        staff open this list often, and a wall keeps thousands of messages)."""
        when = func.coalesce(STATE.c.moderated_at, STATE.c.created_at)
        q = (select(STATE).where(STATE.c.site == self.site,
                                 STATE.c.status.in_((MessageStatus.HIDDEN.value, MessageStatus.REJECTED.value)))
             .order_by(when.desc(), STATE.c.message_id).limit(max(0, limit)))
        with self.engine.connect() as conn:
            return [_message_row(r) for r in conn.execute(q)]

    @local_store
    def rows(self, date_from: date | None = None, date_to: date | None = None) -> list[MessageRow]:
        """Every message this kiosk knows, oldest first; dates are site-local and inclusive."""
        q = select(STATE).where(STATE.c.site == self.site).order_by(STATE.c.created_at, STATE.c.message_id)
        if date_from is not None:
            q = q.where(STATE.c.created_at >= datetime.combine(date_from, time.min, self.zone).astimezone(UTC))
        if date_to is not None:
            end = datetime.combine(date_to + timedelta(days=1), time.min, self.zone).astimezone(UTC)
            q = q.where(STATE.c.created_at < end)
        with self.engine.connect() as conn:
            return [_message_row(r) for r in conn.execute(q)]


def _message_row(r: Any) -> MessageRow:
    """A wall_state row as a MessageRow."""
    return MessageRow(r.message_id, r.site, r.kiosk, r.created_at, r.text, MessageStatus(r.status), r.moderated_at,
                      r.reason)


# -- the pull's side ---------------------------------------------------------------------------------------

def _decision(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """A pulled 'wall' row as wall_state values, or None (logged) if its payload is not understood."""
    try:
        data = json.loads(row["payload"])
        created = datetime.fromisoformat(str(data["created_at"]))
        if created.tzinfo is None:
            raise ValueError("created_at has no time zone")
        return {"message_id": row["id"], "site": row["site"], "kiosk": str(data.get("kiosk", ""))[:63],
                "text": clean_text(str(data.get("text", "")), PULLED_LIMIT).text,  # plain text, whoever sent it
                "created_at": created.astimezone(UTC),
                "status": MessageStatus(data["status"]).value, "pinned": bool(data.get("pinned", False)),
                "reason": "", "moderated_at": row["updated_at"], "version": int(row["version"])}
    except (ValueError, TypeError, KeyError) as e:
        log.warning("ignored a wall decision %s that this kiosk does not understand (%s)", row.get("id"), e)
        return None


def apply_pulled(conn: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Brings `wall_state` in line with pulled `site_content` rows (in the pull's local transaction, after
    the mirror was updated): a 'wall' decision at this kiosk's version or newer replaces the state (an
    empty text keeps the text already here); an own wall change that was not applied puts the message back
    as the central database has it."""
    for row in rows:
        if row["kind"] == WALL:
            values = _decision(row)
            if values is None:
                continue
            ins = sqlite_insert(STATE).values(**values)
            conn.execute(ins.on_conflict_do_update(
                index_elements=["message_id"],
                set_={"status": ins.excluded.status, "pinned": ins.excluded.pinned,
                      "moderated_at": ins.excluded.moderated_at, "version": ins.excluded.version,
                      "text": case((ins.excluded.text == "", STATE.c.text), else_=ins.excluded.text)},
                where=ins.excluded.version >= STATE.c.version))
        elif row["kind"] == changes.RESULT_KIND:
            result = changes.parse_result(row["payload"])
            if result is None or result.kind != WALL or result.status == changes.APPLIED:
                continue
            own = conn.execute(select(changes.CHANGES.c.id).where(changes.CHANGES.c.id == result.change_id)).first()
            central = conn.execute(select(CONTENT).where(CONTENT.c.id == result.content_id,
                                                         CONTENT.c.kind == WALL)).first()
            values = _decision(central._asdict()) if own is not None and central is not None else None
            if values is not None:
                set_ = {k: values[k] for k in ("status", "pinned", "moderated_at", "version")}
                if values["text"]:
                    set_["text"] = values["text"]
                conn.execute(update(STATE).where(STATE.c.message_id == result.content_id).values(**set_))
