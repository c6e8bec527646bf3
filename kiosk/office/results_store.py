"""The office's results: the central tallies of the sites the person may see (kiosk.results.central, row-level
security deciding), narrowed to the sites and dates chosen on screen, for the headline, the weekly chart, the
alerts and the Save as PDF / XLSX / CSV files (kiosk.results.report_files.WRITERS).

    results = OfficeResults(engine, config, person_name)
    glance = results.glance(("north",))          # kiosk.results.service.Glance: last 4 weeks, 8-week chart
    figure = results.period(("north",), first, last)
    results.save(("north",), first, last, Path("north.xlsx"))

Nothing from fewer than `results.min_count` answers leaves as a figure (the service's and the writers' rule).
Thread: the database thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from kiosk.core.clock import Clock, SystemClock
from kiosk.core.config import Config
from kiosk.core.errors import KioskError
from kiosk.results.alerts import Alerts
from kiosk.results.central import CentralResults
from kiosk.results.report_files import WRITERS, ReportRequest
from kiosk.results.rules.measure import Measure
from kiosk.results.rules.periods import Grain, Period
from kiosk.results.rules.summary import summary
from kiosk.results.rules.tally import ResultsQuery, Tally
from kiosk.results.service import Figure, Glance, ResultsService
from kiosk.results.source import Scope


class ChosenSites:
    """A TallySource of the central results narrowed to the chosen sites (never wider than RLS allows)."""

    def __init__(self, central: CentralResults, sites: Sequence[str]) -> None:
        self._central = central
        allowed = central.scope().sites
        self._sites = tuple(s for s in sites if s in allowed) or allowed

    def scope(self) -> Scope:
        return Scope("central", self._sites)

    def _narrow(self, query: ResultsQuery) -> ResultsQuery:
        return ResultsQuery(query.date_from, query.date_to, tuple(s for s in query.sites if s in self._sites)
                            or self._sites)

    def tallies(self, query: ResultsQuery) -> list[Tally]:
        return self._central.day_tallies(self._narrow(query))

    def period_tallies(self, query: ResultsQuery, grain: Grain | None) -> list[Tally]:
        return self._central.period_tallies(self._narrow(query), grain)

    def report_inputs(self, query: ResultsQuery) -> Any:
        return self._central.report_inputs(self._narrow(query))


class OfficeResults:
    def __init__(self, engine: Engine, config: Config, who: str, clock: Clock | None = None) -> None:
        self.engine, self.config, self.who = engine, config, who
        self.clock = clock or SystemClock()
        self.central = CentralResults(engine)

    def alerts(self) -> Alerts:
        return Alerts.central(self.engine, self.config, self.clock, source=self.central)

    def service(self, sites: Sequence[str]) -> ResultsService:
        return ResultsService(ChosenSites(self.central, sites), self.clock, timezone=self.config.timezone,
                              min_count=self.config.results_min_count, data_dir=self.config.data_dir,
                              alerts=self.alerts(), who=self.who)

    def glance(self, sites: Sequence[str]) -> Glance:
        return self.service(sites).glance(evaluate=False)  # raising alerts is the server's timer's job

    def period(self, sites: Sequence[str], first: date, last: date) -> Figure:
        source = ChosenSites(self.central, sites)
        query = ResultsQuery(first, last, source.scope().sites)
        m = Measure.of(source.tallies(query))
        hidden = 0 < m.answers < self.config.results_min_count
        return Figure(Period(first, last), None if hidden or not m.answers else m.kindness,
                      None if hidden else m.answers, hidden)

    def acknowledge(self, alert_id: str, comment: str) -> None:
        self.alerts().acknowledge(alert_id, self.who, comment)

    def save(self, sites: Sequence[str], first: date, last: date, path: Path) -> Path:
        """The report for the chosen sites and dates, in the format its name ends with (.pdf, .xlsx, .csv)."""
        writer = WRITERS.get(path.suffix.lower())
        if writer is None or path.suffix.lower() == ".json":
            raise KioskError(f"{path.name}: save as .pdf, .xlsx or .csv", code="office_format")
        if first > last:
            raise KioskError("the first date is after the last", code="office_dates")
        source = ChosenSites(self.central, sites)
        query = ResultsQuery(first, last, source.scope().sites)
        rows = summary(source.period_tallies(query, Grain.WEEK), query, Grain.WEEK, self.config.results_min_count)
        alerts = self.alerts()
        request = ReportRequest(source=source, scope=source.scope(), query=query, grain=Grain.WEEK,
                                min_count=self.config.results_min_count, summary=rows,
                                alerts=alerts.for_report, made_at=self.clock.now())
        try:
            writer(request, path)
        except OSError as e:
            raise KioskError(f"cannot write {path}: {e.strerror or e}", code="office_write") from None
        return path
