"""Printed pages of plain-text cards (PNG or PDF), painted with QPainter onto a QImage or a QPdfWriter.

Shared by everything the kiosk prints (the wall poster; later the results report): a title and a few lines
under it, then blocks of plain text as cards in columns (each card goes to the shortest column), over as
many pages as it takes, with a footer and page numbers. A single page's worth of cards is set larger. The
text itself is laid out by Qt (kiosk.shell.print_text: bidi, wrapping, font fallback, colour emoji).

Thread: any, once a QGuiApplication exists (`ensure_gui_app()`); the kiosk renders on its database thread.
This module imports no feature.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk.shell.print_text import PrintError, TextBox, ensure_gui_app, font, paragraph_rtl

__all__ = ["Card", "CardPages", "Heading", "Look", "PrintError", "ensure_gui_app", "paper_pixels",
           "write_atomically"]


# -- Cards on pages ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Card:
    text: str  # plain text; "\n" starts a new paragraph
    foot: str = ""  # a small line under it, e.g. a date


@dataclass(frozen=True, slots=True)
class Heading:
    """The words around the cards (translated by the caller)."""

    title: str
    lines: tuple[str, ...] = ()  # under the title on the first page, e.g. the site and the dates
    continued: str = ""  # the heading of later pages
    footer: str = ""
    page: str = "Page {n} of {total}"  # added to the footer when there is more than one page


@dataclass(frozen=True)
class Look:
    """Colours and sizes (millimetres) of the printed pages: the kiosk's warm house style by default."""

    paper: str = "#FBF4EA"
    ink: str = "#2B1D14"
    ink_soft: str = "#4D3B2F"
    accent: str = "#7A3210"  # Theme.quoteInk: ≥ 7:1 on the cards
    blobs: tuple[str, str] = ("#F6D9C2", "#DCE8D5")
    card_fills: tuple[str, ...] = ("#FFFFFF", "#FDEEE2", "#EEF4EA")
    shadow: str = "#E9DDCC"
    quote_marks: bool = True  # a large opening quotation mark on each card
    margin: float = 16
    gap: float = 6
    pad: float = 6
    body: float = 5.4
    small: float = 3.9
    title: float = 15
    subtitle: float = 6.6
    grow: tuple[float, ...] = (1.7, 1.45, 1.2)  # one page of cards: the first scale that fits
    lookahead: int = 12  # when the next card does not fit at a page's foot, a later one may fill the gap


def paper_pixels(paper_mm: tuple[float, float], dpi: int) -> tuple[int, int]:
    return round(paper_mm[0] / 25.4 * dpi), round(paper_mm[1] / 25.4 * dpi)


@dataclass
class _Placed:
    box: TextBox
    foot: TextBox | None
    height: float
    x: float = 0
    y: float = 0
    fill: str = ""


