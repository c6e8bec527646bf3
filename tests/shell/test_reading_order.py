"""A screen reader walks each screen in the order a sighted person reads it, on every screen, both orientations.

A screen reader reads the accessibility tree depth first, in the order of Qt Quick's child items — the order
items were declared or made, not where they are drawn. An item declared after others but drawn above them (an
overlay, a list's section heading made after its first row, a banner declared last and anchored to the top) is
read out of place. This walks the same tree Qt gives AT-SPI (QAccessibleInterface children) and fails when
something is read after a thing it sits wholly above (sharing some of its width: the same column), or after a
thing on the same line to its right (left-to-right screens). Columns side by side (landscape) are read one after
the other, which is right. tests/shell/test_atspi.py reads the real tree through AT-SPI; this one reaches every
screen the scenes reach, quickly and offscreen.
"""

from __future__ import annotations

import contextlib
import gc
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QMetaObject, QObject, QRect, QSize
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from tests.shell.test_accessibility import SCREENS, play
from tests.support.qmlhelpers import must_find, settle
from tests.support.qtkiosk import make_kiosk

Role = QAccessible.Role
# The hidden staff corner is read last on purpose: a visitor hears the welcome first, not a staff control.
READ_LAST = {"staff.corner"}
# Layers checked each on its own. The visitor's tools (top right: language, accessibility, Read to me) are read
# first on purpose, before the screen's heading beside them: a blind visitor finds "Read to me" at once.
# A full-window prompt or chooser, while it shows, is what is read (what is behind it is veiled).
TOOLS = "visitorBar"
MODALS = ("language.chooser", "moreTime")


@dataclass(frozen=True)
class Spoken:
    role: str
    name: str
    rect: QRect
    layer: str = "screen"

    def __str__(self) -> str:
        r = self.rect
        return f"{self.role} {self.name[:50]!r} at ({r.x()},{r.y()} {r.width()}x{r.height()})"


def _item(iface: QAccessibleInterface) -> QQuickItem | None:
    obj: QObject | None = iface.object()
    return obj if isinstance(obj, QQuickItem) else None


def scene_rect(item: QQuickItem) -> QRect:
    return item.mapRectToScene(item.boundingRect()).toAlignedRect()


def seen_rect(item: QQuickItem, rect: QRect) -> QRect:
    """The part of `rect` (the item's, in the window's scene) left when every clipping ancestor (a list, a scrolled
    page) has cut it: what a sighted person sees of it."""
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            rect = rect.intersected(scene_rect(parent))
        parent = parent.parentItem()
    return rect


def reading(window: QQuickWindow) -> list[Spoken]:
    """What a screen reader says, in its order: each node that is not invisible and has a name or is a
    control, depth first through QAccessibleInterface children (Qt's AT-SPI bridge walks the same)."""
    out: list[Spoken] = []

    def walk(iface: QAccessibleInterface | None, layer: str) -> None:
        if iface is None:
            return
        try:
            read(iface, layer)
        finally:  # PySide's wrapper goes at once (tests.support.qmlhelpers.accessible_answer says why)
            shiboken6.invalidate(iface)

    def read(iface: QAccessibleInterface, layer: str) -> None:
        if not iface.isValid() or iface.state().invisible:
            return
        item = _item(iface)
        if item is not None and (item.objectName() in READ_LAST or item.objectName() == "keyboard"):
            return
        layer = layer_of(item, layer)
        name = iface.text(QAccessible.Text.Name).strip()
        rect = iface.rect() if item is None else seen_rect(item, scene_rect(item))
        if name and rect.width() > 0 and rect.height() > 0:
            out.append(Spoken(iface.role().name, name, rect, layer))
        for i in range(iface.childCount()):
            walk(iface.child(i), layer)

    walk(QAccessible.queryAccessibleInterface(window), "screen")
    return [s for s in out if s.role != Role.Window.name]


def layer_of(item: QQuickItem | None, layer: str) -> str:
    """The layer an item is read in: the visitor's tools, a modal prompt (each its own), or the screen. Items
    that are not in the accessibility tree themselves (a prompt's root) are found through their children."""
    while item is not None:
        name = item.objectName()
        if name == TOOLS or name in MODALS:
            return name
        item = item.parentItem()
    return layer


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return min(a1, b1) - max(a0, b0)


def out_of_order(said: list[Spoken], window: QQuickWindow) -> list[str]:
    """Each pair read in the wrong order: a later node wholly above an earlier one in the same column, or
    wholly left of it on the same line. Only what can be seen counts (not a row scrolled out of its list)."""
    frame = QRect(0, 0, window.width(), window.height())
    seen = [s for s in said if frame.intersects(s.rect)]
    modal = next((s.layer for s in seen if s.layer in MODALS), None)
    if modal is not None:
        seen = [s for s in seen if s.layer == modal]
    problems: list[str] = []
    for i, earlier in enumerate(seen):
        a = earlier.rect
        for later in seen[i + 1:]:
            if later.layer != earlier.layer:
                continue
            b = later.rect
            same_column = _overlap(a.left(), a.right(), b.left(), b.right()) > 0
            same_line = _overlap(a.top(), a.bottom(), b.top(), b.bottom()) > min(a.height(), b.height()) / 2
            if (same_column and b.bottom() < a.top()) or (same_line and not same_column and b.right() < a.left()):
                problems.append(f"{later}\n      is read after {earlier}")
    return problems


