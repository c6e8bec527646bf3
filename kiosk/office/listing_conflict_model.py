"""The office's conflict view and visitor preview for listings.

`OfficeListingConflict` — `listings.conflict`: a save (or an archive) that someone else's change got to first.
Their version is read fresh, and both are shown side by side, field by field, only what differs (the kiosk's
own comparison: kiosk.whatson.staff_words.summary); then "Keep theirs" (mine is dropped), "Use mine" (saved
again, based on theirs — if it changed yet again, both are shown once more) or "Combine by hand" (the editor
opens with mine, based on theirs). Nothing is written until a person chooses.

`OfficeListingPreview` — `listings.preview`: a listing as a visitor sees it, from the same detail rules as the
kiosk's detail screen (kiosk.whatson.detail_model.detail_of over rules/listing_detail.py).
Thread: GUI (reads and saves on the database thread).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.office.listing_editor_model import OfficeListingEditor, save_failed_words
from kiosk.office.listings_store import ListingSaveError, OfficeListing, current, save
from kiosk.office.session_store import Session
from kiosk.whatson.detail_model import ListingDetail, detail_of
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.listing_text import ListingWords, words_for
from kiosk.whatson.rules.listings import Listing
from kiosk.whatson.staff_words import SUMMARY_KEYS, summary, summary_label, yes_no


def _words_now() -> ListingWords:
    """Dates, times and prices in the language in use now (the language switch sets the default locale)."""
    return words_for(QLocale().name())


@dataclass(frozen=True)
class Conflict:
    site: str
    theirs: OfficeListing | None  # None: it is gone (or no longer this login's to see)
    mine: Listing | None  # None: the edit was an archive of theirs
    archiving: bool = False


class OfficeListingConflict(QObject):
    shownChanged = Signal()
    textChanged = Signal()
    theirsByChanged = Signal()
    goneChanged = Signal()
    busyChanged = Signal()
    finished = Signal(object)  # what the choice did: words made when read (kiosk.shell.language.Words)

    def __init__(self, background: Background, editor: OfficeListingEditor, tz: ZoneInfo,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background, self._editor, self._tz, self._now = background, editor, tz, now
        self._session: Session | None = None
        self._conflict: Conflict | None = None
        self._busy = False
        self._rows = RowsModel(("key", "label", "theirs", "mine", "differs"), self._row, self)
        self._categories: Callable[[], list[str]] = list
        self._photo_url: Callable[[str, str], str] = lambda _site, _key: ""

    def use(self, categories: Callable[[], list[str]], photo_url: Callable[[str, str], str]) -> None:
        """Where "combine by hand" finds the categories in use and a photo's URL (site, key)."""
        self._categories, self._photo_url = categories, photo_url

    def attach(self, session: Session | None) -> None:
        self._session = session
        self._set(None)

    # -- what QML reads ----------------------------------------------------------------------------------------
    @Property(bool, notify=shownChanged)
    def shown(self) -> bool:
        return self._conflict is not None

    @Property(str, notify=textChanged)
    def text(self) -> str:
        c = self._conflict
        if c is None:
            return ""
        title = (c.mine or (c.theirs.listing if c.theirs else None))
        return QCoreApplication.translate(
            "office", "Someone else changed “%1” after you opened it, so your change was not saved. Nothing is "
                      "lost: compare the two versions and choose which one visitors should see.").replace(
            "%1", title.title if title is not None else "")

    @Property(str, notify=theirsByChanged)
    def theirsBy(self) -> str:
        """Who changed it, and when ("" when not known)."""
        c = self._conflict
        if c is None or c.theirs is None:
            return ""
        at = c.theirs.updated_at
        when = at.astimezone(self._tz).strftime("%d %b %Y, %H:%M") if at is not None else ""
        return QCoreApplication.translate("office", "Their version (changed by %1, %2)").replace(
            "%1", c.theirs.updated_by or "?").replace("%2", when)

    @Property(bool, notify=goneChanged)
    def gone(self) -> bool:
        """Their version is no longer there: yours cannot be based on it."""
        return self._conflict is not None and self._conflict.theirs is None

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(QObject, constant=True)
    def rows(self) -> RowsModel:
        """Every part: key, label, their text, mine, and whether they differ."""
        return self._rows

    # -- opening -------------------------------------------------------------------------------------------------
    def open(self, mine: Listing | None, site: str, listing_id: uuid.UUID | None, archiving: bool = False) -> None:
        """Reads their version fresh (database thread), then shows both."""
        session = self._session
        if session is None or listing_id is None:
            return
        engine, tz, now = session.engine, self._tz, self._now()
        self._background.op(lambda: current(engine, site, listing_id, now, tz)) \
            .success(lambda theirs: self.show(Conflict(site, theirs, mine, archiving))) \
            .failure(lambda e: self.finished.emit(lambda: save_failed_words(e))).run()

    def show(self, conflict: Conflict) -> None:
        self._set(conflict)
        self._rows.reset([*SUMMARY_KEYS, "archived"] if conflict.theirs is not None else [])

    # -- the choice ----------------------------------------------------------------------------------------------
    @Slot()
    def keepTheirs(self) -> None:
        if self._conflict is not None:
            self._set(None)
            self.finished.emit(lambda: QCoreApplication.translate("listings", "Kept the other version. Your change "
                                                                              "was dropped."))

    @Slot()
    def useMine(self) -> None:
        c, session = self._conflict, self._session
        if c is None or c.theirs is None or session is None or self._busy:
            return
        theirs = c.theirs
        listing = c.mine if c.mine is not None else theirs.listing
        engine, by = session.engine, session.person.name
        self._set_busy(True)
        self._background.op(lambda: save(engine, c.site, listing, theirs.version, by, archived=c.archiving)) \
            .success(lambda _v: self._applied()).failure(lambda e: self._not_applied(e, c)).run()

    @Slot()
    def combineByHand(self) -> None:
        c = self._conflict
        if c is None or c.theirs is None or c.mine is None:
            return
        self._set(None)
        self._editor.start_edit(c.site, c.mine, c.theirs.version, self._categories(),
                                self._photo_url(c.site, c.mine.photo or ""))

    def _applied(self) -> None:
        self._set_busy(False)
        self._set(None)
        self.finished.emit(lambda: QCoreApplication.translate(
            "office", "Your version is saved, based on theirs. The site's kiosks show it after their next sync."))

    def _not_applied(self, error: BaseException, c: Conflict) -> None:
        self._set_busy(False)
        if isinstance(error, ListingSaveError) and error.code == "stale":  # changed again: both once more
            listing_id = c.mine.id if c.mine is not None else c.theirs.listing.id if c.theirs else None
            self.open(c.mine, c.site, listing_id, c.archiving)
            return
        self._set(None)
        self.finished.emit(lambda: save_failed_words(error))

    # -- rows and state ------------------------------------------------------------------------------------------
    def _row(self, key: str) -> tuple[str, str, str, str, bool]:
        c = self._conflict
        if c is None or c.theirs is None:
            return key, summary_label(key), "", "", False
        words = words_for(QLocale().name())
        if key == "archived":
            theirs_text = yes_no(not c.theirs.archived)
            mine_text = yes_no(not c.archiving and (c.mine is not None or not c.theirs.archived))
        else:
            theirs_text = summary(words, c.theirs.listing)[key]
            mine_text = summary(words, c.mine)[key] if c.mine is not None else theirs_text
        return key, summary_label(key), theirs_text, mine_text, theirs_text != mine_text

    def retranslate(self) -> None:
        """The language changed: the sentence, who changed it and every row said again."""
        self.textChanged.emit()
        self.theirsByChanged.emit()
        self._rows.remake()

    def _set(self, conflict: Conflict | None) -> None:
        was = self._conflict is not None
        self._conflict = conflict
        # Closing leaves the rows as they were (hidden with the view): emptying them while the list may still be
        # making a row's delegate in the background makes Qt cancel an index that is no longer there.
        self.textChanged.emit()
        self.theirsByChanged.emit()
        self.goneChanged.emit()
        if was != (conflict is not None) or conflict is not None:
            self.shownChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()


