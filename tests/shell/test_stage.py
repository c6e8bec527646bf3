"""The scene API (kiosk.shell.stage): waits end on a condition or a signal and fail with the scene's name;
`settle` waits for animations and pictures; the book keeps the scene modules' order."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtGui import QGuiApplication as QApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock, SystemClock
from kiosk.shell.stage import SceneBook, SceneError, Stage, collect


def stage_on(window: QQuickWindow | None = None, clock: Any = None, scene: str = "a-scene") -> Stage:
    """A stage over just the parts a helper uses (a window, a clock, staff mode off)."""
    kiosk = SimpleNamespace(window=SimpleNamespace(window=window, models={}), clock=clock,
                            staff=SimpleNamespace(active=False))
    return Stage(cast(Kiosk, kiosk), scene)


class Ping(QObject):
    pinged = Signal(str)


def test_wait_until_returns_as_soon_as_the_condition_holds(qapp: QApplication) -> None:
    done: list[bool] = []
    QTimer.singleShot(50, lambda: done.append(True))
    started = time.monotonic()
    stage_on().wait_until(lambda: bool(done), "the timer")
    assert done and time.monotonic() - started < 5


def test_a_wait_that_never_ends_names_the_scene_and_what_it_waited_for(qapp: QApplication) -> None:
    with pytest.raises(SceneError, match=r"scene 'wall-sent': gave up after 0.2 s waiting for the message"):
        stage_on(scene="wall-sent").wait_until(lambda: False, "the message", timeout=0.2)


def test_an_error_while_checking_is_reported_with_the_scene(qapp: QApplication) -> None:
    with pytest.raises(SceneError, match=r"scene 'listing': checking for the list failed: boom"):
        stage_on(scene="listing").wait_until(lambda: _raise("boom"), "the list")


def _raise(message: str) -> bool:
    raise ValueError(message)


def test_wait_for_runs_the_action_and_returns_the_signal_arguments(qapp: QApplication) -> None:
    ping = Ping()
    args = stage_on().wait_for(ping.pinged, "the ping", lambda: QTimer.singleShot(20, lambda: ping.pinged.emit("hi")))
    assert args == ("hi",)
    with pytest.raises(SceneError, match="waiting for the second ping"):
        stage_on().wait_for(ping.pinged, "the second ping", timeout=0.2)


def test_let_time_pass_moves_a_manual_clock_and_refuses_the_system_clock() -> None:
    clock = ManualClock()
    before = clock.monotonic()
    stage_on(clock=clock).let_time_pass(4.0)
    assert clock.monotonic() == before + 4.0
    with pytest.raises(SceneError, match="needs a clock that can be moved on"):
        stage_on(clock=SystemClock(), scene="thanks").let_time_pass(4.0)


def test_staff_mode_needs_a_scene_module_that_provides_the_sign_in() -> None:
    with pytest.raises(SceneError, match=r"scene 'wall-moderate' needs staff mode.*kiosk.staff.scenes"):
        stage_on(scene="wall-moderate").sign_in_as_staff()


def test_the_book_keeps_the_order_refuses_twins_and_names_the_scenes_it_has() -> None:
    played: list[str] = []

    def first(book: SceneBook) -> None:
        book.add("b", lambda s: played.append("b"))
        book.add("a", lambda s: played.append("a"))

    def second(book: SceneBook) -> None:
        book.add("c", lambda s: played.append("c"))

    book = collect([first, second])
    assert book.names == ["b", "a", "c"]
    assert book.only(["c", "b"]).names == ["b", "c"]
    with pytest.raises(ValueError, match="two scenes are called 'a'"):
        book.add("a", lambda s: None)
    with pytest.raises(SceneError, match=r"no scene called 'zz'; the scenes are: b, a, c"):
        book.only(["zz"])


FADE_QML = b"""
import QtQuick
Window {
    width: 200; height: 120; visible: true; color: "white"
    Rectangle {
        objectName: "box"; anchors.fill: parent; color: "black"
        opacity: 0
        Component.onCompleted: opacity = 1
        Behavior on opacity { NumberAnimation { duration: 600 } }
    }
    Image { objectName: "picture"; source: "%s"; asynchronous: true; width: 50; height: 50 }
}
"""


@pytest.fixture
def fading_window(qapp: QApplication, tmp_path: Path) -> Iterator[QQuickWindow]:
    picture = tmp_path / "big.png"
    image = QImage(3000, 3000, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    image.save(str(picture))
    engine = QQmlApplicationEngine()
    engine.loadData(FADE_QML.replace(b"%s", picture.as_uri().encode()))
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    yield window
    window.close()
    engine.deleteLater()


def test_settle_waits_for_a_fade_and_a_picture_to_finish(fading_window: QQuickWindow) -> None:
    stage = stage_on(fading_window)
    box = fading_window.findChild(QQuickItem, "box")
    assert box is not None and box.opacity() < 1  # just started: the wait below has something to wait for
    stage.settle()
    assert box.opacity() == 1.0
    assert stage.opacity("box") == 1.0
    assert not stage.images_loading()
    centre = fading_window.grabWindow().pixelColor(150, 100)
    assert centre == QColor("black"), centre.name()


def test_wait_for_opacity_follows_an_item_and_its_parents(fading_window: QQuickWindow) -> None:
    stage = stage_on(fading_window)
    stage.wait_for_opacity("box", 1.0)
    assert stage.opacity("box") == 1.0
    assert stage.opacity("nothing-called-this") is None
