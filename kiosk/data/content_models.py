"""Tables for staff edits of site content and for the kindness wall, shared by SQLite and PostgreSQL.

Pushed (append-only, keyed by UUID, `digest`/`synced_at` bookkeeping like check-ins):
- `content_change`: a staff edit made on a kiosk — a listing, a wall decision or a photo — proposed against
  the version the kiosk had (`base_version`, 0 = new). The central database applies it to `site_content`
  only when that version is still current and records the outcome (kiosk.data.changes).
- `wall_message`: a visitor's message as written, with its moderation flags, for managers and central
  moderation.
Local only (exist centrally too, unused there; no role may touch them):
- `wall_state`: the kiosk's view of every wall message it knows (its own, and the site's pulled decisions).
- `dismissed_change`: stale-edit notices staff have dismissed on this kiosk.
Thread: any (declarations).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.data.base import Base, UTCDateTime


class ContentChangeRecord(Base):
    """A staff edit proposed by a kiosk; applied centrally only if `base_version` is still current."""

    __tablename__ = "content_change"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    site: Mapped[str] = mapped_column(String(63))
    kiosk: Mapped[str] = mapped_column(String(63))
    content_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    kind: Mapped[str] = mapped_column(String(32))  # listing | wall | photo
    base_version: Mapped[int] = mapped_column(Integer)  # the version edited; 0 = a new item
    # This kiosk's earlier change of the same item that this one builds on, while its outcome was unknown:
    # applied only if that one was (so a second offline edit never lands on someone else's version).
    follows_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    payload: Mapped[str] = mapped_column(Text)  # JSON
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    staff_label: Mapped[str] = mapped_column(String(63))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    digest: Mapped[str | None] = mapped_column(String(64), default=None)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    __table_args__ = (
        CheckConstraint("kind IN ('listing', 'wall', 'photo')", name="kind"),
        CheckConstraint("base_version >= 0", name="base_version"),
        Index("ix_content_change_content_id", "content_id"),
        Index("ix_content_change_unsynced", "created_at", sqlite_where=synced_at.is_(None),
              postgresql_where=synced_at.is_(None)),
    )


class WallMessageRecord(Base):
    """A visitor's wall message as written (cleaned text), with the flags raised when it was written."""

    __tablename__ = "wall_message"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    site: Mapped[str] = mapped_column(String(63))
    kiosk: Mapped[str] = mapped_column(String(63))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16))
    flags: Mapped[str] = mapped_column(String(500), default="")  # flag keys, sorted, comma-joined
    status_at_creation: Mapped[str] = mapped_column(String(16))  # pending | approved
    digest: Mapped[str | None] = mapped_column(String(64), default=None)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    __table_args__ = (
        Index("ix_wall_message_site_created_at", "site", "created_at"),
        Index("ix_wall_message_unsynced", "created_at", sqlite_where=synced_at.is_(None),
              postgresql_where=synced_at.is_(None)),
    )


class WallStateRecord(Base):
    """Local: one wall message as this kiosk knows it now. `version` is the `site_content` version of the
    message's decision (0 = none yet), counting this kiosk's own decisions not yet confirmed."""

    __tablename__ = "wall_state"

    message_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    site: Mapped[str] = mapped_column(String(63))
    kiosk: Mapped[str] = mapped_column(String(63))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16))
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(500), default="")
    moderated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    version: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("status IN ('pending', 'approved', 'rejected', 'hidden')", name="status"),
        Index("ix_wall_state_site_status_created_at", "site", "status", "created_at"),
    )


class DismissedChangeRecord(Base):
    """Local: a stale-edit notice staff have seen and dismissed on this kiosk."""

    __tablename__ = "dismissed_change"

    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    dismissed_at: Mapped[datetime] = mapped_column(UTCDateTime)
