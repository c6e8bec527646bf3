"""The What's on screens full of the demo's listings (and empty on a Sunday evening), in both orientations,
reached through the same scenes as `kiosk screenshots`: every control named with a role, big enough, and no
named text cut off at the window's edge. (tests/shell/test_screens.py checks the same screens with no listings.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.screenshot_command import scene_book
from tests.shell.test_screens import INTERACTIVE_ROLES, is_control
from tests.support.qmlhelpers import walk
from tests.support.whatson_support import (
    SUNDAY_7PM,
    TUESDAY_10AM,
    demo_week,
    detail_part,
    kiosk_with,
    london,
    settle,
    whatson,
)

SIZES = [QSize(1080, 1920), QSize(1920, 1080)]
SCREENS = ["whatson", "whatson-week", "whatson-open", "listing"]
SCENES = scene_book()


@pytest.fixture(params=[(s, m) for s in SIZES for m in (TUESDAY_10AM, SUNDAY_7PM)],
                ids=lambda p: f"{p[0].width()}x{p[0].height()}-{p[1]:%a}")
def full_kiosk(request: pytest.FixtureRequest, qtbot: QtBot, config: settings.Config) -> Iterator[Kiosk]:
    size, moment = request.param
    k = kiosk_with(qtbot, config, london(moment), demo_week(moment.date()), size=size)
    yield k
    k.close()


def shown(kiosk: Kiosk) -> list[QQuickItem]:
    window = kiosk.window.window
    settle(window)
    return [i for i in walk(window.contentItem()) if i.isVisible() and i.opacity() > 0]


def inside_clip(item: QQuickItem) -> bool:
    r = item.mapRectToScene(item.boundingRect())
    parent = item.parentItem()
    while parent is not None:
        if parent.clip() and not parent.mapRectToScene(parent.boundingRect()).intersects(r):
            return False
        parent = parent.parentItem()
    return True


@pytest.mark.parametrize("screen", SCREENS)
def test_full_screens_are_accessible_big_enough_and_not_cut_off(full_kiosk: Kiosk, screen: str) -> None:
    SCENES.play(screen, full_kiosk)
    assert full_kiosk.shell.screen == ("listing" if screen == "listing" else "whatson")
    window = full_kiosk.window.window
    items = shown(full_kiosk)
    controls = [i for i in items if is_control(i)]
    cards = [i for i in controls if i.objectName().startswith(("whatson.entry.", "whatson.space."))]
    if screen != "listing":
        assert cards, f"no listing cards on {screen}"
    for item in controls:
        iface = QAccessible.queryAccessibleInterface(item)
        assert iface is not None, item.objectName()
        assert iface.text(QAccessible.Text.Name).strip(), item.objectName()
        assert iface.role() in INTERACTIVE_ROLES, (item.objectName(), iface.role())
        assert item.objectName(), iface.text(QAccessible.Text.Name)
        assert item.height() >= 88 and item.width() >= 88, (screen, item.objectName(), item.size())
    for item in items:
        if item.inherits("QQuickText") and item.property("text"):
            assert item.property("font").pixelSize() >= 28, (screen, item.property("text"))
            if item.objectName() and inside_clip(item):
                r = item.mapRectToScene(item.boundingRect())
                assert r.left() >= 0 and r.top() >= 0, (item.objectName(), r)
                assert r.right() <= window.width() and r.bottom() <= window.height(), (item.objectName(), r)
    # the cards on screen sit inside the window's width: nothing runs off the side
    for card in cards:
        if inside_clip(card):
            r = card.mapRectToScene(card.boundingRect())
            assert r.left() >= 0 and r.right() <= window.width(), (card.objectName(), r)


def test_sunday_evening_screens_carry_the_kind_words(qtbot: QtBot, config: settings.Config) -> None:
    k = kiosk_with(qtbot, config, london(SUNDAY_7PM), demo_week(SUNDAY_7PM.date()))
    try:
        SCENES.play("whatson", k)
        names = {i.objectName(): i for i in shown(k) if i.objectName()}
        assert names["whatson.empty.title"].property("text") == "Nothing else on today"
        SCENES.play("whatson-open", k)
        names = {i.objectName(): i for i in shown(k) if i.objectName()}
        assert names["whatson.empty.title"].property("text") == "Nothing is open right now"
    finally:
        k.close()


def test_the_listing_scene_works_on_a_kiosk_with_no_listings(qtbot: QtBot, kiosk: Kiosk) -> None:
    SCENES.play("listing", kiosk)  # falls back to a sample listing so the detail screen can still be pictured
    assert kiosk.shell.screen == "listing"
    assert detail_part(whatson(kiosk)).title

