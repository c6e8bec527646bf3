"""Every screen, in both orientations: accessible names, touch-target and text sizes, lint, models."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QAbstractItemModelTester

from kiosk.app import Kiosk
from kiosk.core.paths import qml_dir, qml_files
from kiosk.screenshot_command import scene_book
from tests.support.qmlhelpers import settle
from tests.support.qtkiosk import make_kiosk

SIZES = [QSize(1080, 1920), QSize(1920, 1080)]
SCENES = scene_book()  # every screen, reached as `kiosk screenshots` reaches it
INTERACTIVE_ROLES = {QAccessible.Role.Button, QAccessible.Role.CheckBox, QAccessible.Role.EditableText}


@pytest.fixture(params=SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def any_kiosk(request, qtbot, config, clock):  # type: ignore[no-untyped-def]
    k = make_kiosk(qtbot, config, clock, request.param)
    yield k
    k.close()
    gc.collect()  # drop stale Qt item wrappers before the next kiosk reuses their addresses


def on_screen(kiosk: Kiosk) -> list[QQuickItem]:
    """The app's visible items. Qt Virtual Keyboard's panel (Main.qml's "keyboard" Loader) is left out: its
    keys are Qt's own, sized by its style."""
    window = kiosk.window.window
    settle(window)
    items: list[QQuickItem] = []

    def visit(item: QQuickItem) -> None:
        if item.objectName() == "keyboard":
            return
        if item.isVisible() and item.opacity() > 0:
            items.append(item)
        for child in item.childItems():
            visit(child)

    visit(window.contentItem())
    return items


def is_control(item: QQuickItem) -> bool:
    return item.metaObject().indexOfSignal("clicked()") >= 0 or item.inherits("QQuickAbstractButton")


@pytest.mark.parametrize("screen", SCENES.names)
def test_every_control_has_an_accessible_name_and_role(any_kiosk: Kiosk, screen: str) -> None:
    SCENES.play(screen, any_kiosk)
    controls = [i for i in on_screen(any_kiosk) if is_control(i)]
    assert controls, f"no controls found on {screen}"
    for item in controls:
        if not item.isEnabled() and not item.objectName():
            continue
        iface = QAccessible.queryAccessibleInterface(item)
        assert iface is not None, item.objectName()
        name = iface.text(QAccessible.Text.Name)
        assert name.strip(), f"{screen}: {item.objectName() or item} has no accessible name"
        assert iface.role() in INTERACTIVE_ROLES | {QAccessible.Role.AlertMessage}, (item.objectName(), iface.role())
        assert item.objectName(), f"{screen}: control {name!r} has no objectName"


@pytest.mark.parametrize("screen", SCENES.names)
def test_touch_targets_and_text_are_big_enough(any_kiosk: Kiosk, screen: str) -> None:
    SCENES.play(screen, any_kiosk)
    items = on_screen(any_kiosk)
    for item in items:
        if is_control(item) and item.objectName() != "notice":
            assert item.height() >= 88 and item.width() >= 88, (screen, item.objectName(), item.size())
        if item.inherits("QQuickText") and item.property("text"):
            size = item.property("font").pixelSize()
            assert size >= 28, (screen, item.property("text"), size)


@pytest.mark.parametrize("screen", SCENES.names)
def test_nothing_is_cut_off_at_the_window_edge(any_kiosk: Kiosk, screen: str) -> None:
    SCENES.play(screen, any_kiosk)
    window = any_kiosk.window.window
    for item in on_screen(any_kiosk):
        if item.inherits("QQuickText") and item.property("text") and item.objectName():
            r = item.mapRectToScene(item.boundingRect())
            assert r.left() >= 0 and r.top() >= 0, (item.objectName(), r)
            assert r.right() <= window.width() and r.bottom() <= window.height(), (item.objectName(), r)


def test_home_shows_site_name_and_date(any_kiosk: Kiosk) -> None:
    texts = {i.objectName(): i.property("text") for i in on_screen(any_kiosk) if i.objectName()}
    assert texts["home.title"] == "Welcome to Riverside Customer Service Centre"
    assert texts["home.date"] == "Wednesday 25 November 2026"
    assert texts["home.greeting"] == "Good morning"


def test_list_models_pass_qt_model_tester(kiosk: Kiosk) -> None:
    for model in (kiosk.checkin.answers, kiosk.checkin.followups):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        assert model.rowCount() > 0
    assert kiosk.checkin.answers.keys() == ["yes", "not_sure", "no"]
    assert kiosk.checkin.followups.keys() == ["staff", "visitor", "elsewhere"]


def test_qmllint_is_clean_on_every_qml_file() -> None:
    files = sorted(str(p) for p in qml_files())
    assert len(files) >= 8
    lint = Path(sys.executable).with_name("pyside6-qmllint")
    result = subprocess.run([str(lint), "-I", str(qml_dir()), *files], capture_output=True, text=True,
                            timeout=120, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0 and "Warning" not in output, output


def test_every_visible_qml_string_is_translatable() -> None:
    """A literal `text: "..."` in QML would skip translation; every string goes through qsTr."""
    bad = []
    for path in qml_files():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r'\b(text|title|subtitle|Accessible\.name)\s*:\s*"[^"]', line):
                bad.append(f"{path.name}:{n}: {line.strip()}")
    assert not bad, bad


def test_qml_never_interprets_text_as_rich_text() -> None:
    for path in qml_files():
        source = path.read_text(encoding="utf-8")
        assert source.count("Text {") == source.count("textFormat: Text.PlainText"), path.name
