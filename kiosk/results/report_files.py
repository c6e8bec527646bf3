"""`kiosk report` output files: one writer per file extension, each given the same `ReportRequest`.

WRITERS maps an extension to its writer (`writer(request, path)`); a new format is one line there (the PDF and
XLSX reports add `".pdf"` and `".xlsx"`: a writer that needs more than the Summary — the pattern by hour, the
follow-ups — asks `request.source` for it, by day where the source offers `day_tallies`).
CSV and JSON hold the Summary table (kiosk.results.rules.summary):
the columns in COLUMNS order, one row per period × site × question version; a suppressed row carries no
figures (empty cells / null) and `suppressed` says why ("small" or "secondary"). CSV goes through
kiosk.core.csv_files (UTF-8 with BOM, CRLF, formula-safe text cells), rates with 4 decimals; JSON is a list of
objects with ISO dates and numbers as numbers. Both are written to `<name>.part` and renamed; the folder must
exist. Thread: the CLI's main thread.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.core.csv_files import export_csv, safe_cell
from kiosk.results.rules.periods import Grain
from kiosk.results.rules.summary import COLUMNS, SummaryRow
from kiosk.results.rules.tally import ResultsQuery
from kiosk.results.source import Scope, TallySource


@dataclass(frozen=True)
class ReportRequest:
    """What a report file is made from: where the answers come from, the query, the grain, and the Summary."""

    source: TallySource
    scope: Scope
    query: ResultsQuery
    grain: Grain | None  # None: the whole period as one
    min_count: int
    summary: list[SummaryRow]


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, int | date):
        return str(value) if isinstance(value, int) else value.isoformat()
    return safe_cell(str(value))


def write_csv(report: ReportRequest, path: Path) -> None:
    export_csv(COLUMNS, ([_csv_cell(v) for v in row.cells()] for row in report.summary), path)


def _json_value(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    return value if value is None or isinstance(value, int) else str(value)


def write_json(report: ReportRequest, path: Path) -> None:
    rows = [{c: _json_value(v) for c, v in zip(COLUMNS, row.cells(), strict=True)} for row in report.summary]
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=1, allow_nan=False)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


WRITERS: dict[str, Callable[[ReportRequest, Path], None]] = {
    ".csv": write_csv,
    ".json": write_json,
}
