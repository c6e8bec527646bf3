"""The central tallies, on a SQLite central file and a real PostgreSQL as a kiosk's own role: every answer's
question arrives with it, the tallies equal a recount from the raw rows after each push (a follow-up arriving in a
later push, a second follow-up, a re-push, summer time, a site in another zone), and who may read them."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, text

from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, Followup
from kiosk.checkin.store import CheckInService
from kiosk.core.clock import ManualClock
from kiosk.core.errors import CentralError
from kiosk.core.records import record_digest
from kiosk.data.outbox import Outbox
from kiosk.results.central import CentralResults
from kiosk.results.rules.periods import Grain
from kiosk.results.rules.tally import ResultsQuery
from kiosk.sync import central as admin
from kiosk.sync.connect import central_engine, central_for
from kiosk.sync.push import push
from tests.sync.kiosks import Login, central_db, kiosk_config, kiosk_login, local_store

YEAR = ResultsQuery(date(2026, 1, 1), date(2026, 12, 31))


@dataclass
class Central:
    admin: Engine
    login: Login
    url: str


@pytest.fixture(params=["sqlite", pytest.param("pg-kiosk-role", marks=pytest.mark.postgres)])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Central]:
    url = str(tmp_path / "central.sqlite3") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    engine = central_db(url, sites=("riverside",))
    admin.add_site(engine, "harbour", "Harbour", "America/New_York")
    yield Central(engine, kiosk_login(engine, url, "riverside", "kiosk-1"), url)
    engine.dispose()


def _push(c: Central, local: Engine, root: Path, site: str = "riverside", kiosk: str = "kiosk-1") -> None:
    config = kiosk_config(root, c.login.url, site=site, kiosk_id=kiosk)
    engine = central_engine(central_for(config, c.login.env))
    try:
        push(engine, Outbox(local, site, kiosk), ManualClock(datetime(2026, 12, 1, tzinfo=UTC)), batch_size=3)
    finally:
        engine.dispose()


def _answer(store: CheckInService, at: datetime, answer: Answer, *, site: str = "riverside", zone: str =
            "Europe/London", question: str = "kindness-1") -> CheckIn:
    return store.record(CheckIn.new(answer=answer, site=site, kiosk="kiosk-1", language="en", clock=ManualClock(at),
                                    timezone=zone, question=question))


def _follow(store: CheckInService, checkin: CheckIn, followup: Followup, at: datetime) -> None:
    store.record_followup(CheckInFollowup.new(checkin=checkin, followup=followup, clock=ManualClock(at)))


def _recount(engine: Engine) -> tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]:
    """The tallies worked out here from the raw rows: the latest follow-up, the hour in the site's zone."""
    with engine.connect() as conn:
        zones: dict[str, str] = dict(conn.execute(text("SELECT id, timezone FROM site")).all())
        checkins = conn.execute(text("SELECT id, site, question, local_date, answered_at, answer FROM checkin")).all()
        followups = conn.execute(text("SELECT checkin_id, followup, answered_at, id FROM checkin_followup")).all()
    latest: dict[str, tuple[Any, ...]] = {}
    for cid, follow, at, fid in followups:
        key = str(cid).replace("-", "")
        if key not in latest or (str(at), str(fid)) > latest[key][1:]:
            latest[key] = (follow, str(at), str(fid))
    hours: Counter[tuple[Any, ...]] = Counter()
    days: Counter[tuple[Any, ...]] = Counter()
    for cid, site, question, day, at, answer in checkins:
        moment = datetime.fromisoformat(str(at)) if not isinstance(at, datetime) else at
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        hour = moment.astimezone(ZoneInfo(zones[site])).hour
        follow = latest.get(str(cid).replace("-", ""), ("",))[0]
        day = date.fromisoformat(str(day))
        hours[(site, question, day, hour, answer, follow)] += 1
        days[(site, question, day, answer, follow)] += 1
    return hours, days


def _tallies(engine: Engine) -> tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]:
    with engine.connect() as conn:
        hourly = conn.execute(text("SELECT site, question, local_date, local_hour, answer, followup, count "
                                   "FROM checkin_tally WHERE count <> 0")).all()
        daily = conn.execute(text("SELECT site, question, local_date, answer, followup, count "
                                  "FROM checkin_tally_day WHERE count <> 0")).all()
    return (Counter({(*r[:2], date.fromisoformat(str(r[2])), *r[3:6]): r[6] for r in hourly}),
            Counter({(*r[:2], date.fromisoformat(str(r[2])), *r[3:5]): r[5] for r in daily}))


