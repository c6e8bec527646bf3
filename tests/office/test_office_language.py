"""The office's language switch: the header's choice changes every word at once (a QML label, the grid's column
heading and its Python-made cells), and Arabic mirrors the window without breaking the grid. Tiny catalogues
are compiled for the test (the real ones are the translators')."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.demo import DEMO_LANGUAGES
from kiosk.office.kiosks_model import KioskGridModel
from kiosk.office.language_model import LANGUAGES
from kiosk.office.settings_model import SettingFieldsModel
from kiosk.office.window import Office
from tests.office.conftest import click, item, sign_in
from tests.support.qtprops import prop

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support setting window masks$")

WORDS = {  # (context, source) → Polish, Arabic
    ("Office", "Kindness Kiosk — the office"): ("Kiosk Życzliwości — biuro", "كشك اللطف — المكتب"),
    ("KiosksPage", "Oldest unsent"): ("Najstarsze niewysłane", "أقدم ما لم يُرسَل"),
    ("office", "OK"): ("W porządku", "جيد"),
    ("ListingsPage", "Add an activity"): ("Dodaj zajęcia", "أضف نشاطًا"),
    ("listings", "New activity"): ("Nowe zajęcia", "نشاط جديد"),
    ("SiteSettingsPanel", "Kiosk settings"): ("Ustawienia kiosków", "إعدادات الأكشاك"),
    ("office", "Welcome line"): ("Powitanie", "سطر الترحيب"),
}


def _catalogue(directory: Path, code: str, column: int) -> None:
    contexts: dict[str, list[str]] = {}
    for (context, source), said in WORDS.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{source}</source><translation>{said[column]}</translation></message>")
    body = "".join(f"<context><name>{c}</name>{''.join(m)}</context>" for c, m in contexts.items())
    ts = directory / f"kiosk_{code}.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS><TS version="2.1" language="{code}">'
                  f"{body}</TS>\n", encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True,
                   timeout=120)


@pytest.fixture
def office(qtbot: QtBot, make_office: object, sample: Path, tmp_path: Path) -> Office:
    made: Office = make_office(str(sample))  # type: ignore[operator]
    _catalogue(tmp_path, "pl", 0)
    _catalogue(tmp_path, "ar", 1)
    made.switch.directory = tmp_path
    with qtbot.waitSignal(made.kiosks.refreshed, timeout=20_000):
        assert sign_in(qtbot, made, "desk", "")
    made.office.setPage("kiosks")
    return made


def _heading(office: Office, words: str) -> QQuickItem | None:
    todo = [office.root]
    while todo:
        it = todo.pop()
        if it.property("text") == words and it.isVisible():
            return it
        todo.extend(it.childItems())
    return None


def test_the_office_offers_the_kiosks_six_languages() -> None:
    assert LANGUAGES == DEMO_LANGUAGES


def test_choosing_a_language_retranslates_a_label_and_the_grid_at_once(qtbot: QtBot, office: Office) -> None:
    title = item(office, "office.title")
    grid = prop(office.kiosks, "kiosks", KioskGridModel)
    status = 0x0100 + 9
    assert title.property("text") == "Kindness Kiosk — the office"
    assert _heading(office, "Oldest unsent") is not None
    assert "OK" in [grid.data(grid.index(i), status) for i in range(grid.rowCount())]
    cells: list[bool] = []
    grid.dataChanged.connect(lambda *_: cells.append(True))
    office.language.choose(LANGUAGES.index("pl"))  # as the header's choice does
    assert title.property("text") == "Kiosk Życzliwości — biuro"
    assert _heading(office, "Najstarsze niewysłane") is not None
    assert cells, "the grid's cells were not read again"
    assert "W porządku" in [grid.data(grid.index(i), status) for i in range(grid.rowCount())]
    assert prop(office.language, "rightToLeft", bool) is False
    office.language.choose(LANGUAGES.index("en"))
    assert title.property("text") == "Kindness Kiosk — the office"


def test_arabic_mirrors_the_window_and_the_grid_keeps_its_columns(qtbot: QtBot, office: Office) -> None:
    heading = _heading(office, "Oldest unsent")
    assert heading is not None
    left_to_right = heading.mapToScene(heading.boundingRect().center()).x()
    office.language.choose(LANGUAGES.index("ar"))
    assert prop(office.language, "rightToLeft", bool) is True
    assert item(office, "office.title").property("text") == "كشك اللطف — المكتب"
    mirrored = _heading(office, "أقدم ما لم يُرسَل")
    assert mirrored is not None
    width = office.window.width()
    qtbot.waitUntil(lambda: abs(mirrored.mapToScene(mirrored.boundingRect().center()).x()
                                - (width - left_to_right)) < width * 0.12, timeout=5000)  # on the other side
    grid = item(office, "office.kiosks.grid")
    assert grid.property("count") == 4 and grid.width() > width / 2  # every kiosk, the grid still wide
    office.language.choose(LANGUAGES.index("en"))
    assert prop(office.language, "rightToLeft", bool) is False


def _label(fields: SettingFieldsModel, key: str) -> str:
    label = 0x0100 + 2  # the "label" role
    return next(str(fields.data(fields.index(i), label)) for i in range(fields.rowCount())
                if fields.data(fields.index(i), 0x0100 + 1) == key)


@pytest.mark.parametrize(("code", "column"), [("pl", 0), ("ar", 1)])
def test_the_listings_page_and_the_settings_panel_follow_the_language(
        qtbot: QtBot, office: Office, code: str, column: int) -> None:
    add = WORDS[("ListingsPage", "Add an activity")]
    new = WORDS[("listings", "New activity")]
    panel = WORDS[("SiteSettingsPanel", "Kiosk settings")]
    welcome = WORDS[("office", "Welcome line")]
    office.office.setPage("listings")
    assert _heading(office, "Add an activity") is not None
    sites = prop(office.listings, "sites", list)
    assert sites
    assert prop(office.listings, "canEdit", bool)
    office.listings.addActivity(sites[0])  # the editor's heading is made in Python
    editor = office.listings.editor_model
    assert prop(editor, "heading", str) == "New activity"
    headings: list[bool] = []
    editor.headingChanged.connect(lambda: headings.append(True))
    office.language.choose(LANGUAGES.index(code))
    assert headings, "the editor's heading was not announced again"
    assert prop(editor, "heading", str) == new[column]
    qtbot.waitUntil(lambda: _heading(office, new[column]) is not None, timeout=5000)  # the form shows it
    editor.close()
    assert _heading(office, add[column]) is not None

    office.office.setPage("kiosks")
    click(office, "office.kiosks.settings")
    qtbot.waitUntil(lambda: office.item("office.settings.save") is not None, timeout=5000)
    assert _heading(office, panel[column]) is not None
    fields = prop(office.settings, "fields", SettingFieldsModel)
    assert _label(fields, "site.welcome") == welcome[column]
    rows: list[bool] = []
    fields.dataChanged.connect(lambda *_: rows.append(True))
    office.language.choose(LANGUAGES.index("en"))
    assert rows, "the settings' rows were not read again"
    assert _label(fields, "site.welcome") == "Welcome line"
    assert _heading(office, "Kiosk settings") is not None
    qtbot.waitUntil(lambda: _heading(office, "Welcome line") is not None, timeout=5000)
