"""The office's Listings page: every listing of the sites the person may see (row-level security decides),
searchable, with its site, kind, title, next date and whether it is archived; Add (an activity or a space, for
one of their sites), Edit, Copy, Archive, Restore and Preview. The editor (`editor`), the conflict view
(`conflict`) and the visitor preview (`preview`) are its parts (kiosk.office.listing_editor_model,
kiosk.office.listing_conflict_model); every write is made as the signed-in person
(kiosk.office.listings_store) and reaches the site's kiosks with their next sync. Managers read every site's
listings; each site's staff change them (PostgreSQL gives managers no edits), so `canEdit` is false for them
(the demo's SQLite central, which has no logins, lets whoever opens it edit).
Thread: GUI (reads and writes on the database thread).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.config import Config
from kiosk.office.listing_conflict_model import OfficeListingConflict, OfficeListingPreview
from kiosk.office.listing_editor_model import OfficeListingEditor, save_failed_words
from kiosk.office.listings_store import ListingSaveError, Loaded, OfficeListing, load, save
from kiosk.office.page_model import PageModel
from kiosk.office.session_store import Session
from kiosk.shell.language import Words, words
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.listing_text import ListingWords, words_for
from kiosk.whatson.rules.listings import Kind
from kiosk.whatson.staff_words import kind_label, when_text

ROLES = ("id", "site", "kind", "kindLabel", "title", "category", "when", "next", "archived", "photo")


translate = QCoreApplication.translate  # lupdate reads translate("office", "…") calls (a wrapper hides them)


def _words() -> ListingWords:
    """The date and time formatter for the language in use now (the language switch sets the default locale)."""
    return words_for(QLocale().name())


class OfficeListingsModel(PageModel):
    searchChanged = Signal()
    showArchivedChanged = Signal()
    countChanged = Signal()
    canEditChanged = Signal()
    sitesChanged = Signal()
    refreshed = Signal()
    done = Signal(str)  # what an action did, in words (tests and scenes wait on it)

    def __init__(self, background: Background, config: Config, now: Callable[[], datetime] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = background
        self._tz = ZoneInfo(config.timezone)
        self._now = now or (lambda: datetime.now(UTC))
        self._cache = Path(tempfile.mkdtemp(prefix="kiosk-office-photos-"))
        self._session: Session | None = None
        self._loaded = Loaded()
        self._search, self._archived = "", False
        self._rows = RowsModel(ROLES, self._row, self)
        self._editor = OfficeListingEditor(background, self._cache, self._tz, self._now, self)
        self._conflict = OfficeListingConflict(background, self._editor, self._tz, self._now, self)
        self._preview = OfficeListingPreview(self._tz, self._now, self)
        self.editor_model, self.conflict_model, self.preview_model = self._editor, self._conflict, self._preview
        self.rows_model = self._rows  # (for Python callers: tests and scenes)
        self._conflict.use(self.categories, self._photo_url)
        self._editor.saved.connect(self._saved)
        self._editor.stale.connect(lambda listing, site, _v: self._conflict.open(listing, site, listing.id))
        self._editor.previewRequested.connect(
            lambda listing, photo: self._preview.show_listing(listing, photo, self._editor.site_id))
        self._conflict.finished.connect(self._finished)

    def attach(self, session: Session | None) -> None:
        if session is None:  # signed out: the photos read or chosen go too (a few files; made again on use)
            shutil.rmtree(self._cache, ignore_errors=True)
        self._session, self._loaded, self._message = session, Loaded(), ""
        self._editor.attach(session)
        self._conflict.attach(session)
        self._preview.close()
        for signal in (self.canEditChanged, self.sitesChanged, self.messageChanged):
            signal.emit()
        self._filter()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        session = self._session
        if session is None:
            return
        engine, sites, now, tz, cache = session.engine, session.person.sites, self._now(), self._tz, self._cache
        self._set_busy(True)
        self._background.op(lambda: load(engine, sites, now, tz, cache)).success(self._loaded_ok) \
            .failure(self._load_failed).run()

    def _loaded_ok(self, loaded: Loaded) -> None:
        self._loaded = loaded
        self._filter()
        self._set_busy(False)
        self.refreshed.emit()

    def _load_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._say((lambda: save_failed_words(error)) if not isinstance(error, ListingSaveError) else str(error))
        self.refreshed.emit()

    def _filter(self) -> None:
        needle = self._search.casefold().strip()
        rows = [x for x in self._loaded.items if (self._archived or not x.archived) and (
            not needle or any(needle in t.casefold() for t in (x.listing.title, x.listing.category, x.site,
                                                              x.listing.place.building, x.listing.summary)))]
        self._rows.reset(rows)
        self.countChanged.emit()

    # -- what QML reads --------------------------------------------------------------------------------------
    @Property(QObject, constant=True)
    def rows(self) -> RowsModel:
        """The listings shown: id, site, kind, kindLabel, title, category, when, next, archived, photo."""
        return self._rows

    @Property(QObject, constant=True)
    def editor(self) -> OfficeListingEditor:
        return self._editor

    @Property(QObject, constant=True)
    def conflict(self) -> OfficeListingConflict:
        return self._conflict

    @Property(QObject, constant=True)
    def preview(self) -> OfficeListingPreview:
        return self._preview

    @Property(str, notify=searchChanged)
    def search(self) -> str:
        return self._search

    @Property(bool, notify=showArchivedChanged)
    def showArchived(self) -> bool:
        return self._archived

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return self._rows.rowCount()

    @Property(bool, notify=canEditChanged)
    def canEdit(self) -> bool:
        return self._session is not None and (self._session.person.kind == "staff" or self._session.is_sqlite)

    @Property(list, notify=sitesChanged)
    def sites(self) -> list[str]:
        """The sites a new listing may be for."""
        return list(self._session.person.sites) if self._session is not None else []

    # -- what people do --------------------------------------------------------------------------------------
    @Slot(str)
    def setSearch(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.searchChanged.emit()
            self._filter()

    @Slot(bool)
    def setShowArchived(self, show: bool) -> None:
        if show != self._archived:
            self._archived = show
            self.showArchivedChanged.emit()
            self._filter()

    @Slot(str)
    def addActivity(self, site: str) -> None:
        self._add(site, Kind.ACTIVITY)

    @Slot(str)
    def addSpace(self, site: str) -> None:
        self._add(site, Kind.SPACE)

    def _add(self, site: str, kind: Kind) -> None:
        if self.canEdit and self._session is not None and site in self._session.person.sites:
            self._say("")
            self._editor.start_new(site, kind, self.categories())

    @Slot(str)
    def edit(self, listing_id: str) -> None:
        x = self._find(listing_id)
        if x is not None and self.canEdit:
            self._say("")
            self._editor.start_edit(x.site, x.listing, x.version, self.categories(),
                                    self._photo_url(x.site, x.listing.photo or ""))

    @Slot(str)
    def copy(self, listing_id: str) -> None:
        x = self._find(listing_id)
        if x is not None and self.canEdit:
            self._say("")
            self._editor.start_copy(x.site, x.listing, self.categories(),
                                    self._photo_url(x.site, x.listing.photo or ""))

    @Slot(str)
    def previewListing(self, listing_id: str) -> None:
        x = self._find(listing_id)
        if x is not None:
            self._preview.show_listing(x.listing, self._photo_url(x.site, x.listing.photo or ""), x.site)

    @Slot(str)
    def archive(self, listing_id: str) -> None:
        self._archive(listing_id, True)

    @Slot(str)
    def restore(self, listing_id: str) -> None:
        self._archive(listing_id, False)

    def _archive(self, listing_id: str, archived: bool) -> None:
        x, session = self._find(listing_id), self._session
        if x is None or session is None or not self.canEdit or x.archived == archived or self._busy:
            return
        engine, by = session.engine, session.person.name
        self._set_busy(True)
        self._background.op(lambda: save(engine, x.site, x.listing, x.version, by, archived=archived)) \
            .success(lambda _v: self._saved(x.listing.title, "archived" if archived else "restored")) \
            .failure(lambda e: self._archive_failed(e, x, archived)).run()

    def _archive_failed(self, error: BaseException, x: OfficeListing, archived: bool) -> None:
        self._set_busy(False)
        if isinstance(error, ListingSaveError) and error.code == "stale":
            self._conflict.open(None if archived else x.listing, x.site, x.listing.id, archiving=archived)
        else:
            self._finished(save_failed_words(error))

    # -- after an action -------------------------------------------------------------------------------------
    def _saved(self, title: str, what: str) -> None:
        self._set_busy(False)

        def said() -> str:
            if what == "archived":
                return translate("office", "Archived “%1”. Visitors no longer see it after the kiosks' next sync; "
                                           "Restore brings it back.").replace("%1", title)
            if what == "restored":
                return translate("office", "Restored “%1”. Visitors see it again after the kiosks' next "
                                           "sync.").replace("%1", title)
            return translate("office", "Saved “%1”. The site's kiosks show it after their next sync.") \
                .replace("%1", title)

        self._finished(said)

    def _finished(self, said: Words) -> None:
        self._say(said)
        self.done.emit(words(said))
        self.refresh()

    def retranslate(self) -> None:
        """The language changed: the message, every row's words and dates, the editor and the conflict view."""
        super().retranslate()
        self._rows.remake()
        self._editor.retranslate()
        self._conflict.retranslate()
        self._preview.retranslate()

    # -- helpers ---------------------------------------------------------------------------------------------
    def categories(self) -> list[str]:
        from kiosk.whatson.rules.whats_on import categories

        return list(categories(x.listing for x in self._loaded.items))

    def _photo_url(self, site: str, key: str) -> str:
        return self._loaded.photos.get((site, key), "") if key else ""

    def find(self, listing_id: str) -> OfficeListing | None:
        """The listing with this id as last read (None: not among this login's)."""
        return self._find(listing_id)

    def _find(self, listing_id: str) -> OfficeListing | None:
        return next((x for x in self._loaded.items if str(x.listing.id) == listing_id), None)

    def _row(self, x: OfficeListing) -> tuple[Any, ...]:
        words = _words()
        listing = x.listing
        if listing.kind is Kind.SPACE:
            upcoming = translate("office", "Opening hours")
        elif x.next_on is not None:
            on = x.next_on.astimezone(self._tz)
            upcoming = f"{words.date_text(on.date())}, {words.clock(on)}"
        else:
            upcoming = translate("office", "No dates planned")
        return (str(listing.id), x.site, listing.kind.value, kind_label(listing.kind), listing.title,
                listing.category, when_text(words, listing), upcoming, x.archived,
                self._photo_url(x.site, listing.photo or ""))
