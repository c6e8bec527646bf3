"""Staff listings: every listing of the site with its state (waiting to sync, not applied, archived), the
way into the editor (add, edit, copy), archive and restore, a preview as visitors see it, and the
stale-edit screen — an edit someone else's change got to first, shown with both versions and a choice:
keep theirs, apply mine again on top of theirs, or edit mine by hand.

Everything the store does runs on the database thread (`ListingService`, through `background`); the
lists are reset when the answers come back. Thread: GUI.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.core.errors import KioskError, StaleEdit, StorageError
from kiosk.shell.error_words import error_words
from kiosk.shell.language import Words, words
from kiosk.whatson.listing_editor import EDIT_SCREEN, ListingEditorViewModel, staff_label
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.rules.listings import Kind, Listing

if TYPE_CHECKING:
    from kiosk.core.background import Background
    from kiosk.core.config import Config
    from kiosk.shell.shell_model import ShellViewModel
    from kiosk.whatson.listing_text import ListingWords
    from kiosk.whatson.store import ListingService, StaleNotice, StoredListing

log = logging.getLogger(__name__)
LIST_SCREEN, STALE_SCREEN, PREVIEW_SCREEN = "staff.listings", "staff.listing.stale", "staff.listing.preview"
ROW_ROLES = ("key", "title", "kind", "kindLabel", "category", "when", "status", "statusKind", "archived",
             "photo", "icon", "tint", "spoken")


@dataclass(frozen=True)
class Loaded:
    items: tuple[StoredListing, ...]
    notices: tuple[StaleNotice, ...]
    photos: dict[str, str]  # photo key → file URL, for the photos this kiosk has

    def photo_url(self, listing: Listing | None) -> str:
        return self.photos.get(listing.photo, "") if listing is not None and listing.photo else ""


@dataclass(frozen=True)
class Conflict:
    """Two versions of one listing: theirs (now current) and the edit made here."""

    listing_id: uuid.UUID
    theirs: StoredListing | None  # None: it is gone (not this site's any more)
    mine: Listing | None  # None: the edit was an archive
    change_id: uuid.UUID | None  # the stale notice, when the sync told us; None when the save found out
    archiving: bool = False


def _load(service: Callable[[], ListingService]) -> Loaded:
    """Database thread: the listings (archived too), the undismissed stale notices and the photos' files."""
    store = service()
    items = store.listings(include_archived=True)
    notices = store.stale_notices()
    photos: dict[str, str] = {}
    for listing in [i.listing for i in items] + [n.proposed for n in notices if n.proposed is not None]:
        key = listing.photo
        if key and key not in photos:
            path = store.photo_path(key)
            if path is not None:
                photos[key] = path.as_uri()
    return Loaded(tuple(items), tuple(notices), photos)


def _error_words(error: BaseException) -> Words:
    """What went wrong, in words made when read (so they follow a language switch)."""
    shown = error if isinstance(error, KioskError) else StorageError()
    return lambda: error_words(shown)


