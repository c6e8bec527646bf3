"""The kiosk looking after itself (kiosk.upkeep): the sleeping screen outside opening hours, the daily retention,
the disk reserve with its staff notice, and the nightly restart. No door and no staff tool: it installs a
screen (`sleep`, which the idle timeout leaves alone) and two small objects that follow the shell's tick, made
once the first frame is up (kiosk.shell.first_frame). Thread: GUI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.paths import package_qml

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QObject

    from kiosk.shell.feature_api import FeatureContext

SLEEP_SCREEN = "sleep"  # kiosk.upkeep.sleep_model.SCREEN (not imported before the first frame)


def install(ctx: FeatureContext) -> None:
    """The sleeping screen now; its clock and the daily upkeep once the first frame is up (nothing of either
    is drawn before: the kiosk never starts asleep, and the first disk check is due at the first tick)."""
    ctx.shell.register_screen(SLEEP_SCREEN, package_qml(__file__, "SleepView.qml"), needs=("sleep",),
                              stays_when_idle=True)
    made: list[QObject] = []

    def sleep_model() -> dict[str, QObject]:
        if not made:
            made.append(_sleep_model(ctx))
        return {"sleep": made[0]}

    # Offered to QML only when the sleeping screen first shows: the window binds to nothing of it before.
    ctx.provide(("sleep",), sleep_model)
    ctx.shell.first_frame.after(lambda: _start(ctx, sleep_model))


def _start(ctx: FeatureContext, sleep_model: Callable[[], dict[str, QObject]]) -> None:
    from kiosk.upkeep.daily import Upkeep

    sleep_model()  # made now, not offered yet: it decides when to sleep, on the tick, from the start
    Upkeep(ctx.config, ctx.clock, ctx.services, ctx.background, ctx.shell, ctx.staff)  # kept by the shell (parent)


def _sleep_model(ctx: FeatureContext) -> QObject:
    from kiosk.core.events import SiteSettingsChanged
    from kiosk.data.device import DeviceProbe
    from kiosk.upkeep.sleep_model import SleepViewModel

    def power(on: bool) -> None:
        from kiosk.upkeep.display_power import set_display

        ctx.background.op(set_display, on).run()

    probe = ctx.services.get(DeviceProbe.from_services)
    sleep = SleepViewModel(ctx.config, ctx.clock, ctx.shell, ctx.staff, probe, power)
    ctx.events.subscribe(SiteSettingsChanged, lambda e: sleep.use_hours(e.config.hours))  # the centre's hours
    return sleep
