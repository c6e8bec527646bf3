"""A listing shown exactly as a visitor sees it, from staff mode: the What's on view model's detail screen
fed with the one listing being edited (nothing is read from or written to the store), whose Back returns
to the staff screen it came from instead of the visitor list. Thread: GUI.
"""

from __future__ import annotations

from PySide6.QtCore import Property, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.shell.shell_model import ShellViewModel
from kiosk.whatson.rules.listings import Listing
from kiosk.whatson.whatson_model import LoadedListings, WhatsOnViewModel

PREVIEW_SCREEN = "staff.listing.preview"


def _nothing() -> LoadedListings:
    return LoadedListings(())


class ListingPreviewModel(WhatsOnViewModel):
    backChanged = Signal()

    def __init__(self, config: Config, clock: Clock, shell: ShellViewModel, background: Background) -> None:
        super().__init__(config, clock, shell, background, _nothing)
        self._back = "staff.listings"

    def _on_screen(self) -> None:  # the visitor list's reloads are not for the preview
        return

    def show_listing(self, listing: Listing, photo_url: str, back: str) -> None:
        """Shows `listing` (with the photo at `photo_url`, if any) on the preview screen."""
        self._back = back
        self.backChanged.emit()
        self.set_listings(LoadedListings((listing,), {listing.id: photo_url} if photo_url else {}))
        self.show_detail(listing)
        self._shell.show(PREVIEW_SCREEN)

    @Property(bool, notify=backChanged)
    def fromEditor(self) -> bool:
        """Opened from the editor (Back returns there) rather than from the staff list."""
        return self._back == "staff.listing.edit"

    @Slot()
    def backToList(self) -> None:
        self._shell.activity()
        self._shell.show(self._back)

    @Slot()
    def goHome(self) -> None:
        self.backToList()
