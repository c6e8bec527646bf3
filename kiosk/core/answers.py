"""The kindness question's vocabulary, shared by the check-in (which asks it) and the results (which count it).

An answer records which question it answered: the question version names the wording and the answer set, so
reports compare only like with like. Thread: any (pure data).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

QUESTION = "Did you experience kindness today?"
STAFF_QUESTION = "Did you experience kindness at work today?"
QUESTION_ID = "kindness-1"  # the wording above; a new wording gets a new id


class Answer(StrEnum):
    YES = "yes"
    NOT_SURE = "not_sure"
    NO = "no"

    @property
    def asks_followup(self) -> bool:
        """'No' gets a gentle line instead of the 'where did you notice kindness?' question."""
        return self is not Answer.NO


class Followup(StrEnum):
    STAFF = "staff"
    VISITOR = "visitor"
    ELSEWHERE = "elsewhere"


DEFAULT_ANSWERS: tuple[Answer, ...] = (Answer.YES, Answer.NOT_SURE, Answer.NO)


def question_version(answers: Sequence[Answer | str] = DEFAULT_ANSWERS) -> str:
    """The question as asked: its wording id plus the answer set when it is not the usual three.

    >>> question_version()
    'kindness-1'
    >>> question_version(["yes", "no"])
    'kindness-1:yes/no'
    """
    values = tuple(Answer(a).value for a in answers)
    if values == tuple(a.value for a in DEFAULT_ANSWERS):
        return QUESTION_ID
    return f"{QUESTION_ID}:{'/'.join(values)}"
