"""The staff Results screen's view model: the last 4 weeks at a glance, the last 8 weeks as a chart, follow-ups,
the staff pulse and open alerts (when their providers are wired), and "Save a report".

Reading and saving run on the database thread (kiosk.results.service.ResultsService); the screen re-reads when
it is shown and when a new answer is stored (`CheckInRecorded`) while it shows — one read at a time, with one
more queued if answers arrived meanwhile. Every text is made from the service's plain data when read, and
re-announced on `LanguageChanged`. Only staff reach it (the staff tool; every slot checks staff mode).
Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.event_hub import EventHub
from kiosk.core.events import CheckInRecorded, LanguageChanged, SyncFinished
from kiosk.results import view_model_words as words
from kiosk.results.service import Glance, ResultsService, SavedReport
from kiosk.results.view_model_weeks import WeekListModel
from kiosk.shell.choices import Choice, ChoiceListModel
from kiosk.shell.error_words import error_words
from kiosk.shell.shell_model import ShellViewModel

SCREEN = "results"


class ResultsViewModel(QObject):
    loadedChanged = Signal()
    scopeChanged = Signal()
    periodChanged = Signal()
    headlineChanged = Signal()
    hiddenChanged = Signal()
    detailChanged = Signal()
    preciseChanged = Signal()
    comparisonChanged = Signal()
    scaleLowChanged = Signal()
    centreChanged = Signal()
    chartDescriptionChanged = Signal()
    signalsChanged = Signal()
    chartNoteChanged = Signal()
    followupsNoteChanged = Signal()
    pulseShownChanged = Signal()
    pulseChanged = Signal()
    alertsShownChanged = Signal()
    savingChanged = Signal()
    saveMessageChanged = Signal()
    refreshed = Signal()  # after each read is shown (tests and scenes wait on it)
    saved = Signal(str)  # the report's path

    def __init__(self, service: Callable[[], ResultsService], background: Background, shell: ShellViewModel,
                 is_staff: Callable[[], bool], events: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._background, self._shell, self._is_staff = service, background, shell, is_staff
        self._glance: Glance | None = None
        self._reading = False
        self._again = False
        self._evaluate_again = False
        self._saving = False
        self._saved: SavedReport | None = None
        self._save_error: BaseException | None = None
        self._weeks = WeekListModel(self)
        self._followups = ChoiceListModel([], self)
        self._alerts = ChoiceListModel([], self)
        shell.screenChanged.connect(self._screen_changed)
        events.subscribe(CheckInRecorded, self._answer_stored)
        events.subscribe(SyncFinished, self._answer_stored)  # the whole site's figures may have moved
        events.subscribe(LanguageChanged, self._language_changed)

    # -- reading ----------------------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self._read(evaluate=False)

    def _read(self, evaluate: bool) -> None:
        """One read at a time; `evaluate`: check the alert rules first (when the screen opens)."""
        self._evaluate_again |= evaluate
        if self._reading:
            self._again = True
            return
        self._reading, self._again, evaluate, self._evaluate_again = True, False, self._evaluate_again, False
        self._background.op(lambda: self._service().glance(evaluate=evaluate)) \
            .success(self._show).failure(self._failed).run()

    def _show(self, glance: Glance) -> None:
        self._reading = False
        self._glance = glance
        self._weeks.set_weeks(list(glance.weeks), glance.min_count)
        m = glance.min_count
        self._followups.set_choices([
            Choice(f.where.value, partial(words.followup_label, f.where),
                   partial(words.followup_value, f.share, f.hidden, m)) for f in glance.followups])
        self._alerts.set_choices([Choice(a.id, a.title, partial(words.alert_line, a.state, a.words))
                                  for a in glance.alerts or ()])
        self._announce()
        if self._again:
            self._read(evaluate=False)
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        self._background.errors.report(error)  # said in words over the screen by the shell
        if self._again:
            self._read(evaluate=False)

    def _announce(self) -> None:
        for signal in (self.loadedChanged, self.scopeChanged, self.periodChanged, self.headlineChanged,
                       self.hiddenChanged, self.detailChanged, self.preciseChanged, self.comparisonChanged,
                       self.scaleLowChanged, self.centreChanged, self.chartDescriptionChanged, self.signalsChanged,
                       self.chartNoteChanged, self.followupsNoteChanged, self.pulseShownChanged, self.pulseChanged,
                       self.alertsShownChanged):
            signal.emit()

    def _screen_changed(self) -> None:
        if self._shell.screen == SCREEN:
            self._saved, self._save_error = None, None
            self.saveMessageChanged.emit()
            self._read(evaluate=True)

    def _answer_stored(self, _event: object) -> None:
        if self._shell.screen == SCREEN:
            self.refresh()

    def _language_changed(self, _event: LanguageChanged) -> None:
        self._announce()
        self._weeks.retranslate()
        self._followups.retranslate()
        self._alerts.retranslate()
        self.saveMessageChanged.emit()

    # -- what QML reads ---------------------------------------------------------------------------------------
    @Property(bool, notify=loadedChanged)
    def loaded(self) -> bool:
        return self._glance is not None

    @Property(str, notify=scopeChanged)
    def scope(self) -> str:
        """"This kiosk only" or "The whole site"."""
        return words.scope(self._glance)

    @Property(str, notify=periodChanged)
    def period(self) -> str:
        return words.period(self._glance.headline) if self._glance else ""

    @Property(str, notify=headlineChanged)
    def headline(self) -> str:
        """"Nearly 9 in 10", or why there is no figure."""
        return words.big(self._glance.headline, self._glance.min_count) if self._glance else ""

    @Property(bool, notify=hiddenChanged)
    def hidden(self) -> bool:
        """Whether the headline has no figure (hidden, or no answers)."""
        return self._glance is None or self._glance.headline.share is None

    @Property(str, notify=detailChanged)
    def detail(self) -> str:
        return words.detail(self._glance.headline, self._glance.min_count) if self._glance else ""

    @Property(str, notify=preciseChanged)
    def precise(self) -> str:
        return words.precise(self._glance.headline) if self._glance else ""

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

    @Property(str, notify=chartNoteChanged)
    def chartNote(self) -> str:
        return words.chart_note(self._glance)

    @Property(QObject, constant=True)
    def followups(self) -> ChoiceListModel:
        """key = staff / visitor / elsewhere, label = where, hint = the share (or "fewer than 10 answers")."""
        return self._followups

    @Property(str, notify=followupsNoteChanged)
    def followupsNote(self) -> str:
        return words.followups_note(self._glance)

    @Property(bool, notify=pulseShownChanged)
    def pulseShown(self) -> bool:
        return self._glance is not None and self._glance.pulse is not None

    @Property(str, notify=pulseChanged)
    def pulse(self) -> str:
        return words.pulse(self._glance)

    @Property(bool, notify=alertsShownChanged)
    def alertsShown(self) -> bool:
        return self._glance is not None and self._glance.alerts is not None

    @Property(QObject, constant=True)
    def alerts(self) -> ChoiceListModel:
        """key = the alert's id, label = its title, hint = its state and sentence."""
        return self._alerts

    @Property(bool, notify=savingChanged)
    def saving(self) -> bool:
        return self._saving

    @Property(str, notify=saveMessageChanged)
    def saveMessage(self) -> str:
        if self._saving:
            return words.making()
        if self._save_error is not None:
            return error_words(self._save_error)
        if self._saved is not None:
            path = self._saved.path
            return words.saved(path.name, str(path.parent), self._saved.on_usb)
        return ""

    # -- what staff tap ---------------------------------------------------------------------------------------------
    @Slot(str)
    def saveReport(self, kind: str) -> None:
        """A PDF ("pdf") or spreadsheet ("xlsx") of the last 12 weeks: to a USB stick if one is in, else the data
        folder. Made on the database thread; the screen stays live."""
        self._shell.activity()
        if self._saving or not self._is_staff() or kind not in ("pdf", "xlsx"):
            return
        self._set_saving(True)
        self._background.op(lambda: self._service().save_report(kind, QCoreApplication.translate)) \
            .success(self._report_saved).failure(self._report_failed).run()

    def _report_saved(self, result: SavedReport) -> None:
        self._saved, self._save_error = result, None
        self._set_saving(False)
        self.saved.emit(str(result.path))

    def _report_failed(self, error: BaseException) -> None:
        from kiosk.core.errors import KioskError

        if not isinstance(error, KioskError):
            self._background.errors.report(error)
        self._saved, self._save_error = None, error
        self._set_saving(False)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.savingChanged.emit()
        self.saveMessageChanged.emit()

    @Slot(str)
    def acknowledge(self, alert_id: str) -> None:
        """A new alert → acknowledged ("staff at <kiosk>"); an alert already acknowledged is left as it is."""
        self._shell.activity()
        shown = self._glance.alerts if self._glance is not None else None
        if not self._is_staff() or not any(a.id == alert_id and a.state == "new" for a in shown or ()):
            return
        self._background.op(lambda: self._service().acknowledge(alert_id)) \
            .success(lambda _r: self.refresh()).failure(self._acknowledge_failed).run()

    def _acknowledge_failed(self, error: BaseException) -> None:
        if not str(getattr(error, "code", "")).startswith("results.alert_"):  # not "changed meanwhile": say it
            self._background.errors.report(error)
        self.refresh()  # the list shows the alert as it is now

    @Slot()
    def backToStaff(self) -> None:
        self._shell.activity()
        self._shell.show("staff")

    def saved_path(self) -> Path | None:
        return self._saved.path if self._saved is not None else None
