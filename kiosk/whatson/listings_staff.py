"""Staff listings: every listing of the site with its state (waiting to sync, not applied, archived), the
way into the editor (add, edit, copy), archive and restore, and a preview as visitors see it —
`models.listingsStaff`. Its part `conflict` is the stale-edit screen (kiosk.whatson.conflict_model).

Everything the store does runs on the database thread (`ListingService`, through `background`); the
lists are reset when the answers come back. What just happened is kept as an Outcome or an error and said
in words when read (kiosk.whatson.staff_words, kiosk.shell.error_words). Thread: GUI.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.errors import KioskError, StaleEdit, StorageError
from kiosk.core.event_hub import EventHub
from kiosk.shell.error_words import error_words
from kiosk.whatson.conflict_model import Conflict, ListingConflictModel
from kiosk.whatson.editor_save_model import staff_label
from kiosk.whatson.language import LanguageNow
from kiosk.whatson.listing_editor import EDIT_SCREEN, ListingEditorViewModel
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.rules.listings import Kind, Listing
from kiosk.whatson.staff_words import Done, Outcome, kind_label, notice_text, outcome_words, status_of, when_text

if TYPE_CHECKING:
    from kiosk.core.background import Background
    from kiosk.core.config import Config
    from kiosk.shell.shell_model import ShellViewModel
    from kiosk.whatson.store import ListingService, StaleNotice, StoredListing

__all__ = ["LIST_SCREEN", "PREVIEW_SCREEN", "STALE_SCREEN", "Conflict", "ListingsStaffViewModel", "Loaded"]
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


class ListingsStaffViewModel(QObject):
    loadingChanged = Signal()
    busyChanged = Signal()
    showArchivedChanged = Signal()
    messageChanged = Signal()
    archivedCountChanged = Signal()
    countChanged = Signal()

    def __init__(self, config: Config, service: Callable[[], ListingService], background: Background,
                 shell: ShellViewModel, staff_active: Callable[[], bool], editor: ListingEditorViewModel,
                 events: EventHub | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._background, self._shell = service, background, shell
        self._staff_active, self._editor = staff_active, editor
        self._label = staff_label(config.kiosk_id)
        self._language = LanguageNow(shell.current_language(), events)  # a view model may be made after a switch
        self._loaded = Loaded((), (), {})
        self._by_id: dict[str, StoredListing] = {}
        self._loading = False
        self._show_archived = False
        self._outcome: Outcome | None = None  # what just happened …
        self._error: BaseException | None = None  # … or what went wrong
        self._busy = False
        self._rows = RowsModel(ROW_ROLES, self._row, self)
        self._notices = RowsModel(("key", "listingId", "title", "text"), self._notice_row, self)
        self._preview: Callable[[Listing, str, str], None] | None = None
        self._conflict = ListingConflictModel(service, background, shell, staff_active, editor, self._language,
                                              self._label, self)
        self.conflict_model = self._conflict  # for Python callers
        self._conflict.use(self.categories, self._loaded.photo_url)
        self._conflict.finished.connect(self._done)
        self._conflict.failed.connect(self._went_wrong)
        editor.saving_model.saved.connect(self._saved)
        editor.saving_model.staleSave.connect(self._conflict.open_stale_save)
        self._language.on_change(self._retranslate)
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

    @Property(QObject, constant=True)
    def conflict(self) -> ListingConflictModel:
        """The stale-edit screen: both versions, and the choice."""
        return self._conflict

    @Property(bool, notify=loadingChanged)
    def loading(self) -> bool:
        return self._loading

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(bool, notify=showArchivedChanged)
    def showArchived(self) -> bool:
        return self._show_archived

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        """What just happened: "Saved …", "Archived …", or what went wrong."""
        if self._error is not None:
            return error_words(self._error)
        return outcome_words(self._outcome) if self._outcome is not None else ""

    @Property(int, notify=archivedCountChanged)
    def archivedCount(self) -> int:
        return sum(1 for i in self._loaded.items if i.archived)

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return self._rows.rowCount()

    # -- loading ----------------------------------------------------------------------------------------------
    def _on_screen(self) -> None:
        if self._shell.screen == LIST_SCREEN and self._staff_active():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self._loading:
            return
        self._set_loading(True)
        self._background.op(_load, self._service).success(self._loaded_ok).failure(self._load_failed).run()

    def _loaded_ok(self, loaded: Loaded) -> None:
        self._loaded = loaded
        self._by_id = {str(i.listing.id): i for i in loaded.items}
        self._conflict.use(self.categories, loaded.photo_url)
        self._show()
        self._set_loading(False)

    def _load_failed(self, error: BaseException) -> None:
        self._went_wrong(error)
        self._set_loading(False)

    def _went_wrong(self, error: BaseException) -> None:
        log.error("the listings could not be read or changed", exc_info=error)
        self._say(None, error if isinstance(error, KioskError) else StorageError(str(error)))

    def _show(self) -> None:
        self._rows.reset([i for i in self._loaded.items if self._show_archived or not i.archived])
        self._notices.reset(self._loaded.notices)
        self.countChanged.emit()
        self.archivedCountChanged.emit()

    def _reset(self) -> None:
        self._outcome, self._error = None, None
        self._set_show_archived(False)

    def categories(self) -> list[str]:
        from kiosk.whatson.rules.whats_on import categories

        return list(categories(i.listing for i in self._loaded.items))

    # -- rows (made when read) ----------------------------------------------------------------------------
    def _row(self, item: StoredListing) -> tuple[Any, ...]:
        from kiosk.whatson.listing_text import category_icon, tint_index

        x = item.listing
        status, kind = status_of(item)
        label = kind_label(x.kind)
        when = when_text(self._language.words(), x)
        spoken = ". ".join(p for p in (x.title, label, x.category, when, status) if p)
        return (str(x.id), x.title, x.kind.value, label, x.category, when, status, kind, item.archived,
                self._loaded.photo_url(x), category_icon(x.category), tint_index(x.category), spoken)

    @staticmethod
    def _notice_row(n: StaleNotice) -> tuple[str, str, str, str]:
        return str(n.change_id), str(n.listing_id), n.title, notice_text(n)

    def _retranslate(self) -> None:
        self._rows.remake()
        self._notices.remake()
        self.messageChanged.emit()

    # -- slots ------------------------------------------------------------------------------------------------
    def _allowed(self) -> bool:
        self._shell.activity()
        return self._staff_active()

    @Slot(bool)
    def setShowArchived(self, show: bool) -> None:
        if self._allowed() and show != self._show_archived:
            self._set_show_archived(show)
            self._show()

    @Slot()
    def addActivity(self) -> None:
        self._add(Kind.ACTIVITY)

    @Slot()
    def addSpace(self) -> None:
        self._add(Kind.SPACE)

    def _add(self, kind: Kind) -> None:
        if self._allowed():
            self._say(None)
            self._editor.start_new(kind, self.categories())
            self._shell.show(EDIT_SCREEN)

    @Slot(str)
    def edit(self, listing_id: str) -> None:
        item = self._by_id.get(listing_id)
        if item is not None and self._allowed():
            self._say(None)
            self._editor.start_edit(item, self.categories(), self._loaded.photo_url(item.listing))
            self._shell.show(EDIT_SCREEN)

    @Slot(str)
    def copy(self, listing_id: str) -> None:
        item = self._by_id.get(listing_id)
        if item is not None and self._allowed():
            self._say(None)
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
            .success(lambda _s: self._done(Outcome(Done.ARCHIVED, item.listing.title))) \
            .failure(lambda e: self._failed(e, item.listing, archiving=True)).run()

    @Slot(str)
    def restore(self, listing_id: str) -> None:
        item = self._by_id.get(listing_id)
        if item is None or not item.archived or self._busy or not self._allowed():
            return
        service, version, label = self._service, item.version, self._label
        self._set_busy(True)
        self._background.op(lambda: service().save(item.listing, version, label)) \
            .success(lambda _s: self._done(Outcome(Done.RESTORED, item.listing.title))) \
            .failure(lambda e: self._failed(e, item.listing)).run()

    @Slot(str)
    def openNotice(self, change_id: str) -> None:
        if not self._allowed():
            return
        notice = next((n for n in self._loaded.notices if str(n.change_id) == change_id), None)
        if notice is not None:
            self._conflict.open(notice.listing_id, notice.proposed, notice.change_id, notice.archiving)

    @Slot()
    def back(self) -> None:
        self._shell.activity()
        self._shell.show("staff")

    # -- what happened ----------------------------------------------------------------------------------------
    def _done(self, outcome: Outcome) -> None:
        self._set_busy(False)
        self._say(outcome)
        if self._shell.screen != LIST_SCREEN and self._staff_active():
            self._shell.show(LIST_SCREEN)  # refreshes
        else:
            self.refresh()

    def _failed(self, error: BaseException, listing: Listing, archiving: bool = False) -> None:
        self._set_busy(False)
        if isinstance(error, StaleEdit):
            self._conflict.open(listing.id, None if archiving else listing, None, archiving)
            return
        if not isinstance(error, KioskError):
            log.error("a listing change could not be saved", exc_info=error)
            error = StorageError(str(error))
        self._say(None, error)

    def _saved(self, item: StoredListing) -> None:
        self._done(Outcome(Done.SAVED, item.listing.title))

    def _show_conflict(self, conflict: Conflict) -> None:
        """(The screenshot scenes show a conflict this way.)"""
        self._conflict.show(conflict)

    def _say(self, outcome: Outcome | None, error: BaseException | None = None) -> None:
        self._outcome, self._error = outcome, error
        self.messageChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit()

    def _set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self._show_archived = show
            self.showArchivedChanged.emit()