def test_the_question_is_recorded_and_pushed(central: Central, tmp_path: Path) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        store = CheckInService(local)
        at = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
        first = _answer(store, at, Answer.YES)
        two = _answer(store, at, Answer.NO, question="kindness-1:yes/no")
        _push(central, local, tmp_path)
    with central.admin.connect() as conn:
        rows = {str(r[0]).replace("-", ""): r[1:] for r in conn.execute(text(
            "SELECT id, question, digest FROM checkin")).all()}
    assert rows[first.id.hex][0] == "kindness-1" and rows[two.id.hex][0] == "kindness-1:yes/no"
    fields = {"id": two.id, "site": two.site, "kiosk": two.kiosk, "answered_at": two.answered_at,
              "local_date": two.local_date, "answer": "no", "language": "en"}
    assert rows[two.id.hex][1] == record_digest({**fields, "question": "kindness-1:yes/no"})
    assert rows[two.id.hex][1] != record_digest(fields)  # the question is part of what the record is
    # …and the first wording is what a record without the field always meant: older digests stay valid
    assert record_digest({**fields, "question": "kindness-1"}) == record_digest(fields)
    assert {t.question for t in CentralResults(central.admin).tallies(YEAR)} == {"kindness-1", "kindness-1:yes/no"}


def test_tallies_equal_a_recount_after_every_push(central: Central, tmp_path: Path) -> None:
    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        store = CheckInService(local)
        summer = _answer(store, datetime(2026, 7, 1, 8, 20, tzinfo=UTC), Answer.YES)  # 09:20 BST
        _answer(store, datetime(2026, 7, 1, 23, 30, tzinfo=UTC), Answer.NO)  # 00:30 BST on 2 July
        winter = _answer(store, datetime(2026, 12, 1, 9, 5, tzinfo=UTC), Answer.NOT_SURE)  # 09:05 GMT
        twice = _answer(store, datetime(2026, 12, 1, 9, 6, tzinfo=UTC), Answer.YES)
        _follow(store, twice, Followup.VISITOR, datetime(2026, 12, 1, 9, 7, tzinfo=UTC))
        for i in range(5):
            _answer(store, datetime(2026, 12, 2, 14, i, tzinfo=UTC), Answer.YES)
        _push(central, local, tmp_path)
        assert _tallies(central.admin) == _recount(central.admin)
        hourly, _ = _tallies(central.admin)
        assert hourly[("riverside", "kindness-1", date(2026, 7, 1), 9, "yes", "")] == 1
        assert hourly[("riverside", "kindness-1", date(2026, 7, 2), 0, "no", "")] == 1
        assert hourly[("riverside", "kindness-1", date(2026, 12, 2), 14, "yes", "")] == 5

        # later pushes: follow-ups for check-ins already there, a second (later) follow-up replacing the first
        _follow(store, summer, Followup.STAFF, datetime(2026, 7, 1, 8, 21, tzinfo=UTC))
        _follow(store, winter, Followup.ELSEWHERE, datetime(2026, 12, 1, 9, 6, tzinfo=UTC))
        _follow(store, twice, Followup.STAFF, datetime(2026, 12, 1, 9, 8, tzinfo=UTC))
        _push(central, local, tmp_path)
        assert _tallies(central.admin) == _recount(central.admin)
        hourly, daily = _tallies(central.admin)
        assert hourly[("riverside", "kindness-1", date(2026, 7, 1), 9, "yes", "staff")] == 1
        assert ("riverside", "kindness-1", date(2026, 7, 1), 9, "yes", "") not in hourly
        assert daily[("riverside", "kindness-1", date(2026, 12, 1), "yes", "staff")] == 1
        assert ("riverside", "kindness-1", date(2026, 12, 1), "yes", "visitor") not in daily

        with local.begin() as conn:  # everything sent again (a crash before the marks): nothing counts twice
            conn.execute(text("UPDATE checkin SET synced_at = NULL"))
            conn.execute(text("UPDATE checkin_followup SET synced_at = NULL"))
        before = _tallies(central.admin)
        _push(central, local, tmp_path)
        assert _tallies(central.admin) == before == _recount(central.admin)
    results = CentralResults(central.admin)
    measure = Counter[str]()
    for t in results.tallies(YEAR):
        measure[t.answer.value] += t.count
    assert measure == {"yes": 7, "no": 1, "not_sure": 1}
    assert sum(t.count for t in results.day_tallies(YEAR)) == 9


