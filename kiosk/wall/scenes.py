"""The kindness wall's screenshot scenes: the home screen with the wall's cards drifting over it, the board,
writing a message (keyboard up), its preview, the thank-you after really sending it, and staff's
moderation queue and poster.

The wall gets the demo's sample messages (once, when it has none). The thank-you is reached by sending a
message through the compose view model — it is stored in the throwaway data folder and waits for staff,
as the wall's default policy says; the drifting cards by letting the home screen sit untouched for a
minute on the kiosk's clock. Animations are awaited by what they move: the keyboard's slide, the fades.
Registered in order by `register` (kiosk.shell.stage explains scenes); production code never imports this
module. Thread: GUI.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.shell.stage import SceneBook, Stage
from kiosk.wall.board_model import ATTRACT_AFTER_SECONDS, WallBoardViewModel
from kiosk.wall.compose_model import WallComposeViewModel
from kiosk.wall.moderation_model import WallModerationViewModel
from kiosk.wall.poster_model import WallPosterViewModel
from kiosk.wall.send_model import WallSendViewModel


def _message() -> str:
    return (QCoreApplication.translate("wall", "Thank you to ") + "Sam at counter 12 for being so patient with my "
            "mum. You made a hard day much easier 😊")


def _seeded(stage: Stage) -> WallBoardViewModel:
    """The sample messages on the wall (once), and the board's first page read."""
    board = stage.model("wall", WallBoardViewModel)
    stage.on_db(board.desk.seed_demo, what="the sample messages")
    cards = board.card_model
    board.refresh()
    stage.wait_until(lambda: cards.is_loaded() and not cards.is_loading(), "the wall's cards to be read")
    return board


def home_attract(stage: Stage) -> None:
    """The home screen after a minute without a touch: recent cards drift over the welcome text."""
    board = _seeded(stage)
    stage.kiosk.shell.goHome()
    stage.let_time_pass(ATTRACT_AFTER_SECONDS)
    stage.kiosk.shell.tick()  # the shell's one-second timer, now rather than within the second
    stage.wait_until(lambda: bool(board.attract), "the wall's cards to come to the home screen")
    stage.wait_for_opacity("home.wallAttract.title", 1.0)
    stage.wait_for_opacity("home.greeting", 0.0)


def board(stage: Stage) -> None:
    wall = _seeded(stage)
    stage.kiosk.shell.openDoor("wall")
    stage.screen_is("wall")
    cards = wall.card_model
    stage.wait_until(lambda: cards.is_loaded() and not cards.is_loading(), "the wall's cards to be read")


def _write(stage: Stage) -> WallComposeViewModel:
    """"Write a message" on the wall, and the message typed."""
    compose = stage.model("wallCompose", WallComposeViewModel)
    stage.kiosk.shell.openDoor("wall")
    stage.screen_is("wall")
    stage.model("wall", WallBoardViewModel).write()
    stage.screen_is("wall.write")
    text = _message()
    compose.setText(text)
    field = stage.item("wall.write.field")
    if field is not None:
        field.setProperty("cursorPosition", len(text))  # where typing leaves it
    return compose


def write(stage: Stage) -> None:
    _write(stage)
    stage.wait_for_keyboard(up=True)


def preview(stage: Stage) -> None:
    _write(stage).showPreview()
    stage.screen_is("wall.preview")
    stage.wait_for_keyboard(up=False)


def sent(stage: Stage) -> None:
    compose = _write(stage)
    compose.showPreview()
    stage.screen_is("wall.preview")
    sending = stage.model("wallSend", WallSendViewModel)
    stage.wait_for(sending.sent, "the message to be stored", compose.send)
    stage.screen_is("wall.sent")
    stage.wait_for_keyboard(up=False)


def moderate(stage: Stage) -> None:
    """Staff tools → Kindness wall messages, the messages waiting for a member of staff."""
    _seeded(stage)
    moderation = stage.model("wallModeration", WallModerationViewModel)
    stage.sign_in_as_staff()
    stage.kiosk.staff.openTool("wall")
    stage.screen_is("wall.moderate")
    moderation.setTab("waiting")
    stage.wait_until(lambda: moderation.tab == "waiting" and moderation.waiting_model.rowCount() > 0,
                     "the messages waiting for staff")


def poster(stage: Stage) -> None:
    """Staff tools → Print a wall poster, made."""
    _seeded(stage)
    wall_poster = stage.model("wallPoster", WallPosterViewModel)
    stage.sign_in_as_staff()
    stage.kiosk.staff.openTool("wall.poster")
    stage.screen_is("wall.poster")
    wall_poster.make()
    stage.wait_until(lambda: not wall_poster.busy and bool(wall_poster.preview), "the poster to be made",
                     timeout=180)


def register(book: SceneBook) -> None:
    book.add("home-wall", home_attract)
    book.add("wall", board)
    book.add("wall-write", write)
    book.add("wall-preview", preview)
    book.add("wall-sent", sent)
    book.add("wall-moderate", moderate)
    book.add("wall-poster", poster)
