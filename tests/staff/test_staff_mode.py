"""Staff mode on the real window: hidden corner gesture, PIN pad, lock-out, leaving by button or idle."""

from __future__ import annotations

import gc
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.staff.pin_store import PIN_FILE, read_hash, write_hash
from kiosk.staff.rules import hash_pin
from tests.support.qmlhelpers import centre, find, settle, tap
from tests.support.qtkiosk import make_kiosk
from tests.support.staff_helpers import past_the_pulse


def type_pin(kiosk: Kiosk, pin: str) -> None:
    for d in pin:
        tap(kiosk.window.window, f"staff.pin.{d}")
    tap(kiosk.window.window, "staff.pin.ok")


def test_long_press_in_the_corner_opens_the_pin_pad(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    settle(w)
    corner = find(w, "staff.corner")
    assert corner is not None
    QTest.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(corner))
    qtbot.waitUntil(lambda: kiosk.shell.screen == "staff.pin", timeout=10000)
    QTest.mouseRelease(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(corner))
    assert find(w, "staff.pin.5") is not None


def test_right_pin_opens_staff_mode_and_leave_ends_it(qtbot: QtBot, kiosk: Kiosk) -> None:
    write_hash(kiosk.config.data_dir, hash_pin("4825"))
    kiosk.staff.openPin()
    type_pin(kiosk, "4825")
    past_the_pulse(qtbot, kiosk)
    assert kiosk.staff.active
    tap(kiosk.window.window, "staff.leave")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "home")
    assert not kiosk.staff.active


