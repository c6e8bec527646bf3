"""What's on: activities today and this week, and places people can just drop in (open now).

Installs the visitor screens ("whatson": the Today / This week / Open now lists; "listing": one listing
with its "Take this with you" QR code), the home door, and the view model QML sees as `models.whatson`.
Listings come from the local `site_content` mirror through kiosk.whatson.store.ListingService, read on
the database thread each time a visitor opens What's on; photos are the files under <data_dir>/photos/.
Thread: GUI (install), the database thread (load_listings).
"""

from __future__ import annotations

import functools
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.paths import package_qml
from kiosk.data.lazy import LocalStore
from kiosk.shell.language import later
from kiosk.whatson.whatson_model import LoadedListings, WhatsOnViewModel

if TYPE_CHECKING:
    from kiosk.app import FeatureContext, Kiosk


def load_listings(store: LocalStore, config: Config, clock: Clock) -> LoadedListings:
    """The site's listings as this kiosk shows them (archived ones left out), with their photos' files.
    A listing whose payload this kiosk cannot read is skipped (and logged) by the service. Database thread."""
    from kiosk.whatson.store import ListingService

    service = ListingService(store.engine(), config.site_id, config.kiosk_id, clock, config.data_dir / "photos")
    stored = service.listings()
    photos: dict[uuid.UUID, str] = {}
    for item in stored:
        key = item.listing.photo
        path = service.photo_path(key) if key else None  # written out from the pulled copy on first use
        if path is not None:
            photos[item.listing.id] = path.resolve().as_uri()
    signature = tuple((s.listing.id, s.version, s.pending, photos.get(s.listing.id, "")) for s in stored)
    return LoadedListings(tuple(s.listing for s in stored), photos, signature)


def install(ctx: FeatureContext) -> dict[str, QObject]:
    ctx.shell.register_screen("whatson", package_qml(__file__, "WhatsOnView.qml"))
    ctx.shell.register_screen("listing", package_qml(__file__, "ListingDetailView.qml"))
    ctx.shell.add_door("whatson", later.translate("whatson", "What's on"),
                       later.translate("whatson", "Activities, and places to just drop in"), "whatson")
    loader = functools.partial(load_listings, ctx.store, ctx.config, ctx.clock)
    return {"whatson": WhatsOnViewModel(ctx.config, ctx.clock, ctx.shell, ctx.background, loader)}


# -- screenshots (kiosk.shell.screenshots.STEPS) ----------------------------------------------------------------

def _model(kiosk: Kiosk) -> WhatsOnViewModel:
    model = kiosk.window.models["whatson"]
    assert isinstance(model, WhatsOnViewModel)
    return model


def _wait_for_listings(model: WhatsOnViewModel, timeout: float = 15.0) -> None:
    """Lets the listings arrive from the database thread (screenshots and tests only)."""
    deadline = time.monotonic() + timeout
    while model.reading and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    QCoreApplication.processEvents()


def _lay_out(kiosk: Kiosk) -> None:
    """Lays the scene out now (as the next frame would): the lists change size after the listings arrive,
    and a picture taken before the next frame would show them where they were."""
    from PySide6.QtQuick import QQuickItem

    def walk(item: QQuickItem) -> None:
        item.ensurePolished()
        for child in item.childItems():
            walk(child)

    for _ in range(2):
        walk(kiosk.window.window.contentItem())
        QCoreApplication.processEvents()


def screenshot_step(tab: str) -> Callable[[Kiosk], None]:
    """What's on with `tab` chosen ("today", "week" or "open")."""
    def step(kiosk: Kiosk) -> None:
        model = _model(kiosk)
        kiosk.shell.show("whatson")
        _wait_for_listings(model)
        model.setTab(tab)
        _lay_out(kiosk)

    return step


def screenshot_listing(kiosk: Kiosk) -> None:
    """The detail of the first activity on this week (a sample listing when the kiosk has none)."""
    model = _model(kiosk)
    screenshot_step("week")(kiosk)
    entries = model.list_model("entries")
    ids = [i for i, cancelled in zip(entries.column("listingId"), entries.column("cancelled"), strict=True)
           if not cancelled]
    if ids:
        model.openListing(ids[0], 0)
    else:
        from kiosk.core.clock import local_date
        from kiosk.whatson.rules.demo_listings import demo_listings

        model.show_detail(demo_listings(local_date(kiosk.clock.now(), kiosk.config.timezone))[0])
        kiosk.shell.show("listing")
    _lay_out(kiosk)
