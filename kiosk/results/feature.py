"""Results in staff mode: the staff tool "Results" (the kindness rate at a glance, the last 8 weeks, follow-ups,
the staff pulse when it is wired, open alerts with Acknowledge, and "Save a report"). Results are never on a
visitor screen. The alert rules are checked on the database thread each time the screen opens (no e-mail from
the kiosk's screen: that is `kiosk results alerts --evaluate`, run by a timer).

Screen `results`; view model for QML: `models.results`, made the first time the screen shows. Nothing of the
results is imported before the first frame: this module imports no Qt and no SQL at module level.
The service (`ResultsService.from_services`) brings this kiosk's alerts (`services.get(Alerts.from_services)`);
the staff pulse is an optional provider (`ResultsService.pulse`, a small Protocol in kiosk.results.service).
Thread: GUI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.paths import package_qml

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from kiosk.results.service import ResultsService
    from kiosk.shell.feature_api import FeatureContext

SCREEN = "results"
MODELS = ("results",)


def install(ctx: FeatureContext) -> None:
    from kiosk.shell.language import later

    ctx.shell.register_screen(SCREEN, package_qml(__file__, "ResultsView.qml"), needs=MODELS)
    ctx.staff.add_tool("results", later.translate("results", "Results"), SCREEN,
                       later.translate("results", "How many visitors experienced kindness, week by week"))
    ctx.provide(MODELS, lambda: _make_models(ctx))


def _make_models(ctx: FeatureContext) -> dict[str, QObject]:
    from kiosk.results.view_model import ResultsViewModel

    services = ctx.services

    def service() -> ResultsService:  # on the database thread: opening the store may migrate it
        from kiosk.results.service import ResultsService

        return services.get(ResultsService.from_services)

    return {"results": ResultsViewModel(service, ctx.background, ctx.shell, ctx.staff.is_active, ctx.events)}
