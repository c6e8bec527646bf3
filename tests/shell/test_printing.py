"""The shared printing helper (kiosk.shell.printing, kiosk.shell.print_text): Qt lays out plain text —
wrapping by measured width with long words broken between characters, right-to-left paragraphs set from the
right, fallback fonts and colour emoji — and a character no font has is never an empty box; cards go on as
many pages as it takes, as PNG or PDF, on any thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import regex
from PySide6.QtGui import QFontDatabase, QTextLayout

from kiosk.shell.print_text import MISSING_MARKS, TextBox, font, paragraph_rtl, printable, utf16_len, utf16_to_index
from kiosk.shell.printing import Card, CardPages, Heading, Look
from tests.support.printed import bright_colour, colours, ink, read_pdf

pytestmark = pytest.mark.usefixtures("qapp")  # pytest-qt's application: Qt's fonts need one

FAMILY = "👨\u200d👩\u200d👧\u200d👦"
NO_FONT = "\u0378\u0379\u03a2"  # unassigned code points: no font has them
A4 = (210.0, 297.0)


def _lines(box: TextBox) -> list[tuple[QTextLayout, int]]:
    return [(layout, i) for layout in box.layouts for i in range(layout.lineCount())]


def _line_text(layout: QTextLayout, i: int) -> str:
    """The line's text: Qt counts in UTF-16 code units."""
    line = layout.lineAt(i)
    units = layout.text().encode("utf-16-le")
    return units[2 * line.textStart():2 * (line.textStart() + line.textLength())].decode("utf-16-le")


def _notdef(box: TextBox) -> bool:
    return any(0 in run.glyphIndexes() for layout in box.layouts for run in layout.glyphRuns())


def _has_family(name: str) -> bool:
    return name in QFontDatabase.families()


# -- Text -------------------------------------------------------------------------------------------

def test_lines_fit_and_long_words_are_broken_not_lost() -> None:
    text = "Thank you " + "Supercalifragilisticexpialidocious" * 4 + " and goodbye"
    box = TextBox(text, font(40), 400, pitch=50)
    lines = _lines(box)
    assert len(lines) > 3
    assert all(layout.lineAt(i).naturalTextWidth() <= 400 for layout, i in lines)
    assert "".join(_line_text(*li) for li in lines).replace(" ", "") == text.replace(" ", "")
    assert box.height == len(lines) * 50
    assert [_line_text(*li).strip() for li in _lines(TextBox("line one\nline two", font(40), 2000, pitch=50))] == [
        "line one", "line two"]


def test_an_emoji_sequence_is_never_split_across_lines() -> None:
    text = FAMILY * 40
    box = TextBox(text, font(40), 300, pitch=50)
    starts = {utf16_len(text[:m.start()]) for m in regex.finditer(r"\X", text)}
    lines = _lines(box)
    assert len(lines) > 2
    for layout, i in lines:
        assert layout.lineAt(i).textStart() in starts
        assert _line_text(layout, i).count("\u200d") % 3 == 0


def test_right_to_left_paragraphs_are_set_from_the_right() -> None:
    assert paragraph_rtl("شكرا Sam")
    assert paragraph_rtl("  123 תודה")
    assert not paragraph_rtl("Thank you مريم")
    assert not paragraph_rtl("🙏 123")
    assert paragraph_rtl("🙏 123", default=True)
    box = TextBox("תודה רבה\n123", font(40), 1000, pitch=50)
    assert box.rtl
    for layout, i in _lines(box):  # the digits-only paragraph follows the first one
        rect = layout.lineAt(i).naturalTextRect()
        assert rect.right() == pytest.approx(1000, abs=1) and rect.left() > 500
    ltr = TextBox("Thank you مريم", font(40), 1000, pitch=50)  # kept: a QTextLine lives as long as its layout
    rect = ltr.layouts[0].lineAt(0).naturalTextRect()
    assert rect.left() == pytest.approx(0, abs=1) and rect.right() < 500


def test_a_character_no_font_has_becomes_a_mark_not_an_empty_box() -> None:
    f = font(40)
    assert printable("Thank you, café", f) == ("Thank you, café", [])
    text, marks = printable(f"a{NO_FONT}b", f)
    assert text[0] == "a" and text[-1] == "b" and len(marks) == 3
    assert all(text[start:start + length] in MISSING_MARKS for start, length in marks)  # BMP: units are indexes
    text, marks = printable(f"😊\U0002fffd{NO_FONT[0]}", f)  # after an emoji, Qt's positions count it as two
    assert [text[utf16_to_index(text, start)] for start, _ in marks] == [text[1], text[2]]
    # Without the check Qt draws the bundled font's ".notdef" glyph (glyph 0, an empty box) …
    raw = QTextLayout(NO_FONT, f)
    raw.beginLayout()
    raw.createLine()
    raw.endLayout()
    assert any(0 in run.glyphIndexes() for run in raw.glyphRuns())
    # … with it, no glyph 0 is left, whatever the scripts and emoji.
    scotland = "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    mixed = f"Thank you {FAMILY} שלום شكرا 漢字とかな 한국어 ✦ ♥ {NO_FONT} {scotland}"
    assert not _notdef(TextBox(mixed, f, 600, pitch=50))


def test_scripts_a_system_font_has_are_kept() -> None:
    if not _has_family("DejaVu Sans"):
        pytest.skip("no DejaVu Sans on this machine (fonts-dejavu-core)")
    f = font(40)
    for text in ("שלום", "شكرا جزيلا", "Dziękuję", "✦ ♥"):
        assert printable(text, f) == (text, [])


