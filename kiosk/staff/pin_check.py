"""The staff PIN check as the PIN pad asks it: the lock-out as kept on disk (kiosk.staff.pin_store) brought up to
now, scrypt's verdict (kiosk.staff.rules), the lock-out saved again before the answer shows, and — for the right
PIN — whether a feature's entry screen shows first (kiosk.staff.view_model `set_entry`).

Imported the first time the PIN pad opens, not at start-up (the view model exists from the first frame; this and
what it imports do not need to). Thread: database (file reads and writes, ~50 ms of scrypt).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.clock import Clock
from kiosk.staff.pin_store import boot_id, read_hash, read_lock, write_lock
from kiosk.staff.rules import LockState, PinGuard, verify_pin


@dataclass(frozen=True)
class PinOutcome:
    """What a PIN check found: `ok` None when no PIN is set; `locked` seconds of lock-out left."""

    ok: bool | None
    locked: float = 0.0
    tries_left: int = 0
    entry: bool = False  # the right PIN, and the entry screen (`set_entry`) shows before the staff home


class PinCheck:
    def __init__(self, data_dir: Path, clock: Clock, lockout_seconds: float) -> None:
        self._data_dir, self._clock, self._lockout_seconds = data_dir, clock, lockout_seconds
        self._boot: str | None = None  # read on first use

    def _guard(self) -> PinGuard:
        """The lock-out as kept on disk, brought up to now (a damaged file counts as one lock-out)."""
        if self._boot is None:
            self._boot = boot_id()
        now, mono = self._clock.now(), self._clock.monotonic()
        damaged = LockState(lockouts=1, remaining=self._lockout_seconds, wall=now, mono=mono, boot=self._boot)
        state = read_lock(self._data_dir, damaged)
        if state is damaged:
            write_lock(self._data_dir, damaged)  # counted from now, once
        return PinGuard(self._clock, lockout_seconds=self._lockout_seconds, state=state, boot=self._boot)

    def locked_for(self) -> float:
        """Seconds of lock-out left (0 when the pad is open)."""
        return self._guard().locked_for()

    def check(self, pin: str, entry: Callable[[], bool] | None) -> PinOutcome:
        """Whether the PIN is right (with the lock-out), and — when it is — whether `entry()` says the entry
        screen shows (`entry` must not raise)."""
        guard = self._guard()
        locked = guard.locked_for()
        if locked > 0:
            return PinOutcome(False, locked)  # not even checked: a lock-out is a lock-out
        stored = read_hash(self._data_dir)
        if stored is None:
            return PinOutcome(None)
        ok = verify_pin(pin, stored)
        if ok:
            guard.succeeded()
        else:
            guard.failed()
        write_lock(self._data_dir, guard.state)  # on disk before the answer shows: a restart keeps it
        shows_entry = ok and entry is not None and entry()
        return PinOutcome(ok, guard.locked_for(), guard.tries_left, entry=bool(shows_entry))
