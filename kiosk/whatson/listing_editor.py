"""The staff listing editor: one activity or space as a touch-friendly form, its photo, and saving it.

The form itself is kiosk.whatson.rules.listing_form.ListingForm (text in, a validated Listing out); this view
model only shows it and forwards taps. Text is tidied as it is typed (control characters removed, with a
note); a field over its limit keeps every character and says by how much, and Save names the field with
the problem in plain words. Saving and photos run on the database thread through `background`:
`ListingService.save` (shown at once as "waiting to sync", sent with the next sync), `clean_photo` +
`ListingService.add_photo`. A save based on an older version than this kiosk now knows (StaleEdit) goes to
the listings view model's stale-edit screen. Thread: GUI.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.errors import KioskError, StaleEdit, StorageError
from kiosk.shell.choices import Choice, ChoiceListModel
from kiosk.shell.error_words import error_words, kind_words
from kiosk.shell.language import Text, Words, later, words
from kiosk.shell.shell_model import ShellViewModel
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.rules.listing_form import (
    HOUR_SLOTS,
    LIMITS,
    MULTILINE,
    NTHS,
    PATTERNS,
    TEXT_FIELDS,
    ListingForm,
    clean_text,
    form_key,
)
from kiosk.whatson.rules.listings import AccessFeature, Kind, Listing, ListingError
from kiosk.whatson.rules.schedules import WEEKDAY_CODES

if TYPE_CHECKING:
    from kiosk.whatson.store import ListingService, StoredListing

log = logging.getLogger(__name__)
EDIT_SCREEN, PHOTO_SCREEN = "staff.listing.edit", "staff.listing.photo"


def field_label(key: str) -> str:
    """A form field's name in plain words, as validation messages and notes use it."""
    translate = QCoreApplication.translate
    labels = {
        "title": translate("listings", "Title"), "summary": translate("listings", "Short description"),
        "description": translate("listings", "Full description"), "category": translate("listings", "Category"),
        "building": translate("listings", "Building"), "room": translate("listings", "Room"),
        "address": translate("listings", "Address"), "organiser": translate("listings", "Organiser"),
        "phone": translate("listings", "Phone"), "email": translate("listings", "Email"),
        "website": translate("listings", "Web link"),
        "audience": translate("listings", "Who it is for"), "languages": translate("listings", "Languages spoken"),
        "price": translate("listings", "Price"), "price_note": translate("listings", "About the price"),
        "access_note": translate("listings", "More about access"), "valid_from": translate("listings", "Showing from"),
        "valid_to": translate("listings", "Showing until"), "start": translate("listings", "Start time"),
        "end": translate("listings", "End time"), "on": translate("listings", "Date"),
        "days": translate("listings", "Days"),
        "hours": translate("listings", "Opening hours"), "features": translate("listings", "Accessibility"),
        "photo": translate("listings", "Photo"), "id": translate("listings", "Listing"),
        "kind": translate("listings", "Kind"),
        "schedule": translate("listings", "Times"), "drop_in": translate("listings", "Drop-in"),
    }
    if key.startswith("hours."):
        day = key.split(".")[1]
        return translate("listings", "Opening hours on %1").replace("%1", weekday_words()[day])
    return labels.get(key, key)


def _weekday_texts() -> tuple[Text, ...]:
    return (later.translate("listings", "Monday"), later.translate("listings", "Tuesday"),
            later.translate("listings", "Wednesday"), later.translate("listings", "Thursday"),
            later.translate("listings", "Friday"), later.translate("listings", "Saturday"),
            later.translate("listings", "Sunday"))


def weekday_words() -> dict[str, str]:
    return {code: str(name) for code, name in zip(WEEKDAY_CODES, _weekday_texts(), strict=True)}


def feature_label(feature: AccessFeature) -> str:
    from kiosk.whatson.listing_text import feature_words

    return feature_words(feature)


def _nth_choices() -> list[Choice]:
    names = (later.translate("listings", "1st"), later.translate("listings", "2nd"), later.translate("listings", "3rd"),
             later.translate("listings", "4th"), later.translate("listings", "Last"))
    return [Choice(k, w) for k, w in zip(NTHS, names, strict=True)]


