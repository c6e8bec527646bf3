"""Plain words for people: a revoked kiosk, a wrong password, a certificate that cannot be trusted (or a server
without TLS) and a full disk each become a typed error with a code and a sentence that says what to do — in the
sync's report (`kiosk sync --once`), the stored last error (`kiosk sync --status`), the log, and the staff
screen — made from real errors: the test PostgreSQL, a real TLS handshake, a real SQLite size limit."""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from kiosk.core.clock import ManualClock
from kiosk.core.errors import KioskError, StorageError, SyncError
from kiosk.core.events import Event, SyncFinished
from kiosk.data.engine import make_engine
from kiosk.data.services import Services
from kiosk.shell.error_words import error_words
from kiosk.sync.central import revoke_kiosk
from kiosk.sync.cycle import CycleReport, SyncCycle
from kiosk.sync.problems import sync_problem
from kiosk.sync.status import read_status, render
from tests.sync.kiosks import Login, central_db, kiosk_config, kiosk_login, local_store, record_answers


def _cycle(tmp_path: Path, url: str, env: dict[str, str]) -> tuple[CycleReport, KioskError]:
    """One real sync cycle of a kiosk with 2 answers waiting; its report and the problem it published."""
    config = kiosk_config(tmp_path, url)
    clock = ManualClock()
    with local_store(config) as local:
        record_answers(local, config, clock, 2)
    published: list[Event] = []
    services = Services(config, clock, publish=published.append)
    cycle = SyncCycle(config, clock, env=env, services=services)
    try:
        report = cycle.run()
    finally:
        cycle.close()
        services.close()
    [finished] = [e for e in published if isinstance(e, SyncFinished)]
    assert not report.ok and not finished.ok and finished.problem is not None
    assert report.error == str(finished.problem)
    status = Services(config, clock, repair=False)
    try:
        lines = render(read_status(config, status.engine()), datetime.now(UTC))
    finally:
        status.close()
    assert any(line.startswith("Last error: ") and line.endswith(str(finished.problem)) for line in lines)
    return report, finished.problem


def _words_for_staff(problem: KioskError) -> str:
    words = error_words(problem)
    assert words != error_words(KioskError())  # not the "something went wrong" of an unknown error
    assert "Error" not in words and "psycopg" not in words
    return words


@pytest.fixture
def login(pg_url: str) -> Iterator[tuple[Login, str]]:
    central = central_db(pg_url)
    try:
        yield kiosk_login(central, pg_url, "riverside", "kiosk-1"), pg_url
    finally:
        central.dispose()


@pytest.mark.postgres
def test_a_wrong_password(login: tuple[Login, str], tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    kiosk, _ = login
    caplog.set_level(logging.WARNING, logger="kiosk.sync.cycle")
    report, problem = _cycle(tmp_path, kiosk.url, {"KIOSK_CENTRAL_PASSWORD": "not-the-password"})
    assert problem.code == "central_password"
    assert report.error is not None and report.error.startswith(
        "The central database did not accept this kiosk's password. Ask an administrator for this kiosk's current "
        "password file")
    assert "OperationalError" not in report.error
    assert any(report.error in r.getMessage() and "central_password" in r.getMessage() for r in caplog.records)
    assert "password file" in _words_for_staff(problem)


@pytest.mark.postgres
def test_a_revoked_kiosk(login: tuple[Login, str], tmp_path: Path) -> None:
    kiosk, pg_url = login
    admin = make_engine(pg_url)  # the admin's own engine
    try:
        revoke_kiosk(admin, "kiosk-1")
    finally:
        admin.dispose()
    report, problem = _cycle(tmp_path, kiosk.url, kiosk.env)
    assert problem.code == "central_revoked"
    assert report.error is not None and "has been revoked" in report.error and "add-kiosk" in report.error
    assert "revoked" in _words_for_staff(problem)


@pytest.mark.postgres
def test_a_server_without_tls_when_verify_full_is_needed(login: tuple[Login, str], tmp_path: Path) -> None:
    kiosk, _ = login
    remote = make_url(kiosk.url).set(host="db.example.org").update_query_dict({"hostaddr": "127.0.0.1"})
    report, problem = _cycle(tmp_path, remote.render_as_string(hide_password=False), kiosk.env)
    assert problem.code == "central_no_tls"  # libpq: "server does not support SSL, but SSL was required"
    assert report.error is not None and "switch on TLS" in report.error
    assert "encrypted" in _words_for_staff(problem)


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """A server that answers PostgreSQL's SSLRequest with 'S' and then shows a self-signed certificate for
    db.example.org; and a root certificate the kiosk trusts (another one), so libpq's own check fails."""
    def self_signed(name: str) -> tuple[Path, Path]:
        key, cert = tmp_path / f"{name}.key", tmp_path / f"{name}.crt"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", f"/CN={name}"],
                       check=True, capture_output=True, timeout=60)
        return key, cert

    key, cert = self_signed("db.example.org")
    _, trusted = self_signed("Some Other Root")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(30)

    def serve() -> None:
        try:
            while True:
                conn, _ = listener.accept()
                with conn:
                    conn.recv(8)  # SSLRequest
                    conn.sendall(b"S")
                    with contextlib.suppress(ssl.SSLError, OSError):  # the client refuses the certificate
                        context.wrap_socket(conn, server_side=True).close()
        except OSError:
            return  # closed

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], trusted
    with contextlib.suppress(OSError):
        listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() (Linux), so the thread ends now
    listener.close()
    thread.join(timeout=30)
    assert not thread.is_alive()


