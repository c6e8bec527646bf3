"""Staff PIN rules: scrypt hashing (never stored plain), checking, and a lock-out after repeated failures
that grows with each lock-out in a row and counts down only by time actually observed (a restart or a
clock set back never shortens it).

Pure computation (hashlib.scrypt is CPU work, not I/O); the state is kept on disk by kiosk.staff.pin_store.
Thread: the PIN is checked, and the lock-out state read, changed and saved, on the database thread (scrypt
takes ~50 ms); the PIN screen counts down on the GUI thread from the remaining seconds it was given.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.core.clock import Clock
from kiosk.core.errors import KioskError

# scrypt's cost: N = 2**14 (CPU and memory), r = 8 (block size: 128 * r * N = 16 MiB per check), p = 1,
# a 16-byte random salt and a 32-byte key — about 50 ms per check on a 2-core build machine. Documented in
# docs/security.md and the README; a change here is read back from each stored hash, so old hashes still work.
_N, _R, _P = 2**14, 8, 1
_PIN = re.compile(r"^[0-9]{4,8}$")


class PinError(KioskError):
    """A PIN staff chose cannot be used (code "pin_length" or "pin_too_simple")."""

    kind = "pin"


def validate_pin(pin: str) -> None:
    if not _PIN.match(pin):
        raise PinError("a staff PIN is 4 to 8 digits", code="pin_length", shortest=4, longest=8)
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        raise PinError("choose a PIN that is not all one digit or a simple run like 1234", code="pin_too_simple")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """`scrypt$N$r$p$salt$hash`, base64; a fresh random salt unless one is given (tests)."""
    import base64
    import hashlib
    import secrets  # (hashing modules imported on use: the staff view model exists from start-up)

    validate_pin(pin)
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    import base64
    import hashlib
    import hmac

    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


ESCALATION = (1, 5, 15, 60)  # the n-th lock-out in a row lasts this many times staff.lockout_seconds
LONGEST_LOCKOUT = 86400.0 * 7


@dataclass(frozen=True)
class LockState:
    """The PIN pad's lock-out as kept on disk (kiosk.staff.pin_store), so a restart does not end it.

    `remaining` is what is left of the current lock-out when the state was stamped — at `wall` (UTC) and
    `mono` (the monotonic clock) during boot `boot` (the kernel's boot id; "" when unknown). A lock-out
    counts down by time actually observed: within one boot the monotonic clock, which no clock change moves;
    after a reboot the wall clock, never backwards (a clock set back gives no time off)."""

    failures: int = 0  # wrong PINs since the last lock-out or right PIN
    lockouts: int = 0  # lock-outs in a row since the last right PIN: the next one lasts longer
    remaining: float = 0.0
    wall: datetime | None = None
    mono: float = 0.0
    boot: str = ""


def lockout_length(lockouts: int, base: float) -> float:
    """How long the lock-out after `lockouts` earlier ones (in a row) lasts: 1, 5, 15, then 60 times `base`."""
    return min(LONGEST_LOCKOUT, base * ESCALATION[min(max(lockouts, 0), len(ESCALATION) - 1)])


def elapsed_since(state: LockState, now: datetime, mono: float, boot: str) -> float:
    """Seconds that have certainly passed since `state` was stamped (never negative)."""
    by_wall = max(0.0, (now - state.wall).total_seconds()) if state.wall is not None else 0.0
    by_mono = mono - state.mono
    if boot and state.boot == boot and by_mono >= 0:
        return by_mono  # the same boot: the monotonic clock is the truth, whatever the wall clock did
    if boot and state.boot and state.boot != boot:
        return by_wall  # rebooted: the wall clock is all there is (a backwards jump counts as nothing)
    return min(by_wall, by_mono) if by_mono >= 0 else by_wall  # boot unknown: the smaller of the two


def resumed(state: LockState, now: datetime, mono: float, boot: str) -> LockState:
    """The state brought up to now: the lock-out shortened by the time that has passed, and stamped now."""
    left = max(0.0, state.remaining - elapsed_since(state, now, mono, boot)) if state.remaining > 0 else 0.0
    return replace(state, remaining=left, wall=now, mono=mono, boot=boot)


class PinGuard:
    """After `max_failures` wrong PINs in a row, refuses every try for a lock-out that grows with each one in
    a row (`lockout_length`); a right PIN starts afresh. Start it from the `state` kept on disk and save
    `state` after each change. `boot` is the kernel's boot id (kiosk.staff.pin_store.boot_id)."""

    def __init__(self, clock: Clock, max_failures: int = 5, lockout_seconds: float = 60.0,
                 state: LockState | None = None, boot: str = "") -> None:
        self.clock, self.max_failures, self.lockout_seconds, self.boot = clock, max_failures, lockout_seconds, boot
        self._state = self._now(state or LockState())

    def _now(self, state: LockState) -> LockState:
        return resumed(state, self.clock.now(), self.clock.monotonic(), self.boot)

    @property
    def state(self) -> LockState:
        """The state as of now, to be saved."""
        self._state = self._now(self._state)
        return self._state

    def locked_for(self) -> float:
        """Seconds of lock-out left (0 when a PIN may be tried)."""
        return self.state.remaining

    def failed(self) -> None:
        state = self.state
        if state.failures + 1 >= self.max_failures:
            length = lockout_length(state.lockouts, self.lockout_seconds)
            self._state = replace(state, failures=0, lockouts=state.lockouts + 1, remaining=length)
        else:
            self._state = replace(state, failures=state.failures + 1)

    def succeeded(self) -> None:
        self._state = replace(self.state, failures=0, lockouts=0, remaining=0.0)

    @property
    def tries_left(self) -> int:
        return self.max_failures - self._state.failures


def minutes_left(seconds: float) -> int:
    """Whole minutes to say for a lock-out (rounded up: "1 minute" until it is over)."""
    return max(1, math.ceil(seconds / 60 - 1e-9))
