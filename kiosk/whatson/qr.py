"""QR codes for "Take this with you": a listing's web link, or its details as plain text when it has none.

segno (a maintained, pure-Python QR encoder) makes the code; it is handed to QML as a PNG data URL, one
pixel per module with the standard four-module quiet zone, and QML scales it by whole pixels so every
module stays sharp. The content is whatever text was given — nothing is ever interpreted as markup, and
only http(s) links are offered as links. segno is imported on first use. Thread: any (pure).
"""

from __future__ import annotations

from dataclasses import dataclass

QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 asks
MAX_TEXT = 700  # characters of plain text; a longer summary is cut (a dense code is hard to scan)


@dataclass(frozen=True, slots=True)
class QrImage:
    content: str  # exactly what the code encodes
    is_link: bool
    data_url: str  # data:image/png;base64,…
    modules: int  # width of the image in modules, quiet zone included


def web_link(website: str) -> str | None:
    """An http(s) link from a listing's website field ("www.x.org/y" gets https://); None if it is not one."""
    text = website.strip()
    if not text or any(c.isspace() for c in text):
        return None
    lower = text.lower()
    if lower.startswith(("https://", "http://")):
        return text if len(text) > lower.index("//") + 2 else None
    if "://" in lower or ":" in lower.split("/")[0]:  # another scheme (mailto:, javascript:, …): not a link
        return None
    host = text.split("/")[0]
    return f"https://{text}" if "." in host.strip(".") else None


def make_qr(content: str, *, is_link: bool = False, whole: bool = False) -> QrImage:
    """The QR code of `content`: the smallest symbol that holds it at error correction L, with the error
    correction raised as far as that symbol allows (segno's boost), so short links get M, Q or H. Plain text
    longer than MAX_TEXT is shortened, unless it is a link or `whole` (an iCalendar event, which a cut breaks)."""
    import segno

    if not (is_link or whole) and len(content) > MAX_TEXT:
        content = content[: MAX_TEXT - 1].rstrip() + "…"
    code = segno.make(content, error="l", boost_error=True, micro=False)
    width, _ = code.symbol_size(scale=1, border=QUIET_ZONE)
    return QrImage(content, is_link, code.png_data_uri(scale=1, border=QUIET_ZONE), int(width))
