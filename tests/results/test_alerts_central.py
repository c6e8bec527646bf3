"""Alerts in the central PostgreSQL database, each check made as the real role over TCP: a manager evaluates and
sees every site's alerts, staff see and acknowledge only their sites' (and only the acknowledge/close columns),
kiosks see none. Row-level security and grants do this in the server, not our code."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from psycopg import errors
from sqlalchemy import Engine, text

from kiosk.cli import main
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.core.errors import StorageError
from kiosk.data.engine import make_engine
from kiosk.results.alerts import Alerts
from kiosk.results.alerts_store import AlertInputError
from kiosk.results.rules.alerts import State
from kiosk.sync.central import UserCredentials, add_kiosk, add_site, add_user, init_central
from tests.support.pgserver import PgServer
from tests.sync.conftest import login

pytestmark = pytest.mark.postgres

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday


@pytest.fixture
def central(pg_url: str) -> Iterator[Engine]:
    engine = make_engine(pg_url)
    try:
        init_central(engine)
        add_site(engine, "north", "North Library", "Europe/London")
        add_site(engine, "south", "South Hub", "Europe/London")
        yield engine
    finally:
        engine.dispose()


def seed(central: Engine, site: str, kiosk: str, yes: int, no: int) -> None:
    rows = [{"id": uuid.uuid4(), "site": site, "kiosk": kiosk, "at": NOW - timedelta(hours=1),
             "day": date(2026, 11, 25), "answer": "yes" if i < yes else "no"} for i in range(yes + no)]
    with central.begin() as conn:
        conn.execute(text("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, digest) "
                          "VALUES (:id, :site, :kiosk, :at, :day, :answer, 'en', NULL)"), rows)


def as_role(pg_server: PgServer, central: Engine, user: UserCredentials) -> Engine:
    return make_engine(pg_server.url(central.url.database or "", user.role_name, user.password))


@pytest.fixture
def raised(central: Engine, pg_server: PgServer) -> Iterator[tuple[Engine, list[Any]]]:
    """A manager's evaluation: north and south both low, and north's second kiosk silent since it was added."""
    seed(central, "north", "north-1", 10, 25)
    seed(central, "south", "south-1", 5, 30)
    for kiosk in ("north-1", "north-2", "south-1"):
        add_kiosk(central, kiosk.split("-")[0], kiosk)
    with central.begin() as conn:
        conn.execute(text("UPDATE kiosk_account SET created_at = :t"), {"t": NOW - timedelta(days=10)})
    manager = as_role(pg_server, central, add_user(central, "manager", "boss"))
    try:
        alerts = Alerts.central(manager, settings.load(env={}), ManualClock(NOW)).evaluate()
        yield manager, alerts
    finally:
        manager.dispose()


def test_a_manager_evaluates_and_sees_every_site(raised: tuple[Engine, list[Any]]) -> None:
    manager, alerts = raised
    assert sorted(a.key for a in alerts) == ["north/low_rate", "north/silent/north-2", "south/low_rate"]
    again = Alerts.central(manager, settings.load(env={}), ManualClock(NOW))
    assert sorted(a.id for a in again.evaluate()) == sorted(a.id for a in alerts)  # raised once
    south = next(a for a in alerts if a.site == "south")
    assert again.close(south.short_id, "area manager").alert.state is State.CLOSED


def test_staff_see_and_acknowledge_only_their_sites_alerts(raised: tuple[Engine, list[Any]], central: Engine,
                                                          pg_server: PgServer) -> None:
    _, alerts = raised
    south = next(a for a in alerts if a.site == "south")
    alice = add_user(central, "staff", "alice", ["north"])
    engine = as_role(pg_server, central, alice)
    try:
        staff = Alerts.central(engine, settings.load(env={}), ManualClock(NOW))
        mine = staff.open()
        assert sorted(a.key for a in mine) == ["north/low_rate", "north/silent/north-2"]
        low = next(a for a in mine if a.rule == "low_rate")
        done = staff.acknowledge(low.short_id, "north duty manager", "Team briefing on Friday").alert
        assert (done.state, done.acknowledged_by) == (State.ACKNOWLEDGED, "north duty manager")
        with pytest.raises(AlertInputError, match=r"there is no alert .* \(or you may not see it\)"):
            staff.acknowledge(south.short_id, "alice", "")
        with pytest.raises(StorageError, match="could not read the sites: this database user may not"):
            staff.evaluate()  # evaluating reads every answer: a manager's job
    finally:
        engine.dispose()
    with login(pg_server, central, alice.role_name, alice.password) as conn:
        assert conn.execute("UPDATE result_alert SET state = 'closed' WHERE site = 'south'").rowcount == 0
        for statement in ("UPDATE result_alert SET details = '{}'", "UPDATE result_alert SET site = 'south'",
                          "DELETE FROM result_alert",
                          "INSERT INTO result_alert (id, key, site, rule, kiosk, state, since, details, raised_at, "
                          "checked_at, mail_attempts) VALUES (gen_random_uuid(), 'k', 'north', 'low_rate', '', "
                          "'new', now(), '{}', now(), now(), 0)"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
    with central.connect() as admin:
        states = {k: v for k, v in admin.execute(text("SELECT key, state FROM result_alert")).all()}
    assert states == {"north/low_rate": "acknowledged", "north/silent/north-2": "new", "south/low_rate": "new"}


def test_kiosks_see_no_alerts(raised: tuple[Engine, list[Any]], central: Engine, pg_server: PgServer) -> None:
    creds = add_kiosk(central, "north", "north-3")
    with login(pg_server, central, creds.role_name, creds.password) as conn:
        for statement in ("SELECT id FROM result_alert", "UPDATE result_alert SET state = 'closed'"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)


def test_the_command_lists_a_staff_members_alerts_from_the_central_database(
        raised: tuple[Engine, list[Any]], central: Engine, pg_server: PgServer, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    bob = add_user(central, "staff", "bob", ["south"])
    secret = tmp_path / "pw"
    secret.write_text(bob.password + "\n", encoding="utf-8")
    secret.chmod(0o600)
    url = pg_server.url(central.url.database or "", bob.role_name).replace("+psycopg", "")
    assert main(["results", "alerts", "--source", "central", "--url", url, "--password-file", str(secret)]) == 0
    out, _ = capsys.readouterr()
    header, row = out.splitlines()
    assert header.startswith("ID")
    assert "south" in row and "Kindness rate below 60%: kindness rate 14%" in row and "north" not in out
    assert main(["results", "alerts", "--source", "central", "--url", url, "--password-file", str(secret),
                 "--evaluate"]) == 2
    _, err = capsys.readouterr()
    assert err.startswith("kiosk: could not read the sites: this database user may not") and "Traceback" not in err
