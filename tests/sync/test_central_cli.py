"""`kiosk central …` and `kiosk export --source central`, run as real child processes.

The admin's password reaches the child only through KIOSK_CENTRAL_ADMIN_PASSWORD or --password-file; a
URL carrying one is refused. A kiosk's password goes only to the --password-out file (0600), and the
printed settings are a valid kiosk configuration that logs in.
"""

from __future__ import annotations

import csv
import io
import re
import stat
import subprocess
import tomllib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import URL, Engine, insert, text
from sqlalchemy.engine import make_url

from kiosk.core import config as settings
from kiosk.data.engine import make_engine
from kiosk.data.migrations import HEAD
from kiosk.data.models import CheckInRecord
from kiosk.data.sync_models import HeartbeatRecord
from kiosk.sync.central import add_user
from tests.helpers import child_env, run_kiosk
from tests.support.pgserver import PgServer, free_port

pytestmark = pytest.mark.slow


@dataclass
class Admin:
    url: str  # without the password
    password: str
    engine: Engine  # the test's own superuser engine, to check what the child did

    def env(self, **extra: str) -> dict[str, str]:
        return child_env(KIOSK_CENTRAL_ADMIN_PASSWORD=self.password, **extra)


@pytest.fixture
def admin(pg_url: str) -> Iterator[Admin]:
    url = make_url(pg_url)
    bare = URL.create("postgresql", username=url.username, host=url.host, port=url.port,
                      database=url.database).render_as_string(hide_password=False)
    engine = make_engine(pg_url)
    yield Admin(bare, url.password or "", engine)
    engine.dispose()


def _ok(proc: subprocess.CompletedProcess[bytes]) -> tuple[str, str]:
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 0, err
    return out, err


