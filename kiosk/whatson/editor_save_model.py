"""The staff editor's Save, Preview and Cancel: the form checked (kiosk.whatson.rules.listing_form), the
listing saved on the database thread (`ListingService.save`: shown at once as "waiting to sync", sent with the
next sync), and what went wrong said in plain words — the field Save found a problem with, or the store's
error (kiosk.shell.error_words, at read time). A save based on an older version than this kiosk now knows
(StaleEdit) is handed on (`staleSave`) to the stale-edit screen. Thread: GUI.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.errors import KioskError, StaleEdit, StorageError
from kiosk.shell.error_words import error_words
from kiosk.whatson.editor_fields_model import EditorFieldsModel
from kiosk.whatson.editor_session import EditorSession
from kiosk.whatson.rules.listings import Listing, ListingError

if TYPE_CHECKING:
    from kiosk.whatson.store import ListingService, StoredListing

log = logging.getLogger(__name__)
EDIT_SCREEN = "staff.listing.edit"


def staff_label(kiosk_id: str) -> str:
    """Who saved a change, as the store records it."""
    return f"staff@{kiosk_id}"[:63]


class EditorSaveModel(QObject):
    busyChanged = Signal()
    messageChanged = Signal()
    saved = Signal(object)  # the StoredListing, after the save is on disk
    staleSave = Signal(object, object)  # (the listing staff saved, the version they edited) on StaleEdit

    def __init__(self, session: EditorSession, fields: EditorFieldsModel, service: Callable[[], ListingService],
                 background: Background, kiosk_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session, self._fields, self._service, self._background = session, fields, service, background
        self._label = staff_label(kiosk_id)
        self._busy = False
        self._error: BaseException | None = None  # the store's error on the last Save
        self._back = "staff.listings"
        self._preview: Callable[[Listing, str, str], None] | None = None
        self._photo_url: Callable[[], str] = lambda: ""
        fields.problemKeyChanged.connect(self.messageChanged)  # the form's problem is said here too
        session.language.on_change(self.messageChanged.emit)

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        """What went wrong on Save, in plain words, naming the field."""
        if self._error is not None:
            return error_words(self._error)
        return self._fields.problem_text()

    def on_preview(self, show: Callable[[Listing, str, str], None], photo_url: Callable[[], str]) -> None:
        """Who shows a preview: called with (listing, its photo's URL, the screen to come back to)."""
        self._preview, self._photo_url = show, photo_url

    # -- slots --------------------------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        if self._busy or not self._session.allowed():
            return
        listing = self._validated()
        if listing is None:
            return
        self._set_busy(True)
        service, base, label = self._service, self._session.base_version, self._label
        self._background.op(lambda: service().save(listing, base, label)) \
            .success(self._saved).failure(lambda e: self._save_failed(e, listing)).run()

    @Slot()
    def preview(self) -> None:
        if not self._session.allowed():
            return
        listing = self._validated()
        if listing is not None and self._preview is not None:
            self._preview(listing, self._photo_url(), EDIT_SCREEN)

    @Slot()
    def cancel(self) -> None:
        self._session.shell.activity()
        self._session.shell.show(self._back)

    # -- Python side --------------------------------------------------------------------------------------
    def restart(self) -> None:
        self._set_busy(False)
        self._set_error(None)

    def _validated(self) -> Listing | None:
        """The form as a listing, or None after showing its first problem (and forgetting the last error)."""
        self._set_error(None)
        try:
            listing = self._session.form.to_listing(self._session.listing_id)
        except ListingError as e:
            self._fields.set_problem(e)
            return None
        self._fields.set_problem(None)
        return listing

    def _saved(self, item: StoredListing) -> None:
        self._set_busy(False)
        self.saved.emit(item)

    def _save_failed(self, error: BaseException, listing: Listing) -> None:
        self._set_busy(False)
        if isinstance(error, StaleEdit):
            self.staleSave.emit(listing, self._session.base_version)
            return
        if not isinstance(error, KioskError):
            log.error("a listing could not be saved", exc_info=error)
            error = StorageError(str(error))  # said as "that did not save"
        self._set_error(error)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    def _set_error(self, error: BaseException | None) -> None:
        if error is not None or self._error is not None:
            self._error = error
            self.messageChanged.emit()
