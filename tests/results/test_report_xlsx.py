"""The spreadsheet report, opened again with openpyxl: sheets, columns, types, frozen headers, widths, hidden
rows empty, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import load_workbook

from kiosk.results.report_model import EXCEL_ROWS, RawAnswers, build_report
from kiosk.results.report_xlsx import write_xlsx
from kiosk.results.rules.summary import COLUMNS
from kiosk.results.rules.tally import ResultsQuery
from tests.results.report_samples import ALERTS, END, PULSE, START, WALL, site_tallies, three_sites

EVIL_SITE = '=HYPERLINK("http://evil.example","Click")'
COLUMNS_CSV = ("id", "site", "kiosk", "answered_at", "local_date", "answer", "followup", "language")
SHEETS = ["Summary", "Weekly", "Monthly", "Follow-ups", "Staff pulse", "Answers", "About"]


def _write(tmp_path: Path, answers: RawAnswers | None = None) -> Path:
    tallies = [*three_sites(), *site_tallies(EVIL_SITE, rate=0.8, per_day=30)]
    report = build_report(tallies, ResultsQuery(START, END), 10, pulse=PULSE, alerts=ALERTS, wall=WALL,
                          answers=answers, made_at=datetime(2026, 11, 30, 9))
    out = tmp_path / "report.xlsx"
    write_xlsx(report, out)
    return out


def test_sheets_columns_frozen_headers_and_widths(tmp_path: Path) -> None:
    book = load_workbook(_write(tmp_path))
    assert book.sheetnames == SHEETS
    for ws in book:
        assert ws.freeze_panes == "A2", ws.title
        assert all(cell.font.b for cell in ws[1]), ws.title
    for name in ("Summary", "Weekly", "Monthly"):
        assert tuple(c.value for c in book[name][1]) == COLUMNS
    assert book["Summary"].column_dimensions["C"].width == 30  # site
    weekly = book["Weekly"]
    assert weekly.max_row - 1 == 26 * 5  # 26 weeks × (4 sites + all sites)


def test_numbers_are_numbers_dates_are_dates_and_hidden_rows_are_empty(tmp_path: Path) -> None:
    ws = load_workbook(_write(tmp_path))["Summary"]
    rows = {r[2].value: r for r in ws.iter_rows(min_row=2)}
    shown = rows["Riverside Library"]
    assert shown[0].is_date and shown[0].value.date() == START and shown[1].value.date() == END
    assert isinstance(shown[4].value, int) and isinstance(shown[8].value, float)
    assert shown[8].number_format == "0.0%" and 0 < shown[9].value < shown[8].value < shown[10].value < 1
    assert shown[11].value is None
    tiny = rows["Tiny Branch"]
    assert [c.value for c in tiny[4:11]] == [None] * 7 and tiny[11].value == "small"
    assert [c.value for c in rows["Hillside Leisure Centre"][4:11]] == [None] * 7  # next-smallest: secondary
    assert rows["Hillside Leisure Centre"][11].value == "secondary"
    pulse = load_workbook(tmp_path / "report.xlsx")["Staff pulse"]
    hidden = [r for r in pulse.iter_rows(min_row=2, values_only=True) if r[7] == "small"]
    assert hidden and all(v is None for v in hidden[0][2:7])


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    raw = RawAnswers(COLUMNS_CSV, [
        (1, EVIL_SITE, "k1", datetime(2026, 11, 2, 10, 5, tzinfo=UTC), date(2026, 11, 2), "yes", "staff", "+cy"),
        (2, "Riverside", "-k2", datetime(2026, 11, 2, 11, 0, tzinfo=UTC), date(2026, 11, 2), "no", "", "@en"),
        (3, "\tTab", "\rk3", datetime(2026, 11, 3, 9, 0, tzinfo=UTC), date(2026, 11, 3), "no", "", "en\x07"),
    ], 3)
    out = _write(tmp_path, raw)
    book = load_workbook(out)
    answers = book["Answers"]
    assert tuple(c.value for c in answers[1]) == COLUMNS_CSV
    first = answers[2]
    assert first[1].value == EVIL_SITE and first[1].data_type == "s" and first[1].quotePrefix
    assert first[7].value == "+cy" and first[7].data_type == "s" and first[7].quotePrefix
    assert first[3].is_date and first[3].value == datetime(2026, 11, 2, 10, 5)  # UTC, as the CSV export
    assert answers[3][2].value == "-k2" and answers[3][7].value == "@en" and answers[3][7].quotePrefix
    assert answers[4][1].value == "\tTab" and answers[4][7].value == "en"  # a control character is dropped
    summary_sites = [r[2] for r in book["Summary"].iter_rows(min_row=2, values_only=True)]
    assert EVIL_SITE in summary_sites
    with zipfile.ZipFile(out) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and all(b"<f>" not in z.read(n) and b"<f " not in z.read(n) for n in sheets)


def test_more_answers_than_a_sheet_holds_gives_a_note_pointing_to_csv(tmp_path: Path) -> None:
    never = RawAnswers(COLUMNS_CSV, iter(()), EXCEL_ROWS)
    ws = load_workbook(_write(tmp_path, never))["Answers"]
    assert ws.max_row == 2
    note = str(ws["A2"].value)
    assert "1,048,576" in note and "--format csv" in note


def test_about_defines_every_summary_column(tmp_path: Path) -> None:
    about = load_workbook(_write(tmp_path))["About"]
    items = {r[0]: r[1] for r in about.iter_rows(min_row=2, values_only=True)}
    assert set(COLUMNS) <= set(items)
    assert "fewer than 10 answers" in str(items["suppressed"])
    assert items["minimum count"] == 10
