"""`kiosk export` and the command line's help, run as a real child process on a seeded store."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, Followup
from kiosk.checkin.store import CheckInService
from kiosk.cli import parser
from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from tests.helpers import child_env, run_kiosk

pytestmark = pytest.mark.slow

COLUMNS = ["id", "site", "kiosk", "answered_at", "local_date", "answer", "followup", "language"]


@pytest.fixture
def seeded(engine: Engine, config: Config) -> Iterator[dict[str, CheckIn]]:
    """Three check-ins on 24, 25 and 26 November 2026 (site-local), the middle one with a follow-up."""
    service = CheckInService(engine)
    made: dict[str, CheckIn] = {}
    for day, answer in ((24, Answer.NO), (25, Answer.YES), (26, Answer.NOT_SURE)):
        clock = ManualClock(datetime(2026, 11, day, 10, 0, tzinfo=UTC))
        made[f"2026-11-{day}"] = service.record(CheckIn.new(
            answer=answer, site=config.site_id, kiosk=config.kiosk_id, language=config.language,
            clock=clock, timezone=config.timezone))
        if day == 25:
            clock.advance(15)
            service.record_followup(CheckInFollowup.new(checkin=made["2026-11-25"], followup=Followup.VISITOR,
                                                        clock=clock))
    yield made


def _env(config: Config) -> dict[str, str]:
    return child_env(KIOSK_DATA_DIR=str(config.data_dir))


def _csv(data: bytes) -> list[dict[str, str]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == COLUMNS
    return [dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]]


def _clean_failure(proc_stderr: bytes) -> str:
    stderr = proc_stderr.decode()
    assert "Traceback" not in stderr
    return stderr


def test_export_everything(tmp_path: Path, config: Config, seeded: dict[str, CheckIn]) -> None:
    proc = run_kiosk(["export", "--out", "all.csv"], cwd=tmp_path, env=_env(config))
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr.decode() == "exported 3 check-in(s)\n"
    assert proc.stdout == b""
    data = (tmp_path / "all.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = _csv(data)
    assert [r["local_date"] for r in rows] == ["2026-11-24", "2026-11-25", "2026-11-26"]
    assert [r["id"] for r in rows] == [str(seeded[d].id) for d in ("2026-11-24", "2026-11-25", "2026-11-26")]
    assert [r["followup"] for r in rows] == ["", "visitor", ""]
    assert rows[1]["answered_at"] == "2026-11-25T10:00:00Z"
    assert {r["site"] for r in rows} == {"riverside"}


def test_export_with_date_filters(tmp_path: Path, config: Config, seeded: dict[str, CheckIn]) -> None:
    (tmp_path / "sub").mkdir()  # the folder must exist: the export never makes one
    proc = run_kiosk(["export", "--out", "sub/range.csv", "--from", "2026-11-25", "--to", "2026-11-26"],
                     cwd=tmp_path, env=_env(config))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "exported 2 check-in(s)" in proc.stderr.decode()
    rows = _csv((tmp_path / "sub" / "range.csv").read_bytes())
    assert [r["id"] for r in rows] == [str(seeded["2026-11-25"].id), str(seeded["2026-11-26"].id)]

    proc = run_kiosk(["export", "--out", "one.csv", "--from", "2026-11-24", "--to", "2026-11-24"],
                     cwd=tmp_path, env=_env(config))
    assert "exported 1 check-in(s)" in proc.stderr.decode()
    assert [r["answer"] for r in _csv((tmp_path / "one.csv").read_bytes())] == ["no"]


def test_export_to_stdout(tmp_path: Path, config: Config, seeded: dict[str, CheckIn]) -> None:
    proc = run_kiosk(["export", "--out", "-", "--from", "2026-11-26"], cwd=tmp_path, env=_env(config))
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.startswith(b"id,site,kiosk,")  # no byte-order mark on a pipe
    assert proc.stdout.count(b"\r\n") == 2
    assert [r["id"] for r in _csv(proc.stdout)] == [str(seeded["2026-11-26"].id)]
    assert "exported 1 check-in(s)" in proc.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # no file named "-"


def test_from_after_to_is_a_clear_error(tmp_path: Path, config: Config) -> None:
    proc = run_kiosk(["export", "--out", "x.csv", "--from", "2026-12-01", "--to", "2026-11-01"],
                     cwd=tmp_path, env=_env(config))
    assert proc.returncode == 2
    assert _clean_failure(proc.stderr) == "kiosk: --from 2026-12-01 is after --to 2026-11-01\n"
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize("bad", ["2026-13-01", "25/11/2026", "yesterday"])
def test_a_bad_date_is_an_argparse_error(tmp_path: Path, config: Config, bad: str) -> None:
    proc = run_kiosk(["export", "--out", "x.csv", "--to", bad], cwd=tmp_path, env=_env(config))
    assert proc.returncode == 2
    stderr = _clean_failure(proc.stderr)
    assert stderr.startswith("usage: kiosk export")
    assert f"kiosk export: error: argument --to: {bad!r} is not a date like 2026-11-25" in stderr
    assert not (tmp_path / "x.csv").exists()


def test_writing_below_a_file_is_a_clear_error(tmp_path: Path, config: Config,
                                               seeded: dict[str, CheckIn]) -> None:
    (tmp_path / "blocker").write_text("not a folder")
    for out in ("blocker/x.csv", "blocker/deeper/x.csv"):
        proc = run_kiosk(["export", "--out", out], cwd=tmp_path, env=_env(config))
        assert proc.returncode == 2
        assert _clean_failure(proc.stderr) == (
            f"kiosk: cannot write {out}: part of that path is a file, not a folder\n")
    assert (tmp_path / "blocker").read_text() == "not a folder"


def test_writing_onto_a_folder_is_a_clear_error(tmp_path: Path, config: Config,
                                                seeded: dict[str, CheckIn]) -> None:
    (tmp_path / "reports").mkdir()
    proc = run_kiosk(["export", "--out", "reports"], cwd=tmp_path, env=_env(config))
    assert proc.returncode == 2
    assert _clean_failure(proc.stderr) == "kiosk: cannot write reports: Is a directory\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "reports"]  # no reports.part left over


def test_kiosk_help(tmp_path: Path) -> None:
    proc = run_kiosk(["--help"], cwd=tmp_path)
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert out.startswith("usage: kiosk ")
    assert "Did you experience kindness today?" in out
    for command in ("run", "demo", "screenshots", "export", "config"):
        assert command in out
    assert "KIOSK_CONFIG" in out and "KIOSK_DATA_DIR" in out


def _subcommands() -> dict[str, str]:
    action = next(a for a in parser()._actions if a.dest == "command")
    assert isinstance(action.choices, dict)
    return {name: sub.description or "" for name, sub in action.choices.items()}


def test_every_subcommand_has_a_description() -> None:
    subs = _subcommands()
    assert set(subs) == {"run", "demo", "screenshots", "export", "config", "central", "sync", "staff",
                         "import-listings", "wall", "results", "report", "office"}
    assert all(subs.values()), subs


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_subcommand_help(tmp_path: Path, command: str) -> None:
    proc = run_kiosk([command, "--help"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert out.startswith(f"usage: kiosk {command}")
    first_words = " ".join(_subcommands()[command].split()[:4])
    assert first_words in " ".join(out.split())
    assert proc.stderr == b""


def test_a_corrupt_store_is_a_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "kiosk.sqlite3").write_bytes(b"this is not a database file, " * 200)
    (data / "kiosk.sqlite3").chmod(0o600)  # as the kiosk keeps it: only the damage is reported
    proc = run_kiosk(["export", "--out", "x.csv"], cwd=tmp_path, env=child_env(KIOSK_DATA_DIR=str(data)))
    assert proc.returncode == 2
    assert _clean_failure(proc.stderr) == (
        f"kiosk: cannot read the answers in {data / 'kiosk.sqlite3'}: file is not a database\n")
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "x.csv.part").exists()


def _many(engine: Engine, config: Config, n: int) -> None:
    """`n` check-ins in one transaction (a few hundred kilobytes of CSV, more than a pipe holds), shaped
    like the service's rows."""
    from sqlalchemy import insert

    from kiosk.core.records import record_digest
    from kiosk.data.models import CheckInRecord

    start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    rows = []
    for i in range(n):
        checkin = CheckIn.new(answer=Answer.YES, site=config.site_id, kiosk=config.kiosk_id,
                              language=config.language, clock=ManualClock(start + timedelta(minutes=i)),
                              timezone=config.timezone)
        row = {"id": checkin.id, "site": checkin.site, "kiosk": checkin.kiosk, "answered_at": checkin.answered_at,
               "local_date": checkin.local_date, "answer": checkin.answer.value, "language": checkin.language}
        rows.append({**row, "digest": record_digest(row)})
    with engine.begin() as conn:
        conn.execute(insert(CheckInRecord), rows)


