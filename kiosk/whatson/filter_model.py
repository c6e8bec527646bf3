"""What's on's filter: the chosen tab (Today / This week / Open now) and category chip, and the two rows of
buttons to choose them. The keys come from kiosk.whatson.rules.tabs; QML gets them through the `tabs` list
and `spacesTab`, never as literals. A visitor's choice is announced by `chosen` (the lists follow); the
chips present are set by whoever works the lists out (`show_chips`). Labels are made when read and again
after a language change (`retranslate`). Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.shell.shell_model import ShellViewModel
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.listing_rows import CHIP_ROLES, TAB_ROLES, chip_row, tab_row
from kiosk.whatson.rules.tabs import EVERYTHING, TABS, Tab, tab_of


class WhatsOnFilter(QObject):
    tabChanged = Signal()
    categoryChanged = Signal()
    spacesTabChanged = Signal()
    chosen = Signal()  # the visitor chose a tab or a chip: the lists are worked out again

    def __init__(self, shell: ShellViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._tab = Tab.TODAY
        self._category = EVERYTHING
        self._tabs = RowsModel(TAB_ROLES, tab_row, self)
        self._tabs.reset(TABS)
        self._chips = RowsModel(CHIP_ROLES, chip_row, self)
        self.tabs_model, self.categories_model = self._tabs, self._chips  # for Python callers

    @Property(str, notify=tabChanged)
    def tab(self) -> str:
        return self._tab.value

    @Property(bool, notify=spacesTabChanged)
    def spacesTab(self) -> bool:
        """The Open now tab (places to drop in) is chosen, rather than one of activities."""
        return self._tab is Tab.OPEN

    @Property(str, notify=categoryChanged)
    def category(self) -> str:
        """The chosen category chip; EVERYTHING ("") for "Everything"."""
        return self._category

    @Property(QObject, constant=True)
    def tabs(self) -> RowsModel:
        """The tabs in order: key and label."""
        return self._tabs

    @Property(QObject, constant=True)
    def categories(self) -> RowsModel:
        """The chips for the tab's kind: key, label, and `everything` for the first one."""
        return self._chips

    @property
    def current(self) -> Tab:
        return self._tab

    @property
    def chosen_category(self) -> str:
        return self._category

    @Slot(str)
    def setTab(self, key: str) -> None:
        self._shell.activity()
        tab = tab_of(key)
        if tab is not None and tab is not self._tab:
            self._set(tab, EVERYTHING)  # the chips differ: activities' categories, or spaces'
            self.chosen.emit()

    @Slot(str)
    def setCategory(self, category: str) -> None:
        self._shell.activity()
        if category != self._category:
            self._set(self._tab, category)
            self.chosen.emit()

    def reset(self) -> None:
        """Back to Today, Everything (a fresh visit); the caller works the lists out again."""
        self._set(Tab.TODAY, EVERYTHING)

    def show_chips(self, present: Sequence[str], category: str) -> None:
        """The categories present for the tab, and the chip in effect (EVERYTHING when the chosen one is gone).
        Unchanged chips keep their place (a chip scrolled to stays where it is)."""
        chips = [EVERYTHING, *present]
        if chips != list(self._chips.items):
            self._chips.reset(chips)
        self._set(self._tab, category)

    def hide_chips(self) -> None:
        """No chips at all (nothing has been read yet)."""
        self._chips.reset(())

    def retranslate(self) -> None:
        self._tabs.remake()
        self._chips.remake()

    def _set(self, tab: Tab, category: str) -> None:
        old_tab, old_category = self._tab, self._category
        self._tab, self._category = tab, category
        if tab is not old_tab:
            self.tabChanged.emit()
            if (tab is Tab.OPEN) != (old_tab is Tab.OPEN):
                self.spacesTabChanged.emit()
        if category != old_category:
            self.categoryChanged.emit()
