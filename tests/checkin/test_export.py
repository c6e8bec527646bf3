"""The check-in CSV: exact columns, Excel-friendly encoding, UTC times and no formula injection."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.checkin.export import CHECKIN_COLUMNS, export_checkins_csv, write_checkins
from kiosk.checkin.rules import Answer, CheckInRow, Followup
from kiosk.core.csv_files import safe_cell

COLUMNS = ["id", "site", "kiosk", "answered_at", "local_date", "answer", "followup", "language"]


def _row(n: int = 1, *, site: str = "riverside", followup: Followup | None = None,
         answered_at: datetime | None = None, kiosk: str = "kiosk-1") -> CheckInRow:
    return CheckInRow(id=uuid.UUID(int=n, version=4), site=site, kiosk=kiosk,
                      answered_at=answered_at or datetime(2026, 11, 25, 10, 0, 7, 500000, tzinfo=UTC),
                      local_date=date(2026, 11, 25), answer=Answer.YES, followup=followup, language="en")


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_columns_are_exactly_the_documented_ones(tmp_path: Path) -> None:
    assert list(CHECKIN_COLUMNS) == COLUMNS
    out = tmp_path / "out.csv"
    export_checkins_csv([], out)
    assert _read(out) == [COLUMNS]


def test_file_is_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert export_checkins_csv([_row(1, site="Café ☕"), _row(2)], out) == 2
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,site,kiosk,answered_at,local_date,answer,followup,language\r\n")
    assert data.count(b"\r\n") == 3
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert "Café ☕".encode() in data


def test_a_row_is_written_as_expected(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export_checkins_csv([_row(1, followup=Followup.STAFF), _row(2)], out)
    header, first, second = _read(out)
    assert dict(zip(header, first, strict=True)) == {
        "id": str(uuid.UUID(int=1, version=4)), "site": "riverside", "kiosk": "kiosk-1",
        "answered_at": "2026-11-25T10:00:07Z", "local_date": "2026-11-25", "answer": "yes",
        "followup": "staff", "language": "en",
    }
    assert second[header.index("followup")] == ""
    for row in (first, second):
        assert row[header.index("answered_at")].endswith("Z")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("riverside", "riverside"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_safe_cell(value: str, expected: str) -> None:
    assert safe_cell(value) == expected


def test_formula_looking_site_and_kiosk_get_an_apostrophe(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export_checkins_csv([_row(1, site="=cmd|' /C calc'!A0", kiosk="@kiosk")], out)
    header, row = _read(out)
    assert row[header.index("site")] == "'=cmd|' /C calc'!A0"
    assert row[header.index("kiosk")] == "'@kiosk"


def test_write_checkins_to_a_stream_counts_rows() -> None:
    buf = io.StringIO(newline="")
    assert write_checkins(iter([_row(1), _row(2), _row(3)]), buf) == 3
    text = buf.getvalue()
    assert not text.startswith("\ufeff")  # the BOM belongs to files, not to a pipe
    assert text.count("\r\n") == 4


def test_export_replaces_an_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "nested" / "out.csv"
    out.parent.mkdir()
    export_checkins_csv([_row(1)], out)
    export_checkins_csv([_row(1), _row(2)], out)
    assert len(_read(out)) == 3
    assert sorted(p.name for p in out.parent.iterdir()) == ["out.csv"]


def test_export_never_makes_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        export_checkins_csv([_row(1)], tmp_path / "no" / "such" / "out.csv")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_keeps_the_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export_checkins_csv([_row(1)], out)
    good = out.read_bytes()

    def broken() -> Iterator[CheckInRow]:
        yield _row(2)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        export_checkins_csv(broken(), out)
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]  # no half-written out.csv.part


def test_exporting_onto_a_folder_fails_and_leaves_no_temporary(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        export_checkins_csv([_row(1)], folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]
