"""Pull: a site's content arrives by a change cursor that never skips a row, even one whose transaction
commits late (PostgreSQL commits out of transaction-id order); staff edits are versioned and a stale edit
is refused. Runs on a SQLite central file and on a real PostgreSQL server (pulling as a kiosk role)."""

from __future__ import annotations

import contextlib
import json
import random
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select, text
from sqlalchemy.exc import DBAPIError

from kiosk.core.clock import ManualClock
from kiosk.core.errors import StaleEdit
from kiosk.data.content import publish_content
from kiosk.data.models import Base
from kiosk.data.outbox import SyncState
from kiosk.sync.connect import central_engine, central_for
from kiosk.sync.pull import horizon, pull
from tests.sync.kiosks import Login, central_db, kiosk_config, kiosk_login, local_store

CONTENT = Base.metadata.tables["site_content"]


@dataclass
class Setup:
    admin: Engine  # where staff publish
    kiosk: Engine  # what the kiosk pulls with (its own role on PostgreSQL)
    login: Login

    @property
    def source(self) -> str:
        return self.login.url


@contextlib.contextmanager
def _setup(url: str, tmp_path: Path) -> Iterator[Setup]:
    admin = central_db(url, sites=("riverside", "harbour"))
    try:
        login = kiosk_login(admin, url, "riverside", "kiosk-1")
        kiosk = central_engine(central_for(kiosk_config(tmp_path, login.url), login.env))
        try:
            yield Setup(admin, kiosk, login)
        finally:
            kiosk.dispose()
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def setup(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Setup]:
    url = str(tmp_path / "central.sqlite3") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    with _setup(url, tmp_path) as s:
        yield s


@pytest.fixture
def pg_setup(pg_url: str, tmp_path: Path) -> Iterator[Setup]:
    """Concurrent writers that commit out of order: PostgreSQL only (SQLite writers take turns)."""
    with _setup(pg_url, tmp_path) as s:
        yield s


def _mirror(local: Engine) -> dict[uuid.UUID, tuple[int, bool, dict[str, object]]]:
    with local.connect() as conn:
        rows = conn.execute(select(CONTENT.c.id, CONTENT.c.version, CONTENT.c.archived, CONTENT.c.payload)).all()
    return {r.id: (r.version, r.archived, json.loads(r.payload)) for r in rows}


def _central(admin: Engine, site: str = "riverside") -> dict[uuid.UUID, tuple[int, bool, dict[str, object]]]:
    with admin.connect() as conn:
        rows = conn.execute(select(CONTENT.c.id, CONTENT.c.version, CONTENT.c.archived, CONTENT.c.payload)
                            .where(CONTENT.c.site == site)).all()
    return {r.id: (r.version, r.archived, json.loads(r.payload)) for r in rows}


def test_published_content_arrives_once_and_only_for_the_kiosks_site(setup: Setup, tmp_path: Path,
                                                                      clock: ManualClock) -> None:
    mine = publish_content(setup.admin, "riverside", "listing", {"title": "Coffee morning"}, "sam", clock=clock)
    publish_content(setup.admin, "harbour", "listing", {"title": "Not for riverside"}, "sam", clock=clock)
    with local_store(kiosk_config(tmp_path)) as local:
        first = pull(setup.kiosk, local, "riverside", setup.source)
        again = pull(setup.kiosk, local, "riverside", setup.source)

        assert (first.changes, again.changes) == (1, 0)
        assert _mirror(local) == {mine.id: (1, False, {"title": "Coffee morning"})}
        assert SyncState(local).get(SyncState.CURSOR) == str(again.cursor)
        with local.connect() as conn:
            row = conn.execute(select(CONTENT)).one()
        assert (row.site, row.kind, row.updated_by, row.updated_at) == ("riverside", "listing", "sam", clock.now())


def test_edits_arrive_with_their_version_and_archiving(setup: Setup, tmp_path: Path, clock: ManualClock) -> None:
    item = publish_content(setup.admin, "riverside", "listing", {"title": "v1"}, "sam")
    with local_store(kiosk_config(tmp_path)) as local:
        pull(setup.kiosk, local, "riverside", setup.source)
        edited = publish_content(setup.admin, "riverside", "listing", {"title": "v2"}, "alex", 1, content_id=item.id)
        archived = publish_content(setup.admin, "riverside", "listing", {"title": "v2"}, "alex", 2,
                                   content_id=item.id, archived=True)

        assert (edited.version, archived.version, archived.archived) == (2, 3, True)
        assert pull(setup.kiosk, local, "riverside", setup.source).changes == 1
        assert _mirror(local) == {item.id: (3, True, {"title": "v2"})}


