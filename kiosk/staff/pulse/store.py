"""The staff pulse on the local store: an answer (and the quiet time it starts) in one transaction, a skip
(the quiet time alone), whether to ask, and the answers for reports.

An answer's row is exactly `id, site, local_date, answer` plus the sync bookkeeping (`digest` now,
`synced_at` once the central database has it); the push sends it like a check-in (kiosk.data.outbox).
The quiet time is one overwritten row in `staff_pulse_quiet` (kiosk.data.pulse_models).
Thread: the database worker thread (from the UI) or the CLI's main thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from kiosk.core.errors import StorageError
from kiosk.core.records import record_digest
from kiosk.data.pulse_models import StaffPulseQuietRecord, StaffPulseRecord
from kiosk.staff.pulse.rules import PulseRecord, is_due, quiet_until

_QUIET_ROW = 1


class PulseStore:
    def __init__(self, engine: Engine, gap: timedelta) -> None:
        self._engine, self._gap = engine, gap

    def is_due(self, now: datetime) -> bool:
        """Whether staff mode should open with the question now (kiosk.staff.pulse.rules.is_due)."""
        return is_due(now, self.quiet_until(), self._gap)

    def quiet_until(self) -> datetime | None:
        try:
            with self._engine.connect() as conn:
                return conn.scalar(select(StaffPulseQuietRecord.quiet_until)
                                   .where(StaffPulseQuietRecord.id == _QUIET_ROW))
        except SQLAlchemyError as e:
            raise StorageError(f"could not read the staff question's quiet time: {e.__class__.__name__}") from e

    def record(self, record: PulseRecord, now: datetime) -> None:
        """Stores the answer and starts the quiet time, together (committed, fsynced) before returning."""
        row = record.fields()
        row["digest"] = record_digest(row)  # stored with the record: the push sends it as it is
        try:
            with self._engine.begin() as conn:
                conn.execute(insert(StaffPulseRecord), [row])
                self._quiet(conn, now)
        except SQLAlchemyError as e:
            raise StorageError(f"could not store the staff answer: {e.__class__.__name__}") from e

    def stay_quiet(self, now: datetime) -> None:
        """A skip or "already answered": nothing is stored but the quiet time."""
        try:
            with self._engine.begin() as conn:
                self._quiet(conn, now)
        except SQLAlchemyError as e:
            raise StorageError(f"could not store the staff question's quiet time: {e.__class__.__name__}") from e

    def _quiet(self, conn: Connection, now: datetime) -> None:
        stmt = sqlite_insert(StaffPulseQuietRecord).values(id=_QUIET_ROW, quiet_until=quiet_until(now, self._gap))
        conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={"quiet_until": stmt.excluded.quiet_until}))

    def answers(self, *, site: str | None = None) -> Iterator[tuple[str, date, str]]:
        """(site, local_date, answer) of every stored answer, for kiosk.staff.pulse.rules.monthly."""
        q = select(StaffPulseRecord.site, StaffPulseRecord.local_date, StaffPulseRecord.answer).order_by(
            StaffPulseRecord.site, StaffPulseRecord.local_date)
        if site is not None:
            q = q.where(StaffPulseRecord.site == site)
        with self._engine.connect() as conn:
            for row in conn.execute(q):
                yield row.site, row.local_date, row.answer
