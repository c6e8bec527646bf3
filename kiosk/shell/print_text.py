"""Plain text for printed pages, laid out by Qt's own text engine (kiosk.shell.printing paints it).

Text is never rich text: each paragraph is a `QTextLayout`, which shapes complex scripts (HarfBuzz), sets a
right-to-left paragraph from the right (Unicode bidi; alignment follows the paragraph's first strong
character), wraps at word boundaries and breaks a word longer than the line between characters (never
inside a character), and falls back character by character to a system font that has the character
(fontconfig), with colour emoji from the system's colour emoji font (e.g. Noto Color Emoji) — in PNGs and
in PDFs alike. A character no font has would be drawn by Qt as the first font's ".notdef" glyph, an empty
box ("tofu"); `printable()` finds such characters (glyph 0 after layout) and puts a small accent-coloured
diamond in their place ("◆", or "•" from the bundled font when no font has a diamond).

Thread: any, once a QGuiApplication exists (`ensure_gui_app()` makes an offscreen one on the main thread of
a command-line run): Qt lays out and paints text off the GUI thread onto QImage and QPdfWriter.
"""

from __future__ import annotations

import os
import threading
import unicodedata

import regex
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from kiosk.core.errors import KioskError
from kiosk.core.paths import assets_dir

FAMILY = "Atkinson Hyperlegible"  # bundled in assets/fonts (SIL OFL 1.1)
MISSING_MARKS = ("◆", "•")  # printed for a character no font has: the first one a font can draw
_CLUSTER = regex.compile(r"\X")
_lock = threading.Lock()
_state: dict[str, object] = {}  # "app": a QGuiApplication made here; "fonts": True once the fonts are in
_missing_cache: dict[tuple[str, str, bool], bool] = {}


class PrintError(KioskError):
    kind = "print"


def ensure_gui_app() -> QGuiApplication:
    """The QGuiApplication that Qt's fonts need; on a command line without one, an offscreen one is made
    (QT_QPA_PLATFORM=offscreen unless set)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise PrintError("printing needs a QGuiApplication, not a QCoreApplication")
    if threading.current_thread() is not threading.main_thread():
        raise PrintError("printing off the main thread needs a QGuiApplication made on the main thread first")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    made = QGuiApplication(["kiosk"])
    _state["app"] = made
    return made


def bundled_family() -> str:
    """Makes sure the bundled Atkinson Hyperlegible is known to Qt (the kiosk's window may have added it)."""
    ensure_gui_app()
    with _lock:
        if "fonts" not in _state:
            if FAMILY not in QFontDatabase.families():
                for ttf in sorted((assets_dir() / "fonts").glob("*.ttf")):
                    QFontDatabase.addApplicationFont(str(ttf))
            if FAMILY not in QFontDatabase.families():
                raise PrintError(f"the bundled font {FAMILY} is missing from {assets_dir() / 'fonts'}")
            _state["fonts"] = True
    return FAMILY


def font(px: float, *, bold: bool = False) -> QFont:
    f = QFont(bundled_family())
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # the same layout at any resolution
    return f


def paragraph_rtl(text: str, default: bool = False) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew, …); `default`
    when there is none (digits, emoji)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return default


def _glyphless(cluster: str, f: QFont) -> bool:
    """Whether Qt would draw some of `cluster` as ".notdef" (glyph 0): no font, fallbacks included, has it."""
    key = (cluster, f.family(), f.bold())  # coverage does not depend on the size
    known = _missing_cache.get(key)
    if known is None:
        layout = QTextLayout(cluster, f)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        known = any(0 in run.glyphIndexes() for run in layout.glyphRuns())
        if len(_missing_cache) > 20_000:  # a kiosk runs for months: keep the memory bounded
            _missing_cache.clear()
        _missing_cache[key] = known
    return known


def utf16_len(text: str) -> int:
    """Qt counts positions in UTF-16 code units: an emoji outside the BMP is two."""
    return len(text.encode("utf-16-le")) // 2


def utf16_to_index(text: str, position: int) -> int:
    """The Python index of Qt's `position` (UTF-16 code units) in `text`."""
    return len(text.encode("utf-16-le")[:2 * position].decode("utf-16-le", errors="ignore"))


def printable(text: str, f: QFont) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each character (grapheme cluster) no font can draw replaced by a mark, and where the
    marks are as Qt counts: (start, length) in UTF-16 code units, so they can be coloured."""
    if text.isascii():
        return text, []
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    at = 0
    for cluster in _CLUSTER.findall(text):
        if not cluster.isascii() and not cluster.isspace() and _glyphless(cluster, f):
            cluster = next((m for m in MISSING_MARKS if not _glyphless(m, f)), MISSING_MARKS[-1])
            marks.append((at, utf16_len(cluster)))
        out.append(cluster)
        at += utf16_len(cluster)
    return "".join(out), marks


class TextBox:
    """Plain text laid out in `width` pixels: one QTextLayout per paragraph, baselines `pitch` apart, each
    paragraph aligned to its own start (right for right-to-left) unless `align` says otherwise.
    `max_lines` (0: no limit) ends a longer text with "…"; `mark` colours the marks of `printable()`.
    Keep the box while its layouts are used: a QTextLine is only valid while its QTextLayout lives."""

    def __init__(self, text: str, f: QFont, width: float, *, pitch: float,
                 align: Qt.AlignmentFlag | None = None, max_lines: int = 0, mark: QColor | None = None) -> None:
        self.width, self.pitch = width, pitch
        self.rtl = paragraph_rtl(text)
        self._ascent = QFontMetricsF(f).ascent()
        self.layouts: list[QTextLayout] = []
        self.lines = 0
        for paragraph in text.split("\n"):
            room = max_lines - self.lines if max_lines else 0
            if max_lines and room <= 0:
                break
            shown, marks = printable(paragraph, f)
            rtl = paragraph_rtl(paragraph, self.rtl)  # a paragraph of digits or emoji follows the first one
            layout = self._layout(shown, marks, f, rtl, align, mark)
            if room and layout.lineCount() > room:  # the rest of the text goes into the last line, elided
                cut = utf16_to_index(shown, layout.lineAt(room - 1).textStart())
                shown = shown[:cut] + QFontMetricsF(f).elidedText(shown[cut:], Qt.TextElideMode.ElideRight, width)
                kept = [m for m in marks if m[0] + m[1] < utf16_len(shown)]
                layout = self._layout(shown, kept, f, rtl, align, mark)
            self.layouts.append(layout)
            self.lines += layout.lineCount()
        self.height = self.lines * pitch

    def _layout(self, text: str, marks: list[tuple[int, int]], f: QFont, rtl: bool,
                align: Qt.AlignmentFlag | None, mark: QColor | None) -> QTextLayout:
        layout = QTextLayout(text, f)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        # QTextLayout's alignment is absolute: the start of a right-to-left paragraph is its right edge
        natural = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(natural if align is None else align)
        layout.setTextOption(option)
        if marks and mark is not None:
            fmt = QTextCharFormat()
            fmt.setForeground(mark)
            ranges = []
            for start, length in marks:
                r = QTextLayout.FormatRange()
                r.start, r.length, r.format = start, length, fmt
                ranges.append(r)
            layout.setFormats(ranges)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(self.width)
        layout.endLayout()
        return layout

    def draw(self, painter: QPainter, x: float, y: float, colour: QColor) -> None:
        painter.setPen(colour)
        n = 0
        for layout in self.layouts:
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                line.setPosition(QPointF(0, y + self._ascent + n * self.pitch - line.ascent()))
                n += 1
            layout.draw(painter, QPointF(x, 0))


