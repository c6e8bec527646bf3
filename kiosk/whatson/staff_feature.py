"""Staff listings: add, edit, copy, archive and restore activities and spaces on the kiosk, with photos from
a USB stick, a preview as visitors see it, and the stale-edit screen when someone else changed a listing
first. Edits go to the local store as content changes (kiosk.whatson.store) and reach every kiosk of the
site through the sync.

Screens: `staff.listings`, `staff.listing.edit`, `staff.listing.photo`, `staff.listing.stale`,
`staff.listing.preview`; the staff tool "Listings". View models for QML: `models.listingsStaff`,
`models.listingEditor`, `models.listingPreview`. Thread: GUI (install); the ListingService is made and
used on the database thread only.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.core.paths import package_qml
from kiosk.whatson.listing_editor import EDIT_SCREEN, PHOTO_SCREEN, ListingEditorViewModel
from kiosk.whatson.listing_preview import PREVIEW_SCREEN, ListingPreviewModel
from kiosk.whatson.listings_staff import LIST_SCREEN, STALE_SCREEN, ListingsStaffViewModel

if TYPE_CHECKING:
    from kiosk.app import FeatureContext
    from kiosk.core.clock import Clock
    from kiosk.core.config import Config
    from kiosk.data.lazy import LocalStore
    from kiosk.whatson.store import ListingService

SCREENS = {LIST_SCREEN: "StaffListingsView.qml", EDIT_SCREEN: "ListingEditorView.qml",
           PHOTO_SCREEN: "ListingPhotoView.qml", STALE_SCREEN: "ListingStaleView.qml",
           PREVIEW_SCREEN: "ListingPreviewView.qml"}


class ServiceOnDbThread:
    """The site's ListingService, made on first use — on the database thread (opening the store may
    migrate it). Calling it is the only way the view models reach the store."""

    def __init__(self, store: LocalStore, config: Config, clock: Clock) -> None:
        self._store, self._config, self._clock = store, config, clock
        self._service: ListingService | None = None
        self._lock = threading.Lock()

    def __call__(self) -> ListingService:
        with self._lock:
            if self._service is None:
                from kiosk.whatson.store import ListingService

                c = self._config
                self._service = ListingService(self._store.engine(), c.site_id, c.kiosk_id, self._clock,
                                               c.data_dir / "photos")
            return self._service


def install(ctx: FeatureContext) -> dict[str, QObject]:
    tr = QCoreApplication.translate
    service = ServiceOnDbThread(ctx.store, ctx.config, ctx.clock)
    active = lambda: bool(ctx.staff.active)  # noqa: E731
    editor = ListingEditorViewModel(service, ctx.background, ctx.shell, active, ctx.config.kiosk_id,
                                    ctx.config.data_dir, ctx.config.language)
    listings = ListingsStaffViewModel(ctx.config, service, ctx.background, ctx.shell, active, editor)
    preview = ListingPreviewModel(ctx.config, ctx.clock, ctx.shell, ctx.background)
    editor.on_preview(preview.show_listing)
    listings.on_preview(preview.show_listing)
    for name, qml in SCREENS.items():
        ctx.shell.register_screen(name, package_qml(__file__, qml))
    ctx.staff.add_tool("listings", tr("listings", "Listings"), LIST_SCREEN,
                       tr("listings", "Add, change, copy and archive activities and spaces"))
    return {"listingsStaff": listings, "listingEditor": editor, "listingPreview": preview}

