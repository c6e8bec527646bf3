"""The Results chart's weeks as a list model: one row per week, oldest first, with what the chart draws and says.

Roles: `label` ("2 Nov"), `rate`, `lower`, `upper` and `previousRate` (shares 0–1, or -1 where there is none: a
gap, no limits yet, or no shown week before), `gap` (words for a week with no figure: "fewer than 10 answers"),
`signal` (a special cause in words, or ""), `signalStart` (the first shown week of a run with those words,
gaps skipped: labelled once), `signalBelow` (a low-side cause: its label goes under the dot), `soFar` (this
week, not over), `spoken` (the week for a screen reader). A hidden week's rate is -1 and none of its words hold
a number. Words are made when read; `retranslate()` has the views read them again. Thread: GUI.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Slot

from kiosk.results import view_model_words as words
from kiosk.results.service import WeekPoint

_DISPLAY_ROLE = 0
_USER_ROLE = 0x0100
ROLES = ("label", "rate", "lower", "upper", "previousRate", "gap", "signal", "signalStart", "signalBelow", "soFar",
         "spoken")


class WeekListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._weeks: list[WeekPoint] = []
        self._min_count = 10

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._weeks)

    def roleNames(self) -> dict[int, QByteArray]:
        return {_USER_ROLE + 1 + i: QByteArray(name.encode()) for i, name in enumerate(ROLES)}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._weeks):
            return None
        row = index.row()
        name = "spoken" if role == _DISPLAY_ROLE else (ROLES[role - _USER_ROLE - 1]
                                                       if 0 <= role - _USER_ROLE - 1 < len(ROLES) else "")
        return self.value(row, name) if name else None

    def value(self, row: int, name: str) -> Any:
        point = self._weeks[row]
        if name == "label":
            return words.week_label(point.figure.period.start)
        if name == "rate":
            return _share(point)
        if name == "previousRate":
            return _share(self._weeks[row - 1]) if row > 0 else -1.0
        if name == "lower":
            return point.lower if point.lower is not None and point.figure.share is not None else -1.0
        if name == "upper":
            return point.upper if point.upper is not None and point.figure.share is not None else -1.0
        if name == "gap":
            return words.gap(point, self._min_count)
        if name == "signal":
            return words.signal(point)
        if name == "signalStart":  # the first week of a run with the same words: the chart labels it once
            shown_before = [p for p in self._weeks[:row] if p.figure.share is not None]
            said = words.signal(point)
            return bool(said) and point.figure.share is not None and (
                not shown_before or words.signal(shown_before[-1]) != said)
        if name == "signalBelow":
            return any(s.low_side for s in point.signals)
        if name == "soFar":
            return point.so_far
        return words.spoken(point, self._min_count)

    def set_weeks(self, weeks: list[WeekPoint], min_count: int) -> None:
        self.beginResetModel()
        self._weeks, self._min_count = list(weeks), min_count
        self.endResetModel()

    def rates(self) -> list[float]:
        """Every shown rate and limit (for the chart's scale)."""
        out: list[float] = []
        for row in range(len(self._weeks)):
            out += [v for v in (self.value(row, "rate"), self.value(row, "lower"), self.value(row, "upper")) if v >= 0]
        return out

    def scale_low(self) -> float:
        """The chart's lowest share: room below everything it draws, for a label (the top is always 100%)."""
        shown = self.rates()
        return max(0.0, min(0.5, (int(min(shown) * 10) - 2) / 10)) if shown else 0.5

    @Slot()
    def retranslate(self) -> None:
        if self._weeks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._weeks) - 1, 0))


def _share(point: WeekPoint) -> float:
    share = point.figure.share
    return share.value if share is not None else -1.0
