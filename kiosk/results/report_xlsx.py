"""The results report as a spreadsheet (openpyxl): `write_xlsx(report, path)`.

Sheets: Summary, Weekly, Monthly (each with exactly kiosk.results.rules.summary.COLUMNS), Follow-ups, Staff pulse,
Answers (raw rows in the check-in CSV export's columns, when the caller passes them and they fit Excel's
1,048,576 rows — otherwise a note pointing to the CSV export), About (definitions and method notes).

Numbers are numbers (rates as fractions shown as percentages), dates are dates, the header row is frozen and
bold, columns have widths. A hidden figure is an empty cell with the reason in `suppressed`: the Report
(kiosk.results.report_model) never hands this module a hidden number. Formula injection is impossible: every
text cell is written as a string (never a formula, whatever it starts with) and one starting with = + - @ tab
or CR also gets Excel's "quote prefix", so editing the cell keeps it text; characters XML cannot hold are
dropped. Written in openpyxl's streaming mode beside `path`, then renamed. Thread: any.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from kiosk.results import report_words as w
from kiosk.results.report_model import EXCEL_ROWS, Report
from kiosk.results.rules.summary import COLUMNS, SummaryRow

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
HEADER_FILL = PatternFill("solid", fgColor="EFE4D4")
HEADER_FONT = Font(bold=True, color="2B1D14")
PERCENT = "0.0%"
DAY = "yyyy-mm-dd"
MOMENT = "yyyy-mm-dd hh:mm:ss"
WIDTHS = {"period_start": 12, "period_end": 12, "site": 30, "question_version": 18, "suppressed": 12,
          "kindness_rate": 14, "ci_low": 10, "ci_high": 10}
RATES = {"kindness_rate", "ci_low", "ci_high", "share", "rate"}


def write_xlsx(report: Report, path: Path, *, translate: w.Tr | None = None) -> None:
    """Writes the workbook to `path` (beside it first, then renamed: never a half-written file)."""
    translate = translate or w.translator()
    book = Workbook(write_only=True)
    _rows_sheet(book, "Summary", report.summary)
    _rows_sheet(book, "Weekly", report.weekly)
    _rows_sheet(book, "Monthly", report.monthly)
    _followups(book, report, translate)
    _pulse(book, report)
    _answers(book, report, translate)
    _about(book, report, translate)
    tmp = path.with_name(path.name + ".part")
    try:
        book.save(tmp)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _sheet(book: Workbook, title: str, header: Sequence[str], widths: Sequence[float]) -> WriteOnlyWorksheet:
    ws = book.create_sheet(title)
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    cells = []
    for name in header:
        cell = _cell(ws, name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cells.append(cell)
    ws.append(cells)
    return ws


def _cell(ws: WriteOnlyWorksheet, value: object, number_format: str | None = None) -> WriteOnlyCell:
    """One cell: text always as text (never a formula), dates and numbers as themselves."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        cell = WriteOnlyCell(ws, value)
        cell.number_format = number_format or MOMENT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value)
        cell.number_format = number_format or DAY
        return cell
    if value is None or isinstance(value, bool | int | float):
        cell = WriteOnlyCell(ws, value)
        if number_format and value is not None:
            cell.number_format = number_format
        return cell
    text = _ILLEGAL.sub("", str(value))
    if not text:
        return WriteOnlyCell(ws, None)
    cell = WriteOnlyCell(ws, None)
    cell.value = text  # may be classed as a formula here …
    cell.data_type = "s"  # … and is always stored as a string
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True
    return cell


def _rows_sheet(book: Workbook, title: str, rows: Iterable[SummaryRow]) -> None:
    ws = _sheet(book, title, COLUMNS, [WIDTHS.get(c, 10) for c in COLUMNS])
    for row in rows:
        ws.append([_cell(ws, v.value if c == "suppressed" and v is not None else v,  # type: ignore[attr-defined]
                         PERCENT if c in RATES else None)
                   for c, v in zip(COLUMNS, row.cells(), strict=True)])


def _followups(book: Workbook, r: Report, translate: w.Tr) -> None:
    header = ("period_start", "period_end", "site", "followup", "answered_followup", "count", "share", "ci_low",
              "ci_high", "suppressed")
    ws = _sheet(book, "Follow-ups", header, (12, 12, 30, 22, 18, 10, 10, 10, 10, 12))
    f = r.followups
    for line in f.lines:
        s = line.share
        cells: list[object] = [r.date_from, r.date_to, r.headline.site, line.where.value, f.answered,
                               s.count if s else None, s.value if s else None, s.low if s else None,
                               s.high if s else None, line.hidden.value if line.hidden else None]
        ws.append([_cell(ws, v, PERCENT if name in RATES else None) for name, v in zip(header, cells, strict=True)])


