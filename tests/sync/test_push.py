"""Push: every record arrives once, in batches, idempotent by UUID; conflicts are kept aside; local rows are
marked sent only after the central commit. Each test runs on a SQLite central file and on a real
PostgreSQL server, both as the superuser and as a kiosk's own least-privilege login role."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, insert, select, text

from kiosk import __version__
from kiosk.core.clock import ManualClock
from kiosk.core.errors import StorageError
from kiosk.core.records import record_digest
from kiosk.data.content_models import WallMessageRecord
from kiosk.data.engine import sqlite_engine
from kiosk.data.models import CheckInRecord
from kiosk.data.outbox import RECORD_TABLES, Batch, Outbox, RecordTable
from kiosk.data.sync_models import HeartbeatRecord
from kiosk.sync import push as push_module
from kiosk.sync.connect import central_engine, central_for
from kiosk.sync.cycle import SyncCycle
from kiosk.sync.push import conflict_id, push
from tests.support.pgserver import free_port
from tests.sync.kiosks import (
    Login,
    bulk_answers,
    central_db,
    count,
    kiosk_config,
    kiosk_login,
    local_store,
    record_answers,
    superuser_login,
    unsent,
)


@dataclass
class Central:
    admin: Engine  # to check what arrived (superuser / file owner)
    login: Login  # what the kiosk uses

    @property
    def kind(self) -> str:
        return self.admin.dialect.name


@pytest.fixture(params=["sqlite", pytest.param("pg-superuser", marks=pytest.mark.postgres),
                        pytest.param("pg-kiosk-role", marks=pytest.mark.postgres)])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Central]:
    url = str(tmp_path / "central.sqlite3") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    admin = central_db(url, sites=("riverside", "harbour"))
    login = superuser_login(url) if request.param == "pg-superuser" else kiosk_login(admin, url, "riverside",
                                                                                     "kiosk-1")
    yield Central(admin, login)
    admin.dispose()


def _push(c: Central, local: Engine, config_root: Path, clock: ManualClock, batch_size: int = 7,
          **kw: object) -> push_module.PushReport:
    config = kiosk_config(config_root, c.login.url)
    where = central_for(config, c.login.env)
    engine = central_engine(where)
    try:
        return push(engine, Outbox(local, config.site_id, config.kiosk_id), clock, batch_size=batch_size,
                    **kw)  # type: ignore[arg-type]
    finally:
        engine.dispose()


def test_every_record_arrives_once_in_batches(central: Central, tmp_path: Path, clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        record_answers(local, config, clock, 30)  # 30 check-ins, 20 follow-ups
        batches: list[tuple[str, int, int]] = []
        before = datetime.now(UTC)

        report = _push(central, local, tmp_path, clock,
                       on_batch=lambda spec, outcome: batches.append((spec.name, outcome.stored, unsent(local))))

        assert (report.tables["checkin"].stored, report.tables["checkin_followup"].stored) == (30, 20)
        assert (report.duplicates, report.conflicts) == (0, 0)
        # batches of 7, check-ins first, then the follow-ups (whose check-ins are now all there); each batch is
        # reported once it is marked sent locally
        assert batches == [("checkin", 7, 43), ("checkin", 7, 36), ("checkin", 7, 29), ("checkin", 7, 22),
                           ("checkin", 2, 20), ("checkin_followup", 7, 13), ("checkin_followup", 7, 6),
                           ("checkin_followup", 6, 0)]
        assert unsent(local) == 0
        assert count(central.admin, "checkin") == 30 and count(central.admin, "checkin_followup") == 20
        assert count(central.admin, "sync_conflict") == 0
        t = CheckInRecord.__table__
        content = [c for c in t.c if c.name not in ("digest", "synced_at")]
        with local.connect() as lc, central.admin.connect() as cc:
            mine = set(lc.execute(select(*content)).all())
            theirs = cc.execute(select(t).order_by(t.c.answered_at)).all()
        assert {tuple(r)[:len(content)] for r in theirs} == mine  # the same records, field for field
        assert all(r.digest == record_digest(r._asdict()) for r in theirs)
        if central.kind == "postgresql":  # the server's receipt time, not the kiosk's (hand-moved) clock
            assert all(r.synced_at >= before for r in theirs)
        else:
            assert all(r.synced_at == clock.now() for r in theirs)


def test_the_digest_stored_centrally_is_the_records_own(central: Central, tmp_path: Path,
                                                         clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        [checkin] = record_answers(local, config, clock, 1, followups=False)
        _push(central, local, tmp_path, clock)
    expected = record_digest({"id": checkin.id, "site": checkin.site, "kiosk": checkin.kiosk,
                              "answered_at": checkin.answered_at, "local_date": checkin.local_date,
                              "answer": checkin.answer, "language": checkin.language})
    with central.admin.connect() as conn:
        assert conn.execute(text("SELECT digest FROM checkin")).scalar_one() == expected


def test_a_record_sent_twice_is_stored_once(central: Central, tmp_path: Path, clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        record_answers(local, config, clock, 12)
        _push(central, local, tmp_path, clock)
        with local.begin() as conn:  # as if the marks had been lost
            conn.execute(text("UPDATE checkin SET synced_at = NULL"))
            conn.execute(text("UPDATE checkin_followup SET synced_at = NULL"))

        again = _push(central, local, tmp_path, clock)

        assert (again.duplicates, again.conflicts, sum(t.stored for t in again.tables.values())) == (20, 0, 0)
        assert unsent(local) == 0
    assert count(central.admin, "checkin") == 12 and count(central.admin, "checkin_followup") == 8
    assert count(central.admin, "sync_conflict") == 0


def test_same_uuid_other_content_is_kept_aside_once_and_the_stored_row_is_untouched(
        central: Central, tmp_path: Path, clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        [first, *_] = record_answers(local, config, clock, 3, followups=False)
        _push(central, local, tmp_path, clock)
        with local.begin() as conn:  # the same UUID now carries another answer
            conn.execute(text("UPDATE checkin SET answer = 'no', synced_at = NULL WHERE answer = 'yes'"))

        report = _push(central, local, tmp_path, clock)
        with local.begin() as conn:  # and once more: still one conflict, not two
            conn.execute(text("UPDATE checkin SET synced_at = NULL"))
        _push(central, local, tmp_path, clock)

        assert report.conflicts == 1
        assert unsent(local) == 0  # a conflict is settled for the kiosk: staff take it from here
    with central.admin.connect() as conn:
        assert conn.execute(text("SELECT answer FROM checkin WHERE answer = 'yes'")).all() == [("yes",)]
        [conflict] = conn.execute(text("SELECT * FROM sync_conflict")).all()
    assert uuid.UUID(str(conflict.record_id)) == first.id
    assert (conflict.table_name, conflict.site, conflict.kiosk) == ("checkin", "riverside", "kiosk-1")
    assert '"answer":"no"' in conflict.payload and f'"id":"{first.id}"' in conflict.payload
    assert uuid.UUID(str(conflict.id)) == conflict_id("checkin", first.id, conflict.digest)
    assert count(central.admin, "checkin") == 3


def test_nothing_is_marked_sent_when_the_central_transaction_fails(
        central: Central, tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    real = push_module.send_batch
    calls = 0

    def fails_on_the_second_batch(conn: Connection, batch: Batch, at: datetime) -> push_module.Outcome:
        nonlocal calls
        calls += 1
        outcome = real(conn, batch, at)  # the rows are written, but the transaction never commits
        if calls == 2:
            raise RuntimeError("network gone before commit")
        return outcome

    monkeypatch.setattr(push_module, "send_batch", fails_on_the_second_batch)
    with local_store(config) as local:
        record_answers(local, config, clock, 10, followups=False)
        with pytest.raises(RuntimeError):
            _push(central, local, tmp_path, clock, batch_size=4)
        assert count(central.admin, "checkin") == 4  # the first batch committed
        assert count(local, "checkin", "WHERE synced_at IS NULL") == 6  # and only it is marked

        monkeypatch.setattr(push_module, "send_batch", real)
        _push(central, local, tmp_path, clock, batch_size=4)
        assert count(local, "checkin", "WHERE synced_at IS NULL") == 0
    assert count(central.admin, "checkin") == 10


def test_a_crash_between_the_central_commit_and_the_local_mark_doubles_nothing(
        central: Central, tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        record_answers(local, config, clock, 9)

        def crash(self: Outbox, spec: RecordTable, ids: Sequence[uuid.UUID | str], at: datetime) -> None:
            raise OSError("power cut")

        monkeypatch.setattr(Outbox, "mark_sent", crash)
        with pytest.raises(OSError):
            _push(central, local, tmp_path, clock, batch_size=50)
        assert count(central.admin, "checkin") == 9 and unsent(local) == 15
        monkeypatch.undo()

        report = _push(central, local, tmp_path, clock, batch_size=50)

        assert (report.tables["checkin"].duplicates, report.tables["checkin"].stored) == (9, 0)
        assert report.tables["checkin_followup"].stored == 6
        assert unsent(local) == 0
    assert count(central.admin, "checkin") == 9 and count(central.admin, "checkin_followup") == 6
    assert count(central.admin, "sync_conflict") == 0


def test_a_follow_up_waits_for_its_check_in(tmp_path: Path, clock: ManualClock) -> None:
    config = kiosk_config(tmp_path)
    with local_store(config) as local:
        record_answers(local, config, clock, 2)  # yes + follow-up, not sure + follow-up
        outbox = Outbox(local, config.site_id, config.kiosk_id)
        followups = RECORD_TABLES[1]
        assert len(outbox.take(followups, 10)) == 0
        outbox.mark_sent(RECORD_TABLES[0], outbox.take(RECORD_TABLES[0], 1).ids, clock.now())
        assert len(outbox.take(followups, 10)) == 1


def test_only_this_kiosks_own_records_are_sent(central: Central, tmp_path: Path, clock: ManualClock) -> None:
    """Rows written under an earlier site or kiosk id stay here (the central server would refuse them)."""
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        record_answers(local, config, clock, 4, followups=False)
        with local.begin() as conn:
            conn.execute(text("UPDATE checkin SET kiosk = 'old-name' WHERE answer = 'no'"))
        outbox = Outbox(local, config.site_id, config.kiosk_id)
        assert outbox.held_back() == 1

        report = _push(central, local, tmp_path, clock)

        assert report.tables["checkin"].stored == 3
        assert outbox.pending()["checkin"] == 0 and outbox.held_back() == 1
    assert count(central.admin, "checkin", "WHERE kiosk = 'kiosk-1'") == 3
    assert count(central.admin, "checkin") == 3


def test_each_cycle_sends_a_heartbeat_after_the_answers(central: Central, tmp_path: Path,
                                                         clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        record_answers(local, config, clock, 3, followups=False)
        with local.begin() as conn:  # one answer from before a change of kiosk id: it stays here
            conn.execute(text("UPDATE checkin SET kiosk = 'old-name' WHERE answer = 'no'"))
        cycle = SyncCycle(config, clock, env=central.login.env, local=local)
        try:
            clock.advance(90)
            first = cycle.run()
            clock.advance(60)
            second = cycle.run()
        finally:
            cycle.close()
    assert first.ok and second.ok, (first.error, second.error)
    assert first.push is not None and first.push.tables["heartbeat"].stored == 1
    t = HeartbeatRecord.__table__
    with central.admin.connect() as conn:
        beats = conn.execute(select(t).order_by(t.c.sent_at)).all()
    assert [(b.site, b.kiosk, b.app_version, b.pending, b.uptime_seconds) for b in beats] == [
        ("riverside", "kiosk-1", __version__, 0, 90.0), ("riverside", "kiosk-1", __version__, 0, 150.0)]
    assert beats[0].last_sync_at is None
    assert beats[1].last_sync_at == clock.now() - timedelta(seconds=60)  # the first cycle's success


def test_while_the_central_database_is_away_one_heartbeat_waits(tmp_path: Path, clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, f"postgresql://kiosk@127.0.0.1:{free_port()}/central")
    with local_store(config) as local:
        record_answers(local, config, clock, 2, followups=False)
        cycle = SyncCycle(config, clock, local=local)
        try:
            reports = [cycle.run() for _ in range(3)]
        finally:
            cycle.close()
        assert [r.ok for r in reports] == [False] * 3
        assert reports[0].error == ("Cannot reach the central database (connection refused). "
                                    "Answers are safe on this kiosk and will be sent when it is back.")
        with local.connect() as conn:
            [beat] = conn.execute(select(HeartbeatRecord.__table__)).all()  # one, not three
        assert (beat.pending, beat.last_sync_at, beat.synced_at) == (2, None, None)


def test_a_batch_of_new_records_and_duplicates_stores_only_the_new_ones(central: Central, tmp_path: Path,
                                                                        clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        record_answers(local, config, clock, 6, followups=False)
        _push(central, local, tmp_path, clock)
        with local.begin() as conn:  # three marks lost
            conn.execute(text("UPDATE checkin SET synced_at = NULL WHERE answer <> 'no'"))
        record_answers(local, config, clock, 4, followups=False)

        report = _push(central, local, tmp_path, clock, batch_size=50)

        t = report.tables["checkin"]
        assert (t.stored, t.duplicates, t.conflicts, report.batches) == (4, 4, 0, 1)
        assert unsent(local) == 0
    assert count(central.admin, "checkin") == 10 and count(central.admin, "sync_conflict") == 0


def test_a_record_changed_before_its_first_push_beside_duplicates_goes_in_with_its_own_digest(
        central: Central, tmp_path: Path, clock: ManualClock) -> None:
    """The batch holds duplicates, so digests are checked: the changed row's stored digest is out of date,
    and it is the recomputed one that goes in — not a conflict with itself."""
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        record_answers(local, config, clock, 3, followups=False)
        _push(central, local, tmp_path, clock)
        [changed] = record_answers(local, config, clock, 1, followups=False)
        with local.begin() as conn:
            conn.execute(text("UPDATE checkin SET synced_at = NULL"))
            conn.execute(text("UPDATE checkin SET language = 'cy' WHERE answer = 'yes' AND answered_at = "
                              "(SELECT max(answered_at) FROM checkin)"))

        report = _push(central, local, tmp_path, clock)

        t = report.tables["checkin"]
        assert (t.stored, t.duplicates, t.conflicts) == (1, 3, 0)
    with central.admin.connect() as conn:
        row = conn.execute(select(CheckInRecord.__table__).where(CheckInRecord.id == changed.id)).one()
    assert row.language == "cy" and row.digest == record_digest(row._asdict())
    assert count(central.admin, "sync_conflict") == 0


def test_rows_stored_without_a_digest_get_it_computed_when_pushed(central: Central, tmp_path: Path,
                                                                   clock: ManualClock) -> None:
    """Rows from before digests were stored with each record (or written by a bulk import)."""
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        bulk_answers(local, config, clock, 12)
        assert count(local, "checkin", "WHERE digest IS NULL") == 12

        report = _push(central, local, tmp_path, clock, batch_size=5)

        assert report.tables["checkin"].stored == 12 and unsent(local) == 0
        assert count(local, "checkin", "WHERE digest IS NULL") == 12  # the push never rewrites a record
    with central.admin.connect() as conn:
        rows = conn.execute(select(CheckInRecord.__table__)).all()
    assert len(rows) == 12 and all(r.digest == record_digest(r._asdict()) for r in rows)


def test_text_and_numbers_arrive_exactly_as_stored(central: Central, tmp_path: Path, clock: ManualClock) -> None:
    """The push sends the stored text as it is: tabs, newlines, backslashes, a literal \\N, quotes, braces and
    non-ASCII arrive unchanged (in a wall message's text: the central database checks a language code's form);
    a float keeps every digit; a NULL stays NULL."""
    config = kiosk_config(tmp_path, central.login.url)
    awkward = 'a\tb\\c\nd\re\\N é, "q" {x,y} NULL'
    message_id = uuid.uuid4()
    with local_store(config) as local:
        [checkin] = record_answers(local, config, clock, 1, followups=False)
        with local.begin() as conn:
            conn.execute(insert(WallMessageRecord).values(
                id=message_id, site=config.site_id, kiosk=config.kiosk_id, created_at=clock.now(), text=awkward,
                language="en", flags="", status_at_creation="pending", digest=None))
        outbox = Outbox(local, config.site_id, config.kiosk_id)
        outbox.add_heartbeat(at=clock.now(), app_version="1.2.3+dev_1", pending=7, last_sync_at=None,
                             uptime_seconds=1234.5678901234567)

        report = _push(central, local, tmp_path, clock)

        assert (report.tables["checkin"].stored, report.tables["heartbeat"].stored) == (1, 1)
        assert report.tables["wall_message"].stored == 1
    with central.admin.connect() as conn:
        row = conn.execute(select(CheckInRecord.__table__)).one()
        beat = conn.execute(select(HeartbeatRecord.__table__)).one()
        message = conn.execute(select(WallMessageRecord.__table__)).one()
    assert (row.id, row.answered_at) == (checkin.id, checkin.answered_at)
    assert row.digest == record_digest(row._asdict())
    assert (message.id, message.text) == (message_id, awkward)
    assert message.digest == record_digest(message._asdict())
    assert (beat.app_version, beat.pending, beat.last_sync_at, beat.uptime_seconds) == (
        "1.2.3+dev_1", 7, None, 1234.5678901234567)
    assert beat.digest == record_digest(beat._asdict())


def test_a_failed_local_mark_stops_the_push_and_the_rows_are_sent_again_as_duplicates(
        central: Central, tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Marks run beside the next batch's central work, so a batch may be committed centrally after an earlier
    batch's mark failed: those rows stay unsent here and come back as duplicates — nothing lost or doubled."""
    config = kiosk_config(tmp_path, central.login.url)
    real = Outbox.mark_sent
    calls = 0

    def fails_the_second_time(self: Outbox, spec: RecordTable, ids: Sequence[uuid.UUID | str], at: datetime) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise StorageError("disk I/O error")
        real(self, spec, ids, at)

    with local_store(config) as local:
        record_answers(local, config, clock, 10, followups=False)
        monkeypatch.setattr(Outbox, "mark_sent", fails_the_second_time)
        with pytest.raises(StorageError):
            _push(central, local, tmp_path, clock, batch_size=4)
        monkeypatch.undo()
        marked = count(local, "checkin", "WHERE synced_at IS NOT NULL")
        assert marked == 4  # the first batch only
        assert 8 <= count(central.admin, "checkin") <= 10

        again = _push(central, local, tmp_path, clock, batch_size=4)

        assert again.tables["checkin"].stored + again.tables["checkin"].duplicates == 6
        assert unsent(local) == 0
    assert count(central.admin, "checkin") == 10 and count(central.admin, "sync_conflict") == 0