def _pattern_choices(kind: Kind) -> list[Choice]:
    if kind is Kind.SPACE:
        return []
    return [Choice("weekly", later.translate("listings", "Every week")),
            Choice("monthly", later.translate("listings", "Once a month")),
            Choice("once", later.translate("listings", "One date"))]


def staff_label(kiosk_id: str) -> str:
    return f"staff@{kiosk_id}"[:63]


class ListingEditorViewModel(QObject):
    changed = Signal()  # heading, kind, mode, busy, message, flags, photo
    valuesChanged = Signal()  # the text fields (and their notes)
    saved = Signal(object)  # the StoredListing, after the save is on disk
    staleSave = Signal(object, object)  # (the listing staff saved, the version they edited) on StaleEdit

    def __init__(self, service: Callable[[], ListingService], background: Background, shell: ShellViewModel,
                 staff_active: Callable[[], bool], kiosk_id: str, data_dir: Path, language: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._background, self._shell = service, background, shell
        self._staff_active, self._label, self._data_dir = staff_active, staff_label(kiosk_id), data_dir
        self._language = language
        self._form = ListingForm.new(Kind.ACTIVITY)
        self._listing_id = uuid.uuid4()
        self._base_version = 0
        self._mode = "new"
        self._heading = ""
        self._busy = False
        self._message: Words = ""  # made when read (kiosk.shell.error_words), so it follows a language switch
        self._problem_key = ""
        self._removed: dict[str, str] = {}  # field → "2 hidden control characters removed."
        self._photo_url = ""
        self._photo_message: Words = ""
        self._photo_busy = False
        self._back = "staff.listings"
        self._features = RowsModel(("key", "label", "chosen"), tuple, self)
        self._days = RowsModel(("key", "label", "chosen"), tuple, self)
        self._hours = RowsModel(("key", "label", "open1", "close1", "open2", "close2"), tuple, self)
        self._categories = RowsModel(("key", "label"), tuple, self)
        self._photo_files = RowsModel(("key", "label", "hint", "url"), tuple, self)
        self._patterns = ChoiceListModel([], self)
        self._nths = ChoiceListModel(_nth_choices(), self, retranslate_on=shell.languageChanged)
        self._weekdays = ChoiceListModel([Choice(c, t) for c, t in zip(WEEKDAY_CODES, _weekday_texts(), strict=True)],
                                         self, retranslate_on=shell.languageChanged)
        self._kept_text = ""
        self._preview: Callable[[Listing, str, str], None] | None = None
        shell.on_home(self.reset)
        shell.languageChanged.connect(self._language_switched)

    @Slot()
    def _language_switched(self) -> None:
        self.changed.emit()  # the messages' and notes' words are made when read
        self.valuesChanged.emit()

    def on_preview(self, show: Callable[[Listing, str, str], None]) -> None:
        """Who shows a preview: called with (listing, photo URL, the screen to come back to)."""
        self._preview = show

    # -- starting ---------------------------------------------------------------------------------------------

    def start_new(self, kind: Kind, categories: list[str]) -> None:
        translate = QCoreApplication.translate
        self._start(ListingForm.new(kind), uuid.uuid4(), 0, "new", categories, "")
        self._heading = (translate("listings", "New activity") if kind is Kind.ACTIVITY
                         else translate("listings", "New space"))

    def start_edit(self, item: StoredListing, categories: list[str], photo_url: str) -> None:
        self.start_from(item.listing, item.version, categories, photo_url)

    def start_from(self, listing: Listing, base_version: int, categories: list[str], photo_url: str,
                   mode: str = "edit") -> None:
        """Edits `listing` as based on `base_version` (also: "apply mine" by hand after a stale edit)."""
        self._start(ListingForm.from_listing(listing), listing.id, base_version, mode, categories, photo_url)
        self._heading = QCoreApplication.translate("listings", "Edit: %1").replace("%1", listing.title)

    def start_copy(self, item: StoredListing, categories: list[str], photo_url: str) -> None:
        form = ListingForm.from_listing(item.listing).copy_of()
        form.values["title"] = QCoreApplication.translate("listings", "%1 (copy)").replace("%1", item.listing.title)
        self._start(form, uuid.uuid4(), 0, "copy", categories, photo_url)
        self._heading = QCoreApplication.translate("listings", "Copy of %1").replace("%1", item.listing.title)

    def _start(self, form: ListingForm, listing_id: uuid.UUID, base_version: int, mode: str,
               categories: list[str], photo_url: str) -> None:
        self._form, self._listing_id, self._base_version, self._mode = form, listing_id, base_version, mode
        self._busy, self._message, self._problem_key, self._removed = False, "", "", {}
        self._photo_url, self._photo_message, self._photo_busy = photo_url, "", False
        self._categories.reset([(c, c) for c in categories])
        self._patterns = ChoiceListModel(_pattern_choices(form.kind), self, retranslate_on=self._shell.languageChanged)
        self._kept_text = self._describe_kept()
        self._reset_lists()
        self.changed.emit()
        self.valuesChanged.emit()

    def _reset_lists(self) -> None:
        f = self._form
        self._features.reset([(x.value, feature_label(x), x in f.features) for x in AccessFeature])
        words = weekday_words()
        self._days.reset([(c, words[c], c in f.days) for c in WEEKDAY_CODES])
        self._hours.reset([(c, words[c], *f.hours[c]) for c in WEEKDAY_CODES])

    def _describe_kept(self) -> str:
        original = self._form.original
        if self._form.values["pattern"] != "kept" or original is None:
            return ""
        from kiosk.whatson.listing_text import ListingWords
        from kiosk.whatson.rules.schedules import OneOff, OpeningHours, Sessions

        words = ListingWords()
        schedule = original.schedule
        if isinstance(schedule, OpeningHours):
            lines = words.hours_lines(schedule)
        else:
            assert isinstance(schedule, Sessions)
            lines = words.pattern_lines(schedule)
            ones = sum(1 for r in schedule.rules if isinstance(r, OneOff))
            if ones:
                lines.append(QCoreApplication.translate("listings", "and 1 single date") if ones == 1 else
                             QCoreApplication.translate("listings", "and %1 single dates").replace("%1", str(ones)))
        return "\n".join(lines)

    def reset(self) -> None:
        """Drops the form (staff mode ended)."""
        self._form = ListingForm.new(Kind.ACTIVITY)
        self._removed, self._message, self._problem_key, self._busy = {}, "", "", False
        self._photo_files.reset(())

    # -- properties -------------------------------------------------------------------------------------------

    @Property(str, notify=changed)
    def heading(self) -> str:
        return self._heading

    @Property(str, notify=changed)
    def kind(self) -> str:
        return self._form.kind.value

    @Property(str, notify=changed)
    def mode(self) -> str:
        """new, edit or copy."""
        return self._mode

    @Property("QVariantMap", notify=valuesChanged)  # type: ignore[arg-type]
    def values(self) -> dict[str, Any]:
        """Every text field by key, and `pattern`, `nth`, `nth_day`."""
        return dict(self._form.values)

    def _note(self, key: str) -> str:
        if key == self._problem_key and self._message:
            return words(self._message)
        text = self._form.values.get(key, "").strip()  # as it would be saved
        limit = LIMITS.get(key, 0)
        if limit and len(text) > limit:
            return QCoreApplication.translate(
                "listings", "Too long: %1 characters, and %2 fit. Please shorten it by %3.").replace(
                "%1", f"{len(text):,}").replace("%2", f"{limit:,}").replace("%3", f"{len(text) - limit:,}")
        return self._removed.get(key, "")

    @Property("QVariantMap", notify=valuesChanged)  # type: ignore[arg-type]
    def notes(self) -> dict[str, str]:
        """A field's note: its problem on Save, too long (by how much), or hidden characters removed."""
        keys = [*LIMITS, "days", "hours", "features", *(f"hours.{c}" for c in WEEKDAY_CODES)]
        return {k: note for k in keys if (note := self._note(k))}

    @Property("QVariantMap", notify=valuesChanged)  # type: ignore[arg-type]
    def lengths(self) -> dict[str, int]:
        """Characters typed per field (as the limits count them: emoji are one each)."""
        return {k: len(self._form.values.get(k, "").strip()) for k in LIMITS}

    @Property("QVariantMap", constant=True)  # type: ignore[arg-type]
    def limits(self) -> dict[str, int]:
        return dict(LIMITS)

    @Property(bool, notify=changed)
    def free(self) -> bool:
        return self._form.free

    @Property(bool, notify=changed)
    def dropIn(self) -> bool:
        return self._form.drop_in

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    @Property(str, notify=changed)
    def message(self) -> str:
        """What went wrong on Save, in plain words, naming the field."""
        return words(self._message)

    @Property(str, notify=changed)
    def problemKey(self) -> str:
        """The field the message is about (the screen scrolls to it)."""
        return self._problem_key

    @Property(str, notify=changed)
    def keptText(self) -> str:
        """Times the form cannot show (from an import), kept as they are; empty otherwise."""
        return self._kept_text

    @Property(str, notify=changed)
    def sourceNote(self) -> str:
        original = self._form.original
        if original is None or not original.source or self._mode == "copy":
            return ""
        return QCoreApplication.translate(
            "listings", "Imported from %1. A new import of the same file may replace changes made here.").replace(
            "%1", original.source.split(":")[0].upper())

    @Property(QObject, constant=True)
    def features(self) -> RowsModel:
        return self._features

    @Property(QObject, constant=True)
    def days(self) -> RowsModel:
        return self._days

    @Property(QObject, constant=True)
    def hours(self) -> RowsModel:
        return self._hours

    @Property(QObject, constant=True)
    def categories(self) -> RowsModel:
        return self._categories

    @Property(QObject, notify=changed)
    def patterns(self) -> ChoiceListModel:
        return self._patterns

    @Property(QObject, constant=True)
    def nths(self) -> ChoiceListModel:
        return self._nths

    @Property(QObject, constant=True)
    def weekdays(self) -> ChoiceListModel:
        return self._weekdays

    @Property(str, notify=changed)
    def photoUrl(self) -> str:
        return self._photo_url

    @Property(str, notify=changed)
    def photoMessage(self) -> str:
        return words(self._photo_message)

    @Property(bool, notify=changed)
    def photoBusy(self) -> bool:
        return self._photo_busy

    @Property(QObject, constant=True)
    def photoFiles(self) -> RowsModel:
        return self._photo_files

    @property
    def form(self) -> ListingForm:
        return self._form

    @property
    def listing_id(self) -> uuid.UUID:
        return self._listing_id

    # -- typing -----------------------------------------------------------------------------------------------

    @Slot(str, str)
    def setField(self, key: str, text: str) -> None:
        self._shell.activity()
        if key not in TEXT_FIELDS or not self._staff_active():
            return
        cleaned, removed = clean_text(text, multiline=key in MULTILINE)
        self._form.values[key] = cleaned
        if key == self._problem_key:
            self._problem_key, self._message = "", ""
            self.changed.emit()
        if removed:
            self._removed[key] = QCoreApplication.translate(
                "listings", "1 hidden control character removed.") if removed == 1 else QCoreApplication.translate(
                "listings", "%1 hidden control characters removed.").replace("%1", str(removed))
        else:
            self._removed.pop(key, None)
        self.valuesChanged.emit()

    def _set_value(self, key: str, value: str) -> None:
        self._form.values[key] = value
        self.valuesChanged.emit()

    @Slot(str)
    def setPattern(self, pattern: str) -> None:
        self._shell.activity()
        if pattern in PATTERNS and pattern != "kept":
            self._set_value("pattern", pattern)
            self._kept_text = ""
            self.changed.emit()

    @Slot()
    def setNewTimes(self) -> None:
        """Leaves times kept from an import for the form's own."""
        self._shell.activity()
        self._form.set_new_times()
        self._kept_text = ""
        self._reset_lists()
        self.changed.emit()
        self.valuesChanged.emit()

    @Slot(str)
    def setNth(self, nth: str) -> None:
        self._shell.activity()
        if nth in NTHS:
            self._set_value("nth", nth)

    @Slot(str)
    def setNthDay(self, code: str) -> None:
        self._shell.activity()
        if code in WEEKDAY_CODES:
            self._set_value("nth_day", code)

    @Slot(str)
    def chooseCategory(self, category: str) -> None:
        self.setField("category", category)

    @Slot(bool)
    def setFree(self, free: bool) -> None:
        self._shell.activity()
        self._form.free = free
        self.changed.emit()

    @Slot(bool)
    def setDropIn(self, drop_in: bool) -> None:
        self._shell.activity()
        self._form.drop_in = drop_in
        self.changed.emit()

    @Slot(str)
    def toggleFeature(self, key: str) -> None:
        self._shell.activity()
        try:
            feature = AccessFeature(key)
        except ValueError:
            return
        self._form.features ^= {feature}
        self._features.reset([(x.value, feature_label(x), x in self._form.features) for x in AccessFeature])

    @Slot(str)
    def toggleDay(self, code: str) -> None:
        self._shell.activity()
        if code in WEEKDAY_CODES:
            self._form.days ^= {code}
            words = weekday_words()
            self._days.reset([(c, words[c], c in self._form.days) for c in WEEKDAY_CODES])

    @Slot(str, int, str)
    def setHours(self, code: str, slot: int, text: str) -> None:
        """One of a weekday's four times (open, close, second open, second close); the list is not reset,
        so the field being typed in keeps its focus."""
        self._shell.activity()
        if code in WEEKDAY_CODES and 0 <= slot < HOUR_SLOTS:
            self._form.hours[code][slot] = clean_text(text, multiline=False)[0]
            if self._problem_key == f"hours.{code}":
                self._problem_key, self._message = "", ""
                self.changed.emit()

    @Slot(str)
    def setClosed(self, code: str) -> None:
        self._shell.activity()
        if code in WEEKDAY_CODES:
            self._form.hours[code] = [""] * HOUR_SLOTS
            self._hours.reset([(c, weekday_words()[c], *self._form.hours[c]) for c in WEEKDAY_CODES])

    @Slot(str)
    def copyHoursToWeekdays(self, code: str) -> None:
        """Monday's hours (or `code`'s) for Tuesday to Friday too: the usual case in one tap."""
        self._shell.activity()
        if code in WEEKDAY_CODES:
            for other in WEEKDAY_CODES[:5]:
                self._form.hours[other] = list(self._form.hours[code])
            self._hours.reset([(c, weekday_words()[c], *self._form.hours[c]) for c in WEEKDAY_CODES])

    # -- saving -----------------------------------------------------------------------------------------------

    def _validated(self) -> Listing | None:
        try:
            return self._form.to_listing(self._listing_id)
        except ListingError as e:
            key = form_key(e.field)
            self._problem_key = key
            self._message = _problem_words(e, key)
            self.changed.emit()
            self.valuesChanged.emit()
            return None

    @Slot()
    def save(self) -> None:
        self._shell.activity()
        if self._busy or not self._staff_active():
            return
        listing = self._validated()
        if listing is None:
            return
        self._busy, self._message, self._problem_key = True, "", ""
        self.changed.emit()
        service, base, label = self._service, self._base_version, self._label
        self._background.op(lambda: service().save(listing, base, label)) \
            .success(self._saved).failure(lambda e: self._save_failed(e, listing)).run()

    def _saved(self, item: StoredListing) -> None:
        self._busy = False
        self.changed.emit()
        self.saved.emit(item)

    def _save_failed(self, error: BaseException, listing: Listing) -> None:
        self._busy = False
        if isinstance(error, StaleEdit):
            self.changed.emit()
            self.staleSave.emit(listing, self._base_version)
            return
        if not isinstance(error, KioskError):
            log.error("a listing could not be saved", exc_info=error)
        self._message = _problem_words(error if isinstance(error, KioskError) else StorageError())
        self.changed.emit()

    @Slot()
    def cancel(self) -> None:
        self._shell.activity()
        self._shell.show(self._back)

    @Slot()
    def preview(self) -> None:
        self._shell.activity()
        if not self._staff_active():
            return
        listing = self._validated()
        if listing is not None and self._preview is not None:
            self._message = ""
            self.changed.emit()
            self._preview(listing, self._photo_url, EDIT_SCREEN)

    # -- the photo --------------------------------------------------------------------------------------------

    def photo_roots(self) -> list[Path]:
        from kiosk.whatson.photos import USB_ROOTS

        return [*USB_ROOTS, self._data_dir / "inbox"]

    @Slot()
    def openPhotos(self) -> None:
        self._shell.activity()
        if not self._staff_active():
            return
        self._photo_message = ""
        self.changed.emit()
        self._shell.show(PHOTO_SCREEN)
        self.refreshPhotos()

    @Slot()
    def refreshPhotos(self) -> None:
        from kiosk.whatson.photos import find_photos

        self._shell.activity()
        roots = self.photo_roots()
        self._background.op(find_photos, roots).success(self._photos_found).failure(self._photos_failed).run()

    def _photos_found(self, paths: list[Path]) -> None:
        # No thumbnail for HEIC: Qt cannot draw it (the photo itself is converted when chosen).
        rows = [(str(p), p.name, str(p.parent), "" if p.suffix.lower() in (".heic", ".heif") else p.as_uri())
                for p in paths]
        self._photo_files.reset(rows)
        if not rows and not self._photo_busy:
            self._photo_message = QCoreApplication.translate(
                "listings", "No photos found. Plug in a USB stick, or type the photo's path below.")
        self.changed.emit()

    def _photos_failed(self, error: BaseException) -> None:
        log.warning("could not look for photos: %s", error)
        self._photos_found([])

    @Slot(str)
    def choosePhoto(self, path: str) -> None:
        self._shell.activity()
        path = path.strip()
        if self._photo_busy or not self._staff_active():
            return
        if not path:
            self._photo_message = QCoreApplication.translate("listings", "Type the photo's path first.")
            self.changed.emit()
            return
        self._photo_busy = True
        self._photo_message = QCoreApplication.translate("listings", "Getting the photo ready…")
        self.changed.emit()
        service = self._service
        self._background.op(_import_photo, service, Path(path).expanduser()) \
            .success(self._photo_ready).failure(self._photo_failed).run()

    def _photo_ready(self, result: tuple[str, str]) -> None:
        key, url = result
        self._photo_busy = False
        self._form.photo = key
        self._photo_url = url
        self._photo_message = ""
        self.changed.emit()
        if self._shell.screen == PHOTO_SCREEN:
            self._shell.show(EDIT_SCREEN)

    def _photo_failed(self, error: BaseException) -> None:
        self._photo_busy = False
        if isinstance(error, KioskError):
            self._photo_message = _problem_words(error)
            log.info("photo refused: %s", error)
        else:
            log.error("a photo could not be imported", exc_info=error)
            self._photo_message = lambda: kind_words("photo")
        self.changed.emit()

    @Slot()
    def removePhoto(self) -> None:
        self._shell.activity()
        self._form.photo = ""
        self._photo_url = ""
        self.changed.emit()

    @Slot()
    def closePhotos(self) -> None:
        self._shell.activity()
        self._shell.show(EDIT_SCREEN)


def _problem_words(error: BaseException, key: str = "") -> Words:
    """An error's words, made each time they are read (in the language in use then), naming the form field."""
    return lambda: error_words(error, field=field_label(key) if key else "")


def _import_photo(service: Callable[[], ListingService], path: Path) -> tuple[str, str]:
    """Database thread: the photo cleaned (kiosk.whatson.photos), kept and queued for the other kiosks."""
    from kiosk.whatson.photos import clean_photo

    photo = clean_photo(path)
    store = service()
    key = store.add_photo(photo.sha256, photo.jpeg_bytes)
    stored = store.photo_path(key)
    return key, stored.as_uri() if stored is not None else ""
