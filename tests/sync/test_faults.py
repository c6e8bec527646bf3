"""Fault tests on a real PostgreSQL server, each ending in exact counts on the central side:

1. the central server is down while visitors keep answering; back up → everything arrives once;
2. the server is killed in the middle of a batch (its transaction open) → nothing lost, nothing doubled;
3. the kiosk's own `kiosk sync --once` process is SIGKILLed during a big push — with a batch's central
   transaction open, and between a central commit and the local mark → the same;
4. two kiosks of one site and one of another push (and pull) at the same moment → exact per kiosk,
   nothing crosses sites;
5. idempotence at volume: everything re-sent → no new rows, no conflicts; one UUID with new content →
   exactly one conflict, the stored row unchanged.
Kiosks log in with their own least-privilege roles. Tests that kill or stop a server use a server of
this module's own, so the session's shared server is never disturbed. No test sleeps to wait: each waits
for a condition (a lock wait seen in pg_stat_activity, a row count), with a generous guard.
"""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, text

from kiosk.core.clock import ManualClock, SystemClock
from kiosk.core.config import Config
from kiosk.data.content import publish_content
from kiosk.data.outbox import RecordTable
from kiosk.sync.cycle import CycleReport, SyncCycle
from kiosk.sync.push import Outcome
from tests.helpers import REPO, child_env
from tests.support.pgserver import PG_MISSING, PgServer, find_pg_bin
from tests.sync.kiosks import (
    Login,
    bulk_answers,
    central_db,
    count,
    kiosk_config,
    kiosk_login,
    local_store,
    record_answers,
    unsent,
)

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
GUARD = 60.0  # seconds: only ever a guard against a hang, never a timing assertion


def wait_for(predicate: Callable[[], bool], what: str, guard: float = GUARD) -> None:
    deadline = time.monotonic() + guard
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.005)


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip(PG_MISSING)
    with PgServer(bin_dir) as server:
        yield server


@dataclass
class Central:
    server: PgServer
    admin: Engine
    admin_url: str
    db: str

    def login(self, site: str, kiosk_id: str) -> Login:
        return kiosk_login(self.admin, self.admin_url, site, kiosk_id)

    def superuser(self) -> psycopg.Connection:
        return self.server.connect(self.db)


def _central(server: PgServer) -> Iterator[Central]:
    if not server.running:
        server.restart()
    db = f"faults_{uuid.uuid4().hex[:12]}"
    server.create_database(db)
    url = server.url(db)
    admin = central_db(url, sites=("riverside", "harbour"))
    try:
        yield Central(server, admin, url, db)
    finally:
        admin.dispose()
        if not server.running:
            server.restart()
        server.drop_database(db)


@pytest.fixture
def crashable(own_server: PgServer) -> Iterator[Central]:
    """A central database on this module's own server, which the test may kill."""
    yield from _central(own_server)


@pytest.fixture
def shared(pg_server: PgServer) -> Iterator[Central]:
    """A central database on the session's shared server (never killed)."""
    yield from _central(pg_server)


def _cycle(config: Config, login: Login, clock: object, local: Engine,
           on_batch: Callable[[RecordTable, Outcome], None] | None = None) -> CycleReport:
    cycle = SyncCycle(config, clock, env=login.env, local=local, on_batch=on_batch)  # type: ignore[arg-type]
    try:
        return cycle.run()
    finally:
        cycle.close()


def _waiting_on_a_lock(central: Central, role: str) -> bool:
    with central.superuser() as conn:
        row = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND usename = %s "
                           "AND wait_event_type = 'Lock'", [central.db, role]).fetchone()
    return row is not None and row[0] > 0


# -- 1. central down, taps continue, central back ------------------------------------------------------

