"""`kiosk export --what listings`: every listing with category, place, booking, price and access (unknown shown
as unknown), schedule in words, next dates, source and source id — as CSV (spreadsheet-safe) and JSON, to a file
or standard output; check-in-only options are refused with a sentence."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.core import config as settings
from kiosk.whatson.rules.listings import Kind, Listing, Place, Price
from kiosk.whatson.rules.schedules import OpeningHours, Recurring, Sessions
from tests.support.whatson_support import store_listings


def _cfg(tmp_path: Path) -> tuple[Path, settings.Config]:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[kiosk]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    return path, settings.load(path)


IMPORTED = Listing(id=uuid.uuid5(uuid.NAMESPACE_URL, "x/walk"), kind=Kind.ACTIVITY, title="=Walk and talk",
                   category="Other", place=Place("Riverside Hub", "", "12 Kelvin Street, Glasgow"),
                   schedule=Sessions((Recurring.weekly("TU", "10:00", "11:00"),)), source="openactive:SessionSeries:a")
OWN = Listing(id=uuid.uuid5(uuid.NAMESPACE_URL, "x/warm"), kind=Kind.SPACE, title="Warm space",
              category="Warm spaces", place=Place("Library"), price=Price(0), drop_in=True,
              schedule=OpeningHours.of({"MO,TU": [("09:00", "17:00")]}))


def test_csv_and_json_show_unknown_as_unknown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg, config = _cfg(tmp_path)
    store_listings(config, [IMPORTED, OWN])
    out = tmp_path / "listings.csv"
    assert main(["--config", str(cfg), "export", "--what", "listings", "--out", str(out)]) == 0
    assert "exported 2 listing(s)" in capsys.readouterr().err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    walk, warm = sorted(rows, key=lambda r: r["title"])
    assert walk["title"] == "'=Walk and talk"  # a spreadsheet shows it, never runs it
    assert (walk["booking"], walk["price"], walk["access"]) == ("unknown", "unknown", "unknown")
    assert (walk["category"], walk["address"], walk["schedule"]) == (
        "Other", "12 Kelvin Street, Glasgow", "Every Tuesday, 10am – 11am")
    assert (walk["source"], walk["source_id"]) == ("openactive", "SessionSeries:a")
    assert len(walk["next_dates"].split("; ")) == 3 and walk["next_dates"][:2] == "20"
    assert (warm["booking"], warm["price"], warm["source"]) == ("drop_in", "Free", "")
    assert warm["schedule"] == "Monday and Tuesday: 9am – 5pm; Wednesday to Sunday: closed"

    assert main(["--config", str(cfg), "export", "--what", "listings", "--format", "json"]) == 0  # stdout
    data = json.loads(capsys.readouterr().out)
    [walk_json] = [x for x in data if x["title"] == "=Walk and talk"]
    assert walk_json["price"] == "unknown" and walk_json["next_dates"] and walk_json["archived"] is False


def test_checkin_options_are_refused_for_listings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg, config = _cfg(tmp_path)
    store_listings(config, [OWN])
    assert main(["--config", str(cfg), "export", "--what", "listings", "--site", "x"]) == 2
    assert "are for check-ins" in capsys.readouterr().err
    assert main(["--config", str(cfg), "export", "--what", "checkins"]) == 2
    assert "--out FILE is needed" in capsys.readouterr().err
