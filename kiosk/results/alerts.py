"""The alerts service: evaluate the rules, keep the state, e-mail new alerts once — for the screen and the CLI.

    alerts = Alerts.from_services(services)          # this kiosk: its own answers, its local store
    alerts.evaluate()    -> list[Alert]              # raise / refresh / close, then e-mail what is new; the open ones
    alerts.open()        -> list[Alert]
    alerts.acknowledge(alert_id, by, comment) -> AlertChange   # .alert, .notes ("the comment was cut to …")
    alerts.close(alert_id, by) -> AlertChange

With a central database (`Alerts.central(engine, config, clock)`) the state lives there and every statement runs
as the reader's role (staff: their sites; managers: all). Everything returned is a plain frozen dataclass
(kiosk.results.rules.alerts.Alert). Errors people can fix are KioskErrors with plain words (AlertInputError,
StorageError). Thread: the database thread on a kiosk (an e-mail waits at most kiosk.results.mail.TIMEOUT
seconds — pass `send_mail=False` and call `send_mail()` later to keep that off a busy thread), or the CLI's main
thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.results.alerts_store import AlertStore, DailyCounts, KiosksDays, kiosk_days
from kiosk.results.mail import MailSettings
from kiosk.results.rules.alerts import Alert, AlertRules, chart_weeks, check_site, open_weekdays
from kiosk.results.rules.tally import ResultsQuery, Tally
from kiosk.results.source import Scope, TallySource

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.data.services import Services
    from kiosk.results.report_model import ReportAlert

SILENT_LOOKBACK_DAYS = 92  # how far back a silent run is traced to say since when
# (sites, first day, last day) → site → kiosk → (its first known day, its answers per day)
KioskDays = Callable[[Sequence[str], date, date], Mapping[str, KiosksDays]]


@dataclass(frozen=True, slots=True)
class Site:
    id: str
    name: str
    timezone: str


@dataclass(frozen=True, slots=True)
class AlertChange:
    """The alert after a change, and what was adjusted in what was typed (in words)."""

    alert: Alert
    notes: tuple[str, ...] = ()


@dataclass(slots=True)
class Evaluation:
    """What the last evaluation did, in words for the CLI and a log."""

    raised: list[Alert] = field(default_factory=list)
    closed: list[Alert] = field(default_factory=list)
    mail: list[str] = field(default_factory=list)
    mail_failed: int = 0  # alerts whose e-mail could not be sent (tried again at the next evaluation)


def report_alerts(alerts: list[Alert]) -> list[ReportAlert]:
    from kiosk.results.report_model import ReportAlert

    return [ReportAlert(site=a.site, opened=a.since, state=a.state.value, what=a.words) for a in alerts if a.is_open]


def rules_of(config: Config) -> AlertRules:
    return AlertRules(days=config.alert_days, below=config.alert_below, min_answers=config.alert_min_answers,
                      min_count=config.results_min_count, silent_days=config.alert_silent_days,
                      open_days=open_weekdays(config.open_days))


class Alerts:
    def __init__(self, store: AlertStore, source: TallySource, rules: AlertRules, clock: Clock, *,
                 sites: Mapping[str, Site] | Callable[[], Mapping[str, Site]], days: KioskDays | None = None,
                 mail: MailSettings | None = None) -> None:
        """`sites`: the sites evaluated (id → Site), or a function reading them when first needed (a staff
        role that only lists and acknowledges never reads them)."""
        self.store = store
        self.source = source
        self.rules = rules
        self.clock = clock
        self._sites = sites
        self.days = days
        self.mail = mail
        self.last = Evaluation()

    @classmethod
    def from_services(cls, services: Services) -> Alerts:
        """This kiosk: its own answers and its local store (works offline)."""
        config = services.config
        engine = services.engine()
        site = Site(config.site_id, config.site_name, config.timezone)
        source = DailyCounts(engine, Scope("kiosk", (site.id,), config.kiosk_id))

        def days(sites: Sequence[str], first: date, last: date) -> Mapping[str, KiosksDays]:
            return kiosk_days(engine, sites, first, last, kiosks=(config.kiosk_id,))

        return cls(AlertStore(engine, min_count=config.results_min_count), source, rules_of(config), services.clock,
                   sites={site.id: site}, days=days, mail=MailSettings.from_config(config))

    @classmethod
    def central(cls, engine: Engine, config: Config, clock: Clock, source: TallySource | None = None) -> Alerts:
        """The central database as the engine's role: its sites (from the `site` table the role may read)."""
        counts = DailyCounts(engine)

        def sites() -> dict[str, Site]:
            return {s: Site(s, name, tz) for s, name, tz in counts.sites()}

        made = cls(AlertStore(engine, min_count=config.results_min_count), source or counts, rules_of(config), clock,
                   sites=sites, mail=MailSettings.from_config(config))

        def days(sites: Sequence[str], first: date, last: date) -> Mapping[str, KiosksDays]:
            zones = {s.id: s.timezone for s in made.sites.values()}
            return kiosk_days(engine, sites, first, last, accounts=True, timezones=zones)

        made.days = days
        return made

    @property
    def sites(self) -> dict[str, Site]:
        if callable(self._sites):
            self._sites = dict(self._sites())
        return dict(self._sites)

    # -- evaluating ---------------------------------------------------------------------------------------
    def evaluate(self, *, send_mail: bool = True) -> list[Alert]:
        """Checks every rule for every site this reader covers, raises new alerts once, refreshes open ones,
        closes recovered ones, then (with e-mail set up and `send_mail`) e-mails alerts not yet sent."""
        now = self.clock.now()
        self.last = Evaluation()
        known = self.sites
        sites = [s for s in self.source.scope().sites if s in known] or list(known)
        if sites:
            todays = {s: now.astimezone(ZoneInfo(known[s].timezone)).date() for s in sites}
            first = min(min(d - timedelta(days=self.rules.days - 1), chart_weeks(d)[0]) for d in todays.values())
            tallies = self.source.tallies(ResultsQuery(first, max(todays.values()), tuple(sites)))
            by_site: dict[str, list[Tally]] = {}
            for t in tallies:
                by_site.setdefault(t.site, []).append(t)
            kiosks = (self.days(sites, min(todays.values()) - timedelta(days=SILENT_LOOKBACK_DAYS),
                                max(todays.values())) if self.days and self.rules.silent_days else {})
            checks = [c for site in sites for c in check_site(by_site.get(site, []), site, todays[site], self.rules,
                                                               kiosks.get(site, {}))]
            self.last.raised, self.last.closed = self.store.apply(checks, now)
        if send_mail:
            self.last.mail = self.send_mail()
        return self.open()

    def send_mail(self) -> list[str]:
        """E-mails each open alert not yet e-mailed, once; says what happened to each, in words."""
        if self.mail is None:
            return []
        from kiosk.results.mail import Mailer, message

        now = self.clock.now()
        known = self.sites
        pending = [a for a in self.store.to_mail(tuple(known)) if self.store.claim_mail(a.id, now)]
        messages = [message(a, self.mail, site_name=known[a.site].name if a.site in known else "",
                            min_count=self.rules.min_count, now=now) for a in pending]
        notes = []
        for alert, error in zip(pending, Mailer(self.mail).send(messages), strict=True):
            if error is None:
                self.store.mail_sent(alert.id, now)
                notes.append(f"alert {alert.short_id} e-mailed to {len(self.mail.recipients)} recipient(s)")
            else:
                self.store.mail_failed(alert.id, error)
                self.last.mail_failed += 1
                notes.append(f"alert {alert.short_id} was not e-mailed: {error}. It will be tried again at the "
                             "next evaluation.")
        return notes

    def for_report(self) -> list[ReportAlert]:
        """The open alerts as a report lists them (words only, never a suppressed figure)."""
        return report_alerts(self.open())

    # -- reading and changing ---------------------------------------------------------------------------------
    def open(self) -> list[Alert]:
        return self.store.alerts()

    def all(self, limit: int = 500) -> list[Alert]:
        return self.store.alerts(include_closed=True, limit=limit)

    def find(self, alert_id: str) -> Alert:
        return self.store.find(alert_id)

    def acknowledge(self, alert_id: str, by: str, comment: str = "") -> AlertChange:
        alert, notes = self.store.acknowledge(alert_id, by, comment, self.clock.now())
        return AlertChange(alert, tuple(notes))

    def close(self, alert_id: str, by: str = "") -> AlertChange:
        alert, notes = self.store.close(alert_id, by, self.clock.now())
        return AlertChange(alert, tuple(notes))
