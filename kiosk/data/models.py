"""SQLAlchemy 2 typed models shared by the local SQLite store and the central database.

Records are append-only and keyed by UUID so a record sent twice can be stored once. `synced_at` is
local bookkeeping: NULL means "not yet confirmed by the central database". Thread: any (declarations).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores timezone-aware UTC moments; SQLite keeps no zone, so values come back aware in UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CheckInRecord(Base):
    """One visitor's answer to "Did you experience kindness today?"."""

    __tablename__ = "checkin"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    site: Mapped[str] = mapped_column(String(63))
    kiosk: Mapped[str] = mapped_column(String(63))
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    local_date: Mapped[date] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16))
    digest: Mapped[str | None] = mapped_column(String(64), default=None)  # content hash, set when stored
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    __table_args__ = (
        Index("ix_checkin_site_local_date", "site", "local_date"),
        Index("ix_checkin_unsynced", "answered_at", sqlite_where=synced_at.is_(None),
              postgresql_where=synced_at.is_(None)),
    )


class CheckInFollowupRecord(Base):
    """Where a visitor noticed kindness; its own record so a sent check-in never changes."""

    __tablename__ = "checkin_followup"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    checkin_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("checkin.id", ondelete="CASCADE"), index=True)
    site: Mapped[str] = mapped_column(String(63))
    kiosk: Mapped[str] = mapped_column(String(63))
    followup: Mapped[str] = mapped_column(String(16))
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    digest: Mapped[str | None] = mapped_column(String(64), default=None)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    __table_args__ = (
        Index("ix_checkin_followup_unsynced", "answered_at", sqlite_where=synced_at.is_(None),
              postgresql_where=synced_at.is_(None)),
    )


# The sync and content tables live in their own modules; import them so Base.metadata (and Alembic) see
# every table.
from kiosk.data import content_models as _content_models  # noqa: E402,F401
from kiosk.data import sync_models as _sync_models  # noqa: E402,F401
