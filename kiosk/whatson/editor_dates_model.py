"""The staff editor's dates — `models.listingEditor.dates`: the next sessions the rules produce, made again as
staff edit (in the site's time zone, cancelled ones marked with their reason), each with "Cancel this session"
(a reason visitors see) or "Undo cancel"; an activity's rules other than the one in the pattern fields, each
with Edit and Remove, and "Add another rule"; a closure for a date range (an activity's sessions cancelled
with the reason, a space's closure days); one-off extra dates.

The buttons' work is kiosk.whatson.rules.schedule_form; a problem is said in plain words (`message`) and
loses nothing typed. Words are made when read, and again after a language change. Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.whatson.editor_fields_model import EditorFieldsModel
from kiosk.whatson.editor_schedule_model import EditorScheduleModel
from kiosk.whatson.editor_session import EditorSession
from kiosk.whatson.editor_words import problem_words
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.listing_text import fill, words_for
from kiosk.whatson.rules import schedule_form
from kiosk.whatson.rules.listing_form import NTHS, ListingForm
from kiosk.whatson.rules.listings import Kind, ListingError
from kiosk.whatson.rules.schedule_edits import closure_runs, form_can_show, rule_start, upcoming
from kiosk.whatson.rules.schedules import Occurrence, OneOff, Rule, format_time

UPCOMING = 12  # the sessions offered to cancel (the first 6 are the "next dates" staff watch as they edit)
SESSION_ROLES = ("key", "label", "cancelled", "reason")
RULE_ROLES = ("index", "label", "editable")
CLOSURE_ROLES = ("key", "label")


class EditorDatesModel(QObject):
    messageChanged = Signal()
    chosenChanged = Signal()
    chosenLabelChanged = Signal()  # follows chosenChanged (one notify signal per property)
    problemChanged = Signal()

    def __init__(self, session: EditorSession, fields: EditorFieldsModel, schedule: EditorScheduleModel,
                 now: Callable[[], datetime], tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session, self._fields, self._schedule, self._now, self._tz = session, fields, schedule, now, tz
        self._message = ""
        self._problem: ListingError | None = None  # why the next dates cannot be worked out yet
        self._chosen: tuple[date, time] | None = None
        self._found: list[tuple[Occurrence, time]] = []
        self._listed: tuple[object, ...] | None = None
        self._sessions = RowsModel(SESSION_ROLES, self._session_row, self)
        self._rules = RowsModel(RULE_ROLES, self._rule_row, self)
        self._closures = RowsModel(CLOSURE_ROLES, self._closure_row, self)
        for signal in (fields.valuesChanged, schedule.patternChanged, schedule.nthChanged, schedule.nthDayChanged,
                       schedule.daysChanged):
            signal.connect(self.refresh)
        session.language.on_change(self._retranslate)

    # -- the next dates ---------------------------------------------------------------------------------------
    @Property(QObject, constant=True)
    def sessions(self) -> RowsModel:
        """The next sessions: key ("2026-12-08T10:00", the rule's start), label, cancelled, reason."""
        return self._sessions

    @Property(str, notify=problemChanged)
    def problem(self) -> str:
        """Why the next dates cannot be shown yet ("" when they can), naming the field to fix."""
        return problem_words(self._problem) if self._problem is not None else ""

    @Slot()
    def refresh(self) -> None:
        """Works the next dates out again from the form as it is now (also the rules and closures lists)."""
        form = self._session.form
        listed = (tuple(form.other_rules), form.closures)
        if listed != self._listed:  # (not on every key typed: the lists' buttons keep their place)
            self._listed = listed
            self._rules.reset(list(range(len(form.other_rules))) if form.kind is Kind.ACTIVITY else [])
            self._closures.reset(closure_runs(form.closures) if form.kind is Kind.SPACE else [])
        found: list[tuple[Occurrence, time]] = []
        problem = None
        if form.kind is Kind.ACTIVITY:
            try:
                sessions = form.sessions()
                found = [(o, rule_start(sessions, o, self._tz)) for o in upcoming(sessions, self._now(), self._tz,
                                                                                 UPCOMING)]
            except ListingError as error:
                problem = error
        if (problem is None) != (self._problem is None) or problem is not None:
            self._problem = problem
            self.problemChanged.emit()
        if found != self._found:
            self._found = found
            self._sessions.reset(list(range(len(found))))

    @Property(str, notify=chosenChanged)
    def chosen(self) -> str:
        """The session staff are cancelling (its key), or ""."""
        return "" if self._chosen is None else _key(*self._chosen)

    @Property(str, notify=chosenLabelChanged)
    def chosenLabel(self) -> str:
        match = [o for o, t in self._found if (o.start.date(), t) == self._chosen]
        return self._words_line(match[0]) if match else ""

    @Slot(str)
    def choose(self, key: str) -> None:
        """"Cancel this session" on a row: the reason box opens for it ('' closes it)."""
        if self._session.allowed():
            self._chosen = _parse_key(key)
            self.chosenChanged.emit()
            self.chosenLabelChanged.emit()
            self._say("")

    @Slot()
    def cancelChosen(self) -> None:
        """Cancels the chosen session with the reason typed."""
        chosen = self._chosen
        if chosen is not None and self._do(lambda f: schedule_form.cancel(f, chosen[0], chosen[1])):
            self._chosen = None
            self.chosenChanged.emit()
            self.chosenLabelChanged.emit()

    @Slot(str)
    def undoCancel(self, key: str) -> None:
        parsed = _parse_key(key)
        if parsed is not None:
            self._do(lambda f: schedule_form.undo(f, *parsed))

    # -- the rules ---------------------------------------------------------------------------------------------
    @Property(QObject, constant=True)
    def rules(self) -> RowsModel:
        """An activity's rules not in the pattern fields: index, label (in words), editable (by the fields)."""
        return self._rules

    @Slot(int)
    def editRule(self, index: int) -> None:
        self._do(lambda f: schedule_form.edit_rule(f, index), fields_changed=True)

    @Slot(int)
    def removeRule(self, index: int) -> None:
        self._do(lambda f: schedule_form.remove_rule(f, index))

    @Slot()
    def addRule(self) -> None:
        self._do(schedule_form.add_rule, fields_changed=True)

    @Slot()
    def removeCurrentRule(self) -> None:
        self._do(schedule_form.remove_current_rule, fields_changed=True)

    # -- closures and extra dates ------------------------------------------------------------------------------
    @Property(QObject, constant=True)
    def closures(self) -> RowsModel:
        """A space's closures as date ranges: key ("2026-12-24/2027-01-02"), label."""
        return self._closures

    @Slot()
    def addClosure(self) -> None:
        self._do(schedule_form.close, fields_changed=True)

    @Slot(str)
    def reopen(self, key: str) -> None:
        try:
            first, last = (date.fromisoformat(x) for x in key.split("/"))
        except ValueError:
            return
        self._do(lambda f: schedule_form.reopen(f, first, last))

    @Slot()
    def addExtra(self) -> None:
        self._do(schedule_form.add_extra, fields_changed=True)

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        """What a schedule button found wrong, in plain words ("" when nothing is)."""
        return self._message

    def restart(self) -> None:
        """A new form began: nothing chosen, no message, every list made again."""
        self._chosen, self._found, self._listed = None, [], None
        self.chosenChanged.emit()
        self.chosenLabelChanged.emit()
        self._say("")
        self.refresh()

    # -- inside ------------------------------------------------------------------------------------------------
    def _do(self, change: Callable[[ListingForm], None], fields_changed: bool = False) -> bool:
        if not self._session.allowed():
            return False
        try:
            change(self._session.form)
        except ListingError as error:
            self._say(problem_words(error))
            return False
        self._say("")
        if fields_changed:
            self._schedule.restart()
            self._fields.announce_values()
        self.refresh()
        return True

    def _say(self, message: str) -> None:
        if message != self._message:
            self._message = message
            self.messageChanged.emit()

    def _words_line(self, o: Occurrence) -> str:
        return words_for(self._session.language.code).occurrence_line(o, self._now().astimezone(self._tz).date())

    def _session_row(self, i: int) -> tuple[str, str, bool, str]:
        o, start = self._found[i]
        return _key(o.start.date(), start), self._words_line(o), o.cancelled, o.reason

    def _rule_row(self, i: int) -> tuple[int, str, bool]:
        rule = self._session.form.other_rules[i]
        today = self._now().astimezone(self._tz).date()
        return i, _rule_words(rule, self._session.language.code, today), form_can_show(rule, NTHS)

    def _closure_row(self, run: tuple[date, date]) -> tuple[str, str]:
        words = words_for(self._session.language.code)
        first, last = run
        label = (fill(QCoreApplication.translate("listings", "Closed %1"), words.date_text(first)) if first == last
                 else fill(QCoreApplication.translate("listings", "Closed %1 – %2"), words.date_text(first),
                           words.date_text(last)))
        return f"{first.isoformat()}/{last.isoformat()}", label

    def _retranslate(self) -> None:
        for model in (self._sessions, self._rules, self._closures):
            model.remake()
        self.chosenChanged.emit()
        self.chosenLabelChanged.emit()
        self.problemChanged.emit()


def _key(on: date, start: time) -> str:
    return f"{on.isoformat()}T{format_time(start)}"


def _parse_key(key: str) -> tuple[date, time] | None:
    try:
        on, start = key.split("T")
        return date.fromisoformat(on), time.fromisoformat(start)
    except ValueError:
        return None


def _rule_words(rule: Rule, language: str, today: date) -> str:
    words = words_for(language)
    if isinstance(rule, OneOff):
        return fill(QCoreApplication.translate("listings", "Also %1, %2"), words.date_text(rule.on),
                    words.time_range(rule.start, rule.end))
    line = words.rule_line(rule)
    starts = rule.starts_on if rule.starts_on and rule.starts_on > today else None  # a past first date says nothing
    if starts and rule.until:
        return fill(QCoreApplication.translate("listings", "%1 (%2 to %3)"), line, words.date_text(starts),
                    words.date_text(rule.until))
    if starts:
        return fill(QCoreApplication.translate("listings", "%1 (from %2)"), line, words.date_text(starts))
    if rule.until:
        return fill(QCoreApplication.translate("listings", "%1 (until %2)"), line, words.date_text(rule.until))
    return line
