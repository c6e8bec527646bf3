"""The office's kiosk health grid: what `kiosk central health` reads (kiosk.sync.central.health), as the
signed-in person — row-level security shows staff the kiosks of their sites and managers every kiosk — judged
by the central server's clock, never this desk's.

    grid(engine, silent_after)  # (server time, [KioskHealth…]) by site and kiosk id

Columns a newer heartbeat brings (the oldest unsent answer, the last error) are read when the central schema
has them, and are None otherwise. Thread: the database thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, text

from kiosk.sync.central import KioskHealth, health


@dataclass(frozen=True)
class KioskRow:
    health: KioskHealth
    oldest_unsent: datetime | None = None
    last_error: str = ""


def server_now(engine: Engine) -> datetime:
    if engine.dialect.name != "postgresql":
        return datetime.now(UTC)
    with engine.connect() as conn:
        moment: datetime = conn.execute(text("SELECT now()")).scalar_one()
        return moment


def grid(engine: Engine, silent_after: timedelta = timedelta(minutes=15)) -> tuple[datetime, list[KioskRow]]:
    now = server_now(engine)
    return now, [KioskRow(h) for h in health(engine, now=now, silent_after=silent_after)]
