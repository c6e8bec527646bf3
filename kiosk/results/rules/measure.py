"""The kindness measure: answers, yes / not sure / no, the kindness rate and the "no" share with Wilson intervals.

The kindness rate is yes ÷ answers. Each share carries a Wilson score 95% interval, which stays inside 0–1 and
behaves at small counts where the textbook ±1.96·√(p(1−p)/n) does not (8 of 10 → 0.490–0.943). Follow-up
shares are of the answers that got a follow-up. `compare` says "about the same" unless the two intervals do
not overlap: no league table built on noise. Thread: any (pure arithmetic).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.answers import Answer, Followup
from kiosk.core.proportions import Z95, wilson_interval
from kiosk.results.rules.tally import Tally


@dataclass(frozen=True, slots=True)
class Share:
    """A proportion k/n with its Wilson score 95% interval."""

    count: int
    of: int
    value: float
    low: float
    high: float

    @property
    def percent(self) -> int:
        return round(self.value * 100)


def wilson(count: int, of: int, z: float = Z95) -> Share:
    """The Wilson score interval for `count` successes in `of` trials; `of` must be ≥ 1."""
    low, high = wilson_interval(count, of, z)
    return Share(count, of, count / of, low, high)


@dataclass(frozen=True, slots=True)
class Measure:
    """Everything one group of answers says. Shares are None when there are no answers at all."""

    answers: int
    yes: int
    not_sure: int
    no: int
    followups: dict[Followup, int]

    @property
    def kindness(self) -> Share | None:
        return wilson(self.yes, self.answers) if self.answers else None

    @property
    def no_share(self) -> Share | None:
        return wilson(self.no, self.answers) if self.answers else None

    @property
    def followed_up(self) -> int:
        return sum(self.followups.values())

    def followup_share(self, where: Followup) -> Share | None:
        total = self.followed_up
        return wilson(self.followups.get(where, 0), total) if total else None

    @classmethod
    def of(cls, tallies: Iterable[Tally]) -> Measure:
        answers: Counter[Answer] = Counter()
        followups: Counter[Followup] = Counter()
        for t in tallies:
            answers[t.answer] += t.count
            if t.followup is not None:
                followups[t.followup] += t.count
        return cls(answers=sum(answers.values()), yes=answers[Answer.YES], not_sure=answers[Answer.NOT_SURE],
                   no=answers[Answer.NO], followups={f: followups[f] for f in Followup})

    @classmethod
    def empty(cls) -> Measure:
        return cls(answers=0, yes=0, not_sure=0, no=0, followups={f: 0 for f in Followup})


class Change(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"
    ABOUT_THE_SAME = "about_the_same"
    UNKNOWN = "unknown"  # one side has no shown figure


def compare(now: Share | None, before: Share | None) -> Change:
    """Period on period: higher or lower only when the 95% intervals do not overlap."""
    if now is None or before is None:
        return Change.UNKNOWN
    if now.low > before.high:
        return Change.HIGHER
    if now.high < before.low:
        return Change.LOWER
    return Change.ABOUT_THE_SAME