def test_long_text_ends_with_an_ellipsis_at_the_line_limit() -> None:
    text = "kind words 😊 and more kind words " * 20
    box = TextBox(text, font(40), 400, pitch=50, max_lines=3)
    lines = _lines(box)
    assert len(lines) == 3 and box.height == 150
    shown = "".join(_line_text(*li) for li in lines)
    assert shown.endswith("…") and text.startswith(shown[:-1].rstrip())


# -- Cards on pages ---------------------------------------------------------------------------------

HEADING = Heading("Kindness noticed here", ("Riverside", "November 2026"), "(continued)", "Footer words")


def test_cards_go_on_as_many_pages_as_it_takes_as_pdf_and_png(tmp_path: Path) -> None:
    cards = [Card(f"Card {i}: thank you for a kind word on a hard day, it meant a lot to me", "1 Nov")
             for i in range(40)]
    pages = CardPages(cards, HEADING, paper_mm=A4, dpi=150, columns=2)
    assert pages.page_count >= 2
    assert pages.image(0).size().toTuple() == (1240, 1754)
    assert pages.image(0, height=300).size().toTuple() == (212, 300)
    written = pages.write(tmp_path / "cards.pdf", title="Cards")
    pdf = read_pdf(written[0])
    assert len(pdf) == pages.page_count
    assert all(p.width_pt == pytest.approx(595.3, abs=1) and p.height_pt == pytest.approx(841.9, abs=1) for p in pdf)
    text = " ".join(p.text for p in pdf)
    assert all(f"Card {i}:" in text for i in range(40))
    assert "Kindness noticed here" in pdf[0].text and "(continued)" in pdf[1].text
    assert f"Page {pages.page_count} of {pages.page_count}" in pdf[-1].text
    pngs = pages.write(tmp_path / "cards.png")
    assert [p.name for p in pngs] == ["cards.png", *(f"cards-{i}.png" for i in range(2, pages.page_count + 1))]
    assert all(colours(p) > 50 for p in pngs)
    assert not list(tmp_path.glob("*.part"))


GIANT = Card("x" * 5000, "a foot of several lines " * 12)


@pytest.mark.parametrize(("paper", "columns"), [(A4, 2), ((297.0, 420.0), 3)])
def test_every_card_stays_inside_the_page_even_a_5000_character_one(tmp_path: Path, paper: tuple[float, float],
                                                                    columns: int) -> None:
    mixed = [Card("Thank you " * 3, "1 Nov"), Card("kind words 😊 " * 400, "2 Nov"), Card("שלום " * 30), GIANT,
             Card("Thanks!", "3 Nov")] * 3
    for cards in (mixed, [GIANT]):  # alone, the giant is on the first page, under the full heading
        pages = CardPages(cards, HEADING, paper_mm=paper, dpi=150, columns=columns)
        area = pages.text_area
        placed = [rect for i in range(pages.page_count) for rect in pages.cards_on(i)]
        assert len(placed) == len(cards)
        assert all(area.contains(rect) for rect in placed)
    pages = CardPages(mixed, HEADING, paper_mm=paper, dpi=150, columns=columns)
    text = " ".join(p.text for p in read_pdf(pages.write(tmp_path / "long.pdf")[0]))
    assert text.count("…") >= 6  # the two over-long cards, three times, end with an ellipsis
    assert text.count("Thanks!") == 3


def test_one_page_of_cards_is_set_larger() -> None:
    bare = Heading("")
    cards = [Card("To the lady at desk 3 who helped me with my forms, thank you")]
    grown = CardPages(cards, bare, paper_mm=A4, dpi=150, columns=2)
    plain = CardPages(cards, bare, paper_mm=A4, dpi=150, columns=2, look=Look(grow=()))
    assert grown.page_count == plain.page_count == 1
    assert ink(grown.png(0)) > 2 * ink(plain.png(0))
    many = [cards[0]] * 30  # more than a page: never enlarged
    assert CardPages(many, bare, paper_mm=A4, dpi=150, columns=2).page_count == CardPages(
        many, bare, paper_mm=A4, dpi=150, columns=2, look=Look(grow=())).page_count


def test_colour_emoji_are_in_colour_when_a_colour_emoji_font_is_installed() -> None:
    if not _has_family("Noto Color Emoji"):
        pytest.skip("no colour emoji font on this machine (fonts-noto-color-emoji)")
    smiles = CardPages([Card("😊 🌻 ⭐ 😊")], Heading(""), paper_mm=A4, dpi=150, columns=2)
    words = CardPages([Card("smile sunflower star")], Heading(""), paper_mm=A4, dpi=150, columns=2)
    assert bright_colour(smiles.png(0)) > 2000
    assert bright_colour(words.png(0)) < 50


def test_pages_paint_the_same_off_the_gui_thread() -> None:
    pages = CardPages([Card("שלום and thanks 😊 " * 3, "today")], HEADING, paper_mm=A4, dpi=150, columns=2)
    here = pages.png(0)
    there: list[bytes] = []
    worker = threading.Thread(target=lambda: there.append(pages.png(0)))
    worker.start()
    worker.join(timeout=60)
    assert there == [here]


def test_a_file_in_the_way_is_an_os_error_and_leaves_nothing(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file, not a folder")
    pages = CardPages([Card("thanks")], HEADING, paper_mm=A4, dpi=150, columns=2)
    with pytest.raises(OSError):
        pages.write(tmp_path / "blocked" / "cards.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked"]
