"""Nothing false gets in centrally, checked as the kiosk's own PostgreSQL role (over TCP, its own password):
forged values are refused by CHECK constraints, server-owned columns cannot be named, misdated and excess
records are kept aside in `quarantine` (and reported), heartbeats count by their arrival, a kiosk gets no
temp tables or pg_temp functions, `kiosk central init` takes away hand-made grants and policies and says so,
and the organisation-wide export still works after all of it.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors, sql
from sqlalchemy import URL, Engine, text
from sqlalchemy.engine import make_url

from kiosk.checkin.store import CheckInService
from kiosk.data.engine import make_engine
from kiosk.sync.central import KioskCredentials, add_user, health, init_central, role_names
from kiosk.sync.checks import ANSWERS_LIMIT, CONFLICTS_LIMIT, kept_aside, quarantined, set_limits
from tests.helpers import child_env, run_kiosk
from tests.support.pgserver import PgServer
from tests.sync.conftest import login

pytestmark = pytest.mark.postgres

KioskLogin = tuple[KioskCredentials, psycopg.Connection[Any]]
_CHECKIN_INSERT = ("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, digest) "
                   "VALUES (%(id)s, %(site)s, %(kiosk)s, %(answered_at)s, %(local_date)s, %(answer)s, %(language)s, "
                   "%(digest)s)")


def _now() -> datetime:
    return datetime.now(UTC)


def _checkin(**extra: Any) -> dict[str, Any]:
    at = extra.pop("answered_at", _now())
    row = {"id": uuid.uuid4(), "site": "north", "kiosk": "north-1", "answered_at": at, "local_date": at.date(),
           "answer": "yes", "language": "en", "digest": "d" * 64}
    return row | extra


def _count(engine: Engine, query: str, **params: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(query), params).scalar_one())


# -- forged values: refused by the server ------------------------------------------------------------------

@pytest.mark.parametrize(("column", "value"), [("answer", "HACKED"), ("language", "zz-INVALID!!"),
                                               ("language", "<script>"), ("digest", "not-a-digest")])
def test_forged_check_in_values_are_refused(kiosk: KioskLogin, central: Engine, column: str, value: str) -> None:
    _, conn = kiosk
    with pytest.raises(errors.CheckViolation, match=f"ck_checkin_{column}"):
        conn.execute(_CHECKIN_INSERT, _checkin(**{column: value}))
    conn.execute(_CHECKIN_INSERT, _checkin(language="pt_BR"))  # a real language code of the config's form
    assert _count(central, "SELECT count(*) FROM checkin") == 1


def test_other_forged_values_are_refused(kiosk: KioskLogin, central: Engine) -> None:
    _, conn = kiosk
    parent = _checkin()
    conn.execute(_CHECKIN_INSERT, parent)
    attempts = [
        ("INSERT INTO checkin_followup (id, checkin_id, site, kiosk, followup, answered_at, digest) "
         "VALUES (gen_random_uuid(), %s, 'north', 'north-1', 'HACKED', now(), %s)", [parent["id"], "d" * 64]),
        ("INSERT INTO heartbeat (id, site, kiosk, sent_at, app_version, pending, uptime_seconds) "
         "VALUES (gen_random_uuid(), 'north', 'north-1', now(), '1.0', -5, 1)", None),
        ("INSERT INTO heartbeat (id, site, kiosk, sent_at, app_version, pending, uptime_seconds) "
         "VALUES (gen_random_uuid(), 'north', 'north-1', now(), '1.0', 0, 'NaN')", None),
        ("INSERT INTO wall_message (id, site, kiosk, created_at, text, language, flags, status_at_creation) "
         "VALUES (gen_random_uuid(), 'north', 'north-1', now(), repeat('x', 20000), 'en', '', 'pending')", None),
        ("INSERT INTO wall_message (id, site, kiosk, created_at, text, language, flags, status_at_creation) "
         "VALUES (gen_random_uuid(), 'north', 'north-1', now(), 'hi', 'zz-INVALID!!', '', 'pending')", None),
        ("INSERT INTO sync_conflict (id, table_name, record_id, site, kiosk, digest, payload) "
         "VALUES (gen_random_uuid(), 'kiosk_account', gen_random_uuid(), 'north', 'north-1', %s, '{}')", ["e" * 64]),
        ("INSERT INTO content_change (id, site, kiosk, content_id, kind, base_version, payload, archived, "
         "staff_label, created_at) VALUES (gen_random_uuid(), 'north', 'north-1', gen_random_uuid(), 'HACKED', 0, "
         "'{}', false, 'x', now())", None),
    ]
    for statement, params in attempts:
        # A kiosk may not write content_change at all (migration 0008): refused before any CHECK is reached.
        refusal = errors.InsufficientPrivilege if "content_change" in statement else errors.CheckViolation
        with pytest.raises(refusal):
            conn.execute(statement, params)
            pytest.fail(f"not refused: {statement}")
    for table in ("checkin_followup", "heartbeat", "wall_message", "sync_conflict", "content_change"):
        assert _count(central, f"SELECT count(*) FROM {table}") == 0, table


def test_server_owned_columns_cannot_be_named_and_are_the_servers(kiosk: KioskLogin, central: Engine) -> None:
    """A forged synced_at (the "rows synced since the theft" query relies on it) or received_at is refused;
    left out, the server's own clock fills it."""
    _, conn = kiosk
    forged = _checkin()
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        conn.execute("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, digest, "
                     "synced_at) VALUES (%(id)s, %(site)s, %(kiosk)s, %(answered_at)s, %(local_date)s, %(answer)s, "
                     "%(language)s, %(digest)s, '2000-01-01')", forged)
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        conn.execute("INSERT INTO sync_conflict (id, table_name, record_id, site, kiosk, received_at, digest, "
                     "payload) VALUES (gen_random_uuid(), 'checkin', gen_random_uuid(), 'north', 'north-1', "
                     "'2000-01-01', %s, '{}')", ["e" * 64])
    before = _now()
    conn.execute(_CHECKIN_INSERT, forged)
    with central.connect() as admin:
        synced = admin.execute(text("SELECT synced_at FROM checkin")).scalar_one()
    assert before - timedelta(seconds=5) <= synced <= _now() + timedelta(seconds=5)


