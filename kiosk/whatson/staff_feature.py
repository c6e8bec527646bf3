"""Staff listings: add, edit, copy, archive and restore activities and spaces on the kiosk, with photos from
a USB stick, a preview as visitors see it, and the stale-edit screen when someone else changed a listing
first. Edits go to the local store as content changes (kiosk.whatson.store) and reach every kiosk of the
site through the sync.

Screens: `staff.listings`, `staff.listing.edit`, `staff.listing.photo`, `staff.listing.stale`,
`staff.listing.preview`; the staff tool "Listings". View models for QML: `models.listingsStaff` (with its
`conflict`), `models.listingEditor` (with its `fields`, `schedule`, `dates`, `photos` and `saving`),
`models.listingPreview`. Thread: GUI (install); the ListingService is made and used on the database thread
only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.core.paths import package_qml
from kiosk.shell.language import later
from kiosk.whatson.screens import EDIT_SCREEN, LIST_SCREEN, PHOTO_SCREEN, PREVIEW_SCREEN, STALE_SCREEN

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.data.services import Services
    from kiosk.shell.feature_api import FeatureContext
    from kiosk.whatson.store import ListingService

SCREENS = {LIST_SCREEN: "StaffListingsView.qml", EDIT_SCREEN: "ListingEditorView.qml",
           PHOTO_SCREEN: "ListingPhotoView.qml", STALE_SCREEN: "ListingStaleView.qml",
           PREVIEW_SCREEN: "ListingPreviewView.qml"}


def _listing_service(services: Services) -> Callable[[], ListingService]:
    """The site's ListingService, the process's one (Services caches it); called on the database thread, where
    opening the store may migrate it. Calling it is the only way the view models reach the store."""
    def service() -> ListingService:
        from kiosk.whatson.store import ListingService

        return services.get(ListingService.from_services)

    return service


MODELS = ("listingsStaff", "listingEditor", "listingPreview")


def install(ctx: FeatureContext) -> None:
    """Called by the What's on feature's install: the staff screens, their tool, and their view models."""
    for name, qml in SCREENS.items():
        ctx.shell.register_screen(name, package_qml(__file__, qml), needs=MODELS)
    ctx.staff.add_tool("listings", later.translate("listings", "Listings"), LIST_SCREEN,
                       later.translate("listings", "Add, change, copy and archive activities and spaces"))
    ctx.provide(MODELS, lambda: _make_models(ctx))


def _make_models(ctx: FeatureContext) -> dict[str, QObject]:
    from kiosk.whatson.listing_editor import ListingEditorViewModel
    from kiosk.whatson.listing_preview import ListingPreviewModel
    from kiosk.whatson.listings_staff import ListingsStaffViewModel

    service = _listing_service(ctx.services)
    active = ctx.staff.is_active
    editor = ListingEditorViewModel(service, ctx.background, ctx.shell, active, ctx.config.kiosk_id,
                                    ctx.config.data_dir, ctx.shell.current_language(), ctx.events,
                                    now=ctx.clock.now, timezone=ctx.config.timezone)
    listings = ListingsStaffViewModel(ctx.config, service, ctx.background, ctx.shell, active, editor, ctx.events)
    preview = ListingPreviewModel(ctx.config, ctx.clock, ctx.shell, ctx.events)
    editor.on_preview(preview.show_listing)
    listings.on_preview(preview.show_listing)
    return {"listingsStaff": listings, "listingEditor": editor, "listingPreview": preview}
