"""The stale-edit screen: an edit made here that someone else's change got to first, shown with both versions
(only what differs) and a choice — keep theirs, apply mine again on top of theirs, or edit mine by hand.

Their version is read fresh on the database thread when the screen opens; every change runs there too
(`ListingService`, through `background`). What the choice did is handed to the staff list (`finished`, an
Outcome; `failed`, an error) to say. The rows' words are made when read. Thread: GUI.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.errors import StaleEdit
from kiosk.shell.shell_model import ShellViewModel
from kiosk.whatson.editor_photo_model import EDIT_SCREEN
from kiosk.whatson.language import LanguageNow
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.rules.listings import Listing
from kiosk.whatson.staff_words import SUMMARY_KEYS, Done, Outcome, summary, summary_label, yes_no

if TYPE_CHECKING:
    from kiosk.whatson.listing_editor import ListingEditorViewModel
    from kiosk.whatson.store import ListingService, StoredListing

STALE_SCREEN, LIST_SCREEN = "staff.listing.stale", "staff.listings"


@dataclass(frozen=True)
class Conflict:
    """Two versions of one listing: theirs (now current) and the edit made here."""

    listing_id: uuid.UUID
    theirs: StoredListing | None  # None: it is gone (not this site's any more)
    mine: Listing | None  # None: the edit was an archive
    change_id: uuid.UUID | None  # the stale notice, when the sync told us; None when the save found out
    archiving: bool = False


class ListingConflictModel(QObject):
    titleChanged = Signal()
    textChanged = Signal()
    goneChanged = Signal()
    archivingChanged = Signal()
    busyChanged = Signal()
    finished = Signal(object)  # an Outcome, when a choice is done
    failed = Signal(object)  # the error, when one could not be done

    def __init__(self, service: Callable[[], ListingService], background: Background, shell: ShellViewModel,
                 staff_active: Callable[[], bool], editor: ListingEditorViewModel, language: LanguageNow,
                 label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._background, self._shell = service, background, shell
        self._staff_active, self._editor, self._language, self._label = staff_active, editor, language, label
        self._conflict: Conflict | None = None
        self._compared: Conflict | None = None  # the last one shown: its rows' two versions
        self._busy = False
        self._rows = RowsModel(("key", "label", "theirs", "mine"), self._row, self)
        self._categories: Callable[[], list[str]] = list
        self._photo_url: Callable[[Listing], str] = lambda _x: ""
        language.on_change(self._retranslate)
        shell.on_home(lambda: self._set(None))

    def use(self, categories: Callable[[], list[str]], photo_url: Callable[[Listing], str]) -> None:
        """Where "combine by hand" finds the categories in use and a listing's photo."""
        self._categories, self._photo_url = categories, photo_url

    # -- properties -----------------------------------------------------------------------------------------
    @Property(str, notify=titleChanged)
    def title(self) -> str:
        return self._title()

    @Property(str, notify=textChanged)
    def text(self) -> str:
        if self._conflict is None:
            return ""
        return QCoreApplication.translate(
            "listings", "Someone else changed “%1” after you started, so your change was not applied. Nothing "
                        "is lost: choose which version visitors should see.").replace("%1", self._title())

    @Property(bool, notify=goneChanged)
    def gone(self) -> bool:
        """Their version is no longer this site's: mine cannot be applied."""
        return self._conflict is not None and self._conflict.theirs is None

    @Property(bool, notify=archivingChanged)
    def archiving(self) -> bool:
        """The edit made here was an archive."""
        return self._conflict is not None and self._conflict.archiving

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(QObject, constant=True)
    def rows(self) -> RowsModel:
        """What differs: the part, their version's text and the edit made here."""
        return self._rows

    # -- opening ------------------------------------------------------------------------------------------
    def open(self, listing_id: uuid.UUID, mine: Listing | None, change_id: uuid.UUID | None,
             archiving: bool = False) -> None:
        """Reads their version fresh (on the database thread), then shows both."""
        service = self._service
        self._background.op(lambda: service().listing(listing_id)) \
            .success(lambda theirs: self.show(Conflict(listing_id, theirs, mine, change_id, archiving))) \
            .failure(self.failed.emit).run()

    def open_stale_save(self, listing: Listing, _version: int) -> None:
        """The editor's Save found someone else's change first."""
        self.open(listing.id, listing, None)

    def show(self, conflict: Conflict) -> None:
        self._set(conflict)
        self._compared = conflict
        theirs = conflict.theirs.listing if conflict.theirs is not None else None
        keys: list[str] = []
        if conflict.mine is not None and theirs is not None:
            words = self._language.words()
            a, b = summary(words, theirs), summary(words, conflict.mine)
            keys = [k for k in SUMMARY_KEYS if a.get(k, "") != b.get(k, "")]
        elif conflict.archiving and theirs is not None:
            keys = ["archived"]
        self._rows.reset(keys)
        self._shell.show(STALE_SCREEN)

    # -- the choice -----------------------------------------------------------------------------------------
    def _allowed(self) -> bool:
        self._shell.activity()
        return self._staff_active()

    @Slot()
    def keepTheirs(self) -> None:
        """Their version stays; the edit made here is dropped (its notice dismissed)."""
        conflict = self._conflict
        if conflict is None or not self._allowed():
            return
        self._set(None)
        done = Outcome(Done.KEPT_THEIRS)
        if conflict.change_id is None:
            self.finished.emit(done)
            return
        service, change_id = self._service, conflict.change_id
        self._background.op(lambda: service().dismiss(change_id)).success(lambda _r: self.finished.emit(done)) \
            .failure(self.failed.emit).run()

    @Slot()
    def applyMine(self) -> None:
        """The edit made here again, on top of their version (which it replaces)."""
        conflict = self._conflict
        if conflict is None or conflict.theirs is None or self._busy or not self._allowed():
            return
        self._set(None)
        service, version, label = self._service, conflict.theirs.version, self._label
        theirs, mine = conflict.theirs.listing, conflict.mine
        self._set_busy(True)
        if conflict.archiving or mine is None:
            op = self._background.op(lambda: service().archive(theirs.id, version, label))
        else:
            op = self._background.op(lambda: service().save(mine, version, label))
        op.success(lambda _s: self._applied()).failure(lambda e: self._not_applied(e, mine, theirs)).run()

    @Slot()
    def editMine(self) -> None:
        """Opens the edit made here in the editor, based on their version, to combine the two by hand."""
        conflict = self._conflict
        if conflict is None or conflict.theirs is None or conflict.mine is None or not self._allowed():
            return
        self._set(None)
        self._editor.start_from(conflict.mine, conflict.theirs.version, self._categories(),
                                self._photo_url(conflict.mine))
        self._shell.show(EDIT_SCREEN)

    @Slot()
    def closeConflict(self) -> None:
        self._shell.activity()
        self._set(None)
        self._shell.show(LIST_SCREEN)

    def _applied(self) -> None:
        self._set_busy(False)
        self.finished.emit(Outcome(Done.SAVED_AGAIN))

    def _not_applied(self, error: BaseException, mine: Listing | None, theirs: Listing) -> None:
        self._set_busy(False)
        if isinstance(error, StaleEdit):  # changed again meanwhile: both versions once more
            self.open(theirs.id, mine, None, archiving=mine is None)
        else:
            self.failed.emit(error)

    # -- state --------------------------------------------------------------------------------------------
    def _title(self) -> str:
        c = self._conflict
        shown = (c.mine or (c.theirs.listing if c.theirs else None)) if c else None
        return shown.title if shown is not None else ""

    def _set(self, conflict: Conflict | None) -> None:
        self._conflict = conflict
        for signal in (self.titleChanged, self.textChanged, self.goneChanged, self.archivingChanged):
            signal.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    def _row(self, key: str) -> tuple[str, str, str, str]:
        c = self._compared
        if c is None or c.theirs is None:
            return key, summary_label(key), "", ""
        if key == "archived":
            return key, summary_label(key), yes_no(not c.theirs.archived), \
                QCoreApplication.translate("listings", "No (archived)")
        words = self._language.words()
        mine: Any = summary(words, c.mine)[key] if c.mine is not None else ""
        return key, summary_label(key), summary(words, c.theirs.listing)[key], mine

    def _retranslate(self) -> None:
        self.textChanged.emit()
        self._rows.remake()