def test_a_stale_edit_is_refused_and_changes_nothing(setup: Setup) -> None:
    item = publish_content(setup.admin, "riverside", "listing", {"title": "v1"}, "sam")
    publish_content(setup.admin, "riverside", "listing", {"title": "alex's edit"}, "alex", 1, content_id=item.id)

    with pytest.raises(StaleEdit) as info:
        publish_content(setup.admin, "riverside", "listing", {"title": "sam's late edit"}, "sam", 1,
                        content_id=item.id)

    assert (info.value.expected, info.value.found, info.value.kind) == (1, 2, "stale_edit")
    assert "someone else changed this item first" in str(info.value)
    assert _central(setup.admin) == {item.id: (2, False, {"title": "alex's edit"})}
    with pytest.raises(StaleEdit) as gone:
        publish_content(setup.admin, "riverside", "listing", {}, "sam", 4, content_id=uuid.uuid4())
    assert gone.value.found is None
    with pytest.raises(ValueError, match="belongs to site 'riverside'"):
        publish_content(setup.admin, "harbour", "listing", {}, "sam", content_id=item.id)
    with pytest.raises(ValueError, match="content_id"):
        publish_content(setup.admin, "riverside", "listing", {}, "sam", 1)


def test_expected_version_0_writes_a_new_item_only(setup: Setup) -> None:
    """A first save at a chosen id (a site's settings) never overwrites one someone made meanwhile."""
    cid = uuid.uuid4()
    first = publish_content(setup.admin, "riverside", "listing", {"title": "mine"}, "sam", 0, content_id=cid)
    assert first.version == 1
    with pytest.raises(StaleEdit) as late:
        publish_content(setup.admin, "riverside", "listing", {"title": "theirs"}, "alex", 0, content_id=cid)
    assert (late.value.expected, late.value.found) == (0, 1)
    assert _central(setup.admin) == {cid: (1, False, {"title": "mine"})}


def test_the_local_mirror_keeps_the_higher_version(setup: Setup, tmp_path: Path) -> None:
    item = publish_content(setup.admin, "riverside", "listing", {"title": "v1"}, "sam")
    with local_store(kiosk_config(tmp_path)) as local:
        pull(setup.kiosk, local, "riverside", setup.source)
        with local.begin() as conn:  # a newer copy is already here (say, from a restored backup)
            conn.execute(text("UPDATE site_content SET version = 5, payload = '{\"title\": \"v5\"}'"))
        SyncState(local).set({SyncState.CURSOR: "0"})

        assert pull(setup.kiosk, local, "riverside", setup.source).changes == 1  # received, but older
        assert _mirror(local) == {item.id: (5, False, {"title": "v5"})}


def test_a_new_central_database_or_a_horizon_going_back_starts_the_cursor_again(setup: Setup,
                                                                                 tmp_path: Path) -> None:
    item = publish_content(setup.admin, "riverside", "listing", {"title": "v1"}, "sam")
    with local_store(kiosk_config(tmp_path)) as local:
        state = SyncState(local)
        state.set({SyncState.CURSOR: str(10**12), SyncState.CURSOR_SOURCE: "some other central database"})
        assert pull(setup.kiosk, local, "riverside", setup.source).changes == 1

        with local.begin() as conn:
            conn.execute(text("DELETE FROM site_content"))
        state.set({SyncState.CURSOR: str(10**12)})  # beyond anything this central database has handed out
        assert pull(setup.kiosk, local, "riverside", setup.source).changes == 1
        assert set(_mirror(local)) == {item.id}


def test_many_interleaved_edits_and_pulls_skip_nothing(setup: Setup, tmp_path: Path) -> None:
    rng = random.Random(3)
    ids: list[uuid.UUID] = []
    with local_store(kiosk_config(tmp_path)) as local:
        for step in range(60):
            if ids and rng.random() < 0.5:
                target = rng.choice(ids)
                publish_content(setup.admin, "riverside", "listing", {"step": step}, "sam", content_id=target)
            else:
                ids.append(publish_content(setup.admin, "riverside", "listing", {"step": step}, "sam").id)
            if rng.random() < 0.4:
                pull(setup.kiosk, local, "riverside", setup.source)
        pull(setup.kiosk, local, "riverside", setup.source)
        assert _mirror(local) == _central(setup.admin)
        assert len(ids) > 20


