"""What staff do to a schedule in the editor, as pure functions: the next sessions the rules produce (with the
cancelled ones marked), cancelling one session with a reason visitors see and undoing it, closing an activity
or a space for a date range ("Closed 24 December – 2 January"), and adding a one-off extra date.

A closure of an ACTIVITY is stored as cancellations (one per day that has a session, for every session that
day), not as exceptions: visitors then see each session struck through with the reason ("Closed for the
holidays") instead of the dates silently missing, so nobody wonders whether they misread the week or the
listing is out of date. A closure of a SPACE is its OpeningHours closure dates (the model has no reason for
them: the opening simply is not shown those days).

Each function returns a new schedule or raises ListingError naming the field (code and numbers for the
screen's words), never changing what it was given. Thread: any (pure).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

from kiosk.whatson.rules.schedules import (
    Cancellation,
    ListingError,
    Occurrence,
    OneOff,
    OpeningHours,
    Recurring,
    Sessions,
    at,
    rule_dates,
    session_occurrences,
)

REASON_LIMIT = 200  # as Cancellation allows
MAX_CLOSURE_DAYS = 366
_NO_ID = UUID(int=0)


def upcoming(sessions: Sessions, now: datetime, tz: ZoneInfo, count: int = 12) -> list[Occurrence]:
    """The next `count` sessions not yet over at `now`, in order, cancelled ones included and marked. Looks
    two months ahead first, then up to two years (a yearly one-off or a sparse rule still shows)."""
    today = now.astimezone(tz).date()
    for days in (62, 731):
        found = sorted((o for o in session_occurrences(_NO_ID, sessions, today - timedelta(days=1),
                                                       today + timedelta(days=days), tz) if o.end > now),
                       key=lambda o: (o.start, o.end))
        if len(found) >= count:
            break
    return found[:count]


def rule_start(sessions: Sessions, o: Occurrence, tz: ZoneInfo) -> time:
    """The wall time a session's rule gives for occurrence `o` (what a cancellation names): the same as its
    start, except a session in the spring-forward gap (a 01:30 rule starts at 02:30 that Sunday)."""
    day = o.start.astimezone(tz).date()
    return next((t for t in sorted(_session_starts(sessions, day)) if at(day, t, tz) == o.start),
                o.start.astimezone(tz).time().replace(tzinfo=None))


def _session_starts(sessions: Sessions, on: date) -> set[time]:
    """The start times of the sessions the rules give on local date `on` (exceptions left out)."""
    if on in sessions.exceptions:
        return set()
    starts = set()
    for rule in sessions.rules:
        if isinstance(rule, OneOff):
            if rule.on == on:
                starts.add(rule.start)
        elif rule_dates(rule, on, on):
            starts.add(rule.start)
    return starts


def _reason(text: str, field: str) -> str:
    reason = text.strip()
    if len(reason) > REASON_LIMIT:
        raise ListingError(field, f"is {len(reason)} characters long; at most {REASON_LIMIT} fit on the screen",
                           code="too_long", length=len(reason), limit=REASON_LIMIT)
    return reason


def cancel_session(sessions: Sessions, on: date, start: time, reason: str) -> Sessions:
    """The session on `on` starting at `start` is cancelled with `reason` (shown to visitors); a session that
    was cancelled already gets the new reason."""
    why = _reason(reason, "schedule.cancellations.reason")
    if start not in _session_starts(sessions, on):
        raise ListingError("schedule.cancellations", f"there is no session on {on} at {start}",
                           code="no_session_then", day=on)
    kept = tuple(c for c in sessions.cancellations if (c.on, c.start) != (on, start))
    return replace(sessions, cancellations=(*kept, Cancellation(on, why, start)))


def undo_cancel(sessions: Sessions, on: date, start: time) -> Sessions:
    """The session on `on` at `start` goes ahead again: its own cancellation is removed, or else the whole
    day's (a closure), which puts that day's other sessions back too."""
    own = [c for c in sessions.cancellations if (c.on, c.start) == (on, start)]
    day = [c for c in sessions.cancellations if (c.on, c.start) == (on, None)]
    drop = own or day
    return replace(sessions, cancellations=tuple(c for c in sessions.cancellations if c not in drop))


def _check_range(first: date | None, last: date | None, where: str) -> tuple[date, date]:
    if first is None:
        raise ListingError(f"{where}.from", "is required", code="required")
    last = last or first
    if last < first:
        raise ListingError(f"{where}.to", f"{last} is before the first day, {first}", code="closure_ends_before_start",
                           end=last, start=first)
    if (last - first).days >= MAX_CLOSURE_DAYS:
        raise ListingError(f"{where}.to", f"a closure of more than {MAX_CLOSURE_DAYS} days; set 'Showing until' "
                                          "instead", code="closure_too_long", limit=MAX_CLOSURE_DAYS)
    return first, last


def days_of(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def close_activity(sessions: Sessions, first: date | None, last: date | None, reason: str) -> Sessions:
    """Every session from `first` to `last` (inclusive, local dates) cancelled with `reason`: one whole-day
    cancellation per day that has a session (a session cancelled on its own that day takes the closure's
    reason). ListingError when the range is backwards, longer than a year, or has no session in it."""
    first, last = _check_range(first, last, "closure")
    why = _reason(reason, "closure.reason")
    closed = [d for d in days_of(first, last) if _session_starts(sessions, d)]
    if not closed:
        raise ListingError("closure.from", f"there are no sessions from {first} to {last}",
                           code="no_sessions_to_close", start=first, end=last)
    shut = set(closed)
    kept = tuple(c for c in sessions.cancellations if c.on not in shut)
    return replace(sessions, cancellations=(*kept, *(Cancellation(d, why) for d in closed)))


def close_space(hours: OpeningHours, first: date | None, last: date | None) -> OpeningHours:
    """The space is closed every day from `first` to `last` (inclusive)."""
    first, last = _check_range(first, last, "closure")
    return replace(hours, closures=hours.closures | set(days_of(first, last)))


def reopen_space(hours: OpeningHours, first: date, last: date) -> OpeningHours:
    """The closure days from `first` to `last` are open again (as the weekly hours say)."""
    return replace(hours, closures=hours.closures - set(days_of(first, last)))


def closure_runs(days: Iterable[date]) -> list[tuple[date, date]]:
    """Closure dates as runs of consecutive days: {24 Dec … 2 Jan, 9 Feb} → [(24 Dec, 2 Jan), (9 Feb, 9 Feb)]."""
    runs: list[tuple[date, date]] = []
    for d in sorted(set(days)):
        if runs and runs[-1][1] + timedelta(days=1) == d:
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    return runs


def add_one_off(sessions: Sessions, on: date | None, start: time, end: time) -> Sessions:
    """An extra session on `on` from `start` to `end` (next day if the end is not after the start)."""
    if on is None:
        raise ListingError("extra.on", "is required for an extra date", code="required")
    if on in sessions.exceptions:
        raise ListingError("extra.on", f"{on} is a day the activity is left out", code="excepted_day", day=on)
    extra = OneOff(on, start, end)
    if start in _session_starts(sessions, on):
        raise ListingError("extra.on", f"there is a session on {on} at {start} already", code="session_exists",
                           day=on)
    return replace(sessions, rules=(*sessions.rules, extra))


def form_can_show(rule: Recurring | OneOff, nths: tuple[str, ...]) -> bool:
    """Whether the editor's pattern controls can show `rule` whole (days, times; its interval and first/last
    dates are carried as they are): a date, a weekly rule, or one "2nd Tuesday"-style monthly day."""
    if isinstance(rule, OneOff) or rule.freq.value == "weekly":
        return True
    return not rule.monthdays and len(rule.days) == 1 and str(rule.days[0].nth) in nths