def test_a_wall_message_arrives_pending_whatever_the_kiosk_says(kiosk: KioskLogin, central: Engine) -> None:
    _, conn = kiosk
    conn.execute("INSERT INTO wall_message (id, site, kiosk, created_at, text, language, flags, status_at_creation, "
                 "digest) VALUES (gen_random_uuid(), 'north', 'north-1', now(), 'Approved by nobody', 'en', '', "
                 "'approved', %s)", ["d" * 64])
    with central.connect() as admin:
        assert admin.execute(text("SELECT status_at_creation FROM wall_message")).scalar_one() == "pending"


# -- misdated and excess records: kept aside, reported --------------------------------------------------------

def test_a_check_in_dated_2099_is_kept_aside_with_its_follow_up(kiosk: KioskLogin, central: Engine) -> None:
    _, conn = kiosk
    future = _checkin(answered_at=datetime(2099, 1, 1, tzinfo=UTC))
    conn.execute(_CHECKIN_INSERT, future)
    conn.execute(_CHECKIN_INSERT, _checkin(answered_at=datetime(2019, 12, 31, tzinfo=UTC)))
    conn.execute("INSERT INTO checkin_followup (id, checkin_id, site, kiosk, followup, answered_at, digest) "
                 "VALUES (gen_random_uuid(), %s, 'north', 'north-1', 'staff', now(), %s)", [future["id"], "d" * 64])
    assert _count(central, "SELECT count(*) FROM checkin") == 0
    assert _count(central, "SELECT count(*) FROM checkin_followup") == 0
    rows, total = quarantined(central)
    assert total == 3
    assert {r.table_name for r in rows} == {"checkin", "checkin_followup"}
    assert any("ahead of the server's clock" in r.reason and "2099" in r.payload for r in rows)
    assert any(r.reason == "its check-in was kept aside" for r in rows)
    assert {(d.table_name, d.quarantined) for d in kept_aside(central)} == {("checkin", 2), ("checkin_followup", 1)}


