"""The office's Wall page: every message of the person's sites — waiting (oldest first, with what the filter
noticed in words), on the wall, or taken down — with search, and the decisions approve / approve and pin /
reject with a reason / hide / show again, written as the person (kiosk.office.wall_store) so that they reach
that site's kiosks with their next sync. Managers read every site's wall; decisions are made by the site's
staff (PostgreSQL gives managers no decisions), so `canDecide` is false for them (the demo's SQLite central,
which has no logins, lets whoever opens it decide).
Thread: GUI (reads and decisions on the database thread).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
    Slot,
)

from kiosk.core.background import Background
from kiosk.office import words as office_words
from kiosk.office.errors import office_code
from kiosk.office.page_model import PageModel
from kiosk.office.session_store import Session
from kiosk.office.wall_store import decide, messages
from kiosk.wall.central import CentralMessage
from kiosk.wall.moderation_model import done_words, flag_words, reason_words
from kiosk.wall.rules.messages import MessageStatus

_USER_ROLE = 0x0100
ROLES = ("id", "site", "kiosk", "text", "when", "flags", "status", "pinned")
TABS = {"waiting": (MessageStatus.PENDING,), "approved": (MessageStatus.APPROVED,),
        "taken": (MessageStatus.REJECTED, MessageStatus.HIDDEN)}


class OfficeMessageModel(QAbstractListModel):
    """Messages as rows: id, site, kiosk, text (plain), when (local date and time), flags (in words), status,
    pinned."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CentralMessage] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or role <= _USER_ROLE:
            return None
        m, name = self._rows[index.row()], ROLES[role - _USER_ROLE - 1] if role - _USER_ROLE <= len(ROLES) else ""
        if name == "when":
            return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(m.created_at.timestamp())), "d MMM yyyy, HH:mm")
        if name == "flags":
            return "; ".join(flag_words(f) for f in m.flags)
        if name == "status":
            return m.status.value
        if name == "id":
            return str(m.id)
        return getattr(m, name, None)

    def roleNames(self) -> dict[int, QByteArray]:
        return {_USER_ROLE + 1 + i: QByteArray(n.encode()) for i, n in enumerate(ROLES)}

    def replace(self, rows: list[CentralMessage]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def find(self, message_id: str) -> CentralMessage | None:
        return next((m for m in self._rows if str(m.id) == message_id), None)

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))


class OfficeWallModel(PageModel):
    tabChanged = Signal()
    searchChanged = Signal()
    countsChanged = Signal()
    canDecideChanged = Signal()
    reasonsChanged = Signal()
    refreshed = Signal()
    decided = Signal(str)  # the message id

    def __init__(self, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = background
        self._session: Session | None = None
        self._all: list[CentralMessage] = []
        self._tab, self._search = "waiting", ""
        self._list = OfficeMessageModel(self)

    def attach(self, session: Session | None) -> None:
        self._session, self._all, self._message = session, [], ""
        self.canDecideChanged.emit()
        self.messageChanged.emit()
        self._filter()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        session = self._session
        if session is None:
            return
        engine, sites = session.engine, session.person.sites
        self._set_busy(True)
        self._background.op(lambda: messages(engine, sites)).success(self._loaded).failure(self._failed).run()

    def _loaded(self, found: list[CentralMessage]) -> None:
        self._all = found
        self._filter()
        self._set_busy(False)
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        code = office_code(error)
        self._say(lambda: office_words.failed_words(code))
        self.refreshed.emit()

    def _filter(self) -> None:
        wanted = TABS[self._tab]
        needle = self._search.casefold().strip()
        rows = [m for m in self._all if m.status in wanted and (not needle or needle in m.text.casefold()
                                                                  or needle in m.site.casefold())]
        if self._tab != "waiting":
            rows.reverse()  # on the wall and taken down: newest first
        self._list.replace(rows)
        self.countsChanged.emit()

    # -- what QML reads ------------------------------------------------------------------------------------
    @Property(QObject, constant=True)
    def messages(self) -> OfficeMessageModel:
        return self._list

    @Property(str, notify=tabChanged)
    def tab(self) -> str:
        return self._tab

    @Property(str, notify=searchChanged)
    def search(self) -> str:
        return self._search

    @Property(list, notify=countsChanged)
    def counts(self) -> list[int]:
        """How many messages each tab holds: waiting, on the wall, taken down."""
        return [sum(m.status in statuses for m in self._all) for statuses in TABS.values()]

    @Property(bool, notify=canDecideChanged)
    def canDecide(self) -> bool:
        return self._session is not None and (self._session.person.kind == "staff" or self._session.is_sqlite)

    @Property(list, notify=reasonsChanged)
    def reasons(self) -> list[str]:
        return [reason_words(k)[0] for k in ("personal", "unkind", "spam", "other")]

    # -- what people do ------------------------------------------------------------------------------------
    @Slot(str)
    def setTab(self, tab: str) -> None:
        if tab in TABS and tab != self._tab:
            self._tab = tab
            self.tabChanged.emit()
            self._filter()

    @Slot(str)
    def setSearch(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.searchChanged.emit()
            self._filter()

    @Slot(str)
    def approve(self, message_id: str) -> None:
        self._decide(message_id, "approve")

    @Slot(str)
    def approveAndPin(self, message_id: str) -> None:
        self._decide(message_id, "pin")

    @Slot(str, str)
    def reject(self, message_id: str, reason: str) -> None:
        self._decide(message_id, "reject", reason)

    @Slot(str, str)
    def hide(self, message_id: str, reason: str) -> None:
        self._decide(message_id, "hide", reason)

    @Slot(str, bool)
    def setPinned(self, message_id: str, pinned: bool) -> None:
        self._decide(message_id, "pin" if pinned else "unpin")

    @Slot(str)
    def unhide(self, message_id: str) -> None:
        self._decide(message_id, "unhide")

    def _decide(self, message_id: str, action: str, reason: str = "") -> None:
        session, current = self._session, self._list.find(message_id)
        if session is None or current is None or not self.canDecide:
            return
        engine = session.engine
        by = f"{session.person.name} ({reason})" if reason else session.person.name
        self._set_busy(True)
        self._background.op(lambda: decide(engine, current, action, by)) \
            .success(lambda _r: self._done(message_id, action)).failure(self._decision_failed).run()

    def _done(self, message_id: str, action: str) -> None:
        self._say(lambda: done_words(action) + " " + QCoreApplication.translate(
            "office", "The site's kiosks show it after their next sync."))
        self.decided.emit(message_id)
        self.refresh()

    def retranslate(self) -> None:
        """The language changed: the message, the reasons and each row's words (what the filter noticed, the date)."""
        super().retranslate()
        self.reasonsChanged.emit()
        self._list.retranslate()

    def _decision_failed(self, error: BaseException) -> None:
        self._failed(error)
        self.refresh()
