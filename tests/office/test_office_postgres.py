"""The office on a real PostgreSQL, as each person's own login: a staff member of one site sees and changes only
that site (wall queue, results, kiosks); a manager sees every site; an approval in the office reaches a kiosk of
that site through a real sync and no kiosk of another site; a wrong password, an unreachable server and a
removed login each give a sentence."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from kiosk import features
from kiosk.core.clock import ManualClock
from kiosk.data.engine import make_engine
from kiosk.data.services import Services
from kiosk.office.kiosks_model import KioskGridModel
from kiosk.office.people_store import remove_person
from kiosk.office.wall_model import OfficeMessageModel
from kiosk.office.wall_store import decide
from kiosk.office.window import Office
from kiosk.shell.choices import ChoiceListModel
from kiosk.sync.central import add_user
from kiosk.sync.cycle import SyncCycle
from kiosk.wall.central import wall_messages
from kiosk.wall.rules.messages import MessageStatus, WallMessage
from kiosk.wall.store import WallService
from tests.office.conftest import click, sign_in
from tests.support.pgserver import PgServer
from tests.support.qtprops import prop
from tests.sync.kiosks import central_db, kiosk_config, kiosk_login, local_store

pytestmark = [pytest.mark.postgres,
              pytest.mark.qt_log_ignore(r"^This plugin does not support setting window masks$")]


@dataclass
class Kiosk:
    wall: WallService
    cycle: SyncCycle

    def sync(self) -> None:
        report = self.cycle.run()
        assert report.ok, report.error


@contextlib.contextmanager
def _kiosk(admin: Engine, url: str, root: Path, site: str, kiosk_id: str, clock: ManualClock) -> Iterator[Kiosk]:
    login = kiosk_login(admin, url, site, kiosk_id)
    config = kiosk_config(root, login.url, kiosk_id=kiosk_id, site=site)
    with local_store(config) as local:
        cycle = SyncCycle(config, clock, env=login.env, local=local, services=features.wire(Services(config, clock)))
        try:
            yield Kiosk(WallService(local, site, kiosk_id, clock), cycle)
        finally:
            cycle.close()


@dataclass
class Setup:
    admin: Engine
    url: str  # the office's: server and database only
    a: Kiosk  # riverside
    b: Kiosk  # riverside
    h: Kiosk  # harbour
    riverside: WallMessage
    harbour: WallMessage


def _message(k: Kiosk, clock: ManualClock, words: str) -> WallMessage:
    clock.advance(60)
    return k.wall.add(WallMessage.new(text=words, site=k.wall.site, kiosk=k.wall.kiosk, language="en",
                                      status=MessageStatus.PENDING, clock=clock, flags=frozenset({"shouting"})))


@pytest.fixture
def setup(pg_url: str, tmp_path: Path, clock: ManualClock) -> Iterator[Setup]:
    admin = central_db(pg_url, sites=("riverside", "harbour"))
    office_url = make_url(pg_url)._replace(username=None, password=None).render_as_string(hide_password=False)
    try:
        with _kiosk(admin, pg_url, tmp_path, "riverside", "a", clock) as a, \
                _kiosk(admin, pg_url, tmp_path, "riverside", "b", clock) as b, \
                _kiosk(admin, pg_url, tmp_path, "harbour", "h", clock) as h:
            river = _message(a, clock, "THANK YOU RIVERSIDE")
            harbour = _message(h, clock, "THANK YOU HARBOUR")
            for k in (a, b, h):
                k.sync()
            yield Setup(admin, office_url, a, b, h, river, harbour)
    finally:
        admin.dispose()


def _rows(model: OfficeMessageModel | KioskGridModel, role: int) -> list[object]:
    return [model.data(model.index(i), 0x0100 + role) for i in range(model.rowCount())]


def _open(qtbot: QtBot, make_office: Callable[[str], Office], url: str, name: str, password: str) -> Office:
    office = make_office(url)
    with qtbot.waitSignal(office.results.refreshed, timeout=30_000):
        assert sign_in(qtbot, office, name, password), prop(office.office, "message", str)
    return office


def test_staff_see_and_change_only_their_site_and_the_approval_reaches_its_kiosks(
        qtbot: QtBot, make_office: Callable[[str], Office], setup: Setup) -> None:
    alice = add_user(setup.admin, "staff", "alice", ["riverside"])
    office = _open(qtbot, make_office, setup.url, "alice", alice.password)
    assert prop(office.office, "isManager", bool) is False
    assert prop(office.results, "siteChoices", list)[1:] == ["riverside"]  # results: only their site
    messages = prop(office.wall, "messages", OfficeMessageModel)
    qtbot.waitUntil(lambda: messages.rowCount() == 1, timeout=20_000)
    assert _rows(messages, 2) == ["riverside"]  # the wall queue: only their site
    grid = prop(office.kiosks, "kiosks", KioskGridModel)
    qtbot.waitUntil(lambda: grid.rowCount() == 2, timeout=20_000)
    assert _rows(grid, 1) == ["a", "b"]  # the kiosks: only their site's
    assert set(_rows(grid, 9)) == {"OK"}

    office.office.setPage("wall")
    with qtbot.waitSignal(office.wall.refreshed, timeout=20_000):
        click(office, f"office.wall.approve.{setup.riverside.id}")
    assert "next sync" in prop(office.wall, "message", str)
    setup.b.sync()
    setup.h.sync()
    assert [c.id for c in setup.b.wall.board()] == [setup.riverside.id]  # another kiosk of the site shows it
    assert setup.h.wall.board() == []  # no kiosk of another site does
    [decided] = [m for m in wall_messages(setup.admin, "riverside") if m.id == setup.riverside.id]
    assert (decided.status, decided.moderated_by) == (MessageStatus.APPROVED, "alice")

    harbour = next(m for m in wall_messages(setup.admin, "harbour"))
    with pytest.raises(DBAPIError):  # PostgreSQL refuses her a decision for another site
        decide(office.office.session.engine, harbour, "approve", "alice")  # type: ignore[union-attr]


def test_a_manager_sees_every_site_and_kiosk(qtbot: QtBot, make_office: Callable[[str], Office],
                                            setup: Setup) -> None:
    mia = add_user(setup.admin, "manager", "mia")
    office = _open(qtbot, make_office, setup.url, "mia", mia.password)
    assert prop(office.office, "isManager", bool) is True
    assert sorted(prop(office.results, "siteChoices", list)[1:]) == ["Harbour", "Riverside"]
    messages = prop(office.wall, "messages", OfficeMessageModel)
    qtbot.waitUntil(lambda: messages.rowCount() == 2, timeout=20_000)
    assert sorted(str(r) for r in _rows(messages, 2)) == ["harbour", "riverside"]
    assert prop(office.wall, "canDecide", bool) is False  # managers read; each site's staff decide
    grid = prop(office.kiosks, "kiosks", KioskGridModel)
    qtbot.waitUntil(lambda: grid.rowCount() == 3, timeout=20_000)
    assert _rows(grid, 1) == ["h", "a", "b"]


def test_sign_in_problems_are_sentences(qtbot: QtBot, make_office: Callable[[str], Office], setup: Setup,
                                        pg_url: str) -> None:
    bob = add_user(setup.admin, "staff", "bob", ["harbour"])
    office = make_office(setup.url)
    assert not sign_in(qtbot, office, "bob", "not his password")
    assert prop(office.office, "message", str) == \
        "That name and password were not accepted. Check them and try again."
    assert not sign_in(qtbot, office, "nobody", "whatever")
    assert "not accepted" in prop(office.office, "message", str)
    remove_person(setup.admin, "bob")
    assert not sign_in(qtbot, office, "bob", bob.password)
    assert prop(office.office, "message", str) == \
        "This login has been switched off. Ask a manager to add you again."
    closed = make_url(setup.url).set(port=1).render_as_string(hide_password=False)
    office.office.setCentralUrl(closed)
    assert not sign_in(qtbot, office, "bob", bob.password)
    assert prop(office.office, "message", str).startswith("The central database cannot be reached.")
    assert not prop(office.office, "signedIn", bool)
    engine = make_engine(pg_url)
    engine.dispose()


def test_sites_and_people_with_the_admin_login(qtbot: QtBot, make_office: Callable[[str], Office], setup: Setup,
                                               pg_server: PgServer, tmp_path: Path) -> None:
    mia = add_user(setup.admin, "manager", "mia")
    sam = add_user(setup.admin, "staff", "sam", ["riverside"])
    office = _open(qtbot, make_office, setup.url, "mia", mia.password)
    people = office.people
    assert not prop(people, "unlocked", bool)
    people.unlock(pg_server.superuser, "wrong")
    qtbot.waitUntil(lambda: prop(people, "message", str) == "That login and password were not accepted.",
                    timeout=20_000)
    assert not prop(people, "unlocked", bool)
    with qtbot.waitSignal(people.refreshed, timeout=20_000):
        people.unlock(pg_server.superuser, pg_server.superuser_password)
    listed = {c.key: c.hint_words() for c in prop(people, "people", ChoiceListModel).choices()}
    assert listed == {"mia": "Manager", "sam": "Staff · riverside"}

    with qtbot.waitSignal(people.refreshed, timeout=20_000):
        people.addKiosk("harbour", "h-2", str(tmp_path))
    secret = tmp_path / "h-2.password"
    assert secret.stat().st_mode & 0o777 == 0o600
    assert f'password_file = "{secret}"' in prop(people, "snippet", str)

    with qtbot.waitSignal(people.refreshed, timeout=20_000):
        people.resetLogin("sam")
    said = prop(people, "message", str)
    new = said.rsplit(": ", 1)[1]
    assert new and new != sam.password
    engine = make_engine(pg_server.url(setup.admin.url.database or "", sam.role_name, new))
    try:
        with engine.connect():
            pass  # the new password works
    finally:
        engine.dispose()

    with qtbot.waitSignal(people.refreshed, timeout=20_000):
        people.removePerson("sam")
    assert "removed" in {c.key: c.hint_words() for c in prop(people, "people", ChoiceListModel).choices()}["sam"]
    with qtbot.waitSignal(people.refreshed, timeout=20_000):
        people.addPerson("staff", "tom", "harbour")
    assert "Their new password, shown only now" in prop(people, "message", str)
    office.office.signOut()
    assert not prop(people, "unlocked", bool)  # the admin's login goes with the person's


def test_the_grid_shows_the_oldest_unsent_answer_and_the_last_error_in_words(
        qtbot: QtBot, make_office: Callable[[str], Office], setup: Setup, clock: ManualClock) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import insert

    from kiosk.data.sync_models import HeartbeatRecord
    # kiosk a's last sync failed (tests/sync/test_heartbeat_sync.py fails one for real): its heartbeats tell why
    now = datetime.now(UTC)  # the grid reads ages by the server's clock
    setup.a.cycle.state.record_error(clock.now(), "The central database did not accept …", "central_password")
    clock.advance(60)
    setup.a.sync()  # its latest heartbeat: everything sent, the last failure kept
    with setup.admin.begin() as conn:  # kiosk b's latest heartbeat: answers waiting for two hours
        conn.execute(insert(HeartbeatRecord).values(
            id=uuid.uuid4(), site="riverside", kiosk="b", sent_at=now, app_version="1.0", pending=3,
            uptime_seconds=60.0, oldest_unsent_at=now - timedelta(hours=2, minutes=5), digest="a" * 64))
    alice = add_user(setup.admin, "staff", "alice", ["riverside"])
    office = _open(qtbot, make_office, setup.url, "alice", alice.password)
    grid = prop(office.kiosks, "kiosks", KioskGridModel)
    with qtbot.waitSignal(office.kiosks.refreshed, timeout=20_000):
        office.kiosks.refresh()
    assert _rows(grid, 1) == ["a", "b"]
    a_error, b_error = _rows(grid, 8)
    assert isinstance(a_error, str) and "did not accept this kiosk's password" in a_error
    assert a_error.endswith(")")  # (when)
    assert b_error == "—"
    a_oldest, b_oldest = _rows(grid, 6)
    assert a_oldest == "—" and b_oldest == "2 h ago"
