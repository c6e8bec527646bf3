"""Staff PIN: scrypt hash (never plain), verification, weak PINs refused, lock-out after failures that grows
with each lock-out in a row and is never shortened by a restart or a clock set back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.core.clock import ManualClock
from kiosk.staff.rules import (
    LONGEST_LOCKOUT,
    LockState,
    PinError,
    PinGuard,
    elapsed_since,
    hash_pin,
    lockout_length,
    minutes_left,
    validate_pin,
    verify_pin,
)


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


# -- the lock-out kept on disk: escalation and clocks ---------------------------------------------------------

BOOT = "3f1c0d6e-boot-a"


def _locked_out(clock: ManualClock, lockouts_before: int = 0, base: float = 60) -> PinGuard:
    guard = PinGuard(clock, lockout_seconds=base, boot=BOOT,
                     state=LockState(lockouts=lockouts_before, wall=clock.now(), mono=clock.monotonic(), boot=BOOT))
    for _ in range(5):
        guard.failed()
    return guard


def test_each_lockout_in_a_row_lasts_longer_and_a_right_pin_starts_afresh() -> None:
    clock = ManualClock()
    guard = PinGuard(clock, lockout_seconds=60, boot=BOOT)
    lengths = []
    for _ in range(6):
        for _ in range(5):
            guard.failed()
        lengths.append(guard.locked_for())
        clock.advance(guard.locked_for())
        assert guard.locked_for() == 0 and guard.tries_left == 5
    assert lengths == [60, 300, 900, 3600, 3600, 3600]
    guard.succeeded()
    for _ in range(5):
        guard.failed()
    assert guard.locked_for() == 60
    assert lockout_length(0, 300) == 300 and lockout_length(99, 86400) == LONGEST_LOCKOUT


def test_a_restart_within_the_same_boot_counts_by_the_monotonic_clock_whatever_the_wall_clock_does() -> None:
    clock = ManualClock()
    saved = _locked_out(clock, lockouts_before=1).state  # 300 s
    clock.advance(100)
    clock.set_wall(-7200)  # the wall clock set two hours back …
    assert PinGuard(clock, boot=BOOT, state=saved).locked_for() == pytest.approx(200)
    clock.set_wall(+86400)  # … or a day forward: neither changes the lock-out
    assert PinGuard(clock, boot=BOOT, state=saved).locked_for() == pytest.approx(200)


def test_after_a_reboot_the_wall_clock_counts_but_never_backwards() -> None:
    clock = ManualClock()
    saved = _locked_out(clock, lockouts_before=2).state  # 900 s
    assert saved.remaining == 900
    rebooted = ManualClock(clock.now())  # a new boot: the monotonic clock starts again (at 1000 here)
    rebooted.set_wall(-3600)  # and the clock came back an hour early (no network time yet)
    assert elapsed_since(saved, rebooted.now(), rebooted.monotonic(), "boot-b") == 0
    assert PinGuard(rebooted, boot="boot-b", state=saved).locked_for() == 900  # not a second shorter
    rebooted.set_wall(3600 + 600)
    assert PinGuard(rebooted, boot="boot-b", state=saved).locked_for() == pytest.approx(300)


def test_with_no_boot_id_the_smaller_of_both_clocks_counts() -> None:
    clock = ManualClock()
    saved = replace(_locked_out(clock).state, boot="")
    clock.advance(10)
    clock.set_wall(+3600)
    assert elapsed_since(saved, clock.now(), clock.monotonic(), "") == pytest.approx(10)
    assert elapsed_since(saved, clock.now(), 0.0, "") == pytest.approx(3610)  # monotonic went back: rebooted


@pytest.mark.parametrize(("seconds", "minutes"), [(300, 5), (241, 5), (240, 4), (61, 2), (60, 1), (1, 1)])
def test_minutes_are_rounded_up(seconds: float, minutes: int) -> None:
    assert minutes_left(seconds) == minutes
