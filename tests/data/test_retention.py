"""The kiosk's own retention (kiosk.data.retention): confirmed records older than retention.kiosk_days go, an
unsent record never does, however old; a check-in stays while a follow-up of it waits to be sent; decided,
unpinned wall messages leave the kiosk's local view, pinned and waiting ones stay."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, text

from kiosk.core.clock import local_date
from kiosk.data.content_models import WallStateRecord
from kiosk.data.models import CheckInFollowupRecord, CheckInRecord
from kiosk.data.pulse_models import StaffPulseRecord
from kiosk.data.retention import purge_local
from kiosk.data.sync_models import HeartbeatRecord

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)
OLD = NOW - timedelta(days=31)
NEW = NOW - timedelta(days=29)


def _checkin(engine: Engine, at: datetime, sent: bool, followup_sent: bool | None = None) -> uuid.UUID:
    cid = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(insert(CheckInRecord), [{"id": cid, "site": "riverside", "kiosk": "kiosk-1", "answered_at": at,
                                              "local_date": local_date(at, "Europe/London"), "answer": "yes",
                                              "language": "en", "synced_at": at if sent else None}])
        if followup_sent is not None:
            conn.execute(insert(CheckInFollowupRecord), [{
                "id": uuid.uuid4(), "checkin_id": cid, "site": "riverside", "kiosk": "kiosk-1", "followup": "staff",
                "answered_at": at, "synced_at": at if followup_sent else None}])
    return cid


def _rows(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_confirmed_old_records_go_and_unsent_ones_stay(engine: Any) -> None:
    kept_unsent = _checkin(engine, OLD - timedelta(days=400), sent=False)  # over a year old, never sent
    _checkin(engine, OLD, sent=True)  # goes
    _checkin(engine, OLD, sent=True, followup_sent=True)  # goes, with its follow-up
    waiting = _checkin(engine, OLD, sent=True, followup_sent=False)  # stays: its follow-up is not sent yet
    _checkin(engine, NEW, sent=True, followup_sent=True)  # too recent
    with engine.begin() as conn:
        for at, sent in ((OLD, True), (OLD, False), (NEW, True)):
            conn.execute(insert(HeartbeatRecord), [{"id": uuid.uuid4(), "site": "riverside", "kiosk": "kiosk-1",
                                                    "sent_at": at, "app_version": "1", "pending": 0,
                                                    "uptime_seconds": 1.0, "synced_at": at if sent else None}])
        conn.execute(insert(StaffPulseRecord), [
            {"id": uuid.uuid4(), "site": "riverside", "local_date": OLD.date(), "answer": "yes", "synced_at": OLD},
            {"id": uuid.uuid4(), "site": "riverside", "local_date": OLD.date(), "answer": "no", "synced_at": None}])
        conn.execute(insert(WallStateRecord), [
            {"message_id": uuid.uuid4(), "site": "riverside", "kiosk": "kiosk-1", "text": "t", "created_at": OLD,
             "status": status, "pinned": pinned, "reason": "", "version": 1}
            for status, pinned in (("approved", False), ("approved", True), ("pending", False), ("hidden", False))])

    report = purge_local(engine, NOW, 30, "Europe/London")

    assert report.removed == {"checkin_followup": 1, "checkin": 2, "staff_pulse": 1, "heartbeat": 1,
                              "wall_state": 2}
    assert report.total == 7
    with engine.connect() as conn:
        left = set(conn.execute(text("SELECT id FROM checkin")).scalars())
    stored = {uuid.UUID(x).hex if isinstance(x, str) else x.hex for x in left}
    assert kept_unsent.hex in stored and waiting.hex in stored and len(stored) == 3
    assert _rows(engine, "checkin_followup") == 2  # the waiting one and the recent one
    assert _rows(engine, "heartbeat") == 2 and _rows(engine, "staff_pulse") == 1 and _rows(engine, "wall_state") == 2
    assert purge_local(engine, NOW, 30, "Europe/London").total == 0  # nothing more to do
