"""Keys and switches (issue 11, item 9): on every visitor screen, Tab reaches every control — each showing its
focus ring — and Enter or Space presses it; the arrow keys move focus as Tab does. USB keypads and switch
interfaces send exactly these keys."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import SIGNAL, QObject, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.app import Kiosk
from kiosk.screenshot_command import scene_book
from kiosk.shell.access_modes import AccessModes
from tests.support.qmlhelpers import settle
from tests.support.text_fit import shown

SCENES = scene_book()
VISITOR_SCENES = ["home", "checkin", "followup", "thanks", "thanks-no", "whatson", "whatson-week", "listing",
                  "wall", "wall-write", "wall-preview", "wall-sent"]
MODES: dict[str, Callable[[AccessModes], None]] = {
    "normal": lambda a: None,
    "large": lambda a: a.setLargeText(True),
    "contrast": lambda a: a.setHighContrast(True),
}


def controls(window: QQuickWindow) -> list[QQuickItem]:
    """What a visitor can press or type in: every visible, enabled button, card, chip and text box."""
    settle(window)
    return [i for i in shown(window.contentItem())
            if (i.inherits("QQuickAbstractButton") or i.inherits("QQuickTextInput") or i.inherits("QQuickTextEdit"))
            and i.isEnabled() and i.objectName() != "notice"]


def ring_shows(item: QQuickItem) -> bool:
    """A text box shows its cursor; everything else its FocusRing."""
    if item.inherits("QQuickTextInput") or item.inherits("QQuickTextEdit"):
        return True
    stack = list(item.childItems())
    while stack:
        child = stack.pop()
        if child.objectName() == "focusRing":
            return child.isVisible()
        stack.extend(child.childItems())
    return False


def tab_round(window: QQuickWindow, key: Qt.Key = Qt.Key.Key_Tab, limit: int = 80) -> list[QQuickItem]:
    """Presses `key` until focus comes back to where it first landed; the items focused on the way."""
    seen: list[QQuickItem] = []
    for _ in range(limit):
        QTest.keyClick(window, key)
        item = window.activeFocusItem()
        if item is None:
            break
        if seen and item is seen[0]:
            break
        seen.append(item)
    return seen


def play(kiosk: Kiosk, scene: str, mode: str = "normal") -> QQuickWindow:
    kiosk.window.watch_activity()  # the key filter (installed after the first frame)
    kiosk.shell.goHome()
    access = kiosk.shell.models["access"]
    assert isinstance(access, AccessModes)
    MODES[mode](access)
    SCENES.play(scene, kiosk)
    return kiosk.window.window


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scene", VISITOR_SCENES)
def test_tab_reaches_every_control_with_a_visible_focus_ring(kiosk: Kiosk, scene: str, mode: str) -> None:
    window = play(kiosk, scene, mode)
    expected = controls(window)
    assert expected, f"no controls on {scene}"
    reached = tab_round(window)
    names = {i.objectName() or repr(i) for i in reached}
    missing = [i.objectName() or repr(i) for i in expected if i not in reached]
    assert not missing, f"{scene}: Tab never reaches {missing}; it reaches {sorted(names)}"
    no_ring = []
    for item in reached:
        item.forceActiveFocus(Qt.FocusReason.TabFocusReason)
        settle(window)
        if not ring_shows(item):
            no_ring.append(item.objectName())
    assert not no_ring, f"{scene}: no focus ring on {no_ring}"
    backwards = tab_round(window, Qt.Key.Key_Backtab)
    assert set(backwards) == set(reached), f"{scene}: Shift+Tab goes round a different set"


@pytest.mark.parametrize("scene", VISITOR_SCENES)
def test_enter_or_space_presses_every_control(kiosk: Kiosk, scene: str) -> None:
    window = play(kiosk, scene)
    names = [i.objectName() for i in controls(window) if i.inherits("QQuickAbstractButton")]
    assert all(names), f"{scene}: a control without an objectName"
    pressed_by: dict[str, str] = {}
    for n, name in enumerate(names):
        window = play(kiosk, scene)
        item = next((i for i in controls(window) if i.objectName() == name), None)
        if item is None:
            continue  # (a list's row that the replay placed elsewhere: the others stand for it)
        clicks: list[bool] = []
        receiver = QObject()
        QObject.connect(item, SIGNAL("clicked()"), receiver, lambda box=clicks: box.append(True))
        item.forceActiveFocus(Qt.FocusReason.TabFocusReason)
        key = Qt.Key.Key_Return if n % 2 == 0 else Qt.Key.Key_Space
        QTest.keyClick(window, key)
        pressed_by[name] = key.name if clicks else "nothing"
        del receiver
        SCENES.stage(kiosk, scene).on_db(lambda: None, what="what the press wrote")  # before the next replay
    not_pressed = [n for n, how in pressed_by.items() if how == "nothing"]
    assert pressed_by and not not_pressed, f"{scene}: Enter/Space did not press {not_pressed}"


def test_arrow_keys_move_focus_like_tab(kiosk: Kiosk) -> None:
    window = play(kiosk, "checkin")
    by_tab = tab_round(window)
    by_tab[-1].forceActiveFocus(Qt.FocusReason.TabFocusReason)
    by_arrows = []
    for _ in by_tab:
        QTest.keyClick(window, Qt.Key.Key_Down)
        by_arrows.append(window.activeFocusItem())
    assert by_arrows == by_tab
    QTest.keyClick(window, Qt.Key.Key_Up)
    assert window.activeFocusItem() is by_tab[-2]
    QTest.keyClick(window, Qt.Key.Key_Left)
    assert window.activeFocusItem() is by_tab[-3]
    QTest.keyClick(window, Qt.Key.Key_Right)
    assert window.activeFocusItem() is by_tab[-2]


def test_tab_leaves_the_message_box(kiosk: Kiosk) -> None:
    window = play(kiosk, "wall-write")
    box = window.activeFocusItem()
    assert box is not None and box.inherits("QQuickTextEdit")
    QTest.keyClick(window, Qt.Key.Key_Tab)
    assert window.activeFocusItem() is not box and "\t" not in str(box.property("text"))
