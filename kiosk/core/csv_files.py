"""Writes CSV files that open cleanly in Excel, LibreOffice and Google Sheets — for every export.

UTF-8 with a byte-order mark (so Excel reads accents and emoji), CRLF line ends, and cells that a spreadsheet
would run as a formula are prefixed with an apostrophe (`safe_cell`). A file is written to `<name>.part` and
renamed, so a half-written export never replaces a good one; the folder must exist (a mistyped path is never
made). Thread: the CLI's main thread or the database worker thread.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Stops CSV injection: text that starts like a formula is shown, not evaluated."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_rows(header: Sequence[str], rows: Iterable[Sequence[str]], out: IO[str]) -> int:
    """Writes the header and the rows (cells already made safe by the caller); returns how many rows."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def export_csv(header: Sequence[str], rows: Iterable[Sequence[str]], path: Path) -> int:
    """Writes to a temporary file then renames. The folder must exist (FileNotFoundError otherwise)."""
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            n = write_rows(header, rows, f)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # never leave a half-written "<name>.part" beside the export
        raise
    return n
