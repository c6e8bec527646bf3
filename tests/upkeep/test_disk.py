"""A full disk keeps answers safe: on a real small file system (a tmpfs mounted for the test; skipped only where
mounting is impossible) the reserve is made, released when free space runs low so a real answer still saves in
SQLite, and staff are told in words on the staff home until there is room again. Also: the frame watch moves the
heartbeat's "last frame drawn" forward."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock, local_date
from kiosk.data import migrate
from kiosk.data.device import MB, DeviceProbe
from kiosk.data.engine import sqlite_engine
from kiosk.data.models import CheckInRecord
from kiosk.shell.frame_watch import FrameWatch
from kiosk.staff.view_model import StaffViewModel
from tests.support.qtprops import prop


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 24 MB tmpfs (as root), unmounted afterwards."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m,mode=0700", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode(errors='replace').strip()})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def _fill(folder: Path, leave_mb: int) -> None:
    """Fills the file system until about `leave_mb` MB are free."""
    import shutil

    with open(folder / "filler.bin", "wb") as f:
        try:
            while shutil.disk_usage(folder).free > leave_mb * MB:
                f.write(b"\1" * (64 * 1024))
                f.flush()
        except OSError:  # ENOSPC: full
            pass


def test_the_reserve_is_released_on_a_full_disk_and_answers_still_save(small_disk: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 25, 10, tzinfo=UTC))
    probe = DeviceProbe(small_disk, clock, low_disk_mb=6, reserve_mb=4)
    first = probe.check_disk()
    assert first.reserve_mb == 4 and not first.low and (small_disk / "reserve.bin").stat().st_size == 4 * MB
    engine = sqlite_engine(small_disk / "kiosk.sqlite3")
    migrate.upgrade(engine)
    try:
        _fill(small_disk, leave_mb=0)  # the disk is full to the last block
        def answer() -> None:
            with engine.begin() as conn:
                conn.execute(insert(CheckInRecord), [{
                    "id": uuid.uuid4(), "site": "riverside", "kiosk": "kiosk-1", "answered_at": clock.now(),
                    "local_date": local_date(clock.now(), "Europe/London"), "answer": "yes", "language": "en"}])
        with pytest.raises(Exception, match="full"):  # without the reserve, the answer would be lost
            for _ in range(2000):
                answer()
        state = probe.check_disk()
        assert state.released and state.low and state.reserve_mb == 0
        assert not (small_disk / "reserve.bin").exists() and state.free_mb >= 3
        for _ in range(50):  # answers save again
            answer()
        again = probe.check_disk()
        assert again.low and not again.released  # low until the reserve can be made again: staff keep being told
        (small_disk / "filler.bin").unlink()
        healed = probe.check_disk()
        assert not healed.low and healed.reserve_mb == 4
    finally:
        engine.dispose()


def test_staff_are_told_in_words_while_the_disk_is_low(qtbot: QtBot, kiosk: Kiosk) -> None:
    probe = kiosk.services.get(DeviceProbe.from_services)
    staff = kiosk.staff
    assert isinstance(staff, StaffViewModel)
    probe.low_disk_mb = 10_000_000  # more than any disk here: "low" (device.low_disk_mb, by configuration)
    kiosk.shell.tick()  # the first tick checks the disk (on the database thread)
    qtbot.waitUntil(lambda: "disk is nearly full" in prop(staff, "notices", str))
    assert "Answers still save" in prop(staff, "notices", str)
    probe.low_disk_mb = 10
    assert isinstance(kiosk.clock, ManualClock)
    kiosk.clock.advance(301)
    kiosk.shell.tick()
    qtbot.waitUntil(lambda: prop(staff, "notices", str) == "")


def test_the_frame_watch_moves_the_last_frame_forward(qtbot: QtBot, kiosk: Kiosk) -> None:
    probe = kiosk.services.get(DeviceProbe.from_services)
    qtbot.waitUntil(lambda: kiosk.shell.findChild(FrameWatch) is not None)
    watch = kiosk.shell.findChild(FrameWatch)
    assert isinstance(watch, FrameWatch) and watch.timer.interval() == 30_000
    assert isinstance(kiosk.clock, ManualClock)
    before = probe.health().last_frame_at
    kiosk.clock.advance(30)
    watch.sample()  # what its timer does
    qtbot.waitUntil(lambda: probe.health().last_frame_at != before)
    assert probe.health().last_frame_at == kiosk.clock.now()

