"""Every visible string is in the translation catalogue, and a translation really changes the screen."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize

from kiosk.app import build
from kiosk.core.paths import assets_dir, qml_files
from tests.support.qmlhelpers import find

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


def sources(ts: Path) -> set[str]:
    return {m.findtext("source") or "" for m in ET.parse(ts).getroot().iter("message")}


def lupdate(out: Path) -> None:
    files = [*map(str, qml_files()), *(str(p) for p in sorted((ROOT / "kiosk").rglob("*.py"))
                                       if "__pycache__" not in p.parts)]
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *files, "-ts", str(out)], check=True, capture_output=True,
                   timeout=120)


def test_catalogue_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "kiosk_en.ts"
    lupdate(fresh)
    committed = sources(assets_dir() / "i18n" / "kiosk_en.ts")
    assert sources(fresh) == committed, "run `make translations` and commit assets/i18n/kiosk_en.ts"
    assert "Did you experience kindness today?" in committed
    assert "From staff here" in committed  # Python-side strings are in it too


def test_a_translation_changes_qml_and_python_strings(qtbot, tmp_path: Path, config, clock) -> None:  # type: ignore[no-untyped-def]
    ts = tmp_path / "kiosk_gd.ts"
    lupdate(ts)
    tree = ET.parse(ts)
    gaelic = {"Did you experience kindness today?": "An do dh'fhairich thu coibhneas an-diugh?", "Yes": "Tha"}
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and message.findtext("source") in gaelic:
            translation.text = gaelic[message.findtext("source") or ""]
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8")
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts)], check=True, capture_output=True, timeout=60)
    from kiosk.shell import window

    app = QCoreApplication.instance()
    translator = window.install_translator(app, "gd", tmp_path)  # type: ignore[arg-type]
    assert translator is not None
    try:
        kiosk = build(config, clock, size=QSize(1080, 1920))
        kiosk.window.window.show()
        kiosk.shell.show("checkin")
        qtbot.waitUntil(lambda: find(kiosk.window.window, "checkin.question") is not None)
        question = find(kiosk.window.window, "checkin.question")
        assert question is not None and question.property("text") == gaelic["Did you experience kindness today?"]
        answers = kiosk.checkin.property("answers")
        assert answers.data(answers.index(0, 0)) == "Tha"
        kiosk.close()
    finally:
        app.removeTranslator(translator)  # type: ignore[union-attr]
