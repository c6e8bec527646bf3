"""`kiosk central purge`: the central database keeps personal data no longer than the retention keys say.

Per record type, in one transaction (a dry run does it all, counts it, and rolls back — so it reports exactly
what a real run would do):
- check-ins older than retention.checkin_days (by their site-local date) are coarsened to site and date: the
  time of day becomes the date's local noon, the kiosk id '' and the language 'und'; of their follow-ups only
  the latest (the one the results count) stays, coarsened the same way. The answer tallies of those days are
  recounted from the rows (kiosk.data.tallies.refresh): the day tallies do not change (same rows, answers and
  latest follow-ups), the hourly ones put those days at 12:00 — `rebuild-tallies` gives the same numbers again;
- wall messages older than retention.wall_days, unless pinned: the message, its decision (`site_content`),
  the staff decisions about it (`content_change`) and any copy kept aside (`sync_conflict`, `quarantine`);
- heartbeats older than retention.heartbeat_days, except each kiosk's newest (health still knows it);
- sync conflicts and quarantined records older than retention.other_days (their payloads are whole records);
- staff edits older than retention.other_days lose their staff label; closed alerts closed before then lose
  their comment and who acknowledged and closed them.
Staff pulse answers (site, date, answer: anonymous by design) and the tallies are kept.

Only the database owner (the admin who ran `kiosk central init`) may run it: kiosks, staff and managers have
no DELETE or UPDATE on these tables, and the purge says so before it starts. Thread: the CLI's main thread.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, and_, delete, exists, or_, select, text, update
from sqlalchemy.orm import aliased

from kiosk.core.errors import CentralError
from kiosk.data import tallies
from kiosk.data.alert_models import ResultAlertRecord
from kiosk.data.content_models import ContentChangeRecord, WallMessageRecord
from kiosk.data.models import Base, CheckInFollowupRecord
from kiosk.data.sync_models import HeartbeatRecord, QuarantineRecord, SiteContentRecord, SiteRecord, SyncConflictRecord

COARSE_KIOSK = ""
COARSE_LANGUAGE = "und"  # ISO 639-2: undetermined
COARSE_HOUR = time(12, 0)


@dataclass(frozen=True)
class RetentionPolicy:
    checkin_days: int = 180
    wall_days: int = 90
    heartbeat_days: int = 30
    other_days: int = 90


@dataclass(frozen=True)
class PurgeLine:
    what: str  # the record type, for people
    done: str  # what happened to them, e.g. "deleted"
    count: int
    before: date


@dataclass
class PurgeReport:
    dry_run: bool
    lines: list[PurgeLine] = field(default_factory=list)

    def count(self, what: str, done: str) -> int:
        return sum(line.count for line in self.lines if line.what == what and line.done == done)


def purge(engine: Engine, policy: RetentionPolicy, now: datetime | None = None, *,
          dry_run: bool = False) -> PurgeReport:
    now = now or datetime.now(UTC)
    report = PurgeReport(dry_run)
    with engine.connect() as conn, conn.begin() as tx:
        _require_owner(conn)
        _checkins(conn, report, now - timedelta(days=policy.checkin_days))
        _wall(conn, report, now - timedelta(days=policy.wall_days))
        _heartbeats(conn, report, now - timedelta(days=policy.heartbeat_days))
        _others(conn, report, now - timedelta(days=policy.other_days))
        if dry_run:  # one transaction: a dry run did it all, counted it, and takes it all back
            tx.rollback()
    return report


def _require_owner(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    allowed = conn.execute(text("SELECT bool_and(has_table_privilege(t, 'DELETE') AND has_table_privilege(t, "
                                "'UPDATE')) FROM unnest(ARRAY['public.checkin', 'public.wall_message', "
                                "'public.heartbeat', 'public.result_alert']) AS t")).scalar_one()
    if not allowed:
        user = conn.execute(text("SELECT current_user")).scalar_one()
        raise CentralError(f"the purge needs the central database's owner (the admin who ran `kiosk central "
                           f"init`); {user!r} may not delete or change these records")


def _line(report: PurgeReport, what: str, done: str, count: int, before: datetime | date) -> None:
    day = before.date() if isinstance(before, datetime) else before
    report.lines.append(PurgeLine(what, done, max(0, count), day))


# -- check-ins -----------------------------------------------------------------------------------------------

def _checkins(conn: Connection, report: PurgeReport, before: datetime) -> None:
    """Coarsens, per (site, local date) older than `before`'s date, the check-ins not coarsened yet."""
    day = before.date()
    c, f = Base.metadata.tables["checkin"], Base.metadata.tables["checkin_followup"]
    keys = conn.execute(select(c.c.site, c.c.local_date).where(c.c.local_date < day, c.c.kiosk != COARSE_KIOSK)
                        .distinct().order_by(c.c.site, c.c.local_date)).all()
    zones = {s: ZoneInfo(z) for s, z in conn.execute(select(SiteRecord.id, SiteRecord.timezone))}
    coarsened = superseded = 0
    later = aliased(CheckInFollowupRecord)
    for site, local in keys:
        zone = zones.get(site) or ZoneInfo(tallies.DEFAULT_ZONE)
        noon = datetime.combine(local, COARSE_HOUR, zone).astimezone(UTC)
        ids = select(c.c.id).where(c.c.site == site, c.c.local_date == local).scalar_subquery()
        # Only the latest follow-up counts (answered_at, then id, as the tallies order them): the rest go
        # before the times that told them apart do.
        superseded += conn.execute(delete(f).where(f.c.checkin_id.in_(ids), exists().where(
            later.checkin_id == f.c.checkin_id,
            or_(later.answered_at > f.c.answered_at, and_(later.answered_at == f.c.answered_at, later.id > f.c.id)))
        )).rowcount
        conn.execute(update(f).where(f.c.checkin_id.in_(ids), f.c.kiosk != COARSE_KIOSK)
                     .values(answered_at=noon, kiosk=COARSE_KIOSK))
        coarsened += conn.execute(update(c).where(c.c.site == site, c.c.local_date == local,
                                                  c.c.kiosk != COARSE_KIOSK)
                                  .values(answered_at=noon, kiosk=COARSE_KIOSK, language=COARSE_LANGUAGE)).rowcount
    tallies.refresh(conn, [(s, d) for s, d in keys])
    _line(report, "check-ins", "coarsened to site and date", coarsened, day)
    _line(report, "follow-ups", "deleted (superseded by a later one)", superseded, day)


