"""Least privilege on the central PostgreSQL, enforced by the server: every check logs in over TCP as the
real kiosk, staff or manager role with its own password and asks the server to do something.

The kiosk may append its own site's rows and read back (id, digest) of its own kiosk's rows and its own
site's content; everything else — other sites, other kiosks, other columns, UPDATE, DELETE, the account
tables, CREATE — is refused by PostgreSQL (grants + row-level security), not by our code.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import psycopg
import pytest
from psycopg import errors, sql
from sqlalchemy import Engine, text

from kiosk.checkin.store import CheckInService
from kiosk.data.engine import make_engine
from kiosk.sync import roles
from kiosk.sync.central import (
    CentralError,
    KioskCredentials,
    add_kiosk,
    add_site,
    add_user,
    health,
    revoke_kiosk,
    role_names,
)
from tests.support.pgserver import PgServer
from tests.sync.conftest import login as _login

pytestmark = pytest.mark.postgres

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)




def _checkin(site: str, kiosk: str, **extra: Any) -> dict[str, Any]:
    row = {"id": uuid.uuid4(), "site": site, "kiosk": kiosk, "answered_at": NOW, "local_date": date(2026, 11, 25),
           "answer": "yes", "language": "en", "digest": "d" * 64}
    row.update(extra)
    return row


def _insert_checkin(conn: psycopg.Connection[Any], row: dict[str, Any]) -> None:
    cols = list(row)
    q = sql.SQL("INSERT INTO checkin ({}) VALUES ({})").format(
        sql.SQL(", ").join(map(sql.Identifier, cols)), sql.SQL(", ").join(sql.Placeholder() * len(cols)))
    conn.execute(q, [row[c] for c in cols])


def _admin_insert_checkin(engine: Engine, row: dict[str, Any]) -> None:
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, digest) "
                          "VALUES (:id, :site, :kiosk, :answered_at, :local_date, :answer, :language, :digest)"),
                     row)


def _content(engine: Engine, site: str, payload: str) -> uuid.UUID:
    cid = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO site_content (id, site, kind, payload, version, archived, updated_at, "
                          "updated_by, change_seq) VALUES (:id, :site, 'listing', :p, 1, false, now(), 'admin', 0)"),
                     {"id": cid, "site": site, "p": payload})
    return cid


# -- the kiosk role ---------------------------------------------------------------------------------------

def test_kiosk_inserts_its_own_sites_check_ins(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                                central: Engine) -> None:
    _, conn = kiosk
    mine = _checkin("north", "north-1")
    _insert_checkin(conn, mine)
    follow = {"id": uuid.uuid4(), "checkin_id": mine["id"], "site": "north", "kiosk": "north-1",
              "followup": "staff", "answered_at": NOW}
    conn.execute("INSERT INTO checkin_followup (id, checkin_id, site, kiosk, followup, answered_at) "
                 "VALUES (%(id)s, %(checkin_id)s, %(site)s, %(kiosk)s, %(followup)s, %(answered_at)s)", follow)
    conn.execute("INSERT INTO heartbeat (id, site, kiosk, sent_at, app_version, pending, uptime_seconds) "
                 "VALUES (%s, 'north', 'north-1', now(), '0.1.0', 0, 1.5)", [uuid.uuid4()])
    conn.execute("INSERT INTO sync_conflict (id, table_name, record_id, site, kiosk, digest, payload) "
                 "VALUES (%s, 'checkin', %s, 'north', 'north-1', %s, '{}')", [uuid.uuid4(), mine["id"], "e" * 64])
    with central.connect() as admin:
        assert admin.execute(text("SELECT count(*) FROM checkin WHERE kiosk = 'north-1'")).scalar_one() == 1
        assert admin.execute(text("SELECT count(*) FROM sync_conflict")).scalar_one() == 1


def test_the_push_protocol_works_as_the_kiosk(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                              central: Engine) -> None:
    """INSERT … SELECT FROM unnest(arrays) ON CONFLICT (id) DO NOTHING RETURNING id, read back (id, digest):
    no temp table (a kiosk has no TEMP), and never synced_at (the server's clock fills it)."""
    _, conn = kiosk
    old = _checkin("north", "north-1", digest="a" * 64)
    _insert_checkin(conn, old)
    new = _checkin("north", "north-1", digest="b" * 64)
    rows = [old | {"digest": "c" * 64}, new]
    columns = [[str(r[c]) for r in rows] for c in ("id", "site", "kiosk", "answered_at", "local_date", "answer",
                                                    "language", "digest")]
    with conn.transaction():
        inserted = conn.execute(
            "INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, digest) "
            "SELECT u.id::uuid, u.site, u.kiosk, u.at::timestamptz, u.day::date, u.answer, u.language, u.digest "
            "FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], "
            "%s::text[]) AS u(id, site, kiosk, at, day, answer, language, digest) "
            "ON CONFLICT (id) DO NOTHING RETURNING id", columns).fetchall()
        assert inserted == [(new["id"],)]
        back = conn.execute("SELECT id, digest FROM checkin WHERE id = ANY(%s)", [[old["id"]]]).fetchall()
        assert back == [(old["id"], "a" * 64)]  # same id, other digest: a conflict
    horizon = conn.execute("SELECT sync_horizon()").fetchone()
    assert horizon is not None and horizon[0] > 0


@pytest.mark.parametrize(("site", "kiosk_id"), [("south", "north-1"), ("north", "north-2"), ("south", "south-1")])
def test_kiosk_cannot_insert_for_another_site_or_kiosk(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                                       site: str, kiosk_id: str) -> None:
    _, conn = kiosk
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        _insert_checkin(conn, _checkin(site, kiosk_id))
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        conn.execute("INSERT INTO heartbeat (id, site, kiosk, sent_at, app_version, pending, uptime_seconds) "
                     "VALUES (%s, %s, %s, now(), '0.1.0', 0, 1.5)", [uuid.uuid4(), site, kiosk_id])
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        conn.execute("INSERT INTO sync_conflict (id, table_name, record_id, site, kiosk, digest, "
                     "payload) VALUES (%s, 'checkin', %s, %s, %s, %s, '{}')",
                     [uuid.uuid4(), uuid.uuid4(), site, kiosk_id, "e" * 64])


def test_kiosk_reads_only_id_and_digest_of_its_own_rows(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                                        central: Engine, pg_server: PgServer) -> None:
    _, conn = kiosk
    mine = _checkin("north", "north-1")
    _insert_checkin(conn, mine)
    for other in (_checkin("north", "north-2"), _checkin("south", "south-1")):
        _admin_insert_checkin(central, other)
    for query in ("SELECT * FROM checkin", "SELECT answer FROM checkin", "SELECT id FROM checkin WHERE site = 'x'",
                  "SELECT count(*) FROM checkin_followup WHERE kiosk = 'x'", "SELECT * FROM heartbeat"):
        with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
            conn.execute(query)
    assert conn.execute("SELECT id, digest FROM checkin").fetchall() == [(mine["id"], mine["digest"])]
    assert conn.execute("SELECT count(*) FROM checkin").fetchone() == (1,)


def test_kiosk_reads_only_its_own_sites_content(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                                central: Engine) -> None:
    _, conn = kiosk
    north = _content(central, "north", '{"title": "Coffee morning"}')
    _content(central, "south", '{"title": "secret south"}')
    rows = conn.execute("SELECT id, site, payload FROM site_content").fetchall()
    assert rows == [(north, "north", '{"title": "Coffee morning"}')]
    assert conn.execute("SELECT count(*) FROM site_content WHERE site = 'south'").fetchone() == (0,)


def test_kiosk_cannot_update_or_delete(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                       central: Engine) -> None:
    _, conn = kiosk
    mine = _checkin("north", "north-1")
    _insert_checkin(conn, mine)
    _content(central, "north", "{}")
    for statement in ("UPDATE checkin SET answer = 'no'", "DELETE FROM checkin", "TRUNCATE checkin",
                      "UPDATE site_content SET payload = '{}'", "DELETE FROM site_content",
                      "DELETE FROM heartbeat", "UPDATE sync_conflict SET payload = ''",
                      "INSERT INTO site_content (id, site, kind, payload, version, archived, updated_at, updated_by, "
                      "change_seq) VALUES (gen_random_uuid(), 'north', 'x', '{}', 1, false, now(), 'k', 0)"):
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(statement)
    with central.connect() as admin:
        assert admin.execute(text("SELECT answer FROM checkin")).scalar_one() == "yes"


@pytest.mark.parametrize("table", ["kiosk_account", "site", "staff_account", "sync_conflict", "sync_state",
                                   "alembic_version"])
def test_kiosk_cannot_read_the_other_tables(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                            table: str) -> None:
    _, conn = kiosk
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table)))