def test_a_site_in_another_zone_counts_its_own_hours(central: Central, tmp_path: Path) -> None:
    if central.admin.dialect.name == "postgresql":
        login = kiosk_login(central.admin, central.url, "harbour", "harbour-1")
        central = Central(central.admin, login, central.url)
    config = kiosk_config(tmp_path, central.login.url, site="harbour", kiosk_id="harbour-1",
                          site__timezone="America/New_York")
    with local_store(config) as local:
        store = CheckInService(local)
        checkin = store.record(CheckIn.new(answer=Answer.YES, site="harbour", kiosk="harbour-1", language="en",
                                           clock=ManualClock(datetime(2026, 3, 9, 3, 30, tzinfo=UTC)),
                                           timezone="America/New_York"))  # 23:30 on 8 March in New York
        _push(central, local, tmp_path, site="harbour", kiosk="harbour-1")
        _follow(store, checkin, Followup.ELSEWHERE, datetime(2026, 3, 9, 3, 31, tzinfo=UTC))
        _push(central, local, tmp_path, site="harbour", kiosk="harbour-1")
    assert _tallies(central.admin) == _recount(central.admin)
    [t] = CentralResults(central.admin).tallies(YEAR)
    assert (t.site, t.day, t.hour, t.followup) == ("harbour", date(2026, 3, 8), 23, Followup.ELSEWHERE)


def test_rebuild_counts_rows_loaded_by_hand(central: Central) -> None:
    from kiosk.data import tallies

    with central.admin.begin() as conn:
        for i in range(4):
            conn.execute(text("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language) "
                              "VALUES (:id, 'riverside', 'kiosk-1', :at, :day, 'yes', 'en')"),
                         {"id": uuid.uuid4().hex if central.admin.dialect.name == "sqlite" else uuid.uuid4(),
                          "at": datetime(2026, 6, 1, 10, i) if central.admin.dialect.name == "sqlite"
                          else datetime(2026, 6, 1, 10, i, tzinfo=UTC), "day": date(2026, 6, 1)})
        tallies.rebuild(conn)
    assert _tallies(central.admin) == _recount(central.admin)
    assert sum(_tallies(central.admin)[1].values()) == 4


# -- who may read them (PostgreSQL, as each role) ----------------------------------------------------------

@pytest.mark.postgres
def test_staff_read_their_sites_managers_all_kiosks_none(pg_url: str, tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    from kiosk.data.engine import make_engine

    engine = central_db(pg_url, sites=("north", "south"))
    try:
        for site in ("north", "south"):
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, "
                                  "question) VALUES (:id, :site, 'k', '2026-11-25 10:00+00', '2026-11-25', 'yes', "
                                  "'en', 'kindness-1')"),
                             {"id": uuid.uuid4(), "site": site})
        staff = admin.add_user(engine, "staff", "sam", ["north"])
        manager = admin.add_user(engine, "manager", "mo")
        kiosk = admin.add_kiosk(engine, "north", "north-1")

        def as_role(role: str, password: str) -> Engine:
            return make_engine(make_url(pg_url).set(username=role, password=password)
                               .render_as_string(hide_password=False))

        query = ResultsQuery(date(2026, 11, 1), date(2026, 11, 30))
        for role, password, sites in ((staff.role_name, staff.password, ("north",)),
                                      (manager.role_name, manager.password, ("north", "south"))):
            e = as_role(role, password)
            try:
                results = CentralResults(e)
                assert results.scope().kind == "central" and results.scope().sites == sites
                assert {t.site for t in results.day_tallies(query)} == set(sites)
                assert {t.site for t in results.tallies(ResultsQuery(query.date_from, query.date_to,
                                                                     ("north", "south")))} == set(sites)
                with e.connect() as conn:  # straight SQL too: the server filters, not our code
                    seen = set(conn.execute(text("SELECT site FROM checkin_tally_day")).scalars())
                assert seen == set(sites)
            finally:
                e.dispose()
        e = as_role(kiosk.role_name, kiosk.password)
        try:
            with pytest.raises(CentralError, match="may not read results"):
                CentralResults(e).scope()
            with pytest.raises(CentralError, match="may not read results"):
                CentralResults(e).day_tallies(query)
            for table in ("checkin_tally", "checkin_tally_day"):
                with pytest.raises(Exception, match="permission denied"), e.connect() as conn:
                    conn.execute(text(f"SELECT count(*) FROM {table}"))
                with pytest.raises(Exception, match="permission denied"), e.begin() as conn:
                    conn.execute(text(f"DELETE FROM {table}"))
        finally:
            e.dispose()
    finally:
        engine.dispose()


