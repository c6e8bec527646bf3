"""A printable poster of kindness-wall messages (A4 or A3 portrait, PNG or PDF), drawn with Pillow.

Warm paper, the title "Kindness noticed here", the site's name and the dates, then the messages as cards in
columns (masonry: each card goes to the shortest column), as many pages as it takes. Text is the bundled
Atkinson Hyperlegible; characters it lacks fall back, cluster by cluster, to a system font that has them
(DejaVu Sans, Noto, FreeSans …) and colour emoji come from a system colour-emoji font when there is one.
A character no font can draw is shown as a small drawn diamond — never a crash and never an empty "tofu"
box (coverage is checked against each font's .notdef glyph). Lines are wrapped by measured width (Pillow's
`getlength`, with complex-script shaping when Pillow has raqm), words too long for a line are broken
between characters, and right-to-left paragraphs are set from the right.
Thread: any (the CLI's main thread or the kiosk's database thread); no Qt.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFont, features

from kiosk.core.errors import KioskError
from kiosk.core.paths import assets_dir
from kiosk.wall.rules.messages import graphemes, is_pictographic

PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
COLUMNS = {"A4": 2, "A3": 3}
DPIS = (150, 300)
TITLE = "Kindness noticed here"

PAPER = (0xFB, 0xF4, 0xEA)
INK = (0x2B, 0x1D, 0x14)
INK_SOFT = (0x4D, 0x3B, 0x2F)
ACCENT = (0x7A, 0x32, 0x10)  # Theme.quoteInk: ≥ 7:1 on the cards
BLOB_A = (0xF6, 0xD9, 0xC2)
BLOB_B = (0xDC, 0xE8, 0xD5)
CARD_FILLS = ((0xFF, 0xFF, 0xFF), (0xFD, 0xEE, 0xE2), (0xEE, 0xF4, 0xEA))
SHADOW = (0xE9, 0xDD, 0xCC)

# System fonts tried, in order, for characters the bundled font lacks (the first that exist are used).
FALLBACK_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/seguisym.ttf",
)
EMOJI_FONTS = (
    "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
    "/usr/share/fonts/noto/NotoColorEmoji.ttf",
    "/usr/share/fonts/google-noto-emoji/NotoColorEmoji.ttf",
    "/System/Library/Fonts/Apple Color Emoji.ttc",
    "C:/Windows/Fonts/seguiemj.ttf",
)
_IGNORABLE = frozenset("\u200c\u200d\ufe0e\ufe0f")


class PosterError(KioskError):
    kind = "poster"


class NothingToPrint(PosterError):
    """No approved messages in the chosen dates."""

    kind = "poster_empty"


@dataclass(frozen=True, slots=True)
class PosterNote:
    text: str  # plain text, as on the wall
    when: str = ""  # a short date for the card's foot, e.g. "25 November"


@dataclass(frozen=True, slots=True)
class PosterText:
    """The words around the messages (the CLI passes English; the kiosk passes its translations)."""

    title: str = TITLE
    site: str = ""
    period: str = ""  # e.g. "1 – 30 November 2026"
    continued: str = "Kindness noticed here (continued)"
    footer: str = "Written by visitors on our kindness kiosk"
    page: str = "Page {n} of {total}"


# -- Fonts: the bundled one first, then fallbacks, per grapheme cluster ------------------------------

def _existing(paths: Iterable[str]) -> tuple[str, ...]:
    return tuple(p for p in paths if os.path.isfile(p))


def _bundled(bold: bool) -> str:
    name = "AtkinsonHyperlegible-Bold.ttf" if bold else "AtkinsonHyperlegible-Regular.ttf"
    path = assets_dir() / "fonts" / name
    if not path.is_file():
        raise PosterError(f"the bundled font {path} is missing")
    return str(path)


def _layout_engine() -> ImageFont.Layout:
    return ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC


@functools.lru_cache(maxsize=64)
def _truetype(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, layout_engine=_layout_engine())


class _Face:
    """One font file at one size, with a cache of which characters it can really draw."""

    def __init__(self, path: str, size: int) -> None:
        self.path = path
        self.font = _truetype(path, size)
        self._notdef = self._signature("\U0010fffd")
        self._known: dict[str, bool] = {}

    def _signature(self, ch: str) -> tuple[tuple[int, int], bytes]:
        mask = self.font.getmask(ch)
        return mask.size, bytes(mask)

    def has(self, ch: str) -> bool:
        known = self._known.get(ch)
        if known is None:
            try:
                known = self._known[ch] = self._signature(ch) != self._notdef
            except (OSError, ValueError):
                known = self._known[ch] = False
        return known


class _EmojiFace:
    """A colour emoji font (bitmap strikes: drawn at its own size, then scaled to the text)."""

    STRIKE = 109  # Noto Color Emoji's only size

    def __init__(self, path: str, size: int) -> None:
        self.font = ImageFont.truetype(path, self.STRIKE, layout_engine=_layout_engine())
        self.size = size
        self._notdef = self._signature("\U0010fffd")

    def _signature(self, text: str) -> tuple[tuple[int, int], bytes]:
        mask = self.font.getmask(text)
        return mask.size, bytes(mask)

    def has(self, cluster: str) -> bool:
        try:
            return self._signature(cluster[0]) != self._notdef
        except (OSError, ValueError):
            return False

    def image(self, cluster: str) -> Image.Image | None:
        try:
            left, top, right, bottom = (round(v) for v in self.font.getbbox(cluster, mode="RGBA"))
            if right <= left or bottom <= top:
                return None
            im = Image.new("RGBA", (right - left, bottom - top), (0, 0, 0, 0))
            ImageDraw.Draw(im).text((-left, -top), cluster, font=self.font, embedded_color=True)
            scale = self.size * 1.05 / self.STRIKE
            return im.resize((max(1, round(im.width * scale)), max(1, round(im.height * scale))),
                             Image.Resampling.LANCZOS)
        except (OSError, ValueError, TypeError):
            return None


SYMBOL = -1  # a run drawn as a small diamond: no font has the character
EMOJI = -2  # a run drawn from the colour emoji font


@dataclass
class _Run:
    face: int  # index into the chain, or SYMBOL / EMOJI
    text: str
    width: float = 0.0


@dataclass
class Typeface:
    """A chain of faces at one size: the bundled font, then fallbacks, then colour emoji."""

    size: int
    bold: bool = False
    emoji_path: str | None = None
    fallbacks: tuple[str, ...] = ()
    faces: list[_Face] = field(default_factory=list)
    emoji: _EmojiFace | None = None

    def __post_init__(self) -> None:
        paths = [_bundled(self.bold)]
        for p in self.fallbacks:
            if self.bold:
                bold = p.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf").replace("-Regular", "-Bold")
                p = bold if os.path.isfile(bold) else p
            paths.append(p)
        for p in paths:
            try:
                self.faces.append(_Face(p, self.size))
            except OSError:
                continue
        if self.emoji_path:
            try:
                self.emoji = _EmojiFace(self.emoji_path, self.size)
            except OSError:
                self.emoji = None

    def face_for(self, cluster: str) -> int:
        if cluster.isspace():
            return 0
        emoji_like = is_pictographic(cluster[0]) or "\ufe0f" in cluster or 0x1F1E6 <= ord(cluster[0]) <= 0x1F1FF
        if emoji_like and self.emoji is not None and self.emoji.has(cluster):
            return EMOJI
        needed = [c for c in cluster if c not in _IGNORABLE and not 0x1F3FB <= ord(c) <= 0x1F3FF
                  and not 0xE0020 <= ord(c) <= 0xE007F]
        if emoji_like and len(needed) > 1:
            return SYMBOL  # a joined emoji sequence a plain font would show as several pictures
        for i, face in enumerate(self.faces):
            if all(face.has(c) for c in needed):
                return i
        return SYMBOL

    def runs(self, text: str) -> list[_Run]:
        out: list[_Run] = []
        for cluster in graphemes(text):
            face = self.face_for(cluster)
            if face == 0 and cluster.isspace() and out:
                face = out[-1].face if out[-1].face >= 0 else 0
            if out and out[-1].face == face and face not in (EMOJI, SYMBOL):
                out[-1].text += cluster
            else:
                out.append(_Run(face, cluster))
        for run in out:
            run.width = self._width(run)
        return out

    def _width(self, run: _Run) -> float:
        if run.face == SYMBOL or run.face == EMOJI:
            return self.size * 1.1 * len(graphemes(run.text))
        return float(self.faces[run.face].font.getlength(run.text))

    def width(self, text: str) -> float:
        return sum(r.width for r in self.runs(text))

    @property
    def line_height(self) -> float:
        return self.size * 1.32

    @property
    def ascent(self) -> float:
        return float(self.faces[0].font.getmetrics()[0])


def find_emoji_font() -> str | None:
    override = os.environ.get("KIOSK_EMOJI_FONT")
    if override:
        return override if os.path.isfile(override) else None
    found = _existing(EMOJI_FONTS)
    return found[0] if found else None


# -- Text: direction, wrapping, drawing --------------------------------------------------------------

def paragraph_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew, …)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _run_direction(text: str, paragraph: str) -> str:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return paragraph


def _break_word(face: Typeface, word: str, width: float) -> list[str]:
    """A word wider than the line, broken between characters (never inside an emoji or accent)."""
    pieces: list[str] = []
    current = ""
    for cluster in graphemes(word):
        if current and face.width(current + cluster) > width:
            pieces.append(current)
            current = cluster
        else:
            current += cluster
    if current:
        pieces.append(current)
    return pieces


def wrap(face: Typeface, text: str, width: float) -> list[str]:
    """Lines that each fit `width` pixels; explicit line breaks are kept; nothing is dropped."""
    lines: list[str] = []
    space = face.width(" ")
    for paragraph in text.split("\n"):
        words = paragraph.split()
        line, line_w = "", 0.0
        for word in words:
            w = face.width(word)
            if line and line_w + space + w <= width:
                line, line_w = f"{line} {word}", line_w + space + w
                continue
            if line:
                lines.append(line)
            if w <= width:
                line, line_w = word, w
            else:
                *full, last = _break_word(face, word, width)
                lines.extend(full)
                line, line_w = last, face.width(last)
        lines.append(line)
    return lines


def draw_line(image: Image.Image, face: Typeface, text: str, x: float, baseline: float, width: float,
              colour: tuple[int, int, int], *, rtl: bool | None = None, centre: bool = False) -> None:
    """Draws one line of mixed-font text on `baseline`, from the left (or the right when right-to-left)."""
    draw = ImageDraw.Draw(image)
    rtl = paragraph_rtl(text) if rtl is None else rtl
    runs = face.runs(text)
    total = sum(r.width for r in runs)
    if centre:
        x += max(0.0, (width - total) / 2)
    elif rtl:
        x += max(0.0, width - total)
    # Right-to-left: runs in logical order from the right edge of the line (each run is shaped by raqm).
    ordered = list(reversed(runs)) if rtl else runs
    pen = x
    paragraph = "rtl" if rtl else "ltr"
    for run in ordered:
        if run.face >= 0:
            kwargs = {"direction": _run_direction(run.text, paragraph)} if features.check("raqm") else {}
            draw.text((pen, baseline), run.text, font=face.faces[run.face].font, fill=colour, anchor="ls",
                      **kwargs)  # type: ignore[arg-type]
        else:
            step = run.width / max(1, len(graphemes(run.text)))
            for i, cluster in enumerate(graphemes(run.text)):
                left = pen + i * step
                picture = face.emoji.image(cluster) if run.face == EMOJI and face.emoji else None
                if picture is not None:
                    top = round(baseline - face.size * 0.92)
                    image.paste(picture, (round(left + (step - picture.width) / 2), top), picture)
                else:
                    _diamond(draw, left + step / 2, baseline - face.size * 0.36, face.size * 0.24)
        pen += run.width


def _diamond(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    draw.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=ACCENT)


# -- Layout ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Sizes:
    width: int
    height: int
    px_per_mm: float
    columns: int

    def mm(self, value: float) -> int:
        return round(value * self.px_per_mm)


def page_size(size: str, dpi: int) -> tuple[int, int]:
    """Pixels of an A4/A3 portrait page at `dpi` (A4 at 150 dpi: 1240 x 1754)."""
    if size not in PAPER_MM:
        raise PosterError(f"{size!r} is not a poster size; use A4 or A3")
    if dpi not in DPIS:
        raise PosterError(f"{dpi} dpi is not offered; use 150 or 300")
    w_mm, h_mm = PAPER_MM[size]
    return round(w_mm / 25.4 * dpi), round(h_mm / 25.4 * dpi)


@dataclass
class _Card:
    note: PosterNote
    lines: list[str]
    rtl: bool
    height: int
    fill: tuple[int, int, int]


class _Poster:
    def __init__(self, size: str, dpi: int, words: PosterText, emoji_path: str | None,
                 fallbacks: tuple[str, ...], scale: float = 1.0) -> None:
        w, h = page_size(size, dpi)
        self.s = _Sizes(w, h, dpi / 25.4, COLUMNS[size])
        mm = self.s.mm
        self.words = words
        self.margin = mm(16)
        self.gap = mm(6)
        self.pad = mm(6 * scale)
        self.body = Typeface(mm(5.4 * scale), emoji_path=emoji_path, fallbacks=fallbacks)
        self.small = Typeface(mm(3.9 * min(scale, 1.25)), fallbacks=fallbacks)
        self.title = Typeface(mm(15), bold=True, fallbacks=fallbacks)
        self.subtitle = Typeface(mm(6.6), fallbacks=fallbacks)
        self.quote = Typeface(mm(16 * scale), bold=True, fallbacks=fallbacks)
        self.col_w = (w - 2 * self.margin - (self.s.columns - 1) * self.gap) // self.s.columns
        self.text_w = self.col_w - 2 * self.pad
        self.quote_room = mm(9 * scale)

    # The first page has the full heading; later pages a short one.
    def heading_height(self, first: bool) -> int:
        if not first:
            return self.s.mm(16)
        lines = len(wrap(self.title, self.words.title, self.s.width - 2 * self.margin))
        extra = sum(1 for t in (self.words.site, self.words.period) if t)
        return self.s.mm(12) + round(lines * self.title.line_height + extra * self.subtitle.line_height) \
            + self.s.mm(16)

    def footer_height(self) -> int:
        return self.s.mm(16)

    def card(self, note: PosterNote) -> _Card:
        lines = wrap(self.body, note.text, self.text_w)
        limit = int((self.s.height - self.heading_height(True) - self.footer_height() - self.s.mm(40))
                    / self.body.line_height)
        if len(lines) > limit:  # longer than a page: the end is shown as "…"
            lines = [*lines[:limit - 1], lines[limit - 1] + " …"]
        height = (self.pad + self.quote_room + round(len(lines) * self.body.line_height) + self.s.mm(2)
                  + (round(self.small.line_height) if note.when else 0) + self.pad)
        return _Card(note, lines, paragraph_rtl(note.text), height, CARD_FILLS[0])

    LOOKAHEAD = 12  # when the next card does not fit, a later one that does may fill the gap

    def pages(self, notes: Sequence[PosterNote]) -> list[list[tuple[_Card, int, int]]]:
        """Cards placed on pages: (card, x, y), each in the shortest column, in order — except that a gap at
        the foot of a page is filled by one of the next few cards when the next one is too tall for it."""
        waiting = [self.card(n) for n in notes]
        pages: list[list[tuple[_Card, int, int]]] = []
        bottom = self.s.height - self.margin - self.footer_height()
        while waiting:
            top = self.margin + self.heading_height(not pages)
            tops = [top] * self.s.columns
            rows = [0] * self.s.columns
            placed: list[tuple[_Card, int, int]] = []
            while waiting:
                col = min(range(self.s.columns), key=lambda c: tops[c])
                room = bottom - tops[col]
                pick = next((i for i, c in enumerate(waiting[:self.LOOKAHEAD]) if c.height <= room), None)
                if pick is None and tops[col] == top:
                    pick = 0  # taller than a whole page (already cut to fit with "…"): it gets the column
                if pick is None:
                    break
                card = waiting.pop(pick)
                card.fill = CARD_FILLS[(col + rows[col]) % len(CARD_FILLS)]  # neighbours differ
                rows[col] += 1
                placed.append((card, self.margin + col * (self.col_w + self.gap), tops[col]))
                tops[col] += card.height + self.gap
            pages.append(placed)
        return pages

    def draw_page(self, placed: list[tuple[_Card, int, int]], number: int, total: int) -> Image.Image:
        s, mm = self.s, self.s.mm
        image = Image.new("RGB", (s.width, s.height), PAPER)
        draw = ImageDraw.Draw(image)
        r = mm(95)
        draw.ellipse((s.width - r * 1.25, -r * 0.85, s.width + r * 0.75, r * 1.15), fill=BLOB_A)
        r = mm(80)
        draw.ellipse((-r * 0.9, s.height - r * 1.1, r * 1.1, s.height + r * 0.9), fill=BLOB_B)
        inner = s.width - 2 * self.margin
        y = float(self.margin + mm(4))
        if number == 1:
            for line in wrap(self.title, self.words.title, inner):
                y += self.title.ascent
                draw_line(image, self.title, line, self.margin, y, inner, INK)
                y += self.title.line_height - self.title.ascent
            for text in (self.words.site, self.words.period):
                if text:
                    y += self.subtitle.ascent
                    draw_line(image, self.subtitle, text, self.margin, y, inner, INK_SOFT)
                    y += self.subtitle.line_height - self.subtitle.ascent
            y += mm(5)
            draw.rounded_rectangle((self.margin, y, self.margin + mm(30), y + mm(2.2)), radius=mm(1.1), fill=ACCENT)
        else:
            y += self.subtitle.ascent
            draw_line(image, self.subtitle, self.words.continued, self.margin, y, inner, INK_SOFT)
        for card, x, top in placed:
            self.draw_card(image, card, x, top)
        foot = s.height - self.margin
        footer = self.words.footer
        if total > 1:
            footer = f"{footer}  ·  {self.words.page.format(n=number, total=total)}"
        draw_line(image, self.small, footer, self.margin, foot, inner, INK_SOFT, centre=True, rtl=False)
        return image

    def draw_card(self, image: Image.Image, card: _Card, x: int, top: int) -> None:
        mm = self.s.mm
        draw = ImageDraw.Draw(image)
        radius = mm(4)
        draw.rounded_rectangle((x + mm(0.8), top + mm(1.2), x + self.col_w + mm(0.8), top + card.height + mm(1.2)),
                               radius=radius, fill=SHADOW)
        draw.rounded_rectangle((x, top, x + self.col_w, top + card.height), radius=radius, fill=card.fill)
        left = x + self.pad
        quote_x = left + self.text_w - self.quote.width("\u201c") if card.rtl else left
        draw.text((quote_x, top + self.pad - round(self.quote_room * 0.28)), "\u201d" if card.rtl else "\u201c",
                  font=self.quote.faces[0].font, fill=ACCENT)
        y = float(top + self.pad + self.quote_room)
        for line in card.lines:
            y_base = y + self.body.ascent
            draw_line(image, self.body, line, left, y_base, self.text_w, INK, rtl=card.rtl)
            y += self.body.line_height
        if card.note.when:
            y += mm(2)
            draw_line(image, self.small, card.note.when, left, y + self.small.ascent, self.text_w, INK_SOFT,
                      rtl=card.rtl)


def render_pages(notes: Sequence[PosterNote], *, size: str = "A4", dpi: int = 150,
                 words: PosterText | None = None, emoji_font: str | None = None,
                 fallback_fonts: Sequence[str] | None = None) -> list[Image.Image]:
    """The poster's pages as RGB images. Raises NothingToPrint when `notes` is empty."""
    if not notes:
        raise NothingToPrint("there are no approved messages to print for these dates")
    fallbacks = _existing(FALLBACK_FONTS if fallback_fonts is None else fallback_fonts)
    emoji = emoji_font if emoji_font is not None else find_emoji_font()
    poster = _Poster(size, dpi, words or PosterText(), emoji, fallbacks)
    layout = poster.pages(notes)
    if len(layout) == 1:  # a few messages: the largest text that still fits on the one page
        for scale in (1.7, 1.45, 1.2):
            bigger = _Poster(size, dpi, words or PosterText(), emoji, fallbacks, scale)
            if len(bigger_layout := bigger.pages(notes)) == 1:
                poster, layout = bigger, bigger_layout
                break
    return [poster.draw_page(placed, i, len(layout)) for i, placed in enumerate(layout, 1)]


