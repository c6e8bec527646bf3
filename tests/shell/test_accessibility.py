"""Every text a sighted visitor reads is in the accessibility tree, on every screen the tests can reach.

A Qt Quick `Text` is not in the tree at all (a screen reader hears nothing of it); the shared `KioskText` is
static text or a heading named by its words. A text may opt out (`Accessible.ignored: true`) only when it
is a decorative glyph, or when a control or card around it already says it in its own accessible name.
The check itself is tried on a plain `Text`, so it is known to fail when it should.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QAccessible
from PySide6.QtQml import QQmlComponent, QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from kiosk.screenshot_command import scene_book
from tests.support.qmlhelpers import accessible_answer, class_name, has_property, role_and_name, settle
from tests.support.qtkiosk import make_kiosk

SPOKEN_ROLES = {QAccessible.Role.StaticText, QAccessible.Role.Heading, QAccessible.Role.AlertMessage}


def _with_notice(kiosk: Kiosk) -> None:
    kiosk.shell.show("home")
    kiosk.shell.set_notice("Sorry, that did not save. Please try again.")


# Every screen `kiosk screenshots` reaches, and a few states the scenes do not show.
SCENES = scene_book()
EXTRA: dict[str, Callable[[Kiosk], None]] = {"notice": _with_notice}
SCREENS = [*SCENES.names, *EXTRA]


def play(screen: str, kiosk: Kiosk) -> None:
    if screen in EXTRA:
        EXTRA[screen](kiosk)
    else:
        SCENES.play(screen, kiosk)


def outside_its_list(item: QQuickItem) -> bool:
    """A list's row made ahead in its cache buffer, out of the list's view: nobody sees it yet, and Qt takes
    it out of the accessibility tree until it scrolls in."""
    content = item.parentItem()
    view = content.parentItem() if content is not None else None
    if view is None or not view.inherits("QQuickItemView"):
        return False
    rect = item.mapRectToItem(view, item.boundingRect())
    return not rect.intersects(view.boundingRect())


def shown(item: QQuickItem) -> Iterator[QQuickItem]:
    """The items a sighted person can see (or scroll to): visible, not see-through, not a list's row made
    ahead out of view, and not Qt Virtual Keyboard's panel (its keys are Qt's own)."""
    if (not item.isVisible() or item.opacity() == 0 or item.objectName() == "keyboard"
            or outside_its_list(item)):
        return
    yield item
    for child in item.childItems():
        yield from shown(child)


def is_text(item: QQuickItem) -> bool:
    return item.inherits("QQuickText") or item.inherits("QQuickTextEdit")


def is_placeholder(item: QQuickItem) -> bool:
    """A text field's placeholder: part of the field, which is an EditableText with its own name."""
    parent = item.parentItem()
    return parent is not None and (parent.inherits("QQuickTextInput") or parent.inherits("QQuickTextEdit"))


def accessible_attached(item: QQuickItem) -> QObject | None:
    return next((c for c in item.children() if class_name(c) == "QQuickAccessibleAttached"), None)


def is_ignored(item: QQuickItem) -> bool:
    attached = accessible_attached(item)
    return attached is not None and bool(attached.property("ignored"))


def said_by_an_ancestor(item: QQuickItem) -> bool:
    """A control or card above the item is in the tree with a name (the item's words are part of it)."""
    parent = item.parentItem()
    while parent is not None:
        named = accessible_answer(parent, lambda i: i is not None and bool(i.text(QAccessible.Text.Name).strip()))
        if named and not is_ignored(parent):
            return True
        parent = parent.parentItem()
    return False


def text_format(item: QQuickItem) -> int:
    """Text.PlainText and TextEdit.PlainText are 0. (PySide cannot convert the enum through property().)"""
    value = QQmlExpression(QQmlEngine.contextForObject(item), item, "textFormat").evaluate()[0]
    return int(value)


