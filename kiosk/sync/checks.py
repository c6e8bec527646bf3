"""What the central database refuses or keeps aside from kiosks: its limits, and the quarantine report.

On PostgreSQL the server itself enforces it (migration 0007_central_checks): CHECK constraints on every value
a kiosk writes, receipt times from the server's clock, and triggers that keep aside in `quarantine` a record
dated more than `MAX_AHEAD` ahead of the server's clock (or before `EARLIEST`) and every record over a kiosk's
daily limit (`central_limit`, counted per server UTC day in `kiosk_day_count`). `set_limits` writes the limits
(`kiosk central init`, from the config); `quarantine` reads what was kept aside for `kiosk central quarantine`
and `health`. A SQLite central (the one-machine demo) has the tables but no triggers: nothing is kept aside.
Thread: the CLI's main thread (admin commands).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from kiosk.data.models import Base
from kiosk.data.sync_models import CentralLimitRecord, KioskDayCountRecord, QuarantineRecord

MAX_AHEAD = timedelta(minutes=5)  # migration 0007: AHEAD
EARLIEST = datetime.fromisoformat("2020-01-01T00:00:00+00:00")  # migration 0007: EARLIEST
ANSWERS_LIMIT = "max_answers_per_kiosk_day"  # check-ins, follow-ups, wall messages, staff edits, heartbeats
# (and staff pulse answers, per site)
CONFLICTS_LIMIT = "max_conflicts_per_kiosk_day"  # sync_conflict rows
DEFAULT_LIMITS = {ANSWERS_LIMIT: 5000, CONFLICTS_LIMIT: 200}  # as central_limit_of() falls back to
# The kiosk name under which records without a kiosk id (staff pulse answers, anonymous by design) are counted
# per site and kept aside (migration 0006_staff_pulse: a per-kiosk count would say where each answer came from).
SITE_WIDE = "*"


@dataclass(frozen=True)
class KeptAside:
    """One kiosk's refused records of one table on one day (server UTC date)."""

    day: date
    site: str
    kiosk: str
    table_name: str
    accepted: int
    quarantined: int
    discarded: int  # refused once the quarantine held its bound for the day: counted, not kept
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class QuarantinedRow:
    received_at: datetime
    site: str
    kiosk: str
    table_name: str
    record_id: str
    reason: str
    payload: str


def set_limits(engine: Engine, limits: dict[str, int]) -> None:
    """Stores the limits the server enforces (keys of DEFAULT_LIMITS)."""
    unknown = set(limits) - set(DEFAULT_LIMITS)
    if unknown:
        raise ValueError(f"unknown central limits: {sorted(unknown)}")
    table = Base.metadata.tables["central_limit"]
    with engine.begin() as conn:
        insert = postgresql.insert(table) if conn.dialect.name == "postgresql" else sqlite_insert(table)
        for key, value in limits.items():
            stmt = insert.values(key=key, value=int(value))
            conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value}))


def limits(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        stored = dict(conn.execute(select(CentralLimitRecord.key, CentralLimitRecord.value)).all())
    return {key: stored.get(key, default) for key, default in DEFAULT_LIMITS.items()}


def kept_aside(engine: Engine, since: date | None = None) -> list[KeptAside]:
    """Per day, kiosk and table, what was refused (kept aside or only counted); newest day first."""
    c = KioskDayCountRecord
    q = select(c).where((c.quarantined > 0) | (c.discarded > 0)).order_by(c.day.desc(), c.site, c.kiosk, c.table_name)
    if since is not None:
        q = q.where(c.day >= since)
    reasons_q = (select(QuarantineRecord.kiosk, QuarantineRecord.table_name, QuarantineRecord.reason)
                 .group_by(QuarantineRecord.kiosk, QuarantineRecord.table_name, QuarantineRecord.reason)
                 .order_by(QuarantineRecord.reason))
    with engine.connect() as conn:
        reasons: dict[tuple[str, str], list[str]] = {}
        for kiosk, table, reason in conn.execute(reasons_q):
            reasons.setdefault((kiosk, table), []).append(reason)
        return [KeptAside(day=r.day, site=r.site, kiosk=r.kiosk, table_name=r.table_name, accepted=r.accepted,
                          quarantined=r.quarantined, discarded=r.discarded,
                          reasons=tuple(reasons.get((r.kiosk, r.table_name), ())))
                for r in conn.execute(q)]


def quarantined(engine: Engine, kiosk: str | None = None, limit: int = 50) -> tuple[list[QuarantinedRow], int]:
    """The newest records kept aside (of one kiosk, if given), and how many there are in all."""
    q = select(QuarantineRecord).order_by(QuarantineRecord.received_at.desc(), QuarantineRecord.id)
    count = select(func.count()).select_from(QuarantineRecord)
    if kiosk is not None:
        q, count = q.where(QuarantineRecord.kiosk == kiosk), count.where(QuarantineRecord.kiosk == kiosk)
    with engine.connect() as conn:
        rows = [QuarantinedRow(received_at=r.received_at, site=r.site, kiosk=r.kiosk, table_name=r.table_name,
                               record_id=str(r.record_id or ""), reason=r.reason, payload=r.payload)
                for r in conn.execute(q.limit(limit))]
        return rows, int(conn.execute(count).scalar_one())
