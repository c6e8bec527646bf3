"""The kindness check-in: answers, follow-ups, the record, and the repeat-press guard.

Thread: any (pure data and arithmetic; the guard is used from the GUI thread only).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.core.answers import DEFAULT_ANSWERS, QUESTION, QUESTION_ID, Answer, Followup
from kiosk.core.clock import Clock, local_date

__all__ = ["DEFAULT_ANSWERS", "QUESTION", "Answer", "CheckIn", "CheckInFollowup", "CheckInRow", "Followup",
           "RepeatGuard", "parse_answers"]


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One visitor's answer. Immutable: a follow-up is its own record, so a sent record never changes."""

    id: uuid.UUID
    site: str
    kiosk: str
    answered_at: datetime  # UTC, timezone-aware
    local_date: date  # the calendar date at the site
    answer: Answer
    language: str
    question: str = QUESTION_ID  # the question as asked (kiosk.core.answers.question_version)

    @classmethod
    def new(cls, *, answer: Answer, site: str, kiosk: str, language: str, clock: Clock,
            timezone: str, question: str = QUESTION_ID) -> CheckIn:
        now = clock.now()
        return cls(id=uuid.uuid4(), site=site, kiosk=kiosk, answered_at=now,
                   local_date=local_date(now, timezone), answer=answer, language=language, question=question)


@dataclass(frozen=True, slots=True)
class CheckInFollowup:
    """Where the visitor noticed kindness, attached to an earlier check-in."""

    id: uuid.UUID
    checkin_id: uuid.UUID
    site: str
    kiosk: str
    followup: Followup
    answered_at: datetime

    @classmethod
    def new(cls, *, checkin: CheckIn, followup: Followup, clock: Clock) -> CheckInFollowup:
        return cls(id=uuid.uuid4(), checkin_id=checkin.id, site=checkin.site, kiosk=checkin.kiosk,
                   followup=followup, answered_at=clock.now())


@dataclass(frozen=True, slots=True)
class CheckInRow:
    """A check-in joined with its follow-up, as reports and exports see it."""

    id: uuid.UUID
    site: str
    kiosk: str
    answered_at: datetime
    local_date: date
    answer: Answer
    followup: Followup | None
    language: str


@dataclass(slots=True)
class RepeatGuard:
    """Ignores a new answer that comes within `seconds` of the last recorded one.

    Stops a double tap, or the next person's accidental brush, from counting twice.
    """

    clock: Clock
    seconds: float
    _last: float | None = field(default=None, init=False)

    def allows(self) -> bool:
        return self._last is None or self.clock.monotonic() - self._last >= self.seconds

    def recorded(self) -> None:
        self._last = self.clock.monotonic()


def parse_answers(values: list[str]) -> tuple[Answer, ...]:
    """The configured answer set, in order; raises ValueError naming what is allowed."""
    allowed = [a.value for a in Answer]
    answers: list[Answer] = []
    for v in values:
        if v not in allowed:
            raise ValueError(f"{v!r} is not an answer; allowed: {', '.join(allowed)}")
        if Answer(v) in answers:
            raise ValueError(f"{v!r} is listed twice")
        answers.append(Answer(v))
    if len(answers) < 2:
        raise ValueError("at least two answers are needed")
    return tuple(answers)