def unspoken_texts(window: QQuickWindow) -> tuple[int, list[str]]:
    """(how many visible texts with words were checked, what is wrong with them)."""
    settle(window)
    checked = 0
    problems: list[str] = []
    for item in shown(window.contentItem()):
        if not is_text(item) or is_placeholder(item):
            continue
        words = str(item.property("text") or "")
        label = f"{item.objectName() or class_name(item)} {words[:60]!r}"
        if text_format(item) != 0:
            problems.append(f"{label}: interprets markup (textFormat {text_format(item)}, not plain text)")
        if not words.strip() or item.inherits("QQuickTextEdit"):
            continue  # a text box is an EditableText control, checked with the controls
        checked += 1
        if is_ignored(item):
            if any(c.isalnum() for c in words) and not said_by_an_ancestor(item):
                problems.append(f"{label}: marked ignored, but it has words and nothing around it says them")
            continue
        said = role_and_name(item)
        if said is None:
            problems.append(f"{label}: not in the accessibility tree (a plain Text?)")
            continue
        role, name = said
        if role not in SPOKEN_ROLES:
            problems.append(f"{label}: accessible role {role.name}, not StaticText or Heading")
        if not name.strip():
            problems.append(f"{label}: no accessible name")
    return checked, problems


@pytest.mark.parametrize("screen", SCREENS)
def test_every_visible_text_is_in_the_accessibility_tree(kiosk: Kiosk, screen: str) -> None:
    play(screen, kiosk)
    checked, problems = unspoken_texts(kiosk.window.window)
    assert checked > 0, f"no text found on {screen}"
    assert not problems, f"{screen}:\n" + "\n".join(problems)


PROBE = b"""
import QtQuick
import Kiosk
Column {
    Text { text: "plain words" }
    KioskText { text: "spoken words" }
    KioskText { text: "A heading"; heading: true }
    KioskText { text: "hidden words"; Accessible.ignored: true }
    KioskText { text: "\xe2\x80\x9c"; Accessible.ignored: true }
    KioskText { objectName: "probe.forced"; text: "<b>still plain</b>"; textFormat: Text.RichText }
    Text {
        text: "<b>rich</b>"; textFormat: Text.RichText
        Accessible.role: Accessible.StaticText; Accessible.name: text
    }
}
"""


def test_the_check_finds_a_plain_text_a_hidden_sentence_and_rich_text(kiosk: Kiosk) -> None:
    """The check above can fail: a plain Text, a sentence marked ignored with nothing to say it, and a Text
    that renders markup are reported; KioskText (even one told to be rich text) and a decorative glyph are not."""
    engine = kiosk.window.engine
    component = QQmlComponent(engine)
    component.setData(PROBE, engine.baseUrl())
    probe = component.create()
    assert isinstance(probe, QQuickItem), component.errorString()
    window = kiosk.window.window
    probe.setParentItem(window.contentItem())
    probe.setZ(100)
    try:
        _, problems = unspoken_texts(window)
        report = "\n".join(problems)
        assert "'plain words': not in the accessibility tree" in report, report
        assert "'hidden words': marked ignored" in report, report
        assert "'<b>rich</b>': interprets markup" in report, report
        for fine in ("spoken words", "A heading", "\u201c", "still plain"):
            assert f"'{fine}'" not in report, report
        assert "'plain words': interprets markup" in report, report  # a plain Text is AutoText
        assert len(problems) == 4, report
        forced = probe.findChild(QQuickItem, "probe.forced")
        assert forced is not None and text_format(forced) == 0  # KioskText puts textFormat back to plain
        heading = role_and_name(probe.childItems()[2])
        assert heading == (QAccessible.Role.Heading, "A heading")
    finally:
        probe.setVisible(False)
        probe.deleteLater()


def test_every_text_follows_the_window_scale(qtbot: QtBot, config: Config, clock: ManualClock) -> None:
    """A KioskText left at the default `u` would not grow or shrink with the screen. At 1080 px `u` is 1 and
    a missing `u` cannot show, so this walks every screen at 720 x 1280 (u = 2/3)."""
    kiosk = make_kiosk(qtbot, config, clock, QSize(720, 1280))
    try:
        window = kiosk.window.window
        u = 720 / 1080
        qtbot.waitUntil(lambda: abs(float(window.property("u")) - u) < 1e-6)  # the resize reaches QML
        wrong: list[str] = []
        seen = 0
        for screen in SCREENS:
            play(screen, kiosk)
            settle(window)
            for item in shown(window.contentItem()):
                if item.inherits("QQuickText") and has_property(item, "heading"):
                    seen += 1
                    if abs(float(item.property("u")) - u) > 1e-6:
                        wrong.append(f"{screen}: {item.objectName() or item.property('text')!r} u={item.property('u')}")
        assert seen > 100
        assert not wrong, "\n".join(wrong)
    finally:
        kiosk.close()
        gc.collect()
