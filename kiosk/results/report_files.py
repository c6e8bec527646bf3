"""`kiosk report` output files: one writer per file extension, each given the same `ReportRequest`.

WRITERS maps an extension to its writer (`writer(request, path)`); a new format is one line there. The PDF and
XLSX reports need more than the Summary: `full_report(request)` builds the whole `Report`
(kiosk.results.report_model) from the source — at scale (the central database's `report_inputs`) from tallies by
site, day and answer plus the weekday × hour pattern and the follow-up counts, each summed in SQL, never one tally
per hour — with the open alerts, the staff pulse and the wall's counts the request brings (read only for these two
formats).
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.csv_files import export_csv, safe_cell
from kiosk.results.rules.periods import Grain
from kiosk.results.rules.summary import COLUMNS, SummaryRow
from kiosk.results.rules.tally import ResultsQuery
from kiosk.results.source import Scope, TallySource

if TYPE_CHECKING:
    from kiosk.results.report_model import PulseRow, Report, ReportAlert, ReportInputs, WallActivity


def _no_alerts() -> Sequence[ReportAlert]:
    return ()


def _no_wall() -> WallActivity | None:
    return None


@dataclass(frozen=True)
class ReportRequest:
    """What a report file is made from: where the answers come from, the query, the grain, and the Summary."""

    source: TallySource
    scope: Scope
    query: ResultsQuery
    grain: Grain | None  # None: the whole period as one
    min_count: int
    summary: list[SummaryRow]
    alerts: Callable[[], Sequence[ReportAlert]] = _no_alerts  # the open alerts, read when a writer lists them
    pulse: Callable[[], Sequence[PulseRow]] = tuple  # the staff pulse by site and month, read likewise
    wall: Callable[[], WallActivity | None] = _no_wall  # the wall's counts, None where not known
    made_at: datetime | None = None


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


def full_report(request: ReportRequest) -> Report:
    """The whole report (headline, chart, pattern, follow-ups, tables, alerts, wall) of `request`."""
    from kiosk.results.report_model import build_report

    source, query = request.source, request.query
    summed = getattr(source, "report_inputs", None)  # at scale: added up where the data is
    sites = set(query.sites)
    alerts = [a for a in request.alerts() if not sites or a.site in sites]
    inputs: ReportInputs | None = summed(query) if summed is not None else None
    return build_report(source.tallies(query) if inputs is None else inputs.tallies, query, request.min_count,
                        scope=request.scope.kind, alerts=alerts, wall=request.wall(), made_at=request.made_at,
                        pulse=request.pulse(),
                        grid=inputs.grid if inputs else None, followups=inputs.followups if inputs else None)


def write_pdf(request: ReportRequest, path: Path) -> None:
    from kiosk.results import report_pdf

    report_pdf.write_pdf(full_report(request), path)


def write_xlsx(request: ReportRequest, path: Path) -> None:
    from kiosk.results import report_xlsx

    report_xlsx.write_xlsx(full_report(request), path)


WRITERS: dict[str, Callable[[ReportRequest, Path], None]] = {
    ".csv": write_csv,
    ".json": write_json,
    ".pdf": write_pdf,
    ".xlsx": write_xlsx,
}