def test_central_down_taps_continue_then_everything_arrives_once(crashable: Central, tmp_path: Path,
                                                                  clock: ManualClock) -> None:
    login = crashable.login("riverside", "kiosk-1")
    config = kiosk_config(tmp_path, login.url)
    with local_store(config) as local:
        record_answers(local, config, clock, 20, followups=False)
        assert _cycle(config, login, clock, local).ok
        assert count(crashable.admin, "checkin") == 20

        crashable.server.kill()
        record_answers(local, config, clock, 50, followups=False)  # visitors keep answering
        failed = [_cycle(config, login, clock, local) for _ in range(3)]

        assert [r.ok for r in failed] == [False] * 3
        assert failed[0].error == ("Cannot reach the central database (connection refused). "
                                   "Answers are safe on this kiosk and will be sent when it is back.")
        assert unsent(local) == 50  # nothing marked sent

        crashable.server.restart()
        back = _cycle(config, login, clock, local)

        assert back.ok, back.error
        assert back.push is not None and back.push.tables["checkin"].stored == 50
        assert unsent(local) == 0
    assert count(crashable.admin, "checkin") == 70  # exactly: 20 before, 50 while it was down
    assert count(crashable.admin, "checkin", "WHERE kiosk = 'kiosk-1'") == 70
    assert count(crashable.admin, "sync_conflict") == 0


# -- 2. the server killed in the middle of a batch -----------------------------------------------------

@pytest.mark.parametrize("moment", ["inside-a-batch", "whenever"])
def test_server_killed_mid_push_loses_and_doubles_nothing(crashable: Central, tmp_path: Path,
                                                          clock: ManualClock, moment: str) -> None:
    login = crashable.login("riverside", "kiosk-1")
    config = kiosk_config(tmp_path, login.url, sync__batch_size=200)
    role = login.url.split("://", 1)[1].split("@", 1)[0]
    with local_store(config) as local:
        bulk_answers(local, config, clock, 20_000)
        five_batches = threading.Event()
        locked = threading.Event()
        holder: list[psycopg.Connection] = []

        def on_batch(spec: RecordTable, outcome: Outcome) -> None:
            if spec.name == "checkin" and not five_batches.is_set() and count(local, "checkin",
                                                                              "WHERE synced_at IS NOT NULL") >= 1000:
                five_batches.set()
                if moment == "inside-a-batch":
                    locked.wait(GUARD)  # the next batch's INSERT will wait on the test's table lock

        result: list[CycleReport] = []
        pusher = threading.Thread(target=lambda: result.append(_cycle(config, login, clock, local, on_batch)))
        pusher.start()
        try:
            assert five_batches.wait(GUARD)
            if moment == "inside-a-batch":
                lock = crashable.superuser()
                holder.append(lock)
                lock.autocommit = False
                lock.execute("LOCK TABLE checkin IN SHARE ROW EXCLUSIVE MODE")
                locked.set()
                wait_for(lambda: _waiting_on_a_lock(crashable, role), "the push to wait inside its batch")
            crashable.server.kill()
        finally:
            locked.set()
            pusher.join(GUARD)
            for conn in holder:
                conn.close()
        assert not pusher.is_alive()
        [killed] = result
        if moment == "inside-a-batch" or not killed.ok:  # "whenever" may even land after the push
            assert not killed.ok and killed.error is not None
            assert killed.error.startswith(("The connection to the central database was lost",
                                            "Cannot reach the central database"))

        crashable.server.restart()
        arrived = count(crashable.admin, "checkin")
        assert 1000 <= arrived <= 20_000
        if moment == "inside-a-batch":
            assert arrived < 20_000 and arrived % 200 == 0  # whole batches only: the open one rolled back
        again = _cycle(config, login, clock, local)

        assert again.ok, again.error
        assert unsent(local) == 0
        local_count = count(local, "checkin")
    assert count(crashable.admin, "checkin") == local_count == 20_000
    assert count(crashable.admin, "sync_conflict") == 0
    assert count(crashable.admin, "(SELECT DISTINCT id FROM checkin) AS ids") == 20_000


# -- 3. the kiosk process SIGKILLed during a push ------------------------------------------------------

