"""The one AFTER INSERT trigger on `checkin` (migration 0015_push_faster's `checkin_accept()`), as the kiosk's own
PostgreSQL role: rows kept aside (misdated, over the daily limit) are not counted in the results tallies, the
tallies' local hour is right in zones half and three quarters of an hour off UTC and across a change of the
clocks, and the trigger is the only one of its kind on the table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, text

from kiosk.sync.central import KioskCredentials
from kiosk.sync.checks import ANSWERS_LIMIT, quarantined, set_limits

pytestmark = pytest.mark.postgres

KioskLogin = tuple[KioskCredentials, psycopg.Connection[Any]]
_MANY = ("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, digest) "
         "SELECT gen_random_uuid(), 'north', 'north-1', a, (a AT TIME ZONE 'UTC')::date, "
         "(ARRAY['yes', 'not_sure', 'no'])[1 + i %% 3], 'en', repeat('d', 64) "
         "FROM unnest(%s::timestamptz[]) WITH ORDINALITY AS u(a, i)")  # one statement: the trigger fires once


def _tallied(central: Engine) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(the hourly tallies, a recount of the stored rows with the local hour worked out row by row)."""
    with central.connect() as conn:
        tallies = conn.execute(text(
            "SELECT site, question, local_date, local_hour, answer, count FROM checkin_tally "
            "WHERE count <> 0 ORDER BY 1, 2, 3, 4, 5")).all()
        recount = conn.execute(text(
            "SELECT c.site, c.question, c.local_date, extract(hour FROM c.answered_at AT TIME ZONE s.timezone)::int, "
            "c.answer, count(*) FROM checkin c JOIN site s ON s.id = c.site GROUP BY 1, 2, 3, 4, 5 "
            "ORDER BY 1, 2, 3, 4, 5")).all()
    return [tuple(r) for r in tallies], [tuple(r) for r in recount]


def _day_total(central: Engine) -> int:
    with central.connect() as conn:
        return int(conn.execute(text("SELECT coalesce(sum(count), 0) FROM checkin_tally_day")).scalar_one())


def test_rows_kept_aside_are_not_counted(kiosk: KioskLogin, central: Engine) -> None:
    _, conn = kiosk
    set_limits(central, {ANSWERS_LIMIT: 4})
    now = datetime.now(UTC).replace(microsecond=0)
    moments = [now - timedelta(minutes=i) for i in range(6)] + [datetime(2099, 1, 1, tzinfo=UTC),
                                                                 datetime(2019, 12, 31, tzinfo=UTC)]
    conn.execute(_MANY, [moments])
    with central.connect() as admin:
        stored = admin.execute(text("SELECT count(*) FROM checkin")).scalar_one()
    _, total = quarantined(central)
    assert (stored, total) == (4, 4)  # 2 misdated, then the 2 newest over the limit of 4
    tallies, recount = _tallied(central)
    assert tallies == recount and sum(r[-1] for r in tallies) == 4
    assert _day_total(central) == 4
    conn.execute(_MANY, [[now]])  # the same day again: kept aside, and still not counted
    assert _tallied(central)[0] == tallies and _day_total(central) == 4


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Europe/London"])
def test_the_local_hour_is_right_in_any_zone(kiosk: KioskLogin, central: Engine, zone: str) -> None:
    _, conn = kiosk
    with central.begin() as admin:
        admin.execute(text("UPDATE site SET timezone = :z WHERE id = 'north'"), {"z": zone})
    # Every minute of two UTC hours, seconds apart within a minute, around a change of the clocks (Lord Howe
    # moves by half an hour at 2 am local time on 5 April 2026 = 15:00 UTC on 4 April; London on 29 March).
    for start in (datetime(2026, 4, 4, 14, 0, tzinfo=UTC), datetime(2026, 3, 29, 0, 0, tzinfo=UTC)):
        conn.execute(_MANY, [[start + timedelta(minutes=m, seconds=s) for m in range(120) for s in (0, 29, 59)]])
    tallies, recount = _tallied(central)
    assert tallies == recount
    assert sum(r[-1] for r in tallies) == _day_total(central) == 2 * 120 * 3
    assert len({r[3] for r in tallies}) >= 4  # the rows really span several local hours


def test_one_statement_trigger_on_checkin(central: Engine) -> None:
    with central.connect() as conn:
        triggers = conn.execute(text(
            "SELECT tgname, tgfoid::regproc::text FROM pg_trigger WHERE tgrelid = 'public.checkin'::regclass "
            "AND NOT tgisinternal")).all()
        callers = conn.execute(text(
            "SELECT has_function_privilege('public', 'public.checkin_accept()', 'EXECUTE')")).scalar_one()
    assert [tuple(t) for t in triggers] == [("central_accept", "checkin_accept")]
    assert callers is False  # nobody calls it directly (SECURITY DEFINER)