class _Layout:
    """Every card laid out at one text scale and placed on pages."""

    def __init__(self, cards: Sequence[Card], heading: Heading, size: tuple[int, int], px_per_mm: float,
                 columns: int, look: Look, scale: float) -> None:
        self.look, self.heading, self.columns = look, heading, columns
        self.width, self.height = size
        self.mm = mm = lambda v: v * px_per_mm
        self.margin, self.gap, self.pad = mm(look.margin), mm(look.gap), mm(look.pad * scale)
        self.inner = self.width - 2 * self.margin
        self.col_w = (self.inner - (columns - 1) * self.gap) / columns
        self.text_w = self.col_w - 2 * self.pad
        self.body = font(mm(look.body * scale))
        self.small = font(mm(look.small * min(scale, 1.25)))
        self.sub = font(mm(look.subtitle))
        self.quote = font(mm(16 * scale), bold=True)
        self.quote_room = mm(9 * scale) if look.quote_marks else 0
        self.title = TextBox(heading.title, font(mm(look.title), bold=True), self.inner, pitch=mm(look.title) * 1.32)
        self.lines = [self.box(t, self.sub, self.inner) for t in heading.lines if t]
        self.continued = self.box(heading.continued, self.sub, self.inner)
        first = mm(12) + self.title.height + sum(b.height for b in self.lines) + mm(16)
        self.tops = (self.margin + first, self.margin + mm(16))  # where cards start: first page, later pages
        self.bottom = self.height - self.margin - mm(16)
        self.pages = self._place([self._card(c) for c in cards])

    @staticmethod
    def pitch(f: QFont) -> float:
        return f.pixelSize() * 1.32

    def box(self, text: str, f: QFont, width: float, **kw: object) -> TextBox:
        return TextBox(text, f, width, pitch=self.pitch(f), mark=QColor(self.look.accent), **kw)  # type: ignore[arg-type]

    def _card(self, card: Card) -> _Placed:
        rtl = paragraph_rtl(card.text)
        end = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft  # the foot lines up with the text
        foot = self.box(card.foot, self.small, self.text_w, align=end) if card.foot else None
        chrome = 2 * self.pad + self.quote_room + (self.mm(2) + foot.height if foot else 0)
        most = max(1, int((self.bottom - self.tops[0] - chrome) / self.pitch(self.body)))  # fits the first page
        box = self.box(card.text, self.body, self.text_w, max_lines=most)
        return _Placed(box, foot, chrome + box.height)

    def _place(self, waiting: list[_Placed]) -> list[list[_Placed]]:
        """Each card in the shortest column, in order — except that a gap at the foot of a page is filled by
        one of the next few cards when the next one is too tall for it."""
        pages: list[list[_Placed]] = []
        fills = self.look.card_fills
        while waiting:
            top = self.tops[0 if not pages else 1]
            tops, rows = [top] * self.columns, [0] * self.columns
            placed: list[_Placed] = []
            while waiting:
                col = min(range(self.columns), key=lambda c: tops[c])
                room = self.bottom - tops[col]
                pick = next((i for i, c in enumerate(waiting[:self.look.lookahead]) if c.height <= room), None)
                if pick is None and tops[col] == top:
                    pick = 0  # taller than a whole page (already cut to fit with "…"): it gets the column
                if pick is None:
                    break
                card = waiting.pop(pick)
                card.fill = fills[(col + rows[col]) % len(fills)]  # neighbours differ
                card.x, card.y = self.margin + col * (self.col_w + self.gap), tops[col]
                rows[col] += 1
                tops[col] += card.height + self.gap
                placed.append(card)
            pages.append(placed)
        return pages

    def paint(self, p: QPainter, index: int) -> None:
        look, mm, total = self.look, self.mm, len(self.pages)
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                         | QPainter.RenderHint.SmoothPixmapTransform)
        p.fillRect(QRectF(0, 0, self.width, self.height), QColor(look.paper))
        p.setPen(Qt.PenStyle.NoPen)
        r = mm(95)
        p.setBrush(QColor(look.blobs[0]))
        p.drawEllipse(QRectF(self.width - r * 1.25, -r * 0.85, 2 * r, 2 * r))
        r = mm(80)
        p.setBrush(QColor(look.blobs[1]))
        p.drawEllipse(QRectF(-r * 0.9, self.height - r * 1.1, 2 * r, 2 * r))
        y = self.margin + mm(4)
        if index == 0:
            self.title.draw(p, self.margin, y, QColor(look.ink))
            y += self.title.height
            for box in self.lines:
                box.draw(p, self.margin, y, QColor(look.ink_soft))
                y += box.height
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(look.accent))
            p.drawRoundedRect(QRectF(self.margin, y + mm(5), mm(30), mm(2.2)), mm(1.1), mm(1.1))
        else:
            self.continued.draw(p, self.margin, y, QColor(look.ink_soft))
        for card in self.pages[index]:
            self._paint_card(p, card)
        words = self.heading.footer
        if total > 1:
            number = self.heading.page.format(n=index + 1, total=total)
            words = f"{words}  ·  {number}" if words else number
        footer = self.box(words, self.small, self.inner, align=Qt.AlignmentFlag.AlignHCenter)
        footer.draw(p, self.margin, self.height - self.margin - QFontMetricsF(self.small).ascent(),
                    QColor(look.ink_soft))

    def _paint_card(self, p: QPainter, card: _Placed) -> None:
        look, mm = self.look, self.mm
        radius = mm(4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(look.shadow))
        p.drawRoundedRect(QRectF(card.x + mm(0.8), card.y + mm(1.2), self.col_w, card.height), radius, radius)
        p.setBrush(QColor(card.fill))
        p.drawRoundedRect(QRectF(card.x, card.y, self.col_w, card.height), radius, radius)
        left = card.x + self.pad
        if look.quote_marks:
            mark = "\u201d" if card.box.rtl else "\u201c"
            metrics = QFontMetricsF(self.quote)
            x = left + self.text_w - metrics.horizontalAdvance(mark) if card.box.rtl else left
            p.setFont(self.quote)
            p.setPen(QColor(look.accent))
            p.drawText(QPointF(x, card.y + self.pad - self.quote_room * 0.28 + metrics.ascent()), mark)
        y = card.y + self.pad + self.quote_room
        card.box.draw(p, left, y, QColor(look.ink))
        if card.foot:
            card.foot.draw(p, left, y + card.box.height + mm(2), QColor(look.ink_soft))


