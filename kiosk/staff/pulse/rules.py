"""The staff pulse's pure rules: the answers, the anonymous record, when to ask, and the monthly table.

**Anonymous by design.** A staff answer is stored as `id` (a random UUID, only so a record sent twice is
stored once), `site`, `local_date` (the site's calendar date) and `answer` — no staff identity (staff share
one PIN, and none is ever asked for), no kiosk id and no time of day, so an answer cannot be matched to a
person by who was on shift at that kiosk at that moment.

**Never pestering: about once per person per day, without knowing who anyone is.** The question is asked
when staff mode opens (after the PIN) and only if this kiosk is not in a *quiet time*. Answering, tapping
"Skip" or tapping "I've already answered today" each start a quiet time of `staff.pulse_gap_minutes`
(default 240: one person signing in again and again within half a working day is asked once; the next
person on the next shift is asked). A card nobody answers (staff mode left, or timed out) starts nothing.
The quiet time is kept in the local store (one row, overwritten: it names no answer), so a restart does not
ask again; a quiet time that reaches more than two gaps ahead (the clock was set back) is ignored. This
is an approximation: two people signing in within one gap on one kiosk are asked once between them, and
one person using two kiosks may be asked on each (the button "I've already answered today" is for them).

**Reporting** (`monthly`): per site and calendar month only, never by day, week or kiosk; a month with
fewer than `results.staff_min_count` answers (default 10) shows no rate and no counts, only "fewer than 10
answers". The table has no totals row, so no hidden figure can be worked out by subtraction (a caller that
adds totals must suppress a second figure too). The yes-rate comes with a Wilson score 95% interval.

Thread: any (pure data and arithmetic).
"""

from __future__ import annotations

import math
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from kiosk.core.clock import Clock, local_date
from kiosk.core.errors import KioskError

QUESTION = "Did you experience kindness at work today?"
Z95 = 1.959963984540054  # the standard normal's 97.5th percentile: a two-sided 95% interval


class PulseAnswer(StrEnum):
    YES = "yes"
    NOT_SURE = "not_sure"
    NO = "no"


class PulseError(KioskError):
    """Bad input to the staff pulse's rules (code "pulse_answer", "pulse_min_count")."""

    kind = "pulse"


def parse_answer(value: str) -> PulseAnswer:
    try:
        return PulseAnswer(value)
    except ValueError:
        raise PulseError(f"{value!r} is not a staff pulse answer (yes, not_sure or no)", code="pulse_answer",
                         answer=value) from None


@dataclass(frozen=True, slots=True)
class PulseRecord:
    """One staff answer, exactly as stored and sent: nothing that says who, on which kiosk, or when in the day."""

    id: uuid.UUID
    site: str
    local_date: date
    answer: PulseAnswer

    @classmethod
    def new(cls, answer: PulseAnswer, *, site: str, clock: Clock, timezone: str) -> PulseRecord:
        return cls(id=uuid.uuid4(), site=site, local_date=local_date(clock.now(), timezone), answer=answer)

    def fields(self) -> dict[str, object]:
        """The record's content fields (what its digest is computed from)."""
        return {"id": self.id, "site": self.site, "local_date": self.local_date, "answer": self.answer.value}


# -- when to ask ------------------------------------------------------------------------------------------

def is_due(now: datetime, quiet_until: datetime | None, gap: timedelta) -> bool:
    """Whether staff mode should open with the question: no quiet time, or it is over — or it reaches more
    than two gaps ahead, which only a clock set back by more than a gap can cause (better to ask once than
    not for days; a clock corrected by seconds or minutes keeps the quiet time)."""
    if quiet_until is None or gap <= timedelta(0):
        return True
    return now >= quiet_until or quiet_until - now > 2 * gap


def quiet_until(now: datetime, gap: timedelta) -> datetime:
    """The end of the quiet time that answering, skipping or "already answered" starts now."""
    return now + gap


# -- the monthly table --------------------------------------------------------------------------------------

def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for a proportion successes/n (8 of 10 → 0.490–0.943)."""
    if n <= 0 or not 0 <= successes <= n:
        raise ValueError(f"a proportion needs 0 ≤ successes ≤ n and n > 0, not {successes} of {n}")
    p = successes / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True, slots=True)
class PulseMonth:
    """One site's month. When `suppressed`, every count and the rate are None and `note` says why."""

    site: str
    month: str  # YYYY-MM, the site's calendar
    answers: int | None
    yes: int | None
    not_sure: int | None
    no: int | None
    rate: float | None  # yes ÷ answers
    ci_low: float | None
    ci_high: float | None
    suppressed: bool
    note: str  # "" or "fewer than 10 answers"


def monthly(answers: Iterable[tuple[str, date, str | PulseAnswer]], *, min_count: int = 10) -> list[PulseMonth]:
    """(site, local_date, answer) triples → one row per site and month, by site then month."""
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
        raise PulseError(f"the minimum count must be a whole number of at least 1, not {min_count!r}",
                         code="pulse_min_count", value=min_count)
    raw = Counter((site, day.year, day.month, answer) for site, day, answer in answers)  # one pass, no checks
    counts: dict[tuple[str, str], Counter[PulseAnswer]] = {}
    for (site, year, month, answer), n in raw.items():  # few distinct keys: each answer checked once here
        counts.setdefault((site, f"{year:04d}-{month:02d}"), Counter())[parse_answer(answer)] += n
    return [_month(site, month, counts[site, month], min_count) for site, month in sorted(counts)]


def _month(site: str, month: str, c: Counter[PulseAnswer], min_count: int) -> PulseMonth:
    n = sum(c.values())
    if n < min_count:
        return PulseMonth(site, month, None, None, None, None, None, None, None, True,
                          f"fewer than {min_count} answers")
    yes = c[PulseAnswer.YES]
    low, high = wilson(yes, n)
    return PulseMonth(site, month, n, yes, c[PulseAnswer.NOT_SURE], c[PulseAnswer.NO], yes / n, low, high, False, "")
