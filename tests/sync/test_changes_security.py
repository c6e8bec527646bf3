"""Only a person decides what a screen shows, enforced by the central PostgreSQL: every check logs in as the
attacker's own role (a kiosk's, or a staff member's) and asks the server.

A kiosk role may append its own `wall_message` rows (pending messages) and read back only (id, digest) of
them; it may not insert any `content_change` (approve, pin, hide, reject, listing or photo edit) nor write
`site_content` — refused by the grants and, should a grant be added by hand, by migration 0008's triggers.
A staff role decides for the sites it looks after, never for another site, and the server records the
person, not the label a kiosk sent."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest
from psycopg import errors, sql
from sqlalchemy import Engine, text

from kiosk.data.changes import parse_result
from kiosk.data.content import publish_content
from kiosk.sync import roles
from kiosk.sync.central import KioskCredentials, UserCredentials, add_kiosk, add_user
from tests.support.pgserver import PgServer
from tests.sync.conftest import login as _login

pytestmark = pytest.mark.postgres

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def _change(site: str = "north", kiosk: str = "north-1", **extra: Any) -> dict[str, Any]:
    row = {"id": uuid.uuid4(), "site": site, "kiosk": kiosk, "content_id": uuid.uuid4(), "kind": "listing",
           "base_version": 0, "follows_id": None, "payload": '{"title": "x"}', "archived": False,
           "staff_label": "sam", "created_at": NOW, "digest": "d" * 64}
    row.update(extra)
    return row


def _wall(message_id: uuid.UUID, status: str, *, pinned: bool = False, site: str = "north",
          kiosk: str = "north-1", base_version: int = 0, text_: str = "BUY CHEAP PILLS") -> dict[str, Any]:
    """The attack of issue 10: a wall decision, approved and pinned, for every kiosk of the site."""
    payload = {"message_id": str(message_id), "text": text_, "created_at": NOW.isoformat(), "kiosk": kiosk,
               "status": status, "pinned": pinned}
    return _change(site, kiosk, kind="wall", content_id=message_id, base_version=base_version,
                   payload=json.dumps(payload), staff_label="auto")


def _message(site: str = "north", kiosk: str = "north-1", status: str = "pending") -> dict[str, Any]:
    return {"id": uuid.uuid4(), "site": site, "kiosk": kiosk, "created_at": NOW, "text": "kind words",
            "language": "en", "flags": "", "status_at_creation": status, "digest": "d" * 64}


def _insert(conn: psycopg.Connection[Any], table: str, row: dict[str, Any]) -> None:
    cols = list(row)
    conn.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, cols)),
        sql.SQL(", ").join(sql.Placeholder() * len(cols))), [row[c] for c in cols])


def _content(central: Engine, content_id: uuid.UUID) -> tuple[str, int, str, str] | None:
    with central.connect() as conn:
        row = conn.execute(text("SELECT site, version, payload, updated_by FROM site_content WHERE id = :i"),
                           {"i": content_id}).first()
    return None if row is None else (row.site, row.version, row.payload, row.updated_by)


def _result(central: Engine, change_id: uuid.UUID) -> str:
    found = _content(central, change_id)
    assert found is not None
    result = parse_result(found[2])
    assert result is not None
    return result.status


def _count(central: Engine, table: str) -> int:
    with central.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


@pytest.fixture
def alice(central: Engine, pg_server: PgServer) -> Iterator[tuple[UserCredentials, psycopg.Connection[Any]]]:
    """A staff member of north, logged in with her own role."""
    user = add_user(central, "staff", "alice", ["north"])
    with _login(pg_server, central, user.role_name, user.password) as conn:
        yield user, conn


# -- a kiosk's own role --------------------------------------------------------------------------------------

def test_a_kiosk_adds_pending_messages_and_reads_back_only_id_and_digest(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    _, conn = kiosk
    message = _message()
    _insert(conn, "wall_message", message)
    assert conn.execute("SELECT id, digest FROM wall_message").fetchall() == [(message["id"], "d" * 64)]
    for query in ("SELECT text FROM wall_message", "SELECT * FROM wall_message", "SELECT * FROM content_change",
                  "SELECT * FROM wall_state", "SELECT * FROM dismissed_change", "SELECT * FROM site_content_seq"):
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(query)
    with central.connect() as admin:
        assert admin.execute(text("SELECT text FROM wall_message")).scalar_one() == "kind words"


@pytest.mark.parametrize("status", ["approved", "hidden", "rejected", "pending"])
def test_a_kiosk_cannot_put_a_message_on_the_sites_screens(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine, status: str) -> None:
    """Issue 10's attack, as the kiosk's own role: an approved and pinned wall decision for every kiosk of the
    site is refused by the server (as is any other decision), and nothing reaches `site_content`."""
    _, conn = kiosk
    message = _message(status="approved")
    _insert(conn, "wall_message", message)  # its own record, as the filter kept it on its own screen
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied for table content_change"):
        _insert(conn, "content_change", _wall(message["id"], status, pinned=True))
    assert _count(central, "content_change") == _count(central, "site_content") == 0


@pytest.mark.parametrize("kind", ["listing", "photo"])
def test_a_kiosk_cannot_edit_listings_or_photos(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                                 central: Engine, kind: str) -> None:
    _, conn = kiosk
    with pytest.raises(errors.InsufficientPrivilege):
        _insert(conn, "content_change", _change(kind=kind))
    assert _count(central, "site_content") == 0


def test_a_kiosk_cannot_hide_or_edit_content_another_kiosk_shows(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    _, conn = kiosk
    shown = publish_content(central, "north", "wall", json.loads(_wall(uuid.uuid4(), "approved", kiosk="north-2")
                                                                 ["payload"]), "alice")
    listing = publish_content(central, "north", "listing", {"title": "Café"}, "alice")
    before = {i: _content(central, i) for i in (shown.id, listing.id)}
    attempts = [
        ("content_change", _wall(shown.id, "hidden", kiosk="north-1", base_version=1)),
        ("content_change", _change(content_id=listing.id, base_version=1, archived=True)),
    ]
    for table, row in attempts:
        with pytest.raises(errors.InsufficientPrivilege):
            _insert(conn, table, row)
    for statement in ("UPDATE site_content SET archived = true", "DELETE FROM site_content",
                      "INSERT INTO site_content (id, site, kind, payload, version, archived, updated_at, updated_by, "
                      "change_seq) VALUES (gen_random_uuid(), 'north', 'wall', '{}', 1, false, now(), 'x', 0)",
                      "SELECT public.content_change_authority()", "UPDATE site_content_seq SET last = 0"):
        with pytest.raises((errors.InsufficientPrivilege, errors.FeatureNotSupported)):
            conn.execute(statement)
    assert {i: _content(central, i) for i in before} == before


def test_the_server_refuses_a_kiosk_even_when_a_grant_was_added_by_hand(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    """Belt and braces: with INSERT on `content_change` and `site_content` granted straight to the kiosk's role
    (and policies letting it through), migration 0008's triggers still refuse every kiosk login."""
    creds, conn = kiosk
    with central.begin() as admin:
        admin.execute(text(f'GRANT INSERT, UPDATE ON content_change, site_content TO "{creds.role_name}"'))
        for table in ("content_change", "site_content"):
            admin.execute(text(f'CREATE POLICY by_hand ON {table} FOR ALL TO "{creds.role_name}" '
                               "USING (true) WITH CHECK (true)"))
    message = uuid.uuid4()
    with pytest.raises(errors.InsufficientPrivilege, match="a kiosk may not publish a wall decision for site north"):
        _insert(conn, "content_change", _wall(message, "approved", pinned=True))
    with pytest.raises(errors.InsufficientPrivilege, match="a kiosk may not write site content"):
        conn.execute("INSERT INTO site_content (id, site, kind, payload, version, archived, updated_at, updated_by, "
                     "change_seq) VALUES (%s, 'north', 'wall', '{}', 1, false, now(), 'x', 0)", [message])
    conn.execute("SET ROLE NONE")  # SET ROLE changes nothing: the login is what counts
    with pytest.raises(errors.InsufficientPrivilege, match="a kiosk may not"):
        _insert(conn, "content_change", _wall(uuid.uuid4(), "approved"))
    assert _count(central, "content_change") == _count(central, "site_content") == 0


