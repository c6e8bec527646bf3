"""Least privilege for staff edits and the wall on the central PostgreSQL, enforced by the server: a kiosk
role may append its own site's `content_change` and `wall_message` rows and read back only (id, digest)
of its own; it cannot UPDATE or DELETE them, read their content, write `site_content` (only the
SECURITY DEFINER trigger does, by its fixed rules), or reach another site through a change."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest
from psycopg import errors, sql
from sqlalchemy import Engine, text

from kiosk.data.changes import parse_result
from kiosk.data.content import publish_content
from kiosk.sync import roles
from kiosk.sync.central import KioskCredentials, add_kiosk, add_user
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


def _message(site: str = "north", kiosk: str = "north-1") -> dict[str, Any]:
    return {"id": uuid.uuid4(), "site": site, "kiosk": kiosk, "created_at": NOW, "text": "kind words",
            "language": "en", "flags": "", "status_at_creation": "pending", "digest": "d" * 64}


def _insert(conn: psycopg.Connection[Any], table: str, row: dict[str, Any]) -> None:
    cols = list(row)
    conn.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, cols)),
        sql.SQL(", ").join(sql.Placeholder() * len(cols))), [row[c] for c in cols])


def _content(central: Engine, content_id: uuid.UUID) -> tuple[str, int, str] | None:
    with central.connect() as conn:
        row = conn.execute(text("SELECT site, version, payload FROM site_content WHERE id = :i"),
                           {"i": content_id}).first()
    return None if row is None else (row.site, row.version, row.payload)


def _result(central: Engine, change_id: uuid.UUID) -> str:
    found = _content(central, change_id)
    assert found is not None
    result = parse_result(found[2])
    assert result is not None
    return result.status


def test_kiosk_appends_its_own_changes_and_messages_and_reads_back_only_id_and_digest(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    _, conn = kiosk
    change, message = _change(), _message()
    _insert(conn, "content_change", change)
    _insert(conn, "wall_message", message)
    assert _result(central, change["id"]) == "applied"
    assert _content(central, change["content_id"]) == ("north", 1, '{"title": "x"}')
    assert conn.execute("SELECT id, digest FROM content_change").fetchall() == [(change["id"], "d" * 64)]
    assert conn.execute("SELECT id, digest FROM wall_message").fetchall() == [(message["id"], "d" * 64)]
    for query in ("SELECT * FROM content_change", "SELECT payload FROM content_change", "SELECT text FROM wall_message",
                  "SELECT * FROM wall_message", "SELECT * FROM wall_state", "SELECT * FROM dismissed_change"):
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(query)


@pytest.mark.parametrize("table", ["content_change", "wall_message"])
@pytest.mark.parametrize(("site", "kiosk_id"), [("south", "north-1"), ("north", "north-2"), ("south", "south-1")])
def test_kiosk_cannot_append_for_another_site_or_kiosk(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                                       table: str, site: str, kiosk_id: str) -> None:
    _, conn = kiosk
    row = _change(site, kiosk_id) if table == "content_change" else _message(site, kiosk_id)
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        _insert(conn, table, row)


def test_kiosk_cannot_change_or_remove_what_it_sent(kiosk: tuple[KioskCredentials, psycopg.Connection[Any]],
                                                   central: Engine) -> None:
    _, conn = kiosk
    change = _change()
    _insert(conn, "content_change", change)
    _insert(conn, "wall_message", _message())
    for statement in ("UPDATE content_change SET payload = '{}'", "DELETE FROM content_change",
                      "TRUNCATE content_change", "UPDATE wall_message SET text = 'changed'", "DELETE FROM wall_message",
                      "SELECT public.content_change_apply()",
                      "INSERT INTO wall_state (message_id, site, kiosk, text, created_at, status, pinned, reason, "
                      "version) "
                      "VALUES (gen_random_uuid(), 'north', 'north-1', 'x', now(), 'approved', false, '', 0)"):
        with pytest.raises((errors.InsufficientPrivilege, errors.FeatureNotSupported)):
            conn.execute(statement)
    with central.connect() as admin:
        assert admin.execute(text("SELECT payload FROM content_change")).scalar_one() == '{"title": "x"}'
        assert admin.execute(text("SELECT text FROM wall_message")).scalar_one() == "kind words"


def test_a_change_cannot_reach_another_sites_content_or_results(
        kiosk: tuple[KioskCredentials, psycopg.Connection[Any]], central: Engine) -> None:
    _, conn = kiosk
    south = publish_content(central, "south", "listing", {"title": "south's"}, "admin")
    before = _content(central, south.id)
    attempts = [
        _change(content_id=south.id, base_version=1),  # edit another site's listing
        _change(content_id=south.id, base_version=0),
        _change(id=south.id),  # a change whose id (= its outcome's id) is another site's listing
    ]
    for row in attempts:
        _insert(conn, "content_change", row)
    assert _content(central, south.id) == before
    assert [_result(central, r["id"]) for r in attempts[:2]] == ["refused", "refused"]
    other = _change()  # another kiosk of the site gets an outcome row …
    _insert(conn, "content_change", other)
    steal = _change(content_id=other["id"], base_version=1)  # … which is not content a change may overwrite
    _insert(conn, "content_change", steal)
    assert _result(central, steal["id"]) == "refused"
    assert _result(central, other["id"]) == "applied"
    with pytest.raises(errors.CheckViolation):
        _insert(conn, "content_change", _change(kind="change_result"))
    rows = conn.execute("SELECT id FROM site_content WHERE site = 'south'").fetchall()
    assert rows == []  # and the outcomes it can read are its own site's


def test_staff_read_their_sites_messages_and_managers_read_all(central: Engine, pg_server: PgServer) -> None:
    for site in ("north", "south"):
        creds = add_kiosk(central, site, f"{site}-1")
        with _login(pg_server, central, creds.role_name, creds.password) as conn:
            _insert(conn, "wall_message", _message(site, f"{site}-1"))
            _insert(conn, "content_change", _change(site, f"{site}-1"))
    staff = add_user(central, "staff", "alice", ["north"])
    with _login(pg_server, central, staff.role_name, staff.password) as conn:
        assert conn.execute("SELECT site, text FROM wall_message").fetchall() == [("north", "kind words")]
        assert conn.execute("SELECT site FROM content_change").fetchall() == [("north",)]
        for statement in ("UPDATE wall_message SET text = ''", "DELETE FROM content_change"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
    manager = add_user(central, "manager", "boss")
    with _login(pg_server, central, manager.role_name, manager.password) as conn:
        assert conn.execute("SELECT count(*) FROM wall_message").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM content_change").fetchone() == (2,)
    assert {"wall_message", "content_change"} <= set(roles.KIOSK_APPEND_TABLES) & set(roles.KIOSK_READBACK_TABLES)
