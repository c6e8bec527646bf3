"""Check-in use cases on the local store: record an answer, record a follow-up, list for export.

One session per use case; callers get plain dataclasses, never ORM objects. Each record is stored with its
digest (kiosk.core.records), so the push never has to compute it.
Thread: the database worker thread (from the UI) or the CLI's main thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, CheckInRow, Followup
from kiosk.core.errors import StorageError
from kiosk.core.records import record_digest
from kiosk.data.engine import PreparedInsert, session_factory
from kiosk.data.models import CheckInFollowupRecord, CheckInRecord

_CHECKIN = ("id", "site", "kiosk", "answered_at", "local_date", "answer", "language", "question", "digest")
_FOLLOWUP = ("id", "checkin_id", "site", "kiosk", "followup", "answered_at", "digest")
_ANSWERS = frozenset(a.value for a in Answer)
_FOLLOWUPS = frozenset(f.value for f in Followup)


class CheckInService:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = session_factory(engine)
        # The tap's hot path: each INSERT compiled once, committed on a pooled connection (kiosk.data.engine).
        self._insert_checkin = PreparedInsert(engine, CheckInRecord, _CHECKIN)
        self._insert_followup = PreparedInsert(engine, CheckInFollowupRecord, _FOLLOWUP)

    def record(self, checkin: CheckIn) -> CheckIn:
        """Stores the answer durably (committed, fsynced) before returning it."""
        row = {"id": checkin.id, "site": checkin.site, "kiosk": checkin.kiosk, "answered_at": checkin.answered_at,
               "local_date": checkin.local_date, "answer": checkin.answer.value, "language": checkin.language,
               "question": checkin.question}
        row["digest"] = record_digest(row)  # stored with the record: the push sends it as it is
        try:
            self._insert_checkin(row)
        except SQLAlchemyError as e:
            raise StorageError(f"could not store the answer: {e.__class__.__name__}") from e
        return checkin

    def record_followup(self, followup: CheckInFollowup) -> CheckInFollowup:
        row = {"id": followup.id, "checkin_id": followup.checkin_id, "site": followup.site,
               "kiosk": followup.kiosk, "followup": followup.followup.value, "answered_at": followup.answered_at}
        row["digest"] = record_digest(row)
        try:
            self._insert_followup(row)
        except SQLAlchemyError as e:
            raise StorageError(f"could not store the follow-up: {e.__class__.__name__}") from e
        return followup

    def count(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(CheckInRecord)) or 0

    def rows(self, *, date_from: date | None = None, date_to: date | None = None,
             site: str | None = None, left_out: list[str] | None = None) -> Iterator[CheckInRow]:
        """Check-ins oldest first with their latest follow-up; dates are the site-local date, inclusive.
        A row with an answer or follow-up this version does not know (written behind the app's back, or
        before the central database checked them) is left out, never a traceback: described in `left_out`."""
        latest = (
            select(CheckInFollowupRecord.followup)
            .where(CheckInFollowupRecord.checkin_id == CheckInRecord.id)
            .order_by(CheckInFollowupRecord.answered_at.desc())
            .limit(1)
            .correlate(CheckInRecord)
            .scalar_subquery()
        )
        q = select(CheckInRecord, latest.label("followup")).order_by(CheckInRecord.answered_at, CheckInRecord.id)
        if date_from:
            q = q.where(CheckInRecord.local_date >= date_from)
        if date_to:
            q = q.where(CheckInRecord.local_date <= date_to)
        if site:
            q = q.where(CheckInRecord.site == site)
        with self._sessions() as s:
            for rec, followup in s.execute(q.execution_options(yield_per=1000)):
                if rec.answer not in _ANSWERS or (followup and followup not in _FOLLOWUPS):
                    if left_out is not None:
                        left_out.append(f"check-in {rec.id} from kiosk {rec.kiosk!r} has an unknown answer "
                                        f"{rec.answer!r}" + (f" or follow-up {followup!r}" if followup else ""))
                    continue
                yield CheckInRow(
                    id=rec.id, site=rec.site, kiosk=rec.kiosk, answered_at=rec.answered_at,
                    local_date=rec.local_date, answer=Answer(rec.answer),
                    followup=Followup(followup) if followup else None, language=rec.language,
                )
