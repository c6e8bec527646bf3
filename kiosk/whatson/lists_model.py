"""What's on's lists: the day-by-day sessions (Today, This week) and the places to drop in (Open now), and the
kind words above them when a tab has nothing going ahead ("Nothing else on today" — "Here is what's on
tomorrow, …").

`show(found)` takes the pure result of kiosk.whatson.rules.tab_lists.tab_list and resets the two lists
(the hidden one first, then the shown one; the words above first, so the list is sized before its rows
come). Rows are made when a delegate asks (kiosk.whatson.listing_rows); the kind words when QML reads them.
After a language change `retranslate` re-announces the words and makes the rows again. Thread: GUI.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal

from kiosk.whatson.language import LanguageNow
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.listing_rows import ENTRY_ROLES, SPACE_ROLES, entry_row, space_row
from kiosk.whatson.rules.tabs import EVERYTHING

if TYPE_CHECKING:
    from kiosk.whatson.rules.tab_lists import TabList


class WhatsOnLists(QObject):
    emptyTitleChanged = Signal()
    emptyTextChanged = Signal()
    listsReset = Signal()  # after a tab/chip change or new content has reset the lists

    def __init__(self, language: LanguageNow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._found: TabList | None = None
        self._failed = False  # the listings could not be read (and none were read before)
        self._photos: dict[uuid.UUID, str] = {}
        self._entries = RowsModel(ENTRY_ROLES, lambda item: entry_row(language.words(), self._photos, item), self)
        self._spaces = RowsModel(SPACE_ROLES, lambda item: space_row(language.words(), self._photos, item), self)
        self.entries_model, self.spaces_model = self._entries, self._spaces  # for Python callers

    @Property(QObject, constant=True)
    def entries(self) -> RowsModel:
        """Today's or this week's sessions, day by day (`section` is the day's heading)."""
        return self._entries

    @Property(QObject, constant=True)
    def spaces(self) -> RowsModel:
        """Places to drop in: open ones first, then by when they open."""
        return self._spaces

    @Property(str, notify=emptyTitleChanged)
    def emptyTitle(self) -> str:
        """Set when nothing in the chosen tab goes ahead: "Nothing else on today"."""
        return self._title()

    @Property(str, notify=emptyTextChanged)
    def emptyText(self) -> str:
        """What is shown instead: "Here is what's on tomorrow, Thursday 26 November."."""
        return self._text()

    # -- Python side --------------------------------------------------------------------------------------
    def show(self, found: TabList | None, now: datetime, photos: dict[uuid.UUID, str], failed: bool = False) -> None:
        """Shows what `tab_list` found at `now` (None: nothing read yet; `failed`: the read failed)."""
        self._found, self._failed, self._photos = found, failed, photos
        self.emptyTitleChanged.emit()  # the words above the list first, so it is sized before its rows come
        self.emptyTextChanged.emit()
        entries: list[Any] = []
        spaces: list[Any] = []
        if found is not None:
            entries = [(day.day, found.today, e) for day in found.days for e in day.entries]
            spaces = [(now, s) for s in found.spaces]
        shown, hidden = (self._spaces, self._entries) if found and found.spaces_tab else (self._entries, self._spaces)
        hidden.reset(spaces if hidden is self._spaces else entries)
        shown.reset(spaces if shown is self._spaces else entries)
        self.listsReset.emit()

    def retranslate(self) -> None:
        self.emptyTitleChanged.emit()
        self.emptyTextChanged.emit()
        self._entries.remake()
        self._spaces.remake()

    # -- the kind words, made when read ---------------------------------------------------------------------
    def _title(self) -> str:
        from kiosk.whatson.rules.tab_lists import EmptyKind

        empty = self._found.empty if self._found is not None else None
        if self._found is None and self._failed:
            return QCoreApplication.translate("whatson", "Sorry — what's on cannot be shown just now")
        if empty is EmptyKind.NOTHING_LISTED:
            return QCoreApplication.translate("whatson", "Nothing is listed yet")
        if empty is EmptyKind.NOTHING_TODAY:
            return QCoreApplication.translate("whatson", "Nothing on today")
        cancelled = self._found is not None and self._found.cancelled_only  # its cancelled sessions are listed
        if empty is EmptyKind.NOTHING_ELSE_TODAY and cancelled:
            return QCoreApplication.translate("whatson", "Nothing else is going ahead today")
        if empty is EmptyKind.NOTHING_ELSE_TODAY:
            return QCoreApplication.translate("whatson", "Nothing else on today")
        if empty is EmptyKind.NOTHING_THIS_WEEK and cancelled:  # never "Nothing on" above this week's cards
            return QCoreApplication.translate("whatson", "Nothing is going ahead this week")
        if empty is EmptyKind.NOTHING_THIS_WEEK:
            return QCoreApplication.translate("whatson", "Nothing on this week")
        if empty is EmptyKind.NO_SPACES:
            return QCoreApplication.translate("whatson", "No places to drop in are listed yet")
        if empty is EmptyKind.NONE_OPEN:
            return QCoreApplication.translate("whatson", "Nothing is open right now")
        return ""

    def _text(self) -> str:
        from kiosk.whatson.listing_text import fill
        from kiosk.whatson.rules.tab_lists import EmptyKind

        found = self._found
        if found is None:
            return QCoreApplication.translate(
                "whatson", "Please ask a member of staff, or try again in a moment.") if self._failed else ""
        if found.empty is None:
            return ""
        if found.empty is EmptyKind.NOTHING_LISTED:
            return QCoreApplication.translate("whatson", "Staff at the desk can tell you what is on.")
        if found.empty is EmptyKind.NO_SPACES:
            return QCoreApplication.translate("whatson", "Staff at the desk can tell you where to go.")
        if found.empty is EmptyKind.NONE_OPEN:
            return QCoreApplication.translate("whatson", "Here is when each place opens next.")
        words, day = self._language.words(), found.next_day
        if day is None:
            text = QCoreApplication.translate(
                "whatson", "Nothing is planned for the next few weeks yet. Staff at the desk may know of more.")
        elif day == found.today + timedelta(days=1):
            text = fill(QCoreApplication.translate("whatson", "Here is what's on tomorrow, %1."),
                        words.date_text(day))
        else:
            text = fill(QCoreApplication.translate("whatson", "Here is what's on next, %1."),
                        words.when_day(day, found.today))
        if found.category != EVERYTHING:
            text += " " + QCoreApplication.translate("whatson", "Or tap “Everything” to see all that is on.")
        return text
