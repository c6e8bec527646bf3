"""The shell's screenshot scene: the home screen (the welcome, the check-in door and the features' doors).

Registered in order by `register` (kiosk.shell.stage explains scenes); production code never imports this
module. Thread: GUI.
"""

from __future__ import annotations

from kiosk.shell.stage import SceneBook, Stage


def home(stage: Stage) -> None:
    stage.kiosk.shell.goHome()
    stage.screen_is("home")


def register(book: SceneBook) -> None:
    book.add("home", home)
