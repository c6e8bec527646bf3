"""Reading what the printing helper wrote, as a person would see it: a PDF's pages, paper size and text (Qt's
own PDF reader, QtPdf), and how much dark ink or bright colour a PNG page has (Pillow)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtPdf import QPdfDocument


@dataclass(frozen=True)
class PdfPage:
    width_pt: float
    height_pt: float
    text: str


def read_pdf(path: Path) -> list[PdfPage]:
    document = QPdfDocument()
    error = document.load(str(path))
    assert error == QPdfDocument.Error.None_, f"{path.name}: {error}"
    pages = []
    for i in range(document.pageCount()):
        size = document.pagePointSize(i)
        pages.append(PdfPage(size.width(), size.height(), document.getAllText(i).text()))
    document.close()
    return pages


def _image(png: bytes | Path) -> Image.Image:
    return Image.open(io.BytesIO(png) if isinstance(png, bytes) else png).convert("RGB")


def ink(png: bytes | Path) -> int:
    """Dark pixels: the text on a page."""
    return sum(_image(png).convert("L").histogram()[:90])


def bright_colour(png: bytes | Path) -> int:
    """Strongly coloured, light pixels (colour emoji): the paper, cards, blobs and the dark-brown accent have none."""
    hsv = _image(png).convert("HSV")
    _, s, v = (band.tobytes() for band in hsv.split())
    return sum(1 for a, b in zip(s, v, strict=True) if a > 150 and b > 180)


def colours(png: bytes | Path) -> int:
    found = _image(png).getcolors(maxcolors=1_000_000)
    return len(found) if found else 1_000_000
