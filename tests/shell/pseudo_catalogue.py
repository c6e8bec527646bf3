"""A TEST catalogue made fresh from the sources (lupdate → every message pseudo-translated → lrelease), and the
checks that tell translated text from English left on the screen.

Every message becomes "⟦Ẇḗŀƈǿḿḗ ŧǿ %1⟧": the letters swapped for accented look-alikes (so a word that went
through the catalogue is never plain ASCII), the places for arguments (%1, %n, {n}) left as they are, and the
whole wrapped in ⟦ ⟧ (so a switch back to English can be checked: no ⟦ anywhere). The catalogue is installed
under a real language's code (Welsh, "cy"), so dates and day names come from that locale and show whether
Python-made dates followed the switch too.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.core.paths import qml_files

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
TEST_LANGUAGE = "cy"
OPEN, CLOSE = "⟦", "⟧"
_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ"
_SWAP = str.maketrans(_PLAIN, _ACCENTED)
_KEEP = re.compile(r"%L?\d|%n|\{[a-z_]+\}|<[^>]*>|&\w+;")  # argument places, tags and entities stay as written


def pseudo(source: str) -> str:
    """'Welcome to %1' → '⟦Ẇḗŀƈǿḿḗ ŧǿ %1⟧'."""
    out, last = [], 0
    for m in _KEEP.finditer(source):
        out += [source[last:m.start()].translate(_SWAP), m[0]]
        last = m.end()
    out.append(source[last:].translate(_SWAP))
    return OPEN + "".join(out) + CLOSE


def source_files() -> list[str]:
    return [*map(str, qml_files()), *(str(p) for p in sorted((ROOT / "kiosk").rglob("*.py"))
                                       if "__pycache__" not in p.parts)]


def lupdate(out: Path, language: str = "") -> None:
    extra = ["-target-language", language] if language else []
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *source_files(), "-ts", str(out), *extra], check=True,
                   capture_output=True, timeout=180)


def make_catalogue(directory: Path, language: str = TEST_LANGUAGE) -> Path:
    """kiosk_<language>.qm in `directory`: every message of the current sources, pseudo-translated."""
    ts = directory / f"kiosk_{language}.ts"
    lupdate(ts, language)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        text = pseudo(message.findtext("source") or "")
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = text
        if not forms:
            translation.text = text
    tree.write(ts, encoding="utf-8")
    qm = ts.with_suffix(".qm")
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True,
                   timeout=120)
    return qm


def locale_words(language: str = TEST_LANGUAGE) -> set[str]:
    """Every word the locale itself makes: day and month names, am/pm (these come from QLocale, not the
    catalogue, and are right in that language)."""
    locale = QLocale(language)
    found: list[str] = [locale.amText(), locale.pmText()]
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat, QLocale.FormatType.NarrowFormat):
        found += [locale.dayName(d, fmt) for d in range(1, 8)] + [locale.standaloneDayName(d, fmt) for d in range(1, 8)]
        found += [locale.monthName(m, fmt) for m in range(1, 13)]
        found += [locale.standaloneMonthName(m, fmt) for m in range(1, 13)]
    return {w.casefold() for text in found for w in re.findall(r"[^\W\d_]+", text)}


# Text that is data, not UI, so never translated: file paths, e-mail and web addresses, staff labels.
_DATA_PATTERNS = re.compile(r"(?:/[\w.@+-]+)+/?|\S+@\S+|https?://\S+|www\.\S+|[\w-]+\.(?:pdf|png|jpe?g|svg|com)\b")
_ENGLISH_WORD = re.compile(r"\b[A-Za-z]{2,}\b")


def english_left(text: str, data: Iterable[str], allowed_words: set[str]) -> list[str]:
    """The English words of `text` that are neither in a catalogue translation, nor data, nor the locale's."""
    for piece in sorted(data, key=len, reverse=True):
        if piece:
            text = text.replace(piece, " ")
    text = _DATA_PATTERNS.sub(" ", text)
    return [w for w in _ENGLISH_WORD.findall(text) if w.casefold() not in allowed_words]


def is_input(item: QQuickItem) -> bool:
    """Text people type (a field's text is theirs, not the kiosk's words)."""
    return item.inherits("QQuickTextInput") or item.inherits("QQuickTextEdit")


def visible_texts(window: QQuickWindow) -> list[tuple[str, str]]:
    """(objectName, text) of every visible text item on screen, the Qt Virtual Keyboard's keys left out (they
    are Qt's own and follow its own layouts)."""
    found: list[tuple[str, str]] = []

    def visit(item: QQuickItem, name: str) -> None:
        if item.objectName() == "keyboard" or not item.isVisible():
            return
        name = item.objectName() or name
        if item.inherits("QQuickText") and not is_input(item):
            text = item.property("text")
            if isinstance(text, str) and text.strip():
                found.append((name, text))
        for child in item.childItems():
            visit(child, name)

    visit(window.contentItem(), "")
    return found
