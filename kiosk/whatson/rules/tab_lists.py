"""What What's on lists for a tab and a category chip, as plain data for the screen (no words): the chips
present, the day-by-day activities or the spaces with their state, and — when nothing goes ahead — why,
and the next day that has something on (its entries are listed instead).

    found = tab_list(listings, now, tz, Tab.TODAY, "Advice")
    found.category        # "" (EVERYTHING) when the chip asked for is not among found.categories
    found.days            # Day(day, entries) …, the next day's when the tab is empty
    found.empty           # None, or EmptyKind.NOTHING_ELSE_TODAY, …

Thread: any (pure functions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from kiosk.whatson.rules.listings import Kind, Listing
from kiosk.whatson.rules.tabs import EVERYTHING, Tab
from kiosk.whatson.rules.whats_on import Day, EmptyReason, SpaceStatus, WeekMemo, categories, open_spaces, whats_on


class EmptyKind(StrEnum):
    """Why a tab shows a kind word instead of (or above) its list."""

    NOTHING_LISTED = "nothing_listed"  # no activities at all
    NOTHING_TODAY = "nothing_today"
    NOTHING_ELSE_TODAY = "nothing_else_today"
    NOTHING_THIS_WEEK = "nothing_this_week"
    NO_SPACES = "no_spaces"  # no places to drop in are listed
    NONE_OPEN = "none_open"  # places are listed, none is open now


_FROM_REASON = {EmptyReason.NOTHING_TODAY: EmptyKind.NOTHING_TODAY,
                EmptyReason.NOTHING_ELSE_TODAY: EmptyKind.NOTHING_ELSE_TODAY,
                EmptyReason.NOTHING_THIS_WEEK: EmptyKind.NOTHING_THIS_WEEK}


@dataclass(frozen=True, slots=True)
class TabList:
    tab: Tab
    today: date
    categories: tuple[str, ...]  # the chips present for the tab's kind (EVERYTHING comes first on screen)
    category: str  # the chip in effect
    days: tuple[Day, ...] = ()  # the activity tabs: days with entries (cancelled ones marked)
    spaces: tuple[SpaceStatus, ...] = ()  # the Open now tab
    empty: EmptyKind | None = None
    next_day: date | None = None  # an empty activity tab: the next day with something on (listed in days)
    cancelled_only: bool = False  # an empty activity tab lists its own cancelled sessions (nothing goes ahead)

    @property
    def spaces_tab(self) -> bool:
        return self.tab is Tab.OPEN


def tab_list(listings: Sequence[Listing], now: datetime, tz: ZoneInfo, tab: Tab, category: str,
             memo: WeekMemo | None = None) -> TabList:
    """The list for `tab` and `category` at `now` (aware; shown in the site's zone `tz`). A `memo` kept by the
    caller between calls makes a tab or chip change a filter of the week's sessions (see WeekMemo)."""
    kind = Kind.SPACE if tab is Tab.OPEN else Kind.ACTIVITY
    present = categories(listings, kind)
    if category != EVERYTHING and category not in present:
        category = EVERYTHING
    chosen = category or None
    today = now.astimezone(tz).date()
    if tab is Tab.OPEN:
        spaces = open_spaces(listings, now, tz, chosen)
        empty = EmptyKind.NO_SPACES if not spaces else None if any(s.state.is_open for s in spaces) \
            else EmptyKind.NONE_OPEN
        return TabList(tab, today, present, category, spaces=spaces, empty=empty)
    found = whats_on(listings, now, tz, tab.value, chosen, memo)
    if found.empty is None:
        return TabList(tab, today, present, category, days=found.days)
    if not any(x.kind is Kind.ACTIVITY for x in listings):
        return TabList(tab, today, present, category, days=found.days, empty=EmptyKind.NOTHING_LISTED)
    following = found.empty.next_day
    days = found.days + ((following,) if following is not None else ())
    return TabList(tab, found.today, present, category, days=days, empty=_FROM_REASON[found.empty.reason],
                   next_day=following.day if following is not None else None, cancelled_only=bool(found.days))
