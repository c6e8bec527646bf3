"""SQLAlchemy 2 typed models shared by the local SQLite store and the central database.

Records are append-only and keyed by UUID so a record sent twice can be stored once. `synced_at` is
local bookkeeping: NULL means "not yet confirmed by the central database". Thread: any (declarations).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.core.answers import QUESTION_ID
from kiosk.data.base import NAMING, Base, UTCDateTime  # noqa: F401  (re-exported: migrations name them here)


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
    # The question as asked (kiosk.core.answers.question_version): wording id and answer set. Rows stored
    # before it was kept answered the first wording, hence the server default.
    question: Mapped[str] = mapped_column(String(63), server_default=QUESTION_ID)
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
from kiosk.data import alert_models as _alert_models  # noqa: E402,F401
from kiosk.data import content_models as _content_models  # noqa: E402,F401
from kiosk.data import feed_models as _feed_models  # noqa: E402,F401
from kiosk.data import pulse_models as _pulse_models  # noqa: E402,F401
from kiosk.data import sync_models as _sync_models  # noqa: E402,F401
from kiosk.data import tallies as _tallies  # noqa: E402,F401
