"""The office's Results page: the sites the person may see (one, or all of them), dates, the headline for the
last 4 weeks and for the dates chosen, the weekly chart (the staff Results screen's WeekListModel and words,
kiosk.results), the open alerts with Acknowledge and a comment, and Save as PDF / XLSX / CSV to a file chosen in
a save dialog. Every read and write runs on the database thread (kiosk.office.results_store).
Thread: GUI.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QUrl, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.config import Config
from kiosk.office import words as office_words
from kiosk.office.errors import office_code
from kiosk.office.page_model import PageModel
from kiosk.office.results_store import OfficeResults
from kiosk.office.session_store import Session, site_names
from kiosk.results import view_model_words as words
from kiosk.results.service import Figure, Glance
from kiosk.results.view_model_weeks import WeekListModel
from kiosk.shell.choices import Choice, ChoiceListModel


class OfficeResultsModel(PageModel):
    siteChoicesChanged = Signal()
    siteChanged = Signal()
    dateFromChanged = Signal()
    dateToChanged = Signal()
    headlineChanged = Signal()
    detailChanged = Signal()
    preciseChanged = Signal()
    lastWeeksChanged = Signal()
    comparisonChanged = Signal()
    scaleLowChanged = Signal()
    centreChanged = Signal()
    chartDescriptionChanged = Signal()
    signalsChanged = Signal()
    periodHeadlineChanged = Signal()
    refreshed = Signal()
    saved = Signal(str)

    def __init__(self, background: Background, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background, self._config = background, config
        self._results: OfficeResults | None = None
        self._sites: tuple[str, ...] = ()
        self._names: dict[str, str] = {}
        self._site = 0  # 0: all of them; i: the i-th site
        today = date.today()
        self._from, self._to = today - timedelta(weeks=12), today
        self._glance: Glance | None = None
        self._period: Figure | None = None
        self._weeks = WeekListModel(self)
        self._alerts = ChoiceListModel([], self)

    def attach(self, session: Session | None) -> None:
        self._results = None if session is None else OfficeResults(session.engine, self._config, session.person.name)
        self._sites = () if session is None else session.person.sites
        self._glance, self._period, self._site, self._message = None, None, 0, ""
        if session is not None:
            engine, sites = session.engine, self._sites
            self._background.op(lambda: site_names(engine, sites)).success(self._named).run()
        self.siteChoicesChanged.emit()
        self.siteChanged.emit()
        self.messageChanged.emit()
        self.refresh()

    def _named(self, names: dict[str, str]) -> None:
        self._names = names
        self.siteChoicesChanged.emit()

    def _chosen(self) -> tuple[str, ...]:
        return self._sites if self._site == 0 else (self._sites[self._site - 1],)

    # -- reading -------------------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        results = self._results
        if results is None:
            self._weeks.set_weeks([], 10)
            self._alerts.set_choices([])
            self._announce()
            return
        chosen, first, last = self._chosen(), self._from, self._to
        self._set_busy(True)
        self._background.op(lambda: (results.glance(chosen), results.period(chosen, first, last))) \
            .success(self._show).failure(self._failed).run()

    def _show(self, read: tuple[Glance, Figure]) -> None:
        self._glance, self._period = read
        self._weeks.set_weeks(list(self._glance.weeks), self._glance.min_count)
        self._alerts.set_choices([Choice(a.id, f"{self._names.get(a.site, a.site)} · {a.title}",
                                         partial(words.alert_line, a.state, a.words))
                                  for a in self._glance.alerts or ()])
        self._set_busy(False)
        self._announce()
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        code = office_code(error)
        self._say(lambda: office_words.failed_words(code))
        self.refreshed.emit()

    # -- what QML reads ------------------------------------------------------------------------------------
    @Property(list, notify=siteChoicesChanged)
    def siteChoices(self) -> list[str]:
        every = QCoreApplication.translate("office", "All my sites (%1)").replace("%1", str(len(self._sites)))
        return [every, *(self._names.get(s, s) for s in self._sites)]

    @Property(int, notify=siteChanged)
    def site(self) -> int:
        return self._site

    @Property(str, notify=dateFromChanged)
    def dateFrom(self) -> str:
        return self._from.isoformat()

    @Property(str, notify=dateToChanged)
    def dateTo(self) -> str:
        return self._to.isoformat()

    @Property(str, notify=headlineChanged)
    def headline(self) -> str:
        return words.big(self._glance.headline, self._glance.min_count) if self._glance else ""

    @Property(str, notify=detailChanged)
    def detail(self) -> str:
        return words.detail(self._glance.headline, self._glance.min_count) if self._glance else ""

    @Property(str, notify=preciseChanged)
    def precise(self) -> str:
        return words.precise(self._glance.headline) if self._glance else ""

    @Property(str, notify=lastWeeksChanged)
    def lastWeeks(self) -> str:
        return words.period(self._glance.headline) if self._glance else ""

    @Property(str, notify=comparisonChanged)
    def comparison(self) -> str:
        return words.comparison(self._glance)

    @Property(QObject, constant=True)
    def weeks(self) -> WeekListModel:
        return self._weeks

    @Property(float, notify=scaleLowChanged)
    def scaleLow(self) -> float:
        return self._weeks.scale_low()

    @Property(float, notify=centreChanged)
    def centre(self) -> float:
        return self._glance.centre if self._glance and self._glance.centre is not None else -1.0

    @Property(str, notify=chartDescriptionChanged)
    def chartDescription(self) -> str:
        return words.chart_description(self._glance)

    @Property(str, notify=signalsChanged)
    def signals(self) -> str:
        return words.signals(self._glance)

    @Property(str, notify=periodHeadlineChanged)
    def periodHeadline(self) -> str:
        """The chosen dates' figure: "From 1 Sep to 30 Nov: Nearly 9 in 10 said yes — …"."""
        f, m = self._period, self._config.results_min_count
        if f is None:
            return ""
        said = QCoreApplication.translate("office", "%1 to %2: %3").replace("%1", f.period.start.isoformat()) \
            .replace("%2", f.period.end.isoformat()).replace("%3", words.big(f, m))
        return said if f.hidden or f.share is None else f"{said} — {words.precise(f)}"

    @Property(QObject, constant=True)
    def alerts(self) -> ChoiceListModel:
        return self._alerts

    # -- what people do ------------------------------------------------------------------------------------
    @Slot(int)
    def setSite(self, index: int) -> None:
        if 0 <= index <= len(self._sites) and index != self._site:
            self._site = index
            self.siteChanged.emit()
            self.refresh()

    @Slot(str, str)
    def setDates(self, first: str, last: str) -> None:
        try:
            a, b = date.fromisoformat(first.strip()), date.fromisoformat(last.strip())
        except ValueError:
            self._say(lambda: office_words.failed_words("dates"))
            return
        if a > b:
            self._say(lambda: office_words.failed_words("office_dates"))
            return
        self._from, self._to = a, b
        self._say("")
        self.dateFromChanged.emit()
        self.dateToChanged.emit()
        self.refresh()

    @Slot(str, str)
    def acknowledge(self, alert_id: str, comment: str) -> None:
        results = self._results
        if results is None or not any(c.key == alert_id for c in self._alerts.choices()):
            return
        self._background.op(lambda: results.acknowledge(alert_id, comment.strip())) \
            .success(lambda _r: self._acknowledged()).failure(self._failed).run()

    def _acknowledged(self) -> None:
        self._say(lambda: QCoreApplication.translate("office", "Acknowledged. Thank you for looking."))
        self.refresh()

    @Slot(str)
    def save(self, url: str) -> None:
        """The report for the chosen sites and dates, as the file the save dialog named (.pdf, .xlsx, .csv)."""
        results = self._results
        if results is None:
            return
        path = Path(QUrl(url).toLocalFile() if "://" in url else url)
        chosen, first, last = self._chosen(), self._from, self._to
        self._say(words.making)
        self._background.op(lambda: results.save(chosen, first, last, path)) \
            .success(self._saved).failure(self._failed).run()

    def _saved(self, path: Path) -> None:
        self._say(lambda: QCoreApplication.translate("office", "Saved as %1 in %2.").replace("%1", path.name)
                  .replace("%2", str(path.parent)))
        self.saved.emit(str(path))

    def retranslate(self) -> None:
        """The language changed: every sentence, the site choices, the chart's weeks and the alerts are read again."""
        super().retranslate()
        self.siteChoicesChanged.emit()
        self._weeks.retranslate()
        self._alerts.retranslate()
        self._announce()

    def _announce(self) -> None:
        for signal in (self.headlineChanged, self.detailChanged, self.preciseChanged, self.lastWeeksChanged,
                       self.comparisonChanged, self.scaleLowChanged, self.centreChanged, self.chartDescriptionChanged,
                       self.signalsChanged, self.periodHeadlineChanged):
            signal.emit()
