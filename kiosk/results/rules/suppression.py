"""Small counts are never shown: primary suppression plus the secondary rule, for lists and tables with totals.

Primary: a figure from fewer than `min_count` answers (but more than none) is hidden — no rate, no counts, just
"fewer than 10 answers". Secondary (as the NHS Friends and Family Test does): wherever a hidden figure could be
worked out by subtracting the shown ones from a shown total, the next-smallest sibling is hidden too. Tables are
checked along every row and column, margins included, until nothing changes. A zero is shown ("no answers"):
it hides nobody, and hiding it would not protect its sibling. Thread: any (pure).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from enum import StrEnum
from typing import Any, Final, TypeVar

K = TypeVar("K", bound=Hashable)

TOTAL: Final = "__total__"  # the margin key in tables


class Reason(StrEnum):
    SMALL = "small"  # fewer than the minimum count
    SECONDARY = "secondary"  # would let a small figure be worked out from a total


def suppress_line(counts: Mapping[K, int], min_count: int) -> dict[K, Reason]:
    """Which siblings to hide when their total is shown (the total itself is hidden by the caller if small)."""
    hidden: dict[K, Reason] = {k: Reason.SMALL for k, n in counts.items() if 0 < n < min_count}
    _protect(list(counts), counts, hidden, total_shown=sum(counts.values()) >= min_count or not counts)
    return hidden


def suppress_table(counts: Mapping[tuple[Any, Any], int],
                   min_count: int) -> dict[tuple[object, object], Reason]:
    """Rows × columns with their margins (keys (row, TOTAL), (TOTAL, col), (TOTAL, TOTAL)) → what to hide."""
    rows: list[object] = sorted({r for r, _ in counts}, key=repr)
    cols: list[object] = sorted({c for _, c in counts}, key=repr)
    full: dict[tuple[object, object], int] = {}
    for r in rows:
        for c in cols:
            full[(r, c)] = counts.get((r, c), 0)
        full[(r, TOTAL)] = sum(full[(r, c)] for c in cols)
    for c in [*cols, TOTAL]:
        full[(TOTAL, c)] = sum(full[(r, c)] for r in rows)
    hidden: dict[tuple[object, object], Reason] = {k: Reason.SMALL for k, n in full.items() if 0 < n < min_count}
    changed = True
    while changed:
        before = len(hidden)
        for r in [*rows, TOTAL]:
            line: list[tuple[object, object]] = [(r, c) for c in cols]
            _protect(line, full, hidden, total_shown=(r, TOTAL) not in hidden)
        for c in [*cols, TOTAL]:
            line = [(r, c) for r in rows]
            _protect(line, full, hidden, total_shown=(TOTAL, c) not in hidden)
        changed = len(hidden) != before
    return hidden


def _protect(line: list[K], counts: Mapping[K, int], hidden: dict[K, Reason], *, total_shown: bool) -> None:
    """If exactly one non-zero cell of a line with a shown total is hidden, hide the next-smallest one too."""
    if not total_shown:
        return
    secret = [k for k in line if k in hidden and counts[k] > 0]
    if len(secret) != 1:
        return
    candidates = sorted((k for k in line if k not in hidden and counts[k] > 0), key=lambda k: (counts[k], repr(k)))
    if candidates:
        hidden[candidates[0]] = Reason.SECONDARY
