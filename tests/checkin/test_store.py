"""Check-in use cases on the local SQLite store: durable writes, typed errors, filtered listings."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, CheckInRow, Followup
from kiosk.checkin.store import CheckInService
from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from kiosk.core.errors import StorageError


@pytest.fixture
def service(engine: Engine) -> CheckInService:
    return CheckInService(engine)


def _checkin(at: datetime, *, answer: Answer = Answer.YES, site: str = "riverside", kiosk: str = "kiosk-1",
             timezone: str = "Europe/London") -> CheckIn:
    return CheckIn.new(answer=answer, site=site, kiosk=kiosk, language="en", clock=ManualClock(at),
                       timezone=timezone)


def _at(day: int, hour: int = 10, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def test_record_then_count(service: CheckInService, clock: ManualClock) -> None:
    assert service.count() == 0
    c = _checkin(clock.now())
    assert service.record(c) is c
    assert service.count() == 1
    service.record(_checkin(clock.now(), answer=Answer.NO))
    assert service.count() == 2


def test_rows_return_plain_records_with_aware_utc_times(service: CheckInService) -> None:
    at = datetime(2026, 11, 25, 10, 0, 7, 123456, tzinfo=UTC)
    c = _checkin(at, answer=Answer.NOT_SURE, kiosk="kiosk-2")
    service.record(c)
    [row] = list(service.rows())
    assert row == CheckInRow(id=c.id, site="riverside", kiosk="kiosk-2", answered_at=at,
                             local_date=date(2026, 11, 25), answer=Answer.NOT_SURE, followup=None,
                             language="en")
    assert type(row) is CheckInRow
    assert isinstance(row.id, uuid.UUID)
    assert row.answered_at.tzinfo is not None and row.answered_at.utcoffset() == timedelta(0)
    assert type(row.answer) is Answer


def test_a_moment_in_another_zone_is_stored_as_the_same_instant(service: CheckInService) -> None:
    london = datetime(2026, 7, 1, 0, 30, tzinfo=ZoneInfo("Europe/London"))  # 23:30 UTC on 30 June
    service.record(_checkin(london))
    [row] = service.rows()
    assert row.answered_at == datetime(2026, 6, 30, 23, 30, tzinfo=UTC)
    assert row.answered_at.utcoffset() == timedelta(0)
    assert row.local_date == date(2026, 7, 1)


def test_rows_carry_the_latest_followup(service: CheckInService) -> None:
    c = _checkin(_at(25))
    service.record(c)
    # Stored out of order on purpose: "latest" means latest answered, not last inserted.
    service.record_followup(CheckInFollowup.new(checkin=c, followup=Followup.ELSEWHERE,
                                                clock=ManualClock(_at(25, minute=2))))
    service.record_followup(CheckInFollowup.new(checkin=c, followup=Followup.STAFF,
                                                clock=ManualClock(_at(25, minute=1))))
    other = _checkin(_at(25, 11))
    service.record(other)
    rows = {r.id: r for r in service.rows()}
    assert rows[c.id].followup is Followup.ELSEWHERE
    assert rows[other.id].followup is None


def test_rows_come_oldest_first(service: CheckInService) -> None:
    later, earlier = _checkin(_at(25, 12)), _checkin(_at(25, 9))
    service.record(later)
    service.record(earlier)
    assert [r.id for r in service.rows()] == [earlier.id, later.id]


def test_date_filters_are_inclusive_and_use_the_site_local_date(service: CheckInService) -> None:
    by_day = {d: _checkin(_at(d)) for d in (23, 24, 25, 26, 27)}
    for c in by_day.values():
        service.record(c)

    def ids(date_from: date | None = None, date_to: date | None = None) -> list[uuid.UUID]:
        return [r.id for r in service.rows(date_from=date_from, date_to=date_to)]

    middle = [by_day[d].id for d in (24, 25, 26)]
    assert ids(date_from=date(2026, 11, 24), date_to=date(2026, 11, 26)) == middle
    assert ids(date_from=date(2026, 11, 25), date_to=date(2026, 11, 25)) == [by_day[25].id]
    assert ids(date_from=date(2026, 11, 26)) == [by_day[26].id, by_day[27].id]
    assert ids(date_to=date(2026, 11, 23)) == [by_day[23].id]
    assert ids(date_from=date(2026, 11, 28)) == []
    assert len(ids()) == 5


def test_date_filter_follows_the_local_date_not_the_utc_date(service: CheckInService) -> None:
    late = _checkin(datetime(2026, 6, 30, 23, 30, tzinfo=UTC))  # 1 July at a London site (BST)
    service.record(late)
    assert list(service.rows(date_from=date(2026, 6, 30), date_to=date(2026, 6, 30))) == []
    assert [r.id for r in service.rows(date_from=date(2026, 7, 1), date_to=date(2026, 7, 1))] == [late.id]


def test_site_filter(service: CheckInService) -> None:
    here, there = _checkin(_at(25), site="riverside"), _checkin(_at(25, 11), site="hillside")
    service.record(here)
    service.record(there)
    assert [r.id for r in service.rows(site="riverside")] == [here.id]
    assert [r.id for r in service.rows(site="hillside")] == [there.id]
    assert list(service.rows(site="nowhere")) == []
    assert [r.id for r in service.rows(site="hillside", date_from=date(2026, 11, 26))] == []


def test_a_duplicate_id_is_a_storage_error(service: CheckInService, clock: ManualClock) -> None:
    c = _checkin(clock.now())
    service.record(c)
    with pytest.raises(StorageError, match="could not store the answer") as info:
        service.record(c)
    assert not isinstance(info.value, SQLAlchemyError)
    assert isinstance(info.value.__cause__, SQLAlchemyError)  # kept for the log
    assert service.count() == 1


def test_a_followup_for_an_unknown_checkin_is_a_storage_error(service: CheckInService,
                                                              clock: ManualClock) -> None:
    never_stored = _checkin(clock.now())
    with pytest.raises(StorageError, match="could not store the follow-up"):
        service.record_followup(CheckInFollowup.new(checkin=never_stored, followup=Followup.STAFF,
                                                    clock=clock))


def test_a_recorded_answer_is_committed_before_record_returns(service: CheckInService, config: Config,
                                                              clock: ManualClock) -> None:
    c = _checkin(clock.now())
    service.record(c)
    raw = sqlite3.connect(config.database_path)
    try:
        stored = raw.execute("SELECT id, site, answer, local_date FROM checkin").fetchall()
    finally:
        raw.close()
    assert [(uuid.UUID(i), s, a, d) for i, s, a, d in stored] == [(c.id, "riverside", "yes", "2026-11-25")]


def test_a_storage_failure_is_a_storage_error(service: CheckInService, engine: Engine,
                                              clock: ManualClock) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE checkin_followup")
        conn.exec_driver_sql("DROP TABLE checkin")
    with pytest.raises(StorageError):
        service.record(_checkin(clock.now()))