def test_ten_thousand_rows_in_one_statement_are_bounded(kiosk: KioskLogin, central: Engine) -> None:
    _, conn = kiosk
    set_limits(central, {ANSWERS_LIMIT: 5000})
    flood = ("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, digest) "
             "SELECT gen_random_uuid(), 'north', 'north-1', now(), current_date, 'yes', 'en', repeat('d', 64) "
             "FROM generate_series(1, 10000)")
    conn.execute(flood)
    assert _count(central, "SELECT count(*) FROM checkin") == 5000
    assert _count(central, "SELECT count(*) FROM quarantine") == 5000
    conn.execute(flood)  # the same day again: nothing more stored; the quarantine keeps its bound and counts
    assert _count(central, "SELECT count(*) FROM checkin") == 5000
    assert _count(central, "SELECT count(*) FROM quarantine") == 5000
    [day] = kept_aside(central)
    assert (day.kiosk, day.table_name, day.accepted, day.quarantined, day.discarded) == (
        "north-1", "checkin", 5000, 5000, 10000)
    assert any("over the limit of 5000 checkin rows" in r for r in day.reasons)


def test_a_thousand_sync_conflicts_are_bounded(kiosk: KioskLogin, central: Engine) -> None:
    _, conn = kiosk
    conn.execute("INSERT INTO sync_conflict (id, table_name, record_id, site, kiosk, digest, payload) "
                 "SELECT gen_random_uuid(), 'checkin', gen_random_uuid(), 'north', 'north-1', repeat('e', 64), "
                 "repeat('x', 1000) FROM generate_series(1, 1000)")
    assert _count(central, "SELECT count(*) FROM sync_conflict") == 200  # central.max_conflicts_per_kiosk_day
    [day] = kept_aside(central)
    assert (day.table_name, day.accepted, day.quarantined, day.discarded) == ("sync_conflict", 200, 200, 600)


def test_the_limit_counts_one_row_at_a_time_too(kiosk: KioskLogin, central: Engine) -> None:
    _, conn = kiosk
    set_limits(central, {ANSWERS_LIMIT: 10, CONFLICTS_LIMIT: 1})
    for _ in range(12):
        conn.execute(_CHECKIN_INSERT, _checkin())
    assert _count(central, "SELECT count(*) FROM checkin") == 10
    assert _count(central, "SELECT count(*) FROM quarantine WHERE table_name = 'checkin'") == 2


# -- liveness by the server's clock ---------------------------------------------------------------------------

def test_a_heartbeat_dated_2099_keeps_nobody_alive(kiosk: KioskLogin, central: Engine) -> None:
    _, conn = kiosk
    conn.execute("INSERT INTO heartbeat (id, site, kiosk, sent_at, app_version, pending, uptime_seconds, digest) "
                 "VALUES (gen_random_uuid(), 'north', 'north-1', '2099-01-01', '1.0', 0, 1, %s)", ["d" * 64])
    [north] = [h for h in health(central) if h.kiosk_id == "north-1"]
    assert north.silent and north.last_seen is None
    assert _count(central, "SELECT count(*) FROM quarantine WHERE table_name = 'heartbeat'") == 1
    conn.execute("INSERT INTO heartbeat (id, site, kiosk, sent_at, app_version, pending, uptime_seconds, digest) "
                 "VALUES (gen_random_uuid(), 'north', 'north-1', now() - interval '1 hour', '1.0', 0, 1, %s)",
                 ["d" * 64])
    [north] = [h for h in health(central) if h.kiosk_id == "north-1"]
    assert not north.silent and north.last_seen is not None  # dated an hour ago, *received* now
    assert abs(north.last_seen - _now()) < timedelta(minutes=1)


