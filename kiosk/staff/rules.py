"""Staff PIN rules: scrypt hashing (never stored plain), checking, and lock-out after repeated failures.

Pure computation (hashlib.scrypt is CPU work, not I/O). Thread: the PIN is checked on the database
thread (scrypt takes ~50 ms); the lock-out counter lives with the staff view model on the GUI thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.core.clock import Clock
from kiosk.core.errors import KioskError

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


@dataclass
class PinGuard:
    """After `max_failures` wrong PINs in a row, refuses every try for `lockout_seconds`."""

    clock: Clock
    max_failures: int = 5
    lockout_seconds: float = 300.0
    _failures: int = field(default=0, init=False)
    _locked_until: float = field(default=0.0, init=False)

    def locked_for(self) -> float:
        """Seconds of lock-out left (0 when a PIN may be tried)."""
        return max(0.0, self._locked_until - self.clock.monotonic())

    def failed(self) -> None:
        self._failures += 1
        if self._failures >= self.max_failures:
            self._locked_until = self.clock.monotonic() + self.lockout_seconds
            self._failures = 0

    def succeeded(self) -> None:
        self._failures = 0

    @property
    def tries_left(self) -> int:
        return self.max_failures - self._failures
