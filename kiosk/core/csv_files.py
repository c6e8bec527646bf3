"""Writes check-ins as a CSV that opens cleanly in Excel, LibreOffice and Google Sheets.

UTF-8 with a byte-order mark (so Excel reads accents and emoji), CRLF line ends, ISO 8601 UTC times,
and cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
Thread: the CLI's main thread or the database worker thread.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from kiosk.checkin.rules import CheckInRow

CHECKIN_COLUMNS = ("id", "site", "kiosk", "answered_at", "local_date", "answer", "followup", "language")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Stops CSV injection: text that starts like a formula is shown, not evaluated."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def checkin_cells(row: CheckInRow) -> tuple[str, ...]:
    return (
        str(row.id),
        safe_cell(row.site),
        safe_cell(row.kiosk),
        row.answered_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        row.local_date.isoformat(),
        row.answer.value,
        row.followup.value if row.followup else "",
        safe_cell(row.language),
    )


def write_checkins(rows: Iterable[CheckInRow], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CHECKIN_COLUMNS)
    n = 0
    for row in rows:
        writer.writerow(checkin_cells(row))
        n += 1
    return n


def export_checkins_csv(rows: Iterable[CheckInRow], path: Path) -> int:
    """Writes to a temporary file then renames, so a half-written export never replaces a good one.
    The folder must exist (FileNotFoundError otherwise): a mistyped path is never made."""
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            n = write_checkins(rows, f)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # never leave a half-written "<name>.part" beside the export
        raise
    return n
