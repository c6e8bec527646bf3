"""What one listing's detail screen shows at a moment, as plain data (no words): a space's state and its
closed days in the next four weeks, or an activity's next sessions and whether one is on now; how to book;
and a space's opening hours as runs of days with the same hours ("Monday to Thursday").

    facts = listing_detail(listing, now, tz)
    facts.on_now / facts.next_session / facts.state / facts.closures / facts.booking

Thread: any (pure functions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from kiosk.whatson.rules.listings import Kind, Listing
from kiosk.whatson.rules.schedules import Freq, Occurrence, OpeningHours, Recurring, Sessions
from kiosk.whatson.rules.whats_on import OpenState, occurrences, open_now

NEXT_SESSIONS = 6  # how many upcoming sessions the detail screen lists, from the next …
NEXT_SESSIONS_DAYS = 35  # … days, and further ahead until COMING_UP of them go ahead
COMING_UP = 3  # a repeating activity shows at least its next three dates (a monthly group too)
_FURTHER = (100, 400)  # days looked ahead for them
CLOSURE_DAYS = 28  # a space's closed days shown this far ahead


class Booking(StrEnum):
    NONE = "none"  # just drop in
    PHONE = "phone"
    EMAIL = "email"
    DESK = "desk"  # ask at the desk
    UNKNOWN = "unknown"  # nobody said whether to book: the kiosk claims neither


@dataclass(frozen=True, slots=True)
class Session:
    occurrence: Occurrence
    on_now: bool


@dataclass(frozen=True, slots=True)
class WeekRun:
    """Days `first`..`last` (0 = Monday) with the same opening hours (empty: closed)."""

    first: int
    last: int
    ranges: tuple[tuple[time, time], ...]


@dataclass(frozen=True, slots=True)
class ListingFacts:
    listing: Listing
    now: datetime  # in the site's zone
    state: OpenState | None = None  # a space: open now, or when it opens
    closures: tuple[date, ...] = ()  # a space: days it is closed in the next CLOSURE_DAYS
    sessions: tuple[Session, ...] = ()  # an activity: its next sessions, cancelled ones marked

    @property
    def is_space(self) -> bool:
        return self.listing.kind is Kind.SPACE

    @property
    def going(self) -> tuple[Occurrence, ...]:
        """An activity's next sessions that go ahead."""
        return tuple(s.occurrence for s in self.sessions if not s.occurrence.cancelled)

    @property
    def on_now(self) -> Occurrence | None:
        going = self.going
        return going[0] if going and going[0].start <= self.now else None

    @property
    def next_session(self) -> Occurrence | None:
        going = self.going
        return going[0] if going and going[0].start > self.now else None

    @property
    def is_open(self) -> bool:
        """Open now (a space) or on now (an activity): the status is shown as good news."""
        return self.state.is_open if self.state is not None else self.on_now is not None

    @property
    def booking(self) -> Booking:
        contact = self.listing.contact
        if self.listing.drop_in is None:
            return Booking.UNKNOWN
        if self.listing.drop_in:
            return Booking.NONE
        return Booking.PHONE if contact.phone else Booking.EMAIL if contact.email else Booking.DESK


def listing_detail(listing: Listing, now: datetime, tz: ZoneInfo) -> ListingFacts:
    """The facts for `listing` at `now` (aware), in the site's zone `tz`."""
    now = now.astimezone(tz)
    today = now.date()
    if listing.kind is Kind.SPACE:
        assert isinstance(listing.schedule, OpeningHours)
        closures = tuple(sorted(d for d in listing.schedule.closures
                                if today <= d <= today + timedelta(days=CLOSURE_DAYS)))
        return ListingFacts(listing, now, state=open_now(listing, now, tz), closures=closures)
    assert isinstance(listing.schedule, Sessions)
    coming = _coming(listing, now, tz)
    return ListingFacts(listing, now, sessions=tuple(Session(o, o.start <= now < o.end) for o in coming))


def _coming(listing: Listing, now: datetime, tz: ZoneInfo) -> list[Occurrence]:
    """Up to NEXT_SESSIONS in the next NEXT_SESSIONS_DAYS, and beyond until COMING_UP of them go ahead."""
    soon = now + timedelta(days=NEXT_SESSIONS_DAYS)
    found = occurrences(listing, now, soon, tz)
    for days in _FURTHER:
        if sum(not o.cancelled for o in found) >= COMING_UP:
            break
        found = occurrences(listing, now, now + timedelta(days=days), tz)
    out: list[Occurrence] = []
    going = 0
    for o in found:
        if not ((len(out) < NEXT_SESSIONS and o.start < soon) or going < COMING_UP):
            break
        out.append(o)
        going += not o.cancelled
    return out


def repeats_sparsely(listing: Listing) -> bool:
    """An activity that repeats, but not every week (monthly, fortnightly): its card says its next dates, which
    the week's list already shows for one that meets every week."""
    s = listing.schedule
    rules = [r for r in s.rules if isinstance(r, Recurring)] if isinstance(s, Sessions) else []
    return bool(rules) and all(r.freq is Freq.MONTHLY or r.interval > 1 for r in rules)


def later_dates(listing: Listing, after: Occurrence, tz: ZoneInfo, count: int = COMING_UP) -> tuple[date, ...]:
    """The local dates of the next `count` sessions after `after` that go ahead (within _FURTHER[-1] days)."""
    out: list[date] = []
    for days in _FURTHER:
        found = occurrences(listing, after.end, after.start + timedelta(days=days), tz)
        out = [o.start.date() for o in found if not o.cancelled and o.start > after.start]
        if len(out) >= count:
            break
    return tuple(dict.fromkeys(out))[:count]


def week_runs(hours: OpeningHours) -> tuple[WeekRun, ...]:
    """The week as runs of consecutive days with the same hours, Monday first."""
    runs: list[WeekRun] = []
    i = 0
    while i < 7:
        j = i
        while j + 1 < 7 and hours.week[j + 1] == hours.week[i]:
            j += 1
        runs.append(WeekRun(i, j, tuple(hours.week[i])))
        i = j + 1
    return tuple(runs)