class OfficeListingPreview(QObject):
    detailChanged = Signal()
    shownChanged = Signal()

    def __init__(self, tz: ZoneInfo, now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz, self._now = tz, now
        self._detail = ListingDetail(None, "", _words_now, self)
        self._shown: tuple[Listing, str, str] | None = None  # (listing, photo URL, site) while shown

    @Property(QObject, notify=detailChanged)
    def detail(self) -> ListingDetail:
        return self._detail

    @Property(bool, notify=shownChanged)
    def shown(self) -> bool:
        return self._detail.listing is not None

    def show_listing(self, listing: Listing, photo_url: str, site: str = "kiosk") -> None:
        old = self._detail
        self._shown = (listing, photo_url, site)
        self._detail = detail_of(listing, photo_url, self._now(), self._tz, _words_now, self, site=site)
        self.detailChanged.emit()
        self.shownChanged.emit()
        old.deleteLater()

    @Slot()
    def close(self) -> None:
        if self._detail.listing is not None:
            self.show_empty()

    def retranslate(self) -> None:
        """The language changed: the listing shown (if any) is made again in the new one."""
        if self._shown is not None and self._detail.listing is not None:
            self.show_listing(*self._shown)

    def show_empty(self) -> None:
        old = self._detail
        self._shown = None
        self._detail = ListingDetail(None, "", _words_now, self)
        self.detailChanged.emit()
        self.shownChanged.emit()
        old.deleteLater()
