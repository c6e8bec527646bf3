"""The staff editor's photo picker: the pictures on a USB stick (and in the kiosk's inbox folder), or a file's
path typed by hand; the chosen one cleaned (kiosk.whatson.photos.clean_photo: turned upright, location and
camera details removed, made the right size), kept, and queued for the site's other kiosks.

Looking for photos and importing one run on the database thread through `background`. A refused photo keeps
its error, shown in words when read (kiosk.shell.error_words). Thread: GUI.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.errors import KioskError
from kiosk.shell.error_words import error_words
from kiosk.whatson.editor_session import EditorSession
from kiosk.whatson.listing_models import RowsModel

if TYPE_CHECKING:
    from kiosk.whatson.store import ListingService

log = logging.getLogger(__name__)
EDIT_SCREEN, PHOTO_SCREEN = "staff.listing.edit", "staff.listing.photo"
NONE_FOUND, NO_PATH, WORKING = "none_found", "no_path", "working"  # what the message says, besides an error


class EditorPhotoModel(QObject):
    photoUrlChanged = Signal()
    photoMessageChanged = Signal()
    photoBusyChanged = Signal()

    def __init__(self, session: EditorSession, service: Callable[[], ListingService], background: Background,
                 data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session, self._service, self._background, self._data_dir = session, service, background, data_dir
        self._url = ""
        self._busy = False
        self._note = ""  # NONE_FOUND, NO_PATH or WORKING
        self._error: BaseException | None = None  # a photo refused: shown as error words
        self._files = RowsModel(("key", "label", "hint", "url"), tuple, self)
        self.files_model = self._files  # for Python callers
        session.language.on_change(self.photoMessageChanged.emit)

    @Property(str, notify=photoUrlChanged)
    def photoUrl(self) -> str:
        """The listing's photo as a file URL ("" for none)."""
        return self._url

    @Property(bool, notify=photoBusyChanged)
    def photoBusy(self) -> bool:
        return self._busy

    @Property(str, notify=photoMessageChanged)
    def photoMessage(self) -> str:
        if self._error is not None:
            return error_words(self._error)
        if self._note == NONE_FOUND:
            return QCoreApplication.translate(
                "listings", "No photos found. Plug in a USB stick, or type the photo's path below.")
        if self._note == NO_PATH:
            return QCoreApplication.translate("listings", "Type the photo's path first.")
        if self._note == WORKING:
            return QCoreApplication.translate("listings", "Getting the photo ready…")
        return ""

    @Property(QObject, constant=True)
    def photoFiles(self) -> RowsModel:
        """The photos found, newest first: path, name, folder, and a thumbnail's URL ("" when Qt cannot draw it)."""
        return self._files

    # -- slots --------------------------------------------------------------------------------------------
    @Slot()
    def openPhotos(self) -> None:
        if not self._session.allowed():
            return
        self._say("")
        self._session.shell.show(PHOTO_SCREEN)
        self.refreshPhotos()

    @Slot()
    def refreshPhotos(self) -> None:
        from kiosk.whatson.photos import find_photos

        self._session.shell.activity()
        self._background.op(find_photos, self.photo_roots()) \
            .success(self._photos_found).failure(self._photos_failed).run()

    @Slot(str)
    def choosePhoto(self, path: str) -> None:
        path = path.strip()
        if self._busy or not self._session.allowed():
            return
        if not path:
            self._say(NO_PATH)
            return
        self._set_busy(True)
        self._say(WORKING)
        self._background.op(_import_photo, self._service, Path(path).expanduser()) \
            .success(self._photo_ready).failure(self._photo_failed).run()

    @Slot()
    def removePhoto(self) -> None:
        self._session.shell.activity()
        self._session.form.photo = ""
        self._set_url("")

    @Slot()
    def closePhotos(self) -> None:
        self._session.shell.activity()
        self._session.shell.show(EDIT_SCREEN)

    # -- Python side --------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return self._url

    def photo_roots(self) -> list[Path]:
        from kiosk.whatson.photos import USB_ROOTS

        return [*USB_ROOTS, self._data_dir / "inbox"]

    def restart(self, url: str) -> None:
        """A new form began, with the photo at `url` (or none)."""
        self._set_busy(False)
        self._say("")
        self._set_url(url)

    def reset(self) -> None:
        self._files.reset(())

    def _photos_found(self, paths: list[Path]) -> None:
        # No thumbnail for HEIC: Qt cannot draw it (the photo itself is converted when chosen).
        rows = [(str(p), p.name, str(p.parent), "" if p.suffix.lower() in (".heic", ".heif") else p.as_uri())
                for p in paths]
        self._files.reset(rows)
        if not rows and not self._busy:
            self._say(NONE_FOUND)

    def _photos_failed(self, error: BaseException) -> None:
        log.warning("could not look for photos: %s", error)
        self._photos_found([])

    def _photo_ready(self, result: tuple[str, str]) -> None:
        key, url = result
        self._set_busy(False)
        self._session.form.photo = key
        self._set_url(url)
        self._say("")
        if self._session.shell.screen == PHOTO_SCREEN:
            self._session.shell.show(EDIT_SCREEN)

    def _photo_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, KioskError):
            log.info("photo refused: %s", error)
        else:
            log.error("a photo could not be imported", exc_info=error)
            from kiosk.whatson.photos import PhotoError

            error = PhotoError(str(error))  # shown as "That photo could not be read …"
        self._say("", error)

    def _say(self, note: str, error: BaseException | None = None) -> None:
        self._note, self._error = note, error
        self.photoMessageChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.photoBusyChanged.emit()

    def _set_url(self, url: str) -> None:
        if url != self._url:
            self._url = url
            self.photoUrlChanged.emit()


def _import_photo(service: Callable[[], ListingService], path: Path) -> tuple[str, str]:
    """Database thread: the photo cleaned (kiosk.whatson.photos), kept and queued for the other kiosks."""
    from kiosk.whatson.photos import clean_photo

    photo = clean_photo(path)
    store = service()
    key = store.add_photo(photo.sha256, photo.jpeg_bytes)
    stored = store.photo_path(key)
    return key, stored.as_uri() if stored is not None else ""
