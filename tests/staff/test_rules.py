"""Staff PIN: scrypt hash (never plain), verification, weak PINs refused, lock-out after failures."""

from __future__ import annotations

import pytest

from kiosk.core.clock import ManualClock
from kiosk.staff.rules import PinError, PinGuard, hash_pin, validate_pin, verify_pin


def test_hash_is_scrypt_salted_and_never_contains_the_pin() -> None:
    a, b = hash_pin("4825"), hash_pin("4825")
    assert a.startswith("scrypt$16384$8$1$") and "4825" not in a
    assert a != b  # a fresh salt each time
    assert verify_pin("4825", a) and verify_pin("4825", b)
    assert not verify_pin("4826", a)


def test_a_known_salt_gives_a_stable_hash() -> None:
    assert hash_pin("4825", salt=b"0123456789abcdef") == hash_pin("4825", salt=b"0123456789abcdef")


@pytest.mark.parametrize("stored", ["", "plain4825", "scrypt$x$8$1$AA==$AA==", "bcrypt$1$2$3$4$5"])
def test_garbage_hashes_never_verify(stored: str) -> None:
    assert verify_pin("4825", stored) is False


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "1111", "1234", "9876", " 4825"])
def test_weak_or_malformed_pins_are_refused(pin: str) -> None:
    with pytest.raises(PinError):
        validate_pin(pin)


def test_lockout_after_five_failures_then_unlocks() -> None:
    clock = ManualClock()
    guard = PinGuard(clock, max_failures=5, lockout_seconds=300)
    for left in (4, 3, 2, 1):
        guard.failed()
        assert guard.tries_left == left and guard.locked_for() == 0
    guard.failed()
    assert guard.locked_for() == 300
    clock.advance(299)
    assert guard.locked_for() == pytest.approx(1)
    clock.advance(1)
    assert guard.locked_for() == 0 and guard.tries_left == 5


def test_success_resets_the_count() -> None:
    guard = PinGuard(ManualClock())
    guard.failed()
    guard.failed()
    guard.succeeded()
    assert guard.tries_left == 5
