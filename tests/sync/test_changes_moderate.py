"""Central moderation of the kindness wall: `kiosk central moderate` and kiosk.wall.central. A decision
made centrally reaches every kiosk of the site with its next sync, and a staff user may moderate only the
sites they look after (PostgreSQL enforces it)."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert
from sqlalchemy.exc import DBAPIError

from kiosk import features
from kiosk.core.clock import ManualClock
from kiosk.data.content_models import WallMessageRecord
from kiosk.data.engine import make_engine
from kiosk.data.services import Services
from kiosk.sync.central import CentralError, add_user
from kiosk.sync.cycle import SyncCycle
from kiosk.wall.central import moderate, wall_messages
from kiosk.wall.rules.messages import MessageStatus, WallMessage
from kiosk.wall.store import WallService
from tests.helpers import child_env, run_kiosk
from tests.support.pgserver import PgServer
from tests.sync.kiosks import central_db, kiosk_config, kiosk_login, local_store


@dataclass
class Kiosk:
    wall: WallService
    cycle: SyncCycle

    def sync(self) -> None:
        report = self.cycle.run()
        assert report.ok, report.error


@contextlib.contextmanager
def _kiosk(admin: Engine, url: str, root: Path, kiosk_id: str, clock: ManualClock) -> Iterator[Kiosk]:
    login = kiosk_login(admin, url, "riverside", kiosk_id)
    config = kiosk_config(root, login.url, kiosk_id=kiosk_id)
    with local_store(config) as local:
        # the features' pull appliers (the wall's decisions), as the app and `kiosk sync` give them
        cycle = SyncCycle(config, clock, env=login.env, local=local, services=features.wire(Services(config, clock)))
        try:
            yield Kiosk(WallService(local, "riverside", kiosk_id, clock), cycle)
        finally:
            cycle.close()


@dataclass
class Setup:
    admin: Engine
    url: str
    a: Kiosk
    b: Kiosk


@contextlib.contextmanager
def _setup(url: str, tmp_path: Path, clock: ManualClock) -> Iterator[Setup]:
    admin = central_db(url, sites=("riverside", "harbour"))
    try:
        with _kiosk(admin, url, tmp_path, "a", clock) as a, _kiosk(admin, url, tmp_path, "b", clock) as b:
            yield Setup(admin, url, a, b)
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def setup(request: pytest.FixtureRequest, tmp_path: Path, clock: ManualClock) -> Iterator[Setup]:
    url = str(tmp_path / "central.sqlite3") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    with _setup(url, tmp_path, clock) as s:
        yield s


@pytest.fixture
def pg_setup(pg_url: str, tmp_path: Path, clock: ManualClock) -> Iterator[Setup]:
    with _setup(pg_url, tmp_path, clock) as s:
        yield s


def _add(k: Kiosk, clock: ManualClock, words: str, status: MessageStatus) -> WallMessage:
    clock.advance(60)
    return k.wall.add(WallMessage.new(text=words, site="riverside", kiosk=k.wall.kiosk, language="en",
                                      status=status, clock=clock, flags=frozenset({"shouting"})
                                      if status is MessageStatus.PENDING else frozenset()))


def test_central_hide_and_approve_reach_every_kiosk(setup: Setup, clock: ManualClock) -> None:
    shown = _add(setup.a, clock, "Thanks for the umbrella", MessageStatus.APPROVED)
    waiting = _add(setup.a, clock, "WAITING FOR STAFF", MessageStatus.PENDING)
    setup.a.sync()
    setup.b.sync()
    listed = wall_messages(setup.admin, "riverside")
    assert [(m.id, m.status, m.kiosk, m.version, m.flags) for m in listed] == [  # the filter decided for kiosk a only
        (shown.id, MessageStatus.PENDING, "a", 0, ()), (waiting.id, MessageStatus.PENDING, "a", 0, ("shouting",))]
    assert wall_messages(setup.admin, "harbour") == []
    assert setup.b.wall.board() == []
    assert moderate(setup.admin, "riverside", shown.id, "approve", "central").version == 1  # a person decides
    setup.b.sync()
    assert [c.id for c in setup.b.wall.board()] == [shown.id]

    hidden = moderate(setup.admin, "riverside", shown.id, "hide", "central")
    approved = moderate(setup.admin, "riverside", waiting.id, "approve", "central")
    assert (hidden.status, hidden.version, hidden.moderated_by) == (MessageStatus.HIDDEN, 2, "central")
    assert (approved.status, approved.version) == (MessageStatus.APPROVED, 1)
    assert moderate(setup.admin, "riverside", shown.id, "hide", "central").version == 2  # already so: unchanged
    setup.a.sync()
    setup.b.sync()

    for k in (setup.a, setup.b):
        assert [c.id for c in k.wall.board()] == [waiting.id]
    assert setup.a.wall.queue() == []
    assert moderate(setup.admin, "riverside", shown.id, "approve", "central").status is MessageStatus.APPROVED
    setup.b.sync()
    assert {c.id for c in setup.b.wall.board()} == {shown.id, waiting.id}
    with pytest.raises(CentralError, match="no wall message"):
        moderate(setup.admin, "harbour", shown.id, "hide", "central")
    with pytest.raises(CentralError, match="unknown site"):
        wall_messages(setup.admin, "nowhere")


def test_a_pending_message_hidden_centrally_is_rejected(setup: Setup, clock: ManualClock) -> None:
    waiting = _add(setup.a, clock, "Hmm", MessageStatus.PENDING)
    setup.a.sync()
    assert moderate(setup.admin, "riverside", waiting.id, "hide", "central").status is MessageStatus.REJECTED
    setup.a.sync()
    assert setup.a.wall.queue() == []
    gone = setup.a.wall.message(waiting.id)
    assert gone is not None and (gone.status, gone.text) == (MessageStatus.REJECTED, "Hmm")  # text kept here


@pytest.mark.postgres
def test_staff_moderate_only_their_sites(pg_setup: Setup, clock: ManualClock, pg_server: PgServer) -> None:
    setup = pg_setup
    message = _add(setup.a, clock, "Kind words", MessageStatus.APPROVED)
    setup.a.sync()
    database = setup.admin.url.database or ""
    for who, sites in (("alice", ["riverside"]), ("bob", ["harbour"])):
        user = add_user(setup.admin, "staff", who, sites)
        engine = make_engine(pg_server.url(database, user.role_name, user.password))
        try:
            if who == "alice":  # never approved for the site (only by kiosk a's filter): hiding it rejects it
                assert moderate(engine, "riverside", message.id, "hide", who).status is MessageStatus.REJECTED
            else:
                assert wall_messages(engine, "riverside") == []  # row-level security: not bob's site
                with pytest.raises((CentralError, DBAPIError)):
                    moderate(engine, "riverside", message.id, "approve", who)
        finally:
            engine.dispose()
    [m] = wall_messages(setup.admin, "riverside")
    assert (m.status, m.moderated_by) == (MessageStatus.REJECTED, "alice")


@pytest.mark.slow
def test_the_command_lists_hides_and_approves(tmp_path: Path, clock: ManualClock) -> None:
    central = tmp_path / "central.sqlite3"
    admin = central_db(str(central), sites=("riverside",))
    try:
        with _kiosk(admin, str(central), tmp_path, "a", clock) as a:
            message = _add(a, clock, "Thank you\nto the staff", MessageStatus.APPROVED)
            a.wall.decide(message.id, MessageStatus.APPROVED, staff_label="sam")  # for the site, by a person
            a.sync()
        with admin.begin() as conn:  # what a tampered kiosk could send: control characters for the terminal
            conn.execute(insert(WallMessageRecord).values(
                id=uuid.uuid4(), site="riverside", kiosk="a", created_at=clock.now(), text="evil\x1b[2J text",
                language="en", flags="", status_at_creation="pending", digest="d" * 64))
    finally:
        admin.dispose()
    base = ["central", "moderate", "--url", str(central), "--site", "riverside"]

    listing = run_kiosk([*base, "--list"], cwd=tmp_path, env=child_env())
    out = listing.stdout.decode()
    assert listing.returncode == 0, listing.stderr.decode()
    assert str(message.id) in out and "Thank you / to the staff" in out and "approved" in out
    assert "evil?[2J text" in out and "\x1b" not in out
    assert "2 message(s), 1 waiting for staff" in out

    hide = run_kiosk([*base, "--hide", str(message.id)], cwd=tmp_path, env=child_env())
    assert hide.returncode == 0, hide.stderr.decode()
    assert f"message {message.id} is now hidden" in hide.stdout.decode()
    again = run_kiosk([*base, "--hide", str(message.id)], cwd=tmp_path, env=child_env())
    assert "already hidden; nothing changed" in again.stdout.decode()

    bad = run_kiosk([*base, "--approve", "not-an-id"], cwd=tmp_path, env=child_env())
    assert bad.returncode == 2 and "is not a message id" in bad.stderr.decode()
    unknown = run_kiosk([*base, "--approve", str(uuid.uuid4())], cwd=tmp_path, env=child_env())
    assert unknown.returncode == 2 and "no wall message" in unknown.stderr.decode()