def test_kiosk_cannot_create_or_grant(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                      central: Engine) -> None:
    creds, conn = kiosk
    for statement in ("CREATE TABLE public.mine (x int)", "CREATE TABLE mine (x int)",
                      "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                      "CREATE SCHEMA mine", "ALTER TABLE checkin DISABLE ROW LEVEL SECURITY",
                      "DROP TABLE checkin", "DROP POLICY kk_kiosk_insert ON checkin",
                      "GRANT SELECT ON kiosk_account TO PUBLIC", "CREATE ROLE other LOGIN"):
        with pytest.raises((errors.InsufficientPrivilege, errors.InvalidSchemaName)):
            conn.execute(statement)
    with pytest.raises(errors.InsufficientPrivilege):  # nor become another role
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(role_names(central).manager)))
    for statement in ("CREATE TEMP TABLE staging (x int)",
                      "CREATE FUNCTION pg_temp.f() RETURNS int LANGUAGE sql AS 'SELECT 1'"):
        with pytest.raises(errors.InsufficientPrivilege, match="temporary"):  # no TEMP: the push needs none
            conn.execute(statement)
    with central.connect() as admin:
        assert admin.execute(text("SELECT has_database_privilege(:r, current_database(), 'CREATE')"),
                             {"r": creds.role_name}).scalar_one() is False
        assert admin.execute(text("SELECT has_schema_privilege(:r, 'public', 'CREATE')"),
                             {"r": creds.role_name}).scalar_one() is False


