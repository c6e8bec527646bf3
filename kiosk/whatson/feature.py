"""What's on: activities today and this week, and places people can just drop in (open now).

Installs the visitor screens ("whatson": the Today / This week / Open now lists; "listing": one listing
with its "Take this with you" QR code), the home door, and the view model QML sees as `models.whatson` (with
its parts `filter`, `lists` and `detail`).
Listings come from the local `site_content` mirror through kiosk.whatson.store.ListingService, read on
the database thread each time a visitor opens What's on; photos are the files under <data_dir>/photos/.
Thread: GUI (install), the database thread (load_listings).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.events import ListingsChanged
from kiosk.core.paths import package_qml
from kiosk.shell.language import later

if TYPE_CHECKING:
    import uuid

    from kiosk.data.services import Services
    from kiosk.shell.feature_api import FeatureContext
    from kiosk.whatson.whatson_model import LoadedListings

IMPORTS = ("kiosk.whatson.staff_feature",)  # what install imports: imported ahead, while the QML loads (kiosk.app)


def load_listings(store: Services, config: Config, clock: Clock) -> LoadedListings:
    """The site's listings as this kiosk shows them (archived ones left out), with their photos' files.
    A listing whose payload this kiosk cannot read is skipped (and logged) by the service. Database thread."""
    from kiosk.whatson.store import ListingService

    service = store.get(ListingService.from_services)  # one per process, through the one engine
    stored = service.listings()
    photos: dict[uuid.UUID, str] = {}
    for item in stored:
        key = item.listing.photo
        path = service.photo_path(key) if key else None  # written out from the pulled copy on first use
        if path is not None:
            photos[item.listing.id] = path.resolve().as_uri()
    signature = tuple((s.listing.id, s.version, s.pending, photos.get(s.listing.id, "")) for s in stored)
    from kiosk.whatson.whatson_model import LoadedListings

    return LoadedListings(tuple(s.listing for s in stored), photos, signature)


def install(ctx: FeatureContext) -> None:
    ctx.shell.register_screen("whatson", package_qml(__file__, "WhatsOnView.qml"), needs=("whatson",))
    ctx.shell.register_screen("listing", package_qml(__file__, "ListingDetailView.qml"), needs=("whatson",))
    ctx.shell.add_door("whatson", later.translate("whatson", "What's on"),
                       later.translate("whatson", "Activities, and places to just drop in"), "whatson")
    ctx.provide(("whatson",), lambda: _make_models(ctx))
    from kiosk.whatson import staff_feature

    staff_feature.install(ctx)


def _make_models(ctx: FeatureContext) -> dict[str, QObject]:
    from kiosk.whatson.whatson_model import WhatsOnViewModel

    loader = functools.partial(load_listings, ctx.services, ctx.config, ctx.clock)
    model = WhatsOnViewModel(ctx.config, ctx.clock, ctx.shell, ctx.background, loader, ctx.events)
    ctx.events.subscribe(ListingsChanged, lambda _e: model.invalidate())
    return {"whatson": model}