def _pulse(book: Workbook, r: Report) -> None:
    header = ("month", "site", "answers", "yes", "rate", "ci_low", "ci_high", "suppressed")
    ws = _sheet(book, "Staff pulse", header, (12, 30, 10, 10, 10, 10, 10, 12))
    for p in r.pulse:
        cells: list[object] = [p.month, p.site, p.answers, p.yes, p.rate, p.low, p.high,
                               "small" if p.suppressed else None]
        ws.append([_cell(ws, v, PERCENT if name in RATES else ("yyyy-mm" if name == "month" else None))
                   for name, v in zip(header, cells, strict=True)])


def _answers(book: Workbook, r: Report, translate: w.Tr) -> None:
    raw = r.answers
    if raw is None:
        ws = _sheet(book, "Answers", ("note",), (100,))
        ws.append([_cell(ws, translate("report", "Raw answers were not included in this report. Use `kiosk export --what checkins "
                                "--format csv` for one row per answer."))])
        return
    if not raw.fits_excel:
        ws = _sheet(book, "Answers", ("note",), (100,))
        ws.append([_cell(ws, translate("report", "There are {n} answers in these dates: more rows than a spreadsheet can hold "
                                "({limit}). Use `kiosk export --what checkins --format csv` for one row per "
                                "answer.").format(n=w.count(raw.count), limit=w.count(EXCEL_ROWS)))])
        return
    ws = _sheet(book, "Answers", raw.columns, [22 if "at" in c.split("_") else 14 for c in raw.columns])
    for written, row in enumerate(raw.rows):
        if written >= EXCEL_ROWS - 2:  # the count was wrong: stop short of the limit and say so
            ws.append([_cell(ws, translate("report", "… cut at the spreadsheet's row limit: use the CSV export for every row."))])
            break
        ws.append([_cell(ws, v) for v in row])


def _about(book: Workbook, r: Report, translate: w.Tr) -> None:
    ws = _sheet(book, "About", ("item", "meaning"), (24, 110))
    wrap = Alignment(wrap_text=True, vertical="top")
    lines: list[tuple[str, object]] = [
        (translate("report", "dates"), w.dates(r.date_from, r.date_to, translate)),
        (translate("report", "sites"), ", ".join(r.sites)),
        (translate("report", "question"), r.question),
        (translate("report", "minimum count"), r.min_count),
    ]
    if r.made_at:
        lines.append((translate("report", "made"), r.made_at))
    for site, question in r.other_questions:
        lines.append((translate("report", "different question"), translate("report", "{site} asked {question}: counted in its own rows, never added "
                                                   "in.").format(site=site, question=question)))
    definitions = {
        "period_start": translate("report", "first day of the period (the site's own calendar)"),
        "period_end": translate("report", "last day of the period, inclusive"),
        "site": translate("report", "the site, or (all sites) for every site in the report together"),
        "question_version": translate("report", "which question was answered: rows of different questions are never added up"),
        "answers": translate("report", "how many answers (repeat taps not counted)"),
        "yes": translate("report", "answers of yes"), "not_sure": translate("report", "answers of not sure"), "no": translate("report", "answers of no"),
        "kindness_rate": translate("report", "yes ÷ answers"),
        "ci_low": translate("report", "lower end of the Wilson score 95% interval of the kindness rate"),
        "ci_high": translate("report", "upper end of the Wilson score 95% interval of the kindness rate"),
        "suppressed": translate("report", "empty when shown; \u201csmall\u201d: fewer than {n} answers; \u201csecondary\u201d: "
                         "hidden so a small figure cannot be worked out from a total").format(n=r.min_count),
    }
    lines += [(name, definitions[name]) for name in COLUMNS]
    lines += w.method_notes(r.min_count, translate)
    lines.append((translate("report", "chart used"), w.chart_method(r.trend.chart.method, r.trend.chart.trial, translate)))
    for item, meaning in lines:
        a, b = _cell(ws, item), _cell(ws, meaning)
        b.alignment = wrap
        ws.append([a, b])
