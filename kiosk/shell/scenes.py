"""The shell's screenshot scenes: the home screen (the welcome, the check-in door and the features' doors), and
the language chooser opened from the visitor's tools bar.

Registered in order by `register` (kiosk.shell.stage explains scenes); production code never imports this
module. Thread: GUI.
"""

from __future__ import annotations

from PySide6.QtCore import QMetaObject

from kiosk.shell.stage import SceneBook, SceneError, Stage


def home(stage: Stage) -> None:
    stage.kiosk.shell.goHome()
    stage.screen_is("home")


def languages(stage: Stage) -> None:
    """The language button tapped on the home screen: the chooser, every language in its own name. (A kiosk that
    offers one language hides the button; the chooser is opened as the button would, showing that one.)"""
    home(stage)
    button = stage.item("language.button")
    if button is None:
        raise SceneError(f"scene {stage.scene!r}: no language button")
    if button.isVisible():
        QMetaObject.invokeMethod(button, "click")  # as a tap does
    else:  # the chooser is made when it first opens (LanguageButton.qml)
        QMetaObject.invokeMethod(button, "openChooser")
    stage.wait_for_opacity("language.chooser", 1.0)


def register(book: SceneBook) -> None:
    book.add("home", home)
    book.add("languages", languages)
