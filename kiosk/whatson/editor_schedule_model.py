"""The staff editor's times: an activity's pattern (every week on chosen days, once a month on "2nd Tuesday",
or one date), a space's opening hours (one or two ranges per weekday), and the times an import brought that
the form cannot show (kept as they are until staff choose "Set new times").

The start, end and date boxes are ordinary form fields (kiosk.whatson.editor_fields_model); the notes here
are the problems Save found with the days or a day's hours. Labels are made when read, and again after a
language change. Thread: GUI.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.whatson.editor_fields_model import EditorFieldsModel
from kiosk.whatson.editor_session import EditorSession
from kiosk.whatson.editor_words import kept_times_words, nth_label, pattern_label, weekday_label
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.rules.listing_form import HOUR_SLOTS, NTHS, PATTERNS, clean_text
from kiosk.whatson.rules.listings import Kind
from kiosk.whatson.rules.schedules import WEEKDAY_CODES

HOURS_ROLES = ("key", "label", "open1", "close1", "open2", "close2")


class EditorScheduleModel(QObject):
    patternChanged = Signal()
    nthChanged = Signal()
    nthDayChanged = Signal()
    keptTextChanged = Signal()
    notesChanged = Signal()
    daysChanged = Signal()  # a weekday chosen or not (the editor's next dates are made again)

    def __init__(self, session: EditorSession, fields: EditorFieldsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session, self._fields = session, fields
        self._patterns = RowsModel(("key", "label"), lambda p: (p, pattern_label(p)), self)
        self._nths = RowsModel(("key", "label"), lambda n: (n, nth_label(n)), self)
        self._nths.reset(NTHS)
        self._weekdays = RowsModel(("key", "label"), lambda c: (c, weekday_label(c)), self)
        self._weekdays.reset(WEEKDAY_CODES)
        self._days = RowsModel(("key", "label", "chosen"), self._day_row, self)
        self._hours = RowsModel(HOURS_ROLES, lambda c: (c, weekday_label(c), *session.form.hours[c]), self)
        fields.notesChanged.connect(self.notesChanged)  # the days' and hours' problems are the form's
        session.language.on_change(self._retranslate)

    # -- an activity's pattern ------------------------------------------------------------------------------
    @Property(QObject, constant=True)
    def patterns(self) -> RowsModel:
        """Every week, Once a month, One date (none for a space)."""
        return self._patterns

    @Property(str, notify=patternChanged)
    def pattern(self) -> str:
        """weekly, monthly, once, or kept (times from an import the form cannot show)."""
        return self._session.form.values["pattern"]

    @Slot(str)
    def setPattern(self, pattern: str) -> None:
        self._session.shell.activity()
        if pattern in PATTERNS and pattern != "kept" and pattern != self.pattern:
            kept = self.pattern == "kept"
            self._session.form.values["pattern"] = pattern
            self.patternChanged.emit()
            if kept:
                self.keptTextChanged.emit()

    @Property(QObject, constant=True)
    def days(self) -> RowsModel:
        """Weekly: the weekdays, and which are chosen."""
        return self._days

    @Slot(str)
    def toggleDay(self, code: str) -> None:
        self._session.shell.activity()
        if code in WEEKDAY_CODES:
            self._session.form.days ^= {code}
            self._days.remake()
            self.daysChanged.emit()

    @Property(QObject, constant=True)
    def nths(self) -> RowsModel:
        """Monthly: 1st … 4th, Last."""
        return self._nths

    @Property(str, notify=nthChanged)
    def nth(self) -> str:
        return self._session.form.values["nth"]

    @Slot(str)
    def setNth(self, nth: str) -> None:
        self._session.shell.activity()
        if nth in NTHS and nth != self.nth:
            self._session.form.values["nth"] = nth
            self.nthChanged.emit()

    @Property(QObject, constant=True)
    def weekdays(self) -> RowsModel:
        """Monthly: which weekday of the month."""
        return self._weekdays

    @Property(str, notify=nthDayChanged)
    def nthDay(self) -> str:
        return self._session.form.values["nth_day"]

    @Slot(str)
    def setNthDay(self, code: str) -> None:
        self._session.shell.activity()
        if code in WEEKDAY_CODES and code != self.nthDay:
            self._session.form.values["nth_day"] = code
            self.nthDayChanged.emit()

    # -- a space's opening hours ----------------------------------------------------------------------------
    @Property(QObject, constant=True)
    def hours(self) -> RowsModel:
        """Each weekday's four times: open, close, second open, second close ('' = not used)."""
        return self._hours

    @Slot(str, int, str)
    def setHours(self, code: str, slot: int, text: str) -> None:
        """One of a weekday's four times; the list is not reset, so the field being typed in keeps its focus."""
        self._session.shell.activity()
        if code in WEEKDAY_CODES and 0 <= slot < HOUR_SLOTS:
            self._session.form.hours[code][slot] = clean_text(text, multiline=False)[0]
            self._fields.clear_problem_of(f"hours.{code}")

    @Slot(str)
    def setClosed(self, code: str) -> None:
        self._session.shell.activity()
        if code in WEEKDAY_CODES:
            self._session.form.hours[code] = [""] * HOUR_SLOTS
            self._hours.reset(WEEKDAY_CODES)

    @Slot(str)
    def copyHoursToWeekdays(self, code: str) -> None:
        """Monday's hours (or `code`'s) for Tuesday to Friday too: the usual case in one tap."""
        self._session.shell.activity()
        if code in WEEKDAY_CODES:
            for other in WEEKDAY_CODES[:5]:
                self._session.form.hours[other] = list(self._session.form.hours[code])
            self._hours.reset(WEEKDAY_CODES)

    # -- kept times, and problems -------------------------------------------------------------------------
    @Property(str, notify=keptTextChanged)
    def keptText(self) -> str:
        """Times the form cannot show (from an import), kept as they are; empty otherwise."""
        return kept_times_words(self._session.form, self._session.language.code)

    @Slot()
    def setNewTimes(self) -> None:
        """Leaves times kept from an import for the form's own."""
        self._session.shell.activity()
        self._session.form.set_new_times()
        self.restart()

    @Property("QVariantMap", notify=notesChanged)  # type: ignore[arg-type]
    def notes(self) -> dict[str, str]:
        """The problem Save found with the days ("days") or a day's hours ("hours.MO")."""
        keys = ("days", "hours", *(f"hours.{c}" for c in WEEKDAY_CODES))
        return {k: note for k in keys if (note := self._fields.note(k))}

    def restart(self) -> None:
        """A new form began (or new times were chosen): every list and value is announced again."""
        kind = self._session.form.kind
        self._patterns.reset(() if kind is Kind.SPACE else ("weekly", "monthly", "once"))
        self._days.reset(WEEKDAY_CODES)
        self._hours.reset(WEEKDAY_CODES)
        for signal in (self.patternChanged, self.nthChanged, self.nthDayChanged, self.keptTextChanged):
            signal.emit()

    def _day_row(self, code: str) -> tuple[str, str, bool]:
        return code, weekday_label(code), code in self._session.form.days

    def _retranslate(self) -> None:
        for model in (self._patterns, self._nths, self._weekdays, self._days, self._hours):
            model.remake()
        self.keptTextChanged.emit()
        self.notesChanged.emit()