def _refused(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == 2, (proc.stdout, err)
    assert "Traceback" not in err
    assert err.startswith("kiosk: ") and err.count("\n") == 1, err
    return err


def _flatten(data: dict[str, object], prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for k, v in data.items():
        out.update(_flatten(v, f"{prefix}{k}.") if isinstance(v, dict) else {f"{prefix}{k}": v})
    return out


@pytest.mark.postgres
def test_init_twice_add_a_kiosk_and_log_in_with_the_printed_settings(admin: Admin, tmp_path: Path,
                                                                      pg_server: PgServer) -> None:
    for _ in range(2):
        out, _ = _ok(run_kiosk(["central", "init", "--url", admin.url], cwd=tmp_path, env=admin.env()))
        assert f"is ready (schema {HEAD})" in out and "_kiosk (kiosks)" in out
    _ok(run_kiosk(["central", "add-site", "--url", admin.url, "--id", "north", "--name", "North Library",
                   "--timezone", "Europe/Dublin"], cwd=tmp_path, env=admin.env()))

    proc = run_kiosk(["central", "add-kiosk", "--url", admin.url, "--site", "north", "--id", "north-1",
                      "--password-out", "north-1.password"], cwd=tmp_path, env=admin.env())
    out, err = _ok(proc)

    secret = tmp_path / "north-1.password"
    password = secret.read_text().strip()
    assert len(password) >= 40
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert password not in out and password not in err
    assert admin.password not in out and admin.password not in err
    snippet = tomllib.loads(out)
    assert snippet["site"] == {"id": "north", "name": "North Library", "timezone": "Europe/Dublin"}
    assert snippet["kiosk"] == {"id": "north-1"}
    assert snippet["sync"]["password_file"] == str(secret)
    _, problems = settings.validate(_flatten(snippet))
    assert problems == []  # the snippet is a valid kiosk configuration
    kiosk_url = make_url(snippet["sync"]["central_url"])
    assert kiosk_url.password is None and kiosk_url.username and kiosk_url.username.endswith("_k_north-1")
    with psycopg.connect(host=kiosk_url.host, port=kiosk_url.port, dbname=kiosk_url.database,
                         user=kiosk_url.username, password=password, connect_timeout=10) as conn:
        assert conn.execute("SELECT kiosk_site(), kiosk_id()").fetchone() == ("north", "north-1")

    again = run_kiosk(["central", "add-kiosk", "--url", admin.url, "--site", "north", "--id", "north-2",
                       "--password-out", "north-1.password"], cwd=tmp_path, env=admin.env())
    assert "already exists; not overwriting it" in _refused(again)
    assert secret.read_text().strip() == password
    duplicate = run_kiosk(["central", "add-kiosk", "--url", admin.url, "--site", "north", "--id", "north-1",
                           "--password-out", "other.password"], cwd=tmp_path, env=admin.env())
    assert "kiosk 'north-1' already exists" in _refused(duplicate)
    assert not (tmp_path / "other.password").exists()  # no stray password file for a kiosk never made
    with admin.engine.connect() as conn:
        assert conn.execute(text("SELECT kiosk_id FROM kiosk_account")).scalars().all() == ["north-1"]

    revoke = run_kiosk(["central", "revoke-kiosk", "--url", admin.url, "--id", "north-1"], cwd=tmp_path,
                       env=admin.env())
    assert "revoked" in _ok(revoke)[0]
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(host=kiosk_url.host, port=kiosk_url.port, dbname=kiosk_url.database,
                        user=kiosk_url.username, password=password, connect_timeout=10).close()


@pytest.mark.postgres
def test_clear_refusals(admin: Admin, tmp_path: Path) -> None:
    _ok(run_kiosk(["central", "init", "--url", admin.url], cwd=tmp_path, env=admin.env()))
    cases = {
        "unknown site 'nowhere'": ["add-kiosk", "--site", "nowhere", "--id", "k1", "--password-out", "k1.pw"],
        "bad kiosk id 'x\"; DROP TABLE checkin; --'": ["add-kiosk", "--site", "north", "--id",
                                                      'x"; DROP TABLE checkin; --', "--password-out", "k2.pw"],
        "bad site id \"a'); --\"": ["add-site", "--id", "a'); --", "--name", "A"],
        "--password-out FILE is required": ["add-kiosk", "--site", "north", "--id", "k3"],
        "unknown kiosk 'ghost'": ["revoke-kiosk", "--id", "ghost"],
    }
    for expected, args in cases.items():
        err = _refused(run_kiosk(["central", args[0], "--url", admin.url, *args[1:]], cwd=tmp_path,
                                 env=admin.env()))
        assert expected in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no password files left behind
    with admin.engine.connect() as conn:
        assert conn.execute(text("SELECT to_regclass('public.checkin') IS NOT NULL")).scalar_one() is True


def test_a_url_with_a_password_is_refused(tmp_path: Path) -> None:
    for args in (["central", "init", "--url", "postgresql://admin:hunter2@db.example.org/kindness"],
                 ["export", "--source", "central", "--out", "x.csv",
                  "--url", "postgresql://admin:hunter2@db.example.org/kindness"]):
        err = _refused(run_kiosk(args, cwd=tmp_path))
        assert "contains a password" in err and "--password-file" in err
        assert "hunter2" not in err


@pytest.mark.postgres
def test_an_unreachable_server_is_one_clear_line(tmp_path: Path) -> None:
    port = free_port()
    proc = run_kiosk(["central", "health", "--url", f"postgresql://admin@127.0.0.1:{port}/kindness"],
                     cwd=tmp_path, env=child_env(KIOSK_CENTRAL_ADMIN_PASSWORD="not-shown-anywhere"))
    err = _refused(proc)
    assert err.startswith(f"kiosk: cannot reach the central database at 127.0.0.1:{port}/kindness: ")
    assert "not-shown-anywhere" not in err


@pytest.mark.postgres
def test_missing_permission_is_explained(admin: Admin, tmp_path: Path) -> None:
    _ok(run_kiosk(["central", "init", "--url", admin.url], cwd=tmp_path, env=admin.env()))
    boss = add_user(admin.engine, "manager", "boss")
    (tmp_path / "boss.pw").write_text(boss.password + "\n")
    (tmp_path / "boss.pw").chmod(0o600)
    manager_url = make_url(admin.url).set(username=boss.role_name).render_as_string(hide_password=False)
    proc = run_kiosk(["central", "add-site", "--url", manager_url, "--password-file", "boss.pw", "--id", "x",
                      "--name", "X"], cwd=tmp_path, env=child_env())
    assert "missing permission on the central database" in _refused(proc)


def _seed(engine: Engine) -> None:
    """Two sites' check-ins and one heartbeat, as pushed kiosks would have left them."""
    now = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(insert(CheckInRecord), [
            {"id": uuid.uuid4(), "site": site, "kiosk": kiosk, "answered_at": now - timedelta(hours=i),
             "local_date": (now - timedelta(hours=i)).date(), "answer": "yes", "language": "en"}
            for i, (site, kiosk) in enumerate((("north", "north-1"), ("south", "south-1"), ("north", "north-1")))])
        conn.execute(insert(HeartbeatRecord), [{"id": uuid.uuid4(), "site": "north", "kiosk": "north-1",
                                                "sent_at": now - timedelta(minutes=1), "app_version": "0.1.0",
                                                "pending": 2, "last_sync_at": now, "uptime_seconds": 3700.0}])


def _central_flow(url: str, tmp_path: Path, env: dict[str, str], engine_url: str) -> None:
    """init twice, two sites and kiosks, health and export: the same commands on either database."""
    for _ in range(2):
        _ok(run_kiosk(["central", "init", "--url", url], cwd=tmp_path, env=env))
    extra = ["--password-out"]
    for site, name in (("north", "North"), ("south", "South")):
        _ok(run_kiosk(["central", "add-site", "--url", url, "--id", site, "--name", name], cwd=tmp_path, env=env))
        out, _ = _ok(run_kiosk(["central", "add-kiosk", "--url", url, "--site", site, "--id", f"{site}-1",
                                *extra, f"{site}.pw"], cwd=tmp_path, env=env))
        assert tomllib.loads(out)["kiosk"]["id"] == f"{site}-1"
    out, _ = _ok(run_kiosk(["central", "add-user", "--url", url, "--role", "staff", "alice", "--site", "north",
                            "--password-out", "alice.pw"], cwd=tmp_path, env=env))
    assert out.startswith("staff user 'alice' added for site(s) north as role ")
    out, _ = _ok(run_kiosk(["central", "conflicts", "--url", url], cwd=tmp_path, env=env))
    assert out == "no conflicts\n"
    engine = make_engine(engine_url)
    try:
        _seed(engine)
    finally:
        engine.dispose()

    out, _ = _ok(run_kiosk(["central", "health", "--url", url, "--silent-after", "30"], cwd=tmp_path, env=env))
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["KIOSK", "SITE", "LAST"]
    north = next(line for line in lines if line.startswith("north-1"))
    south = next(line for line in lines if line.startswith("south-1"))
    assert "  ok  " in north and " 2 " in north and "1h 01m" in north
    assert north.endswith(" -")  # heartbeats written before migration 0009 tell nothing about the device
    assert "never" in south and south.endswith("SILENT: never seen  -")
    assert "2 kiosk(s): 1 ok, 1 silent" in out

    out, err = _ok(run_kiosk(["export", "--source", "central", "--url", url, "--out", "-"], cwd=tmp_path, env=env))
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert sorted(r["site"] for r in rows) == ["north", "north", "south"]
    assert "exported 3 check-in(s) from the central database" in err
    _ok(run_kiosk(["export", "--source", "central", "--url", url, "--site", "north", "--out", "north.csv"],
                  cwd=tmp_path, env=env))
    data = (tmp_path / "north.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert {r["site"] for r in csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))} == {"north"}


@pytest.mark.postgres
def test_the_whole_flow_on_postgresql(admin: Admin, tmp_path: Path) -> None:
    _central_flow(admin.url, tmp_path, admin.env(), admin.engine.url.render_as_string(hide_password=False))
    assert stat.S_IMODE((tmp_path / "north.pw").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "alice.pw").stat().st_mode) == 0o600


def test_the_same_flow_on_a_sqlite_central(tmp_path: Path) -> None:
    central = tmp_path / "central.sqlite3"
    _central_flow(str(central), tmp_path, child_env(), str(central))
    assert not (tmp_path / "north.pw").exists()  # a SQLite central has no passwords to write
    assert not (tmp_path / "alice.pw").exists()


def test_central_commands_need_an_existing_sqlite_file(tmp_path: Path) -> None:
    err = _refused(run_kiosk(["central", "health", "--url", str(tmp_path / "nope.sqlite3")], cwd=tmp_path))
    assert "there is no central database at" in err and "kiosk central init" in err
    assert not (tmp_path / "nope.sqlite3").exists()


@pytest.mark.parametrize("action", ["init", "add-site", "add-kiosk", "revoke-kiosk", "add-user", "health",
                                    "conflicts"])
def test_central_help(tmp_path: Path, action: str) -> None:
    out, _ = _ok(run_kiosk(["central", action, "--help"], cwd=tmp_path))
    assert out.startswith(f"usage: kiosk central {action}") and "--url" in out


def test_export_source_options_are_checked(tmp_path: Path) -> None:
    env = child_env(KIOSK_DATA_DIR=str(tmp_path / "data"))
    err = _refused(run_kiosk(["export", "--source", "central", "--out", "x.csv"], cwd=tmp_path, env=env))
    assert "--source central needs --url" in err
    err = _refused(run_kiosk(["export", "--url", "central.sqlite3", "--out", "x.csv"], cwd=tmp_path, env=env))
    assert "--url and --password-file are for --source central" in err
    assert not (tmp_path / "x.csv").exists()


def test_health_after_a_kiosks_first_sync_shows_it(tmp_path: Path) -> None:
    """The new user's path: set up a SQLite central, sync a kiosk once, ask for health."""
    url = str(tmp_path / "central.sqlite3")
    _ok(run_kiosk(["central", "init", "--url", url], cwd=tmp_path))
    _ok(run_kiosk(["central", "add-site", "--url", url, "--id", "north", "--name", "North"], cwd=tmp_path))
    settings_text, _ = _ok(run_kiosk(["central", "add-kiosk", "--url", url, "--site", "north", "--id", "north-1"],
                                     cwd=tmp_path))
    (tmp_path / "north-1.toml").write_text(settings_text, encoding="utf-8")
    kiosk_env = child_env(KIOSK_DATA_DIR=str(tmp_path / "north-1"))
    _ok(run_kiosk(["--config", "north-1.toml", "sync", "--once"], cwd=tmp_path, env=kiosk_env))
    before = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=1)

    out, _ = _ok(run_kiosk(["central", "health", "--url", url], cwd=tmp_path))
    header, row = out.splitlines()[:2]
    last_sync = row[header.index("LAST SYNC (UTC)"):header.index("LAST ERROR (UTC)")].strip()
    assert row[header.index("OLDEST UNSENT (UTC)"):header.index("LAST SYNC (UTC)")].strip() == "-", out  # all sent
    assert row[header.index("LAST ERROR (UTC)"):header.index("UPTIME")].strip() == "-", out  # never failed
    assert last_sync != "never", out
    assert datetime.fromisoformat(last_sync).replace(tzinfo=UTC) >= before, out
    assert row[header.index("STATUS"):header.index("DEVICE")].strip() == "ok"
    # `kiosk sync --once` has no screen: the heartbeat tells the disk and memory only
    assert re.fullmatch(r"disk [0-9.]+ [GM]B free; memory [0-9.]+ [GM]B free", row[header.index("DEVICE"):]), out
