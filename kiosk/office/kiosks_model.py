"""The office's Kiosks page: a health grid of the kiosks the person may see (kiosk.office.kiosks_store) —
kiosk, site, last seen by the server's clock, app version, answers waiting, oldest unsent, last sync, last
error in words, and silent kiosks flagged. Thread: GUI (reads on the database thread).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QDate,
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
from kiosk.office.kiosks_store import KioskRow, grid
from kiosk.office.page_model import PageModel
from kiosk.office.session_store import Session
from kiosk.sync.central import KioskHealth
from kiosk.sync.health_words import sync_error_words

_USER_ROLE = 0x0100
ROLES = ("kiosk", "site", "lastSeen", "version", "pending", "oldestUnsent", "lastSync", "lastError", "status",
         "silent")


translate = QCoreApplication.translate  # lupdate reads translate("office", "…") calls (a wrapper hides them)


def _ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return translate("office", "never")
    minutes = max(0, int((now - moment).total_seconds() // 60))
    if minutes < 1:
        return translate("office", "just now")
    if minutes < 60:
        return translate("office", "%1 min ago").replace("%1", str(minutes))
    if minutes < 48 * 60:
        return translate("office", "%1 h ago").replace("%1", str(minutes // 60))
    d = moment.astimezone().date()
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


def _error(h: KioskHealth, now: datetime) -> str:
    """The kiosk's last sync failure in words, with how long ago ("—" when it told of none)."""
    if not h.last_error or h.last_error_at is None:
        return "—"
    return translate("office", "%1 (%2)").replace("%2", _ago(h.last_error_at, now)) \
        .replace("%1", sync_error_words(h.last_error))


class KioskGridModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[KioskRow] = []
        self._now = datetime.now().astimezone()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 < role - _USER_ROLE <= len(ROLES):
            return None
        row, name = self._rows[index.row()], ROLES[role - _USER_ROLE - 1]
        h, now = row.health, self._now
        values = {
            "kiosk": h.kiosk_id, "site": h.site, "lastSeen": _ago(h.last_seen, now),
            "version": h.app_version or "—", "pending": "—" if h.pending is None else str(h.pending),
            "oldestUnsent": _ago(h.oldest_unsent_at, now) if h.oldest_unsent_at else "—",
            "lastSync": _ago(h.last_sync_at, now) if h.last_seen else "—",
            "lastError": _error(h, now),
            "status": translate("office", "Revoked") if h.revoked else translate("office", "Silent") if h.silent
            else translate("office", "OK"),
            "silent": h.silent,
        }
        return values[name]

    def roleNames(self) -> dict[int, QByteArray]:
        return {_USER_ROLE + 1 + i: QByteArray(n.encode()) for i, n in enumerate(ROLES)}

    def replace(self, now: datetime, rows: list[KioskRow]) -> None:
        self.beginResetModel()
        self._now, self._rows = now, rows
        self.endResetModel()

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def rows(self) -> list[KioskRow]:
        return list(self._rows)


class OfficeKiosksModel(PageModel):
    summaryChanged = Signal()
    refreshed = Signal()

    def __init__(self, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = background
        self._session: Session | None = None
        self._grid = KioskGridModel(self)

    def attach(self, session: Session | None) -> None:
        self._session = session
        self._grid.replace(datetime.now().astimezone(), [])
        self.summaryChanged.emit()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        session = self._session
        if session is None:
            return
        engine = session.engine
        self._set_busy(True)
        self._background.op(lambda: grid(engine)).success(self._loaded).failure(self._failed).run()

    def _loaded(self, read: tuple[datetime, list[KioskRow]]) -> None:
        self._grid.replace(*read)
        self._set_busy(False)
        self._say("")
        self.summaryChanged.emit()
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        code = office_code(error)
        self._set_busy(False)
        self._say(lambda: office_words.failed_words(code))
        self.refreshed.emit()

    def retranslate(self) -> None:
        """The language changed: the summary and every cell in words (ages, status, last error) are read again."""
        super().retranslate()
        self.summaryChanged.emit()
        self._grid.retranslate()

    @Property(QObject, constant=True)
    def kiosks(self) -> KioskGridModel:
        return self._grid

    @Property(str, notify=summaryChanged)
    def summary(self) -> str:
        rows = [r.health for r in self._grid.rows()]
        silent, revoked = sum(h.silent for h in rows), sum(h.revoked for h in rows)
        return translate("office", "%1 kiosks: %2 OK, %3 silent (not seen for 15 minutes, or never), %4 revoked") \
            .replace("%1", str(len(rows))).replace("%2", str(len(rows) - silent - revoked)) \
            .replace("%3", str(silent)).replace("%4", str(revoked))
