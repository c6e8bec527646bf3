"""What the staff Results screen shows, as plain data: the use cases behind it (no Qt).

    service = services.get(ResultsService.from_services)     # this kiosk's answers (LocalResults): works offline
    glance = service.glance()                                 # the last 4 weeks, the last 8 weeks, follow-ups, …
    saved = service.save_report("pdf")                        # a PDF (or "xlsx") on a USB stick, else the data folder

Periods are whole ISO weeks, the last one being this week so far: the headline is the last 4 weeks (so it moves
with every answer), the comparison the 4 weeks before, the chart those 8 weeks. The control chart's centre and
limits are worked out over the last `HISTORY_WEEKS` weeks (kiosk.results.rules.control fixes them after 12).

Nothing from fewer than `min_count` answers leaves this module as a figure: a small week, headline or follow-up
is `None` with `hidden=True`. A week's figure is its rate alone — its number of answers is never shown — so a
hidden week cannot be worked out by subtracting the shown weeks from a 4-week total (that needs their counts);
follow-up shares, whose total is shown, are suppressed as a line with it (the secondary rule).
Alerts come from this kiosk's alerts service (kiosk.results.alerts, wired in `from_services`), evaluated when the
screen opens; the staff pulse from the store (kiosk.results.pulse_source). Both are small Protocols below: a
service made without one leaves that part out.
Thread: the database thread (every method reads the store or writes a file).
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from kiosk.core.answers import Answer, Followup
from kiosk.core.clock import Clock
from kiosk.core.errors import StorageError
from kiosk.results.report_model import PulseRow, ReportAlert, build_report
from kiosk.results.rules.control import Method, Signal, Week, control_chart
from kiosk.results.rules.measure import Change, Measure, Share, compare, wilson
from kiosk.results.rules.periods import Grain, Period, period_of, periods_between
from kiosk.results.rules.suppression import suppress_line
from kiosk.results.rules.tally import ResultsQuery, Tally
from kiosk.results.source import Scope, TallySource

if TYPE_CHECKING:
    from kiosk.data.services import Services

SHOWN_WEEKS = 8
HEADLINE_WEEKS = 4
HISTORY_WEEKS = 26  # weeks read for the chart's centre line and limits
REPORT_WEEKS = 12  # "Save a report" covers this many weeks (the chart's baseline)
PULSE_MONTHS = 2


# -- the optional providers ------------------------------------------------------------------------------------

class AlertLike(Protocol):
    """An open alert as the screen lists it (kiosk.results.rules.alerts.Alert has these)."""

    @property
    def id(self) -> str: ...
    @property
    def site(self) -> str: ...
    @property
    def state(self) -> str: ...  # "new" or "acknowledged"
    @property
    def since(self) -> date: ...
    @property
    def title(self) -> str: ...
    @property
    def words(self) -> str: ...  # never a suppressed figure (the alerts module's promise)


class AlertsProvider(Protocol):
    """kiosk.results.alerts.Alerts: evaluated on the database thread when the screen opens, never e-mailing there
    (e-mail is `kiosk results alerts --evaluate`, from a timer)."""

    def evaluate(self, *, send_mail: bool = True) -> Sequence[AlertLike]: ...

    def open(self) -> Sequence[AlertLike]: ...

    def acknowledge(self, alert_id: str, by: str, comment: str = "") -> object: ...


class PulseProvider(Protocol):
    """The staff pulse by month, suppressed by its own minimum count (a suppressed row carries no figure)."""

    def months(self, sites: tuple[str, ...], first: date, last: date) -> Sequence[PulseRow]: ...


# -- what the screen shows ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Figure:
    """A kindness rate over a period, or hidden (fewer than min_count answers, or to protect one that is)."""

    period: Period
    share: Share | None  # None: hidden, or no answers at all
    answers: int | None  # None when hidden
    hidden: bool

    @property
    def empty(self) -> bool:
        return not self.hidden and not self.answers


@dataclass(frozen=True, slots=True)
class WeekPoint:
    figure: Figure
    lower: float | None  # the control limits for this week (None for a gap, or too few weeks)
    upper: float | None
    signals: tuple[Signal, ...]
    so_far: bool  # this week, not over yet


@dataclass(frozen=True, slots=True)
class FollowupShare:
    where: Followup
    share: Share | None  # None when hidden
    hidden: bool


@dataclass(frozen=True, slots=True)
class AlertItem:
    id: str
    site: str
    state: str
    since: date
    title: str
    words: str


@dataclass(frozen=True, slots=True)
class Glance:
    scope: Scope
    today: date
    min_count: int
    headline: Figure
    previous: Figure
    change: Change
    weeks: tuple[WeekPoint, ...]  # oldest first, SHOWN_WEEKS of them
    centre: float | None
    method: Method
    trial: bool
    followed_up: int | None  # how many answered the follow-up; None when hidden
    followups: tuple[FollowupShare, ...]
    pulse: tuple[PulseRow, ...] | None  # None: no pulse provider
    alerts: tuple[AlertItem, ...] | None  # None: no alerts provider


@dataclass(frozen=True, slots=True)
class SavedReport:
    path: Path
    on_usb: bool


# -- USB sticks ------------------------------------------------------------------------------------------------

def default_usb_roots() -> tuple[Path, ...]:
    """Where desktop systems mount USB sticks for the kiosk's user: /media/$USER and /run/media/$USER."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        return ()
    return (Path("/media") / user, Path("/run/media") / user)


