"""The kiosk's own retention: records the central database has confirmed are deleted from the local store
after `retention.kiosk_days`; a record not yet sent is never deleted, however old.

Per table (the pushed records, kiosk.data.outbox.RECORD_TABLES): rows with `synced_at` set and their own
moment older than the cut-off. A check-in stays while one of its follow-ups is unsent (the follow-up needs it
to reach the central database). The kiosk's local view of wall messages (`wall_state`, which holds their
text) is cut too: messages older than the cut-off that are decided (approved, rejected or hidden) and not
pinned; one still waiting for staff stays. Runs once a day on the database thread (the upkeep feature) and in
one transaction. Thread: the kiosk-db thread (or the CLI's main thread).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, delete, exists

from kiosk.core.clock import local_date
from kiosk.data.models import Base

# table → the column that dates a row (staff pulse answers carry only the site's date)
DATED = {"checkin_followup": "answered_at", "checkin": "answered_at", "staff_pulse": "local_date",
         "wall_message": "created_at", "content_change": "created_at", "heartbeat": "sent_at"}


@dataclass
class LocalPurge:
    """How many rows each table lost (tables with none are left out)."""

    before: datetime
    removed: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.removed.values())


def purge_local(engine: Engine, now: datetime, days: int, timezone: str) -> LocalPurge:
    """Deletes confirmed records older than `days` (see the module docstring); returns what went."""
    before = now - timedelta(days=days)
    report = LocalPurge(before)
    tables = Base.metadata.tables
    with engine.begin() as conn:
        followup = tables["checkin_followup"]
        for name, column in DATED.items():
            t = tables[name]
            cutoff: object = local_date(before, timezone) if column == "local_date" else before
            q = delete(t).where(t.c.synced_at.is_not(None), t.c[column] < cutoff)
            if name == "checkin":  # its follow-ups went first (DATED's order); an unsent one keeps it
                q = q.where(~exists().where(and_(followup.c.checkin_id == t.c.id, followup.c.synced_at.is_(None))))
            n = conn.execute(q).rowcount
            if n:
                report.removed[name] = n
        state = tables["wall_state"]
        n = conn.execute(delete(state).where(state.c.created_at < before, state.c.pinned.is_(False),
                                             state.c.status != "pending")).rowcount
        if n:
            report.removed["wall_state"] = n
    return report

