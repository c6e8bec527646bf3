"""The results alerts' state, one table shared by the kiosk's SQLite store and the central PostgreSQL database.

`result_alert`: one alert — which site, which rule (and kiosk, for a silent kiosk), its stable `key`, its state
(new → acknowledged → closed), what it says (`details`, the figures as JSON: never a suppressed one), who
acknowledged it and their comment, how it closed, and its e-mail bookkeeping (sent once: `emailed_at`; a claim
`mail_claimed_at` so two evaluators never both send; the last failure in words). At most one alert per key is
open (not closed) at a time: a partial unique index. Centrally, staff see and acknowledge their sites' alerts,
managers every site's, kiosks none (kiosk.sync.roles). Thread: any (declarations).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.data.base import Base, UTCDateTime

ALERT_STATES = ("new", "acknowledged", "closed")
_OPEN = text("state <> 'closed'")


class ResultAlertRecord(Base):
    """One results alert (kiosk.results.rules.alerts says what raises and clears it)."""

    __tablename__ = "result_alert"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    key: Mapped[str] = mapped_column(String(200))  # site + rule [+ kiosk]: raised once while open
    site: Mapped[str] = mapped_column(String(63))
    rule: Mapped[str] = mapped_column(String(32))
    kiosk: Mapped[str] = mapped_column(String(63), default="")
    state: Mapped[str] = mapped_column(String(16), default="new")
    since: Mapped[date] = mapped_column(Date)  # site-local: the first day the figure was out of line
    details: Mapped[str] = mapped_column(Text)  # JSON: the shown figures (never a suppressed one)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the latest evaluation that still saw it
    acknowledged_by: Mapped[str | None] = mapped_column(String(60), default=None)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    comment: Mapped[str | None] = mapped_column(String(1000), default=None)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    closed_by: Mapped[str | None] = mapped_column(String(60), default=None)  # None: it recovered by itself
    emailed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    mail_claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    mail_attempts: Mapped[int] = mapped_column(Integer, default=0)
    mail_error: Mapped[str | None] = mapped_column(String(300), default=None)

    __table_args__ = (
        CheckConstraint("state IN ('new', 'acknowledged', 'closed')", name="state"),
        Index("ix_result_alert_open_key", "key", unique=True, sqlite_where=_OPEN, postgresql_where=_OPEN),
        Index("ix_result_alert_site_state", "site", "state"),
    )