def test_kiosk_account_functions_are_not_public(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                                central: Engine, pg_server: PgServer) -> None:
    _, conn = kiosk
    assert conn.execute("SELECT kiosk_site(), kiosk_id()").fetchone() == ("north", "north-1")
    manager = add_user(central, "manager", "boss")
    with _login(pg_server, central, manager.role_name, manager.password) as m:
        with pytest.raises(errors.InsufficientPrivilege):
            m.execute("SELECT kiosk_site()")
        assert m.execute("SELECT sync_horizon() > 0").fetchone() == (True,)


def test_other_roles_on_the_server_cannot_connect(central: Engine, pg_server: PgServer) -> None:
    """PUBLIC loses CONNECT: a login from another database's set-up (or anyone else) is turned away."""
    stranger = f"stranger_{uuid.uuid4().hex[:8]}"
    pg_server.create_role(stranger, "pw-of-a-stranger")
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            _login(pg_server, central, stranger, "pw-of-a-stranger").close()
    finally:
        pg_server.drop_role(stranger)


def test_revoked_kiosk_cannot_log_in_and_its_session_is_ended(central: Engine, pg_server: PgServer) -> None:
    creds = add_kiosk(central, "north", "north-1")
    conn = _login(pg_server, central, creds.role_name, creds.password)
    try:
        _insert_checkin(conn, _checkin("north", "north-1"))
        revoke_kiosk(central, "north-1")
        with pytest.raises(psycopg.OperationalError):
            _insert_checkin(conn, _checkin("north", "north-1"))  # its open session was terminated
    finally:
        conn.close()
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        _login(pg_server, central, creds.role_name, creds.password).close()
    revoke_kiosk(central, "north-1")  # again: nothing to do, no error
    with central.connect() as admin:
        assert admin.execute(text("SELECT revoked_at IS NOT NULL FROM kiosk_account")).scalar_one() is True