def usb_folder(roots: Sequence[Path]) -> Path | None:
    """The first writable folder directly under one of `roots` (a mounted stick), in name order; None if none."""
    for root in roots:
        try:
            mounts = sorted(p for p in root.iterdir() if p.is_dir())
        except OSError:
            continue
        for mount in mounts:
            if os.access(mount, os.W_OK | os.X_OK):
                return mount
    return None


# -- the service ---------------------------------------------------------------------------------------------------

class ResultsService:
    def __init__(self, source: TallySource, clock: Clock, *, timezone: str, min_count: int, data_dir: Path,
                 usb_roots: Sequence[Path] | None = None, alerts: AlertsProvider | None = None,
                 pulse: PulseProvider | None = None, who: str = "staff") -> None:
        self.source, self.clock = source, clock
        self.zone = ZoneInfo(timezone)
        self.min_count = max(1, min_count)
        self.data_dir = data_dir
        self.usb_roots: tuple[Path, ...] = tuple(usb_roots) if usb_roots is not None else default_usb_roots()
        self.alerts = alerts  # wired by the composition when an alerts service exists
        self.pulse = pulse
        self.who = who  # "staff at kiosk-1": who acknowledged an alert (staff have no names on the kiosk)

    @classmethod
    def from_services(cls, services: Services) -> ResultsService:
        """This kiosk's answers, its own alerts (kiosk.results.alerts, the same service the CLI uses) and the staff
        pulse of its store (kiosk.results.pulse_source)."""
        from kiosk.results.alerts import Alerts
        from kiosk.results.pulse_source import StorePulse
        from kiosk.results.store import LocalResults

        config = services.config
        source = LocalResults(services.engine(), site=config.site_id, kiosk=config.kiosk_id,
                              timezone=config.timezone)
        return cls(source, services.clock, timezone=config.timezone, min_count=config.results_min_count,
                   data_dir=config.data_dir, who=f"staff at {config.kiosk_id}",
                   alerts=services.get(Alerts.from_services),
                   pulse=StorePulse(services.engine(), config.results_staff_min_count))

    def today(self) -> date:
        return self.clock.now().astimezone(self.zone).date()

    def glance(self, *, evaluate: bool = False) -> Glance:
        """What the screen shows; `evaluate`: check the alert rules first (raise, refresh, close — no e-mail)."""
        if evaluate and self.alerts is not None:
            self.alerts.evaluate(send_mail=False)
        today = self.today()
        this_week = period_of(today, Grain.WEEK)
        first = this_week.start - timedelta(weeks=HISTORY_WEEKS - 1)
        scope = self.source.scope()
        tallies = self.source.tallies(ResultsQuery(first, today, scope.sites))
        weeks = periods_between(first, today, Grain.WEEK)
        by_week: dict[date, list[Tally]] = {}
        for t in tallies:
            by_week.setdefault(period_of(t.day, Grain.WEEK).start, []).append(t)
        measures = [Measure.of(by_week.get(p.start, [])) for p in weeks]
        before, recent = measures[-2 * HEADLINE_WEEKS:-HEADLINE_WEEKS], measures[-HEADLINE_WEEKS:]
        hidden = [0 < m.answers < self.min_count for m in measures]
        chart = control_chart([Week(p, m.yes, m.answers, shown=not h and m.answers > 0)
                               for p, m, h in zip(weeks, measures, hidden, strict=True)])
        points = tuple(
            WeekPoint(self._figure(p, m, h), pt.lower, pt.upper, tuple(sorted(pt.signals)), p == this_week)
            for p, m, h, pt in zip(weeks, measures, hidden, chart.points, strict=True))[-SHOWN_WEEKS:]
        head_period = Period(weeks[-HEADLINE_WEEKS].start, today)
        prev_period = Period(weeks[-2 * HEADLINE_WEEKS].start, weeks[-HEADLINE_WEEKS - 1].end)
        headline = self._figure(head_period, _sum(recent), False)
        previous = self._figure(prev_period, _sum(before), False)
        followed_up, followups = self._followups(_sum(recent))
        return Glance(scope, today, self.min_count, headline, previous, compare(headline.share, previous.share),
                      points, chart.centre, chart.method, chart.trial, followed_up, followups,
                      self._pulse(scope, today), self._alerts())

    def _figure(self, period: Period, m: Measure, hidden: bool) -> Figure:
        if hidden or 0 < m.answers < self.min_count:
            return Figure(period, None, None, True)
        return Figure(period, m.kindness, m.answers, False)

    def _followups(self, m: Measure) -> tuple[int | None, tuple[FollowupShare, ...]]:
        total = m.followed_up
        if total < self.min_count:
            small = total > 0
            return (None if small else 0), tuple(FollowupShare(f, None, small) for f in Followup)
        hide = suppress_line({f: m.followups.get(f, 0) for f in Followup}, self.min_count)
        return total, tuple(FollowupShare(f, None if f in hide else wilson(m.followups.get(f, 0), total), f in hide)
                            for f in Followup)

    def _pulse(self, scope: Scope, today: date) -> tuple[PulseRow, ...] | None:
        if self.pulse is None:
            return None
        first = (today.replace(day=1) - timedelta(days=31 * (PULSE_MONTHS - 1))).replace(day=1)
        rows = sorted(self.pulse.months(scope.sites, first, today), key=lambda r: (r.month, r.site))[-PULSE_MONTHS:]
        return tuple(r if not r.suppressed else PulseRow(r.site, r.month, None, None, None, None, None, True)
                     for r in rows)

    def _alerts(self) -> tuple[AlertItem, ...] | None:
        if self.alerts is None:
            return None
        return tuple(AlertItem(a.id, a.site, str(a.state), a.since, a.title, a.words) for a in self.alerts.open())

    def acknowledge(self, alert_id: str, comment: str = "") -> None:
        if self.alerts is None:
            raise ValueError("there is no alerts service on this kiosk")
        self.alerts.acknowledge(alert_id, self.who, comment)

    # -- the report -------------------------------------------------------------------------------------------------

    def report_folder(self) -> tuple[Path, bool]:
        """Where a report goes: a mounted USB stick, else the data folder's `reports` folder."""
        usb = usb_folder(self.usb_roots)
        return (usb, True) if usb is not None else (self.data_dir / "reports", False)

    def save_report(self, kind: str = "pdf", translate: Callable[[str, str], str] | None = None) -> SavedReport:
        """The last REPORT_WEEKS weeks as a PDF or XLSX (kiosk.results.report_*), suppression applied there."""
        if kind not in ("pdf", "xlsx"):
            raise ValueError(f"a report is pdf or xlsx, not {kind!r}")
        today = self.today()
        first = period_of(today, Grain.WEEK).start - timedelta(weeks=REPORT_WEEKS - 1)
        scope = self.source.scope()
        query = ResultsQuery(first, today, scope.sites)
        alerts = self._report_alerts()
        wall = getattr(self.source, "wall_activity", None)  # this kiosk's wall, counts only
        report = build_report(self.source.tallies(query), query, self.min_count, scope=scope.kind,
                              pulse=self._pulse(scope, today) or (), alerts=alerts, made_at=self.clock.now(),
                              wall=wall(query) if wall is not None else None)
        folder, on_usb = self.report_folder()
        path = _free_name(folder, f"kindness-results-{'-'.join(scope.sites) or 'all'}-{today.isoformat()}", kind)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if kind == "pdf":
                from kiosk.results.report_pdf import write_pdf

                write_pdf(report, path, translate=translate)
            else:
                from kiosk.results.report_xlsx import write_xlsx

                write_xlsx(report, path, translate=translate)
        except OSError as e:
            raise StorageError(f"The report could not be saved in {folder}: {e.strerror or e}") from e
        return SavedReport(path, on_usb)

    def _report_alerts(self) -> list[ReportAlert]:
        if self.alerts is None:
            return []
        return [ReportAlert(a.site, a.since, str(a.state), a.words) for a in self.alerts.open()]


def _sum(group: Sequence[Measure]) -> Measure:
    answers: dict[Answer, int] = {a: 0 for a in Answer}
    follow: dict[Followup, int] = {f: 0 for f in Followup}
    for m in group:
        answers[Answer.YES] += m.yes
        answers[Answer.NOT_SURE] += m.not_sure
        answers[Answer.NO] += m.no
        for f in Followup:
            follow[f] += m.followups.get(f, 0)
    return Measure(sum(answers.values()), answers[Answer.YES], answers[Answer.NOT_SURE], answers[Answer.NO], follow)


def _free_name(folder: Path, stem: str, kind: str) -> Path:
    """`stem.kind`, or `stem-2.kind`, … if a file of that name is already there (a report is never overwritten)."""
    path = folder / f"{stem}.{kind}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.{kind}"
        n += 1
    return path


__all__ = ["HEADLINE_WEEKS", "SHOWN_WEEKS", "AlertItem", "AlertLike", "AlertsProvider", "Figure", "FollowupShare",
           "Glance", "PulseProvider", "ResultsService", "SavedReport", "WeekPoint",
           "usb_folder"]
