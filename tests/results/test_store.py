"""This kiosk's answers as tallies from a real SQLite store: local dates and hours, follow-ups, filters."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Engine

from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, Followup
from kiosk.checkin.store import CheckInService
from kiosk.core.clock import ManualClock
from kiosk.results.rules.measure import Measure
from kiosk.results.rules.tally import ResultsQuery
from kiosk.results.store import LocalResults


def _answer(store: CheckInService, when: datetime, answer: Answer, followup: Followup | None = None,
            site: str = "riverside", zone: str = "Europe/London") -> None:
    clock = ManualClock(when)
    checkin = store.record(CheckIn.new(answer=answer, site=site, kiosk="k1", language="en", clock=clock,
                                       timezone=zone))
    if followup:
        store.record_followup(CheckInFollowup.new(checkin=checkin, followup=followup, clock=clock))


def test_tallies_use_the_site_date_and_hour_across_summer_time(engine: Engine) -> None:
    store = CheckInService(engine)
    _answer(store, datetime(2026, 7, 1, 8, 20, tzinfo=UTC), Answer.YES, Followup.STAFF)  # 09:20 BST
    _answer(store, datetime(2026, 7, 1, 8, 50, tzinfo=UTC), Answer.NO)  # 09:50 BST
    _answer(store, datetime(2026, 12, 1, 9, 5, tzinfo=UTC), Answer.NOT_SURE, Followup.VISITOR)  # 09:05 GMT
    _answer(store, datetime(2026, 12, 1, 23, 30, tzinfo=UTC), Answer.YES)  # still 1 Dec in London
    _answer(store, datetime(2026, 12, 1, 12, 0, tzinfo=UTC), Answer.YES, site="elsewhere")
    results = LocalResults(engine, site="riverside", kiosk="k1", timezone="Europe/London")
    tallies = results.tallies(ResultsQuery(date(2026, 1, 1), date(2026, 12, 31), sites=("riverside",)))
    assert {(t.day, t.hour, t.answer, t.followup) for t in tallies} == {
        (date(2026, 7, 1), 9, Answer.YES, Followup.STAFF), (date(2026, 7, 1), 9, Answer.NO, None),
        (date(2026, 12, 1), 9, Answer.NOT_SURE, Followup.VISITOR), (date(2026, 12, 1), 23, Answer.YES, None)}
    m = Measure.of(tallies)
    assert (m.answers, m.yes, m.no, m.followed_up) == (4, 2, 1, 2)
    july = results.tallies(ResultsQuery(date(2026, 7, 1), date(2026, 7, 31)))
    assert sum(t.count for t in july) == 2
    assert results.scope().kind == "kiosk" and results.scope().sites == ("riverside",)


def test_a_zone_with_a_half_hour_offset_gets_the_right_local_hour(engine: Engine) -> None:
    _answer(CheckInService(engine), datetime(2026, 3, 2, 4, 40, tzinfo=UTC), Answer.YES, zone="Asia/Kolkata")
    results = LocalResults(engine, site="riverside", kiosk="k1", timezone="Asia/Kolkata")
    [t] = results.tallies(ResultsQuery(date(2026, 3, 1), date(2026, 3, 31)))
    assert t.hour == 10  # 04:40 UTC is 10:10 in India


def test_an_empty_store_gives_no_tallies(engine: Engine) -> None:
    results = LocalResults(engine, site="riverside", kiosk="k1", timezone="Europe/London")
    assert results.tallies(ResultsQuery(date(2026, 1, 1), date(2026, 1, 31))) == []