def test_wrong_pins_say_so_and_lock_the_pad(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    write_hash(kiosk.config.data_dir, hash_pin("4825"))
    kiosk.staff.openPin()
    for tries_left in (4, 3, 2, 1):
        type_pin(kiosk, "9999")
        qtbot.waitUntil(lambda: not kiosk.staff.checking)
        # "1 try left" once `make` has compiled the English catalogue's plural forms; "1 tries left" before.
        singular = {"That PIN is not right. 1 try left."} if tries_left == 1 else set()
        assert kiosk.staff.message in {f"That PIN is not right. {tries_left} tries left.", *singular}
    type_pin(kiosk, "9999")
    qtbot.waitUntil(lambda: "Too many wrong PINs" in kiosk.staff.property("message"))
    type_pin(kiosk, "4825")  # even the right PIN is refused while locked
    assert "Too many wrong PINs" in kiosk.staff.property("message") and kiosk.shell.screen == "staff.pin"
    clock.advance(301)
    type_pin(kiosk, "4825")
    past_the_pulse(qtbot, kiosk)


def test_no_pin_set_explains_how_to_set_one(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.staff.openPin()
    type_pin(kiosk, "4825")
    qtbot.waitUntil(lambda: "kiosk staff set-pin" in kiosk.staff.property("message"))
    assert not kiosk.staff.active


def test_idle_timeout_ends_staff_mode(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    write_hash(kiosk.config.data_dir, hash_pin("4825"))
    kiosk.staff.openPin()
    type_pin(kiosk, "4825")
    past_the_pulse(qtbot, kiosk)
    clock.advance(kiosk.config.idle_timeout_seconds)
    kiosk.shell.tick()
    qtbot.waitUntil(lambda: kiosk.shell.screen == "home")
    assert not kiosk.staff.active
    kiosk.staff.openTool("anything")
    assert kiosk.shell.screen == "home"


def test_set_pin_command_stores_only_a_0600_hash(tmp_path: Path) -> None:
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "kiosk", "staff", "set-pin"], input="4825\n", env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    stored = read_hash(tmp_path)
    assert stored is not None and "4825" not in stored
    assert stat.S_IMODE((tmp_path / PIN_FILE).stat().st_mode) == 0o600
    bad = subprocess.run([sys.executable, "-m", "kiosk", "staff", "set-pin"], input="1234\n", env=env,
                         capture_output=True, text=True, timeout=60, check=False)
    assert bad.returncode == 2 and "simple run" in bad.stderr and "Traceback" not in bad.stderr
    assert read_hash(tmp_path) == stored  # nothing changed


# -- the lock-out survives restarts and clock changes; the screen says how long is left ------------------------

LOCKED = re.compile(r"Too many wrong PINs\. Please try again in (\d+) (minute|second)")


def _left(kiosk: Kiosk) -> tuple[int, str] | None:
    """How long the PIN screen says is left, as shown on it (the QML text, not the view model's property)."""
    found = LOCKED.search(_shown(kiosk))
    return (int(found.group(1)), found.group(2)) if found else None


def _shown(kiosk: Kiosk) -> str:
    """The PIN screen's message as shown ("" when it is hidden, as it is when there is nothing to say)."""
    assert find(kiosk.window.window, "staff.pin.5") is not None  # the PIN screen is up
    item = find(kiosk.window.window, "staff.pin.message")
    return "" if item is None else str(item.property("text"))


def _watch(kiosk: Kiosk, clock: ManualClock, seconds: float) -> None:
    """Time passes while someone stands at the PIN screen (touching it now and then, so it does not go idle)."""
    while seconds > 0:
        step = min(seconds, 30.0)
        clock.advance(step)
        kiosk.shell.activity()
        seconds -= step


def _lock_out(qtbot: QtBot, kiosk: Kiosk) -> None:
    for _ in range(5):
        type_pin(kiosk, "9999")
        qtbot.waitUntil(lambda: not kiosk.staff.checking)
    qtbot.waitUntil(lambda: _left(kiosk) is not None)


def test_a_restart_during_a_lockout_keeps_it_even_with_the_clock_set_back(
        qtbot: QtBot, config: settings.Config, clock: ManualClock) -> None:
    write_hash(config.data_dir, hash_pin("4825"))
    first = make_kiosk(qtbot, config, clock, QSize(1080, 1920))
    try:
        first.staff.openPin()
        _lock_out(qtbot, first)
        assert _left(first) == (1, "minute")
    finally:
        first.close()
        gc.collect()
    clock.advance(20)
    clock.set_wall(-2 * 3600)  # someone sets the clock two hours back, and the kiosk restarts
    again = make_kiosk(qtbot, config, clock, QSize(1080, 1920))
    try:
        again.staff.openPin()
        qtbot.waitUntil(lambda: _left(again) == (40, "second"))  # said at once, from the file, before a PIN
        type_pin(again, "4825")  # the right PIN is still refused
        assert again.shell.screen == "staff.pin" and not again.staff.active
        clock.advance(40)
        qtbot.waitUntil(lambda: again.staff.property("message") == "")  # the countdown ends on screen by itself
        type_pin(again, "4825")
        past_the_pulse(qtbot, again)
    finally:
        again.close()
        gc.collect()


def test_lockouts_in_a_row_grow_and_the_screen_counts_down(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    write_hash(kiosk.config.data_dir, hash_pin("4825"))
    kiosk.staff.openPin()
    _lock_out(qtbot, kiosk)
    assert _left(kiosk) == (1, "minute")
    _watch(kiosk, clock, 60)
    qtbot.waitUntil(lambda: _shown(kiosk) == "")  # over: the countdown clears by itself
    _lock_out(qtbot, kiosk)  # the second lock-out in a row: five times as long
    assert _left(kiosk) == (5, "minute")
    _watch(kiosk, clock, 60)
    qtbot.waitUntil(lambda: _left(kiosk) == (4, "minute"))  # the screen updates by itself while shown
    assert kiosk.shell.screen == "staff.pin"
    _watch(kiosk, clock, 239.5)
    qtbot.waitUntil(lambda: _left(kiosk) == (1, "second"))
    _watch(kiosk, clock, 0.5)
    type_pin(kiosk, "4825")
    past_the_pulse(qtbot, kiosk)


def test_leaving_the_pin_screen_and_coming_back_still_says_how_long(qtbot: QtBot, kiosk: Kiosk,
                                                                    clock: ManualClock) -> None:
    write_hash(kiosk.config.data_dir, hash_pin("4825"))
    kiosk.staff.openPin()
    _lock_out(qtbot, kiosk)
    clock.advance(kiosk.config.idle_timeout_seconds)  # nobody touches it: home comes back
    kiosk.shell.tick()
    qtbot.waitUntil(lambda: kiosk.shell.screen == "home")
    assert kiosk.staff.property("message") == ""
    kiosk.shell.activity()  # the corner gesture is a touch (else the idle check sends the kiosk home again)
    kiosk.staff.openPin()
    qtbot.waitUntil(lambda: _left(kiosk) == (15, "second"))


def test_set_pin_ends_a_lockout(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from kiosk.staff.pin_store import LOCK_FILE, write_lock
    from kiosk.staff.rules import LockState

    write_lock(tmp_path, LockState(lockouts=4, remaining=3600, wall=datetime.now(UTC), mono=0.0, boot=""))
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "kiosk", "staff", "set-pin"], input="4825\n", env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and "lock-out of the PIN pad ended" in result.stderr
    assert not (tmp_path / LOCK_FILE).exists()


def test_the_staff_screen_says_what_to_do_when_sync_fails(qtbot: QtBot, kiosk: Kiosk) -> None:
    from kiosk.core.errors import SyncError
    from kiosk.core.events import SyncFinished

    write_hash(kiosk.config.data_dir, hash_pin("4825"))
    kiosk.staff.openPin()
    type_pin(kiosk, "4825")
    past_the_pulse(qtbot, kiosk)
    assert find(kiosk.window.window, "staff.sync") is None  # nothing to say yet
    kiosk.events.publish(SyncFinished(False, problem=SyncError("the kiosk's role may not log in",
                                                               code="central_revoked")))
    qtbot.waitUntil(lambda: find(kiosk.window.window, "staff.sync") is not None)
    shown = str(find(kiosk.window.window, "staff.sync").property("text"))  # type: ignore[union-attr]
    assert shown.startswith("This kiosk has been switched off at the central database (revoked)")
    assert "ask an administrator to add it again" in shown
    kiosk.events.publish(SyncFinished(True))
    qtbot.waitUntil(lambda: find(kiosk.window.window, "staff.sync") is None)
