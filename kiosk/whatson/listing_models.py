"""List models for the What's on screens: one `RowsModel` per list (categories, the day-by-day entries,
the spaces, a listing's sessions and accessibility features).

A RowsModel holds the domain items as they are and turns an item into its row (a tuple, one value per
role) only when a delegate asks for it, so a week of 2,000 sessions resets in well under a millisecond and
only the rows on screen are ever formatted. `reset(items)` replaces the whole list (begin/endResetModel;
nothing at all when an empty list stays empty); `remake()` makes every row again, in the language now in
use (dataChanged). Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex

# Role numbers as plain ints: touching the `Qt` namespace builds every Qt enum (~20 ms at start-up).
_DISPLAY_ROLE = 0
_USER_ROLE = 0x0100


class RowsModel(QAbstractListModel):
    """A read-only list whose rows are made on demand by `make(item) -> tuple` (one value per role)."""

    def __init__(self, roles: Sequence[str], make: Callable[[Any], tuple[Any, ...]], parent: Any = None) -> None:
        super().__init__(parent)
        self._roles = tuple(roles)
        self._make = make
        self._items: Sequence[Any] = ()
        self._rows: list[tuple[Any, ...] | None] = []
        self._role_names = {_USER_ROLE + 1 + i: QByteArray(name.encode("ascii")) for i, name in enumerate(roles)}
        # What a plain view shows: the "title" or "label" role, else the first.
        self._display = next((i for i, name in enumerate(self._roles) if name in ("title", "label")), 0)

    # -- QAbstractListModel ---------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        column = self._display if role == _DISPLAY_ROLE else role - _USER_ROLE - 1
        if not 0 <= column < len(self._roles):
            return None
        return self.row_at(index.row())[column]

    def roleNames(self) -> dict[int, QByteArray]:
        return dict(self._role_names)

    # -- Python side --------------------------------------------------------------------------------------
    def reset(self, items: Sequence[Any]) -> None:
        if not items and not self._items:
            return  # empty stays empty: no need to make the view start over
        self.beginResetModel()
        self._items = items
        self._rows = [None] * len(items)
        self.endResetModel()

    def remake(self) -> None:
        """Makes every row again when next asked (the language changed: the words differ) and tells the views."""
        if self._items:
            self._rows = [None] * len(self._items)
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1), [])

    @property
    def items(self) -> Sequence[Any]:
        return self._items

    def row_at(self, i: int) -> tuple[Any, ...]:
        row = self._rows[i]
        if row is None:
            row = self._rows[i] = self._make(self._items[i])
        return row

    def row(self, i: int) -> dict[str, Any]:
        """Row `i` by role name (for tests and tools)."""
        return dict(zip(self._roles, self.row_at(i), strict=True))

    def rows(self) -> list[dict[str, Any]]:
        return [self.row(i) for i in range(len(self._items))]

    def column(self, role: str) -> list[Any]:
        k = self._roles.index(role)
        return [self.row_at(i)[k] for i in range(len(self._items))]