def test_kiosk_central_rebuild_tallies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk import cli

    path = tmp_path / "central.sqlite3"
    engine = central_db(str(path), sites=("riverside",))
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language) "
                              "VALUES (:id, 'riverside', 'k', '2026-06-01 10:00:00', '2026-06-01', 'no', 'en')"),
                         {"id": uuid.uuid4().hex})
        assert sum(_tallies(engine)[1].values()) == 0  # put in by hand: not counted yet
        assert cli.main(["central", "rebuild-tallies", "--url", str(path)]) == 0
        assert capsys.readouterr().out == "tallies rebuilt: 1 answer(s) counted\n"
        assert _tallies(engine) == _recount(engine) and sum(_tallies(engine)[1].values()) == 1
    finally:
        engine.dispose()


@pytest.mark.parametrize("grain", [Grain.WEEK, Grain.MONTH, None])
def test_period_tallies_add_up_the_days_in_the_database(central: Central, tmp_path: Path, grain: Grain | None) -> None:
    from kiosk.results.central import _by_period

    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        store = CheckInService(local)
        for i in range(40):  # every 3rd day from 20 Oct, across weeks and two months
            checkin = _answer(store, datetime(2026, 10, 20, 10, tzinfo=UTC) + timedelta(days=3 * (i % 15), minutes=i),
                              (Answer.YES, Answer.NOT_SURE, Answer.NO)[i % 3])
            if i % 3 == 0:
                _follow(store, checkin, Followup.STAFF, checkin.answered_at + timedelta(seconds=5))
        _push(central, local, tmp_path)
    results = CentralResults(central.admin)
    query = ResultsQuery(date(2026, 10, 22), date(2026, 11, 25))  # starts mid-week: the first period is cut
    summed = results.period_tallies(query, grain)
    assert sorted(summed, key=repr) == sorted(_by_period(results.day_tallies(query), query, grain), key=repr)
    assert sum(t.count for t in summed) == sum(t.count for t in results.day_tallies(query)) > 0
    assert min(t.day for t in summed) == date(2026, 10, 22) and all(t.followup is None for t in summed)
    if grain is Grain.WEEK:
        assert {t.day for t in summed} <= {date(2026, 10, 22), *(date(2026, 10, 26) + timedelta(weeks=w)
                                                                 for w in range(5))}


def test_report_inputs_summed_in_the_database_make_the_same_report(central: Central, tmp_path: Path) -> None:
    """A PDF/XLSX report reads tallies by day, the weekday × hour pattern and the follow-up counts, each summed
    where the data is: the report is the one made from every hourly tally (SQLite demo central and PostgreSQL)."""
    from kiosk.results.report_model import build_report

    config = kiosk_config(tmp_path, central.login.url)
    with local_store(config) as local:
        store = CheckInService(local)
        for i in range(90):  # across weekdays and hours (10:00 to 16:00 UTC), three answers, two follow-ups
            at = datetime(2026, 10, 26, 10, tzinfo=UTC) + timedelta(days=i % 13, hours=i % 7, minutes=i)
            checkin = _answer(store, at, (Answer.YES, Answer.YES, Answer.NOT_SURE, Answer.NO)[i % 4])
            if i % 4 < 2:
                _follow(store, checkin, (Followup.STAFF, Followup.VISITOR)[i % 3 % 2], at + timedelta(seconds=5))
        _push(central, local, tmp_path)
    results = CentralResults(central.admin)
    query = ResultsQuery(date(2026, 10, 26), date(2026, 11, 8), ("riverside",))
    inputs = results.report_inputs(query)
    assert all(t.hour == 0 and t.followup is None for t in inputs.tallies) and len(inputs.tallies) <= 14 * 3
    by_hour = build_report(results.tallies(query), query, 2)
    by_day = build_report(inputs.tallies, query, 2, grid=inputs.grid, followups=inputs.followups)
    assert by_day.pattern.any_shown and by_day.followups.answered == sum(inputs.followups.values()) > 0
    assert (by_day.pattern, by_day.followups, by_day.headline, by_day.weekly, by_day.summary) == (
        by_hour.pattern, by_hour.followups, by_hour.headline, by_hour.weekly, by_hour.summary)