class CardPages:
    """Cards laid out on pages of `paper_mm` (portrait, millimetres) at `dpi`, ready to paint or write."""

    def __init__(self, cards: Sequence[Card], heading: Heading, *, paper_mm: tuple[float, float], dpi: int,
                 columns: int, look: Look | None = None) -> None:
        look = look or Look()
        self.paper_mm, self.dpi = paper_mm, dpi
        self.size = paper_pixels(paper_mm, dpi)
        args = (cards, heading, self.size, dpi / 25.4, columns, look)
        self._layout = _Layout(*args, scale=1.0)
        if len(self._layout.pages) == 1:  # a few cards: the largest text that still fits on the one page
            for scale in look.grow:
                bigger = _Layout(*args, scale=scale)
                if len(bigger.pages) == 1:
                    self._layout = bigger
                    break

    @property
    def page_count(self) -> int:
        return len(self._layout.pages)

    def cards_on(self, index: int) -> list[QRectF]:
        """Where each card is on page `index`, in pixels, in the order they were placed."""
        return [QRectF(c.x, c.y, self._layout.col_w, c.height) for c in self._layout.pages[index]]

    @property
    def text_area(self) -> QRectF:
        """The part of a page between the margins, above the footer: no card reaches outside it."""
        layout = self._layout
        return QRectF(layout.margin, layout.margin, layout.inner, layout.bottom - layout.margin)

    def image(self, index: int, height: int | None = None) -> QImage:
        """Page `index` (from 0) as an RGB image at the full resolution, or scaled to `height` pixels."""
        scale = 1.0 if height is None else height / self.size[1]
        image = QImage(round(self.size[0] * scale), round(self.size[1] * scale), QImage.Format.Format_RGB32)
        dots = round(self.dpi * scale / 0.0254)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        painter = QPainter(image)
        painter.scale(scale, scale)
        self._layout.paint(painter, index)
        painter.end()
        return image

    def png(self, index: int, height: int | None = None) -> bytes:
        return _png(self.image(index, height))

    def pdf(self, title: str = "") -> bytes:
        """Every page as one PDF: vector text with the fonts embedded, colour emoji as pictures."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(self.dpi)
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(*self.paper_mm), QPageSize.Unit.Millimeter),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        writer.setTitle(title)
        writer.setCreator("Kindness Kiosk")
        painter = QPainter(writer)
        for i in range(self.page_count):
            if i:
                writer.newPage()
            self._layout.paint(painter, i)
        painter.end()
        buffer.close()
        return bytes(data.data())

    def write(self, out: Path, title: str = "") -> list[Path]:
        """One PDF of every page (FILE.pdf), or a PNG per page (FILE.png, FILE-2.png, …). Each file is written
        beside itself and then renamed, so a half-written file never replaces a good one."""
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.suffix.lower() == ".pdf":
            write_atomically(out, self.pdf(title))
            return [out]
        written = []
        for i in range(self.page_count):
            path = out if i == 0 else out.with_name(f"{out.stem}-{i + 1}{out.suffix}")
            write_atomically(path, self.png(i))
            written.append(path)
        return written


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; only str works
        raise PrintError("Qt could not encode the page as PNG")
    buffer.close()
    return bytes(data.data())


def write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