def test_errors_of_the_local_store_are_storage_errors(tmp_path: Path, clock: ManualClock) -> None:
    engine = sqlite_engine(tmp_path / "empty.sqlite3")  # no tables: every statement fails in sqlite3 itself
    try:
        outbox = Outbox(engine, "riverside", "kiosk-1")
        with pytest.raises(StorageError, match="no such table"):
            outbox.take(RECORD_TABLES[0], 10)
        with pytest.raises(StorageError, match="no such table"):
            list(outbox.batches(RECORD_TABLES[0], 10))
        with pytest.raises(StorageError, match="no such table"):
            outbox.mark_sent(RECORD_TABLES[0], [uuid.uuid4()], clock.now())
    finally:
        engine.dispose()


def test_a_mark_is_committed_and_leaves_its_connection_flushing_every_commit_again(
        tmp_path: Path, clock: ManualClock) -> None:
    """`mark_sent` commits without a flush of its own (a lost mark only re-sends duplicates); the pooled connection
    it used is back at synchronous=FULL for the next writer (a visitor's answer), after a failed mark too."""
    config = kiosk_config(tmp_path)
    with local_store(config) as local:
        record_answers(local, config, clock, 3)
        outbox = Outbox(local, config.site_id, config.kiosk_id)
        checkins = RECORD_TABLES[0]
        outbox.mark_sent(checkins, outbox.take(checkins, 2).ids, clock.now())
        assert count(local, "checkin", "WHERE synced_at IS NULL") == 1
        with local.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        with pytest.raises(TypeError):  # fails inside the mark's transaction (the ids cannot be put in JSON)
            outbox.mark_sent(checkins, [object()], clock.now())  # type: ignore[list-item]
        with local.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
