"""A listing shown exactly as a visitor sees it, from staff mode: the visitors' own detail screen fed with the
one listing being edited or picked (nothing is read from or written to the store), whose Back returns to the
staff screen it came from instead of the visitor list. Thread: GUI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.event_hub import EventHub
from kiosk.shell.shell_model import ShellViewModel
from kiosk.whatson.detail_model import ListingDetail, detail_of
from kiosk.whatson.language import LanguageNow

if TYPE_CHECKING:
    from kiosk.whatson.rules.listings import Listing

PREVIEW_SCREEN = "staff.listing.preview"
EDIT_SCREEN = "staff.listing.edit"


class ListingPreviewModel(QObject):
    detailChanged = Signal()
    fromEditorChanged = Signal()

    def __init__(self, config: Config, clock: Clock, shell: ShellViewModel, events: EventHub | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._shell = clock, shell
        self._tz = ZoneInfo(config.timezone)
        self._language = LanguageNow(shell.current_language(), events)  # a view model may be made after a switch
        self._back = "staff.listings"
        self._shown: tuple[Listing, str] | None = None
        self._detail = ListingDetail(None, "", self._language.words, self)
        self._language.on_change(self._remake)

    @Property(QObject, notify=detailChanged)
    def detail(self) -> ListingDetail:
        return self._detail

    @Property(bool, notify=fromEditorChanged)
    def fromEditor(self) -> bool:
        """Opened from the editor (Back returns there) rather than from the staff list."""
        return self._back == EDIT_SCREEN

    def show_listing(self, listing: Listing, photo_url: str, back: str) -> None:
        """Shows `listing` (with the photo at `photo_url`, if any) on the preview screen."""
        if back != self._back:
            self._back = back
            self.fromEditorChanged.emit()
        self._shown = (listing, photo_url)
        self._remake()
        self._shell.show(PREVIEW_SCREEN)

    @Slot()
    def backToList(self) -> None:
        self._shell.activity()
        self._shell.show(self._back)

    @Slot()
    def goHome(self) -> None:
        self.backToList()

    def _remake(self) -> None:
        """A new detail (the listing, or the language, changed: a detail's properties are constant)."""
        if self._shown is None:
            return
        listing, photo = self._shown
        old = self._detail
        self._detail = detail_of(listing, photo, self._clock.now(), self._tz, self._language.words, self)
        self.detailChanged.emit()
        old.deleteLater()
