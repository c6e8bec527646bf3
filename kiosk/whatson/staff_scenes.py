"""Staff listings' screenshot scenes: the list with every state a listing can be in, the editor (an
activity, a space, a problem to fix, an activity's dates with a cancelled session and a closure, a space's
closures), photos from a USB stick, the stale-edit screen and the preview.

The states are real. Before the first of these scenes the throwaway store gets the demo's listings (when
the site has none) and a week of staff edits, through ListingService as the screens make them:
  - the 2nd activity: edited here and on another kiosk of the site from the same version; the other
    kiosk's edit reached the central database first, so this one was not applied (stale, with a notice);
  - the 3rd listing: edited here, waiting for the next sync (pending);
  - the last listing: archived here, and synced (archived).
What a sync would bring back — the central database's outcome of each change — is made by the central
rule itself (kiosk.data.changes.apply_changes) on the throwaway store, as the pull would have left it.
The first activity and the first space stay as the demo has them, for the editor's pictures.
The scenes then sign in as staff and tap their way in: Staff tools → Listings → Edit, Preview, Look at both.
Registered in order by `register` (kiosk.shell.stage explains scenes); production code never imports this
module. Thread: GUI (the store work on the database thread).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPointF

from kiosk.data import changes
from kiosk.shell.stage import SceneBook, SceneError, Stage
from kiosk.whatson.listing_editor import EDIT_SCREEN, PHOTO_SCREEN, ListingEditorViewModel, staff_label
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.listing_preview import PREVIEW_SCREEN
from kiosk.whatson.listings_staff import LIST_SCREEN, STALE_SCREEN, ListingsStaffViewModel
from kiosk.whatson.rules.listings import Kind
from kiosk.whatson.store import LISTING, ListingService, StoredListing

if TYPE_CHECKING:
    from kiosk.app import Kiosk

ELSEWHERE = "kiosk-2"  # the site's other kiosk, whose edit gets to the central database first
INBOX_PHOTOS = (("Garden party.jpg", (120, 160, 90)), ("Lunch club.png", (220, 170, 90)))


def _service(kiosk: Kiosk, kiosk_id: str) -> ListingService:
    c = kiosk.config
    return ListingService(kiosk.services.engine(), c.site_id, kiosk_id, kiosk.clock, c.data_dir / "photos")


def _change_of(service: ListingService, item: StoredListing) -> Any:
    """The id of `service`'s kiosk's change of `item` that waits for the central database."""
    with service.engine.connect() as conn:
        return changes.pending_changes(conn, service.site, service.kiosk, LISTING, item.listing.id)[-1].id


def _synced(service: ListingService, *change_ids: Any) -> None:
    """The central database's outcome of these changes, in this order, as the next pull brings it back."""
    for change_id in change_ids:
        with service.engine.begin() as conn:
            changes.apply_changes(conn, [change_id], service.clock.now())


def _a_week_of_edits(kiosk: Kiosk) -> None:
    """Database thread: the listings' states (module docstring); once per store."""
    from kiosk.demo import seed_demo_listings

    seed_demo_listings(kiosk.services.engine(), kiosk.config, kiosk.clock)
    here, elsewhere = _service(kiosk, kiosk.config.kiosk_id), _service(kiosk, ELSEWHERE)
    with here.engine.connect() as conn:
        if changes.own_results(conn, here.site, here.kiosk, kinds=(LISTING,)):
            return  # made already
    items = here.listings()
    activities = [i for i in items if i.listing.kind is Kind.ACTIVITY]
    if len(activities) < 3:
        return  # a site with listings of its own, not the demo's: shown as they are
    label = staff_label(kiosk.config.kiosk_id)
    stale, waiting, archived = activities[1], items[2], items[-1]
    theirs = replace(stale.listing, title=stale.listing.title + " (new time)")
    mine = replace(stale.listing, summary=stale.listing.summary + " Bring a friend!",
                   place=replace(stale.listing.place, room="Garden room"))
    elsewhere.save(theirs, stale.version, staff_label(ELSEWHERE))
    here.save(mine, stale.version, label)
    here.archive(archived.listing.id, archived.version, label)
    _synced(here, _change_of(elsewhere, stale), _change_of(here, stale), _change_of(here, archived))
    here.save(replace(waiting.listing, summary=waiting.listing.summary + " Beginners welcome."), waiting.version,
              label)


def _models(stage: Stage) -> tuple[ListingsStaffViewModel, ListingEditorViewModel]:
    return stage.model("listingsStaff", ListingsStaffViewModel), stage.model("listingEditor", ListingEditorViewModel)


def _open_list(stage: Stage) -> ListingsStaffViewModel:
    """Staff tools → Listings, with the listings' states in the store."""
    listings, _ = _models(stage)
    stage.on_db(_a_week_of_edits, stage.kiosk, what="the staff edits of the week")
    stage.sign_in_as_staff()
    stage.kiosk.staff.openTool("listings")
    stage.screen_is(LIST_SCREEN)
    stage.wait_until(lambda: not listings.loading and bool(_rows(listings, "rows")), "the listings to be read")
    return listings


def _rows(model: QObject, name: str) -> list[dict[str, Any]]:
    """The rows, by role name, of the list a view model shows QML as `name`."""
    rows = model.property(name)
    if not isinstance(rows, RowsModel):
        raise TypeError(f"{type(model).__name__}.{name} is not a list of rows")
    return rows.rows()


