"""Staff moderation of the kindness wall: the waiting queue (with the filter's flags in words), the messages
on the wall (to hide or pin later), and the ones taken down (to show again).

Every decision runs on the database thread (kiosk.wall.desk → kiosk.wall.store); the lists and the board
reload after it. Labels and messages are translated when read; a language switch reloads the lists, so the
flags and dates are in the new language too. Thread: GUI.
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
from kiosk.shell.choices import Choice, ChoiceListModel
from kiosk.shell.error_words import error_words
from kiosk.shell.language import Words, later, words
from kiosk.shell.shell_model import ShellViewModel
from kiosk.wall.board_model import WallCardModel
from kiosk.wall.desk import WallDesk
from kiosk.wall.rules.messages import MessageStatus, WallMessage, WallTransitionError

if TYPE_CHECKING:
    from kiosk.wall.store import MessageRow

_DISPLAY_ROLE = 0
_USER_ROLE = 0x0100
TABS = ("waiting", "approved", "hidden")


def flag_words(flag: str) -> str:
    """A moderation flag key in plain words for staff (kiosk.wall.rules.moderation.Flag)."""
    translate = QCoreApplication.translate
    words = {
        "abuse": translate("wall", "Rude or hurtful words"),
        "personal_phone": translate("wall", "A phone number"),
        "personal_email": translate("wall", "An email address"),
        "personal_postcode": translate("wall", "A postcode"),
        "personal_handle": translate("wall", "A social media name"),
        "link": translate("wall", "A web link"),
        "long_digits": translate("wall", "A long number"),
        "markup": translate("wall", "Web code (it would show as plain text)"),
        "hidden_characters": translate("wall", "Hidden characters (removed)"),
        "shouting": translate("wall", "All in capitals"),
        "spam": translate("wall", "Looks like spam"),
        "too_long": translate("wall", "Too long"),
        "empty": translate("wall", "Empty"),
    }
    return words.get(flag, flag)


def reasons() -> list[Choice]:
    """Why staff take a message down (stored as the words, and shown in the export)."""
    return [Choice("personal", later.translate("wall", "Personal details")),
            Choice("unkind", later.translate("wall", "Not kind")),
            Choice("spam", later.translate("wall", "Spam or advert")),
            Choice("other", later.translate("wall", "Other reason"))]


@dataclass(frozen=True)
class StaffItem:
    id: str
    text: str
    when: str
    flags: str  # in words, "; " between
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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[StaffItem] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (_DISPLAY_ROLE, self.TextRole):
            return item.text
        return {self.IdRole: item.id, self.WhenRole: item.when, self.FlagsRole: item.flags,
                self.StatusRole: item.status, self.PinnedRole: item.pinned, self.KioskRole: item.kiosk}.get(role)

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


class WallModerationViewModel(QObject):
    """`models.wallModeration`: the staff screen's three lists and the decisions."""

    changed = Signal()
    decided = Signal(str, str)  # message id, what was done (approve|reject|hide|unhide|pin|unpin)

    def __init__(self, background: Background, desk: WallDesk, shell: ShellViewModel, board: WallCardModel,
                 approved: WallCardModel, labels: Callable[[datetime], str],
                 is_staff: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background, self._desk, self._shell = background, desk, shell
        self._board, self._approved, self._labels, self._is_staff = board, approved, labels, is_staff
        self._waiting = StaffMessageModel(self)
        self._hidden = StaffMessageModel(self)
        self.waiting_model, self.hidden_model = self._waiting, self._hidden  # for Python callers
        self._reasons = ChoiceListModel(reasons(), self, retranslate_on=shell.languageChanged)
        self._tab = "waiting"
        self._message: Words = ""
        self._busy = False
        shell.screenChanged.connect(self._screen_changed)
        shell.languageChanged.connect(self._language_switched)

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
    def reasons(self) -> ChoiceListModel:
        return self._reasons

    @Property(str, notify=changed)
    def tab(self) -> str:
        return self._tab

    @Property(str, notify=changed)
    def message(self) -> str:
        """A short line after each decision ("Approved — it is on the wall now.")."""
        return words(self._message)

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    @Slot(str)
    def setTab(self, tab: str) -> None:
        self._shell.activity()
        if tab in TABS and tab != self._tab:
            self._tab = tab
            self._message = ""
            self.changed.emit()
            self.reload()

    @Slot()
    def backToStaff(self) -> None:
        self._shell.activity()
        self._shell.show("staff")

    # -- loading ------------------------------------------------------------------------------------
    @Slot()
    def _language_switched(self) -> None:
        self.changed.emit()
        self._approved.retranslate()
        if self._shell.screen == "wall.moderate":
            self.reload()  # the flags and dates of the lists, in the new language

    def _screen_changed(self) -> None:
        if self._shell.screen == "wall.moderate":
            self._message = ""
            self.changed.emit()
            self.reload()

    @Slot()
    def reload(self) -> None:
        self._background.op(self._desk.queue).success(self._queue_loaded).run()
        if self._tab == "approved":
            self._approved.refresh()
        elif self._tab == "hidden":
            self._background.op(self._desk.taken_down).success(self._hidden_loaded).run()

    def _queue_loaded(self, messages: list[WallMessage]) -> None:
        self._waiting.replace([self._item(m.id, m.text, m.created_at, m.status, m.pinned, m.kiosk, m.flags)
                               for m in messages])

    def _hidden_loaded(self, rows: list[MessageRow]) -> None:
        self._hidden.replace([self._item(r.id, r.text, r.created_at, r.status, False, r.kiosk, frozenset())
                              for r in rows])

    def _item(self, message_id: uuid.UUID, text: str, created_at: datetime, status: MessageStatus, pinned: bool,
              kiosk: str, flags: frozenset[str]) -> StaffItem:
        words = "; ".join(flag_words(f) for f in sorted(flags))
        return StaffItem(str(message_id), text, self._labels(created_at), words, status.value, pinned, kiosk)

    # -- decisions ----------------------------------------------------------------------------------
    @Slot(str)
    def approve(self, message_id: str) -> None:
        self._decide(message_id, MessageStatus.APPROVED, "approve")

    @Slot(str)
    def approveAndPin(self, message_id: str) -> None:
        self._decide(message_id, MessageStatus.APPROVED, "pin", pinned=True)

    @Slot(str, str)
    def reject(self, message_id: str, reason: str) -> None:
        self._decide(message_id, MessageStatus.REJECTED, "reject", reason=self._reason(reason))

    @Slot(str, str)
    def hide(self, message_id: str, reason: str) -> None:
        self._decide(message_id, MessageStatus.HIDDEN, "hide", reason=self._reason(reason))

    @Slot(str)
    def unhide(self, message_id: str) -> None:
        self._decide(message_id, MessageStatus.APPROVED, "unhide")

    @Slot(str, bool)
    def pin(self, message_id: str, pinned: bool) -> None:
        self._decide(message_id, MessageStatus.APPROVED, "pin" if pinned else "unpin", pinned=pinned)

    @staticmethod
    def _reason(key: str) -> str:
        return next((c.label_words() for c in reasons() if c.key == key), "")

    def _decide(self, message_id: str, status: MessageStatus, action: str, *, pinned: bool = False,
                reason: str = "") -> None:
        self._shell.activity()
        if not self._is_staff() or self._busy:
            return
        try:
            key = uuid.UUID(message_id)
        except ValueError:
            return
        self._busy = True
        self.changed.emit()
        self._background.op(self._desk.decide, key, status, pinned, reason) \
            .success(lambda _none: self._done(message_id, action)).failure(self._failed).run()

    def _done(self, message_id: str, action: str) -> None:
        done = {
            "approve": later.translate("wall", "Approved — it is on the wall now."),
            "pin": later.translate("wall", "Pinned — it stays at the top of the wall."),
            "unpin": later.translate("wall", "Unpinned."),
            "reject": later.translate("wall", "Rejected — it will not be shown."),
            "hide": later.translate("wall", "Hidden — it has left the wall."),
            "unhide": later.translate("wall", "Shown again — it is back on the wall."),
        }
        self._busy = False
        self._message = done[action]
        self.changed.emit()
        self.decided.emit(message_id, action)
        self.reload()
        self._board.refresh()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, WallTransitionError):
            self._message = lambda: error_words(error)
        else:
            self._message = ""
            self._background.errors.report(error)
        self.changed.emit()
        self.reload()
