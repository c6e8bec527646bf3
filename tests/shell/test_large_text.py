"""Large text (issue 11, item 6): every text on every visitor screen grows, and nothing is cut off, runs into its
neighbours or leaves the window, in both orientations; touch targets and text stay big enough. Staff screens
keep their size. The check itself is tried on a text that does not fit, so it is known to fail when it should."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from kiosk.screenshot_command import scene_book, seed_listings
from kiosk.shell.access_modes import AccessModes
from tests.support.qmlhelpers import settle
from tests.support.qtkiosk import make_kiosk
from tests.support.text_fit import cut_off_texts, shown

SCENES = scene_book()
STAFF_SCENES = {"wall-moderate", "wall-poster", "results"}
# Every visitor screen the scenes reach. (home-wall comes after a minute untouched: the next visitor's, plain.)
VISITOR_SCENES = [n for n in SCENES.names if not n.startswith("staff") and n not in STAFF_SCENES | {"home-wall"}]
SIZES = [QSize(1080, 1920), QSize(1920, 1080)]


def access(kiosk: Kiosk) -> AccessModes:
    model = kiosk.shell.models["access"]
    assert isinstance(model, AccessModes)
    return model


@pytest.fixture(params=SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def large_kiosk(request: pytest.FixtureRequest, qtbot: QtBot, config: Config, clock: ManualClock) -> Iterator[Kiosk]:
    seed_listings(config, clock)  # the demo's week of listings, as the screenshots show: real lengths of words
    k = make_kiosk(qtbot, config, clock, request.param)
    yield k
    k.close()
    gc.collect()


def in_large_text(kiosk: Kiosk, scene: str) -> None:
    kiosk.shell.goHome()
    access(kiosk).setLargeText(True)
    SCENES.play(scene, kiosk)
    assert access(kiosk).textScale == 1.5, f"{scene} is not a visitor screen"


def test_visitor_scenes_are_found() -> None:
    assert {"home", "checkin", "followup", "thanks", "whatson", "listing", "wall", "wall-write"} <= set(VISITOR_SCENES)


def test_no_text_is_cut_off_in_large_text(large_kiosk: Kiosk) -> None:
    problems = []
    for scene in VISITOR_SCENES:
        in_large_text(large_kiosk, scene)
        problems += [f"{scene}: {p}" for p in cut_off_texts(large_kiosk.window.window)]
    assert not problems, "\n".join(problems)


def test_large_text_keeps_targets_and_text_big_enough(large_kiosk: Kiosk) -> None:
    """At the kiosk's sizes: every control at least 88 px (the kiosk's own minimum) and every text at least 42
    px (28 px, the smallest, grown 1.5 times)."""
    window = large_kiosk.window.window
    problems = []
    for scene in VISITOR_SCENES:
        in_large_text(large_kiosk, scene)
        settle(window)
        for item in shown(window.contentItem()):
            button = item.inherits("QQuickAbstractButton") and item.objectName() != "notice"
            if button and (item.height() < 88 or item.width() < 88):
                problems.append(f"{scene}: {item.objectName()} {item.width():.0f} x {item.height():.0f}")
            size = item.property("font").pixelSize() if item.inherits("QQuickText") and item.property("text") else 42
            if size < 42:
                problems.append(f"{scene}: {item.property('text')!r} {size} px")
    assert not problems, "\n".join(problems)


def test_targets_are_at_least_44_px_at_the_smallest_window(qtbot: QtBot, config: Config, clock: ManualClock) -> None:
    """WCAG 2.5.5: 44 px targets, in large text, at 720 x 1280 (the smallest window the kiosk supports)."""
    kiosk = make_kiosk(qtbot, config, clock, QSize(720, 1280))
    try:
        window = kiosk.window.window
        qtbot.waitUntil(lambda: abs(float(window.property("u")) - 720 / 1080) < 1e-6)
        small = []
        for scene in VISITOR_SCENES:
            in_large_text(kiosk, scene)
            settle(window)
            small += [f"{scene}: {i.objectName()} {i.width():.0f} x {i.height():.0f}"
                      for i in shown(window.contentItem())
                      if i.inherits("QQuickAbstractButton") and (i.width() < 44 or i.height() < 44)]
        assert not small, "\n".join(small)
    finally:
        kiosk.close()
        gc.collect()


def test_every_text_grows_and_staff_screens_keep_their_size(kiosk: Kiosk) -> None:
    window = kiosk.window.window
    settle(window)
    title = next(i for i in shown(window.contentItem()) if i.objectName() == "home.date")
    before = title.property("font").pixelSize()
    access(kiosk).setLargeText(True)
    settle(window)
    assert title.property("font").pixelSize() == pytest.approx(before * 1.5, abs=1)
    SCENES.play("staff", kiosk)
    assert access(kiosk).textScale == 1.0 and access(kiosk).largeText  # still on: back for the visitor screens
    kiosk.staff.leave()
    kiosk.shell.goHome()
    assert access(kiosk).textScale == 1.5


PROBE = b"""
import QtQuick
import Kiosk
Column {
    width: 300
    KioskText {
        objectName: "probe.elided"; width: 200; text: "a line far too long to fit in this box"; elide: Text.ElideRight
    }
    KioskText {
        objectName: "probe.tall"; width: 200; height: 40; wrapMode: Text.WordWrap
        text: "words that wrap onto several lines here"
    }
    KioskText { objectName: "probe.fine"; width: 280; wrapMode: Text.WordWrap; text: "fits" }
    KioskText { objectName: "probe.outside"; x: -500; text: "off the left edge" }
    KioskText { objectName: "probe.over"; text: "over the next"; height: 10 }
    KioskText { objectName: "probe.under"; text: "under the last" }
}
"""


def test_the_check_finds_elided_overflowing_and_outside_text(kiosk: Kiosk) -> None:
    engine = kiosk.window.engine
    component = QQmlComponent(engine)
    component.setData(PROBE, engine.baseUrl())
    probe = component.create()
    assert isinstance(probe, QQuickItem), component.errorString()
    window = kiosk.window.window
    screen = next(i for i in shown(window.contentItem()) if i.objectName() == "screenLoader")
    screen.setVisible(False)  # the probe alone (and the visitor bar, top right)
    probe.setParentItem(window.contentItem())
    try:
        report = "\n".join(cut_off_texts(kiosk.window.window))
        assert "probe.elided 'a line far too long" in report and "elided" in report, report
        assert "probe.tall 'words that wrap" in report and "px of text in a box 40 px tall" in report, report
        assert "probe.outside 'off the left edge': outside the window" in report, report
        assert "probe.over 'over the next' and probe.under 'under the last' overlap" in report, report
        assert not any(line.startswith("probe.fine") for line in report.splitlines()), report
    finally:
        probe.setVisible(False)
        probe.deleteLater()
