"""A read-only list of tappable choices (roles key, label, hint) whose words are made when a view reads them —
the wall's prompts, moderation reasons, poster sizes and periods — so a language switch changes them:
`retranslate()` tells the views to read every row again. Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, QPersistentModelIndex

_DISPLAY_ROLE = 0
_USER_ROLE = 0x0100


class WordChoices(QAbstractListModel):
    KeyRole = _USER_ROLE + 1
    LabelRole = _USER_ROLE + 2
    HintRole = _USER_ROLE + 3

    def __init__(self, keys: Sequence[str], words: Callable[[str], tuple[str, str]],
                 parent: QObject | None = None) -> None:
        """`words(key)` gives a choice's (label, hint) in the language in use."""
        super().__init__(parent)
        self._keys = tuple(keys)
        self._words = words

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        key = self._keys[index.row()]
        if role == self.KeyRole:
            return key
        if role in (_DISPLAY_ROLE, self.LabelRole):
            return self._words(key)[0]
        if role == self.HintRole:
            return self._words(key)[1]
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {self.KeyRole: QByteArray(b"key"), self.LabelRole: QByteArray(b"label"),
                self.HintRole: QByteArray(b"hint")}

    def keys(self) -> list[str]:
        return list(self._keys)

    def label(self, key: str) -> str:
        return self._words(key)[0] if key in self._keys else ""

    def hint(self, key: str) -> str:
        return self._words(key)[1] if key in self._keys else ""

    def retranslate(self) -> None:
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1), [])
