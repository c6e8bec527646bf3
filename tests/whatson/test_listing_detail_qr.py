"""The "Take this with you" QR code: what it carries (a link, or the details as plain text), that the image
really is that code, that only http(s) counts as a link, and that text is never turned into markup.

segno cannot read QR codes, so "decoding" here is: read the PNG's modules back with Pillow and check they
are exactly the symbol segno makes for the expected content (and that segno says what mode and size it is)."""

from __future__ import annotations

import base64
import io

import pytest
import segno
from PIL import Image
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.whatson.qr import MAX_TEXT, QUIET_ZONE, QrImage, make_qr, web_link
from kiosk.whatson.rules.demo_listings import demo_id
from tests.support.qmlhelpers import find
from tests.support.qtprops import prop
from tests.support.whatson_support import (
    TUESDAY_10AM,
    demo_week,
    detail_part,
    kiosk_with,
    london,
    open_whatson,
    screen_is,
    weekly,
)


def modules(image: QrImage) -> list[list[bool]]:
    """The image's modules (True = dark), quiet zone removed: one pixel per module."""
    assert image.data_url.startswith("data:image/png;base64,")
    png = Image.open(io.BytesIO(base64.b64decode(image.data_url.split(",", 1)[1]))).convert("L")
    assert png.size == (image.modules, image.modules)
    inner = range(QUIET_ZONE, image.modules - QUIET_ZONE)
    for edge in range(QUIET_ZONE):  # the quiet zone is white all round
        assert all(grey(png, edge, y) > 128 and grey(png, y, edge) > 128 for y in range(image.modules))
    return [[grey(png, x, y) < 128 for x in inner] for y in inner]


def grey(png: Image.Image, x: int, y: int) -> int:
    """A pixel of a greyscale ("L") image: an int, 0 black to 255 white."""
    value = png.getpixel((x, y))
    assert isinstance(value, int), value
    return value


def expected(content: str) -> list[list[bool]]:
    code = segno.make(content, error="l", boost_error=True, micro=False)
    return [[bool(m) for m in row] for row in code.matrix]


@pytest.mark.parametrize("content", ["https://example.org/money", "Knit and natter\nThursday 2pm\nPhone 0141 496 0456",
                                     "<b>Bold</b> 😀 مرحبا\nRiverside Library"])
def test_the_image_is_the_qr_code_of_exactly_the_content(content: str) -> None:
    image = make_qr(content, is_link=content.startswith("https://"))
    assert image.content == content
    assert modules(image) == expected(content)
    code = segno.make(content, error="l", boost_error=True, micro=False)
    assert code.mode == "byte" and image.modules == code.symbol_size(scale=1, border=QUIET_ZONE)[0]
    assert code.error in ("L", "M", "Q", "H")


def test_a_short_link_gets_stronger_error_correction() -> None:
    code = segno.make("https://example.org/money", error="l", boost_error=True, micro=False)
    assert code.error in ("M", "Q", "H")  # boosted from L: a smudged or glared screen still scans


@pytest.mark.parametrize(("website", "link"), [
    ("https://example.org/money", "https://example.org/money"),
    ("http://example.org", "http://example.org"),
    ("www.example.org/cafe", "https://www.example.org/cafe"),
    ("example.org/money", "https://example.org/money"),
    ("", None), ("   ", None), ("https://", None), ("javascript:alert(1)", None), ("mailto:hello@example.org", None),
    ("example org", None), ("localhost", None), ("ftp://example.org/file", None), ("tel:01414960123", None),
])
def test_only_web_addresses_become_links(website: str, link: str | None) -> None:
    assert web_link(website) == link


def test_text_is_kept_as_typed_and_long_text_is_shortened() -> None:
    markup = "<b>Bold</b> <img src=x onerror=alert(1)> &amp;"
    image = make_qr(markup)
    assert image.content == markup and not image.is_link
    assert image.data_url.startswith("data:image/png;base64,")  # a picture, not SVG/HTML that could carry the text
    long = make_qr("x" * (MAX_TEXT + 50))
    assert len(long.content) == MAX_TEXT and long.content.endswith("…")
    assert modules(long) == expected(long.content)


def test_the_detail_screen_shows_the_code_for_the_listings_link(qtbot: QtBot, config: settings.Config) -> None:
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), demo_week(TUESDAY_10AM.date()))
    try:
        model = open_whatson(qtbot, k)
        model.openListing(str(demo_id("benefits-advice")), 0)
        qtbot.waitUntil(lambda: screen_is(k, "listing"))
        d = detail_part(model)
        content, qr_url, qr_modules = prop(d, "qrContent", str), prop(d, "qr", str), prop(d, "qrModules", int)
        assert (d.qrLink, content) == (True, "https://example.org/money")
        assert modules(QrImage(content, True, qr_url, qr_modules)) == expected("https://example.org/money")
        qr = find(k.window.window, "listing.qr")
        assert qr is not None and qr.property("source").toString() == qr_url
        qtbot.waitUntil(lambda: qr.property("sourceSize").width() == qr_modules)  # the PNG decoded
        assert qr.width() >= 250 and qr.width() % qr_modules == 0  # whole pixels per module: crisp
        assert qr.property("smooth") is False
        assert "https://example.org/money" in [i.property("text") for i in _texts(k)]
        # a listing with no link: the details as text, with title, when, where and phone
        model.backToList()
        model.openListing(str(demo_id("knit-and-natter")), 0)
        assert detail_part(model).qrLink is False
        assert detail_part(model).qrContent == ("Knit and natter\nEvery Thursday, 2pm – 4pm\n"
                                             "Riverside Library, 20 Kelvin Street, Glasgow G3 7AD\nPhone 0141 496 0456")
        assert detail_part(model).qrCaption == "Scan with your phone's camera to keep these details."
    finally:
        k.close()


def test_a_one_off_without_a_phone_carries_its_date_and_email(qtbot: QtBot, config: settings.Config) -> None:
    from kiosk.whatson.rules.listings import Contact

    listing = weekly("Quiz night", "WE", "19:00", "21:00", contact=Contact(email="quiz@example.org"))
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), [listing])
    try:
        model = open_whatson(qtbot, k)
        model.openListing(str(listing.id), 0)
        assert detail_part(model).qrContent == ("Quiz night\nEvery Wednesday, 7pm – 9pm\n"
                                             "Riverside Community Hub, 12 Kelvin Street\nquiz@example.org")
    finally:
        k.close()


def _texts(k: Kiosk) -> list[QQuickItem]:
    from tests.support.qmlhelpers import walk

    return [i for i in walk(k.window.window.contentItem()) if i.inherits("QQuickText") and i.isVisible()]
