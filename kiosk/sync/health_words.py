"""A kiosk's device health (from its latest heartbeat: kiosk.sync.central.KioskHealth) in words for
`kiosk central health`: one short line per kiosk, and warnings that say what to look at; and its last sync
failure, which the heartbeat carries as a code, in the words staff read for it (kiosk.shell.error_words, in the
language in use: the office shows them too). Thread: main (CLI), or the office's GUI thread.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.sync.central import KioskHealth

LOW_DISK_MB = 500  # below this the line warns (the kiosk itself releases its reserve at device.low_disk_mb)
LOW_MEMORY_MB = 100
FROZEN_AFTER = timedelta(minutes=5)  # a screen that is on but drew nothing for this long before its heartbeat


def size(mb: int) -> str:
    return f"{mb / 1024:.1f} GB" if mb >= 1024 else f"{mb} MB"


def device_words(h: KioskHealth) -> str:
    """E.g. "screen on, drew 12 s before; disk 3.4 GB free; memory 512 MB free", or "-" when not told."""
    parts: list[str] = []
    if h.screen_on is not None:
        screen = "screen on" if h.screen_on else "screen asleep (closed hours)"
        if h.last_frame_at is not None and h.sent_at is not None:
            screen += f", last frame {_ago(h.sent_at - h.last_frame_at)} before"
        elif h.screen_on:
            screen += ", no frame drawn yet"
        parts.append(screen)
    if h.disk_free_mb is not None:
        parts.append(f"disk {size(h.disk_free_mb)} free")
    if h.memory_free_mb is not None:
        parts.append(f"memory {size(h.memory_free_mb)} free")
    return "; ".join(parts) or "-"


def device_warnings(h: KioskHealth) -> list[str]:
    """What needs a person, one sentence each (none for a revoked or never-seen kiosk)."""
    if h.revoked or h.last_seen is None:
        return []
    out: list[str] = []
    if h.disk_free_mb is not None and h.disk_free_mb < LOW_DISK_MB:
        out.append(f"{h.kiosk_id}: its disk is nearly full ({size(h.disk_free_mb)} free). Answers still save "
                   "(it keeps a reserve), but free some space or replace the storage soon.")
    if h.memory_free_mb is not None and h.memory_free_mb < LOW_MEMORY_MB:
        out.append(f"{h.kiosk_id}: it is short of memory ({size(h.memory_free_mb)} available); a restart helps "
                   "for a while — tell the developers if it keeps happening.")
    if h.screen_on and h.sent_at is not None and (
            h.last_frame_at is None or h.sent_at - h.last_frame_at > FROZEN_AFTER):
        out.append(f"{h.kiosk_id}: its screen is meant to be on but drew nothing recently; the display may be "
                   "frozen or unplugged — have a look at it.")
    return out


def sync_error_words(code: str | None) -> str:
    """The words for a heartbeat's last sync failure (an unknown code reads as not reaching the central database);
    "" for none."""
    if not code:
        return ""
    from kiosk.core.errors import SyncError
    from kiosk.shell.error_words import error_words

    return error_words(SyncError(code=code))


def error_unresolved(h: KioskHealth) -> bool:
    """Whether the kiosk's last sync failure came after its last sync (so it is still failing, as far as known)."""
    return h.last_error_at is not None and (h.last_sync_at is None or h.last_error_at > h.last_sync_at)


def sync_warnings(h: KioskHealth) -> list[str]:
    """A kiosk whose last sync failed after its last success: what its heartbeat said, in words."""
    if h.revoked or not h.last_error or h.last_error_at is None or not error_unresolved(h):
        return []
    return [f"{h.kiosk_id}: its last sync failed ({h.last_error_at:%Y-%m-%d %H:%M} UTC): "
            f"{sync_error_words(h.last_error)}"]


def _ago(span: timedelta) -> str:
    seconds = max(0, int(span.total_seconds()))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h"