# -- what a kiosk's session may do -------------------------------------------------------------------------

def test_no_temp_tables_or_pg_temp_functions(kiosk: KioskLogin) -> None:
    _, conn = kiosk
    for statement in ("CREATE TEMP TABLE t (x int)", "CREATE TEMPORARY VIEW v AS SELECT 1",
                      "CREATE FUNCTION pg_temp.f() RETURNS int LANGUAGE sql AS 'SELECT 1'"):
        with pytest.raises(errors.InsufficientPrivilege, match="temporary"):
            conn.execute(statement)


def test_the_kiosk_role_starts_with_the_servers_timeouts(central: Engine, pg_server: PgServer) -> None:
    """The role's own settings apply at login. (PostgreSQL lets a session SET them again: docs/security.md.)"""
    from kiosk.sync.central import add_kiosk

    creds = add_kiosk(central, "north", "north-9")
    url = pg_server.url(central.url.database or "", creds.role_name, creds.password).replace("+psycopg", "")
    with psycopg.connect(url, autocommit=True) as conn:  # no options of its own
        shown = {k: conn.execute(sql.SQL("SHOW {}").format(sql.Identifier(k))).fetchone() for k in
                 ("statement_timeout", "idle_in_transaction_session_timeout", "lock_timeout")}
    assert shown == {"statement_timeout": ("2min",), "idle_in_transaction_session_timeout": ("1min",),
                     "lock_timeout": ("30s",)}


# -- init converges -----------------------------------------------------------------------------------------

@pytest.fixture
def admin_url(pg_url: str) -> Iterator[tuple[str, str]]:
    url = make_url(pg_url)
    yield (URL.create("postgresql", username=url.username, host=url.host, port=url.port,
                      database=url.database).render_as_string(hide_password=False), url.password or "")


def test_init_takes_away_hand_made_grants_and_policies_and_says_so(
        kiosk: KioskLogin, central: Engine, pg_server: PgServer, admin_url: tuple[str, str], tmp_path: Path) -> None:
    creds, conn = kiosk
    conn.execute(_CHECKIN_INSERT, _checkin())
    names = role_names(central)
    boss = add_user(central, "manager", "boss")
    with central.begin() as admin:
        for statement in ("GRANT SELECT ON checkin TO {}", "GRANT UPDATE (answer) ON checkin TO {}",
                          "GRANT SELECT ON kiosk_account TO {}", "CREATE POLICY leak ON checkin FOR SELECT TO {} "
                          "USING (true)", "ALTER ROLE {} SET statement_timeout = 0"):
            admin.execute(text(sql.SQL(statement).format(sql.Identifier(creds.role_name)).as_string(None)))
        admin.execute(text(sql.SQL("GRANT {} TO {}").format(sql.Identifier(names.manager),
                                                            sql.Identifier(creds.role_name)).as_string(None)))
        admin.execute(text(sql.SQL("GRANT TEMPORARY ON DATABASE {} TO {}").format(
            sql.Identifier(central.url.database or ""), sql.Identifier(names.kiosk)).as_string(None)))
    assert conn.execute("SELECT answer FROM checkin").fetchall() == [("yes",)]  # the leak works

    url, password = admin_url
    proc = run_kiosk(["central", "init", "--url", url], cwd=tmp_path,
                     env=child_env(KIOSK_CENTRAL_ADMIN_PASSWORD=password))
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 0, err
    for said in (f"{creds.role_name}: SELECT on table public.checkin", f"{creds.role_name}: UPDATE (answer) on table "
                 "public.checkin", f"{creds.role_name}: SELECT on table public.kiosk_account", "policy leak on table "
                 "public.checkin", f"{creds.role_name}: member of role {names.manager}",
                 f"{creds.role_name}: setting statement_timeout=0", f"{names.kiosk}: TEMPORARY on database"):
        assert said in out, (said, out)
    assert "Traceback" not in err

    with login(pg_server, central, creds.role_name, creds.password) as again:
        with pytest.raises(errors.InsufficientPrivilege):
            again.execute("SELECT answer FROM checkin")
        assert again.execute("SHOW statement_timeout").fetchone() == ("2min",)
        again.execute(_CHECKIN_INSERT, _checkin())  # what the model grants still works
        assert again.execute("SELECT count(*) FROM checkin").fetchone() == (2,)  # (id, digest) of its own rows
    with login(pg_server, central, boss.role_name, boss.password) as manager:
        assert manager.execute("SELECT count(*) FROM checkin").fetchone() == (2,)
    second = init_central(central)  # converged: nothing more to take away
    assert second.removed == [] and second.not_removed == []


