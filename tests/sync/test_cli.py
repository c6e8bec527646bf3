"""`kiosk sync --once` and `kiosk sync --status`, and the `sync.*` configuration keys."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kiosk import cli
from kiosk.core import config as settings
from kiosk.core.errors import ConfigError
from kiosk.sync.status import age_words
from tests.helpers import child_env, run_kiosk
from tests.support.pgserver import free_port
from tests.sync.kiosks import central_db, kiosk_config, kiosk_login, local_store, record_answers, without_password

SECRET = "pa55-w0rd-that-must-never-show"


def _kiosk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, central: str = "", **extra: str) -> Path:
    data = tmp_path / "data"
    lines = ['[sync]', f'central_url = "{central}"'] + [f"{k} = {v}" for k, v in extra.items()]
    config = tmp_path / "kiosk.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data))
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    monkeypatch.delenv("KIOSK_CENTRAL_PASSWORD", raising=False)
    return data


def _answers(n: int) -> None:
    from kiosk.core.clock import ManualClock

    config = settings.load()
    with local_store(config) as local:
        record_answers(local, config, ManualClock(), n)


def _sync(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(["sync", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_status_before_anything_was_stored_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    data = _kiosk(tmp_path, monkeypatch)
    status, out, _ = _sync(capsys, "--status")
    assert status == 0
    assert out == f"No answers stored on this kiosk yet (no store at {data / 'kiosk.sqlite3'}).\n"
    assert not data.exists()


def test_status_shows_what_waits_and_that_sync_is_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    _kiosk(tmp_path, monkeypatch)
    _answers(3)  # 3 check-ins (yes, not sure, no) and 2 follow-ups, in November 2026
    status, out, _ = _sync(capsys, "--status")
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == "Central database: none — sync is off in this configuration (set sync.central_url)"
    assert lines[1] == ("Waiting to be sent: 5 (check-ins 3, follow-ups 2, staff answers 0, wall messages 0, "
                        "staff edits 0, heartbeats 0)")
    assert lines[2].startswith("Oldest unsent answer: ") and " ago (2026-11-25 10:00:00 UTC)" in lines[2]
    assert lines[3:] == ["Last successful sync: never", "Last error: none", "Site content on this kiosk: 0 item(s)"]


def test_once_without_a_central_database_says_sync_is_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    _kiosk(tmp_path, monkeypatch)
    status, out, err = _sync(capsys, "--once")
    assert (status, out) == (2, "")
    assert err == "kiosk: Sync is off: sync.central_url is not set in the kiosk configuration. " \
                  "Answers stay on this kiosk.\n"


def test_once_sends_to_a_sqlite_central_and_status_shows_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.data.content import publish_content

    central_file = tmp_path / "central.sqlite3"
    central = central_db(str(central_file))
    try:
        publish_content(central, "riverside", "listing", {"title": "Coffee morning"}, "sam")
        _kiosk(tmp_path, monkeypatch, str(central_file))
        _answers(3)

        status, out, err = _sync(capsys, "--once")
        again, out2, _ = _sync(capsys, "--once")
        shown, report, _ = _sync(capsys, "--status")
    finally:
        central.dispose()
    assert (status, again, shown, err) == (0, 0, 0, "")
    assert out.splitlines() == [
        f"Sent 6 record(s) to sqlite+pysqlite:///{central_file}: 3 check-ins, 2 follow-ups, 0 staff answers, "
        "0 wall messages, 0 staff edits, 1 heartbeats "
        "(6 new, 0 already there, 0 conflict(s)).",
        "Pulled 1 site content change(s) for site riverside."]
    assert out2.splitlines()[1] == "Pulled 0 site content change(s) for site riverside."
    lines = report.splitlines()
    assert lines[0] == f"Central database: {central_file} (every 60 s and after each answer)"
    assert ("Waiting to be sent: 0 (check-ins 0, follow-ups 0, staff answers 0, wall messages 0, staff edits 0, "
            "heartbeats 0)") in lines
    assert "Oldest unsent answer: none — every answer has been sent" in lines
    assert any(line.startswith("Last successful sync: just now (") for line in lines)
    assert "Site content on this kiosk: 1 item(s)" in lines


def test_once_when_the_central_database_is_unreachable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    _kiosk(tmp_path, monkeypatch, f"postgresql://kiosk_1@127.0.0.1:{free_port()}/central")
    monkeypatch.setenv("KIOSK_CENTRAL_PASSWORD", SECRET)
    _answers(2)
    status, out, err = _sync(capsys, "--once")
    shown, report, _ = _sync(capsys, "--status")
    words = ("Cannot reach the central database (connection refused). "
             "Answers are safe on this kiosk and will be sent when it is back.")
    assert (status, out, err) == (2, "", f"kiosk: {words}\n")
    assert shown == 0
    assert ("Waiting to be sent: 5 (check-ins 2, follow-ups 2, staff answers 0, wall messages 0, staff edits 0, "
            "heartbeats 1)" in report.splitlines())
    assert any(line.startswith("Last error: just now (") and line.endswith(words) for line in report.splitlines())
    assert SECRET not in out + err + report


def test_a_missing_central_file_and_password_file_are_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    _kiosk(tmp_path, monkeypatch, str(tmp_path / "nowhere.sqlite3"))
    status, _, err = _sync(capsys, "--once")
    assert status == 2
    assert err.startswith(f"kiosk: The central database file {tmp_path / 'nowhere.sqlite3'} does not exist.")
    assert not (tmp_path / "nowhere.sqlite3").exists()

    _kiosk(tmp_path, monkeypatch, "postgresql://kiosk_1@127.0.0.1/central",
           password_file=json.dumps(str(tmp_path / "no-password-file")))
    status, _, err = _sync(capsys, "--once")
    assert (status, err) == (2, f"kiosk: The password file {tmp_path / 'no-password-file'} "
                                "(sync.password_file) does not exist.\n")


@pytest.mark.postgres
def test_a_kiosk_role_with_its_password_file_and_with_a_wrong_password(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pg_url: str) -> None:
    central = central_db(pg_url)
    try:
        login = kiosk_login(central, pg_url, "riverside", "kiosk-1")
    finally:
        central.dispose()
    password_file = tmp_path / "central-password"
    password_file.write_text(login.password + "\n", encoding="utf-8")
    password_file.chmod(0o600)  # a password file others may read is refused
    _kiosk(tmp_path, monkeypatch, login.url, password_file=json.dumps(str(password_file)))
    _answers(1)

    status, out, err = _sync(capsys, "--once")
    assert (status, err) == (0, "")
    assert out.startswith(f"Sent 3 record(s) to {without_password(login.url)[0]}: 1 check-ins, 1 follow-ups, "
                          "0 staff answers, 0 wall messages, 0 staff edits")

    monkeypatch.setenv("KIOSK_CENTRAL_PASSWORD", SECRET)  # overrides the file, and is wrong
    status, out, err = _sync(capsys, "--once")
    assert (status, out) == (2, "")
    assert err == ("kiosk: The central database did not accept this kiosk's password. Ask an administrator for "
                   "this kiosk's current password file and copy it to the kiosk (the file named by "
                   "sync.password_file). Answers are safe on this kiosk and will be sent once this is fixed.\n")
    _, report, _ = _sync(capsys, "--status")
    assert SECRET not in report and login.password not in out + err + report
    from sqlalchemy import text

    from kiosk.data.engine import sqlite_engine

    engine = sqlite_engine(settings.load().database_path)
    try:
        with engine.connect() as conn:
            stored = " ".join(conn.execute(text("SELECT key || value FROM sync_state")).scalars())
    finally:
        engine.dispose()
    assert SECRET not in stored and login.password not in stored


def test_sync_needs_once_or_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["sync"])
    assert info.value.code == 2
    assert "one of the arguments --once --status is required" in capsys.readouterr().err


@pytest.mark.slow
def test_the_sync_command_never_imports_qt(tmp_path: Path) -> None:
    probe = ("import sys; from kiosk import cli; code = cli.main(['sync', '--status']); "
             "print('PySide6' in sys.modules, code)")
    import subprocess

    proc = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                          env=child_env(KIOSK_DATA_DIR=str(tmp_path / "d")), timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "False 0"


@pytest.mark.slow
def test_the_real_command_line(tmp_path: Path) -> None:
    proc = run_kiosk(["sync", "--once"], cwd=tmp_path, env=child_env(KIOSK_DATA_DIR=str(tmp_path / "d")))
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("kiosk: Sync is off")
    assert b"Traceback" not in proc.stderr


# -- configuration -------------------------------------------------------------------------------------

def test_the_sync_defaults() -> None:
    c = settings.load(env={})
    assert (c.central_url, c.password_file, c.sync_interval_seconds, c.sync_batch_size,
            c.sync_backoff_max_seconds) == ("", "", 60.0, 5000, 300.0)


@pytest.mark.parametrize("url", ["postgresql://kiosk_1@db.example.org:5433/kindness?sslmode=verify-full",
                                 "postgres://kiosk_1@db.example.org:5433/kindness?sslmode=verify-full",
                                 "postgresql+psycopg://kiosk_1@db.example.org:5433/kindness?sslmode=verify-full"])
def test_a_libpq_style_url_uses_psycopg_and_gets_the_password_in_memory_only(tmp_path: Path, url: str) -> None:
    from kiosk.sync.connect import central_for

    config = kiosk_config(tmp_path, url)
    where = central_for(config, {"KIOSK_CENTRAL_PASSWORD": SECRET})
    assert where.url.drivername == "postgresql+psycopg" and where.password == SECRET and where.url.password is None
    assert where.shown == "postgresql+psycopg://kiosk_1@db.example.org:5433/kindness?sslmode=verify-full"
    assert SECRET not in repr(where) + str(where.url) and not where.is_sqlite
    assert config.central_url == url  # the configuration itself never holds it


def test_sync_values_load(tmp_path: Path) -> None:
    c = kiosk_config(tmp_path, "postgresql://kiosk_1@db.example.org/kindness", sync__batch_size=50,
                     sync__interval_seconds=15, sync__password_file="/etc/kiosk/central-password")
    assert (c.central_url, c.sync_batch_size, c.sync_interval_seconds, c.password_file) == (
        "postgresql://kiosk_1@db.example.org/kindness", 50, 15.0, "/etc/kiosk/central-password")
    assert isinstance(c.sync_batch_size, int)


@pytest.mark.parametrize(("key", "value", "fragment"), [
    ("sync.central_url", "postgresql://kiosk:hunter2@db/kindness", "must not contain a password"),
    ("sync.central_url", "mysql://kiosk@db/kindness", "must be a PostgreSQL URL (postgresql://...) or a SQLite"),
    ("sync.central_url", "postgresql://kiosk@db:notaport/x", "is not a database URL"),
    ("sync.batch_size", 0, "must be from 1 to 10000"),
    ("sync.batch_size", 2.5, "must be a whole number (a whole number from 1 to 10000)"),
    ("sync.batch_size", True, "must be a whole number"),
    ("sync.interval_seconds", 1, "must be from 5 to 86400"),
    ("sync.backoff_max_seconds", "300", "must be a number"),
])
def test_bad_sync_values_are_named(key: str, value: object, fragment: str) -> None:
    with pytest.raises(ConfigError) as info:
        settings.load(env={}, overrides={key: value})
    [problem] = info.value.problems
    assert problem.startswith(f"{key} = ") and fragment in problem, problem


@pytest.mark.parametrize("url", ["postgresql://kiosk:hunter2@db/kindness",
                                 "postgresql+psycopg://kiosk:hunter2@db:5432/kindness?sslmode=require"])
def test_a_password_in_the_url_is_not_echoed_back(url: str) -> None:
    with pytest.raises(ConfigError) as info:
        settings.load(env={}, overrides={"sync.central_url": url})
    [problem] = info.value.problems
    assert "hunter2" not in str(info.value)
    assert problem.startswith("sync.central_url = 'postgresql") and "kiosk:***@db" in problem
    assert "KIOSK_CENTRAL_PASSWORD" in problem


@pytest.mark.parametrize(("seconds", "words"), [
    (0, "just now"), (4.9, "just now"), (5, "5 seconds"), (59, "59 seconds"), (60, "1 minute"),
    (61 * 60, "1 hour 1 minute"), (7200, "2 hours"), (86400 + 3600 * 5, "1 day 5 hours"), (3 * 86400, "3 days"),
])
def test_ages_in_words(seconds: float, words: str) -> None:
    assert age_words(seconds) == words


# -- the two-kiosk demo --------------------------------------------------------------------------------

def test_two_demo_kiosks_share_a_sqlite_central_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What `kiosk demo --central FILE` and `kiosk demo --kiosk-id kiosk-2 --central FILE` set up, minus
    the windows: each seeds its own sample answers, and both sync through the same file."""
    from kiosk.checkin.store import CheckInService
    from kiosk.core.clock import SystemClock
    from kiosk.data.engine import make_engine
    from kiosk.demo import demo_seed, prepare_demo_central, seed_checkins
    from kiosk.sync.cycle import SyncCycle
    from tests.sync.kiosks import count

    monkeypatch.delenv("KIOSK_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    central_file = tmp_path / "central.sqlite3"
    seeded = {}
    for kiosk_id in ("kiosk-1", "kiosk-2"):
        args = cli.parser().parse_args(["demo", "--central", str(central_file)]
                                       + (["--kiosk-id", kiosk_id] if kiosk_id != "kiosk-1" else []))
        config = cli._load_config(args, demo=True)
        assert config.kiosk_id == kiosk_id and config.central_url == str(central_file)
        assert config.sync_interval_seconds == 10.0
        assert config.data_dir.name == ("demo" if kiosk_id == "kiosk-1" else "demo-kiosk-2")
        assert prepare_demo_central(config, SystemClock()) is (kiosk_id == "kiosk-1")
        with local_store(config) as local:
            seeded[kiosk_id] = seed_checkins(CheckInService(local), config, SystemClock(), seed=demo_seed(kiosk_id))
            cycle = SyncCycle(config, SystemClock(), local=local)
            try:
                report = cycle.run()
            finally:
                cycle.close()
            assert report.ok, report.error
            assert count(local, "site_content") == 1  # the sample listing, pulled
    engine = make_engine(str(central_file))
    try:
        for kiosk_id, n in seeded.items():
            assert n > 100
            assert count(engine, "checkin", "WHERE kiosk = :k", k=kiosk_id) == n
        assert count(engine, "sync_conflict") == 0
        assert count(engine, "kiosk_account") == 2 and count(engine, "site") == 1
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_staff_decisions_wait_for_a_person_and_go_with_as_staff(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pg_url: str) -> None:
    from kiosk.core.clock import ManualClock
    from kiosk.sync.central import add_user
    from kiosk.wall.rules.messages import MessageStatus, WallMessage
    from kiosk.wall.store import WallService

    central = central_db(pg_url)
    try:
        login = kiosk_login(central, pg_url, "riverside", "kiosk-1")
        sam = add_user(central, "staff", "sam", ["riverside"])
    finally:
        central.dispose()
    _kiosk(tmp_path, monkeypatch, login.url)
    monkeypatch.setenv("KIOSK_CENTRAL_PASSWORD", login.password)
    monkeypatch.delenv("KIOSK_STAFF_PASSWORD", raising=False)
    config = settings.load()
    clock = ManualClock()
    with local_store(config) as local:
        wall = WallService(local, config.site_id, config.kiosk_id, clock)
        message = wall.add(WallMessage.new(text="Thank you", site=config.site_id, kiosk=config.kiosk_id,
                                           language="en", status=MessageStatus.PENDING, clock=clock))
        wall.decide(message.id, MessageStatus.APPROVED, staff_label="sam")

    status, out, err = _sync(capsys, "--once")  # the kiosk's own login: answers and messages, not decisions
    assert (status, err) == (0, "") and "1 wall messages, 0 staff edits" in out
    _, report, _ = _sync(capsys, "--status")
    assert "Staff decisions waiting for a person: 1" in report and "--as-staff USER" in report

    monkeypatch.setenv("KIOSK_STAFF_PASSWORD", SECRET)  # wrong
    status, out, err = _sync(capsys, "--once", "--as-staff", "sam")
    assert status == 2 and "did not accept the staff login 'sam'" in err and SECRET not in out + err

    monkeypatch.setenv("KIOSK_STAFF_PASSWORD", sam.password)
    status, out, err = _sync(capsys, "--once", "--as-staff", "sam")
    assert (status, err) == (0, "") and "0 wall messages, 1 staff edits" in out
    _, report, _ = _sync(capsys, "--status")
    assert "waiting for a person" not in report and sam.password not in out + report
    assert _sync(capsys, "--status", "--as-staff", "sam")[0] == 2
