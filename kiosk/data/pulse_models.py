"""Tables of the staff pulse ("Did you experience kindness at work today?"), shared by SQLite and PostgreSQL.

Here, not in the staff feature, so that reports can read the answers without importing staff mode.

Pushed (append-only, keyed by UUID, `digest`/`synced_at` bookkeeping like check-ins):
- `staff_pulse`: one staff answer — `id`, `site`, `local_date` (the site's date), `answer` and nothing else:
  no staff identity, no kiosk id, no time of day (kiosk.staff.pulse.rules says why). Centrally, a kiosk may
  only INSERT rows of its own site and never read them; staff read their sites' rows and managers every
  site's, both only `id, site, local_date, answer` (kiosk.sync.roles).
Local only (exists centrally too, unused there; no role may touch it):
- `staff_pulse_quiet`: one row, the end of this kiosk's quiet time (no question until then), overwritten by
  every answer, skip and "already answered" alike, so it says nothing about any answer.
Thread: any (declarations).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.data.base import Base, UTCDateTime

PULSE_ANSWERS = ("yes", "not_sure", "no")


class StaffPulseRecord(Base):
    """One staff answer to "Did you experience kindness at work today?" — anonymous by design."""

    __tablename__ = "staff_pulse"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    site: Mapped[str] = mapped_column(String(63))
    local_date: Mapped[date] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(String(16))
    digest: Mapped[str | None] = mapped_column(String(64), default=None)  # content hash, set when stored
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    __table_args__ = (
        CheckConstraint("answer IN ('yes', 'not_sure', 'no')", name="answer"),
        Index("ix_staff_pulse_site_local_date", "site", "local_date"),
        Index("ix_staff_pulse_unsynced", "local_date", sqlite_where=synced_at.is_(None),
              postgresql_where=synced_at.is_(None)),
    )


class StaffPulseQuietRecord(Base):
    """This kiosk's quiet time for the staff pulse: one row (id 1), overwritten."""

    __tablename__ = "staff_pulse_quiet"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    quiet_until: Mapped[datetime] = mapped_column(UTCDateTime)
