"""The record digest (kiosk.core.records): one canonical form, whatever database the record came from; it is
stored with each record when the record is written, and the outbox reads rows back exactly as the ORM would."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.checkin.rules import Answer
from kiosk.core.clock import ManualClock
from kiosk.core.records import canonical_json, record_digest
from kiosk.data.models import CheckInFollowupRecord, CheckInRecord
from kiosk.data.outbox import ANSWER_TABLES, HEARTBEATS, Outbox
from kiosk.data.sync_models import HeartbeatRecord
from tests.sync.kiosks import kiosk_config, local_store, record_answers

RECORD: dict[str, Any] = {
    "id": uuid.UUID("12345678-1234-5678-1234-567812345678"), "site": "riverside", "kiosk": "kiosk-1",
    "answered_at": datetime(2026, 11, 25, 10, 0, 0, 123456, tzinfo=UTC), "local_date": date(2026, 11, 25),
    "answer": "yes", "language": "en",
}
CANONICAL = ('{"answer":"yes","answered_at":"2026-11-25T10:00:00.123456Z",'
             '"id":"12345678-1234-5678-1234-567812345678","kiosk":"kiosk-1","language":"en",'
             '"local_date":"2026-11-25","site":"riverside"}')


def test_the_canonical_form_is_fixed() -> None:
    """Changing it would make every kiosk's next re-push look like a conflict: this text must not move."""
    assert canonical_json(RECORD) == CANONICAL
    assert record_digest(RECORD) == hashlib.sha256(CANONICAL.encode()).hexdigest()
    assert record_digest(RECORD) == "bc0058769ee2a9f3144d279fdc5abccc72ab91cd7cc2021276c6ea71398df0cb"


def test_bookkeeping_and_key_order_do_not_count() -> None:
    shuffled = dict(reversed(list(RECORD.items())))
    sent = {**RECORD, "synced_at": datetime(2027, 1, 1, tzinfo=UTC), "digest": "x" * 64}
    assert record_digest(shuffled) == record_digest(sent) == record_digest(RECORD)


def test_the_same_moment_in_any_zone_and_the_enum_or_its_value_are_the_same_record() -> None:
    in_paris = RECORD["answered_at"].astimezone(timezone(timedelta(hours=1)))
    assert record_digest({**RECORD, "answered_at": in_paris, "answer": Answer.YES}) == record_digest(RECORD)


@pytest.mark.parametrize(("field", "value"), [
    ("answer", "no"), ("site", "harbour"), ("kiosk", "kiosk-2"), ("language", "gd"),
    ("answered_at", datetime(2026, 11, 25, 10, 0, 0, 123457, tzinfo=UTC)), ("local_date", date(2026, 11, 26)),
    ("id", uuid.UUID(int=1)),
])
def test_any_content_change_changes_the_digest(field: str, value: Any) -> None:
    assert record_digest({**RECORD, field: value}) != record_digest(RECORD)


def test_floats_none_and_unicode_are_canonical() -> None:
    beat = {"id": uuid.UUID(int=7), "uptime_seconds": 90.0, "last_sync_at": None, "app_version": "0.1.0",
            "pending": 3, "site": "Caerdydd-â"}
    assert canonical_json(beat) == ('{"app_version":"0.1.0","id":"00000000-0000-0000-0000-000000000007",'
                                    '"last_sync_at":null,"pending":3,"site":"Caerdydd-â","uptime_seconds":90.0}')


def test_what_has_no_canonical_form_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        record_digest({**RECORD, "answered_at": datetime(2026, 11, 25, 10, 0)})
    with pytest.raises(TypeError, match="bytes"):
        record_digest({**RECORD, "answer": b"yes"})
    with pytest.raises(ValueError):
        record_digest({**RECORD, "uptime_seconds": float("nan")})


def test_records_are_stored_with_their_own_digest(tmp_path: Path, clock: ManualClock) -> None:
    """CheckInService.record / record_followup and the heartbeat store the digest the push sends."""
    config = kiosk_config(tmp_path)
    with local_store(config) as local:
        record_answers(local, config, clock, 3)  # 3 check-ins, 2 follow-ups
        Outbox(local, config.site_id, config.kiosk_id).add_heartbeat(
            at=clock.now(), app_version="0.1.0", pending=5, last_sync_at=clock.now(), uptime_seconds=12.25)
        with local.connect() as conn:
            for model, n in ((CheckInRecord, 3), (CheckInFollowupRecord, 2), (HeartbeatRecord, 1)):
                rows = conn.execute(select(model.__table__)).all()
                assert len(rows) == n
                assert all(r.digest is not None and r.digest == record_digest(r._asdict()) for r in rows)


def test_the_outbox_reads_rows_as_stored_and_types_them_as_the_orm_does(tmp_path: Path,
                                                                         clock: ManualClock) -> None:
    config = kiosk_config(tmp_path)
    with local_store(config) as local:
        record_answers(local, config, clock, 3)
        outbox = Outbox(local, config.site_id, config.kiosk_id)
        outbox.add_heartbeat(at=clock.now(), app_version="0.1.0", pending=5, last_sync_at=None, uptime_seconds=0.1)
        outbox.mark_sent(ANSWER_TABLES[0], outbox.take(ANSWER_TABLES[0], 10).ids, clock.now())  # follow-ups next
        for spec in (ANSWER_TABLES[1], HEARTBEATS):
            batch = outbox.take(spec, 10)
            with local.connect() as conn:
                orm = {r.id: r._asdict() for r in conn.execute(select(spec.table))}
            assert len(batch) == len(orm) > 0
            assert all(isinstance(key, str) and len(key) == 32 for key in batch.keys)  # as SQLite stores them
            for i, rid in enumerate(batch.ids):
                assert batch.record(i) == {c: orm[rid][c] for c in spec.columns}
                assert batch.digests[i] == orm[rid]["digest"]