class ListingsStaffViewModel(QObject):
    changed = Signal()
    conflictChanged = Signal()

    def __init__(self, config: Config, service: Callable[[], ListingService], background: Background,
                 shell: ShellViewModel, staff_active: Callable[[], bool], editor: ListingEditorViewModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config, self._service, self._background, self._shell = config, service, background, shell
        self._staff_active, self._editor = staff_active, editor
        self._label = staff_label(config.kiosk_id)
        self._loaded = Loaded((), (), {})
        self._by_id: dict[str, StoredListing] = {}
        self._loading = False
        self._show_archived = False
        self._message: Words = ""
        self._busy = False
        self._words: ListingWords | None = None
        self._rows = RowsModel(ROW_ROLES, self._row, self)
        self._notices = RowsModel(("key", "listingId", "title", "text"), tuple, self)
        self._conflict: Conflict | None = None
        self._conflict_info: dict[str, Any] = {}
        self._conflict_rows = RowsModel(("key", "label", "theirs", "mine"), tuple, self)
        self._preview: Callable[[Listing, str, str], None] | None = None
        editor.saved.connect(self._saved)
        editor.staleSave.connect(self._stale_save)
        shell.screenChanged.connect(self._on_screen)
        shell.on_home(self._reset)

    def on_preview(self, show: Callable[[Listing, str, str], None]) -> None:
        self._preview = show

    # -- properties -------------------------------------------------------------------------------------------

    @Property(QObject, constant=True)
    def rows(self) -> RowsModel:
        return self._rows

    @Property(QObject, constant=True)
    def notices(self) -> RowsModel:
        """Edits made here that were not applied (someone else changed the listing first)."""
        return self._notices

    @Property(bool, notify=changed)
    def loading(self) -> bool:
        return self._loading

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    @Property(bool, notify=changed)
    def showArchived(self) -> bool:
        return self._show_archived

    @Property(str, notify=changed)
    def message(self) -> str:
        """What just happened: "Saved …", "Archived …", or what went wrong (in words made when read)."""
        return words(self._message)

    @Property(int, notify=changed)
    def archivedCount(self) -> int:
        return sum(1 for i in self._loaded.items if i.archived)

    @Property(int, notify=changed)
    def count(self) -> int:
        return self._rows.rowCount()

    @Property("QVariantMap", notify=conflictChanged)  # type: ignore[arg-type]
    def conflict(self) -> dict[str, Any]:
        return self._conflict_info

    @Property(QObject, constant=True)
    def conflictRows(self) -> RowsModel:
        """What differs: the field, their version's text and the edit made here."""
        return self._conflict_rows

    # -- loading ----------------------------------------------------------------------------------------------

    def _on_screen(self) -> None:
        if self._shell.screen == LIST_SCREEN and self._staff_active():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.changed.emit()
        self._background.op(_load, self._service).success(self._loaded_ok).failure(self._load_failed).run()

    def _loaded_ok(self, loaded: Loaded) -> None:
        self._loading = False
        self._loaded = loaded
        self._by_id = {str(i.listing.id): i for i in loaded.items}
        self._show()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        log.error("the listings could not be read", exc_info=error)
        self._message = _error_words(error)
        self.changed.emit()

    def _show(self) -> None:
        items = [i for i in self._loaded.items if self._show_archived or not i.archived]
        self._rows.reset(items)
        translate = QCoreApplication.translate
        notices = []
        for n in self._loaded.notices:
            if n.status == "stale":
                text = translate("listings", "Your change to “%1” was not applied: someone else changed it first.")
            else:
                text = translate("listings", "Your change to “%1” was not applied: this listing is not this site's.")
            notices.append((str(n.change_id), str(n.listing_id), n.title, text.replace("%1", n.title)))
        self._notices.reset(notices)
        self.changed.emit()

    def _reset(self) -> None:
        self._message, self._conflict, self._conflict_info = "", None, {}
        self._show_archived = False

    def _text(self) -> ListingWords:
        if self._words is None:
            from kiosk.whatson.listing_text import ListingWords

            self._words = ListingWords()  # in the language in use at each call
        return self._words

    def when_text(self, listing: Listing) -> str:
        from kiosk.whatson.rules.schedules import OneOff, OpeningHours, Sessions

        words = self._text()
        s = listing.schedule
        if isinstance(s, OpeningHours):
            return "; ".join(words.hours_lines(s))
        assert isinstance(s, Sessions)
        lines = words.pattern_lines(s)
        lines += [f"{words.date_text(r.on)}, {words.time_range(r.start, r.end)}" for r in s.rules
                  if isinstance(r, OneOff)]
        return "; ".join(lines)

    def _row(self, item: StoredListing) -> tuple[Any, ...]:
        from kiosk.whatson.listing_text import category_icon, tint_index

        translate = QCoreApplication.translate
        x = item.listing
        if item.stale:
            status, kind = translate("listings", "Not applied — someone else changed it first"), "stale"
        elif item.pending and item.archived:
            status, kind = translate("listings", "Archived here — waiting to reach the other kiosks"), "pending"
        elif item.pending:
            status, kind = translate("listings", "Saved here — waiting to reach the other kiosks"), "pending"
        elif item.archived:
            status, kind = translate("listings", "Archived — not shown to visitors"), "archived"
        else:
            status, kind = "", ""
        kind_label = translate("listings", "Activity") if x.kind is Kind.ACTIVITY else translate("listings", "Space")
        when = self.when_text(x)
        spoken = ". ".join(p for p in (x.title, kind_label, x.category, when, status) if p)
        return (str(x.id), x.title, x.kind.value, kind_label, x.category, when, status, kind, item.archived,
                self._loaded.photo_url(x), category_icon(x.category), tint_index(x.category), spoken)

    def categories(self) -> list[str]:
        from kiosk.whatson.rules.whats_on import categories

        return list(categories(i.listing for i in self._loaded.items))

    # -- slots ------------------------------------------------------------------------------------------------

    def _allowed(self) -> bool:
        self._shell.activity()
        return self._staff_active()

    @Slot(bool)
    def setShowArchived(self, show: bool) -> None:
        if self._allowed() and show != self._show_archived:
            self._show_archived = show
            self._show()

    @Slot()
    def addActivity(self) -> None:
        self._add(Kind.ACTIVITY)

    @Slot()
    def addSpace(self) -> None:
        self._add(Kind.SPACE)

    def _add(self, kind: Kind) -> None:
        if self._allowed():
            self._message = ""
            self._editor.start_new(kind, self.categories())
            self._shell.show(EDIT_SCREEN)

    @Slot(str)
    def edit(self, listing_id: str) -> None:
        item = self._by_id.get(listing_id)
        if item is not None and self._allowed():
            self._message = ""
            self._editor.start_edit(item, self.categories(), self._loaded.photo_url(item.listing))
            self._shell.show(EDIT_SCREEN)

    @Slot(str)
    def copy(self, listing_id: str) -> None:
        item = self._by_id.get(listing_id)
        if item is not None and self._allowed():
            self._message = ""
            self._editor.start_copy(item, self.categories(), self._loaded.photo_url(item.listing))
            self._shell.show(EDIT_SCREEN)

    @Slot(str)
    def preview(self, listing_id: str) -> None:
        item = self._by_id.get(listing_id)
        if item is not None and self._allowed() and self._preview is not None:
            self._preview(item.listing, self._loaded.photo_url(item.listing), LIST_SCREEN)

    @Slot(str)
    def archive(self, listing_id: str) -> None:
        item = self._by_id.get(listing_id)
        if item is None or item.archived or self._busy or not self._allowed():
            return
        service, version, label = self._service, item.version, self._label
        self._set_busy(True)
        self._background.op(lambda: service().archive(item.listing.id, version, label)) \
            .success(lambda _s: self._done(QCoreApplication.translate(
                "listings", "Archived “%1”. Visitors no longer see it; Restore brings it back.").replace(
                "%1", item.listing.title))) \
            .failure(lambda e: self._failed(e, item.listing, version, archiving=True)).run()

    @Slot(str)
    def restore(self, listing_id: str) -> None:
        item = self._by_id.get(listing_id)
        if item is None or not item.archived or self._busy or not self._allowed():
            return
        service, version, label = self._service, item.version, self._label
        self._set_busy(True)
        self._background.op(lambda: service().save(item.listing, version, label)) \
            .success(lambda _s: self._done(QCoreApplication.translate(
                "listings", "Restored “%1”. Visitors can see it again.").replace("%1", item.listing.title))) \
            .failure(lambda e: self._failed(e, item.listing, version)).run()

    @Slot()
    def back(self) -> None:
        self._shell.activity()
        self._shell.show("staff")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.changed.emit()

    def _done(self, message: str) -> None:
        self._busy = False
        self._message = message
        self.changed.emit()
        if self._shell.screen != LIST_SCREEN and self._staff_active():
            self._shell.show(LIST_SCREEN)  # refreshes
        else:
            self.refresh()

    def _failed(self, error: BaseException, listing: Listing, version: int, archiving: bool = False) -> None:
        self._busy = False
        if isinstance(error, StaleEdit):
            self.changed.emit()
            self._open_conflict(listing.id, None if archiving else listing, None, archiving)
            return
        if not isinstance(error, KioskError):
            log.error("a listing change could not be saved", exc_info=error)
        self._message = _error_words(error)
        self.changed.emit()

    def _saved(self, item: StoredListing) -> None:
        self._done(QCoreApplication.translate(
            "listings", "Saved “%1”. It shows here now and reaches the site's other kiosks at the next sync.")
                   .replace("%1", item.listing.title))

    def _stale_save(self, listing: Listing, _version: int) -> None:
        self._open_conflict(listing.id, listing, None)

    # -- stale edits ------------------------------------------------------------------------------------------

    @Slot(str)
    def openNotice(self, change_id: str) -> None:
        if not self._allowed():
            return
        notice = next((n for n in self._loaded.notices if str(n.change_id) == change_id), None)
        if notice is not None:
            self._open_conflict(notice.listing_id, notice.proposed, notice.change_id, notice.archiving)

    def _open_conflict(self, listing_id: uuid.UUID, mine: Listing | None, change_id: uuid.UUID | None,
                       archiving: bool = False) -> None:
        """Reads their version fresh (on the database thread), then shows both."""
        service = self._service
        self._background.op(lambda: service().listing(listing_id)) \
            .success(lambda theirs: self._show_conflict(Conflict(listing_id, theirs, mine, change_id, archiving))) \
            .failure(self._load_failed).run()

    def _show_conflict(self, conflict: Conflict) -> None:
        translate = QCoreApplication.translate
        self._conflict = conflict
        theirs = conflict.theirs.listing if conflict.theirs is not None else None
        shown = conflict.mine or theirs
        title = shown.title if shown is not None else ""
        self._conflict_info = {
            "title": title,
            "theirsVersion": conflict.theirs.version if conflict.theirs else 0,
            "archiving": conflict.archiving,
            "gone": conflict.theirs is None,
            "text": translate("listings", "Someone else changed “%1” after you started, so your change was not "
                                   "applied. Nothing is lost: choose which version visitors should see.")
            .replace("%1", title),
        }
        rows = []
        if conflict.mine is not None and theirs is not None:
            a, b = self.summary(theirs), self.summary(conflict.mine)
            rows = [(k, label, a.get(k, ""), b.get(k, "")) for k, label in self.summary_labels()
                    if a.get(k, "") != b.get(k, "")]
        elif conflict.archiving and theirs is not None:
            rows = [("archived", translate("listings", "Shown to visitors"),
                     translate("listings", "Yes") if not conflict.theirs or not conflict.theirs.archived
                     else translate("listings", "No"), translate("listings", "No (archived)"))]
        self._conflict_rows.reset(rows)
        self.conflictChanged.emit()
        self._shell.show(STALE_SCREEN)

    def summary_labels(self) -> list[tuple[str, str]]:
        from kiosk.whatson.listing_editor import field_label

        translate = QCoreApplication.translate
        keys = ("title", "category", "summary", "description", "when", "where", "price", "organiser", "contact",
                "audience", "drop_in", "access", "languages", "dates", "photo", "kind")
        special = {"when": translate("listings", "When"), "where": translate("listings", "Where"),
                   "contact": translate("listings", "Contact"), "access": field_label("features"),
                   "dates": translate("listings", "Showing from – until")}
        return [(k, special.get(k) or field_label(k)) for k in keys]

    def summary(self, x: Listing) -> dict[str, str]:
        """A listing as short texts per part, to compare two versions."""
        from kiosk.whatson.listing_editor import feature_label

        translate = QCoreApplication.translate
        words = self._text()
        return {
            "title": x.title, "category": x.category, "summary": x.summary, "description": x.description,
            "when": self.when_text(x), "where": ", ".join(p for p in (x.place.room, x.place.building,
                                                                       x.place.address) if p),
            "price": words.price_text(x.price), "organiser": x.organiser,
            "contact": ", ".join(p for p in (x.contact.phone, x.contact.email, x.contact.website) if p),
            "audience": x.audience,
            "drop_in": translate("listings", "Yes") if x.drop_in else translate("listings", "No"),
            "access": ", ".join([feature_label(f) for f in sorted(x.accessibility.features)] +
                                ([x.accessibility.note] if x.accessibility.note else [])),
            "languages": ", ".join(x.languages),
            "dates": f"{x.valid_from or ''} – {x.valid_to or ''}" if x.valid_from or x.valid_to else "",
            "photo": translate("listings", "A photo") if x.photo else translate("listings", "No photo"),
            "kind": translate("listings", "Activity") if x.kind is Kind.ACTIVITY else translate("listings", "Space"),
        }

    def _finish_conflict(self) -> None:
        self._conflict = None
        self._conflict_info = {}
        self.conflictChanged.emit()

    @Slot()
    def keepTheirs(self) -> None:
        """Their version stays; the edit made here is dropped (its notice dismissed)."""
        conflict = self._conflict
        if conflict is None or not self._allowed():
            return
        self._finish_conflict()
        done = QCoreApplication.translate("listings", "Kept the other version. Your change was dropped.")
        if conflict.change_id is None:
            self._done(done)
            return
        service, change_id = self._service, conflict.change_id
        self._background.op(lambda: service().dismiss(change_id)).success(lambda _r: self._done(done)) \
            .failure(self._load_failed).run()

    @Slot()
    def applyMine(self) -> None:
        """The edit made here again, on top of their version (which it replaces)."""
        conflict = self._conflict
        if conflict is None or conflict.theirs is None or self._busy or not self._allowed():
            return
        self._finish_conflict()
        service, version, label = self._service, conflict.theirs.version, self._label
        theirs = conflict.theirs.listing
        mine = conflict.mine
        self._set_busy(True)
        if conflict.archiving or mine is None:
            op = self._background.op(lambda: service().archive(theirs.id, version, label))
        else:
            op = self._background.op(lambda: service().save(mine, version, label))
        op.success(lambda _s: self._done(QCoreApplication.translate(
            "listings", "Your change is saved again, on top of the other one.")))
        op.failure(lambda e: self._failed(e, mine or theirs, version, archiving=mine is None)).run()

    @Slot()
    def editMine(self) -> None:
        """Opens the edit made here in the editor, based on their version, to combine the two by hand."""
        conflict = self._conflict
        if conflict is None or conflict.theirs is None or conflict.mine is None or not self._allowed():
            return
        self._finish_conflict()
        photo = self._loaded.photo_url(conflict.mine)
        self._editor.start_from(conflict.mine, conflict.theirs.version, self.categories(), photo)
        self._shell.show(EDIT_SCREEN)

    @Slot()
    def closeConflict(self) -> None:
        self._shell.activity()
        self._finish_conflict()
        self._shell.show(LIST_SCREEN)
