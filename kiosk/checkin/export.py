"""The check-ins as a spreadsheet-safe CSV (kiosk.core.csv_files): one row per answer.

Columns: id, site, kiosk, answered_at (ISO 8601 UTC), local_date (the site's date), answer, followup, language.
Thread: the CLI's main thread or the database worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO

from kiosk.checkin.rules import CheckInRow
from kiosk.core.csv_files import export_csv, safe_cell, write_rows

CHECKIN_COLUMNS = ("id", "site", "kiosk", "answered_at", "local_date", "answer", "followup", "language")


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
    return write_rows(CHECKIN_COLUMNS, (checkin_cells(r) for r in rows), out)


def export_checkins_csv(rows: Iterable[CheckInRow], path: Path) -> int:
    """Writes to a temporary file then renames, so a half-written export never replaces a good one.
    The folder must exist (FileNotFoundError otherwise): a mistyped path is never made."""
    return export_csv(CHECKIN_COLUMNS, (checkin_cells(r) for r in rows), path)
