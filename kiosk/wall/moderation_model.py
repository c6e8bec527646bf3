"""Staff moderation of the kindness wall: the waiting queue (with the filter's flags in words), the messages
on the wall (to hide or pin later), and the ones taken down (to show again).

Every decision runs on the database thread (kiosk.wall.desk → kiosk.wall.store); the staff lists reload after
it, and the public board refreshes when it hears the desk's WallChanged. Dates, flags, reasons and the line
after a decision (or its error, kiosk.shell.error_words) are put in words when read, and re-announced when the
language changes. Thread: GUI.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
    Slot,
)

from kiosk.core.background import Background
from kiosk.core.event_hub import EventHub
from kiosk.core.events import LanguageChanged
from kiosk.shell.error_words import error_words
from kiosk.shell.shell_model import ShellViewModel
from kiosk.wall.board_model import WallCardModel
from kiosk.wall.choices_model import WordChoices
from kiosk.wall.desk import WallDesk
from kiosk.wall.rules.messages import MessageStatus, WallMessage, WallTransitionError

if TYPE_CHECKING:
    from kiosk.wall.store import MessageRow

_DISPLAY_ROLE = 0
_USER_ROLE = 0x0100
TABS = ("waiting", "approved", "hidden")


def flag_words(flag: str) -> str:
    """A moderation flag key in plain words for staff (kiosk.wall.rules.moderation.Flag)."""
    words = {
        "abuse": QCoreApplication.translate("wall", "Rude or hurtful words"),
        "personal_phone": QCoreApplication.translate("wall", "A phone number"),
        "personal_email": QCoreApplication.translate("wall", "An email address"),
        "personal_postcode": QCoreApplication.translate("wall", "A postcode"),
        "personal_handle": QCoreApplication.translate("wall", "A social media name"),
        "link": QCoreApplication.translate("wall", "A web link"),
        "long_digits": QCoreApplication.translate("wall", "A long number"),
        "markup": QCoreApplication.translate("wall", "Web code (it would show as plain text)"),
        "hidden_characters": QCoreApplication.translate("wall", "Hidden characters (removed)"),
        "shouting": QCoreApplication.translate("wall", "All in capitals"),
        "spam": QCoreApplication.translate("wall", "Looks like spam"),
        "too_long": QCoreApplication.translate("wall", "Too long"),
        "empty": QCoreApplication.translate("wall", "Empty"),
        "personal_address": QCoreApplication.translate("wall", "A street address"),
        "personal_name": QCoreApplication.translate("wall", "A full name and a place"),
        "hurtful": QCoreApplication.translate("wall", "Reads as an insult"),
        "hateful": QCoreApplication.translate("wall", "Reads as hate"),
        "threat": QCoreApplication.translate("wall", "Reads as a threat"),
        "self_harm": QCoreApplication.translate("wall", "The writer may need help: please read it soon"),
        "not_kind": QCoreApplication.translate("wall", "Not clearly kind or thankful"),
    }
    return words.get(flag, flag)


REASONS = ("personal", "unkind", "spam", "other")


def reason_words(key: str) -> tuple[str, str]:
    """Why staff take a message down (stored as the words, and shown in the export): (label, hint)."""
    words = {"personal": QCoreApplication.translate("wall", "Personal details"),
             "unkind": QCoreApplication.translate("wall", "Not kind"),
             "spam": QCoreApplication.translate("wall", "Spam or advert"),
             "other": QCoreApplication.translate("wall", "Other reason")}
    return words.get(key, key), ""


def done_words(action: str) -> str:
    """What a decision did, said after it."""
    words = {
        "approve": QCoreApplication.translate("wall", "Approved — it is on the wall now."),
        "pin": QCoreApplication.translate("wall", "Pinned — it stays at the top of the wall."),
        "unpin": QCoreApplication.translate("wall", "Unpinned."),
        "reject": QCoreApplication.translate("wall", "Rejected — it will not be shown."),
        "hide": QCoreApplication.translate("wall", "Hidden — it has left the wall."),
        "unhide": QCoreApplication.translate("wall", "Shown again — it is back on the wall."),
    }
    return words.get(action, "")


@dataclass(frozen=True)
class StaffItem:
    id: str
    text: str
    created_at: datetime
    flags: frozenset[str]  # flag keys (shown in words, "; " between)
    status: str
    pinned: bool
    kiosk: str


class StaffMessageModel(QAbstractListModel):
    """A plain list of messages for staff (the queue, or the ones taken down)."""

    IdRole = _USER_ROLE + 1
    TextRole = _USER_ROLE + 2
    WhenRole = _USER_ROLE + 3
    FlagsRole = _USER_ROLE + 4
    StatusRole = _USER_ROLE + 5
    PinnedRole = _USER_ROLE + 6
    KioskRole = _USER_ROLE + 7

    countChanged = Signal()

    def __init__(self, labels: Callable[[datetime], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._items: list[StaffItem] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (_DISPLAY_ROLE, self.TextRole):
            return item.text
        if role == self.WhenRole:
            return self._labels(item.created_at)
        if role == self.FlagsRole:
            return "; ".join(flag_words(f) for f in sorted(item.flags))
        return {self.IdRole: item.id, self.StatusRole: item.status, self.PinnedRole: item.pinned,
                self.KioskRole: item.kiosk}.get(role)

    def roleNames(self) -> dict[int, QByteArray]:
        return {self.IdRole: QByteArray(b"messageId"), self.TextRole: QByteArray(b"text"),
                self.WhenRole: QByteArray(b"when"), self.FlagsRole: QByteArray(b"flags"),
                self.StatusRole: QByteArray(b"status"), self.PinnedRole: QByteArray(b"pinned"),
                self.KioskRole: QByteArray(b"kiosk")}

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._items)

    def replace(self, items: list[StaffItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()
        self.countChanged.emit()

    def ids(self) -> list[str]:
        return [i.id for i in self._items]

    def items(self) -> list[StaffItem]:
        return list(self._items)

    def retranslate(self) -> None:
        """The language changed: the views read the dates and flags again."""
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1), [self.WhenRole, self.FlagsRole])


class WallModerationViewModel(QObject):
    """`models.wallModeration`: the staff screen's three lists and the decisions."""

    tabChanged = Signal()
    messageChanged = Signal()
    busyChanged = Signal()
    decided = Signal(str, str)  # message id, what was done (approve|reject|hide|unhide|pin|unpin)

    def __init__(self, background: Background, desk: WallDesk, shell: ShellViewModel, approved: WallCardModel,
                 labels: Callable[[datetime], str], is_staff: Callable[[], bool], events: EventHub | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background, self._desk, self._shell = background, desk, shell
        self._approved, self._is_staff = approved, is_staff
        self._waiting = StaffMessageModel(labels, self)
        self._hidden = StaffMessageModel(labels, self)
        self.waiting_model, self.hidden_model = self._waiting, self._hidden  # for Python callers
        self._reasons = WordChoices(REASONS, reason_words, self)
        self._tab = "waiting"
        self._done = ""  # the last decision's action, said in words …
        self._error: BaseException | None = None  # … or the error that stopped it
        self._busy = False
        shell.screenChanged.connect(self._screen_changed)
        if events is not None:
            events.subscribe(LanguageChanged, self._language_changed)

    # -- properties ---------------------------------------------------------------------------------
    @Property(QObject, constant=True)
    def waiting(self) -> StaffMessageModel:
        return self._waiting

    @Property(QObject, constant=True)
    def approved(self) -> WallCardModel:
        return self._approved

    @Property(QObject, constant=True)
    def hidden(self) -> StaffMessageModel:
        return self._hidden

    @Property(QObject, constant=True)
    def reasons(self) -> WordChoices:
        return self._reasons

    @Property(str, notify=tabChanged)
    def tab(self) -> str:
        return self._tab

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        """A short line after each decision ("Approved — it is on the wall now.")."""
        if self._error is not None:
            return error_words(self._error)
        return done_words(self._done)

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Slot(str)
    def setTab(self, tab: str) -> None:
        self._shell.activity()
        if tab in TABS and tab != self._tab:
            self._tab = tab
            self.tabChanged.emit()
            self._say("")
            self.reload()

    @Slot()
    def backToStaff(self) -> None:
        self._shell.activity()
        self._shell.show("staff")

    # -- loading ------------------------------------------------------------------------------------
    def _screen_changed(self) -> None:
        if self._shell.screen == "wall.moderate":
            self._say("")
            self.reload()

    @Slot()
    def reload(self) -> None:
        self._background.op(self._desk.queue).success(self._queue_loaded).run()
        if self._tab == "approved":
            self._approved.refresh()
        elif self._tab == "hidden":
            self._background.op(self._desk.taken_down).success(self._hidden_loaded).run()

    def _queue_loaded(self, messages: list[WallMessage]) -> None:
        self._waiting.replace([StaffItem(str(m.id), m.text, m.created_at, frozenset(m.flags), m.status.value,
                                         m.pinned, m.kiosk) for m in messages])

    def _hidden_loaded(self, rows: list[MessageRow]) -> None:
        self._hidden.replace([StaffItem(str(r.id), r.text, r.created_at, frozenset(), r.status.value, False,
                                        r.kiosk) for r in rows])

    # -- decisions ----------------------------------------------------------------------------------
    @Slot(str)
    def approve(self, message_id: str) -> None:
        self._decide(message_id, MessageStatus.APPROVED, "approve")

    @Slot(str)
    def approveAndPin(self, message_id: str) -> None:
        self._decide(message_id, MessageStatus.APPROVED, "pin", pinned=True)

    @Slot(str, str)
    def reject(self, message_id: str, reason: str) -> None:
        self._decide(message_id, MessageStatus.REJECTED, "reject", reason=self._reasons.label(reason))

    @Slot(str, str)
    def hide(self, message_id: str, reason: str) -> None:
        self._decide(message_id, MessageStatus.HIDDEN, "hide", reason=self._reasons.label(reason))

    @Slot(str)
    def unhide(self, message_id: str) -> None:
        self._decide(message_id, MessageStatus.APPROVED, "unhide")

    @Slot(str, bool)
    def pin(self, message_id: str, pinned: bool) -> None:
        self._decide(message_id, MessageStatus.APPROVED, "pin" if pinned else "unpin", pinned=pinned)

    def _decide(self, message_id: str, status: MessageStatus, action: str, *, pinned: bool = False,
                reason: str = "") -> None:
        self._shell.activity()
        if not self._is_staff() or self._busy:
            return
        try:
            key = uuid.UUID(message_id)
        except ValueError:
            return
        self._set_busy(True)
        self._background.op(self._desk.decide, key, status, pinned, reason) \
            .success(lambda _none: self._decided(message_id, action)).failure(self._failed).run()

    def _decided(self, message_id: str, action: str) -> None:
        self._set_busy(False)
        self._say(action)
        self.decided.emit(message_id, action)
        self.reload()  # the public board hears WallChanged from the desk (kiosk/wall/feature.py) and refreshes

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WallTransitionError):
            self._say("", error)
        else:
            self._say("")
            self._background.errors.report(error)
        self.reload()

    def _say(self, action: str, error: BaseException | None = None) -> None:
        self._done, self._error = action, error
        self.messageChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    def _language_changed(self, _event: LanguageChanged) -> None:
        self._reasons.retranslate()
        self._waiting.retranslate()
        self._hidden.retranslate()
        self._approved.retranslate()
        self.messageChanged.emit()