def _many_messages(engine: Engine, config: Config, n: int) -> None:
    """`n` waiting wall messages, each as the wall's service stores it (a few hundred kilobytes of JSON)."""
    from sqlalchemy import create_engine, event

    from kiosk.wall.rules.messages import MessageStatus, WallMessage
    from kiosk.wall.store import WallService

    fast = create_engine(f"sqlite:///{config.database_path}")  # test data only: no fsync per message

    @event.listens_for(fast, "connect")
    def _no_sync(dbapi: Any, _record: Any) -> None:
        dbapi.execute("PRAGMA synchronous = OFF")

    clock = ManualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    wall = WallService(fast, config.site_id, config.kiosk_id, clock, timezone=config.timezone)
    text = ("Thank you to the lady at the desk who found my glasses and walked me to the bus stop. "
            "You made my whole week.")
    try:
        for _ in range(n):
            clock.advance(60)
            wall.add(WallMessage.new(text=text, site=config.site_id, kiosk=config.kiosk_id,
                                     language=config.language, status=MessageStatus.PENDING, clock=clock))
    finally:
        fast.dispose()


@pytest.mark.parametrize("what", ["checkins", "messages"])
def test_a_reader_that_stops_early_ends_the_export_quietly(tmp_path: Path, engine: Engine, config: Config,
                                                           what: str) -> None:
    """`kiosk export --out - | head -2`: head exits after two lines and closes the pipe; no traceback."""
    if what == "checkins":
        _many(engine, config, 3000)
    else:
        _many_messages(engine, config, 1000)
    args = ["export", "--what", what, "--format", "csv" if what == "checkins" else "json", "--out", "-"]
    exporter = subprocess.Popen([sys.executable, "-m", "kiosk", *args], cwd=tmp_path, env=_env(config),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert exporter.stdout is not None and exporter.stderr is not None
    head = subprocess.Popen(["head", "-2"], stdin=exporter.stdout, stdout=subprocess.PIPE)
    exporter.stdout.close()  # only head holds the read end now: when head exits, the pipe is closed
    shown, _ = head.communicate(timeout=120)
    stderr = exporter.stderr.read().decode()
    exporter.stderr.close()
    status = exporter.wait(timeout=120)
    assert len(shown.splitlines()) == 2
    if what == "checkins":
        assert shown.startswith(b"id,site,kiosk,")
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr and "Exception ignored" not in stderr, stderr
    assert status in (0, 141), (status, stderr)


def test_a_missing_output_folder_is_a_clear_error_and_nothing_is_made(tmp_path: Path, config: Config) -> None:
    data = tmp_path / "fresh-data"  # a kiosk data folder that does not exist yet: the export must not make it
    before = sorted(p.name for p in tmp_path.iterdir())
    for what, out in (("checkins", tmp_path / "no" / "such" / "dir" / "x.csv"),
                      ("checkins", Path("nowhere") / "x.csv"),
                      ("messages", tmp_path / "no" / "x.json")):
        proc = run_kiosk(["export", "--what", what, "--format", out.suffix[1:], "--out", str(out)], cwd=tmp_path,
                         env=child_env(KIOSK_DATA_DIR=str(data)))
        assert proc.returncode == 2
        stderr = _clean_failure(proc.stderr)
        assert stderr == f"kiosk: cannot write {out}: the folder {out.parent} does not exist\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no folders, no data, no store
