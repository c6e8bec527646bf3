"""What the visitor screens ask: what's on today or this week, which spaces are open now, which categories.

- `occurrences(listing, start, end, tz)`: a listing's sessions (or openings) overlapping a window.
- `whats_on(listings, now, tz, span, category)`: activities from now to the end of today (or of the
  7 days starting today), grouped by local day and sorted, with a kind empty state that points at the
  next day with something on ("Nothing else on today — here is what's on tomorrow").
- `open_now(space, now, tz)` / `open_spaces(...)`: open, until when; or closed, opening when.
- `categories(listings)`: the categories present, for the filter.
Times come in as aware datetimes (from the injected Clock) and go out in the site's zone.
Thread: any (pure functions).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from kiosk.whatson.rules.listings import Kind, Listing
from kiosk.whatson.rules.schedules import (
    Occurrence,
    OpeningHours,
    Sessions,
    at,
    opening_occurrences,
    session_occurrences,
    zone,
)

__all__ = [
    "Day",
    "EmptyReason",
    "EmptyState",
    "Entry",
    "Occurrence",
    "OpenState",
    "SpaceStatus",
    "Span",
    "WeekMemo",
    "WhatsOn",
    "categories",
    "occurrences",
    "open_now",
    "open_spaces",
    "whats_on",
]

LOOKAHEAD_DAYS = 31  # how far the empty state looks for the next day with something on
_MIDNIGHT = time(0)
_STEPS = (1, 7, LOOKAHEAD_DAYS)


class Span(StrEnum):
    TODAY = "today"
    WEEK = "week"  # today and the six days after it


class EmptyReason(StrEnum):
    NOTHING_TODAY = "nothing_today"  # nothing at all today
    NOTHING_ELSE_TODAY = "nothing_else_today"  # today's sessions have finished (or are all cancelled)
    NOTHING_THIS_WEEK = "nothing_this_week"


@dataclass(frozen=True, slots=True)
class Entry:
    listing: Listing
    occurrence: Occurrence
    happening_now: bool = False  # started, not yet finished


@dataclass(frozen=True, slots=True)
class Day:
    day: date
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class EmptyState:
    """Why the span has nothing going ahead, and the next day that does (None: nothing in LOOKAHEAD_DAYS)."""

    reason: EmptyReason
    next_day: Day | None


@dataclass(frozen=True, slots=True)
class WhatsOn:
    span: Span
    today: date
    category: str | None
    days: tuple[Day, ...]  # only days with entries; cancelled sessions are included, marked
    empty: EmptyState | None  # set when nothing in the span goes ahead


@dataclass(frozen=True, slots=True)
class OpenState:
    is_open: bool
    closes_at: datetime | None = None  # open: when it closes (None: open round the clock as far as known)
    opens_at: datetime | None = None  # closed: when it next opens (None: not in the next LOOKAHEAD_DAYS)


@dataclass(frozen=True, slots=True)
class SpaceStatus:
    listing: Listing
    state: OpenState


def _utc_key(o: Occurrence) -> datetime:
    return o.start.astimezone(UTC)


def _raw(listing: Listing, first: date, last: date, tz: ZoneInfo) -> list[Occurrence]:
    if listing.valid_from and first < listing.valid_from:
        first = listing.valid_from
    if listing.valid_to and last > listing.valid_to:
        last = listing.valid_to
    if first > last:
        return []
    s = listing.schedule
    if isinstance(s, Sessions):
        return session_occurrences(listing.id, s, first, last, tz)
    assert isinstance(s, OpeningHours)
    return opening_occurrences(listing.id, s, first, last, tz)


def occurrences(listing: Listing, start: datetime, end: datetime, tz: ZoneInfo | str) -> list[Occurrence]:
    """The listing's sessions (activity) or openings (space) overlapping [start, end), sorted by start.
    Cancelled sessions are included and marked; exception dates and closures are not."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("occurrences needs timezone-aware start and end")
    z = zone(tz)
    first = start.astimezone(z).date() - timedelta(days=1)  # a session from yesterday may run past midnight
    last = end.astimezone(z).date()
    found = [o for o in _raw(listing, first, last, z) if o.start < end and o.end > start]
    found.sort(key=_utc_key)
    return found


