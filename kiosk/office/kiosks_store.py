"""The office's kiosk health grid: what `kiosk central health` reads (kiosk.sync.central.health), as the
signed-in person — row-level security shows staff the kiosks of their sites and managers every kiosk — judged
by the central server's clock, never this desk's.

    grid(engine, silent_after)  # (server time, [KioskHealth…]) by site and kiosk id

Staff may not read the kiosk accounts: they see the kiosks of their sites that have sent a heartbeat. Each row
has what the latest heartbeat says, its sync too (the oldest unsent answer, the last sync failure's code and
moment: migration 0013_heartbeat_errors; None in older heartbeats). Thread: the database thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, select, text

from kiosk.data.sync_models import HeartbeatRecord
from kiosk.sync.central import KioskHealth, health


@dataclass(frozen=True)
class KioskRow:
    health: KioskHealth


def server_now(engine: Engine) -> datetime:
    if engine.dialect.name != "postgresql":
        return datetime.now(UTC)
    with engine.connect() as conn:
        moment: datetime = conn.execute(text("SELECT now()")).scalar_one()
        return moment


def grid(engine: Engine, silent_after: timedelta = timedelta(minutes=15)) -> tuple[datetime, list[KioskRow]]:
    now = server_now(engine)
    if not _reads_accounts(engine):  # staff: their sites' heartbeats only (no kiosk accounts)
        return now, [KioskRow(h) for h in _from_heartbeats(engine, now, silent_after)]
    return now, [KioskRow(h) for h in health(engine, now=now, silent_after=silent_after)]


def _reads_accounts(engine: Engine) -> bool:
    if engine.dialect.name != "postgresql":
        return True
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT has_table_privilege('public.kiosk_account', 'SELECT')")).scalar_one())


def _from_heartbeats(engine: Engine, now: datetime, silent_after: timedelta) -> list[KioskHealth]:
    """Every kiosk that has sent a heartbeat the login may read, with its latest one (a kiosk never seen, or
    revoked, is known from the accounts only, which staff do not read)."""
    received = func.coalesce(HeartbeatRecord.synced_at, HeartbeatRecord.sent_at)
    ranked = select(HeartbeatRecord, received.label("received_at"), func.row_number().over(
        partition_by=HeartbeatRecord.kiosk, order_by=(received.desc(), HeartbeatRecord.id)).label("n")).subquery()
    q = select(ranked).where(ranked.c.n == 1).order_by(ranked.c.site, ranked.c.kiosk)
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    return [KioskHealth(kiosk_id=r.kiosk, site=r.site, last_seen=r.received_at, app_version=r.app_version,
                        pending=r.pending,
                        last_sync_at=max((m for m in (r.last_sync_at, r.synced_at) if m is not None), default=None),
                        uptime_seconds=r.uptime_seconds, revoked=False,
                        silent=now - r.received_at > silent_after, sent_at=r.sent_at,
                        oldest_unsent_at=r.oldest_unsent_at, last_error=r.last_error, last_error_at=r.last_error_at)
            for r in rows]