def settled_order_problems(qtbot: QtBot, window: QQuickWindow) -> list[str]:
    """What is read out of order once the screen is still. A screen may still be fading one part out and another
    in (the wall's cards over the welcome) for a moment; a wrong order never comes right, and is returned."""
    problems: list[str] = []

    def in_order() -> bool:
        settle(window)
        said = reading(window)
        assert said, "nothing to read"
        problems[:] = out_of_order(said, window)
        return not problems

    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(in_order, timeout=5000)
    return problems


@pytest.mark.parametrize("size", [QSize(1080, 1920), QSize(1920, 1080)], ids=["portrait", "landscape"])
def test_every_screen_reads_in_visual_order(qtbot: QtBot, config: Config, clock: ManualClock, size: QSize) -> None:
    kiosk = make_kiosk(qtbot, config, clock, size)
    try:
        window = kiosk.window.window
        failures: list[str] = []
        for screen in SCREENS:
            play(screen, kiosk)
            failures += [f"{screen}: {p}" for p in settled_order_problems(qtbot, window)]
        assert not failures, "\n".join(failures)
    finally:
        kiosk.close()
        gc.collect()


PROBE = b"""
import QtQuick
import Kiosk
Item {
    width: 600; height: 400
    KioskText { y: 200; text: "second line" }
    KioskText { y: 0; text: "first line" }
    KioskText { x: 300; y: 300; text: "right"; width: 100 }
    KioskText { x: 0; y: 300; text: "left"; width: 100 }
    KioskText { x: 450; y: 100; text: "other column"; width: 100 }
}
"""


def test_the_check_finds_a_line_read_before_the_one_above_it(kiosk: Kiosk) -> None:
    """The check can fail: text declared below but drawn above, and a line's right part declared first."""
    from PySide6.QtQml import QQmlComponent

    engine = kiosk.window.engine
    component = QQmlComponent(engine)
    component.setData(PROBE, engine.baseUrl())
    probe = component.create()
    assert isinstance(probe, QQuickItem), component.errorString()
    window = kiosk.window.window
    probe.setParentItem(window.contentItem())
    try:
        settle(window)
        said = [s for s in reading(window) if s.name in {"second line", "first line", "right", "left",
                                                        "other column"}]
        assert [s.name for s in said] == ["second line", "first line", "right", "left", "other column"]
        report = "\n".join(out_of_order(said, window))
        problems = out_of_order(said, window)
        assert any(p.startswith("StaticText 'first line'") and "'second line'" in p for p in problems), report
        assert any(p.startswith("StaticText 'left'") and "'right'" in p for p in problems), report
        assert not any(p.startswith("StaticText 'other column'") for p in problems), report
        assert len(problems) == 2, report
    finally:
        probe.setVisible(False)
        probe.deleteLater()


def test_what_s_on_reads_each_day_before_its_rows_even_after_scrolling(qtbot: QtBot, config: Config,
                                                                         clock: ManualClock) -> None:
    """A ListView makes a day's heading after the first row under it, and rows scrolled back into view after
    the others: kiosk.shell.reading_order puts each back in its place. A week of listings, scrolled to the end
    and back to the top."""
    from kiosk.core.clock import local_date
    from tests.support.whatson_support import demo_week, kiosk_with, open_whatson

    today = local_date(clock.now(), config.timezone)
    kiosk = kiosk_with(qtbot, config, clock, demo_week(today))
    try:
        window = kiosk.window.window
        model = open_whatson(qtbot, kiosk)
        model.setTab("week")
        qtbot.waitUntil(lambda: model.property("filter").property("tab") == "week")
        entries = must_find(window, "whatson.list")

        def headings() -> list[str]:
            return [s.name for s in reading(window) if s.role == Role.Heading.name]

        def check(where: str) -> None:
            problems = settled_order_problems(qtbot, window)
            assert not problems, f"{where}:\n" + "\n".join(problems)

        qtbot.waitUntil(lambda: len(headings()) >= 2)  # "What's on" and the first day at least
        check("at the top")
        first_day = headings()[1]
        for end in (True, False):  # to the end of the week, and back to the top
            QMetaObject.invokeMethod(entries, "positionViewAtEnd" if end else "positionViewAtBeginning")
            if end:
                qtbot.waitUntil(lambda: first_day not in headings())
            else:
                qtbot.waitUntil(lambda: first_day in headings())
            check("after scrolling to the end" if end else "back at the top")
    finally:
        kiosk.close()
        gc.collect()
