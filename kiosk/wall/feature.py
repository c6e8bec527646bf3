"""The kindness wall: visitors write thank-you notes on the on-screen keyboard; staff approve them; the
wall shows them as calm cards (and drifts over the home screen when nobody is using the kiosk).

Screens: `wall` (the board), `wall.write`, `wall.preview`, `wall.sent`; staff: `wall.moderate`,
`wall.poster`. Home door `home.wall`. View models for QML: `models.wall` (the board and the attract strip),
`models.wallCompose` (the draft), `models.wallSend` (sending, the thank-you), `models.wallModeration`,
`models.wallPoster`. Thread: GUI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.core.events import SiteSettingsChanged, WallChanged
from kiosk.core.paths import package_qml
from kiosk.shell.language import later

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from sqlalchemy import Connection

    from kiosk.data.services import Services
    from kiosk.shell.feature_api import FeatureContext


SCREENS = {"wall": "WallView.qml", "wall.write": "WallComposeView.qml", "wall.preview": "WallPreviewView.qml",
           "wall.sent": "WallSentView.qml", "wall.moderate": "StaffModerationView.qml",
           "wall.poster": "WallPosterView.qml"}
MODELS = ("wall", "wallCompose", "wallSend", "wallModeration", "wallPoster")


def wire(services: Services) -> None:
    """Pulled wall decisions (approve, hide, pin) update this kiosk's wall state in the pull's transaction."""
    services.on_pull(_apply_pulled)


def _apply_pulled(conn: Connection, rows: list[Mapping[str, Any]]) -> None:
    from kiosk.wall.store import apply_pulled

    apply_pulled(conn, rows)


def install(ctx: FeatureContext) -> None:
    for name, qml in SCREENS.items():
        ctx.shell.register_screen(name, package_qml(__file__, qml), needs=MODELS)
    ctx.shell.add_home_overlay(package_qml(__file__, "WallAttract.qml"), needs=("wall",))
    ctx.shell.add_door("wall", later.translate("wall", "Kindness wall"),
                       later.translate("wall", "Read and write thank-you notes"), "wall")
    ctx.staff.add_tool("wall", later.translate("wall", "Kindness wall messages"), "wall.moderate",
                       later.translate("wall", "Approve, hide or pin visitors' messages"))
    ctx.staff.add_tool("wall.poster", later.translate("wall", "Print a wall poster"), "wall.poster",
                       later.translate("wall", "A4 or A3, of the messages on the wall"))
    ctx.provide(MODELS, lambda: _make_models(ctx))
    ctx.events.subscribe(SiteSettingsChanged, lambda e: _use_policy(ctx, e.config.wall_policy))


def _use_policy(ctx: FeatureContext, policy: str) -> None:
    """The site's settings from the centre: the moderation policy for the next message (the desk is made now if
    no screen has needed it yet, so it never starts from the file's policy afterwards)."""
    from kiosk.wall.desk import WallDesk

    ctx.services.get(WallDesk.from_services).use_policy(policy)


def _make_models(ctx: FeatureContext) -> dict[str, QObject]:
    from kiosk.wall.board_model import DateLabels, WallBoardViewModel, WallCardModel
    from kiosk.wall.compose_model import WallComposeViewModel
    from kiosk.wall.desk import WallDesk
    from kiosk.wall.moderation_model import WallModerationViewModel
    from kiosk.wall.poster_model import WallPosterViewModel
    from kiosk.wall.send_model import WallSendViewModel

    desk = ctx.services.get(WallDesk.from_services)
    board = WallBoardViewModel(ctx.config, ctx.clock, ctx.background, desk, ctx.shell, events=ctx.events)
    sending = WallSendViewModel(ctx.config, ctx.clock, ctx.background, desk, ctx.shell, ctx.events)
    compose = WallComposeViewModel(ctx.config, desk, ctx.shell, sending, ctx.events)
    labels = DateLabels(ctx.config, ctx.clock, ctx.events)  # before the lists that use it hear of a new language
    staff_cards = WallCardModel(ctx.background, desk, labels)
    is_staff = ctx.staff.is_active
    moderation = WallModerationViewModel(ctx.background, desk, ctx.shell, staff_cards, labels,
                                         is_staff, ctx.events)
    staff_cards.setParent(moderation)
    poster = WallPosterViewModel(ctx.config, ctx.clock, ctx.background, desk, ctx.shell, is_staff, ctx.events)
    board.on_write(compose.start)
    ctx.events.subscribe(WallChanged, lambda _e: board.refresh())  # a message approved, hidden, pulled …
    return {"wall": board, "wallCompose": compose, "wallSend": sending, "wallModeration": moderation,
            "wallPoster": poster}
