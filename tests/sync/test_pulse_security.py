"""Staff pulse answers on the central PostgreSQL, as each real role logs in over TCP with its own password: a
kiosk may only INSERT answers of its own site and can read none back (its push asks `staff_pulse_seen`, which
tells it only whether records it already holds are stored); staff read their sites' answers and managers every
site's — only id, site, date and answer, never when a row arrived or the system columns; and the central checks
every kiosk-sent table has (the server's receipt time, CHECKs, misdated and excess rows kept aside — counted
per site, since an answer names no kiosk). Enforced by the server (grants, row-level security, triggers), not by
our code."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import Engine, text

from kiosk.core.records import record_digest
from kiosk.sync.central import KioskCredentials, add_kiosk, add_user, revoke_kiosk
from kiosk.sync.checks import ANSWERS_LIMIT, SITE_WIDE, kept_aside, quarantined, set_limits
from tests.support.pgserver import PgServer
from tests.sync.conftest import login

pytestmark = pytest.mark.postgres

DAY = date(2026, 11, 25)


def _answer(site: str, answer: str = "yes") -> dict[str, Any]:
    row: dict[str, Any] = {"id": uuid.uuid4(), "site": site, "local_date": DAY, "answer": answer}
    row["digest"] = record_digest(row)
    return row


def _insert(conn: psycopg.Connection[Any], row: dict[str, Any]) -> None:
    conn.execute("INSERT INTO staff_pulse (id, site, local_date, answer, digest) VALUES (%s, %s, %s, %s, %s)",
                 [row["id"], row["site"], row["local_date"], row["answer"], row["digest"]])


def _admin_insert(central: Engine, row: dict[str, Any]) -> None:
    with central.begin() as conn:
        conn.execute(text("INSERT INTO staff_pulse (id, site, local_date, answer, digest, synced_at) "
                          "VALUES (:id, :site, :local_date, :answer, :digest, now())"), row)


def _sites(central: Engine) -> list[str]:
    with central.connect() as conn:
        return list(conn.execute(text("SELECT site FROM staff_pulse ORDER BY site")).scalars())


def test_a_kiosk_inserts_its_own_sites_answers_and_not_another_sites(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    _, conn = kiosk  # north-1
    _insert(conn, _answer("north"))
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        _insert(conn, _answer("south"))
    with pytest.raises(errors.CheckViolation):  # only the three answers
        _insert(conn, _answer("north", "maybe"))
    assert _sites(central) == ["north"]


def test_a_kiosk_reads_no_answer_back_and_changes_none(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    _, conn = kiosk
    mine = _answer("north")
    _insert(conn, mine)
    _admin_insert(central, _answer("south"))
    for statement in ("SELECT id FROM staff_pulse", "SELECT count(*) FROM staff_pulse", "SELECT * FROM staff_pulse",
                      "SELECT xmin FROM staff_pulse", "UPDATE staff_pulse SET answer = 'no'",
                      "DELETE FROM staff_pulse", "TRUNCATE staff_pulse",
                      "COPY staff_pulse TO STDOUT"):
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(statement)
    with central.connect() as admin:
        assert admin.execute(text("SELECT count(*) FROM staff_pulse WHERE answer = 'yes'")).scalar_one() == 2


def test_the_push_check_tells_a_kiosk_only_about_records_it_already_holds(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    _, conn = kiosk
    mine, theirs = _answer("north"), _answer("south")
    _insert(conn, mine)
    _admin_insert(central, theirs)
    neighbour = _answer("north", "no")  # another kiosk of north's answer: its id is never shown to this kiosk
    _admin_insert(central, neighbour)

    def seen(pairs: list[tuple[uuid.UUID, str]]) -> set[tuple[uuid.UUID, str]]:
        rows = conn.execute("SELECT id, digest FROM staff_pulse_seen(%s::uuid[], %s::text[])",
                            [[p[0] for p in pairs], [p[1] for p in pairs]]).fetchall()
        return {(r[0], r[1]) for r in rows}

    assert seen([(mine["id"], mine["digest"])]) == {(mine["id"], mine["digest"])}  # stored as it is: a duplicate
    assert seen([(mine["id"], "0" * 64)]) == {(mine["id"], "")}  # another record with that id: a conflict
    assert seen([(theirs["id"], theirs["digest"])]) == set()  # another site's: nothing at all
    assert seen([(uuid.uuid4(), "0" * 64)]) == set()
    # Guessing a known id's answer needs the record's whole content; the answer is never returned, only
    # "matches what you gave" or "does not".
    guesses = {a: record_digest({"id": neighbour["id"], "site": "north", "local_date": DAY, "answer": a})
               for a in ("yes", "not_sure", "no")}
    assert {a for a, d in guesses.items() if seen([(neighbour["id"], d)]) == {(neighbour["id"], d)}} == {"no"}


def test_a_revoked_kiosk_adds_no_answers(central: Engine, pg_server: PgServer) -> None:
    creds = add_kiosk(central, "north", "north-1")
    with login(pg_server, central, creds.role_name, creds.password) as conn:
        _insert(conn, _answer("north"))
        revoke_kiosk(central, "north-1")
        with pytest.raises((errors.InsufficientPrivilege, psycopg.OperationalError)):
            _insert(conn, _answer("north"))
    assert _sites(central) == ["north"]


def test_staff_read_their_sites_answers_managers_every_sites_and_neither_when_they_arrived(
        central: Engine, pg_server: PgServer) -> None:
    for site in ("north", "north", "south"):
        _admin_insert(central, _answer(site))
    staff = add_user(central, "staff", "alice", ["north"])
    manager = add_user(central, "manager", "maria")
    readable = "SELECT site, local_date, answer, id FROM staff_pulse ORDER BY site"
    with login(pg_server, central, staff.role_name, staff.password) as conn:
        assert [r[0] for r in conn.execute(readable).fetchall()] == ["north", "north"]
        with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
            conn.execute("INSERT INTO staff_pulse (id, site, local_date, answer) VALUES "
                         "(gen_random_uuid(), 'north', '2026-11-25', 'yes')")
    with login(pg_server, central, manager.role_name, manager.password) as conn:
        assert [r[0] for r in conn.execute(readable).fetchall()] == ["north", "north", "south"]
    for who in (staff, manager):
        with login(pg_server, central, who.role_name, who.password) as conn:
            for statement in ("SELECT synced_at FROM staff_pulse", "SELECT digest FROM staff_pulse",
                              "SELECT * FROM staff_pulse", "SELECT xmin, ctid FROM staff_pulse",
                              "UPDATE staff_pulse SET answer = 'no'", "DELETE FROM staff_pulse",
                              "SELECT * FROM staff_pulse_seen(ARRAY[gen_random_uuid()], ARRAY['x'])"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(statement)


# -- the central checks every kiosk-sent table has (migration 0007; for staff answers, migration 0006) ----------

def test_a_kiosk_cannot_name_synced_at_nor_send_a_forged_digest_and_the_server_sets_the_receipt_time(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    _, conn = kiosk
    row = _answer("north")
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        conn.execute("INSERT INTO staff_pulse (id, site, local_date, answer, digest, synced_at) "
                     "VALUES (%s, %s, %s, %s, %s, '2000-01-01')",
                     [row["id"], row["site"], row["local_date"], row["answer"], row["digest"]])
    with pytest.raises(errors.CheckViolation, match="ck_staff_pulse_digest"):
        _insert(conn, {**_answer("north"), "digest": "not-a-digest"})
    before = datetime.now(UTC)
    _insert(conn, row)
    with central.connect() as admin:
        synced = admin.execute(text("SELECT synced_at FROM staff_pulse")).scalar_one()
    assert before - timedelta(seconds=5) <= synced <= datetime.now(UTC) + timedelta(seconds=5)


def test_misdated_answers_are_kept_aside_under_the_site_alone(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    _, conn = kiosk
    today = datetime.now(UTC).date()
    for day in (date(2099, 1, 1), date(2019, 12, 31), today + timedelta(days=2)):
        _insert(conn, {**_answer("north"), "local_date": day})
    _insert(conn, {**_answer("north"), "local_date": today + timedelta(days=1)})  # a site east of UTC: fine
    assert _sites(central) == ["north"]
    rows, total = quarantined(central)
    assert total == 3
    assert {(r.site, r.kiosk, r.table_name) for r in rows} == {("north", SITE_WIDE, "staff_pulse")}
    assert all("dated more than a day ahead" in r.reason and '"kiosk"' not in r.payload for r in rows)


def test_answers_over_the_daily_limit_are_kept_aside_and_counted_per_site_never_per_kiosk(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine, pg_server: PgServer) -> None:
    creds, conn = kiosk
    set_limits(central, {ANSWERS_LIMIT: 10})
    conn.execute("INSERT INTO staff_pulse (id, site, local_date, answer, digest) SELECT gen_random_uuid(), "
                 "'north', %s, 'yes', repeat('d', 64) FROM generate_series(1, 8)", [DAY])
    other = add_kiosk(central, "north", "north-2")  # the site's second kiosk shares the site's count
    with login(pg_server, central, other.role_name, other.password) as second:
        for _ in range(4):
            _insert(second, _answer("north"))
    assert _count(central, "SELECT count(*) FROM staff_pulse") == 10
    assert _count(central, "SELECT count(*) FROM quarantine WHERE table_name = 'staff_pulse'") == 2
    [day] = kept_aside(central)
    assert (day.site, day.kiosk, day.table_name, day.accepted, day.quarantined) == (
        "north", SITE_WIDE, "staff_pulse", 10, 2)
    assert any("over the limit of 10 staff_pulse rows per site" in r for r in day.reasons)
    # Nothing central says which kiosk a staff answer came from.
    assert _count(central, "SELECT count(*) FROM kiosk_day_count WHERE table_name = 'staff_pulse' "
                           "AND kiosk <> :k", k=SITE_WIDE) == 0
    assert _count(central, "SELECT count(*) FROM quarantine WHERE table_name = 'staff_pulse' "
                           "AND kiosk IN (:a, :b)", a=creds.kiosk_id, b=other.kiosk_id) == 0


def _count(engine: Engine, query: str, **params: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(query), params).scalar_one())