# -- a staff member's own role -------------------------------------------------------------------------------

def test_staff_decide_for_their_own_site_and_the_server_names_them(
        alice: tuple[UserCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    _, conn = alice
    message = uuid.uuid4()
    decision = _wall(message, "approved", pinned=True, text_="Thank you for the tea")  # label 'auto' from a kiosk
    _insert(conn, "content_change", decision)
    assert _result(central, decision["id"]) == "applied"
    found = _content(central, message)
    assert found is not None and found[:2] == ("north", 1) and json.loads(found[2])["pinned"] is True
    assert found[3] == "alice"  # the person whose login decided, not the label the kiosk sent
    listing = _change()
    _insert(conn, "content_change", listing)
    assert _result(central, listing["id"]) == "applied"
    assert conn.execute("SELECT count(*) FROM content_change").fetchone() == (2,)


def test_staff_cannot_decide_for_another_site(alice: tuple[UserCredentials, psycopg.Connection[Any]],
                                              central: Engine) -> None:
    _, conn = alice
    south = publish_content(central, "south", "wall", {"status": "approved"}, "admin")
    before = _content(central, south.id)
    for row in (_wall(uuid.uuid4(), "approved", site="south", kiosk="south-1"),
                _wall(south.id, "hidden", site="south", kiosk="south-1", base_version=1)):
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            _insert(conn, "content_change", row)
    for statement in ("UPDATE site_content SET archived = true WHERE site = 'south'",):
        assert conn.execute(statement).rowcount == 0  # another site's rows are not even visible
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        conn.execute("INSERT INTO site_content (id, site, kind, payload, version, archived, updated_at, updated_by, "
                     "change_seq) VALUES (gen_random_uuid(), 'south', 'wall', '{}', 1, false, now(), 'x', 0)")
    assert _content(central, south.id) == before


def test_a_change_cannot_reach_another_sites_content_through_its_own_site(
        alice: tuple[UserCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    _, conn = alice
    south = publish_content(central, "south", "listing", {"title": "south's"}, "admin")
    before = _content(central, south.id)
    attempts = [
        _change(content_id=south.id, base_version=1),  # a north change naming south's listing
        _change(content_id=south.id, base_version=0),
    ]
    for row in attempts:
        _insert(conn, "content_change", row)
    assert _content(central, south.id) == before
    assert [_result(central, r["id"]) for r in attempts] == ["refused", "refused"]
    other = _change()  # a change gets an outcome row …
    _insert(conn, "content_change", other)
    steal = _change(content_id=other["id"], base_version=1)  # … which is not content a change may overwrite
    _insert(conn, "content_change", steal)
    assert _result(central, steal["id"]) == "refused"
    with pytest.raises(errors.CheckViolation):
        _insert(conn, "content_change", _change(kind="change_result"))


def test_staff_read_their_sites_messages_and_managers_read_all(central: Engine, pg_server: PgServer) -> None:
    for site in ("north", "south"):
        creds = add_kiosk(central, site, f"{site}-1")
        with _login(pg_server, central, creds.role_name, creds.password) as conn:
            _insert(conn, "wall_message", _message(site, f"{site}-1"))
        person = add_user(central, "staff", f"staff-{site}", [site])
        with _login(pg_server, central, person.role_name, person.password) as conn:
            _insert(conn, "content_change", _change(site, f"{site}-1"))
    with _staff(central, pg_server, "alice", ["north"]) as conn:
        assert conn.execute("SELECT site, text FROM wall_message").fetchall() == [("north", "kind words")]
        assert conn.execute("SELECT site FROM content_change").fetchall() == [("north",)]
        for statement in ("UPDATE wall_message SET text = ''", "DELETE FROM content_change",
                          "UPDATE content_change SET payload = '{}'"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
    manager = add_user(central, "manager", "boss")
    with _login(pg_server, central, manager.role_name, manager.password) as conn:
        assert conn.execute("SELECT count(*) FROM wall_message").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM content_change").fetchone() == (2,)
        with pytest.raises(errors.InsufficientPrivilege):
            _insert(conn, "content_change", _change())  # a manager reads; deciding is staff's
    assert "content_change" not in roles.KIOSK_APPEND_TABLES
    assert "content_change" in roles.PERSON_DECISION_TABLES


def _staff(central: Engine, pg_server: PgServer, name: str, sites: list[str]) -> psycopg.Connection[Any]:
    user = add_user(central, "staff", name, sites)
    return _login(pg_server, central, user.role_name, user.password)
