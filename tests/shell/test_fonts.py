"""The fonts cover every shipped script: every character of every translation in every catalogue (and every
language's own name, and a sample of each language's letters) is drawn by the kiosk's font chain
(kiosk.shell.fonts.FONT_CHAIN: Atkinson Hyperlegible, Noto Sans, Noto Naskh Arabic) — never a missing-glyph box
and never a system font; Theme.qml names the same chain; adding the fonts costs little at start-up."""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont, QTextLayout

from kiosk.core.paths import assets_dir, qml_dir
from kiosk.demo import DEMO_LANGUAGES
from kiosk.shell.fonts import FAMILY, FONT_CHAIN, add_font_files, font_files, load_fonts
from kiosk.shell.language import language_name

# Letters each language needs, whatever its catalogue says yet (so the check means something on empty catalogues).
SAMPLES = {
    "gd": "àèìòùÀÈÌÒÙáéó Fàilte! Tha sinn toilichte gu bheil thu an seo.",
    "pl": "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ „Dzień dobry” — zażółć gęślą jaźń",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ ʼ «Ласкаво просимо»",
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ ،؛؟ ٠١٢٣٤٥٦٧٨٩ أهلاً وسهلاً",
    "ur": "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےآۃۓ ۔،؟ ۰۱۲۳۴۵۶۷۸۹ خوش آمدید",
}
_PLACE = re.compile(r"%L?\d|%n")


def catalogue_texts() -> dict[str, str]:
    """Every translation in every catalogue (assets/i18n/kiosk_*.ts), by file name."""
    found = {}
    for ts in sorted((assets_dir() / "i18n").glob("kiosk_*.ts")):
        texts = []
        for translation in ET.parse(ts).getroot().iter("translation"):
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            texts += [translation.text or ""] + [form.text or "" for form in translation.findall("numerusform")]
        found[ts.name] = _PLACE.sub("", "".join(texts))
    return found


def raw_fonts() -> list[QRawFont]:
    return [QRawFont(str(path), 32) for path in font_files()]


def uncovered(text: str, fonts: list[QRawFont]) -> str:
    """The characters of `text` that no bundled font has (spaces and controls aside)."""
    return "".join(sorted({c for c in text if not c.isspace() and ord(c) >= 0x20 and c not in "\u200c\u200d\u200e\u200f"
                           and not any(f.supportsCharacter(ord(c)) for f in fonts)}))


def drawn_badly(text: str) -> list[str]:
    """What Qt's own shaping does with `text` set in the kiosk's font: each run drawn by a font outside the chain,
    or with a missing glyph (index 0, the box)."""
    layout = QTextLayout(text, QFont(FAMILY))
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    problems = []
    for run in layout.glyphRuns():
        family = run.rawFont().familyName()
        if family not in FONT_CHAIN or 0 in run.glyphIndexes():
            problems.append(family)
    return problems


@pytest.fixture(scope="module")
def fonts(qapp) -> list[QRawFont]:  # type: ignore[no-untyped-def]
    load_fonts(qapp)
    return raw_fonts()


def test_every_character_of_every_catalogue_has_a_glyph(fonts: list[QRawFont]) -> None:
    texts = catalogue_texts()
    assert {f"kiosk_{code}.ts" for code in DEMO_LANGUAGES} <= set(texts)
    missing = {name: uncovered(text, fonts) for name, text in texts.items()}
    assert {name: chars for name, chars in missing.items() if chars} == {}
    badly = {name: drawn_badly(text) for name, text in texts.items() if text}
    assert {name: runs for name, runs in badly.items() if runs} == {}


@pytest.mark.parametrize("code", DEMO_LANGUAGES)
def test_each_language_name_and_its_letters_are_drawn_by_the_kiosk_fonts(fonts: list[QRawFont], code: str) -> None:
    text = language_name(code) + " " + SAMPLES.get(code, "")
    assert uncovered(text, fonts) == ""
    assert drawn_badly(text) == []


def test_the_check_finds_a_letter_no_bundled_font_has(fonts: list[QRawFont]) -> None:
    assert uncovered("Fàilte ᚠᚢ", fonts) == "ᚠᚢ"  # runes: in none of them
    assert drawn_badly("ᚠᚢ")  # a box, or a system font: either way not the kiosk's


def test_latin_is_atkinson_hyperlegible_for_polish_and_gaelic_too(fonts: list[QRawFont]) -> None:
    atkinson = [f for f in fonts if f.familyName() == FAMILY]
    assert len(atkinson) == 2  # regular and bold
    for font in atkinson:
        assert uncovered(SAMPLES["pl"] + SAMPLES["gd"], [font]) == ""
    assert uncovered(SAMPLES["uk"], atkinson) != ""  # why Noto Sans is there
    assert FAMILY in QFontDatabase.families()


def test_theme_names_the_same_chain_qt_falls_back_through_and_the_licences_ship(fonts: list[QRawFont]) -> None:
    theme = (qml_dir() / "Kiosk" / "Theme.qml").read_text(encoding="utf-8")
    listed = re.search(r"fontFamilies:\s*\[([^\]]*)\]", theme)
    assert listed is not None and tuple(re.findall(r'"([^"]+)"', listed[1])) == FONT_CHAIN
    assert [name.casefold() for name in QFont.substitutes(FAMILY)] == [name.casefold() for name in FONT_CHAIN[1:]]
    fonts_dir = assets_dir() / "fonts"
    assert "Open Font License" in (fonts_dir / "OFL-Noto.txt").read_text(encoding="utf-8")
    assert {p.name for p in fonts_dir.glob("Noto*.ttf")} == {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
                                                             "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"}




def test_the_files_are_added_off_the_gui_thread_as_at_start_up(qapp) -> None:  # type: ignore[no-untyped-def]
    """kiosk.app adds the files on its helper thread while the window's QML loads (Qt's font database is
    thread-safe), then sets the fallback chain and the application's font on the GUI thread."""
    found: list[set[str]] = []
    helper = threading.Thread(target=lambda: found.append(add_font_files()), name="kiosk-imports")
    helper.start()
    helper.join(60)
    assert found and set(FONT_CHAIN) <= found[0]
    assert load_fonts(qapp, found[0]) == FAMILY
    assert QFont.substitutes(FAMILY)[:len(FONT_CHAIN) - 1] == [family.lower() for family in FONT_CHAIN[1:]]
    assert QGuiApplication.font().family() == FAMILY
