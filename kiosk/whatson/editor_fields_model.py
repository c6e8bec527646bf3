"""The staff editor's form fields: the text boxes (what FormField binds to: values, notes, lengths, limits,
problemKey, setField), the category and accessibility chips, and the booking, price and access choices —
each with "Not known" (`booking` drop_in|book|unknown, `priceChoice` free|paid|unknown, `accessKnown`).

Text is tidied as it is typed (kiosk.whatson.rules.listing_form.clean_text: control characters removed, with
a note); a field over its limit keeps every character and its note says by how much. The problem Save found
(a ListingError, kept as it is) is shown under its field and named in words when read. Thread: GUI.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.whatson.editor_session import EditorSession
from kiosk.whatson.editor_words import feature_label, problem_words, removed_words, source_words, too_long_words
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.rules.listing_form import LIMITS, MULTILINE, TEXT_FIELDS, clean_text, form_key
from kiosk.whatson.rules.listings import AccessFeature, ListingError
from kiosk.whatson.rules.schedules import WEEKDAY_CODES

_CHOICE = {True: "yes", False: "no", None: "unknown"}
NOTE_KEYS = (*LIMITS, "days", "hours", "features", *(f"hours.{c}" for c in WEEKDAY_CODES))


class EditorFieldsModel(QObject):
    valuesChanged = Signal()
    notesChanged = Signal()
    lengthsChanged = Signal()
    problemKeyChanged = Signal()  # also when Save finds the same field again (the form scrolls to it)
    priceChoiceChanged = Signal()
    bookingChanged = Signal()
    accessKnownChanged = Signal()
    sourceNoteChanged = Signal()

    def __init__(self, session: EditorSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._problem: ListingError | None = None
        self._removed: dict[str, int] = {}  # field → hidden control characters removed from it
        self._categories = RowsModel(("key", "label"), lambda c: (c, c), self)
        self._features = RowsModel(("key", "label", "chosen"), self._feature_row, self)
        session.language.on_change(self._retranslate)

    # -- the text fields ----------------------------------------------------------------------------------
    @Property("QVariantMap", notify=valuesChanged)  # type: ignore[arg-type]
    def values(self) -> dict[str, Any]:
        """Every text field by key (and the schedule's `pattern`, `nth`, `nth_day`)."""
        return dict(self._session.form.values)

    @Property("QVariantMap", notify=notesChanged)  # type: ignore[arg-type]
    def notes(self) -> dict[str, str]:
        """A field's note: its problem on Save, too long (by how much), or hidden characters removed."""
        return {k: note for k in NOTE_KEYS if (note := self.note(k))}

    @Property("QVariantMap", notify=lengthsChanged)  # type: ignore[arg-type]
    def lengths(self) -> dict[str, int]:
        """Characters typed per field (as the limits count them: emoji are one each)."""
        return {k: len(self._session.form.values.get(k, "").strip()) for k in LIMITS}

    @Property("QVariantMap", constant=True)  # type: ignore[arg-type]
    def limits(self) -> dict[str, int]:
        return dict(LIMITS)

    @Property(str, notify=problemKeyChanged)
    def problemKey(self) -> str:
        """The field Save found a problem with (the screen scrolls to it); empty when none."""
        return form_key(self._problem.field) if self._problem is not None else ""

    @Slot(str, str)
    def setField(self, key: str, text: str) -> None:
        if key not in TEXT_FIELDS or not self._session.allowed():
            return
        cleaned, removed = clean_text(text, multiline=key in MULTILINE)
        self._session.form.values[key] = cleaned
        if removed:
            self._removed[key] = removed
        else:
            self._removed.pop(key, None)
        if key == self.problemKey:
            self.set_problem(None)
        self.valuesChanged.emit()
        self.lengthsChanged.emit()
        self.notesChanged.emit()

    # -- chips and switches -------------------------------------------------------------------------------
    @Property(QObject, constant=True)
    def categories(self) -> RowsModel:
        """The categories already in use, to tap instead of typing."""
        return self._categories

    @Slot(str)
    def chooseCategory(self, category: str) -> None:
        self.setField("category", category)

    @Property(QObject, constant=True)
    def features(self) -> RowsModel:
        """Every accessibility feature: key, label, chosen."""
        return self._features

    @Slot(str)
    def toggleFeature(self, key: str) -> None:
        self._session.shell.activity()
        try:
            feature = AccessFeature(key)
        except ValueError:
            return
        self._session.form.features ^= {feature}
        self._features.remake()
        self.setAccessKnown(True)

    @Property(bool, notify=accessKnownChanged)
    def accessKnown(self) -> bool:
        """False: "Not known" is chosen for access (no features, nothing claimed)."""
        form = self._session.form
        return form.access_known or bool(form.features)

    @Slot(bool)
    def setAccessKnown(self, known: bool) -> None:
        self._session.shell.activity()
        form = self._session.form
        if not known and form.features:
            form.features = set()
            self._features.remake()
        if known != form.access_known:
            form.access_known = known
            self.accessKnownChanged.emit()

    @Property(str, notify=priceChoiceChanged)
    def priceChoice(self) -> str:
        """"free", "paid" (an amount, or a note when it varies) or "unknown" (Not known)."""
        return _CHOICE[self._session.form.free].replace("yes", "free").replace("no", "paid")

    @Slot(str)
    def setPriceChoice(self, choice: str) -> None:
        self._choose("free", {"free": True, "paid": False, "unknown": None}, choice, self.priceChoiceChanged)

    @Property(str, notify=bookingChanged)
    def booking(self) -> str:
        """"drop_in" (no booking), "book" (book first) or "unknown" (Not known)."""
        return _CHOICE[self._session.form.drop_in].replace("yes", "drop_in").replace("no", "book")

    @Slot(str)
    def setBooking(self, choice: str) -> None:
        self._choose("drop_in", {"drop_in": True, "book": False, "unknown": None}, choice, self.bookingChanged)

    def _choose(self, name: str, values: dict[str, bool | None], choice: str, signal: Any) -> None:
        self._session.shell.activity()
        if choice in values and values[choice] != getattr(self._session.form, name):
            setattr(self._session.form, name, values[choice])
            signal.emit()

    @Property(str, notify=sourceNoteChanged)
    def sourceNote(self) -> str:
        """Where an imported listing came from, and that a new import may replace changes made here."""
        return source_words(self._session.form, self._session.mode)

    # -- for the other parts of the editor ----------------------------------------------------------------
    @property
    def problem(self) -> ListingError | None:
        return self._problem

    def problem_text(self) -> str:
        """The problem Save found, in words naming its field ("" when none)."""
        return problem_words(self._problem) if self._problem is not None else ""

    def note(self, key: str) -> str:
        if self._problem is not None and key == self.problemKey:
            return self.problem_text()
        text = self._session.form.values.get(key, "").strip()  # as it would be saved
        limit = LIMITS.get(key, 0)
        if limit and len(text) > limit:
            return too_long_words(len(text), limit)
        return removed_words(self._removed[key]) if key in self._removed else ""

    def set_problem(self, problem: ListingError | None) -> None:
        """What Save found wrong (None: nothing now). Announced even when it is the same field again."""
        if problem is None and self._problem is None:
            return
        self._problem = problem
        self.problemKeyChanged.emit()
        self.notesChanged.emit()

    def clear_problem_of(self, key: str) -> None:
        """Staff changed `key`: its problem, if it had one, is gone."""
        if self._problem is not None and key == self.problemKey:
            self.set_problem(None)

    def announce_values(self) -> None:
        """The form's values were changed by another part (a schedule button): the boxes show them."""
        for signal in (self.valuesChanged, self.lengthsChanged, self.notesChanged):
            signal.emit()

    def restart(self, categories: list[str]) -> None:
        """A new form began (kiosk.whatson.listing_editor): everything is announced again."""
        self._problem, self._removed = None, {}
        self._categories.reset(categories)
        self._features.reset(tuple(AccessFeature))
        for signal in (self.valuesChanged, self.notesChanged, self.lengthsChanged, self.problemKeyChanged,
                       self.priceChoiceChanged, self.bookingChanged, self.accessKnownChanged, self.sourceNoteChanged):
            signal.emit()

    def _feature_row(self, feature: AccessFeature) -> tuple[str, str, bool]:
        return feature.value, feature_label(feature), feature in self._session.form.features

    def _retranslate(self) -> None:
        self.notesChanged.emit()
        self.sourceNoteChanged.emit()
        self._features.remake()