def categories(listings: Iterable[Listing], kind: Kind | None = None) -> tuple[str, ...]:
    """The categories present (of one kind, if given), sorted for a filter bar."""
    return tuple(sorted({x.category for x in listings if kind is None or x.kind is kind}, key=str.casefold))


def _in_zone(moment: datetime, z: ZoneInfo) -> datetime:
    """`moment` in the site's zone, so comparing it with occurrences is a cheap wall-clock comparison — unless
    it falls in the repeated hour of an autumn change, where only a UTC comparison tells 01:30 BST from
    01:30 GMT. (Wall-clock and real order can only disagree when both sides are in that hour.)"""
    local = moment.astimezone(z)
    return local if local.replace(fold=0).utcoffset() == local.replace(fold=1).utcoffset() else moment


def _entries(listings: Sequence[Listing], start: datetime, end: datetime, now: datetime,
             z: ZoneInfo) -> list[Entry]:
    first = start.astimezone(z).date() - timedelta(days=1)
    last = end.astimezone(z).date()
    start, end, now = _in_zone(start, z), _in_zone(end, z), _in_zone(now, z)
    out = []
    for listing in listings:
        for o in _raw(listing, first, last, z):
            if o.start < end and o.end > start:
                out.append(Entry(listing, o, o.start <= now < o.end))
    # `listings` come sorted by title, and the sort is stable: by start time, then title. Same-zone datetimes
    # compare by wall time, which is the order people read on the screen.
    out.sort(key=_start)
    return out


def _start(e: Entry) -> datetime:
    return e.occurrence.start


def _by_title(listings: Iterable[Listing]) -> list[Listing]:
    return sorted(listings, key=lambda x: (x.title.casefold(), x.id))


def _group(entries: list[Entry], today: date, z: ZoneInfo) -> tuple[Day, ...]:
    days: dict[date, list[Entry]] = {}
    for e in entries:
        d = max(e.occurrence.start.date(), today)  # in the site's zone already; on since last night: today
        days.setdefault(d, []).append(e)
    return tuple(Day(d, tuple(es)) for d, es in sorted(days.items()))


def _next_day(listings: Sequence[Listing], from_day: date, now: datetime, z: ZoneInfo) -> Day | None:
    start = at(from_day, _MIDNIGHT, z)
    for days in _STEPS:  # usually tomorrow has something: look one day ahead first, then further
        end = at(from_day + timedelta(days=days), _MIDNIGHT, z)
        entries = [e for e in _entries(listings, start, end, now, z) if e.occurrence.start >= start]
        going = [e for e in entries if not e.occurrence.cancelled]
        if going:
            day = going[0].occurrence.start.astimezone(z).date()
            return Day(day, tuple(e for e in entries if e.occurrence.start.astimezone(z).date() == day))
    return None


class WeekMemo:
    """The activities' sessions from yesterday to the end of the week ahead, worked out once per local day and
    set of listings (compared by identity), so a tab or chip change only filters them by time and category.
    One per caller (a view model); `whats_on(..., memo=)` uses it. Thread: its owner's."""

    def __init__(self) -> None:
        self._key: tuple[int, date, str] | None = None
        self._listings: Sequence[Listing] = ()
        self._entries: list[tuple[Listing, Occurrence]] = []

    def entries(self, listings: Sequence[Listing], today: date, z: ZoneInfo) -> list[tuple[Listing, Occurrence]]:
        """Every activity session starting from yesterday to today + 7 days, by start time then title."""
        key = (id(listings), today, z.key)
        if key != self._key or listings is not self._listings:
            chosen = _by_title(x for x in listings if x.kind is Kind.ACTIVITY
                               and (x.valid_to is None or x.valid_to >= today))
            found = [(x, o) for x in chosen for o in _raw(x, today - timedelta(days=1), today + timedelta(days=7), z)]
            found.sort(key=_pair_start)
            self._key, self._listings, self._entries = key, listings, found
        return self._entries


def _pair_start(pair: tuple[Listing, Occurrence]) -> datetime:
    return pair[1].start


def _memo_entries(memo: WeekMemo, listings: Sequence[Listing], category: str | None, today: date,
                  start: datetime, end: datetime, now: datetime, z: ZoneInfo) -> list[Entry]:
    """What `_entries` finds, filtered from the memo's week (same order: by start, then title)."""
    start, end, now = _in_zone(start, z), _in_zone(end, z), _in_zone(now, z)
    return [Entry(x, o, o.start <= now < o.end) for x, o in memo.entries(listings, today, z)
            if o.start < end and o.end > start and (category is None or x.category == category)]


