"""The kindness wall: visitors write thank-you notes on the on-screen keyboard; staff approve them; the
wall shows them as calm cards (and drifts over the home screen when nobody is using the kiosk).

Screens: `wall` (the board), `wall.write`, `wall.preview`, `wall.sent`; staff: `wall.moderate`,
`wall.poster`. Home door `home.wall`. View models for QML: `models.wall` (the board and the attract strip),
`models.wallCompose`, `models.wallModeration`, `models.wallPoster`. Thread: GUI.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtQuick import QQuickItem

from kiosk.core.paths import package_qml
from kiosk.shell.language import later
from kiosk.wall.board_model import DateLabels, WallBoardViewModel, WallCardModel
from kiosk.wall.compose_model import WallComposeViewModel
from kiosk.wall.desk import WallDesk
from kiosk.wall.moderation_model import WallModerationViewModel
from kiosk.wall.poster_model import WallPosterViewModel

if TYPE_CHECKING:
    from kiosk.app import FeatureContext, Kiosk


def install(ctx: FeatureContext) -> dict[str, QObject]:
    desk = WallDesk(ctx.store, ctx.config, ctx.clock)
    board = WallBoardViewModel(ctx.config, ctx.clock, ctx.background, desk, ctx.shell)
    compose = WallComposeViewModel(ctx.config, ctx.clock, ctx.background, desk, ctx.shell)
    staff_cards = WallCardModel(ctx.background, desk, DateLabels(ctx.config, ctx.clock))
    def is_staff() -> bool:
        return bool(ctx.staff.property("active"))

    moderation = WallModerationViewModel(ctx.background, desk, ctx.shell, board.card_model, staff_cards,
                                         DateLabels(ctx.config, ctx.clock), is_staff)
    staff_cards.setParent(moderation)
    poster = WallPosterViewModel(ctx.config, ctx.clock, ctx.background, desk, ctx.shell, is_staff)
    board.on_write(compose.start)
    compose.on_sent(lambda outcome: board.refresh() if outcome == "approved" else None)

    for name, qml in (("wall", "WallView.qml"), ("wall.write", "WallComposeView.qml"),
                      ("wall.preview", "WallPreviewView.qml"), ("wall.sent", "WallSentView.qml"),
                      ("wall.moderate", "StaffModerationView.qml"), ("wall.poster", "WallPosterView.qml")):
        ctx.shell.register_screen(name, package_qml(__file__, qml))
    ctx.shell.add_home_overlay(package_qml(__file__, "WallAttract.qml"))
    ctx.shell.add_door("wall", later.translate("wall", "Kindness wall"),
                       later.translate("wall", "Read and write thank-you notes"), "wall")
    ctx.staff.add_tool("wall", later.translate("wall", "Kindness wall messages"), "wall.moderate",
                       later.translate("wall", "Approve, hide or pin visitors' messages"))
    ctx.staff.add_tool("wall.poster", later.translate("wall", "Print a wall poster"), "wall.poster",
                       later.translate("wall", "A4 or A3, of the messages on the wall"))
    return {"wall": board, "wallCompose": compose, "wallModeration": moderation, "wallPoster": poster}


# -- screenshots (kiosk.shell.screenshots.STEPS) ----------------------------------------------------------------

def _wait(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    """Lets work come back from the database thread (screenshots and tests only)."""
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    QCoreApplication.processEvents()


def _models(kiosk: Kiosk) -> tuple[WallBoardViewModel, WallComposeViewModel, WallModerationViewModel,
                                   WallPosterViewModel]:
    m = kiosk.window.models
    board, compose, moderation, poster = m["wall"], m["wallCompose"], m["wallModeration"], m["wallPoster"]
    assert isinstance(board, WallBoardViewModel) and isinstance(compose, WallComposeViewModel)
    assert isinstance(moderation, WallModerationViewModel) and isinstance(poster, WallPosterViewModel)
    return board, compose, moderation, poster


def _seeded(kiosk: Kiosk) -> None:
    """The sample messages (once), so the wall is not empty in the pictures."""
    board, *_ = _models(kiosk)
    desk = board.desk
    future = kiosk.background.op(desk.seed_demo).run()
    _wait(future.done)
    board.card_model.refresh()
    _wait(lambda: board.card_model.is_loaded() and not board.card_model.is_loading())


def _pause(seconds: float) -> None:
    """Lets an animation finish (the keyboard's slide, a fade)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _keyboard_up(kiosk: Kiosk) -> None:
    window = kiosk.window.window
    _wait(lambda: float(window.property("keyboardTop")) < window.height() - 1, timeout=5)
    _pause(0.4)


def shot_wall(kiosk: Kiosk) -> None:
    _seeded(kiosk)
    kiosk.shell.show("wall")
    board, *_ = _models(kiosk)
    _wait(lambda: board.card_model.is_loaded() and not board.card_model.is_loading())


def shot_write(kiosk: Kiosk) -> None:
    _, compose, *_ = _models(kiosk)
    compose.start()
    compose.setText(QCoreApplication.translate("wall", "Thank you to ") + "Sam at counter 12 for being so patient "
                    "with my mum. You made a hard day much easier 😊")
    field = _item(kiosk, "wall.write.field")
    if field is not None:
        field.setProperty("cursorPosition", len(str(compose.property("text"))))
    _keyboard_up(kiosk)


def shot_preview(kiosk: Kiosk) -> None:
    _, compose, *_ = _models(kiosk)
    if not compose.text:
        compose.setText("Thank you to Sam at counter 12 for being so patient with my mum 😊")
    compose.showPreview()
    _pause(0.4)  # the keyboard slides away


def shot_sent(kiosk: Kiosk) -> None:
    _, compose, *_ = _models(kiosk)
    compose._finish("pending")  # screenshots only: the thank-you as after a message went to staff
    kiosk.shell.show("wall.sent")


def _as_staff(kiosk: Kiosk) -> None:
    kiosk.staff._active = True  # screenshots only: what staff see after the right PIN


def shot_moderate(kiosk: Kiosk) -> None:
    _seeded(kiosk)
    _as_staff(kiosk)
    _, _, moderation, _ = _models(kiosk)
    moderation.setTab("waiting")
    kiosk.shell.show("wall.moderate")
    _wait(lambda: moderation.waiting_model.rowCount() > 0)


def shot_poster(kiosk: Kiosk) -> None:
    _seeded(kiosk)
    _as_staff(kiosk)
    *_, poster = _models(kiosk)
    kiosk.shell.show("wall.poster")
    poster.make()
    _wait(lambda: not poster.busy, timeout=60)
    _wait(lambda: _image_ready(kiosk), timeout=5)


def _item(kiosk: Kiosk, name: str) -> QQuickItem | None:
    stack: list[QQuickItem] = [kiosk.window.window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName() == name:
            return item
        stack.extend(item.childItems())
    return None


def _image_ready(kiosk: Kiosk) -> bool:
    image = _item(kiosk, "wall.poster.preview")
    return image is None or float(image.property("progress")) >= 1.0


def shot_home_attract(kiosk: Kiosk) -> None:
    _seeded(kiosk)
    board, *_ = _models(kiosk)
    kiosk.shell.show("home")
    board.show_attract_now()  # as after a minute without a touch
    _pause(1.0)  # the strip fades in