def _first(listings: ListingsStaffViewModel, kind: str) -> str:
    """The key of the first listing of `kind` in the list with nothing waiting or not applied."""
    return str(next(r["key"] for r in _rows(listings, "rows") if r["kind"] == kind and not r["statusKind"]))


def the_list(stage: Stage) -> None:
    listings = _open_list(stage)
    listings.setShowArchived(True)
    stage.wait_until(lambda: any(r["archived"] for r in _rows(listings, "rows")), "the archived listings to show")


def editor(kind: str) -> Callable[[Stage], None]:
    """The editor on the first activity or space; "problem": the activity with its title left empty, saved."""
    def play(stage: Stage) -> None:
        listings = _open_list(stage)
        _, edit = _models(stage)
        listings.edit(_first(listings, "space" if kind == "space" else "activity"))
        stage.screen_is(EDIT_SCREEN)
        if kind == "problem":
            edit.setField("title", "")
            edit.save()
            stage.wait_until(lambda: bool(edit.property("fields").property("problemKey")),
                             "the editor to point at the problem")

    return play


def _inbox_photos(inbox: Path) -> None:
    """Database (file) thread: two photos in the kiosk's inbox folder, as if copied from a USB stick."""
    from PIL import Image

    inbox.mkdir(parents=True, exist_ok=True)
    for name, colour in INBOX_PHOTOS:
        if not (inbox / name).exists():
            buf = io.BytesIO()
            Image.new("RGB", (64, 48), colour).save(buf, "PNG" if name.endswith("png") else "JPEG")
            (inbox / name).write_bytes(buf.getvalue())


def photos(stage: Stage) -> None:
    listings = _open_list(stage)
    _, edit = _models(stage)
    stage.on_db(_inbox_photos, stage.kiosk.config.data_dir / "inbox", what="putting photos in the inbox")
    listings.addActivity()
    stage.screen_is(EDIT_SCREEN)
    edit.openPhotos()
    stage.screen_is(PHOTO_SCREEN)
    stage.wait_until(lambda: len(_rows(edit.property("photos"), "photoFiles")) >= len(INBOX_PHOTOS),
                     "the photos in the inbox")


def stale(stage: Stage) -> None:
    """"Look at both" on the notice of the edit someone else's change got to first."""
    listings = _open_list(stage)
    notices = _rows(listings, "notices")
    if not notices:
        raise SceneError(f"scene {stage.scene!r}: no edit waits to be looked at again")
    listings.openNotice(notices[0]["key"])
    stage.screen_is(STALE_SCREEN)


def dates(kind: str) -> Callable[[Stage], None]:
    """The editor's dates part: for an activity, one session cancelled with a reason, a holiday closure, an
    extra date and the reason box open for another session; for a space, a holiday closure. Scrolled to it."""
    def play(stage: Stage) -> None:
        listings = _open_list(stage)
        _, edit = _models(stage)
        listings.edit(_first(listings, kind))
        stage.screen_is(EDIT_SCREEN)
        model = edit.dates_model
        rows = _rows(model, "sessions")
        if kind == "activity":
            if len(rows) < 4:
                raise SceneError(f"scene {stage.scene!r}: the first activity has fewer than 4 dates coming up")
            model.choose(rows[1]["key"])
            edit.setField("reason", "The leader is unwell — back next week")
            model.cancelChosen()
            last = rows[3]["key"][:10]
            edit.setField("closure_from", last)
            edit.setField("closure_to", last)
            edit.setField("closure_reason", "Closed for the holidays")
            model.addClosure()
            going_ahead = [r["key"] for r in _rows(model, "sessions")[2:] if not r["cancelled"]]
            model.choose(going_ahead[0])
            edit.setField("reason", "Hall booked for a wedding")
        else:
            edit.setField("closure_from", "24/12/2026")
            edit.setField("closure_to", "2/1/2027")
            model.addClosure()
        if model.property("message"):
            raise SceneError(f"scene {stage.scene!r}: {model.property('message')}")
        stage.settle()
        if kind == "activity":
            _scroll_to(stage, "listing.rule.add", 330)
        else:
            _scroll_to(stage, "listing.closure.add", 700)

    return play


def _scroll_to(stage: Stage, name: str, above: float) -> None:
    """Scrolls the editor's form so that item `name` is near the top (`above` pixels of what is above it)."""
    flick, target = stage.item("listing.edit.form"), stage.item(name)
    if flick is None or target is None:
        raise SceneError(f"scene {stage.scene!r}: no {name} in the editor's form")
    content = flick.property("contentItem")
    y = target.mapToItem(content, QPointF(0, 0)).y() - above
    flick.setProperty("contentY", max(0.0, min(y, flick.property("contentHeight") - flick.height())))
    stage.settle()


def preview(stage: Stage) -> None:
    listings = _open_list(stage)
    listings.preview(_first(listings, "activity"))
    stage.screen_is(PREVIEW_SCREEN)


def register(book: SceneBook) -> None:
    book.add("staff-listings", the_list)
    book.add("staff-listing-edit", editor("activity"))
    book.add("staff-listing-space", editor("space"))
    book.add("staff-listing-dates", dates("activity"))
    book.add("staff-listing-closures", dates("space"))
    book.add("staff-listing-problem", editor("problem"))
    book.add("staff-listing-photo", photos)
    book.add("staff-listing-stale", stale)
    book.add("staff-listing-preview", preview)
