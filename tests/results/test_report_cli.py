"""`kiosk report`: the Summary table as CSV and JSON from this kiosk's store and from the central database (as a
staff member and as a manager, on a real PostgreSQL), and every kind of bad input as one line and status 2."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from kiosk import cli
from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, Followup
from kiosk.checkin.store import CheckInService
from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from kiosk.results.cli import default_period
from kiosk.results.rules.summary import COLUMNS
from tests.support.pgserver import free_port

WEEK1 = date(2026, 11, 2)  # a Monday


def _seed(engine: Engine, site: str, week: date, answers: list[Answer]) -> None:
    store = CheckInService(engine)
    for i, answer in enumerate(answers):
        at = datetime.combine(week, datetime.min.time(), UTC) + timedelta(hours=10, minutes=i)
        checkin = store.record(CheckIn.new(answer=answer, site=site, kiosk="kiosk-1", language="en",
                                           clock=ManualClock(at), timezone="Europe/London"))
        if answer is Answer.YES and i % 2 == 0:
            store.record_followup(CheckInFollowup.new(checkin=checkin, followup=Followup.STAFF,
                                                      clock=ManualClock(at + timedelta(seconds=5))))


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], config: Config,
         *argv: str) -> tuple[int, str]:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(config.data_dir))
    status = cli.main(["report", *argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err.strip()


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    """Week 1: 12 answers (9 yes, 2 not sure, 1 no); week 2: 3 answers (too few to show); week 3: 11."""
    _seed(engine, "riverside", WEEK1, [Answer.YES] * 9 + [Answer.NOT_SURE] * 2 + [Answer.NO])
    _seed(engine, "riverside", WEEK1 + timedelta(days=7), [Answer.YES, Answer.NO, Answer.YES])
    _seed(engine, "riverside", WEEK1 + timedelta(days=14), [Answer.YES] * 8 + [Answer.NOT_SURE] * 2 + [Answer.NO])
    return engine


def test_csv_is_the_summary_table_with_small_figures_hidden(seeded: Engine, config: Config, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.csv"
    status, err = _run(monkeypatch, capsys, config, "--out", str(out), "--from", "2026-11-02", "--to", "2026-11-22")
    assert status == 0, err
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode()) and b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == list(COLUMNS)
    week1, week2, week3, whole = rows
    assert (week1["period_start"], week1["period_end"], week1["site"], week1["question_version"]) == (
        "2026-11-02", "2026-11-08", "riverside", "kindness-1")
    assert (week1["answers"], week1["yes"], week1["not_sure"], week1["no"], week1["suppressed"]) == (
        "12", "9", "2", "1", "")
    assert week1["kindness_rate"] == "0.7500" and float(week1["ci_low"]) < 0.75 < float(week1["ci_high"])
    # 3 answers: hidden; and week 3 too, or week 2 could be worked out from the whole period's total
    assert week2["suppressed"] == "small" and all(week2[c] == "" for c in COLUMNS[4:11])
    assert week3["suppressed"] == "secondary" and all(week3[c] == "" for c in COLUMNS[4:11])
    assert (whole["period_start"], whole["period_end"], whole["answers"]) == ("2026-11-02", "2026-11-22", "26")


def test_json_has_numbers_as_numbers_and_iso_dates(seeded: Engine, config: Config, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.json"
    status, err = _run(monkeypatch, capsys, config, "--out", str(out), "--from", "2026-11-01", "--to", "2026-11-30",
                       "--by", "month")
    assert status == 0, err
    [row] = json.loads(out.read_text(encoding="utf-8"))
    assert list(row) == list(COLUMNS)
    assert row["period_start"] == "2026-11-01" and row["period_end"] == "2026-11-30"
    assert (row["answers"], row["yes"], row["not_sure"], row["no"]) == (26, 19, 4, 3)
    assert isinstance(row["kindness_rate"], float) and abs(row["kindness_rate"] - 19 / 26) < 1e-6
    assert row["suppressed"] is None
    out_all = tmp_path / "all.json"
    _run(monkeypatch, capsys, config, "--out", str(out_all), "--from", "2026-11-09", "--to", "2026-11-15",
         "--by", "all")
    [hidden] = json.loads(out_all.read_text(encoding="utf-8"))
    assert hidden["suppressed"] == "small" and hidden["answers"] is None and hidden["kindness_rate"] is None


def test_min_count_comes_from_the_config(seeded: Engine, config: Config, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    settings = tmp_path / "kiosk.toml"
    settings.write_text("[results]\nmin_count = 13\n", encoding="utf-8")
    out = tmp_path / "r.json"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(config.data_dir))
    assert cli.main(["--config", str(settings), "report", "--out", str(out), "--from", "2026-11-02",
                     "--to", "2026-11-08"]) == 0
    [row] = json.loads(out.read_text(encoding="utf-8"))
    assert row["suppressed"] == "small"  # 12 answers < 13


def test_no_answers_still_writes_the_sites_with_nothing(engine: Engine, config: Config, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.csv"
    status, err = _run(monkeypatch, capsys, config, "--out", str(out), "--from", "2026-11-02", "--to", "2026-11-08")
    assert status == 2
    assert err.startswith("kiosk: No answers in this period (2026-11-02 to 2026-11-08)")
    [row] = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))
    assert (row["site"], row["answers"], row["kindness_rate"], row["suppressed"]) == ("riverside", "0", "", "")


@pytest.mark.parametrize(("argv", "words"), [
    (["--from", "2026-11-30", "--to", "2026-11-01"], "kiosk: The period ends (2026-11-01) before it starts "
                                                     "(2026-11-30); swap the two dates."),
    (["--from", "2012-01-01", "--to", "2026-11-01"], "kiosk: The period from 2012-01-01 to 2026-11-01 is longer "
                                                     "than 10 years; choose a shorter one."),
    (["--site", "elsewhere"], "kiosk: unknown site elsewhere: the sites of this kiosk are riverside"),
    (["--url", "postgresql://me@localhost/db"], "kiosk: --url and --password-file are for --source central"),
    (["--source", "central"], "kiosk: --source central needs --url URL"),
])
def test_bad_input_is_one_clear_line(engine: Engine, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str], argv: list[str], words: str) -> None:
    out = tmp_path / "r.csv"
    status, err = _run(monkeypatch, capsys, config, "--out", str(out), *argv)
    assert status == 2 and err.startswith(words), err
    assert not out.exists()


def test_bad_files_are_refused_before_anything_is_read(engine: Engine, config: Config, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    status, err = _run(monkeypatch, capsys, config, "--out", str(tmp_path / "r.docx"))
    assert status == 2 and err == f"kiosk: cannot write {tmp_path / 'r.docx'}: a report is one of .csv, .json, " \
                                  ".pdf, .xlsx — the file name's ending chooses the format"
    missing = tmp_path / "no" / "such" / "r.csv"
    status, err = _run(monkeypatch, capsys, config, "--out", str(missing))
    assert status == 2 and err == f"kiosk: cannot write {missing}: the folder {missing.parent} does not exist"
    assert not (tmp_path / "no").exists()  # never made
    (tmp_path / "file").write_text("x")
    status, err = _run(monkeypatch, capsys, config, "--out", str(tmp_path / "file" / "r.csv"))
    assert status == 2 and "part of that path is a file, not a folder" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any folder")
def test_an_unwritable_folder_is_refused(engine: Engine, config: Config, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        status, err = _run(monkeypatch, capsys, config, "--out", str(locked / "r.csv"))
    finally:
        locked.chmod(0o700)
    assert status == 2 and err == f"kiosk: cannot write {locked / 'r.csv'}: the folder {locked} is not writable"


def test_a_central_database_that_fails_is_one_line(engine: Engine, config: Config, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    status, err = _run(monkeypatch, capsys, config, "--out", str(tmp_path / "r.csv"), "--source", "central",
                       "--url", f"postgresql://me@127.0.0.1:{port}/central")
    assert status == 2 and err.startswith(f"kiosk: cannot reach the central database at 127.0.0.1:{port}/central")
    status, err = _run(monkeypatch, capsys, config, "--out", str(tmp_path / "r.csv"), "--source", "central",
                       "--url", "postgresql://me:secret@127.0.0.1/central")
    assert status == 2 and "the URL contains a password" in err and "secret" not in err
    status, err = _run(monkeypatch, capsys, config, "--out", str(tmp_path / "r.csv"), "--source", "central",
                       "--url", str(tmp_path / "none.sqlite3"))
    assert status == 2 and err == f"kiosk: there is no central database at {tmp_path / 'none.sqlite3'}"
    assert not (tmp_path / "r.csv").exists()


def test_the_default_period_is_the_last_twelve_full_weeks() -> None:
    assert default_period(date(2026, 12, 2)) == (date(2026, 9, 7), date(2026, 11, 29))  # a Wednesday
    assert default_period(date(2026, 11, 30)) == (date(2026, 9, 7), date(2026, 11, 29))  # a Monday
    assert default_period(date(2026, 11, 29)) == (date(2026, 8, 31), date(2026, 11, 22))  # Sunday: not over yet


# -- from the central database, as a manager and as a staff member (PostgreSQL) --------------------------

@pytest.mark.postgres
def test_a_manager_reports_every_site_and_staff_only_theirs(pg_url: str, config: Config, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy.engine import make_url

    from kiosk.sync import central as admin
    from tests.sync.kiosks import central_db

    engine = central_db(pg_url, sites=("north", "south", "west"))
    try:
        with engine.begin() as conn:
            for site, n in (("north", 12), ("south", 20), ("west", 15)):
                for i in range(n):
                    conn.execute(text("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, "
                                      "language) VALUES (gen_random_uuid(), :site, 'k', :at, :day, :answer, 'en')"),
                                 {"site": site, "at": datetime(2026, 11, 3, 10, i, tzinfo=UTC),
                                  "day": date(2026, 11, 3), "answer": "yes" if i % 4 else "no"})
        staff = admin.add_user(engine, "staff", "sam", ["north", "south"])
        manager = admin.add_user(engine, "manager", "mo")
    finally:
        engine.dispose()

    def report(user: Any, *more: str) -> tuple[int, str, list[dict[str, Any]]]:
        secret = tmp_path / f"{user.name}.password"
        secret.write_text(user.password + "\n", encoding="utf-8")
        url = make_url(pg_url)._replace(username=user.role_name, password=None).render_as_string(hide_password=False)
        out = tmp_path / f"{user.name}.json"
        status, err = _run(monkeypatch, capsys, config, "--out", str(out), "--source", "central", "--url", url,
                           "--password-file", str(secret), "--from", "2026-11-01", "--to", "2026-11-30",
                           "--by", "all", *more)
        return status, err, json.loads(out.read_text(encoding="utf-8")) if out.exists() else []

    status, err, rows = report(manager)
    assert status == 0, err
    by_site = {r["site"]: r for r in rows}
    assert set(by_site) == {"north", "south", "west", "(all sites)"}
    assert (by_site["north"]["answers"], by_site["south"]["answers"], by_site["west"]["answers"]) == (12, 20, 15)
    assert by_site["(all sites)"]["answers"] == 47

    status, err, rows = report(staff)
    assert status == 0, err
    assert {r["site"]: r["answers"] for r in rows} == {"north": 12, "south": 20, "(all sites)": 32}

    status, err, _ = report(staff, "--site", "west")
    assert status == 2 and err == "kiosk: unknown site west: the sites your database user may see are north, south"
