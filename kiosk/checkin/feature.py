"""The check-in: "Did you experience kindness today?" in one tap, the follow-up, and the thank-you.

Screens `checkin`, `followup`, `thanks` (the home screen's big door opens `checkin`); the view model QML sees
as `models.checkin` is made the first time one of them shows. Thread: GUI (install).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.paths import package_qml

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from kiosk.shell.feature_api import FeatureContext

SCREENS = {"checkin": "CheckInView.qml", "followup": "FollowupView.qml", "thanks": "ThanksView.qml"}


def install(ctx: FeatureContext) -> None:
    for name, qml in SCREENS.items():
        ctx.shell.register_screen(name, package_qml(__file__, qml), needs=("checkin",))
    ctx.provide(("checkin",), lambda: _models(ctx))


def _models(ctx: FeatureContext) -> dict[str, QObject]:
    from kiosk.checkin.use_cases import CheckIns
    from kiosk.checkin.view_model import CheckInViewModel

    checkins = ctx.services.get(CheckIns)  # cheap: the store itself opens on the database thread
    return {"checkin": CheckInViewModel(ctx.config, ctx.clock, checkins, ctx.background, ctx.shell)}
