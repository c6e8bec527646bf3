"""The printable wall poster (kiosk.wall.poster): A4/A3 at 150/300 dpi as PNG or PDF, wrapping by measured
width (long words broken), emoji and scripts the bundled font lacks never crash and never draw "tofu", many
messages make more pages, and an empty range is a clear error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from kiosk.wall import poster
from kiosk.wall.poster import (
    EMOJI,
    SYMBOL,
    NothingToPrint,
    PosterError,
    PosterNote,
    PosterText,
    Typeface,
    page_size,
    paragraph_rtl,
    period_label,
    render_pages,
    wrap,
    write_poster,
)

NOTES = [PosterNote("To the lady at desk 3 who helped me with my forms, thank you", "25 November"),
         PosterNote("Mòran taing to everyone at reception ☕", "24 November"),
         PosterNote("شكرا جزيلا لكم على مساعدتكم اللطيفة", "23 November"),
         PosterNote("תודה רבה לצוות על העזרה והסבלנות", "22 November")]
SCOTLAND = "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
EMOJI_TEXTS = ["👩🏽‍💻 helped me", "👨‍👩‍👧‍👦 family day", SCOTLAND,
               "🏳️‍🌈 ❤️‍🔥 🇬🇧 👍🏿 0️⃣", "🙏" * 30, "\U0001fae6 new emoji", "漢字とかな 한국어 ✦ ♥"]


def test_page_sizes_are_a4_and_a3_portrait() -> None:
    assert page_size("A4", 150) == (1240, 1754)
    assert page_size("A4", 300) == (2480, 3508)
    assert page_size("A3", 150) == (1754, 2480)
    assert page_size("A3", 300) == (3508, 4961)
    with pytest.raises(PosterError, match="A4 or A3"):
        page_size("Letter", 150)
    with pytest.raises(PosterError, match="150 or 300"):
        page_size("A4", 72)


@pytest.mark.parametrize(("size", "dpi"), [("A4", 150), ("A3", 150), ("A4", 300)])
def test_png_pages_are_the_paper_size_at_the_dpi(tmp_path: Path, size: str, dpi: int) -> None:
    written = write_poster(NOTES, tmp_path / "poster.png", size=size, dpi=dpi, words=PosterText(site="Riverside"))
    assert written == [tmp_path / "poster.png"]
    with Image.open(written[0]) as image:
        assert image.size == page_size(size, dpi)
        assert image.mode == "RGB"
        assert round(image.info["dpi"][0]) == dpi
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 50  # real content, not a blank page
    assert not list(tmp_path.glob("*.part"))


def test_pdf_holds_every_page_at_the_paper_size(tmp_path: Path) -> None:
    many = [PosterNote(f"Thank you number {i}: you made a hard day so much easier for me and my mum", "1 Nov")
            for i in range(40)]
    out = tmp_path / "poster.pdf"
    assert write_poster(many, out, size="A4", dpi=150) == [out]
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    pages = int(re.search(rb"/Count (\d+)", data).group(1))  # type: ignore[union-attr]
    assert pages == len(render_pages(many, size="A4", dpi=150)) >= 2
    box = re.search(rb"/MediaBox \[ ?0 0 ([\d.]+) ([\d.]+) ?\]", data)
    assert box is not None  # points: A4 is 595 x 842
    assert abs(float(box.group(1)) - 595.3) < 1 and abs(float(box.group(2)) - 841.9) < 1


def test_many_messages_make_numbered_png_pages(tmp_path: Path) -> None:
    many = [PosterNote(f"Kindness {i} " + "and more kindness " * 6) for i in range(30)]
    written = write_poster(many, tmp_path / "wall.png", size="A4", dpi=150)
    assert len(written) >= 2
    assert written[1] == tmp_path / "wall-2.png"
    assert all(p.exists() for p in written)


def test_lines_fit_and_long_words_are_broken_not_lost() -> None:
    face = Typeface(40, fallbacks=poster._existing(poster.FALLBACK_FONTS))
    text = "Thank you " + "Supercalifragilisticexpialidocious" * 4 + " and goodbye"
    lines = wrap(face, text, 400)
    assert len(lines) > 3
    assert all(face.width(line) <= 400 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # every character kept, in order
    assert wrap(face, "line one\nline two", 2000) == ["line one", "line two"]
    assert wrap(face, "👨‍👩‍👧‍👦" * 40, 300)  # an emoji sequence is never split in half
    for line in wrap(face, "👨‍👩‍👧‍👦" * 40, 300):
        assert line.count("\u200d") % 3 == 0


def test_fonts_are_checked_glyph_by_glyph_so_nothing_draws_as_tofu() -> None:
    bundled_only = Typeface(40, fallbacks=())
    assert bundled_only.face_for("a") == 0
    assert bundled_only.face_for("é") == 0
    assert bundled_only.face_for("🙏") == SYMBOL  # no font has it: a drawn diamond, not an empty box
    assert bundled_only.face_for("ש") == SYMBOL
    assert bundled_only.face_for("👨‍👩‍👧") == SYMBOL
    with_fallback = Typeface(40, fallbacks=poster._existing(poster.FALLBACK_FONTS))
    if len(with_fallback.faces) > 1:  # a system font such as DejaVu Sans is there
        assert with_fallback.face_for("ש") >= 1


@pytest.mark.parametrize("emoji_font", ["", None])
def test_emoji_and_other_scripts_never_crash(tmp_path: Path, emoji_font: str | None) -> None:
    notes = [PosterNote(t, "today") for t in EMOJI_TEXTS]
    pages = render_pages(notes, size="A4", dpi=150, emoji_font=emoji_font)
    assert pages and all(p.size == (1240, 1754) for p in pages)
    # And with no system fonts at all: only the bundled font and drawn diamonds.
    assert render_pages(notes, size="A4", dpi=150, emoji_font="", fallback_fonts=())


def test_a_colour_emoji_font_is_used_when_there_is_one() -> None:
    found = poster.find_emoji_font()
    if found is None:
        pytest.skip("no colour emoji font on this machine (e.g. fonts-noto-color-emoji)")
    face = Typeface(40, emoji_path=found)
    assert face.face_for("😊") == EMOJI
    image = face.emoji.image("👩🏽‍💻") if face.emoji else None
    assert image is not None and image.mode == "RGBA"


def test_right_to_left_paragraphs_are_set_from_the_right() -> None:
    assert paragraph_rtl("شكرا Sam")
    assert paragraph_rtl("  123 תודה")
    assert not paragraph_rtl("Thank you مريم")
    assert not paragraph_rtl("🙏 123")


def test_an_empty_range_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NothingToPrint, match="no approved messages"):
        write_poster([], tmp_path / "p.pdf")
    assert not list(tmp_path.iterdir())


def test_only_png_or_pdf(tmp_path: Path) -> None:
    with pytest.raises(PosterError, match=r"\.png or \.pdf"):
        write_poster(NOTES, tmp_path / "p.jpg")


def test_a_few_messages_are_set_larger_to_fill_the_page() -> None:
    def ink(image: Image.Image) -> int:  # dark (text) pixels
        return sum(image.convert("L").histogram()[:90])

    fallbacks = poster._existing(poster.FALLBACK_FONTS)
    plain = poster._Poster("A4", 150, PosterText(), "", fallbacks)  # scale 1
    at_one = plain.draw_page(plain.pages(NOTES[:1])[0], 1, 1)
    chosen = render_pages(NOTES[:1], size="A4", dpi=150, emoji_font="")[0]
    heading = ink(plain.draw_page([], 1, 1))  # the page without its card
    assert ink(chosen) - heading > 2 * (ink(at_one) - heading)  # the one message is set much larger
    # a full page is not enlarged
    many = NOTES * 6
    assert len(render_pages(many, size="A4", dpi=150, emoji_font="")) == len(plain.pages(many))


def test_period_labels() -> None:
    from datetime import date

    assert period_label(date(2026, 11, 1), date(2026, 11, 30)) == "1 – 30 November 2026"
    assert period_label(date(2026, 10, 28), date(2026, 11, 3)) == "28 October – 3 November 2026"
    assert period_label(date(2025, 12, 28), date(2026, 1, 3)) == "28 December 2025 – 3 January 2026"
    assert period_label(date(2026, 11, 5), date(2026, 11, 5)) == "5 November 2026"
    assert period_label(date(2026, 11, 5), None) == "From 5 November 2026"
    assert period_label(None, date(2026, 11, 5)) == "Up to 5 November 2026"
    assert period_label(None, None) == ""