def _sync_process(tmp_path: Path, config: Config, login: Login) -> subprocess.Popen[bytes]:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(f'[site]\nid = "{config.site_id}"\n[kiosk]\nid = "{config.kiosk_id}"\n'
                           f'[sync]\ncentral_url = "{login.url}"\nbatch_size = {config.sync_batch_size}\n',
                           encoding="utf-8")
    env = child_env(KIOSK_DATA_DIR=str(config.data_dir), KIOSK_CONFIG=str(config_file), **login.env)
    return subprocess.Popen([sys.executable, "-m", "kiosk", "sync", "--once"], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize("moment", ["central-transaction-open", "after-central-commit-before-local-mark"])
def test_kiosk_process_killed_mid_push_loses_and_doubles_nothing(shared: Central, tmp_path: Path,
                                                                  moment: str) -> None:
    login = shared.login("riverside", "kiosk-1")
    config = kiosk_config(tmp_path, login.url, sync__batch_size=500)
    role = login.url.split("://", 1)[1].split("@", 1)[0]
    clock = ManualClock()
    with local_store(config) as local:
        bulk_answers(local, config, clock, 10_000)
        record_answers(local, config, clock, 300)  # 300 more check-ins, 200 follow-ups
    # Park the push at its first follow-up batch: every check-in is sent, that INSERT waits on this lock.
    gate = shared.superuser()
    gate.autocommit = False
    gate.execute("LOCK TABLE checkin_followup IN SHARE ROW EXCLUSIVE MODE")
    proc = _sync_process(tmp_path, config, login)
    local_lock: sqlite3.Connection | None = None
    try:
        wait_for(lambda: _waiting_on_a_lock(shared, role), "the push to reach the follow-ups")
        assert count(shared.admin, "checkin") == 10_300
        if moment == "after-central-commit-before-local-mark":
            # Hold the kiosk's own store, then let the central transaction commit: the push now waits to
            # mark its rows sent — the moment when a crash leaves sent rows looking unsent.
            local_lock = sqlite3.connect(config.database_path, timeout=GUARD, isolation_level=None)
            local_lock.execute("BEGIN IMMEDIATE")
            gate.commit()
            wait_for(lambda: count(shared.admin, "checkin_followup") == 200, "the follow-ups' central commit")
        proc.send_signal(signal.SIGKILL)
        proc.wait(GUARD)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        assert proc.stdout is not None and proc.stderr is not None
        out, err = proc.stdout.read(), proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
        gate.close()
        if local_lock is not None:
            local_lock.rollback()
            local_lock.close()
    assert proc.returncode == -signal.SIGKILL, (out, err)

    with local_store(config) as local:
        followups_before = count(shared.admin, "checkin_followup")
        assert followups_before == (200 if moment.startswith("after") else 0)
        assert count(local, "checkin_followup", "WHERE synced_at IS NULL") == 200  # none marked sent
        again = _cycle(config, login, SystemClock(), local)

        assert again.ok, again.error
        assert again.push is not None
        assert again.push.tables["checkin_followup"].duplicates == followups_before
        assert unsent(local) == 0
    assert count(shared.admin, "checkin") == 10_300
    assert count(shared.admin, "checkin_followup") == 200
    assert count(shared.admin, "sync_conflict") == 0


# -- 4. three kiosks at once ---------------------------------------------------------------------------

def test_three_kiosks_of_two_sites_push_and_pull_at_once(shared: Central, tmp_path: Path) -> None:
    kiosks = [("riverside", "river-1", 3000), ("riverside", "river-2", 2000), ("harbour", "harbour-1", 1500)]
    for site in ("riverside", "harbour"):
        for i in range(3):
            publish_content(shared.admin, site, "listing", {"site": site, "n": i}, "staff")
    setups = []
    with contextlib.ExitStack() as stores:
        for site, kiosk_id, n in kiosks:  # Alembic is not thread-safe: the stores are prepared here
            login = shared.login(site, kiosk_id)
            config = kiosk_config(tmp_path, login.url, kiosk_id=kiosk_id, site=site, sync__batch_size=250)
            local = stores.enter_context(local_store(config))
            clock = ManualClock()
            bulk_answers(local, config, clock, n)
            record_answers(local, config, clock, 30)
            setups.append((config, login, local, clock))
        start = threading.Barrier(len(setups))
        reports: dict[str, list[CycleReport]] = {}
        mirrors: dict[str, list[str]] = {}
        errors: list[BaseException] = []

        def kiosk(config: Config, login: Login, local: Engine, clock: ManualClock) -> None:
            try:
                start.wait(GUARD)
                reports[config.kiosk_id] = [_cycle(config, login, clock, local) for _ in range(2)]
            except BaseException as e:  # reported in the main thread
                errors.append(e)

        threads = [threading.Thread(target=kiosk, args=s) for s in setups]
        for t in threads:
            t.start()
        for t in threads:
            t.join(GUARD * 2)
        for config, _login, local, _clock in setups:
            assert unsent(local) == 0
            with local.connect() as lconn:
                mirrors[config.kiosk_id] = list(lconn.execute(text("SELECT site FROM site_content")).scalars())
    assert not errors, errors
    assert all(r.ok for rs in reports.values() for r in rs), reports
    for site, kiosk_id, n in kiosks:
        assert count(shared.admin, "checkin", "WHERE kiosk = :k AND site = :s", k=kiosk_id, s=site) == n + 30
        assert count(shared.admin, "checkin", "WHERE kiosk = :k", k=kiosk_id) == n + 30  # no other site
        assert count(shared.admin, "checkin_followup", "WHERE kiosk = :k AND site = :s", k=kiosk_id, s=site) == 20
        assert count(shared.admin, "heartbeat", "WHERE kiosk = :k AND site = :s", k=kiosk_id, s=site) == 2
        assert mirrors[kiosk_id] == [site] * 3  # its own site's three items, and only those
    assert count(shared.admin, "checkin") == 3000 + 2000 + 1500 + 90
    assert count(shared.admin, "sync_conflict") == 0


# -- 5. idempotence at volume --------------------------------------------------------------------------

def test_resending_everything_changes_nothing_and_one_changed_record_is_one_conflict(
        shared: Central, tmp_path: Path, clock: ManualClock) -> None:
    login = shared.login("riverside", "kiosk-1")
    config = kiosk_config(tmp_path, login.url)
    with local_store(config) as local:
        bulk_answers(local, config, clock, 5000)
        record_answers(local, config, clock, 30)
        assert _cycle(config, login, clock, local).ok
        with shared.admin.connect() as conn:
            before = conn.execute(text("SELECT id, answer, digest, synced_at FROM checkin ORDER BY id")).all()

        with local.begin() as conn:
            conn.execute(text("UPDATE checkin SET synced_at = NULL"))
            conn.execute(text("UPDATE checkin_followup SET synced_at = NULL"))
        resent = _cycle(config, login, clock, local)

        assert resent.ok and resent.push is not None
        assert (resent.push.tables["checkin"].duplicates, resent.push.tables["checkin_followup"].duplicates) == (
            5030, 20)
        assert resent.push.conflicts == 0 and unsent(local) == 0
        assert count(shared.admin, "checkin") == 5030 and count(shared.admin, "sync_conflict") == 0

        with local.begin() as conn:
            victim = conn.execute(text("SELECT id FROM checkin WHERE answer = 'yes' LIMIT 1")).scalar_one()
            conn.execute(text("UPDATE checkin SET answer = 'no', synced_at = NULL WHERE id = :id"), {"id": victim})
        for _ in range(2):  # twice: the conflict is recorded once
            changed = _cycle(config, login, clock, local)
            assert changed.ok
            with local.begin() as conn:
                conn.execute(text("UPDATE checkin SET synced_at = NULL WHERE id = :id"), {"id": victim})

    with shared.admin.connect() as conn:
        after = conn.execute(text("SELECT id, answer, digest, synced_at FROM checkin ORDER BY id")).all()
        conflicts = conn.execute(text("SELECT record_id, kiosk FROM sync_conflict")).all()
    assert after == before  # no row changed, not even its receipt time
    assert [(str(c.record_id).replace("-", ""), c.kiosk) for c in conflicts] == [(str(victim).replace("-", ""),
                                                                                  "kiosk-1")]