def test_init_warns_that_only_pg_hba_keeps_kiosks_out_of_other_databases(central: Engine) -> None:
    report = init_central(central)
    assert any("postgres" in w and "pg_hba.conf" in w for w in report.warnings)


# -- reports still work after the attacks -------------------------------------------------------------------

def test_the_organisation_wide_export_survives_the_attacks(kiosk: KioskLogin, central: Engine,
                                                            admin_url: tuple[str, str], tmp_path: Path) -> None:
    _, conn = kiosk
    conn.execute(_CHECKIN_INSERT, _checkin())
    for forged in ({"answer": "HACKED"}, {"language": "zz-INVALID!!"}):
        with pytest.raises(errors.CheckViolation):
            conn.execute(_CHECKIN_INSERT, _checkin(**forged))
    conn.execute(_CHECKIN_INSERT, _checkin(answered_at=datetime(2099, 1, 1, tzinfo=UTC)))
    with central.begin() as admin:  # a row stored before the checks existed
        admin.execute(text("ALTER TABLE checkin DROP CONSTRAINT ck_checkin_answer"))
        admin.execute(text("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, digest) "
                           "VALUES (gen_random_uuid(), 'south', 'south-1', now(), current_date, 'HACKED', 'en', "
                           "repeat('d', 64))"))
        admin.execute(text("ALTER TABLE checkin ADD CONSTRAINT ck_checkin_answer "
                           "CHECK (answer IN ('yes', 'not_sure', 'no')) NOT VALID"))
    url, password = admin_url
    proc = run_kiosk(["export", "--source", "central", "--url", url, "--out", "-"],
                     cwd=tmp_path, env=child_env(KIOSK_CENTRAL_ADMIN_PASSWORD=password))
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 0 and "Traceback" not in err, err
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [(r["site"], r["answer"]) for r in rows] == [("north", "yes")]
    assert "left out 1 check-in(s)" in err and "'HACKED'" in err
    left_out: list[str] = []
    manager = add_user(central, "manager", "boss")
    as_manager = make_engine(central.url.set(username=manager.role_name, password=manager.password)
                             .render_as_string(hide_password=False))
    try:
        assert len(list(CheckInService(as_manager).rows(left_out=left_out))) == 1 and len(left_out) == 1
    finally:
        as_manager.dispose()


def test_kiosk_central_quarantine_reports_in_words(kiosk: KioskLogin, central: Engine,
                                                   admin_url: tuple[str, str], tmp_path: Path) -> None:
    _, conn = kiosk
    url, password = admin_url
    env = child_env(KIOSK_CENTRAL_ADMIN_PASSWORD=password)
    proc = run_kiosk(["central", "quarantine", "--url", url], cwd=tmp_path, env=env)
    assert proc.returncode == 0 and "nothing kept aside" in proc.stdout.decode()
    conn.execute(_CHECKIN_INSERT, _checkin(answered_at=datetime(2099, 1, 1, tzinfo=UTC)))
    proc = run_kiosk(["central", "quarantine", "--url", url], cwd=tmp_path, env=env)
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr.decode()
    assert "north-1" in out and "ahead of the server's clock" in out and "1 record(s) kept aside" in out
