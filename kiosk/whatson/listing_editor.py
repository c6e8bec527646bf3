"""The staff listing editor: one activity or space as a touch-friendly form — `models.listingEditor`.

Its parts, each with one job, share the listing being edited (kiosk.whatson.editor_session):
`fields` (the text boxes and chips, kiosk.whatson.editor_fields_model), `schedule` (an activity's times or a
space's hours, kiosk.whatson.editor_schedule_model), `photos` (the photo picker,
kiosk.whatson.editor_photo_model), `dates` (the next dates as staff edit, cancelling a session, closures,
extra dates and every rule: kiosk.whatson.editor_dates_model) and `saving` (Save, Preview, Cancel,
kiosk.whatson.editor_save_model). This
view model starts a form (new, edit, copy, or "combine by hand" after a stale edit) and says what it is
editing; its heading is made when read, and again after a language change. Thread: GUI.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal

from kiosk.core.background import Background
from kiosk.core.event_hub import EventHub
from kiosk.shell.shell_model import ShellViewModel
from kiosk.whatson.editor_dates_model import EditorDatesModel
from kiosk.whatson.editor_fields_model import EditorFieldsModel
from kiosk.whatson.editor_photo_model import EDIT_SCREEN, PHOTO_SCREEN, EditorPhotoModel
from kiosk.whatson.editor_save_model import EditorSaveModel, staff_label
from kiosk.whatson.editor_schedule_model import EditorScheduleModel
from kiosk.whatson.editor_session import EditorSession
from kiosk.whatson.language import LanguageNow
from kiosk.whatson.rules.listing_form import ListingForm
from kiosk.whatson.rules.listings import Kind, Listing
from kiosk.whatson.rules.schedules import zone

if TYPE_CHECKING:
    from kiosk.whatson.store import ListingService, StoredListing

__all__ = ["EDIT_SCREEN", "PHOTO_SCREEN", "ListingEditorViewModel", "staff_label"]


class ListingEditorViewModel(QObject):
    headingChanged = Signal()
    kindChanged = Signal()
    modeChanged = Signal()

    def __init__(self, service: Callable[[], ListingService], background: Background, shell: ShellViewModel,
                 staff_active: Callable[[], bool], kiosk_id: str, data_dir: Path, language: str = "en",
                 events: EventHub | None = None, parent: QObject | None = None, *,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), timezone: str = "Europe/London") -> None:
        super().__init__(parent)
        self._session = EditorSession(shell, staff_active, LanguageNow(language, events))
        self._fields = EditorFieldsModel(self._session, self)
        self._schedule = EditorScheduleModel(self._session, self._fields, self)
        self._dates = EditorDatesModel(self._session, self._fields, self._schedule, now, zone(timezone), self)
        self._photos = EditorPhotoModel(self._session, service, background, data_dir, self)
        self._saving = EditorSaveModel(self._session, self._fields, service, background, kiosk_id, self)
        self.fields_model, self.schedule_model = self._fields, self._schedule  # for Python callers
        self.dates_model = self._dates
        self.photos_model, self.saving_model = self._photos, self._saving
        self._photo_files = self._photos.files_model  # (read by the screenshot scenes)
        self._session.language.on_change(self.headingChanged.emit)
        shell.on_home(self.reset)

    # -- the parts ------------------------------------------------------------------------------------------
    @Property(QObject, constant=True)
    def fields(self) -> EditorFieldsModel:
        return self._fields

    @Property(QObject, constant=True)
    def schedule(self) -> EditorScheduleModel:
        return self._schedule

    @Property(QObject, constant=True)
    def dates(self) -> EditorDatesModel:
        return self._dates

    @Property(QObject, constant=True)
    def photos(self) -> EditorPhotoModel:
        return self._photos

    @Property(QObject, constant=True)
    def saving(self) -> EditorSaveModel:
        return self._saving

    # -- what is being edited ---------------------------------------------------------------------------------
    @Property(str, notify=headingChanged)
    def heading(self) -> str:
        """"New activity", "Edit: Knit and natter", "Copy of Knit and natter"."""
        return self._session.heading()

    @Property(str, notify=kindChanged)
    def kind(self) -> str:
        """activity or space."""
        return self._session.form.kind.value

    @Property(str, notify=modeChanged)
    def mode(self) -> str:
        """new, edit or copy."""
        return self._session.mode

    @property
    def form(self) -> ListingForm:
        return self._session.form

    @property
    def listing_id(self) -> uuid.UUID:
        return self._session.listing_id

    def on_preview(self, show: Callable[[Listing, str, str], None]) -> None:
        """Who shows a preview: called with (listing, photo URL, the screen to come back to)."""
        self._saving.on_preview(show, lambda: self._photos.url)

    # -- starting ---------------------------------------------------------------------------------------------
    def start_new(self, kind: Kind, categories: list[str]) -> None:
        self._start(ListingForm.new(kind), uuid.uuid4(), 0, "new", "", categories, "")

    def start_edit(self, item: StoredListing, categories: list[str], photo_url: str) -> None:
        self.start_from(item.listing, item.version, categories, photo_url)

    def start_from(self, listing: Listing, base_version: int, categories: list[str], photo_url: str,
                   mode: str = "edit") -> None:
        """Edits `listing` as based on `base_version` (also: "combine by hand" after a stale edit)."""
        self._start(ListingForm.from_listing(listing), listing.id, base_version, mode, listing.title, categories,
                    photo_url)

    def start_copy(self, item: StoredListing, categories: list[str], photo_url: str) -> None:
        form = ListingForm.from_listing(item.listing).copy_of()
        form.values["title"] = QCoreApplication.translate("listings", "%1 (copy)").replace("%1", item.listing.title)
        self._start(form, uuid.uuid4(), 0, "copy", item.listing.title, categories, photo_url)

    def _start(self, form: ListingForm, listing_id: uuid.UUID, base_version: int, mode: str, title: str,
               categories: list[str], photo_url: str) -> None:
        s = self._session
        old_kind, old_mode = s.form.kind, s.mode
        s.form, s.listing_id, s.base_version, s.mode, s.title = form, listing_id, base_version, mode, title
        self._fields.restart(categories)
        self._schedule.restart()
        self._dates.restart()
        self._photos.restart(photo_url)
        self._saving.restart()
        self.headingChanged.emit()
        if form.kind is not old_kind:
            self.kindChanged.emit()
        if mode != old_mode:
            self.modeChanged.emit()

    def reset(self) -> None:
        """Drops the form (staff mode ended)."""
        self._session.form = ListingForm.new(Kind.ACTIVITY)
        self._fields.set_problem(None)
        self._saving.restart()
        self._photos.reset()

    # -- for the screenshot scenes (kiosk.shell.screenshots) ---------------------------------------------------
    def setField(self, key: str, text: str) -> None:
        self._fields.setField(key, text)

    def save(self) -> None:
        self._saving.save()

    def openPhotos(self) -> None:
        self._photos.openPhotos()
