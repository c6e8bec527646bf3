"""Writes the kindness wall's messages as CSV (for a spreadsheet) or JSON (for other systems).

Columns / keys: id, site, kiosk, created_at, text, status, moderated_at, reason. Times are ISO 8601 UTC
(`2026-11-25T10:00:00Z`); `moderated_at` is empty (null in JSON) until staff have decided. The CSV follows
kiosk.core.csv_files: UTF-8 with a byte-order mark, CRLF line ends, and any cell a spreadsheet would run
as a formula (a visitor's text starting with "=", "+", "-", "@", …) prefixed with an apostrophe; a line break
inside a message stays inside its quoted cell. JSON is UTF-8 without a byte-order mark, one array of objects,
text exactly as stored. Thread: the CLI's main thread.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Protocol

from kiosk.core.csv_files import safe_cell

MESSAGE_COLUMNS = ("id", "site", "kiosk", "created_at", "text", "status", "moderated_at", "reason")


class MessageLike(Protocol):
    """kiosk.wall.store.MessageRow (a protocol, so this module imports no SQLAlchemy)."""

    @property
    def id(self) -> object: ...
    @property
    def site(self) -> str: ...
    @property
    def kiosk(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def text(self) -> str: ...
    @property
    def status(self) -> object: ...
    @property
    def moderated_at(self) -> datetime | None: ...
    @property
    def reason(self) -> str: ...


def _utc(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment is not None else ""


def _status(row: MessageLike) -> str:
    return str(getattr(row.status, "value", row.status))


def message_cells(row: MessageLike) -> tuple[str, ...]:
    return (str(row.id), safe_cell(row.site), safe_cell(row.kiosk), _utc(row.created_at), safe_cell(row.text),
            _status(row), _utc(row.moderated_at), safe_cell(row.reason))


def message_object(row: MessageLike) -> dict[str, Any]:
    return {"id": str(row.id), "site": row.site, "kiosk": row.kiosk, "created_at": _utc(row.created_at),
            "text": row.text, "status": _status(row), "moderated_at": _utc(row.moderated_at) or None,
            "reason": row.reason}


def write_messages_csv(rows: Iterable[MessageLike], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(MESSAGE_COLUMNS)
    n = 0
    for row in rows:
        writer.writerow(message_cells(row))
        n += 1
    return n


def write_messages_json(rows: Iterable[MessageLike], out: IO[str]) -> int:
    objects = [message_object(r) for r in rows]
    json.dump(objects, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(objects)


def write_messages(rows: Iterable[MessageLike], out: IO[str], fmt: str) -> int:
    if fmt == "json":
        return write_messages_json(rows, out)
    return write_messages_csv(rows, out)


def export_messages(rows: Iterable[MessageLike], path: Path, fmt: str) -> int:
    """Writes to a temporary file then renames, so a half-written export never replaces a good one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as f:
            n = write_messages(rows, f, fmt)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n
