"""`python -m kiosk.whatson.imports` (the import-listings command before storage exists): dry run, a JSON store that
is updated in place, clear errors with exit status 2 and the store left exactly as it was."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.whatson.imports.command import add_arguments, main
from kiosk.whatson.rules.listing_json import listing_from_json
from tests.helpers import REPO, child_env
from tests.whatson.imports.samples import hsds_services, rpde_series_page, write_json


def test_dry_run_prints_the_report_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_json(tmp_path / "hsds.json", hsds_services())
    assert main(["--format", "hsds", str(source)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("5 added, 0 updated, 0 unchanged, 0 removed, 4 skipped\n")
    assert out.rstrip().endswith("(dry run: nothing saved)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hsds.json"]


def test_store_is_written_then_reimport_is_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_json(tmp_path / "hsds.json", hsds_services())
    store = tmp_path / "listings.json"
    assert main(["--format", "hsds", str(source), "--store", str(store)]) == 0
    saved = json.loads(store.read_text(encoding="utf-8"))
    assert len(saved) == 5 and {listing_from_json(x).title for x in saved} >= {"Community café", "Warm space"}
    capsys.readouterr()
    assert main(["--format", "hsds", str(source), "--store", str(store)]) == 0
    assert capsys.readouterr().out.startswith("0 added, 0 updated, 5 unchanged")
    assert len(json.loads(store.read_text(encoding="utf-8"))) == 5

    feed = write_json(tmp_path / "page.json", rpde_series_page())
    assert main(["--format", "openactive", str(feed), "--store", str(store)]) == 0
    assert len(json.loads(store.read_text(encoding="utf-8"))) == 8
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hsds.json", "listings.json", "page.json"]


def test_a_malformed_file_exits_2_with_the_reason_and_changes_nothing(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "listings.json"
    assert main(["--format", "hsds", str(write_json(tmp_path / "ok.json", hsds_services())), "--store",
                 str(store)]) == 0
    before = store.read_bytes()
    bad = write_json(tmp_path / "bad.json", [{"id": "x"}])
    capsys.readouterr()
    assert main(["--format", "hsds", str(bad), "--store", str(store)]) == 2
    err = capsys.readouterr().err
    assert err == "kiosk import-listings: bad.json, service 1, field 'name': every service needs a name\n" \
                  "Nothing was changed.\n"
    assert store.read_bytes() == before


def test_a_broken_store_is_reported_not_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = write_json(tmp_path / "listings.json", [{"schema": 99}])
    source = write_json(tmp_path / "hsds.json", hsds_services())
    assert main(["--format", "hsds", str(source), "--store", str(store)]) == 2
    assert "listing 1, field 'schema': version 99 is not supported" in capsys.readouterr().err
    assert json.loads(store.read_text(encoding="utf-8")) == [{"schema": 99}]


def test_bad_arguments_are_argparse_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--format", "hsds", str(tmp_path), "--timezone", "Mars/Base"])
    assert e.value.code == 2 and "not a known time zone" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--format", "ical", str(tmp_path)])


def test_add_arguments_is_what_the_kiosk_cli_mounts(tmp_path: Path) -> None:
    p = argparse.ArgumentParser()
    add_arguments(p)
    args = p.parse_args(["--format", "openactive", str(tmp_path), "--kind", "space"])
    assert (args.format, args.path, args.kind) == ("openactive", tmp_path, "space")


@pytest.mark.slow
def test_python_dash_m_runs_it(tmp_path: Path) -> None:
    source = write_json(tmp_path / "hsds.json", hsds_services())
    proc = subprocess.run([sys.executable, "-m", "kiosk.whatson.imports", "--format", "hsds", str(source)], cwd=REPO,
                          env=child_env(), capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("5 added")
