"""The wall messages export (kiosk.wall.export): the CSV conventions of the check-ins export
(BOM, CRLF, formula guard) and JSON with the text exactly as stored."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.wall.export import MESSAGE_COLUMNS, export_messages, message_cells, write_messages_csv
from kiosk.wall.rules.messages import MessageStatus
from kiosk.wall.store import MessageRow

AT = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def row(text: str, status: MessageStatus = MessageStatus.APPROVED, reason: str = "") -> MessageRow:
    moderated = AT.replace(minute=5) if status is not MessageStatus.PENDING else None
    return MessageRow(uuid.uuid4(), "riverside", "kiosk-1", AT, text, status, moderated, reason)


@pytest.mark.parametrize("text", ["=1+1", "+44 7700", "-2", "@SUM(A1)", "\tTab", "\rCR"])
def test_formula_like_text_is_shown_not_run(text: str) -> None:
    assert message_cells(row(text))[4] == "'" + text


def test_csv_rows_and_quoting() -> None:
    out = io.StringIO(newline="")
    rows = [row('He said "thank you",\nthen left 😊'), row("Ring me", MessageStatus.PENDING),
            row("gone", MessageStatus.HIDDEN, reason="Not kind")]
    assert write_messages_csv(rows, out) == 3
    text = out.getvalue()
    assert text.startswith(",".join(MESSAGE_COLUMNS) + "\r\n")
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[1][4] == 'He said "thank you",\nthen left 😊'
    assert parsed[1][3] == "2026-11-25T10:00:00Z" and parsed[1][6] == "2026-11-25T10:05:00Z"
    assert parsed[2][5:] == ["pending", "", ""]
    assert parsed[3][5:] == ["hidden", "2026-11-25T10:05:00Z", "Not kind"]


def test_files_csv_with_bom_and_json_without(tmp_path: Path) -> None:
    rows = [row("Thank you — mòran taing 🙏"), row("=cmd|' /C calc'!A0")]
    assert export_messages(rows, tmp_path / "m.csv", "csv") == 2
    data = (tmp_path / "m.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 3
    assert export_messages(rows, tmp_path / "sub" / "m.json", "json") == 2
    raw = (tmp_path / "sub" / "m.json").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    loaded = json.loads(raw.decode("utf-8"))
    assert [d["text"] for d in loaded] == ["Thank you — mòran taing 🙏", "=cmd|' /C calc'!A0"]
    assert "mòran" in raw.decode("utf-8")  # not \u-escaped
    assert not list(tmp_path.rglob("*.part"))
