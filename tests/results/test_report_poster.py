"""The entrance poster: an honest "N in 10" with n, the site and the month, as PDF or PNG — and a kind refusal
when the month's figure is hidden or nobody answered."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from kiosk.core.errors import KioskError
from kiosk.results.poster import PosterRefused, write_poster
from kiosk.results.report_model import build_report
from kiosk.results.rules.periods import Grain
from kiosk.results.rules.summary import SummaryRow, summary
from kiosk.results.rules.suppression import Reason
from kiosk.results.rules.tally import ResultsQuery
from tests.results.report_samples import three_sites


def _row(yes: int, answers: int, suppressed: Reason | None = None, site: str = "Riverside Library") -> SummaryRow:
    if suppressed:
        return SummaryRow(date(2026, 11, 1), date(2026, 11, 30), site, "kindness-1", None, None, None, None, None,
                          None, None, suppressed)
    return SummaryRow(date(2026, 11, 1), date(2026, 11, 30), site, "kindness-1", answers, yes, answers - yes, 0,
                      yes / answers, 0.0, 1.0, None)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing: run packaging/system-deps.sh")
def test_the_pdf_poster_says_nearly_9_in_10_with_n_site_and_month(tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    write_poster(_row(358, 412), out)  # 86.9%
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True,
                                   timeout=60).stdout.split())
    assert "Nearly" in text and "9 in 10" in text
    assert "visitors told us they experienced kindness here in November 2026" in text
    assert "From 412 answers" in text and "Riverside Library" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True, timeout=60).stdout
    assert "AtkinsonHyperlegible-Bold" in fonts and "Type 3" not in fonts


def test_the_png_poster_is_a4_at_150_dpi(tmp_path: Path) -> None:
    out = tmp_path / "poster.png"
    write_poster(_row(80, 100), out)
    with Image.open(out) as im:
        width, height = im.size
        assert (width, height) in ((1240, 1753), (1240, 1754))
        colours = im.convert("RGB").getcolors(maxcolors=1 << 20) or []
        assert len(colours) > 50  # not a blank page
    assert not list(tmp_path.glob("*.part"))


def test_a_month_built_from_tallies_makes_a_poster_for_all_sites(tmp_path: Path) -> None:
    query = ResultsQuery(date(2026, 11, 1), date(2026, 11, 29))
    rows = summary(three_sites(), query, Grain.MONTH, 10)
    whole = next(r for r in rows if r.site == "(all sites)")
    write_poster(whole, tmp_path / "all.png")
    assert (tmp_path / "all.png").stat().st_size > 10_000
    assert build_report(three_sites(), query, 10).headline.answers == whole.answers


@pytest.mark.parametrize("reason", [Reason.SMALL, Reason.SECONDARY])
def test_a_hidden_month_is_refused_kindly(reason: Reason, tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    with pytest.raises(PosterRefused) as e:
        write_poster(_row(0, 0, reason, site="Tiny Branch"), out)
    assert isinstance(e.value, KioskError) and e.value.code == "results.poster_suppressed"
    assert "not enough answers for November 2026 at Tiny Branch" in str(e.value)
    assert e.value.params["min_count"] == 10
    assert not out.exists() and not list(tmp_path.iterdir())


def test_a_month_with_no_answers_or_a_wrong_file_type_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PosterRefused, match="Nobody answered") as e:
        write_poster(SummaryRow(date(2026, 11, 1), date(2026, 11, 30), "Quiet Annex", "kindness-1", 0, 0, 0, 0,
                                None, None, None, None), tmp_path / "p.pdf")
    assert e.value.code == "results.poster_no_answers"
    with pytest.raises(PosterRefused, match=r"\.pdf or \.png") as e:
        write_poster(_row(8, 10), tmp_path / "p.jpg")
    assert e.value.code == "results.poster_format"
    assert not list(tmp_path.iterdir())
