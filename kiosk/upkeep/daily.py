"""The kiosk's own upkeep, timed by the shell's one-second tick and the kiosk's clock (never a sleep):

- every few minutes, the disk (kiosk.data.device.DeviceProbe.check_disk, on the database thread): below
  device.low_disk_mb the reserve file is released so answers still save, and the staff home says so in words
  until there is room again;
- once a day (the first time ten minutes after start), the kiosk's retention (kiosk.data.retention): records
  the central database confirmed, older than retention.kiosk_days, are deleted; unsent ones never are;
- the nightly restart (`kiosk.restart_at`): at that site-local time, once the kiosk has run for an hour and
  nobody is using it (home or sleeping screen, idle), the app quits cleanly — pending writes finish, the sync
  stops — and its systemd service (Restart=always) starts it fresh. Chosen over a second systemd timer: the app
  knows whether someone is mid-answer, a timer does not, and it works the same under any service manager that
  restarts it. Outside systemd (a desktop demo) leave the key empty.
Thread: GUI (the disk check and the retention on the database thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.opening_hours import restart_minute
from kiosk.data.device import DeviceProbe, DiskState
from kiosk.shell.feature_api import StaffAccess
from kiosk.shell.shell_model import ShellViewModel

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported when the first retention runs, not before the first frame
    from kiosk.data.retention import LocalPurge
    from kiosk.data.services import Services

log = logging.getLogger(__name__)

DISK_EVERY = 300.0  # seconds between disk checks
RETENTION_EVERY = 86400.0
RETENTION_FIRST = 600.0  # the first retention run, after start-up has settled
RESTART_AFTER = 3600.0  # the nightly restart never comes within an hour of a start
RESTART_WINDOW = 30  # minutes after kiosk.restart_at within which a busy kiosk may still restart
RESTING = ("home", "sleep")


class Upkeep(QObject):
    def __init__(self, config: Config, clock: Clock, services: Services, background: Background,
                 shell: ShellViewModel, staff: StaffAccess, quit_app: Callable[[], None] | None = None) -> None:
        super().__init__(shell)
        self._config, self._clock, self._services = config, clock, services
        self._background, self._shell, self._staff = background, shell, staff
        self._quit = quit_app or QCoreApplication.quit
        self._started = clock.monotonic()
        self._next_disk = self._started  # at the first tick
        self._next_retention = self._started + RETENTION_FIRST
        self._busy = False
        self.disk: DiskState | None = None
        self.purged: LocalPurge | None = None
        self.restart_asked = False
        shell.ticked.connect(self._ticked)

    @Slot()
    def _ticked(self) -> None:
        now = self._clock.monotonic()
        if not self._busy and now >= self._next_disk:
            self._next_disk = now + DISK_EVERY
            self._run(self._services.get(DeviceProbe.from_services).check_disk, self._disk_checked)
        if not self._busy and now >= self._next_retention:
            self._next_retention = now + RETENTION_EVERY
            self._run(self._retention, self._retained)
        if self._restart_due(now):
            self.restart_asked = True
            log.info("nightly restart (kiosk.restart_at = %s): quitting cleanly", self._config.restart_at)
            self._quit()

    def _run(self, job: Callable[[], object], done: Callable[[object], None]) -> None:
        self._busy = True

        def finished(result: object) -> None:
            self._busy = False
            done(result)

        def failed(error: BaseException) -> None:
            self._busy = False
            log.warning("upkeep job failed: %s", error)

        self._background.op(job).success(finished).failure(failed).run()

    def _retention(self) -> LocalPurge:
        from kiosk.data.retention import purge_local

        c = self._config
        return purge_local(self._services.engine(), self._clock.now(), c.kiosk_days, c.timezone)

    def _retained(self, report: object) -> None:
        from kiosk.data.retention import LocalPurge

        assert isinstance(report, LocalPurge)
        self.purged = report
        if report.total:
            log.info("retention: %d confirmed record(s) older than %d days deleted (%s)", report.total,
                     self._config.kiosk_days, ", ".join(f"{t} {n}" for t, n in report.removed.items()))

    def _disk_checked(self, state: object) -> None:
        assert isinstance(state, DiskState)
        self.disk = state
        if state.released:
            log.warning("disk nearly full (%d MB free): the reserve was released so answers keep saving", state.free_mb)
        if state.low:
            free = state.free_mb
            self._staff.set_notice("disk", lambda: QCoreApplication.translate(
                "upkeep", "The kiosk's disk is nearly full (%1 MB free). Answers still save, but ask IT to free "
                "some space soon.").replace("%1", str(free)))
        else:
            self._staff.set_notice("disk", "")

    def _restart_due(self, now: float) -> bool:
        minute = restart_minute(self._config.restart_at)
        if minute is None or self.restart_asked or now - self._started < RESTART_AFTER:
            return False
        from zoneinfo import ZoneInfo

        local = self._clock.now().astimezone(ZoneInfo(self._config.timezone))
        since = (local.hour * 60 + local.minute - minute) % 1440
        idle = self._shell.idle_seconds() >= self._config.idle_timeout_seconds
        return since < RESTART_WINDOW and idle and self._shell.screen in RESTING and not self._staff.is_active()
