"""The PIN pad's lock-out file: kept 0600, read back as written, and a damaged file keeps the pad locked."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

from kiosk.staff.pin_store import LOCK_FILE, boot_id, clear_lock, read_lock, write_lock
from kiosk.staff.rules import LockState

DAMAGED = LockState(lockouts=1, remaining=60.0)


def test_the_lock_state_round_trips_in_a_private_file(tmp_path: Path) -> None:
    assert read_lock(tmp_path, DAMAGED) == LockState()  # none yet: a fresh state
    state = LockState(failures=0, lockouts=2, remaining=812.5, wall=datetime(2026, 11, 25, 10, tzinfo=UTC),
                      mono=1234.5, boot="b-1")
    write_lock(tmp_path, state)
    assert read_lock(tmp_path, DAMAGED) == state
    assert stat.S_IMODE((tmp_path / LOCK_FILE).stat().st_mode) == 0o600
    assert not (tmp_path / (LOCK_FILE + ".part")).exists()
    clear_lock(tmp_path)
    assert read_lock(tmp_path, DAMAGED) == LockState()


def test_a_damaged_or_edited_file_keeps_the_pad_locked(tmp_path: Path) -> None:
    for text in ("", "{", '{"failures": 0}', '{"failures": -5, "lockouts": 0, "remaining": 0, "wall": '
                 '"2026-11-25T10:00:00+00:00", "mono": 0, "boot": ""}', "[1, 2]",
                 '{"failures": 0, "lockouts": 0, "remaining": 0, "wall": "2026-11-25T10:00:00", "mono": 0, '
                 '"boot": ""}'):
        (tmp_path / LOCK_FILE).write_text(text)
        assert read_lock(tmp_path, DAMAGED) is DAMAGED, text


def test_the_boot_id_is_stable_within_a_boot() -> None:
    assert boot_id() == boot_id()
