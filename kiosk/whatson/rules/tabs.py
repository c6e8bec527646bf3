"""The keys of What's on's tabs and category chips, defined once: Python uses them, and the view models hand
them to QML (the tab list model, `spacesTab`), so no screen retypes them. Thread: any (pure, no imports).
"""

from __future__ import annotations

from enum import StrEnum


class Tab(StrEnum):
    TODAY = "today"  # activities from now to the end of today
    WEEK = "week"  # activities this week, day by day
    OPEN = "open"  # places to just drop in, open ones first


TABS = tuple(Tab)  # in the order the screen shows them
EVERYTHING = ""  # the chip key that shows every category


def tab_of(key: str) -> Tab | None:
    """The tab for a key from the screen; None for anything else."""
    try:
        return Tab(key)
    except ValueError:
        return None