Format = Literal["png", "pdf"]


def poster_format(path: Path) -> Format:
    suffix = path.suffix.lower()
    if suffix == ".png":
        return "png"
    if suffix == ".pdf":
        return "pdf"
    raise PosterError(f"{path.name}: the poster is written as .png or .pdf")


def write_poster(notes: Sequence[PosterNote], out: Path, *, size: str = "A4", dpi: int = 150,
                 words: PosterText | None = None, emoji_font: str | None = None) -> list[Path]:
    """Renders and writes the poster: one PDF (every page), or PNGs (FILE.png, FILE-2.png, …)."""
    poster_format(out)
    pages = render_pages(notes, size=size, dpi=dpi, words=words, emoji_font=emoji_font)
    return save_pages(pages, out, dpi=dpi, title=(words or PosterText()).title)


def save_pages(pages: Sequence[Image.Image], out: Path, *, dpi: int, title: str = TITLE) -> list[Path]:
    """Writes rendered pages as one PDF or as numbered PNGs. Each file is written beside itself and then
    renamed, so a half-written poster never replaces a good one."""
    fmt = poster_format(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf":
        _atomic_save(out, lambda tmp: pages[0].save(tmp, "PDF", save_all=True, append_images=list(pages[1:]),
                                                      resolution=float(dpi), quality=95, subsampling=0,
                                                      title=title))
        return [out]
    written: list[Path] = []
    for i, page in enumerate(pages, 1):
        path = out if i == 1 else out.with_name(f"{out.stem}-{i}{out.suffix}")
        _atomic_save(path, lambda tmp, page=page: page.save(tmp, "PNG", dpi=(dpi, dpi), optimize=True))
        written.append(path)
    return written


def period_label(date_from: date | None, date_to: date | None) -> str:
    """The dates under the title, in English: "1 – 30 November 2026", "From 1 November 2026", …"""
    def full(d: date) -> str:
        return f"{d.day} {d:%B %Y}"

    if date_from and date_to:
        if date_from == date_to:
            return full(date_from)
        if (date_from.year, date_from.month) == (date_to.year, date_to.month):
            return f"{date_from.day} – {full(date_to)}"
        if date_from.year == date_to.year:
            return f"{date_from.day} {date_from:%B} – {full(date_to)}"
        return f"{full(date_from)} – {full(date_to)}"
    if date_from:
        return f"From {full(date_from)}"
    if date_to:
        return f"Up to {full(date_to)}"
    return ""


def _atomic_save(path: Path, save: object) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        save(tmp)  # type: ignore[operator]
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
