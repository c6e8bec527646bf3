"""Staff mode on the real window: hidden corner gesture, PIN pad, lock-out, leaving by button or idle."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.staff.pin_store import PIN_FILE, read_hash, write_hash
from kiosk.staff.rules import hash_pin
from tests.support.qmlhelpers import centre, find, settle, tap
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
