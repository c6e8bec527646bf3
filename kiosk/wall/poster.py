"""A printable poster of kindness-wall messages (A4 or A3 portrait, PNG or PDF).

Warm paper, the title "Kindness noticed here", the site's name and the dates, then the messages as cards in
columns, as many pages as it takes (a few messages are set larger to fill the one page). The pages are laid
out and painted by the shared printing helper (kiosk.shell.printing), which uses Qt's text engine: the
bundled Atkinson Hyperlegible with the system's fallback fonts for other scripts, colour emoji when a colour
emoji font is installed, right-to-left messages set from the right, long words broken, and a small diamond
for a character no font has (never an empty box).
Thread: any, once a QGuiApplication exists (the CLI's main thread or the kiosk's database thread).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from kiosk.core.errors import KioskError
from kiosk.shell.printing import Card, CardPages, Heading, write_atomically

PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
COLUMNS = {"A4": 2, "A3": 3}
DPIS = (150, 300)
TITLE = "Kindness noticed here"


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


@dataclass(frozen=True, slots=True)
class PosterFiles:
    paths: list[Path]  # the PDF, or the PNG pages
    pages: int
    preview: Path | None  # a small PNG of the first page, when asked for


def page_size(size: str, dpi: int) -> tuple[int, int]:
    """Pixels of an A4/A3 portrait page at `dpi` (A4 at 150 dpi: 1240 x 1754)."""
    if size not in PAPER_MM:
        raise PosterError(f"{size!r} is not a poster size; use A4 or A3")
    if dpi not in DPIS:
        raise PosterError(f"{dpi} dpi is not offered; use 150 or 300")
    w_mm, h_mm = PAPER_MM[size]
    return round(w_mm / 25.4 * dpi), round(h_mm / 25.4 * dpi)


def poster_pages(notes: Sequence[PosterNote], *, size: str = "A4", dpi: int = 150,
                 words: PosterText | None = None) -> CardPages:
    """The poster laid out on pages. Raises NothingToPrint when `notes` is empty."""
    page_size(size, dpi)
    if not notes:
        raise NothingToPrint("there are no approved messages to print for these dates")
    words = words or PosterText()
    heading = Heading(words.title, (words.site, words.period), words.continued, words.footer, words.page)
    return CardPages([Card(n.text, n.when) for n in notes], heading, paper_mm=PAPER_MM[size], dpi=dpi,
                     columns=COLUMNS[size])


Format = Literal["png", "pdf"]


def poster_format(path: Path) -> Format:
    suffix = path.suffix.lower()
    if suffix == ".png":
        return "png"
    if suffix == ".pdf":
        return "pdf"
    raise PosterError(f"{path.name}: the poster is written as .png or .pdf")


def save_poster(notes: Sequence[PosterNote], out: Path, *, size: str = "A4", dpi: int = 150,
                words: PosterText | None = None, preview_height: int | None = None) -> PosterFiles:
    """Renders and writes the poster: one PDF (every page), or PNGs (FILE.png, FILE-2.png, …); with
    `preview_height`, also FILE-preview.png, the first page that many pixels high."""
    poster_format(out)
    pages = poster_pages(notes, size=size, dpi=dpi, words=words)
    paths = pages.write(out, title=(words or PosterText()).title)
    preview = None
    if preview_height:
        preview = out.with_name(out.stem + "-preview.png")
        write_atomically(preview, pages.png(0, height=preview_height))
    return PosterFiles(paths, pages.page_count, preview)


def write_poster(notes: Sequence[PosterNote], out: Path, *, size: str = "A4", dpi: int = 150,
                 words: PosterText | None = None) -> list[Path]:
    """Renders and writes the poster; returns the files written."""
    return save_poster(notes, out, size=size, dpi=dpi, words=words).paths


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