@pytest.mark.postgres
def test_a_row_that_commits_late_is_not_skipped(pg_setup: Setup, tmp_path: Path) -> None:
    """tx1 writes A and stays open: a pull must not move its cursor past A; another writer of the same site
    waits its turn (the site's counter row is locked until tx1 ends), another site's writer does not."""
    setup = pg_setup
    a_id = uuid.uuid4()
    with local_store(kiosk_config(tmp_path)) as local, setup.admin.connect() as tx1:
        before = publish_content(setup.admin, "riverside", "listing", {"title": "before"}, "quick")
        tx1.begin()
        tx1.execute(insert(CONTENT).values(id=a_id, site="riverside", kind="listing", payload='{"title": "A"}',
                                           version=1, archived=False, updated_by="slow", change_seq=0,
                                           updated_at=text("now()")))
        a_seq = tx1.execute(select(CONTENT.c.change_seq).where(CONTENT.c.id == a_id)).scalar_one()
        with setup.admin.connect() as tx2, tx2.begin():  # the same site: waits for tx1 (here: gives up soon)
            tx2.execute(text("SET LOCAL lock_timeout = '100ms'"))
            with pytest.raises(DBAPIError, match="lock timeout"):
                tx2.execute(insert(CONTENT).values(id=uuid.uuid4(), site="riverside", kind="listing", payload="{}",
                                                   version=1, archived=False, updated_by="x", change_seq=0,
                                                   updated_at=text("now()")))
        elsewhere = publish_content(setup.admin, "harbour", "listing", {"title": "B"}, "quick")  # not held up
        assert elsewhere.change_seq >= 1

        early = pull(setup.kiosk, local, "riverside", setup.source)

        assert set(_mirror(local)) == {before.id}  # A is invisible until it commits
        assert early.cursor <= a_seq  # and the cursor does not pass it
        tx1.commit()

        late = pull(setup.kiosk, local, "riverside", setup.source)

        assert set(_mirror(local)) == {a_id, before.id}
        assert late.changes == 1
        assert _mirror(local) == _central(setup.admin)


@pytest.mark.postgres
def test_concurrent_writers_and_pulls_skip_nothing(pg_setup: Setup, tmp_path: Path) -> None:
    """Four threads publish and edit while the kiosk pulls over and over: every pull sees only committed
    content, and the last one has all of it."""
    setup = pg_setup
    rng = random.Random(11)
    plan = [(n, rng.random() < 0.4) for n in range(40)]

    def write(step: tuple[int, bool]) -> uuid.UUID:
        n, twice = step
        item = publish_content(setup.admin, "riverside", "listing", {"writer": n}, f"w{n}")
        if twice:
            publish_content(setup.admin, "riverside", "listing", {"writer": n, "edit": 2}, f"w{n}",
                            item.version, content_id=item.id)
        return item.id

    with local_store(kiosk_config(tmp_path)) as local, ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(write, step) for step in plan]
        pulls = 0
        while not all(f.done() for f in futures) or pulls == 0:
            pull(setup.kiosk, local, "riverside", setup.source)
            assert set(_mirror(local)) <= set(_central(setup.admin))
            pulls += 1
        ids = {f.result() for f in futures}
        pull(setup.kiosk, local, "riverside", setup.source)
        assert _mirror(local) == _central(setup.admin)
        assert set(_mirror(local)) == ids


def test_the_horizon_is_above_every_finished_write(setup: Setup) -> None:
    item = publish_content(setup.admin, "riverside", "listing", {}, "sam")
    with setup.kiosk.connect() as conn:
        assert horizon(conn, "riverside") > item.change_seq


def test_a_sync_cycle_says_what_its_pull_changed(setup: Setup, tmp_path: Path) -> None:
    """The screens hear of pulled content through the event hub: ListingsChanged for listings, WallChanged for
    wall decisions, nothing when nothing arrived."""
    from kiosk.core.events import Event, ListingsChanged, WallChanged
    from kiosk.data.services import Services
    from kiosk.sync.cycle import SyncCycle

    clock = ManualClock()
    config = kiosk_config(tmp_path, setup.login.url)
    heard: list[Event] = []
    with local_store(config) as local:
        cycle = SyncCycle(config, clock, env=setup.login.env, local=local,
                          services=Services(config, clock, publish=heard.append))
        try:
            assert cycle.run().ok and heard == []  # nothing to pull yet: nothing said
            publish_content(setup.admin, "riverside", "listing", {"title": "Coffee morning"}, "sam", clock=clock)
            assert cycle.run().ok and heard == [ListingsChanged("riverside")]
            heard.clear()
            publish_content(setup.admin, "harbour", "listing", {"title": "Not ours"}, "sam", clock=clock)
            assert cycle.run().ok and heard == []  # another site's news is not this kiosk's
            publish_content(setup.admin, "riverside", "wall", {"status": "hidden"}, "sam", clock=clock)
            assert cycle.run().ok and heard == [WallChanged("riverside")]
        finally:
            cycle.close()