def test_a_revoked_kiosk_whose_session_survived_can_do_nothing(central: Engine, pg_server: PgServer) -> None:
    """Defence in depth: even if its session were not ended, policies and grants stop it at once."""
    creds = add_kiosk(central, "north", "north-1")
    with _login(pg_server, central, creds.role_name, creds.password) as conn:
        _content(central, "north", "{}")
        with central.begin() as admin:  # what revoke_kiosk does, minus ending the session
            admin.execute(text("UPDATE kiosk_account SET revoked_at = now()"))
            roles.disable_login(admin, creds.role_name, role_names(central).kiosk)
        with pytest.raises(errors.InsufficientPrivilege):
            _insert_checkin(conn, _checkin("north", "north-1"))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT id FROM site_content")


# -- names: validated, and quoted anyway ---------------------------------------------------------------------

@pytest.mark.parametrize("bad", ['x"; DROP TABLE checkin; --', "a'); --", "", " lead", "a b", "-dash", "x" * 64,
                                 "kiosk\n1", "kïosk"])
def test_bad_names_are_refused_before_any_sql(central: Engine, bad: str) -> None:
    with pytest.raises(CentralError, match="bad kiosk id"):
        add_kiosk(central, "north", bad)
    with pytest.raises(CentralError, match="bad site id"):
        add_site(central, bad, "Somewhere")
    with pytest.raises(CentralError, match="bad user name"):
        add_user(central, "manager", bad)
    with central.connect() as admin:
        assert admin.execute(text("SELECT count(*) FROM kiosk_account")).scalar_one() == 0
        assert admin.execute(text("SELECT to_regclass('public.checkin') IS NOT NULL")).scalar_one() is True


def test_weird_but_valid_names_are_quoted(central: Engine, pg_server: PgServer) -> None:
    add_site(central, "St.Marys-Hub", "St Mary's Hub")
    creds = add_kiosk(central, "St.Marys-Hub", "Kiosk.A-1_B")
    assert creds.role_name == f"{role_names(central).prefix}_k_Kiosk.A-1_B"  # case and punctuation kept
    with _login(pg_server, central, creds.role_name, creds.password) as conn:
        _insert_checkin(conn, _checkin("St.Marys-Hub", "Kiosk.A-1_B"))
    long_id = "k" * 63
    creds = add_kiosk(central, "north", long_id)
    assert len(creds.role_name) <= 63 and creds.role_name != add_kiosk(central, "north", "k" * 62).role_name
    with _login(pg_server, central, creds.role_name, creds.password) as conn:
        assert conn.execute("SELECT kiosk_id()").fetchone() == (long_id,)


@pytest.mark.parametrize("evil", ['x"; DROP TABLE checkin; --', "a'); --", 'q"q', "Robert'); DROP ROLE postgres;--"])
def test_role_creation_quotes_names_even_without_validation(central: Engine, pg_server: PgServer, evil: str) -> None:
    """If validation were bypassed, the name would still be one quoted identifier, not SQL."""
    names = role_names(central)
    role = names.kiosk_login(evil)
    with central.begin() as conn:
        roles.create_login_role(conn, role, names.kiosk, "pw-" + uuid.uuid4().hex)
    with central.connect() as conn:
        assert conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar_one() == role
        assert conn.execute(text("SELECT to_regclass('public.checkin') IS NOT NULL")).scalar_one() is True
        assert conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = 'postgres'")).scalar_one() == 1
    pg_server.drop_role(role)


def test_passwords_are_stored_as_scram_and_never_sent_in_clear(central: Engine) -> None:
    creds = add_kiosk(central, "north", "north-1")
    with central.connect() as conn:
        stored = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
                              {"r": creds.role_name}).scalar_one()
    assert stored.startswith("SCRAM-SHA-256$") and creds.password not in stored
    assert creds.password not in repr(creds)


# -- staff and manager -------------------------------------------------------------------------------------

