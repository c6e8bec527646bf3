"""The kiosk's fonts: the bundled files (assets/fonts, SIL OFL 1.1) and the order Qt falls back through, so that
every shipped script renders legibly and no text shows missing-glyph boxes.

FONT_CHAIN is that order, first family first:
- Atkinson Hyperlegible (Braille Institute): Latin, designed for low vision; it has every letter Polish
  (ą ć ę ł ń ó ś ź ż) and Gaelic (à è ì ò ù, and the older á é ó) need.
- Noto Sans: Cyrillic (Ukrainian: ґ є і ї and the apostrophe ʼ), which Atkinson Hyperlegible lacks.
- Noto Naskh Arabic: Arabic and Urdu (ٹ ڈ ڑ ں ھ ہ ے and the Urdu digits). Naskh is the style of print, school
  books and signs across the Arabic-speaking world, with open counters that stay clear at a distance; for Urdu,
  whose readers know Nastaliq best, Naskh reads fine, is what Android and Windows use for Urdu screens, and
  keeps the line height close to the Latin one (Noto Nastaliq Urdu needs about twice the height per line, so
  every button and card would have to be laid out for it again). docs/translations.md says more.

`load_fonts` adds the files and makes the chain Qt's substitution list for the first family, so any text set
in Theme.fontFamily (every KioskText, field and button) takes a letter its first font lacks from the next one,
in this order, before any system font. Measured here: adding the four Noto files takes 0.5-3 ms, and the time to
the first frame did not move beyond its run-to-run noise (medians 240-250 ms with and without them, in English and
in Arabic); tests/shell/test_fonts.py keeps the adding under a budget.

Thread: `add_font_files` any (Qt's font database is thread-safe: at start-up the files are added on the helper
thread while the window's QML loads, kiosk.app); `load_fonts` GUI, before the window is made.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.core.paths import assets_dir

log = logging.getLogger(__name__)
FAMILY = "Atkinson Hyperlegible"
FONT_CHAIN = (FAMILY, "Noto Sans", "Noto Naskh Arabic")  # kept equal to Theme.qml's fontFamilies (a test checks)


def font_files() -> list[Path]:
    return sorted((assets_dir() / "fonts").glob("*.ttf"))


def add_font_files() -> set[str]:
    """Adds the bundled font files to Qt's font database; returns the families they hold. Any thread."""
    found: set[str] = set()
    for ttf in font_files():
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0:
            found.update(QFontDatabase.applicationFontFamilies(font_id))
    return found


def load_fonts(app: QGuiApplication, added: set[str] | None = None) -> str:
    """Adds the bundled fonts (unless `added`: the families `add_font_files` already added), sets the fallback
    order and the application's font; returns the first family ("" when the files are missing: Qt then uses the
    system's fonts, and a warning is logged). GUI thread."""
    found = add_font_files() if added is None else added
    missing = [family for family in FONT_CHAIN if family not in found]
    if missing:
        log.warning("bundled fonts %s not found under %s", missing, assets_dir() / "fonts")
    QFont.insertSubstitutions(FAMILY, [family for family in FONT_CHAIN[1:] if family in found])
    if FAMILY not in found:
        return ""
    font = QFont(FAMILY)
    font.setPixelSize(28)
    app.setFont(font)
    return FAMILY
