"""The staff pulse for Results and reports, read from a real SQLite store and suppressed by its own minimum."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import Engine, insert

from kiosk.data.pulse_models import StaffPulseRecord
from kiosk.results.pulse_source import StorePulse


def _answers(engine: Engine, site: str, day: date, **counts: int) -> None:
    with engine.begin() as conn:
        for answer, n in counts.items():
            for _ in range(n):
                conn.execute(insert(StaffPulseRecord).values(id=uuid.uuid4(), site=site, local_date=day,
                                                             answer=answer))


def test_months_by_site_with_a_wilson_interval_and_small_months_hidden(engine: Engine) -> None:
    _answers(engine, "riverside", date(2026, 10, 3), yes=6, no=2)
    _answers(engine, "riverside", date(2026, 10, 28), yes=2)  # October: 8 of 10
    _answers(engine, "riverside", date(2026, 11, 2), yes=3, not_sure=1)  # November: 4, too few
    _answers(engine, "hillside", date(2026, 10, 5), yes=12)
    rows = StorePulse(engine, 10).months(("riverside",), date(2026, 10, 1), date(2026, 11, 30))
    assert [(r.site, r.month) for r in rows] == [("riverside", date(2026, 10, 1)), ("riverside", date(2026, 11, 1))]
    october, november = rows
    assert (october.answers, october.yes, october.suppressed) == (10, 8, False)
    assert october.low == pytest.approx(0.490, abs=0.0005) and october.high == pytest.approx(0.943, abs=0.0005)
    assert november.suppressed and november.answers is None and november.yes is None and november.rate is None
    assert len(StorePulse(engine, 10).months((), date(2026, 10, 1), date(2026, 10, 31))) == 2  # every site


def test_no_answers_no_rows(engine: Engine) -> None:
    assert StorePulse(engine, 10).months(("riverside",), date(2026, 1, 1), date(2026, 12, 31)) == []
