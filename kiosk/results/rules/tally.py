"""Tallies: the counted answers every result is built from, and the query that selects them.

A tally is the number of answers with one (site, question version, local day, local hour, answer, follow-up);
day and hour are already in the site's own time zone, and the answers are the repeat-filtered ones the kiosk
stores. A store (local SQLite or the central aggregates) returns tallies; the rules never see a raw row, so
the same code serves a kiosk with 50 answers and an organisation with 10 million. Thread: any (pure).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kiosk.core.answers import Answer, Followup
from kiosk.core.errors import KioskError

MAX_YEARS = 10  # a longer period is refused: it is almost always a typo (2205 for 2025)


@dataclass(frozen=True, slots=True)
class Tally:
    site: str
    question: str  # the question version (kiosk.core.answers.question_version)
    day: date  # the site's local date
    hour: int  # 0-23, the site's local hour
    answer: Answer
    followup: Followup | None
    count: int


@dataclass(frozen=True, slots=True)
class HourCount:
    """Answers of one question version with one answer at one local weekday (0 = Monday) and hour, summed over a
    period and its sites: the weekday × hour pattern, added up where the answers are (in SQL at scale)."""

    question: str
    weekday: int
    hour: int
    answer: Answer
    count: int


class ResultsQueryError(KioskError):
    """A results query that cannot be answered as asked (the message says why and what to do)."""


@dataclass(frozen=True, slots=True)
class ResultsQuery:
    """Which answers a result covers: sites (empty = every site the reader may see) and local dates, inclusive."""

    date_from: date
    date_to: date
    sites: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise ResultsQueryError(
                f"The period ends ({self.date_to.isoformat()}) before it starts ({self.date_from.isoformat()}); "
                "swap the two dates.", code="results.dates_reversed",
                start=self.date_from.isoformat(), end=self.date_to.isoformat())
        if (self.date_to - self.date_from).days > MAX_YEARS * 366:
            raise ResultsQueryError(
                f"The period from {self.date_from.isoformat()} to {self.date_to.isoformat()} is longer than "
                f"{MAX_YEARS} years; choose a shorter one.", code="results.period_too_long",
                start=self.date_from.isoformat(), end=self.date_to.isoformat(), years=MAX_YEARS)

    def covers(self, tally: Tally) -> bool:
        return self.date_from <= tally.day <= self.date_to and (not self.sites or tally.site in self.sites)


def only(tallies: Iterable[Tally], query: ResultsQuery) -> list[Tally]:
    return [t for t in tallies if query.covers(t)]
