"""The device's health as a heartbeat reports it, and the disk reserve that keeps answers safe on a full disk.

`DeviceProbe` is one per process (`services.get(DeviceProbe.from_services)`): the screen records what it
does (`frame_drawn`, `set_screen_on`) and the sync cycle reads a `DeviceHealth` snapshot for each heartbeat —
free disk where the store lives, memory available to programs (/proc/meminfo's MemAvailable), when the app
last drew a frame and whether the screen is on (False: asleep outside opening hours). Simple attribute writes
and reads, safe from any thread.

The reserve: a file (`reserve.bin`, device.reserve_mb) written in the data folder while there is room. When
free space falls below device.low_disk_mb, `check_disk()` deletes it, so SQLite has room to keep saving
answers (a check-in is a few hundred bytes: 64 MB is hundreds of thousands), and says so — `DiskState.low` —
for the staff home's notice. It is made again once there is room for it and the low-disk margin.
Thread: any (the disk check runs on the database thread; `frame_drawn` may come from the render thread).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.clock import Clock

if TYPE_CHECKING:
    from kiosk.data.services import Services

MB = 1024 * 1024
RESERVE_FILE = "reserve.bin"
_CHUNK = 1 * MB


@dataclass(frozen=True)
class DeviceHealth:
    """What a heartbeat says about the device (None: not known here)."""

    disk_free_mb: int | None
    memory_free_mb: int | None
    last_frame_at: datetime | None
    screen_on: bool | None


@dataclass(frozen=True)
class DiskState:
    free_mb: int
    low: bool  # below device.low_disk_mb, or the reserve is spent (staff are told until it is made again)
    reserve_mb: int  # how much the reserve holds now
    released: bool = False  # this check released it


def memory_available_mb(meminfo: Path = Path("/proc/meminfo")) -> int | None:
    """MemAvailable in MB (what programs can still use without swapping), or None where it is not told."""
    try:
        for line in meminfo.read_text(encoding="ascii").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def disk_free_mb(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free // MB
    except OSError:
        return None


class DeviceProbe:
    def __init__(self, data_dir: Path, clock: Clock, *, low_disk_mb: int = 200, reserve_mb: int = 64) -> None:
        self.data_dir, self.clock = data_dir, clock
        self.low_disk_mb, self.reserve_mb = low_disk_mb, reserve_mb
        self._last_frame: datetime | None = None
        self._screen_on: bool | None = None
        self.disk: DiskState | None = None  # the last check_disk()

    @classmethod
    def from_services(cls, services: Services) -> DeviceProbe:
        c = services.config
        return cls(services.path.parent, services.clock, low_disk_mb=c.low_disk_mb, reserve_mb=c.reserve_mb)

    # -- what the screen tells ---------------------------------------------------------------------------
    def frame_drawn(self) -> None:
        self._last_frame = self.clock.now()

    def set_screen_on(self, on: bool) -> None:
        self._screen_on = on

    @property
    def screen_on(self) -> bool | None:
        return self._screen_on

    def health(self) -> DeviceHealth:
        return DeviceHealth(disk_free_mb=disk_free_mb(self.data_dir), memory_free_mb=memory_available_mb(),
                            last_frame_at=self._last_frame, screen_on=self._screen_on)

    # -- the reserve (database thread) -------------------------------------------------------------------
    @property
    def reserve_path(self) -> Path:
        return self.data_dir / RESERVE_FILE

    def check_disk(self) -> DiskState:
        """Releases the reserve when free space is low; makes it (again) when there is room for it and the
        margin. Never raises: a disk that cannot be read counts as not low."""
        free = disk_free_mb(self.data_dir)
        held = self._reserve_size()
        released = False
        if free is None:
            state = DiskState(free_mb=0, low=False, reserve_mb=held)
        else:
            if free < self.low_disk_mb and held:
                self.reserve_path.unlink(missing_ok=True)
                released, held = True, 0
                free = disk_free_mb(self.data_dir) or free
            elif held < self.reserve_mb and free >= self.low_disk_mb + self.reserve_mb - held:
                held = self._make_reserve()
                free = disk_free_mb(self.data_dir) or free
            # Low while free space is short or the reserve is spent and cannot be made again.
            low = free < self.low_disk_mb or (self.reserve_mb > 0 and held < self.reserve_mb)
            state = DiskState(free_mb=free, low=low, reserve_mb=held, released=released)
        self.disk = state
        return state

    def _reserve_size(self) -> int:
        try:
            return self.reserve_path.stat().st_size // MB
        except OSError:
            return 0

    def _make_reserve(self) -> int:
        """Makes the reserve file with real blocks (fallocate; not a sparse file: it must hold the space). A
        failure (no room) leaves no partial file behind."""
        tmp = self.reserve_path.with_suffix(".tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                try:
                    os.posix_fallocate(fd, 0, self.reserve_mb * MB)  # real blocks, at once
                except OSError as e:
                    if e.errno not in (errno.EOPNOTSUPP, errno.EINVAL):
                        raise
                    block = b"\0" * _CHUNK  # a file system without fallocate: write them
                    for _ in range(self.reserve_mb):
                        os.write(fd, block)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.reserve_path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            return self._reserve_size()
        return self.reserve_mb
