"""The office's listing editor — `listings.editor`: one activity or space as a desktop form, with THE SAME
rules and parts as the kiosk's staff editor. Its `fields`, `schedule` and `dates` are the kiosk editor's own
view models (kiosk.whatson.editor_fields_model, editor_schedule_model, editor_dates_model) over the same
ListingForm (kiosk.whatson.rules.listing_form: validation, clean_text, schedule_form's cancel / closure /
extra date); this model starts a form (new, edit, copy, or "combine by hand" after a conflict), takes a photo
chosen in a file dialog through the kiosk's checks and resizing (kiosk.whatson.photos.clean_photo), and saves
as the signed-in person (kiosk.office.listings_store.save, based on the version opened). A stale save is
handed on (`stale`) to the conflict view; any other problem is said in words (`message`).
Thread: GUI (photo cleaning and saving on the database thread).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, QUrl, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.event_hub import EventHub
from kiosk.core.events import LanguageChanged
from kiosk.office.errors import office_code
from kiosk.office.listings_store import ListingSaveError, add_photo, keep_photo, save
from kiosk.office.page_model import PageModel
from kiosk.office.session_store import Session
from kiosk.shell.error_words import error_words
from kiosk.shell.language import words
from kiosk.shell.shell_model import ShellViewModel
from kiosk.whatson.editor_dates_model import EditorDatesModel
from kiosk.whatson.editor_fields_model import EditorFieldsModel
from kiosk.whatson.editor_schedule_model import EditorScheduleModel
from kiosk.whatson.editor_session import EditorSession
from kiosk.whatson.language import LanguageNow
from kiosk.whatson.photos import CleanPhoto, PhotoError, clean_photo
from kiosk.whatson.rules.listing_form import ListingForm
from kiosk.whatson.rules.listings import Kind, Listing, ListingError


class _Desk:
    """Stands in for the kiosk's shell: a desk has no idle timer and no screens to switch (the page does)."""

    screen = ""

    def activity(self) -> None:
        pass

    def show(self, _screen: str) -> None:
        pass


translate = QCoreApplication.translate  # lupdate reads translate("office", "…") calls (a wrapper hides them)


def save_failed_words(error: BaseException) -> str:
    """Why a save (or an archive) did not happen, in one sentence."""
    if isinstance(error, PhotoError):
        return error_words(error)
    code = office_code(error)
    if code == "refused":
        return translate("office", "The central database did not allow this for your login: it is not one of your "
                                   "sites.")
    if code == "unreachable":
        return translate("office", "The central database cannot be reached. Nothing is lost: try Save again in a few "
                                   "minutes.")
    return translate("office", "That did not save. Nothing is lost: try again, or ask your administrator.")


