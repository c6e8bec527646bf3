"""The staff pulse by site and month, read from the `staff_pulse` table (kiosk.data.pulse_models) for the
Results screen and reports — without importing staff mode. Suppressed by its own minimum count
(`results.staff_min_count`): a month with fewer answers carries no figure at all. Staff answers carry no kiosk
and no time of day, so the local store holds only this kiosk's, and the central one the site's.
Thread: the database thread (or the CLI's main thread).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from kiosk.core.errors import StorageError
from kiosk.core.proportions import wilson_interval
from kiosk.data.pulse_models import StaffPulseRecord
from kiosk.results.report_model import PulseRow


class StorePulse:
    """A PulseProvider (kiosk.results.service) over the store behind `engine`."""

    def __init__(self, engine: Engine, min_count: int) -> None:
        self._engine = engine
        self._min_count = min_count

    def months(self, sites: tuple[str, ...], first: date, last: date) -> list[PulseRow]:
        t = StaffPulseRecord
        q = (select(t.site, t.local_date, t.answer, func.count())
             .where(t.local_date >= first, t.local_date <= last)
             .group_by(t.site, t.local_date, t.answer))
        if sites:
            q = q.where(t.site.in_(sites))
        try:
            with self._engine.connect() as conn:
                rows = conn.execute(q).all()
        except SQLAlchemyError as e:
            raise StorageError(f"could not read the staff answers: {e.__class__.__name__}") from e
        counts: dict[tuple[str, date], Counter[str]] = {}
        for site, day, answer, n in rows:
            counts.setdefault((site, day.replace(day=1)), Counter())[answer] += int(n)
        return [self._row(site, month, c) for (site, month), c in sorted(counts.items())]

    def _row(self, site: str, month: date, c: Counter[str]) -> PulseRow:
        n = sum(c[a] for a in ("yes", "not_sure", "no"))  # an unknown answer (never written here) is not counted
        if n < self._min_count:
            return PulseRow(site, month, None, None, None, None, None, True)
        low, high = wilson_interval(c["yes"], n)
        return PulseRow(site, month, n, c["yes"], c["yes"] / n, low, high, False)