def test_staff_are_limited_to_their_sites(central: Engine, pg_server: PgServer) -> None:
    add_site(central, "east", "East Centre")
    staff = add_user(central, "staff", "alice", ["north", "east"])
    north, south = _content(central, "north", "{}"), _content(central, "south", "{}")
    _admin_insert_checkin(central, _checkin("north", "north-1"))
    with central.begin() as admin:
        for site in ("north", "south"):
            admin.execute(text("INSERT INTO sync_conflict (id, table_name, record_id, site, kiosk, received_at, "
                               "digest, payload) VALUES (:id, 'checkin', :id, :s, 'k', now(), :d, '{}')"),
                          {"id": uuid.uuid4(), "s": site, "d": "e" * 64})
    with _login(pg_server, central, staff.role_name, staff.password) as conn:
        assert conn.execute("SELECT id FROM site_content").fetchall() == [(north,)]
        conn.execute("UPDATE site_content SET payload = '{\"a\": 1}', version = version + 1")
        assert conn.execute("UPDATE site_content SET payload = 'x' WHERE id = %s", [south]).rowcount == 0
        conn.execute("INSERT INTO site_content (id, site, kind, payload, version, archived, updated_at, updated_by, "
                     "change_seq) VALUES (gen_random_uuid(), 'east', 'listing', '{}', 1, false, now(), 'alice', 0)")
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO site_content (id, site, kind, payload, version, archived, updated_at, "
                         "updated_by, change_seq) VALUES (gen_random_uuid(), 'south', 'x', '{}', 1, false, now(), "
                         "'alice', 0)")
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE site_content SET site = 'south' WHERE id = %s", [north])  # no moving it away
        assert conn.execute("SELECT site FROM sync_conflict").fetchall() == [("north",)]
        for statement in ("SELECT id FROM checkin", "DELETE FROM site_content", "SELECT * FROM kiosk_account",
                          "INSERT INTO checkin (id) VALUES (gen_random_uuid())"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
    with central.connect() as admin:
        assert admin.execute(text("SELECT payload FROM site_content WHERE id = :i"), {"i": south}).scalar_one() == "{}"


def test_an_existing_staff_user_gains_sites_and_keeps_the_password(central: Engine, pg_server: PgServer) -> None:
    first = add_user(central, "staff", "bob", ["north"])
    again = add_user(central, "staff", "bob", ["south"])
    assert (first.created, again.created, again.password) == (True, False, "")
    _content(central, "south", "{}")
    with _login(pg_server, central, first.role_name, first.password) as conn:
        assert conn.execute("SELECT site FROM site_content").fetchall() == [("south",)]
    with pytest.raises(CentralError, match="already exists"):
        add_user(central, "manager", "bob")
    with pytest.raises(CentralError, match="unknown site"):
        add_user(central, "staff", "carol", ["nowhere"])


def test_manager_reads_everything_and_writes_nothing(central: Engine, pg_server: PgServer) -> None:
    add_kiosk(central, "north", "north-1")
    for site, kiosk_id in (("north", "north-1"), ("south", "south-1")):
        _admin_insert_checkin(central, _checkin(site, kiosk_id))
    _content(central, "south", "{}")
    manager = add_user(central, "manager", "boss")
    with _login(pg_server, central, manager.role_name, manager.password) as conn:
        assert conn.execute("SELECT count(*) FROM checkin").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM site").fetchone() == (2,)
        for table in roles.MANAGER_READ_TABLES:
            conn.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table))).fetchall()
        for statement in ("DELETE FROM checkin", "DELETE FROM site_content",
                          "INSERT INTO site (id, name, timezone, created_at) VALUES ('x', 'x', 'UTC', now())",
                          "INSERT INTO site_content (id, site, kind, payload, version, archived, updated_at, "
                          "updated_by, change_seq) VALUES (gen_random_uuid(), 'south', 'listing', '{}', 1, false, "
                          "now(), 'boss', 0)"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        # Managers write only the per-site kiosk settings (kind 'settings': kiosk.core.site_settings): other content
        # is not there for their UPDATE, nor may an UPDATE turn a row into settings.
        assert conn.execute("UPDATE site_content SET payload = '' WHERE kind <> 'settings'").rowcount == 0
        assert conn.execute("SELECT payload FROM site_content WHERE site = 'south'").fetchone() == ("{}",)
    as_manager = make_engine(pg_server.url(central.url.database or "", manager.role_name, manager.password))
    try:  # the reports a manager runs: health and the all-sites export
        assert [h.kiosk_id for h in health(as_manager, now=NOW)] == ["north-1"]
        assert sorted(r.site for r in CheckInService(as_manager).rows()) == ["north", "south"]
    finally:
        as_manager.dispose()
