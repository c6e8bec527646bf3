"""Secrets and transport on the kiosk's side: a password in any part of a URL is refused wherever a URL is
taken (configuration, `kiosk central --url`, `kiosk export --url`) and never shown; another machine is
reached with TLS that checks the certificate (sslmode=verify-full) unless sync.allow_plaintext says otherwise,
and every such plain connection is logged; a password file others may read is refused; nothing stored
locally holds the password."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from kiosk import cli
from kiosk.core import config as settings
from kiosk.core.errors import ConfigError, SyncError
from kiosk.sync.central import KioskCredentials, kiosk_url
from kiosk.sync.connect import PASSWORD_ENV, central_engine, central_for
from kiosk.sync.transport import is_local, secure_url
from tests.sync.kiosks import central_db, kiosk_config, kiosk_login, local_store, record_answers

SECRET = "hunter2-never-shown"
URLS_WITH_PASSWORD = [
    f"postgresql://kiosk:{SECRET}@db.example.org/kindness",
    f"postgresql://kiosk@db.example.org/kindness?password={SECRET}",
    f"postgresql://kiosk@db.example.org/kindness?sslmode=verify-full&password={SECRET}",
    f"postgresql://kiosk@db.example.org/kindness?pass%77ord={SECRET}",
    f"postgresql://kiosk@db.example.org/kindness?PASSWORD={SECRET}",
]


@pytest.mark.parametrize("url", URLS_WITH_PASSWORD)
def test_the_configuration_refuses_a_password_in_the_url_and_never_repeats_it(tmp_path: Path, url: str) -> None:
    with pytest.raises(ConfigError) as caught:
        kiosk_config(tmp_path, url)
    message = str(caught.value)
    assert "must not contain a password" in message and "sync.password_file" in message
    assert SECRET not in message and "***" in message


@pytest.mark.parametrize("url", URLS_WITH_PASSWORD)
def test_kiosk_config_refuses_it_without_printing_it(tmp_path: Path, url: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    toml = tmp_path / "kiosk.toml"
    toml.write_text(f"[sync]\ncentral_url = {json.dumps(url)}\n", encoding="utf-8")
    assert cli.main(["--config", str(toml), "config"]) == 2
    out, err = capsys.readouterr()
    assert SECRET not in out + err and "must not contain a password" in err


@pytest.mark.parametrize("url", URLS_WITH_PASSWORD)
@pytest.mark.parametrize("command", [["central", "init"], ["central", "health"],
                                     ["export", "--source", "central", "--out", "-"]])
def test_every_url_option_refuses_a_password(url: str, command: list[str], capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main([*command, "--url", url]) == 2
    out, err = capsys.readouterr()
    assert SECRET not in out + err
    assert err.startswith("kiosk: the URL ") and "contains a password" in err and "--password-file" in err


def test_add_kiosk_prints_a_verified_tls_url_for_another_machine() -> None:
    creds = KioskCredentials("north-1", "north", "kk_k_north-1", "pw")
    remote = make_url(kiosk_url("postgresql://admin@db.example.org:5433/kindness", creds))
    assert remote.query["sslmode"] == "verify-full" and remote.username == "kk_k_north-1" and remote.password is None
    weaker = make_url(kiosk_url("postgresql://admin@db.example.org/kindness?sslmode=require", creds))
    assert weaker.query["sslmode"] == "verify-full"
    for local in ("postgresql://admin@localhost/kindness", "postgresql://admin@127.0.0.1:5432/kindness",
                  "postgresql://admin@/kindness?host=/run/postgresql"):
        assert "sslmode" not in make_url(kiosk_url(local, creds)).query


@pytest.mark.parametrize(("url", "local"), [
    ("postgresql://k@localhost/db", True), ("postgresql://k@127.0.0.1/db", True), ("postgresql://k@[::1]/db", True),
    ("postgresql://k@/db", True), ("postgresql://k@/db?host=/run/postgresql", True),
    ("postgresql://k@db.example.org/db", False), ("postgresql://k@192.0.2.7/db", False),
    ("postgresql://k@localhost/db?host=db.example.org", False),
    ("postgresql://k@db.example.org/db?hostaddr=127.0.0.1", False),  # the certificate names db.example.org
])
def test_what_counts_as_this_machine(url: str, local: bool) -> None:
    assert is_local(make_url(url)) is local


def test_a_remote_url_gets_verify_full_and_keeps_its_name(tmp_path: Path) -> None:
    where = central_for(kiosk_config(tmp_path, "postgresql://kiosk_1@db.example.org/kindness"), {PASSWORD_ENV: SECRET})
    assert where.url.query["sslmode"] == "verify-full"
    assert where.shown == "postgresql+psycopg://kiosk_1@db.example.org/kindness"  # the pull cursor's source
    assert where.password == SECRET and where.url.password is None
    assert SECRET not in repr(where) + str(where.url) + where.shown
    local = central_for(kiosk_config(tmp_path, "postgresql://kiosk_1@localhost/kindness"), {})
    assert "sslmode" not in local.url.query  # this machine: as today


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_a_weaker_sslmode_to_another_machine_needs_the_explicit_setting(tmp_path: Path, mode: str) -> None:
    url = f"postgresql://kiosk_1@db.example.org/kindness?sslmode={mode}"
    with pytest.raises(SyncError) as caught:
        central_for(kiosk_config(tmp_path, url), {})
    assert caught.value.code == "central_plaintext"
    assert f"sslmode={mode}" in str(caught.value) and "sync.allow_plaintext = true" in str(caught.value)
    allowed = central_for(kiosk_config(tmp_path, url, sync__allow_plaintext=True), {})
    assert allowed.transport is not None and allowed.transport.plain and allowed.url.query["sslmode"] == mode


def test_an_unknown_sslmode_is_refused() -> None:
    with pytest.raises(SyncError, match="is not a PostgreSQL sslmode"):
        secure_url(make_url("postgresql://k@db.example.org/db?sslmode=sure"))


def test_a_password_file_others_can_read_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "central-password"
    secret.write_text(SECRET + "\n")
    secret.chmod(0o644)
    config = kiosk_config(tmp_path, "postgresql://kiosk_1@db.example.org/kindness", sync__password_file=str(secret))
    with pytest.raises(SyncError) as caught:
        central_for(config, {})
    assert caught.value.code == "password_file_open"
    assert str(secret) in str(caught.value) and f"chmod 600 {secret}" in str(caught.value)
    secret.chmod(0o600)
    assert central_for(config, {}).password == SECRET


def test_status_shows_the_transport_and_no_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    toml = tmp_path / "kiosk.toml"
    toml.write_text('[sync]\ncentral_url = "postgresql://kiosk_1@db.example.org/kindness"\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv(PASSWORD_ENV, SECRET)
    config = settings.load(toml)
    with local_store(config) as local:
        from kiosk.core.clock import ManualClock

        record_answers(local, config, ManualClock(), 1)
    assert cli.main(["--config", str(toml), "sync", "--status"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Central database: postgresql://kiosk_1@db.example.org/kindness (every 60 s")
    assert out[1] == "Connection: TLS, server certificate checked (sslmode=verify-full)"
    assert SECRET not in "\n".join(out)


# -- on the real PostgreSQL ---------------------------------------------------------------------------------

@pytest.mark.postgres
def test_plain_text_to_another_machine_works_only_when_allowed_and_is_logged_each_connect(
        tmp_path: Path, pg_url: str, caplog: pytest.LogCaptureFixture) -> None:
    central = central_db(pg_url)
    try:
        login = kiosk_login(central, pg_url, "riverside", "kiosk-1")
    finally:
        central.dispose()
    # The certificate would name db.example.org; the connection goes to the test server (no TLS) on loopback.
    url = make_url(login.url).set(host="db.example.org").update_query_dict(
        {"hostaddr": "127.0.0.1", "sslmode": "disable"}).render_as_string(hide_password=False)
    with pytest.raises(SyncError, match=r"sync\.allow_plaintext"):
        central_for(kiosk_config(tmp_path, url), login.env)
    where = central_for(kiosk_config(tmp_path, url, sync__allow_plaintext=True), login.env)
    engine = central_engine(where)
    caplog.set_level(logging.WARNING, logger="kiosk.sync.connect")
    try:
        for _ in range(2):
            with engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT kiosk_id()").scalar_one() == "kiosk-1"
            engine.dispose()  # a new connection next time
    finally:
        engine.dispose()
    warnings = [r.getMessage() for r in caplog.records if "WITHOUT verified TLS" in r.getMessage()]
    assert len(warnings) == 2 and "sslmode=disable" in warnings[0]
    assert login.password not in " ".join(warnings)


@pytest.mark.postgres
def test_the_local_store_never_holds_the_password(tmp_path: Path, pg_url: str) -> None:
    from kiosk.core.clock import ManualClock
    from kiosk.sync.cycle import SyncCycle

    central = central_db(pg_url)
    try:
        login = kiosk_login(central, pg_url, "riverside", "kiosk-1")
    finally:
        central.dispose()
    secret = tmp_path / "central-password"
    secret.write_text(login.password + "\n")
    secret.chmod(0o600)
    config = kiosk_config(tmp_path, login.url, sync__password_file=str(secret))
    with local_store(config) as local:
        record_answers(local, config, ManualClock(), 3)
    cycle = SyncCycle(config, ManualClock())
    try:
        assert cycle.run().ok
    finally:
        cycle.close()
    stored = b"".join(p.read_bytes() for p in config.data_dir.iterdir() if p.is_file())
    assert login.password.encode() not in stored