# -- wall messages -------------------------------------------------------------------------------------------

def _pinned(payload: str) -> bool:
    try:
        return bool(json.loads(payload).get("pinned", False))
    except (ValueError, AttributeError):
        return False


def _wall(conn: Connection, report: PurgeReport, before: datetime) -> None:
    m = Base.metadata.tables["wall_message"]
    old = [r for r, in conn.execute(select(m.c.id).where(m.c.created_at < before))]
    pinned = 0
    doomed: list[uuid.UUID] = []
    for i in range(0, len(old), 500):
        part = old[i:i + 500]
        decisions = dict(conn.execute(select(SiteContentRecord.id, SiteContentRecord.payload).where(
            SiteContentRecord.kind == "wall", SiteContentRecord.id.in_(part))).all())
        for message in part:
            if message in decisions and _pinned(decisions[message]):
                pinned += 1
            else:
                doomed.append(message)
    counts = erase_wall_messages(conn, doomed)
    for what, n in counts.items():
        _line(report, what, "deleted", n, before)
    _line(report, "wall messages", "kept (pinned)", pinned, before)


def erase_wall_messages(conn: Connection, ids: list[uuid.UUID]) -> dict[str, int]:
    """Deletes these wall messages and every central copy of their text: the message, its decision, staff
    decisions about it, and what was kept aside about it. Returns the counts per kind (all kinds listed)."""
    out = {"wall messages": 0, "wall decisions": 0, "staff decisions about them": 0, "kept-aside copies": 0}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        out["wall messages"] += conn.execute(delete(WallMessageRecord).where(WallMessageRecord.id.in_(part))).rowcount
        out["wall decisions"] += conn.execute(delete(SiteContentRecord).where(
            SiteContentRecord.kind == "wall", SiteContentRecord.id.in_(part))).rowcount
        out["staff decisions about them"] += conn.execute(delete(ContentChangeRecord).where(
            ContentChangeRecord.kind == "wall", ContentChangeRecord.content_id.in_(part))).rowcount
        out["kept-aside copies"] += conn.execute(delete(SyncConflictRecord).where(
            SyncConflictRecord.record_id.in_(part))).rowcount + conn.execute(delete(QuarantineRecord).where(
                QuarantineRecord.record_id.in_(part))).rowcount
    return out


def erase_wall_message(engine: Engine, message_id: uuid.UUID) -> dict[str, int]:
    """Subject erasure: one wall message and every central copy of it, now (whatever its age or pin)."""
    with engine.begin() as conn:
        _require_owner(conn)
        counts = erase_wall_messages(conn, [message_id])
    if not counts["wall messages"] and not counts["wall decisions"]:
        raise CentralError(f"no wall message {message_id} in the central database")
    return counts


# -- heartbeats and the rest ---------------------------------------------------------------------------------

def _heartbeats(conn: Connection, report: PurgeReport, before: datetime) -> None:
    h = Base.metadata.tables["heartbeat"]
    newer = aliased(HeartbeatRecord)
    n = conn.execute(delete(h).where(h.c.sent_at < before, exists().where(
        newer.kiosk == h.c.kiosk, newer.sent_at > h.c.sent_at))).rowcount
    _line(report, "heartbeats", "deleted (each kiosk's newest kept)", n, before)


def _others(conn: Connection, report: PurgeReport, before: datetime) -> None:
    n = conn.execute(delete(SyncConflictRecord).where(SyncConflictRecord.received_at < before)).rowcount
    _line(report, "sync conflicts", "deleted", n, before)
    n = conn.execute(delete(QuarantineRecord).where(QuarantineRecord.received_at < before)).rowcount
    _line(report, "quarantined records", "deleted", n, before)
    cc = ContentChangeRecord
    n = conn.execute(update(cc).where(cc.created_at < before, cc.staff_label != "").values(staff_label="")).rowcount
    _line(report, "staff edits", "staff label removed", n, before)
    a = ResultAlertRecord
    n = conn.execute(update(a).where(a.state == "closed", a.closed_at < before, or_(
        a.comment.is_not(None), a.acknowledged_by.is_not(None), a.closed_by.is_not(None)))
        .values(comment=None, acknowledged_by=None, closed_by=None)).rowcount
    _line(report, "closed alerts", "comment and names removed", n, before)

