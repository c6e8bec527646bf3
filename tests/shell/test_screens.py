"""Every screen, in both orientations: accessible names, touch-target and text sizes, lint, models; and words on
screen are always the shared plain-text component (KioskText)."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from kiosk.core.paths import qml_dir, qml_files
from kiosk.screenshot_command import scene_book
from tests.support.qmlhelpers import has_signal, role_and_name, settle
from tests.support.qtkiosk import make_kiosk

SIZES = [QSize(1080, 1920), QSize(1920, 1080)]
SCENES = scene_book()  # every screen, reached as `kiosk screenshots` reaches it
INTERACTIVE_ROLES = {QAccessible.Role.Button, QAccessible.Role.CheckBox, QAccessible.Role.EditableText}


@pytest.fixture(params=SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def any_kiosk(request: pytest.FixtureRequest, qtbot: QtBot, config: Config, clock: ManualClock) -> Iterator[Kiosk]:
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
    return has_signal(item, "clicked()") or item.inherits("QQuickAbstractButton")


@pytest.mark.parametrize("screen", SCENES.names)
def test_every_control_has_an_accessible_name_and_role(any_kiosk: Kiosk, screen: str) -> None:
    SCENES.play(screen, any_kiosk)
    controls = [i for i in on_screen(any_kiosk) if is_control(i)]
    assert controls, f"no controls found on {screen}"
    for item in controls:
        if not item.isEnabled() and not item.objectName():
            continue
        said = role_and_name(item)
        assert said is not None, item.objectName()
        role, name = said
        assert name.strip(), f"{screen}: {item.objectName() or item} has no accessible name"
        assert role in INTERACTIVE_ROLES | {QAccessible.Role.AlertMessage}, (item.objectName(), role)
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
            assert r.left() >= 0 and r.right() <= window.width(), (item.objectName(), r)
            if _scrolls(item):
                continue  # below the fold of a page that scrolls (and shows that it does): reached by scrolling
            assert r.top() >= 0 and r.bottom() <= window.height(), (item.objectName(), r)


def _scrolls(item: QQuickItem) -> bool:
    """Whether `item` sits in a vertically scrollable page: an interactive Flickable taller inside than out."""
    parent = item.parentItem()
    while parent is not None:
        if (parent.inherits("QQuickFlickable") and parent.property("interactive")
                and parent.property("contentHeight") > parent.height() + 1):
            return True
        parent = parent.parentItem()
    return False


def test_home_shows_site_name_and_date(any_kiosk: Kiosk) -> None:
    texts = {i.objectName(): i.property("text") for i in on_screen(any_kiosk) if i.objectName()}
    assert texts["home.title"] == "Welcome to Riverside Customer Service Centre"
    assert texts["home.date"] == "Wednesday 25 November 2026"
    assert texts["home.greeting"] == "Good morning"


def test_the_home_screen_draws_no_text_as_outlines(any_kiosk: Kiosk) -> None:
    """What the first frame costs: Qt's software renderer draws text of more than 64 px as outlines, letter by
    letter, instead of from its cache of rendered glyphs (the site's name at 77 px alone cost the first frame
    ≈ 19 M instructions, ≈ 5 ms: benchmarks/startup_instructions.py). So no word on the home screen, in everyday
    text size, is larger than 64 px."""
    sizes = {str(i.property("text")): i.property("font").pixelSize() for i in on_screen(any_kiosk)
             if i.inherits("QQuickText") and i.property("text")}
    assert "Welcome to Riverside Customer Service Centre" in sizes and max(sizes.values()) <= 64, sizes


def test_list_models_pass_qt_model_tester(kiosk: Kiosk) -> None:
    answers, followups = kiosk.checkin.property("answers"), kiosk.checkin.property("followups")
    for model in (answers, followups):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        assert model.rowCount() > 0
    assert answers.keys() == ["yes", "not_sure", "no"]
    assert followups.keys() == ["staff", "visitor", "elsewhere"]


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


# -- text: one shared component, always plain text ----------------------------------------------------------
SHARED_TEXT = "KioskText.qml"
# Qt's text types other than the text boxes (TextField, TextArea): words on screen are a KioskText instead.
OTHER_TEXT = re.compile(r"\b(?:QtQuick(?:\.Controls(?:\.\w+)?)?\.)?(Text|Label|TextInput|TextEdit)\s*\{")
RICH = re.compile(r"\b(?:Text|TextEdit)\.(?:RichText|StyledText|MarkdownText|AutoText)\b")
CODE = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*.*?\*/', re.S)


def code_only(source: str) -> str:
    """QML with its comments and string literals emptied (same length and lines), so words there never match."""
    return CODE.sub(lambda m: "".join(c if c == "\n" else " " for c in m.group()), source)


def object_type_at(code: str, pos: int) -> str:
    """The type of the QML object whose braces hold `pos` ("TextArea", "KioskText", …)."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        if code[i] == "}":
            depth += 1
        elif code[i] == "{":
            if depth == 0:
                found = re.search(r"([\w.]+)\s*$", code[:i])
                return found.group(1) if found else ""
            depth -= 1
    return ""


