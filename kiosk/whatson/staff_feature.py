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
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.core.paths import package_qml
from kiosk.shell.language import later
from kiosk.whatson.listing_editor import EDIT_SCREEN, PHOTO_SCREEN, ListingEditorViewModel
from kiosk.whatson.listing_preview import PREVIEW_SCREEN, ListingPreviewModel
from kiosk.whatson.listings_staff import LIST_SCREEN, STALE_SCREEN, ListingsStaffViewModel

if TYPE_CHECKING:
    from kiosk.app import FeatureContext, Kiosk
    from kiosk.core.clock import Clock
    from kiosk.core.config import Config
    from kiosk.data.lazy import LocalStore
    from kiosk.whatson.store import ListingService, StoredListing

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
    ctx.staff.add_tool("listings", later.translate("listings", "Listings"), LIST_SCREEN,
                       later.translate("listings", "Add, change, copy and archive activities and spaces"))
    return {"listingsStaff": listings, "listingEditor": editor, "listingPreview": preview}


# -- screenshots (kiosk.shell.screenshots.STEPS) ----------------------------------------------------------------

def _wait(done: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    QCoreApplication.processEvents()


def _settle(kiosk: Kiosk, rounds: int = 2) -> None:
    """Lays out what a step just changed — list delegates made on the next polish, the preview's nested
    layouts — by drawing the frames that would follow, so the picture (and the screen tests) see the finished
    screen."""
    for _ in range(rounds):
        QCoreApplication.processEvents()
        kiosk.window.window.grabWindow()  # polishes, syncs and renders a frame, as the display would
    QCoreApplication.processEvents()


def _models(kiosk: Kiosk) -> tuple[ListingsStaffViewModel, ListingEditorViewModel]:
    listings, editor = kiosk.window.models["listingsStaff"], kiosk.window.models["listingEditor"]
    assert isinstance(listings, ListingsStaffViewModel) and isinstance(editor, ListingEditorViewModel)
    return listings, editor


def _sample(kiosk: Kiosk) -> list[StoredListing]:
    """The demo listings as this kiosk would store them: one waiting to sync, one stale, one archived."""
    from dataclasses import replace

    from kiosk.core.clock import local_date
    from kiosk.whatson.rules.demo_listings import demo_listings
    from kiosk.whatson.store import StoredListing

    items = demo_listings(local_date(kiosk.clock.now(), kiosk.config.timezone))
    stored = sorted((StoredListing(x, 3, False, False) for x in items), key=lambda s: s.listing.title.casefold())
    stored[0] = replace(stored[0], stale=True)
    stored[1] = replace(stored[1], pending=True)
    stored[-1] = replace(stored[-1], archived=True)
    return stored


def _fresh_wrappers() -> None:
    """Frees Python wrappers of Qt items from kiosks closed earlier in this process (kept alive by reference
    cycles): PySide hands out such a stale wrapper when a new item reuses the old address, and a walk over
    the scene then fails. Only `kiosk screenshots` and the screen tests build several kiosks in one process."""
    import gc

    gc.collect()


def _open_list(kiosk: Kiosk, show: bool = True) -> ListingsStaffViewModel:
    import uuid
    from dataclasses import replace

    from kiosk.whatson.listings_staff import Loaded
    from kiosk.whatson.store import StaleNotice

    _fresh_wrappers()
    kiosk.staff._active = True  # screenshots only: what staff see after the right PIN
    listings, _ = _models(kiosk)
    if show:
        kiosk.shell.show(LIST_SCREEN)
        _wait(lambda: not listings.loading)
    sample = _sample(kiosk)
    stale = sample[0].listing
    notice = StaleNotice(uuid.UUID(int=1), stale.id, stale.title, "stale", 3, 4, "staff@kiosk-1", kiosk.clock.now(),
                         replace(stale, summary=stale.summary + " Bring a friend!"), False)
    listings._loaded_ok(Loaded(tuple(sample), (notice,), {}))
    return listings


def screenshot_list(kiosk: Kiosk) -> None:
    _open_list(kiosk).setShowArchived(True)
    _settle(kiosk)


def screenshot_editor(kind: str) -> Callable[[Kiosk], None]:
    def step(kiosk: Kiosk) -> None:
        listings = _open_list(kiosk, show=False)
        _, editor = _models(kiosk)
        want = "space" if kind == "space" else "activity"
        item = next(s for s in _sample(kiosk) if s.listing.kind.value == want and not s.archived)
        editor.start_edit(item, listings.categories(), "")
        if kind == "problem":
            editor.setField("title", "")
            editor.save()
        kiosk.shell.show(EDIT_SCREEN)
        _settle(kiosk)

    return step


def screenshot_photos(kiosk: Kiosk) -> None:
    import io

    from PIL import Image

    listings = _open_list(kiosk, show=False)
    _, editor = _models(kiosk)
    inbox = kiosk.config.data_dir / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for name, colour in (("Garden party.jpg", (120, 160, 90)), ("Lunch club.png", (220, 170, 90))):
        if not (inbox / name).exists():
            buf = io.BytesIO()
            Image.new("RGB", (64, 48), colour).save(buf, "PNG" if name.endswith("png") else "JPEG")
            (inbox / name).write_bytes(buf.getvalue())
    editor.start_new(_sample(kiosk)[0].listing.kind, listings.categories())
    editor.openPhotos()
    _wait(lambda: editor._photo_files.rowCount() > 0, 5.0)


def screenshot_stale(kiosk: Kiosk) -> None:
    from dataclasses import replace

    from kiosk.whatson.listings_staff import Conflict

    listings = _open_list(kiosk, show=False)
    theirs = next(s for s in _sample(kiosk) if s.listing.kind.value == "activity")
    mine = replace(theirs.listing, summary=theirs.listing.summary + " Bring a friend!",
                   place=replace(theirs.listing.place, room="Garden room"))
    theirs = replace(theirs, version=4, listing=replace(theirs.listing, title=theirs.listing.title + " (new time)"))
    listings._show_conflict(Conflict(theirs.listing.id, theirs, mine, None))
    _settle(kiosk)


def screenshot_preview(kiosk: Kiosk) -> None:
    listings = _open_list(kiosk, show=False)
    first = next(s for s in _sample(kiosk) if s.listing.kind.value == "activity")
    listings.preview(str(first.listing.id))
    _settle(kiosk)
