"""A read-only list model of tappable choices (answers, follow-ups): key, label, hint.

One QAbstractListModel per list, as QML delegates expect. Thread: GUI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex

# Role numbers as plain ints: touching the `Qt` namespace builds every Qt enum (~20 ms at start-up).
_DISPLAY_ROLE = 0
_USER_ROLE = 0x0100


@dataclass(frozen=True)
class Choice:
    key: str
    label: str
    hint: str = ""


class ChoiceListModel(QAbstractListModel):
    KeyRole = _USER_ROLE + 1
    LabelRole = _USER_ROLE + 2
    HintRole = _USER_ROLE + 3

    def __init__(self, choices: list[Choice], parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        c = self._choices[index.row()]
        if role in (_DISPLAY_ROLE, self.LabelRole):
            return c.label
        if role == self.KeyRole:
            return c.key
        if role == self.HintRole:
            return c.hint
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {self.KeyRole: QByteArray(b"key"), self.LabelRole: QByteArray(b"label"),
                self.HintRole: QByteArray(b"hint")}

    def keys(self) -> list[str]:
        return [c.key for c in self._choices]
