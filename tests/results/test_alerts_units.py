"""The alert e-mail jobs' systemd units (packaging/systemd/kindness-kiosk-alerts{,-local}.{service,timer}): they pass
`systemd-analyze verify`, say what they run (a oneshot, hourly with jitter, catching up, no password in the unit),
and the very command line each service runs — with the environment and env file it sets, paths moved into a temp
folder — evaluates and e-mails each new alert once to a real SMTP server, over two runs."""

from __future__ import annotations

import re
import shlex
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from kiosk.checkin.rules import Answer, CheckIn
from kiosk.checkin.store import CheckInService
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.data.engine import make_engine
from kiosk.data.services import Services
from kiosk.sync.central import add_site, add_user, init_central
from tests.helpers import child_env, run_kiosk
from tests.support.pgserver import PgServer, free_port
from tests.support.smtp_server import Smtp
from tests.support.systemd_units import KIOSK, UNITS, verify

CENTRAL, LOCAL = "kindness-kiosk-alerts", "kindness-kiosk-alerts-local"
Unit = dict[str, dict[str, list[str]]]


def _unit(name: str) -> Unit:
    """Section → key → every value given (Environment= may come more than once); comments left out."""
    sections: Unit = {}
    section: dict[str, list[str]] = {}
    for line in (UNITS / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = sections.setdefault(line.strip("[]"), {})
        else:
            key, _, value = line.partition("=")
            section.setdefault(key, []).append(value)
    return sections


def _one(unit: Unit, section: str, key: str) -> str:
    [value] = unit[section][key]
    return value


def test_systemd_analyze_verify(tmp_path: Path) -> None:
    verify([UNITS / f"{job}.{kind}" for job in (CENTRAL, LOCAL) for kind in ("service", "timer")], tmp_path)


def test_the_central_service_evaluates_as_the_env_files_login() -> None:
    service = _unit(f"{CENTRAL}.service")["Service"]
    assert service["Type"] == ["oneshot"]
    assert service["ExecStart"] == [f"{KIOSK} results alerts --evaluate --source central --url ${{KIOSK_CENTRAL_URL}} "
                                    "--password-file ${KIOSK_CENTRAL_PASSWORD_FILE}"]
    assert service["EnvironmentFile"] == ["/etc/kindness-kiosk/alerts.env"]  # no "-": a missing file is an error
    assert service["Environment"] == ["KIOSK_CONFIG=/etc/kindness-kiosk/kiosk.toml"]
    assert "User" not in service  # root, like the purge: the password files are root's, mode 0600
    comments = (UNITS / f"{CENTRAL}.service").read_text()
    assert "MANAGER login" in comments and "--role manager" in comments  # only a manager may raise alerts


def test_the_local_service_evaluates_as_the_kiosk_in_its_own_store() -> None:
    service = _unit(f"{LOCAL}.service")["Service"]
    assert service["Type"] == ["oneshot"]
    assert service["ExecStart"] == [f"{KIOSK} results alerts --evaluate --source local"]
    assert (service["User"], service["Group"]) == (["kindness-kiosk"], ["kindness-kiosk"])
    assert service["Environment"] == ["KIOSK_CONFIG=/etc/kindness-kiosk/kiosk.toml",
                                      "KIOSK_DATA_DIR=/var/lib/kindness-kiosk"]  # as kindness-kiosk.service sets
    kiosk = _unit("kindness-kiosk.service")["Service"]["Environment"]
    assert set(service["Environment"]) <= set(kiosk)
    assert service["ReadWritePaths"] == ["/var/lib/kindness-kiosk"]  # the only place it may write


@pytest.mark.parametrize("job", [CENTRAL, LOCAL])
def test_each_service_is_as_locked_down_as_the_purge_and_holds_no_password(job: str) -> None:
    purge = _unit("kindness-kiosk-purge.service")["Service"]
    service = _unit(f"{job}.service")["Service"]
    own = {"Type", "EnvironmentFile", "Environment", "ExecStart", "SyslogIdentifier", "User", "Group",
           "ReadWritePaths", "TimeoutStartSec", "Nice", "IOSchedulingClass"}
    hardening = {k: v for k, v in purge.items() if k not in own}
    assert {"ProtectSystem", "NoNewPrivileges", "UMask", "PrivateDevices"} <= hardening.keys()
    assert {k: service.get(k) for k in hardening} == hardening
    assert service["SyslogIdentifier"] == ["kindness-kiosk-alerts"]  # one journalctl -t for either job
    assert len(service["TimeoutStartSec"]) == 1  # a hung SMTP server cannot keep the oneshot running for ever
    body = "\n".join(f"{k}={v}" for k, values in service.items() for v in values)
    assert not re.search(r"://[^/\s@]*:[^/\s@]*@", body), "a password in a URL"
    assert not re.search(r"(?i)password(?!-file|_file)", body), "a password in the unit"


@pytest.mark.parametrize("job", [CENTRAL, LOCAL])
def test_each_timer_runs_its_service_hourly_with_jitter_and_catches_up(job: str) -> None:
    timer = _unit(f"{job}.timer")
    assert "Unit" not in timer["Timer"]  # the service of the same name
    assert _one(timer, "Timer", "OnCalendar") == "hourly"
    jitter = re.fullmatch(r"(\d+)min", _one(timer, "Timer", "RandomizedDelaySec"))
    assert jitter is not None and 1 <= int(jitter.group(1)) <= 30
    assert _one(timer, "Timer", "Persistent") == "true"
    assert _one(timer, "Install", "WantedBy") == "timers.target"


# -- the command each service runs, run as the service runs it ----------------------------------------------------

def _moved(value: str, root: Path) -> str:
    """A path of the installed system, moved under `root` (/etc/kindness-kiosk → root/etc, /var/lib/… → root/var)."""
    return value.replace("/etc/kindness-kiosk", str(root / "etc")).replace("/var/lib/kindness-kiosk",
                                                                           str(root / "var"))


def _run_service(job: str, root: Path) -> tuple[int, str, str]:
    """The service's ExecStart as systemd would run it: its Environment= lines, its EnvironmentFile's variables
    put into the command line, the installed `kiosk` replaced by this checkout's `python -m kiosk`."""
    service = _unit(f"{job}.service")["Service"]
    assignments = list(service.get("Environment", []))
    for path in service.get("EnvironmentFile", []):
        lines = Path(_moved(path, root)).read_text(encoding="utf-8").splitlines()
        assignments += [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    env = {key: value for key, _, value in (_moved(a, root).partition("=") for a in assignments)}
    [command] = service["ExecStart"]
    argv = shlex.split(re.sub(r"\$\{(\w+)\}", lambda m: env[m.group(1)], command))
    assert argv[0] == KIOSK
    done = run_kiosk(argv[1:], cwd=root, env=child_env(**env))
    return done.returncode, done.stdout.decode(), done.stderr.decode()


def _config(root: Path, smtp: Smtp, **site: str) -> None:
    (root / "etc").mkdir(mode=0o755)
    (root / "var").mkdir(mode=0o700)
    lines = [f'{k} = "{v}"' for k, v in site.items()]
    (root / "etc" / "kiosk.toml").write_text(
        "[site]\n" + "\n".join(lines) + f"\n[results]\nsmtp_host = \"127.0.0.1\"\nsmtp_port = {smtp.port}\n"
        "smtp_starttls = false\nsmtp_sender = \"kiosk@example.org\"\nsmtp_recipients = [\"manager@example.org\"]\n",
        encoding="utf-8")


def _raised(err: str) -> int:
    found = re.search(r"evaluated: (\d+) new alert\(s\)", err)
    assert found is not None, err
    return int(found.group(1))


def _twice_e_mails_each_alert_once(job: str, root: Path, smtp: Smtp) -> None:
    status, out, err = _run_service(job, root)
    assert status == 0 and "Traceback" not in err, err
    raised = _raised(err)
    assert raised >= 1 and len(smtp.inbox.messages) == raised, err
    assert err.count("e-mailed to 1 recipient(s)") == raised
    assert all("e-mailed" in row for row in out.splitlines()[1:raised + 1]), out
    status, out, err = _run_service(job, root)  # the timer's next hour: nothing new, nothing sent again
    assert status == 0 and _raised(err) == 0 and "e-mailed to" not in err, err
    assert len(smtp.inbox.messages) == raised


def _low_fortnight_here(root: Path) -> None:
    """A low fortnight in the kiosk's own store, by the real clock (the command runs on it): 10 yes three days ago,
    25 no just now."""
    config = settings.load(str(root / "etc" / "kiosk.toml"), env={"KIOSK_DATA_DIR": str(root / "var")})
    services = Services(config)
    try:
        store = CheckInService(services.engine())
        now = datetime.now(UTC)
        for i, (what, ago) in enumerate([(Answer.YES, timedelta(days=3))] * 10
                                         + [(Answer.NO, timedelta(hours=1))] * 25):
            store.record(CheckIn.new(answer=what, site="riverside", kiosk=config.kiosk_id, language="en",
                                     clock=ManualClock(now - ago + timedelta(seconds=i)), timezone=config.timezone))
    finally:
        services.close()


@pytest.mark.slow
def test_the_local_service_e_mails_a_new_alert_once(tmp_path: Path) -> None:
    with Smtp() as smtp:
        _config(tmp_path, smtp, id="riverside")
        _low_fortnight_here(tmp_path)
        _twice_e_mails_each_alert_once(LOCAL, tmp_path, smtp)


@pytest.mark.slow
def test_an_e_mail_that_cannot_be_sent_fails_the_run_until_it_is_sent(tmp_path: Path) -> None:
    """So the unit shows as failed (`systemctl --failed`, monitoring) while the mail server is away; the alert is
    kept, and the next run that reaches the server sends it and succeeds."""
    with Smtp() as smtp:
        _config(tmp_path, smtp, id="riverside")
        _low_fortnight_here(tmp_path)
        toml = tmp_path / "etc" / "kiosk.toml"
        live = toml.read_text(encoding="utf-8")
        toml.write_text(live.replace(f"smtp_port = {smtp.port}", f"smtp_port = {free_port()}"), encoding="utf-8")
        status, out, err = _run_service(LOCAL, tmp_path)
        assert status == 1 and _raised(err) == 1 and "was not e-mailed: could not reach the SMTP server" in err, err
        assert "Traceback" not in err and "e-mail not sent (1 tries)" in out, out
        toml.write_text(live, encoding="utf-8")  # the mail server is back
        status, out, err = _run_service(LOCAL, tmp_path)
        assert status == 0 and _raised(err) == 0 and "e-mailed to 1 recipient(s)" in err, err
        assert len(smtp.inbox.messages) == 1


@pytest.mark.slow
@pytest.mark.postgres
def test_the_central_service_e_mails_every_sites_new_alerts_once(pg_url: str, pg_server: PgServer,
                                                                 tmp_path: Path) -> None:
    central = make_engine(pg_url)
    try:
        init_central(central)
        for site in ("north", "south"):
            add_site(central, site, site.title(), "Europe/London")
        at = datetime.now(UTC) - timedelta(hours=1)  # the command runs on the real clock
        day = at.astimezone(ZoneInfo("Europe/London")).date()
        rows = [{"id": uuid.uuid4(), "site": site, "kiosk": f"{site}-1", "at": at, "day": day,
                 "answer": "yes" if i < 5 else "no"} for site in ("north", "south") for i in range(35)]
        with central.begin() as conn:
            conn.execute(text("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, "
                              "digest) VALUES (:id, :site, :kiosk, :at, :day, :answer, 'en', NULL)"), rows)
        manager = add_user(central, "manager", "alerts")
        database = central.url.database or ""
    finally:
        central.dispose()
    with Smtp() as smtp:
        _config(tmp_path, smtp)
        secret = tmp_path / "etc" / "alerts-manager.password"
        secret.write_text(manager.password + "\n", encoding="utf-8")
        secret.chmod(0o600)
        url = pg_server.url(database, manager.role_name).replace("+psycopg", "")
        (tmp_path / "etc" / "alerts.env").write_text(
            f"KIOSK_CENTRAL_URL={url}\nKIOSK_CENTRAL_PASSWORD_FILE=/etc/kindness-kiosk/alerts-manager.password\n",
            encoding="utf-8")
        (tmp_path / "etc" / "alerts.env").chmod(0o600)
        _twice_e_mails_each_alert_once(CENTRAL, tmp_path, smtp)
        sites = sorted(msg["X-Kiosk-Alert"].split("/")[0] for _, _, msg in smtp.inbox.messages)
        assert {"north", "south"} <= set(sites)
