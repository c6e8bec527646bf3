"""A read-only list model of tappable choices (answers, follow-ups, doors, staff tools): key, label, hint.

Labels and hints are kept as words (kiosk.shell.language: a `later.translate(...)` Text, or a callable) and
translated each time a delegate reads them; `retranslate()` — connected to the shell's `languageChanged` with
`retranslate_on=` — tells the views to read them again. One QAbstractListModel per list, as QML delegates
expect. Thread: GUI.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, SignalInstance, Slot

from kiosk.shell.language import Words, words

# Role numbers as plain ints: touching the `Qt` namespace builds every Qt enum (~20 ms at start-up).
_DISPLAY_ROLE = 0
_USER_ROLE = 0x0100


class Choice(NamedTuple):
    """One tappable choice: its key, and its label and hint as words (translated when read). (A NamedTuple rather
    than a frozen dataclass: this module loads before the home screen's first frame, where a frozen dataclass's
    generated methods cost ≈ 0.3 ms a class: README "Where the start-up time goes".)"""

    key: str
    label: Words
    hint: Words = ""

    def label_words(self) -> str:
        return words(self.label)

    def hint_words(self) -> str:
        return words(self.hint)


class ChoiceListModel(QAbstractListModel):
    KeyRole = _USER_ROLE + 1
    LabelRole = _USER_ROLE + 2
    HintRole = _USER_ROLE + 3

    def __init__(self, choices: list[Choice], parent: Any = None, *,
                 retranslate_on: SignalInstance | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        if retranslate_on is not None:
            retranslate_on.connect(self.retranslate)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        c = self._choices[index.row()]
        if role in (_DISPLAY_ROLE, self.LabelRole):
            return c.label_words()
        if role == self.KeyRole:
            return c.key
        if role == self.HintRole:
            return c.hint_words()
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {self.KeyRole: QByteArray(b"key"), self.LabelRole: QByteArray(b"label"),
                self.HintRole: QByteArray(b"hint")}

    def keys(self) -> list[str]:
        return [c.key for c in self._choices]

    def choices(self) -> list[Choice]:
        return list(self._choices)

    def append(self, choice: Choice) -> None:
        row = len(self._choices)
        self.beginInsertRows(QModelIndex(), row, row)
        self._choices.append(choice)
        self.endInsertRows()

    def set_choices(self, choices: list[Choice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    # A @Slot, like every method connected to a signal on a view model QML sees: measured here, connecting plain
    # methods that take the signal's arguments made QML now and then (about 1 kiosk in 120 built in one
    # process) see a view model without its properties.
    @Slot()
    def retranslate(self) -> None:
        """The words were translated when read: have every view read the labels and hints again."""
        if self._choices:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._choices) - 1, 0),
                                  [_DISPLAY_ROLE, self.LabelRole, self.HintRole])