def own_lines(code: str, start: int) -> str:
    """The text of the object whose body opens at `start` (just after its "{"), without its children."""
    depth, out = 1, []
    for c in code[start:]:
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth == 0:
            break
        if depth == 1 and c != "}":
            out.append(c)
    return "".join(out)


def text_problems(path: Path, source: str) -> list[str]:
    """What is wrong with the words on screen in one QML file (empty when nothing)."""
    code = code_only(source)
    where = f"{path.parent.name}/{path.name}"

    def at(pos: int) -> str:
        return f"{where}:{code.count(chr(10), 0, pos) + 1}"

    shared = path.name == SHARED_TEXT
    problems = []
    if not shared:
        problems += [f"{at(m.start())}: a {m.group(1)} — use KioskText (plain, themed, spoken)"
                     for m in OTHER_TEXT.finditer(code)]
    problems += [f"{at(m.start())}: {m.group()} would interpret markup" for m in RICH.finditer(code)]
    for m in re.finditer(r"\btextFormat\s*:\s*([\w.]+)", code):
        owner = object_type_at(code, m.start())
        if shared and owner == "Text":
            expected = "Text.PlainText"
        elif owner in ("TextArea", "TextEdit"):
            expected = "TextEdit.PlainText"
        else:
            problems.append(f"{at(m.start())}: textFormat set on a {owner or '?'} (KioskText is always plain)")
            continue
        if m.group(1) != expected:
            problems.append(f"{at(m.start())}: {owner} with textFormat {m.group(1)}, not {expected}")
    for m in re.finditer(r"\b(TextArea|TextEdit)\s*\{", code):
        if not re.search(r"\btextFormat\s*:\s*TextEdit\.PlainText\b", own_lines(code, m.end())):
            problems.append(f"{at(m.start())}: a {m.group(1)} without textFormat: TextEdit.PlainText")
    for n, line in enumerate(source.splitlines(), 1):
        if re.search(r"\bAccessible\.ignored\s*:", line) and "//" not in line:
            problems.append(f"{where}:{n}: hidden from screen readers without a comment saying why")
    return problems


def test_all_qml_text_is_the_shared_plain_text_component() -> None:
    """Words on screen are a KioskText (always plain text, the theme's font and size, in the accessibility
    tree); text boxes are plain text; nothing anywhere can interpret markup."""
    files = qml_files()
    assert any(p.name == SHARED_TEXT for p in files)
    problems = [problem for path in files for problem in text_problems(path, path.read_text(encoding="utf-8"))]
    assert not problems, "\n".join(problems)
    assert "KioskText 1.0 KioskText.qml" in (qml_dir() / "Kiosk" / "qmldir").read_text(encoding="utf-8")


@pytest.mark.parametrize(("qml", "found"), [
    ("Item {\n    Text { text: qsTr(\"hi\") }\n}", "a Text — use KioskText"),
    ("Item { contentItem: Label { text: qsTr(\"hi\") } }", "a Label — use KioskText"),
    ("Item { QtQuick.Text { } }", "a Text — use KioskText"),
    ("Item { TextInput { } }", "a TextInput — use KioskText"),
    ("Item { component Heading: Text { } }", "a Text — use KioskText"),
    ("KioskText { textFormat: Text.RichText }", "Text.RichText would interpret markup"),
    ("KioskText { textFormat: Text.PlainText }", "textFormat set on a KioskText"),
    ("Item { TextArea { wrapMode: TextEdit.Wrap } }", "a TextArea without textFormat: TextEdit.PlainText"),
    ("Item { TextArea { background: Item { } } }", "a TextArea without textFormat"),
    ("Item { TextArea { textFormat: TextEdit.MarkdownText } }", "TextEdit.MarkdownText would interpret markup"),
    ("Item { KioskText { text: qsTr(\"x\"); Accessible.ignored: true } }", "without a comment saying why"),
])
def test_the_text_check_finds_each_kind_of_mistake(qml: str, found: str) -> None:
    assert any(found in p for p in text_problems(Path("X.qml"), qml)), text_problems(Path("X.qml"), qml)


@pytest.mark.parametrize("qml", [
    "Item {\n    // a Text { } in a comment, and Text.RichText too\n    KioskText { text: qsTr(\"Text { }\") }\n}",
    "Item { TextArea { textFormat: TextEdit.PlainText; background: Rectangle { } } }",
    "Item { KioskText { Accessible.ignored: true  // decorative } }",
    "Item { TextField { horizontalAlignment: TextInput.AlignHCenter } }",
])
def test_the_text_check_passes_the_right_way(qml: str) -> None:
    assert text_problems(Path("X.qml"), qml) == []
