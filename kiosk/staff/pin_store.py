"""Where the staff PIN's scrypt hash and the PIN pad's lock-out are kept: small files in the data folder,
readable only by the kiosk's user (0600), written atomically (fsync, then rename). Never the PIN itself.

    staff-pin.hash      scrypt$N$r$p$salt$hash (kiosk.staff.rules.hash_pin)
    staff-pin.lockout   the lock-out state (kiosk.staff.rules.LockState) as JSON, so a restart keeps it

A lock-out file that cannot be read (damaged, hand-edited) counts as one lock-out under way: the pad is
never opened by breaking the file. Thread: database thread or CLI.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime
from pathlib import Path

from kiosk.staff.rules import LockState

log = logging.getLogger(__name__)
PIN_FILE = "staff-pin.hash"
LOCK_FILE = "staff-pin.lockout"
_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


def read_hash(data_dir: Path) -> str | None:
    try:
        return (data_dir / PIN_FILE).read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


def write_hash(data_dir: Path, pin_hash: str) -> Path:
    return _write(data_dir, PIN_FILE, pin_hash + "\n")


def _write(data_dir: Path, name: str, content: str) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = data_dir / name
    tmp = path.with_name(name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(content)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)
    return path


def boot_id() -> str:
    """This boot's id (Linux); "" where there is none (the lock-out then trusts the smaller of both clocks)."""
    try:
        return _BOOT_ID.read_text(encoding="ascii").strip()
    except OSError:
        return ""


def read_lock(data_dir: Path, damaged: LockState) -> LockState:
    """The kept lock-out state; a fresh one when there is none; `damaged` when the file cannot be read."""
    path = data_dir / LOCK_FILE
    try:
        data = json.loads(path.read_text(encoding="ascii"))
        wall = datetime.fromisoformat(data["wall"]) if data.get("wall") else None
        state = LockState(failures=int(data["failures"]), lockouts=int(data["lockouts"]),
                          remaining=float(data["remaining"]), wall=wall, mono=float(data["mono"]),
                          boot=str(data["boot"]))
    except FileNotFoundError:
        return LockState()
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as e:
        log.error("the PIN lock-out file %s cannot be read (%s); the PIN pad stays locked for one lock-out",
                  path, e.__class__.__name__)
        return damaged
    if state.wall is None or state.wall.tzinfo is None or min(state.failures, state.lockouts) < 0:
        return damaged
    return state


def write_lock(data_dir: Path, state: LockState) -> None:
    data = {"failures": state.failures, "lockouts": state.lockouts, "remaining": state.remaining,
            "wall": state.wall.isoformat() if state.wall else None, "mono": state.mono, "boot": state.boot}
    _write(data_dir, LOCK_FILE, json.dumps(data) + "\n")


def clear_lock(data_dir: Path) -> None:
    """A new PIN was set by someone at the kiosk's command line: the lock-out ends."""
    (data_dir / LOCK_FILE).unlink(missing_ok=True)
