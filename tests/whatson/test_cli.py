"""`kiosk import-listings`, run as a real child process against the kiosk's own store: HSDS and OpenActive
imports saved as staff edits (pending sync), re-imports that update and never duplicate, feed deletions
archived, a dry run that changes nothing, and malformed files refused with the reason and nothing changed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kiosk.core.config import Config
from kiosk.data.engine import sqlite_engine
from kiosk.whatson.cli import FORMATS, KINDS
from kiosk.whatson.imports import command, hsds
from kiosk.whatson.store import ListingService
from tests.helpers import child_env, run_kiosk
from tests.whatson.imports.samples import hsds_services, hsds_tables, rpde_series_page, write_csv_package, write_json

pytestmark = pytest.mark.slow


def _run(config: Config, *args: str, cwd: Path) -> tuple[int, str, str]:
    proc = run_kiosk(["import-listings", *args], cwd=cwd, env=child_env(KIOSK_DATA_DIR=str(config.data_dir)))
    out, err = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    return proc.returncode, out, err


def _stored(config: Config) -> list[tuple[str, int, bool, bool]]:
    from kiosk.core.clock import SystemClock

    engine = sqlite_engine(config.database_path)
    try:
        service = ListingService(engine, config.site_id, config.kiosk_id, SystemClock(), config.data_dir / "photos")
        return [(s.listing.title, s.version, s.pending, s.archived) for s in service.listings(include_archived=True)]
    finally:
        engine.dispose()


def _changes(config: Config) -> int:
    con = sqlite3.connect(config.database_path)
    try:
        return int(con.execute("SELECT count(*) FROM content_change WHERE synced_at IS NULL").fetchone()[0])
    finally:
        con.close()


def test_hsds_import_then_reimport_updates_and_never_duplicates(tmp_path: Path, config: Config) -> None:
    source = write_json(tmp_path / "services.json", hsds_services())
    code, out, err = _run(config, "--format", "hsds", str(source), cwd=tmp_path)
    assert code == 0, err
    assert out.startswith("5 added, 0 updated, 0 unchanged, 0 removed, 4 skipped\n")
    assert "skipped" in out and "Saved 5 listing(s) and archived 0 on this kiosk" in out
    stored = _stored(config)
    assert len(stored) == 5 and all(pending and version == 1 for _, version, pending, _ in stored)
    assert _changes(config) == 5  # queued for the sync, like staff edits

    code, out, _ = _run(config, "--format", "hsds", str(source), cwd=tmp_path)
    assert code == 0 and out.startswith("0 added, 0 updated, 5 unchanged")
    assert "Nothing to save" in out and _changes(config) == 5 and len(_stored(config)) == 5

    services = hsds_services()
    services[0]["name"] = "Community café (new name)"
    changed = write_json(tmp_path / "services.json", services)
    code, out, _ = _run(config, "--format", "hsds", str(changed), cwd=tmp_path)
    assert code == 0 and out.startswith("0 added, 1 updated, 4 unchanged")
    assert "updated  Community café (new name)" in out and "changed title" in out
    titles = [t for t, *_ in _stored(config)]
    assert len(titles) == 5 and "Community café (new name)" in titles and "Community café" not in titles


def test_hsds_csv_package_and_kind(tmp_path: Path, config: Config) -> None:
    folder = write_csv_package(tmp_path / "package", hsds_tables())
    code, out, err = _run(config, "--format", "hsds", str(folder), "--kind", "activity", cwd=tmp_path)
    assert code == 0, err
    assert " added" in out.splitlines()[0]
    assert len(_stored(config)) >= 1


def test_openactive_import_and_dry_run(tmp_path: Path, config: Config) -> None:
    page = write_json(tmp_path / "page.json", rpde_series_page())
    code, out, _ = _run(config, "--format", "openactive", str(page), "--dry-run", cwd=tmp_path)
    assert code == 0 and out.rstrip().endswith("(dry run: nothing was saved)")
    assert not config.database_path.exists()  # not even an empty store was made
    code, out, _ = _run(config, "--format", "openactive", str(page), cwd=tmp_path)
    assert code == 0 and out.startswith("3 added")
    assert len(_stored(config)) == 3
    code, out, _ = _run(config, "--format", "openactive", str(page), "--dry-run", cwd=tmp_path)
    assert out.startswith("0 added, 0 updated, 3 unchanged") and _changes(config) == 3


def test_a_feed_deletion_archives_the_listing(tmp_path: Path, config: Config) -> None:
    page = rpde_series_page()
    source = write_json(tmp_path / "page.json", page)
    assert _run(config, "--format", "openactive", str(source), cwd=tmp_path)[0] == 0
    first = page["items"][0]
    gone = {**page, "items": [{"state": "deleted", "kind": first["kind"], "id": first["id"],
                               "modified": int(first["modified"]) + 1}, *page["items"][1:]]}
    code, out, _ = _run(config, "--format", "openactive", str(write_json(tmp_path / "page.json", gone)),
                        cwd=tmp_path)
    assert code == 0 and "1 removed" in out.splitlines()[0] and "archived 1" in out
    stored = _stored(config)
    assert len(stored) == 3 and sum(archived for *_, archived in stored) == 1  # kept, not deleted


@pytest.mark.parametrize(("name", "content", "fmt", "message"), [
    ("bad.json", [{"id": "x"}], "hsds", "bad.json, service 1, field 'name': every service needs a name"),
    ("broken.json", "{not json", "openactive", "broken.json, line 1, column 2: is not valid JSON"),
])
def test_a_malformed_file_exits_2_and_changes_nothing(tmp_path: Path, config: Config, name: str, content: object,
                                                      fmt: str, message: str) -> None:
    assert _run(config, "--format", "hsds", str(write_json(tmp_path / "ok.json", hsds_services())),
                cwd=tmp_path)[0] == 0
    before, queued = _stored(config), _changes(config)
    bad = tmp_path / name
    if isinstance(content, str):
        bad.write_text(content, encoding="utf-8")
    else:
        bad.write_text(json.dumps(content), encoding="utf-8")
    code, out, err = _run(config, "--format", fmt, str(bad), cwd=tmp_path)
    assert code == 2 and out == ""
    assert err.startswith("kiosk import-listings: ") and err.rstrip().endswith("Nothing was changed.")
    assert message.split(":")[0] in err
    assert _stored(config) == before and _changes(config) == queued


def test_a_missing_path_and_a_bad_format_are_refused(tmp_path: Path, config: Config) -> None:
    code, _, err = _run(config, "--format", "hsds", str(tmp_path / "nowhere.json"), cwd=tmp_path)
    assert code == 2 and "does not exist" in err and "Nothing was changed." in err
    code, _, err = _run(config, "--format", "csv", "x", cwd=tmp_path)
    assert code == 2 and "invalid choice: 'csv'" in err


def test_choices_match_the_importers() -> None:
    assert KINDS == hsds.KINDS and FORMATS == command.FORMATS
