"""The PDF report, read back the way a person would: pages rendered with pdftoppm, text read with pdftotext,
fonts checked with pdffonts (poppler-utils, installed by packaging/system-deps.sh)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.core.answers import Answer
from kiosk.results import report_words as w
from kiosk.results.report_model import Report, build_report
from kiosk.results.report_pdf import write_pdf
from kiosk.results.rules.tally import ResultsQuery, Tally
from tests.results.report_samples import ALERTS, END, PULSE, START, WALL, site_tallies, three_sites

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils missing: run packaging/system-deps.sh")


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def _report(**kw: object) -> Report:
    tallies = [*three_sites(), *site_tallies("Market Hall Hub", rate=0.8, per_day=3)]
    return build_report(tallies, ResultsQuery(START, END), 10, scope="central", pulse=PULSE, alerts=ALERTS,
                        wall=WALL, made_at=datetime(2026, 11, 30, 9), **kw)  # type: ignore[arg-type]


def test_the_report_shows_the_headline_chart_words_and_every_section(tmp_path: Path) -> None:
    report = _report()
    out = tmp_path / "report.pdf"
    write_pdf(report, out)
    text = _text(out)
    head = report.headline
    assert head.kindness_rate is not None and head.ci_low is not None and head.ci_high is not None
    assert w.percent(head.kindness_rate) in text
    assert w.interval(head.ci_low, head.ci_high) in text
    assert f"{head.answers:,} answers" in text
    assert "1 June – 29 November 2026" in text and "Kindness across 4 sites" in text
    for heading in ("At a glance", "Week by week", "Through the week", "Where people noticed kindness",
                    "Staff pulse", "Sites side by side", "Open alerts", "Kindness wall", "About these figures",
                    "What is hidden, and why", "How to read the weekly chart"):
        assert heading in text, heading
    assert "Unusually low week — week of 5 Oct 2026" in text
    assert "212 messages written" in text
    assert "Page 1 of" in text


def test_no_figure_of_a_hidden_site_reaches_the_page(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_pdf(_report(), out)
    lines = _text(out).splitlines()
    tiny = [line for line in lines if "Tiny Branch" in line and "fewer than" in line]
    hub = [line for line in lines if "Market Hall Hub" in line and "hidden so a small figure" in line]
    assert len(tiny) == 1 and len(hub) == 1
    assert re.findall(r"\d+", tiny[0].replace("fewer than 10 answers", "")) == []  # no count, no rate
    assert re.findall(r"\d+", hub[0]) == []
    pulse = [line for line in lines if "Hillside Leisure Centre" in line and "November 2026" in line]
    assert pulse and "too few answers to show" in pulse[0]


def test_fonts_are_embedded_truetype_and_pages_render(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_pdf(_report(), out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True, timeout=60).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all("TrueType" in row and re.search(r"\byes\s+yes\s+yes\b", row) for row in rows), fonts
    assert any("AtkinsonHyperlegible" in row for row in rows)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "page")], check=True, timeout=120)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True, timeout=60).stdout
    assert re.search(rf"^Pages:\s+{len(pages)}$", info, re.M) and "595.276 x 841.89 pts (A4)" in info


@pytest.mark.parametrize(("tallies", "expect"), [
    ([], "No answers in these dates"),
    ([Tally("Tiny Branch", "kindness-1", date(2026, 9, 2), 10, Answer.YES, None, 6)],
     "Not enough answers yet to show a figure"),
], ids=["empty-period", "everything-suppressed"])
def test_thin_data_gets_kind_words_not_a_traceback(tallies: list[Tally], expect: str, tmp_path: Path) -> None:
    report = build_report(tallies, ResultsQuery(date(2026, 9, 1), date(2026, 9, 30)), 10)
    out = tmp_path / "thin.pdf"
    write_pdf(report, out)
    text = _text(out)
    assert expect in text
    assert "Not enough weeks with a figure to draw a chart yet" in text
    assert " 6 " not in f" {text} ".replace("\n", " ")  # the six answers are never printed


def test_every_word_goes_through_the_translate_hook(tmp_path: Path) -> None:
    out = tmp_path / "marked.pdf"
    write_pdf(_report(), out, translate=lambda context, text: "§" + text)
    text = _text(out)
    for heading in ("§Week by week", "§Sites side by side", "§About these figures", "§Unusually low week",
                    "§Page 1 of"):
        assert heading in text, heading
    assert "§§" not in text  # each piece is translated once, never twice


def test_a_site_name_that_looks_like_markup_is_printed_as_written(tmp_path: Path) -> None:
    tallies = list(site_tallies("Fund $5 & <Hall> $x^2$", rate=0.8, per_day=20))
    report = build_report(tallies, ResultsQuery(START, END), 10)
    out = tmp_path / "odd.pdf"
    write_pdf(report, out)
    assert "Kindness at Fund $5 & <Hall> $x^2$" in _text(out)
