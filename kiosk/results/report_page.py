"""A4 pages drawn with matplotlib (no pyplot, no global backend): text flowed top to bottom in millimetres,
wrapped by measuring each word in the real font, with new pages as needed, a footer on every page, written as
a vector PDF whose fonts are embedded as TrueType (`pdf.fonttype` 42: text selectable and searchable) or as PNG.

The kiosk's look (kiosk/shell/qml/Kiosk/Theme.qml): warm paper, deep ink, terracotta accent, the bundled
Atkinson Hyperlegible with DejaVu Sans as the fallback for characters it lacks. Used by the PDF report and the
poster. Thread: any — matplotlib's Figure API keeps no global state; font registration is done once under a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib import font_manager, ft2font
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Circle, FancyBboxPatch, Polygon, Rectangle

from kiosk.core.paths import assets_dir

A4 = (210.0, 297.0)
MM = 1 / 25.4  # inches
FAMILY = "Atkinson Hyperlegible"
FALLBACK = "DejaVu Sans"


@dataclass(frozen=True)
class Palette:
    paper: str = "#FBF4EA"
    surface: str = "#FFFFFF"
    ink: str = "#2B1D14"
    ink_soft: str = "#4D3B2F"
    accent: str = "#8A3B12"
    quote: str = "#7A3210"
    yes: str = "#1D5C3A"
    not_sure: str = "#6E4A0E"
    no: str = "#4A3A6E"
    quiet: str = "#EFE4D4"
    shadow: str = "#E6D8C5"
    blob_a: str = "#F6D9C2"
    blob_b: str = "#DCE8D5"
    warm: str = "#FDEEE2"
    sage: str = "#EEF4EA"
    sand: str = "#F3E3B8"
    notice: str = "#FFF1C7"


PALETTE = Palette()
_lock = threading.Lock()
_fonts: dict[str, object] = {}
_faces: dict[str, ft2font.FT2Font] = {}  # our own faces for measuring (never matplotlib's shared ones)
_widths: dict[tuple[str, bool], float] = {}


def register_fonts() -> list[str]:
    """Adds the bundled fonts to matplotlib once; returns the family list (the kiosk's, then the fallback)."""
    with _lock:
        if "done" not in _fonts:
            for ttf in sorted((assets_dir() / "fonts").glob("*.ttf")):
                font_manager.fontManager.addfont(str(ttf))
            _fonts["done"] = True
            _fonts["paths"] = {bold: _font_path(bold) for bold in (False, True)}
    return [FAMILY, FALLBACK]


def _font_path(bold: bool) -> list[str]:
    paths = []
    for family in (FAMILY, FALLBACK):
        prop = font_manager.FontProperties(family=family, weight="bold" if bold else "normal")
        paths.append(str(font_manager.findfont(prop, fallback_to_default=True)))
    return paths


@contextmanager
def style() -> Iterator[None]:
    """matplotlib settings for these pages only (never the process-wide defaults)."""
    families = register_fonts()
    with matplotlib.rc_context({"pdf.fonttype": 42, "ps.fonttype": 42, "font.family": families,
                                "font.size": 9, "axes.unicode_minus": False, "svg.fonttype": "none",
                                "pdf.compression": 6, "hatch.linewidth": 0.6}):
        yield


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` set at `size` points, in millimetres: the sum of each character's advance in the
    first font that has it (kerning ignored, a fraction of a per cent), cached per character."""
    return sum(_advance(ch, bold) for ch in text) * size * 25.4 / 72


def _advance(ch: str, bold: bool) -> float:
    """A character's advance in ems, from the bundled font or else the fallback."""
    key = (ch, bold)
    found = _widths.get(key)
    if found is None:
        register_fonts()
        with _lock:
            paths: dict[bool, list[str]] = _fonts["paths"]  # type: ignore[assignment]
            found = 0.6
            for path in paths[bold]:
                font = ft2font.FT2Font(path) if path not in _faces else _faces[path]
                _faces[path] = font
                if font.get_char_index(ord(ch)):
                    font.set_size(100, 72)
                    glyph = font.load_char(ord(ch), flags=ft2font.LoadFlags.NO_HINTING)
                    found = glyph.linearHoriAdvance / 65536 / 100
                    break
            _widths[key] = found
    return found


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Lines of `text` no wider than `width` mm ("\n" starts a new paragraph; an over-long word is cut)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}" if line else word
            if text_width(trial, size, bold) <= width:
                line = trial
                continue
            if line:
                lines.append(line)
            while text_width(word, size, bold) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and text_width(word[:cut], size, bold) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def pitch(size: float) -> float:
    """Line spacing in mm for `size` points."""
    return size * 1.35 * 25.4 / 72


class TextBatch(Artist):
    """Many plain strings drawn by one artist, straight through the renderer: no Text objects to lay out (a
    report's tables have thousands of cells), never read as mathtext (a "$" in a site name stays a "$").
    Positions are baselines in the canvas's millimetres; alignment uses the measured widths."""

    def __init__(self, ax: Axes) -> None:
        super().__init__()
        self.ax = ax
        self.items: list[tuple[float, float, str, FontProperties, str]] = []
        self.set_zorder(6)

    def add(self, x: float, y: float, s: str, size: float, bold: bool, color: str) -> None:
        self.items.append((x, y, s, FontProperties(family=[FAMILY, FALLBACK], size=size,
                                                   weight="bold" if bold else "normal"), color))

    def draw(self, renderer: Any) -> None:
        if not self.get_visible():
            return
        transform = self.ax.transData
        height = renderer.get_canvas_width_height()[1] if renderer.flipy() else None  # Agg counts from the top
        gc = renderer.new_gc()
        for x, y, s, prop, color in self.items:
            if not s:
                continue
            px, py = transform.transform((x, y))
            if height is not None:
                py = height - py
            gc.set_foreground(color)
            renderer.draw_text(gc, px, py, s, prop, 0.0, ismath=False)
        gc.restore()
        self.stale = False


class Pages:
    """Pages of one document; `y` is the cursor (mm from the top) on the current page."""

    def __init__(self, *, margin: float = 16.0, footer_room: float = 14.0, palette: Palette = PALETTE) -> None:
        self.margin, self.footer_room, self.p = margin, footer_room, palette
        self.width = A4[0] - 2 * margin
        self.figures: list[Figure] = []
        self.canvases: list[Axes] = []
        self.batches: list[TextBatch] = []
        self.y = 0.0
        self.new_page()

    @property
    def ax(self) -> Axes:
        return self.canvases[-1]

    @property
    def bottom(self) -> float:
        return A4[1] - self.margin - self.footer_room

    def new_page(self) -> None:
        fig = Figure(figsize=(A4[0] * MM, A4[1] * MM))
        fig.patch.set_facecolor(self.p.paper)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, A4[0])
        ax.set_ylim(A4[1], 0)
        ax.set_axis_off()
        ax.add_patch(Circle((A4[0] + 18, -22), 70, color=self.p.blob_a, zorder=0, lw=0))
        self.figures.append(fig)
        self.canvases.append(ax)
        self.batches.append(TextBatch(ax))
        ax.add_artist(self.batches[-1])
        self.y = self.margin

    def need(self, height: float) -> None:
        """Starts a new page unless `height` mm still fit above the footer."""
        if self.y + height > self.bottom and self.y > self.margin + 1:
            self.new_page()

    def axes(self, x: float, y: float, w: float, h: float) -> Axes:
        """A chart's axes at (x, y) mm from the page's top left, w × h mm."""
        fig = self.figures[-1]
        return fig.add_axes((x / A4[0], 1 - (y + h) / A4[1], w / A4[0], h / A4[1]))

    def text(self, x: float, y: float, s: str, size: float, *, bold: bool = False, color: str | None = None,
             ha: str = "left") -> None:
        """`s` on the current page with its baseline at (x, y) mm; `ha` left, center or right of x."""
        if ha != "left":
            width = text_width(s, size, bold)
            x -= width / 2 if ha == "center" else width
        self.batches[-1].add(x, y, s, size, bold, color or self.p.ink)

    def paragraph(self, s: str, size: float = 9.5, *, bold: bool = False, color: str | None = None,
                  x: float | None = None, width: float | None = None, after: float = 1.5) -> float:
        """Wrapped text from the cursor, breaking pages between lines; returns the height used."""
        x = self.margin if x is None else x
        lines = wrap(s, width or (self.margin + self.width - x), size, bold)
        step = pitch(size)
        used = 0.0
        for line in lines:
            self.need(step)
            self.text(x, self.y + step * 0.78, line, size, bold=bold, color=color)
            self.y += step
            used += step
        self.y += after
        return used + after

    def heading(self, s: str, keep_with: float = 30.0) -> None:
        """A section heading, kept on the same page as the first `keep_with` mm of what follows."""
        self.need(12 + keep_with)
        self.y += 3
        self.text(self.margin, self.y + 6, s, 14, bold=True, color=self.p.ink)
        self.ax.add_patch(FancyBboxPatch((self.margin, self.y + 8.6), 18, 1.1,
                                         boxstyle="round,pad=0,rounding_size=0.55", color=self.p.accent, lw=0,
                                         zorder=4))
        self.y += 13

    def card(self, x: float, y: float, w: float, h: float, fill: str | None = None) -> None:
        ax = self.ax
        ax.add_patch(FancyBboxPatch((x + 0.6, y + 0.9), w, h, boxstyle="round,pad=0,rounding_size=3",
                                    color=self.p.shadow, lw=0, zorder=1))
        ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0,rounding_size=3",
                                    color=fill or self.p.surface, lw=0, zorder=2))

    def rect(self, x: float, y: float, w: float, h: float, color: str, *, hatch: str | None = None,
             edge: str | None = None, zorder: int = 3) -> None:
        self.ax.add_patch(Rectangle((x, y), w, h, facecolor=color, edgecolor=edge or "none", hatch=hatch,
                                    lw=0.4 if edge else 0, zorder=zorder))

    def triangle(self, x: float, y: float, *, down: bool, color: str, size: float = 2.6) -> None:
        """A small filled triangle centred on (x, y) mm: the signal marks beside the chart's list."""
        h = size * 0.87
        tip, base = (y + h / 2, y - h / 2) if down else (y - h / 2, y + h / 2)
        self.ax.add_patch(Polygon([(x - size / 2, base), (x + size / 2, base), (x, tip)], closed=True,
                                  facecolor=color, lw=0, zorder=4))

    def footers(self, words: str, page: str) -> None:
        """The footer on every page: `words` and "Page n of N" (`page` has {n} and {total})."""
        total = len(self.figures)
        for i, batch in enumerate(self.batches):
            line = f"{words}  ·  {page.format(n=i + 1, total=total)}" if total > 1 else words
            x = A4[0] / 2 - text_width(line, 7.5) / 2
            batch.add(x, A4[1] - self.margin + 4, line, 7.5, False, self.p.ink_soft)

    def save_pdf(self, path: Path, *, title: str, subject: str = "") -> None:
        """Every page into one PDF, written beside `path` then renamed (never a half-written file)."""
        tmp = path.with_name(path.name + ".part")
        try:
            with PdfPages(tmp, metadata={"Title": title, "Subject": subject, "Creator": "Kindness Kiosk",
                                         "CreationDate": None}) as pdf:
                for fig in self.figures:
                    pdf.savefig(fig, facecolor=fig.get_facecolor())
            tmp.replace(path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
