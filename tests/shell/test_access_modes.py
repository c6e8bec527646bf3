"""The visitor's accessibility modes (issue 11, items 6 and 7) on the real window: the panel's switches, the theme
following them, reach mode's band (EN 301 549 §8.3: 380–1220 mm above the floor), and all of it ending on idle."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.screenshot_command import scene_book
from kiosk.shell.access_modes import AccessModes
from kiosk.shell.reach import reach_band
from tests.support.qmlhelpers import accessible_answer, must_find, settle, tap
from tests.support.qtkiosk import make_kiosk
from tests.support.text_fit import shown

SCENES = scene_book()
VISITOR_SCENES = ["home", "checkin", "followup", "thanks", "whatson", "listing", "wall", "wall-write", "wall-sent"]


def access(kiosk: Kiosk) -> AccessModes:
    model = kiosk.shell.models["access"]
    assert isinstance(model, AccessModes)
    return model


# -- the rule ------------------------------------------------------------------------------------------------
def test_the_worked_example() -> None:
    """docs/accessibility-modes.md: 700 mm of picture, bottom edge 760 mm up, spans 760–1460 mm."""
    band = reach_band(760, 700)
    assert (band.low_mm, band.high_mm) == (760, 1220)
    assert band.top == pytest.approx(240 / 700) and band.bottom == pytest.approx(1.0)
    assert band.share == pytest.approx(460 / 700) and band.usable and not band.whole_screen


@pytest.mark.parametrize(("bottom", "height", "top", "end"), [
    (400, 700, 0.0, 1.0),          # 400–1100 mm: all of it in reach
    (380, 840, 0.0, 1.0),          # exactly the band
    (200, 1200, 0.15, 0.85),       # a tall screen from near the floor (200–1400 mm): the middle
    (1000, 400, 0.45, 1.0),        # mounted high: only its lowest 220 mm
])
def test_the_band_on_the_screen(bottom: float, height: float, top: float, end: float) -> None:
    band = reach_band(bottom, height)
    assert band.top == pytest.approx(top) and band.bottom == pytest.approx(end)


def test_a_screen_out_of_reach_has_no_band() -> None:
    assert reach_band(1300, 500).share == 0 and not reach_band(1300, 500).usable
    assert not reach_band(1150, 500).usable  # 70 of 500 mm: too little to lay a screen out in
    with pytest.raises(ValueError):
        reach_band(500, 0)


# -- the panel and the theme ----------------------------------------------------------------------------------
def switch(kiosk: Kiosk, name: str) -> None:
    window = kiosk.window.window
    if (not access(kiosk).property("anyOn") and _panel_closed(kiosk)) or _panel_closed(kiosk):
        tap(window, "visitor.access")
    tap(window, name)


def _panel_closed(kiosk: Kiosk) -> bool:
    settle(kiosk.window.window)
    return not any(i.objectName() == "access.largeText" for i in shown(kiosk.window.window.contentItem()))


def test_the_panel_switches_each_mode_at_once(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window.window
    date = must_find(window, "home.date")
    before = date.property("font").pixelSize()
    tap(window, "visitor.access")
    qtbot.waitUntil(lambda: not _panel_closed(kiosk))
    toggle = must_find(window, "access.largeText")
    said = accessible_answer(toggle, lambda i: None if i is None else (i.role(), i.state().checked))
    assert said == (QAccessible.Role.CheckBox, False)
    tap(window, "access.largeText")
    qtbot.waitUntil(lambda: abs(date.property("font").pixelSize() - before * 1.5) <= 1)
    assert access(kiosk).largeText and accessible_answer(toggle, lambda i: i is not None and i.state().checked)
    assert QColor(window.color()).name() == "#fbf4ea"
    tap(window, "access.highContrast")
    qtbot.waitUntil(lambda: QColor(window.color()).name() == "#ffffff")
    assert access(kiosk).highContrast
    tap(window, "access.done")
    qtbot.waitUntil(lambda: _panel_closed(kiosk))
    assert access(kiosk).largeText and access(kiosk).highContrast  # closing keeps them


def test_every_mode_ends_when_the_next_visitor_comes(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    modes = access(kiosk)
    modes.setLargeText(True)
    modes.setHighContrast(True)
    modes.setReach(True)
    clock.advance(kiosk.config.idle_timeout_seconds - 1)
    kiosk.shell.tick()
    assert modes.largeText and modes.highContrast and modes.reach
    clock.advance(1)
    kiosk.shell.tick()
    assert not (modes.largeText or modes.highContrast or modes.reach)
    qtbot.waitUntil(lambda: QColor(kiosk.window.window.color()).name() == "#fbf4ea")


def test_high_contrast_outlines_controls_and_thickens_the_focus_ring(qtbot: QtBot, kiosk: Kiosk) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = kiosk.window.window
    kiosk.window.watch_activity()
    QTest.keyClick(window, Qt.Key.Key_Tab)
    normal_width = float(_visible_ring(kiosk).property("thickness"))
    access(kiosk).setHighContrast(True)
    qtbot.waitUntil(lambda: float(_visible_ring(kiosk).property("thickness")) > normal_width)
    assert float(_visible_ring(kiosk).property("thickness")) == pytest.approx(10) and normal_width == 6


def _visible_ring(kiosk: Kiosk) -> QQuickItem:
    settle(kiosk.window.window)
    rings = [i for i in shown(kiosk.window.window.contentItem()) if i.objectName() == "focusRing"]
    assert len(rings) == 1, f"{len(rings)} focus rings showing"
    return rings[0]


# -- reach ------------------------------------------------------------------------------------------------------
def reach_kiosk(qtbot: QtBot, data_dir: Path, clock: ManualClock, bottom: int, height: int) -> Kiosk:
    config = settings.load(env={"KIOSK_DATA_DIR": str(data_dir)},
                           overrides={"screen.mount_bottom_mm": bottom, "screen.visible_height_mm": height})
    return make_kiosk(qtbot, config, clock, QSize(1080, 1920))


def test_reach_brings_every_control_into_the_band(qtbot: QtBot, data_dir: Path, clock: ManualClock) -> None:
    """760–1460 mm: the screen's top 34 % is out of reach. Every control on every visitor screen (the visitor bar
    included) is laid out below it."""
    kiosk = reach_kiosk(qtbot, data_dir, clock, 760, 700)
    try:
        window = kiosk.window.window
        top = 1920 * 240 / 700
        assert access(kiosk).property("reachFit") == "band"
        out_of_reach = []
        for scene in VISITOR_SCENES:
            kiosk.shell.goHome()
            access(kiosk).setReach(True)
            SCENES.play(scene, kiosk)
            settle(window)
            for item in shown(window.contentItem()):
                if item.inherits("QQuickAbstractButton"):
                    rect = item.mapRectToScene(item.boundingRect())
                    if rect.top() < top - 1 or rect.bottom() > 1920 + 1:
                        out_of_reach.append(f"{scene}: {item.objectName()} at {rect.top():.0f}–{rect.bottom():.0f}")
        assert not out_of_reach, "\n".join(out_of_reach)
        loader = must_find(window, "screenLoader")
        strip = float(window.property("barSpace"))  # the visitor's tools' own strip, above the screen
        assert strip > 0
        assert loader.y() == pytest.approx(top + strip, abs=1)
        assert loader.height() == pytest.approx(1920 - top - strip, abs=1)
        access(kiosk).setReach(False)
        settle(window)
        assert loader.y() == strip and loader.height() == 1920 - strip
    finally:
        kiosk.close()
        gc.collect()


def test_reach_changes_nothing_when_the_whole_screen_is_in_reach(qtbot: QtBot, data_dir: Path,
                                                                 clock: ManualClock) -> None:
    kiosk = reach_kiosk(qtbot, data_dir, clock, 400, 700)
    try:
        window = kiosk.window.window
        tap(window, "visitor.access")
        toggle = must_find(window, "access.reach")
        described = accessible_answer(toggle, lambda i: "" if i is None else i.text(QAccessible.Text.Description))
        assert "already within reach" in described
        before = window.grabWindow()
        tap(window, "access.reach")
        assert access(kiosk).reach
        loader = must_find(window, "screenLoader")
        settle(window)
        strip = float(window.property("barSpace"))
        assert loader.y() == strip and loader.height() == 1920 - strip
        del before
    finally:
        kiosk.close()
        gc.collect()


def test_staff_screens_are_not_moved(qtbot: QtBot, data_dir: Path, clock: ManualClock) -> None:
    kiosk = reach_kiosk(qtbot, data_dir, clock, 760, 700)
    try:
        access(kiosk).setReach(True)
        assert float(access(kiosk).property("reachTop")) > 0.3
        SCENES.play("staff", kiosk)
        assert (access(kiosk).property("reachTop"), access(kiosk).property("reachBottom")) == (0, 1)
    finally:
        kiosk.close()
        gc.collect()
