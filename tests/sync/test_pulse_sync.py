"""Staff pulse answers go to the central database with the check-ins' guarantees — once, in batches, idempotent
by UUID, never lost, conflicts kept aside — on a SQLite central file and on a real PostgreSQL server, as the
superuser and as a kiosk's own least-privilege role; and the rows arrive anonymous (site, date, answer)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, select, text

from kiosk.core.clock import ManualClock
from kiosk.core.records import record_digest
from kiosk.data.outbox import PULSE_TABLES, Outbox
from kiosk.data.pulse_models import StaffPulseRecord
from kiosk.staff.pulse.rules import PulseAnswer, PulseRecord
from kiosk.staff.pulse.store import PulseStore
from kiosk.sync.connect import central_engine, central_for
from kiosk.sync.cycle import SyncCycle
from kiosk.sync.push import PushReport, push
from tests.sync.kiosks import Login, central_db, count, kiosk_config, kiosk_login, local_store, superuser_login

ANSWERS = list(PulseAnswer)


@dataclass
class Central:
    admin: Engine
    login: Login


@pytest.fixture(params=["sqlite", pytest.param("pg-superuser", marks=pytest.mark.postgres),
                        pytest.param("pg-kiosk-role", marks=pytest.mark.postgres)])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Central]:
    url = str(tmp_path / "central.sqlite3") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    admin = central_db(url, sites=("riverside", "harbour"))
    login = superuser_login(url) if request.param == "pg-superuser" else kiosk_login(admin, url, "riverside",
                                                                                     "kiosk-1")
    yield Central(admin, login)
    admin.dispose()


def _answers(local: Engine, clock: ManualClock, n: int, site: str = "riverside") -> list[PulseRecord]:
    store = PulseStore(local, timedelta(minutes=1))
    out = []
    for i in range(n):
        record = PulseRecord.new(ANSWERS[i % 3], site=site, clock=clock, timezone="Europe/London")
        store.record(record, clock.now())
        out.append(record)
        clock.advance(3600 * 7)  # some on later days
    return out


def _push(c: Central, local: Engine, root: Path, clock: ManualClock, batch_size: int = 4) -> PushReport:
    config = kiosk_config(root, c.login.url)
    engine = central_engine(central_for(config, c.login.env))
    try:
        return push(engine, Outbox(local, config.site_id, config.kiosk_id), clock, batch_size=batch_size,
                    tables=PULSE_TABLES)
    finally:
        engine.dispose()


def _unsent(local: Engine) -> int:
    return count(local, "staff_pulse", "WHERE synced_at IS NULL")


def test_staff_answers_arrive_once_with_site_date_and_answer_only(central: Central, tmp_path: Path,
                                                                  clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        records = _answers(local, clock, 10)

        report = _push(central, local, tmp_path, clock)

        assert (report.tables["staff_pulse"].stored, report.duplicates, report.conflicts) == (10, 0, 0)
        assert report.batches == 3 and _unsent(local) == 0
    t = StaffPulseRecord.__table__
    with central.admin.connect() as conn:
        stored = conn.execute(select(t.c.id, t.c.site, t.c.local_date, t.c.answer, t.c.digest)).all()
    assert {(r.id, r.site, r.local_date, r.answer) for r in stored} == {
        (r.id, r.site, r.local_date, r.answer.value) for r in records}
    assert all(r.digest == record_digest({"id": r.id, "site": r.site, "local_date": r.local_date,
                                          "answer": r.answer}) for r in stored)
    columns = {c["name"] for c in inspect(central.admin).get_columns("staff_pulse")}
    assert columns == {"id", "site", "local_date", "answer", "digest", "synced_at"}  # no kiosk, no staff, no time


def test_staff_answers_sent_twice_are_stored_once(central: Central, tmp_path: Path, clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        _answers(local, clock, 5)
        _push(central, local, tmp_path, clock)
        with local.begin() as conn:  # as if the kiosk had died between the central commit and the local mark
            conn.execute(text("UPDATE staff_pulse SET synced_at = NULL"))
        _answers(local, clock, 2)  # and two new ones beside them

        again = _push(central, local, tmp_path, clock, batch_size=50)

        assert (again.tables["staff_pulse"].stored, again.duplicates, again.conflicts) == (2, 5, 0)
        assert _unsent(local) == 0
    assert count(central.admin, "staff_pulse") == 7 and count(central.admin, "sync_conflict") == 0


def test_an_answer_reusing_a_stored_id_is_kept_aside_and_the_stored_one_is_untouched(
        central: Central, tmp_path: Path, clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        [first] = _answers(local, clock, 1)
        _push(central, local, tmp_path, clock)
        with local.begin() as conn:  # someone edits the kiosk's file: same id, another answer
            conn.execute(text("UPDATE staff_pulse SET synced_at = NULL, answer = 'no'"))

        again = _push(central, local, tmp_path, clock)

        assert (again.conflicts, again.duplicates) == (1, 0) and _unsent(local) == 0
    with central.admin.connect() as conn:
        assert conn.execute(text("SELECT answer FROM staff_pulse")).scalar_one() == first.answer.value
        kept = conn.execute(text("SELECT table_name, site, kiosk, payload FROM sync_conflict")).one()
    assert (kept.table_name, kept.site, kept.kiosk) == ("staff_pulse", "riverside", "kiosk-1")
    assert '"answer":"no"' in kept.payload and "kiosk" not in kept.payload


def test_answers_stored_under_another_site_are_held_back(central: Central, tmp_path: Path,
                                                         clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        _answers(local, clock, 2)
        _answers(local, clock, 1, site="harbour")  # from before this kiosk moved site
        outbox = Outbox(local, config.site_id, config.kiosk_id)
        assert outbox.pending()["staff_pulse"] == 2 and outbox.held_back() == 1

        report = _push(central, local, tmp_path, clock)

        assert report.tables["staff_pulse"].stored == 2
        assert outbox.pending()["staff_pulse"] == 0 and outbox.held_back() == 1
    assert count(central.admin, "staff_pulse") == 2
    assert count(central.admin, "staff_pulse", "WHERE site = 'harbour'") == 0


def test_the_sync_cycle_sends_staff_answers_before_the_heartbeat(central: Central, tmp_path: Path,
                                                                 clock: ManualClock) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        _answers(local, clock, 3)
        cycle = SyncCycle(config, clock, env=central.login.env, local=local)
        try:
            report = cycle.run()
        finally:
            cycle.close()
        assert report.ok, report.error
        assert _unsent(local) == 0
    assert count(central.admin, "staff_pulse") == 3
    with central.admin.connect() as conn:  # the heartbeat that followed counts nothing left to send
        assert conn.execute(text("SELECT pending FROM heartbeat")).scalar_one() == 0
