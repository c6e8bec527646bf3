"""Sync status for people: what waits to be sent, how old it is, the last success and the last error.

Read from the local store only (no network), so `kiosk sync --status` answers even when the central
database is down. Thread: the CLI's main thread (or any thread with its own engine).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from kiosk.core.config import Config
from kiosk.core.errors import SyncError
from kiosk.core.url_secrets import redact_url
from kiosk.data.outbox import RECORD_TABLES, Outbox, SyncState, local_store
from kiosk.data.sync_models import SiteContentRecord
from kiosk.sync.transport import describe, secure_url


@dataclass(frozen=True)
class SyncStatus:
    central: str  # as configured (never holds a password); "" when sync is off
    interval_seconds: float
    pending: dict[str, int]  # per table
    held_back: int
    oldest_unsent: datetime | None
    last_success: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    content_items: int
    last_central: str | None = None  # the central database this store last pulled from (password-free)
    transport: str = ""  # how the central database is reached, in words ("" when sync is off)
    from_centre: tuple[str, ...] = ()  # "key = value (this kiosk's file: value)" for each site setting in use
    not_used: tuple[str, ...] = ()  # keys the centre set with a value this version cannot use

    @property
    def pending_total(self) -> int:
        return sum(self.pending.values())


@local_store
def read_status(config: Config, engine: Engine) -> SyncStatus:
    outbox = Outbox(engine, config.site_id, config.kiosk_id)
    state = SyncState(engine).get_all()
    with engine.connect() as conn:
        items = conn.scalar(select(func.count()).select_from(SiteContentRecord)
                            .where(SiteContentRecord.site == config.site_id)) or 0

    def moment(key: str) -> datetime | None:
        return datetime.fromisoformat(state[key]) if state.get(key) else None

    return SyncStatus(
        central=redact_url(config.central_url), transport=transport_words(config),
        interval_seconds=config.sync_interval_seconds, pending=outbox.pending(),
        held_back=outbox.held_back(), oldest_unsent=outbox.oldest_unsent(),
        last_success=moment(SyncState.LAST_SUCCESS), last_error=state.get(SyncState.LAST_ERROR),
        last_error_at=moment(SyncState.LAST_ERROR_AT), content_items=items,
        last_central=redact_url(state.get(SyncState.CURSOR_SOURCE) or "") or None, **_site_settings(config, engine))


def _site_settings(config: Config, engine: Engine) -> dict[str, tuple[str, ...]]:
    """Which settings in use came from the centre (kiosk.sync.settings), with the file's value beside each."""
    from kiosk.core.config import SCHEMA
    from kiosk.core.site_settings import with_central
    from kiosk.sync.settings import central_now

    central = central_now(engine, config)
    if central is None:
        return {}
    used = with_central(config, central.values)
    keys = {k.name: k for k in SCHEMA}
    lines = tuple(f"{name} = {keys[name].display(getattr(used, keys[name].attr))} (this kiosk's file: "
                  f"{keys[name].display(getattr(config, keys[name].attr))})" for name in central.values)
    return {"from_centre": lines, "not_used": central.rejected}


def transport_words(config: Config) -> str:
    """How the configured central database is reached (TLS checked, this machine, a file…), or why not."""
    text = config.central_url
    if not text:
        return ""
    if "://" not in text or text.startswith("sqlite"):
        return "a database file on this machine"
    try:
        return describe(secure_url(make_url(text), allow_plaintext=config.allow_plaintext))
    except (SyncError, ArgumentError, ValueError) as e:
        return f"refused — {e}"


def age_words(seconds: float) -> str:
    """A duration as people say it: 'just now', '45 seconds', '3 minutes', '2 hours 5 minutes', '4 days'."""
    s = int(max(0.0, seconds))
    if s < 5:
        return "just now"

    def unit(n: int, word: str) -> str:
        return f"{n} {word}" + ("" if n == 1 else "s")

    if s < 60:
        return unit(s, "second")
    if s < 3600:
        return unit(s // 60, "minute")
    if s < 86400:
        h, m = divmod(s // 60, 60)
        return unit(h, "hour") + (f" {unit(m, 'minute')}" if m else "")
    d, h = divmod(s // 3600, 24)
    return unit(d, "day") + (f" {unit(h, 'hour')}" if h else "")


def _when(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    ago = age_words((now - moment).total_seconds())
    return f"{ago}{'' if ago == 'just now' else ' ago'} ({moment.strftime('%Y-%m-%d %H:%M:%S')} UTC)"


def render(status: SyncStatus, now: datetime) -> list[str]:
    """The status as lines of plain text."""
    if status.central:
        lines = [f"Central database: {status.central} (every {status.interval_seconds:g} s and after each answer)",
                 f"Connection: {status.transport}"]
    else:
        before = f"; this store last synced with {status.last_central}" if status.last_central else ""
        lines = [f"Central database: none — sync is off in this configuration (set sync.central_url){before}"]
    parts = ", ".join(f"{spec.label} {status.pending[spec.name]}" for spec in RECORD_TABLES)
    lines.append(f"Waiting to be sent: {status.pending_total} ({parts})")
    decisions = status.pending.get("content_change", 0)
    if decisions and "://" in status.central and not status.central.startswith("sqlite"):
        lines.append(f"Staff decisions waiting for a person: {decisions} — they show on this kiosk; a staff "
                     "member sends them to the site's other kiosks with `kiosk sync --once --as-staff USER`")
    if status.oldest_unsent is not None:
        lines.append(f"Oldest unsent answer: {_when(status.oldest_unsent, now)}")
    else:
        lines.append("Oldest unsent answer: none — every answer has been sent")
    if status.held_back:
        lines.append(f"Held back: {status.held_back} record(s) written under another site or kiosk id; "
                     "they are kept here and not sent")
    lines.append(f"Last successful sync: {_when(status.last_success, now)}")
    if status.last_error:
        resolved = (status.last_success is not None and status.last_error_at is not None
                    and status.last_success > status.last_error_at)
        suffix = " (resolved since)" if resolved else ""
        lines.append(f"Last error: {_when(status.last_error_at, now)}{suffix}: {status.last_error}")
    else:
        lines.append("Last error: none")
    lines.append(f"Site content on this kiosk: {status.content_items} item(s)")
    if status.from_centre:
        lines.append("Site settings from the centre (over this kiosk's file): " + "; ".join(status.from_centre))
    if status.not_used:
        lines.append("Not used (not valid for this version; the file's value stays): " + ", ".join(status.not_used))
    return lines