def whats_on(listings: Iterable[Listing], now: datetime, tz: ZoneInfo | str, span: Span | str = Span.TODAY,
             category: str | None = None, memo: WeekMemo | None = None) -> WhatsOn:
    """Activities from `now` to the end of today (TODAY) or of the 7 days starting today (WEEK), that have
    not finished yet, grouped by local day. Spaces are left out (see open_spaces). With a `memo` (and a
    sequence of listings) the week's sessions are worked out once a day and filtered at each call."""
    if now.tzinfo is None:
        raise ValueError("whats_on needs a timezone-aware now")
    span = Span(span)
    z = zone(tz)
    today = now.astimezone(z).date()
    end_day = today + timedelta(days=1 if span is Span.TODAY else 7)
    if memo is not None and isinstance(listings, Sequence):
        entries = _memo_entries(memo, listings, category, today, now, at(end_day, _MIDNIGHT, z), now, z)
        if not all(e.occurrence.cancelled for e in entries):
            return WhatsOn(span, today, category, _group(entries, today, z), None)
    chosen = _by_title(x for x in listings if x.kind is Kind.ACTIVITY and (category is None or x.category == category)
                       and (x.valid_to is None or x.valid_to >= today)
                       and (x.valid_from is None or x.valid_from < end_day))
    entries = _entries(chosen, now, at(end_day, _MIDNIGHT, z), now, z)
    days = _group(entries, today, z)
    empty = None
    if all(e.occurrence.cancelled for e in entries):
        if span is Span.WEEK:
            reason = EmptyReason.NOTHING_THIS_WEEK
        else:
            midnight = at(today, _MIDNIGHT, z)
            earlier = [e for e in _entries(chosen, midnight, now, now, z) if e.occurrence.start >= midnight]
            reason = EmptyReason.NOTHING_ELSE_TODAY if earlier or entries else EmptyReason.NOTHING_TODAY
        empty = EmptyState(reason, _next_day(chosen, end_day, now, z))
    return WhatsOn(span, today, category, days, empty)


def open_now(space: Listing, now: datetime, tz: ZoneInfo | str) -> OpenState:
    """Whether the space is open at `now`; if so until when (back-to-back openings run together, so
    22:00–00:00 then 00:00–02:00 is "open until 2am"), otherwise when it next opens."""
    if space.kind is not Kind.SPACE:
        raise ValueError(f"open_now is for spaces; {space.title!r} is an {space.kind.value}")
    if now.tzinfo is None:
        raise ValueError("open_now needs a timezone-aware now")
    z = zone(tz)
    today = now.astimezone(z).date()
    for days in _STEPS:  # most answers need only today and tomorrow
        openings = _raw(space, today - timedelta(days=1), today + timedelta(days=days), z)
        openings.sort(key=_utc_key)
        beyond = at(today + timedelta(days=days + 1), _MIDNIGHT, z)  # every opening starting before this is known
        current = next((o for o in openings if o.start <= now < o.end), None)
        if current is None:
            opens = next((o.start for o in openings if o.start > now), None)
            if opens is not None or days == LOOKAHEAD_DAYS:
                return OpenState(False, opens_at=opens)
            continue
        closes = current.end
        for o in openings:
            if o.start <= closes < o.end:
                closes = o.end
        if closes < beyond:
            return OpenState(True, closes_at=closes)
    return OpenState(True, closes_at=None)  # open without a break as far as we look


def open_spaces(listings: Iterable[Listing], now: datetime, tz: ZoneInfo | str,
                category: str | None = None) -> tuple[SpaceStatus, ...]:
    """Every space (of `category`, if given) valid today with its state: open ones first by title, then
    closed ones by when they open (never-opening ones last)."""
    z = zone(tz)
    today = now.astimezone(z).date()
    found = [SpaceStatus(x, open_now(x, now, z)) for x in listings
             if x.kind is Kind.SPACE and (category is None or x.category == category)
             and (x.valid_to is None or x.valid_to >= today)]
    far = datetime.max.replace(tzinfo=UTC)
    found.sort(key=lambda s: (not s.state.is_open,
                              far if s.state.is_open or s.state.opens_at is None else s.state.opens_at,
                              s.listing.title.casefold()))
    return tuple(found)
