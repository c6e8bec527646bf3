"""The kiosk looking after itself (kiosk.upkeep): the sleeping screen outside opening hours, the daily retention,
the disk reserve with its staff notice, and the nightly restart. No door and no staff tool: it installs a
screen (`sleep`, which the idle timeout leaves alone) and two small objects that follow the shell's tick.
Thread: GUI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.paths import package_qml

if TYPE_CHECKING:
    from kiosk.shell.feature_api import FeatureContext

IMPORTS = ("kiosk.data.device", "kiosk.upkeep.daily", "kiosk.upkeep.sleep_model")  # what install imports (kiosk.app)


def install(ctx: FeatureContext) -> None:
    from kiosk.data.device import DeviceProbe
    from kiosk.upkeep.daily import Upkeep
    from kiosk.upkeep.sleep_model import SCREEN, SleepViewModel

    probe = ctx.services.get(DeviceProbe.from_services)

    def power(on: bool) -> None:
        from kiosk.upkeep.display_power import set_display

        ctx.background.op(set_display, on).run()

    ctx.shell.register_screen(SCREEN, package_qml(__file__, "SleepView.qml"), needs=("sleep",),
                              stays_when_idle=True)
    # Made now (it decides when to sleep, on the tick, from the start), but offered to QML only when the sleeping
    # screen first shows: before the first frame the window binds to nothing of it.
    sleep = SleepViewModel(ctx.config, ctx.clock, ctx.shell, ctx.staff, probe, power)
    from kiosk.core.events import SiteSettingsChanged

    ctx.events.subscribe(SiteSettingsChanged, lambda e: sleep.use_hours(e.config.hours))  # the centre's hours
    ctx.provide(("sleep",), lambda: {"sleep": sleep})
    Upkeep(ctx.config, ctx.clock, ctx.services, ctx.background, ctx.shell, ctx.staff)  # kept by the shell (parent)
