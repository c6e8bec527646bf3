"""Tables for the central database and for sync bookkeeping, shared by SQLite and PostgreSQL.

Central: `site`, `kiosk_account` (one PostgreSQL login role per kiosk), `staff_account` (which staff
role looks after which site), `heartbeat`, `sync_conflict` (a record that arrived with a known UUID but
different content), `site_content` (what staff publish to a site's kiosks: listings and moderation
decisions, pulled by a change cursor), `site_content_seq` (each site's change counter), and what the
central database itself keeps about what kiosks send (`quarantine`: records refused by the per-kiosk daily
limits, kept aside; `kiosk_day_count`: how many records of each table a kiosk sent per day; `central_limit`:
those limits — see kiosk.sync.checks). Local: `sync_state`
(cursor, last success, last error) and a mirror of `site_content`. Every table exists on both sides,
so one Alembic history serves both; privileges decide who may touch what. Thread: any (declarations).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.data.base import Base, UTCDateTime


class SiteRecord(Base):
    __tablename__ = "site"

    id: Mapped[str] = mapped_column(String(63), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/London")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class KioskAccountRecord(Base):
    """A kiosk known to the central database and the PostgreSQL role it logs in as."""

    __tablename__ = "kiosk_account"

    kiosk_id: Mapped[str] = mapped_column(String(63), primary_key=True)
    site: Mapped[str] = mapped_column(String(63), ForeignKey("site.id"), index=True)
    role_name: Mapped[str] = mapped_column(String(63), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class HeartbeatRecord(Base):
    """A kiosk saying it is alive, with its health; append-only like every pushed record. The device's health
    (migration 0009; NULL in heartbeats sent before it): free disk and available memory in MB, when the app last
    drew a frame, and whether the screen was on (False: asleep outside opening hours). Its sync (migration
    0013_heartbeat_errors; NULL before): when the oldest answer still waiting was given, and the kiosk's last sync
    failure as an error code (kiosk.sync.problems; never words or data) with when it happened."""

    __tablename__ = "heartbeat"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    site: Mapped[str] = mapped_column(String(63))
    kiosk: Mapped[str] = mapped_column(String(63))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    app_version: Mapped[str] = mapped_column(String(32))
    pending: Mapped[int] = mapped_column(Integer)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    uptime_seconds: Mapped[float] = mapped_column(Float)
    disk_free_mb: Mapped[int | None] = mapped_column(Integer, default=None)
    memory_free_mb: Mapped[int | None] = mapped_column(Integer, default=None)
    last_frame_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    screen_on: Mapped[bool | None] = mapped_column(Boolean, default=None)
    oldest_unsent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_error: Mapped[str | None] = mapped_column(String(40), default=None)
    last_error_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    digest: Mapped[str | None] = mapped_column(String(64), default=None)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    __table_args__ = (
        Index("ix_heartbeat_kiosk_sent_at", "kiosk", "sent_at"),
        Index("ix_heartbeat_unsynced", "sent_at", sqlite_where=synced_at.is_(None),
              postgresql_where=synced_at.is_(None)),
    )


class SyncConflictRecord(Base):
    """A pushed record whose UUID was already stored with different content: kept aside for staff."""

    __tablename__ = "sync_conflict"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(63))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    site: Mapped[str] = mapped_column(String(63), index=True)
    kiosk: Mapped[str] = mapped_column(String(63))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    digest: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)  # the rejected record as JSON


class SiteContentRecord(Base):
    """Something staff publish to one site's kiosks (a listing, a moderation decision).

    `version` goes up on each edit (stale edits are detected); `change_seq` orders changes for the pull
    cursor — on PostgreSQL the site's own counter (`site_content_seq`), taken under a row lock held to the
    commit, so a late commit is never skipped and one site's writers never hold another site back.
    """

    __tablename__ = "site_content"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    site: Mapped[str] = mapped_column(String(63))
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[str] = mapped_column(Text)  # JSON
    version: Mapped[int] = mapped_column(Integer, default=1)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(63), default="")
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (Index("ix_site_content_site_change_seq", "site", "change_seq"),)


class SiteContentSeqRecord(Base):
    """The last `change_seq` given to one site's content (PostgreSQL: the trigger of migration 0008 counts
    here, so writers of one site take turns and the pull's horizon is per site). Central only."""

    __tablename__ = "site_content_seq"

    site: Mapped[str] = mapped_column(String(63), primary_key=True)
    last: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncStateRecord(Base):
    """Local sync bookkeeping as key/value pairs (pull cursor, last success, last error)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(63), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StaffAccountRecord(Base):
    """A staff login role and one site it looks after (one row per site); used by row-level security."""

    __tablename__ = "staff_account"

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    site: Mapped[str] = mapped_column(String(63), ForeignKey("site.id"), primary_key=True)


class QuarantineRecord(Base):
    """A record a kiosk sent that the central database kept aside instead of storing (over the kiosk's daily
    limit, or a follow-up whose check-in was kept aside). Written only by the server's triggers (PostgreSQL)."""

    __tablename__ = "quarantine"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the server's clock
    site: Mapped[str] = mapped_column(String(63))
    kiosk: Mapped[str] = mapped_column(String(63))
    table_name: Mapped[str] = mapped_column(String(63))
    record_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    reason: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)  # the record as JSON

    __table_args__ = (Index("ix_quarantine_kiosk_received_at", "kiosk", "received_at"),
                      Index("ix_quarantine_record_id", "record_id"))


class KioskDayCountRecord(Base):
    """How many records of one table one kiosk sent on one day (the server's UTC date): stored, kept aside in
    `quarantine`, and refused beyond the quarantine's own bound (counted only)."""

    __tablename__ = "kiosk_day_count"

    site: Mapped[str] = mapped_column(String(63), primary_key=True)
    kiosk: Mapped[str] = mapped_column(String(63), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    quarantined: Mapped[int] = mapped_column(Integer, default=0)
    discarded: Mapped[int] = mapped_column(Integer, default=0)


class CentralLimitRecord(Base):
    """A limit the central database enforces on kiosks (set by `kiosk central init` from the config)."""

    __tablename__ = "central_limit"

    key: Mapped[str] = mapped_column(String(63), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