class OfficeListingEditor(PageModel):
    openChanged = Signal()
    headingChanged = Signal()
    kindChanged = Signal()
    siteChanged = Signal()
    photoChanged = Signal()
    saved = Signal(str, str)  # (title, "saved" | "restored") after the central database applied it
    stale = Signal(object, str, int)  # (the listing as edited, its site, the version it was based on)
    previewRequested = Signal(object, str)  # (the listing as the form has it, its photo URL)

    def __init__(self, background: Background, cache: Path, tz: ZoneInfo,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background, self._cache = background, cache
        self._language_events = EventHub(self)  # the kiosk editor's parts hear of a language switch through it
        self._edit = EditorSession(cast(ShellViewModel, _Desk()), lambda: True,
                                   LanguageNow(QLocale().name(), self._language_events))
        self._fields = EditorFieldsModel(self._edit, self)
        self._schedule = EditorScheduleModel(self._edit, self._fields, self)
        self._dates = EditorDatesModel(self._edit, self._fields, self._schedule, now, tz, self)
        self.fields_model, self.schedule_model, self.dates_model = self._fields, self._schedule, self._dates
        self._session: Session | None = None
        self._open, self._site = False, ""
        self._photo_url = ""
        self._new_photo: CleanPhoto | None = None
        self._fields.problemKeyChanged.connect(self.messageChanged)  # the form's problem is said here too

    def attach(self, session: Session | None) -> None:
        self._session = session
        self.close()

    # -- the parts (the kiosk editor's own) ------------------------------------------------------------------
    @Property(QObject, constant=True)
    def fields(self) -> EditorFieldsModel:
        return self._fields

    @Property(QObject, constant=True)
    def schedule(self) -> EditorScheduleModel:
        return self._schedule

    @Property(QObject, constant=True)
    def dates(self) -> EditorDatesModel:
        return self._dates

    # -- what is being edited ----------------------------------------------------------------------------------
    @Property(bool, notify=openChanged)
    def open(self) -> bool:
        return self._open

    @Property(str, notify=headingChanged)
    def heading(self) -> str:
        """"New activity", "Edit: Knit and natter", "Copy of Knit and natter"."""
        return self._edit.heading()

    @Property(str, notify=kindChanged)
    def kind(self) -> str:
        return self._edit.form.kind.value

    @Property(str, notify=siteChanged)
    def site(self) -> str:
        return self._site

    @Property(str, notify=PageModel.messageChanged)
    def message(self) -> str:
        """What Save found wrong (naming the field), or why it did not save."""
        return words(self._message) or self._fields.problem_text()

    def retranslate(self) -> None:
        """The language changed: the heading, the message and the kiosk editor's parts say their words again."""
        self._language_events.publish(LanguageChanged(QLocale().name()))
        super().retranslate()
        self.headingChanged.emit()

    @Property(str, notify=photoChanged)
    def photo(self) -> str:
        """The photo's file URL ("" for none)."""
        return self._photo_url

    @property
    def form(self) -> ListingForm:
        return self._edit.form

    @property
    def site_id(self) -> str:
        return self._site

    @property
    def base_version(self) -> int:
        return self._edit.base_version

    # -- starting ----------------------------------------------------------------------------------------------
    def start_new(self, site: str, kind: Kind, categories: list[str]) -> None:
        self._start(site, ListingForm.new(kind), uuid.uuid4(), 0, "new", "", categories, "")

    def start_edit(self, site: str, listing: Listing, version: int, categories: list[str], photo_url: str,
                   mode: str = "edit") -> None:
        """Edits `listing` as based on `version` (also "combine by hand" after a conflict)."""
        self._start(site, ListingForm.from_listing(listing), listing.id, version, mode, listing.title, categories,
                    photo_url)

    def start_copy(self, site: str, listing: Listing, categories: list[str], photo_url: str) -> None:
        form = ListingForm.from_listing(listing).copy_of()
        form.values["title"] = QCoreApplication.translate("listings", "%1 (copy)").replace("%1", listing.title)
        self._start(site, form, uuid.uuid4(), 0, "copy", listing.title, categories, photo_url)

    def _start(self, site: str, form: ListingForm, listing_id: uuid.UUID, version: int, mode: str, title: str,
               categories: list[str], photo_url: str) -> None:
        s = self._edit
        s.form, s.listing_id, s.base_version, s.mode, s.title = form, listing_id, version, mode, title
        self._site, self._new_photo, self._photo_url, self._message = site, None, photo_url, ""
        self._fields.restart(categories)
        self._schedule.restart()
        self._dates.restart()
        self._open = True
        for signal in (self.headingChanged, self.kindChanged, self.siteChanged, self.photoChanged,
                       self.messageChanged, self.openChanged):
            signal.emit()

    # -- what people do ----------------------------------------------------------------------------------------
    @Slot()
    def close(self) -> None:
        """Cancel (Escape): the form is dropped, nothing is written."""
        if self._open:
            self._open = False
            self._fields.set_problem(None)
            self.openChanged.emit()
        self._set_busy(False)

    @Slot(str)
    def choosePhoto(self, url: str) -> None:
        """A file chosen in the file dialog: checked, turned upright, stripped and resized as on a kiosk."""
        path = Path(QUrl(url).toLocalFile() or url)
        if self._busy or not self._open:
            return
        self._set_busy(True)
        cache = self._cache
        self._background.op(lambda: _cleaned(path, cache)).success(self._photo_ready) \
            .failure(self._photo_failed).run()

    def _photo_ready(self, result: tuple[CleanPhoto, Path]) -> None:
        self._set_busy(False)
        self._new_photo, path = result
        self._edit.form.photo = self._new_photo.sha256
        self._photo_url = QUrl.fromLocalFile(str(path)).toString()
        self._say("")
        self.photoChanged.emit()

    def _photo_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._say(lambda: error_words(error) if isinstance(error, PhotoError) else save_failed_words(error))

    @Slot()
    def removePhoto(self) -> None:
        self._edit.form.photo, self._new_photo, self._photo_url = "", None, ""
        self.photoChanged.emit()

    @Slot()
    def preview(self) -> None:
        listing = self._validated()
        if listing is not None:
            self.previewRequested.emit(listing, self._photo_url)

    @Slot()
    def save(self) -> None:
        session = self._session
        if self._busy or not self._open or session is None:
            return
        listing = self._validated()
        if listing is None:
            return
        engine, site, base, by, photo = session.engine, self._site, self._edit.base_version, session.person.name, \
            self._new_photo
        self._set_busy(True)

        def write() -> int:
            if photo is not None and listing.photo == photo.sha256:
                add_photo(engine, site, photo, by)
            return save(engine, site, listing, base, by)

        self._background.op(write).success(lambda _v: self._saved(listing)) \
            .failure(lambda e: self._save_failed(e, listing)).run()

    def _validated(self) -> Listing | None:
        self._say("")
        try:
            listing = self._edit.form.to_listing(self._edit.listing_id)
        except ListingError as e:
            self._fields.set_problem(e)
            self.messageChanged.emit()
            return None
        self._fields.set_problem(None)
        self.messageChanged.emit()
        return listing

    def _saved(self, listing: Listing) -> None:
        self._set_busy(False)
        self.close()
        self.saved.emit(listing.title, "saved")

    def _save_failed(self, error: BaseException, listing: Listing) -> None:
        self._set_busy(False)
        if isinstance(error, ListingSaveError) and error.code == "stale":
            self.close()
            self.stale.emit(listing, self._site, self._edit.base_version)
            return
        self._say(lambda: save_failed_words(error))


def _cleaned(path: Path, cache: Path) -> tuple[CleanPhoto, Path]:
    """Thread: the database thread (Pillow's work is kept off the GUI thread)."""
    photo = clean_photo(path)
    return photo, keep_photo(photo, cache)
