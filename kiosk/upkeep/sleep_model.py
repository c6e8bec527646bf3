"""The sleeping screen: outside the site's opening hours (`site.hours`, with `screen.sleep_when_closed`) the
kiosk shows a dark, calm screen once nobody has touched it for screen.idle_timeout_seconds, and powers the
display down (`screen.display_off`: wlopm under cage, kiosk.upkeep.display_power). A tap wakes it to the home
screen, and it sleeps again after the idle timeout; at opening time it wakes by itself. It sleeps only from the
home screen with staff mode closed, so nobody's flow is cut and no answer is lost (answers are stored as they
are given; the sync and its heartbeats run on their own thread and go on while it sleeps — the heartbeat says
the screen is off). Decided on the shell's one-second tick, by the kiosk's clock. Thread: GUI (the display's
power on the database thread).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QDate, QLocale, QObject, QTime, Signal, Slot

from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.opening_hours import parse_hours
from kiosk.data.device import DeviceProbe
from kiosk.shell.feature_api import StaffAccess
from kiosk.shell.shell_model import ShellViewModel

SCREEN = "sleep"


class SleepViewModel(QObject):
    asleepChanged = Signal()
    opensChanged = Signal()

    def __init__(self, config: Config, clock: Clock, shell: ShellViewModel, staff: StaffAccess, probe: DeviceProbe,
                 power: Callable[[bool], None], parent: QObject | None = None) -> None:
        super().__init__(parent or shell)
        self._config, self._clock, self._shell, self._staff, self._probe = config, clock, shell, staff, probe
        self._power = power
        self._hours = parse_hours(config.hours)
        self._zone = ZoneInfo(config.timezone)
        self._asleep = False
        self._opens: datetime | None = None
        probe.set_screen_on(True)
        if config.sleep_when_closed:
            shell.ticked.connect(self._ticked)
            shell.languageChanged.connect(self.opensChanged)

    def use_hours(self, hours: tuple[str, ...]) -> None:
        """The opening hours from the next check on (site.hours, checked by the config schema): the file's, or
        the site's from the centre (kiosk.core.site_settings), which may change while the kiosk runs."""
        self._hours = parse_hours(hours)

    @Property(bool, notify=asleepChanged)
    def asleep(self) -> bool:
        return self._asleep

    @Property(str, notify=opensChanged)
    def opens(self) -> str:
        """When the site opens again, in words ("Open again on Monday at 09:00"), or "" when it never does."""
        if self._opens is None:
            return ""
        o = self._opens  # in the site's zone already
        locale = QLocale(self._shell.current_language())
        day = locale.toString(QDate(o.year, o.month, o.day), "dddd")
        at = QTime(o.hour, o.minute).toString("HH:mm")  # the 24-hour clock, as site.hours is written
        if self._opens.date() == self._clock.now().astimezone(self._zone).date():
            return self.tr("Open again today at %1").replace("%1", at)
        return self.tr("Open again on %1 at %2").replace("%1", day).replace("%2", at)

    def is_open(self) -> bool:
        return self._hours.is_open(self._clock.now().astimezone(self._zone))

    @Slot()
    def wake(self) -> None:
        """A tap on the sleeping screen: the kiosk for the idle timeout, then asleep again (if still closed)."""
        self._shell.activity()
        self._set_asleep(False)

    @Slot()
    def _ticked(self) -> None:
        if self._asleep:
            if self._shell.screen != SCREEN or self.is_open():  # woken: by opening time, or something else
                self._set_asleep(False)
            return
        idle = self._shell.idle_seconds() >= self._shell.config.idle_timeout_seconds
        if idle and self._shell.screen == "home" and not self._staff.is_active() and not self.is_open():
            self._set_asleep(True)

    def _set_asleep(self, asleep: bool) -> None:
        if asleep == self._asleep:
            return
        self._asleep = asleep
        self._probe.set_screen_on(not asleep)
        if asleep:
            self._opens = self._hours.next_opening(self._clock.now().astimezone(self._zone))
            self.opensChanged.emit()
            self._shell.show(SCREEN)
        elif self._shell.screen == SCREEN:
            self._shell.show("home")
        if self._config.display_off:
            self._power(not asleep)
        self.asleepChanged.emit()