def test_a_certificate_the_kiosk_cannot_trust(tls_server: tuple[int, Path], tmp_path: Path) -> None:
    port, trusted = tls_server
    url = f"postgresql://kiosk_1@db.example.org:{port}/kindness?hostaddr=127.0.0.1&sslrootcert={trusted}"
    report, problem = _cycle(tmp_path, url, {"KIOSK_CENTRAL_PASSWORD": "pw"})
    assert problem.code == "central_certificate"  # libpq: "SSL error: certificate verify failed"
    assert report.error is not None and "renew the server's certificate" in report.error
    assert "certificate" in _words_for_staff(problem)


def test_a_full_disk(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from kiosk.data.content import publish_content

    central = central_db(str(tmp_path / "central.sqlite3"))
    try:
        for n in range(60):
            publish_content(central, "riverside", "listing", {"title": f"Coffee morning {n}", "text": "x" * 2000},
                            "sam")
    finally:
        central.dispose()
    config = kiosk_config(tmp_path, str(tmp_path / "central.sqlite3"))
    clock = ManualClock()
    with local_store(config) as local:
        record_answers(local, config, clock, 2)
        with local.connect() as conn:
            full = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
    published: list[Event] = []
    services = Services(config, clock, publish=published.append)
    engine = services.engine()

    @event.listens_for(engine, "connect")
    def _limit(dbapi: object, _record: object) -> None:  # SQLite's own limit: as if the card were full
        dbapi.execute(f"PRAGMA max_page_count = {int(full) + 2}")  # type: ignore[attr-defined]

    engine.dispose()
    caplog.set_level(logging.WARNING, logger="kiosk.sync.cycle")
    cycle = SyncCycle(config, clock, services=services)
    try:
        report = cycle.run()
    finally:
        cycle.close()
        services.close()
    [finished] = [e for e in published if isinstance(e, SyncFinished)]
    assert not report.ok and finished.problem is not None and finished.problem.code == "disk_full"
    assert isinstance(finished.problem, StorageError)
    assert report.error is not None and report.error.startswith("This kiosk's storage is full")
    assert any("storage is full" in r.getMessage() for r in caplog.records)
    assert "storage is full" in _words_for_staff(finished.problem)


@pytest.mark.parametrize(("error", "code"), [
    (OSError(28, "No space left on device"), "disk_full"),
    (StorageError("database or disk is full"), "disk_full"),
    (SyncError("already in words", code="url_password"), "url_password"),
    (RuntimeError("could not extend file \"base/1/2\": No space left on device"), "central_disk_full"),
])
def test_the_mapping_of_other_errors(error: BaseException, code: str) -> None:
    assert sync_problem(error).code == code


def test_a_cycle_after_a_failure_says_it_is_well_again_and_a_healthy_one_says_nothing(tmp_path: Path) -> None:
    central_file = tmp_path / "central.sqlite3"
    config = kiosk_config(tmp_path, str(central_file))
    clock = ManualClock()
    heard: list[Event] = []
    services = Services(config, clock, publish=heard.append)
    cycle = SyncCycle(config, clock, services=services)
    try:
        assert not cycle.run().ok  # no central database file yet
        central_db(str(central_file)).dispose()
        assert cycle.run().ok
        assert cycle.run().ok
    finally:
        cycle.close()
        services.close()
    finished = [e for e in heard if isinstance(e, SyncFinished)]
    assert [e.ok for e in finished] == [False, True]  # the third, healthy like the one before, says nothing
    assert finished[0].problem is not None and "does not exist" in str(finished[0].problem)
