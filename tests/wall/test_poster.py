"""The printable wall poster (kiosk.wall.poster): A4/A3 at 150/300 dpi as PNG or PDF, checked on what it
writes — page sizes, page counts, the text read back from the PDF, non-blank cards; long words, emoji and
scripts the bundled font lacks never crash and never print as an empty box; many messages make more pages;
an empty range is a clear error; the command line makes its own offscreen Qt application."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine

from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from kiosk.shell.print_text import MISSING_MARKS
from kiosk.shell.printing import Card, CardPages, Heading, Look
from kiosk.wall.poster import (
    COLUMNS,
    PAPER_MM,
    NothingToPrint,
    PosterError,
    PosterNote,
    PosterText,
    page_size,
    period_label,
    poster_pages,
    save_poster,
    write_poster,
)
from kiosk.wall.rules.messages import MessageStatus, WallMessage
from kiosk.wall.store import WallService
from tests.helpers import child_env
from tests.support.printed import bright_colour, colours, ink, read_pdf

pytestmark = pytest.mark.usefixtures("qapp")  # pytest-qt's application: Qt's fonts need one

NOTES = [PosterNote("To the lady at desk 3 who helped me with my forms, thank you", "25 November"),
         PosterNote("Mòran taing to everyone at reception ☕", "24 November"),
         PosterNote("شكرا جزيلا لكم على مساعدتكم اللطيفة", "23 November"),
         PosterNote("תודה רבה לצוות על העזרה והסבלנות", "22 November")]
SCOTLAND = "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
EMOJI_TEXTS = ["👩🏽‍💻 helped me", "👨‍👩‍👧‍👦 family day", SCOTLAND,
               "🏳️‍🌈 ❤️‍🔥 🇬🇧 👍🏿 0️⃣", "🙏" * 30, "\U0001fae6 new emoji", "漢字とかな 한국어 ✦ ♥"]
LONG_WORD = "Supercalifragilisticexpialidocious" * 4


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
    assert colours(written[0]) > 50  # real content, not a blank page
    assert not list(tmp_path.glob("*.part"))


def test_pdf_holds_every_page_at_the_paper_size_with_every_message(tmp_path: Path) -> None:
    many = [PosterNote(f"Thank you number {i}: you made a hard day so much easier for me and my mum", "1 Nov")
            for i in range(40)]
    out = tmp_path / "poster.pdf"
    words = PosterText(site="Riverside Library", period="1 – 30 November 2026")
    assert write_poster(many, out, size="A4", dpi=150, words=words) == [out]
    assert out.read_bytes().startswith(b"%PDF")
    pages = read_pdf(out)
    assert len(pages) == poster_pages(many, size="A4", dpi=150, words=words).page_count >= 2
    for page in pages:  # points: A4 is 595 x 842
        assert page.width_pt == pytest.approx(595.3, abs=1) and page.height_pt == pytest.approx(841.9, abs=1)
    first = pages[0].text
    assert "Kindness noticed here" in first and "Riverside Library" in first and "1 – 30 November 2026" in first
    assert "Kindness noticed here (continued)" in pages[1].text
    text = " ".join(p.text for p in pages)
    assert all(f"Thank you number {i}:" in text for i in range(40))
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1].text


def test_an_a3_pdf_is_a3(tmp_path: Path) -> None:
    (page,) = read_pdf(save_poster(NOTES, tmp_path / "a3.pdf", size="A3", dpi=300).paths[0])
    assert page.width_pt == pytest.approx(841.9, abs=1) and page.height_pt == pytest.approx(1190.6, abs=1)


def test_many_messages_make_numbered_png_pages(tmp_path: Path) -> None:
    many = [PosterNote(f"Kindness {i} " + "and more kindness " * 6) for i in range(30)]
    written = write_poster(many, tmp_path / "wall.png", size="A4", dpi=150)
    assert len(written) >= 2
    assert written[1] == tmp_path / "wall-2.png"
    assert all(p.exists() and colours(p) > 50 for p in written)


def test_long_words_are_broken_and_nothing_is_lost(tmp_path: Path) -> None:
    out = tmp_path / "long.pdf"
    write_poster([PosterNote(f"Thank you {LONG_WORD} and goodbye", "today")], out, size="A4", dpi=150)
    (page,) = read_pdf(out)
    assert LONG_WORD in "".join(page.text.split())  # every character, in order, over several lines
    assert page.text.count("Supercali") >= 2  # the word was broken across lines


@pytest.mark.parametrize("suffix", ["png", "pdf"])
def test_emoji_and_other_scripts_never_crash(tmp_path: Path, suffix: str) -> None:
    notes = [PosterNote(t, "today") for t in EMOJI_TEXTS]
    written = write_poster(notes, tmp_path / f"emoji.{suffix}", size="A4", dpi=150)
    if suffix == "png":
        assert all(colours(p) > 50 for p in written)
    else:
        text = " ".join(p.text for p in read_pdf(written[0]))
        assert "helped me" in text and "family day" in text and "new emoji" in text


def test_a_character_no_font_has_prints_as_a_mark_never_an_empty_box(tmp_path: Path) -> None:
    out = tmp_path / "missing.pdf"
    write_poster([PosterNote("Thank you \u0378 and \U0002fffd")], out, size="A4", dpi=150)
    (page,) = read_pdf(out)
    assert "\u0378" not in page.text and "\U0002fffd" not in page.text
    assert sum(page.text.count(m) for m in MISSING_MARKS) == 2


def test_colour_emoji_print_in_colour_in_png_and_pdf(tmp_path: Path) -> None:
    from PySide6.QtGui import QFontDatabase

    if "Noto Color Emoji" not in QFontDatabase.families():
        pytest.skip("no colour emoji font on this machine (fonts-noto-color-emoji)")
    pages = poster_pages([PosterNote("😊 🌻 ⭐ 😊 thank you")], size="A4", dpi=150)
    assert bright_colour(pages.png(0)) > 2000
    plain = poster_pages([PosterNote("smile sunflower star thank you")], size="A4", dpi=150)
    assert bright_colour(plain.png(0)) < 50
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    out = tmp_path / "emoji.pdf"
    out.write_bytes(pages.pdf())
    document = QPdfDocument()
    document.load(str(out))
    image = document.render(0, QSize(620, 877))
    png = tmp_path / "emoji-pdf.png"
    assert image.save(str(png))
    document.close()
    assert bright_colour(png) > 300  # the PDF carries the colour pictures too


def test_a_few_messages_are_set_larger_to_fill_the_page() -> None:
    chosen = poster_pages(NOTES[:1], size="A4", dpi=150, words=PosterText(title="", footer=""))
    at_one = CardPages([Card(NOTES[0].text, NOTES[0].when)], Heading(""), paper_mm=PAPER_MM["A4"], dpi=150,
                       columns=COLUMNS["A4"], look=Look(grow=()))
    assert chosen.page_count == at_one.page_count == 1
    assert ink(chosen.png(0)) > 2 * ink(at_one.png(0))  # the one message is set much larger


def test_a_preview_of_the_first_page_is_written_beside_the_pdf(tmp_path: Path) -> None:
    made = save_poster(NOTES, tmp_path / "wall.pdf", size="A3", dpi=300, preview_height=900)
    assert made.paths == [tmp_path / "wall.pdf"] and made.pages == 1
    assert made.preview == tmp_path / "wall-preview.png"
    with Image.open(made.preview) as image:
        assert image.size == (round(3508 * 900 / 4961), 900)
    assert colours(made.preview) > 50


def test_an_empty_range_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NothingToPrint, match="no approved messages"):
        write_poster([], tmp_path / "p.pdf")
    assert not list(tmp_path.iterdir())


def test_only_png_or_pdf(tmp_path: Path) -> None:
    with pytest.raises(PosterError, match=r"\.png or \.pdf"):
        write_poster(NOTES, tmp_path / "p.jpg")


def test_period_labels() -> None:
    from datetime import date

    assert period_label(date(2026, 11, 1), date(2026, 11, 30)) == "1 – 30 November 2026"
    assert period_label(date(2026, 10, 28), date(2026, 11, 3)) == "28 October – 3 November 2026"
    assert period_label(date(2025, 12, 28), date(2026, 1, 3)) == "28 December 2025 – 3 January 2026"
    assert period_label(date(2026, 11, 5), date(2026, 11, 5)) == "5 November 2026"
    assert period_label(date(2026, 11, 5), None) == "From 5 November 2026"
    assert period_label(None, date(2026, 11, 5)) == "Up to 5 November 2026"
    assert period_label(None, None) == ""


@pytest.mark.slow
def test_the_command_line_makes_its_own_offscreen_qt_application(tmp_path: Path, engine: Engine,
                                                                 config: Config) -> None:
    """`kiosk wall poster` with no display and no QT_QPA_PLATFORM: it must not need a screen."""
    clock = ManualClock(datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    service = WallService(engine, config.site_id, config.kiosk_id, clock, timezone=config.timezone)
    message = service.add(WallMessage.new(text="Thank you 😊 שלום", site=config.site_id, kiosk=config.kiosk_id,
                                          language="en", status=MessageStatus.PENDING, clock=clock))
    service.decide(message.id, MessageStatus.APPROVED)
    env = {k: v for k, v in child_env(KIOSK_DATA_DIR=str(config.data_dir)).items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run([sys.executable, "-m", "kiosk", "wall", "poster", "--out", "wall.pdf", "--dpi", "150"],
                          cwd=tmp_path, env=env, capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    (page,) = read_pdf(tmp_path / "wall.pdf")
    assert "Thank you" in page.text and "24 November 2026" in page.text
