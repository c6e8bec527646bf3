"""The check-in's use cases: store an answer or a follow-up durably, then say so (`CheckInRecorded`).

Made once per process by `Services.get(CheckIns)`; the store opens on first use. Thread: the database thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.checkin.rules import CheckIn, CheckInFollowup
from kiosk.core.events import CheckInRecorded
from kiosk.data.services import Services

if TYPE_CHECKING:
    from kiosk.checkin.store import CheckInService


class CheckIns:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._store: CheckInService | None = None

    def store(self) -> CheckInService:
        if self._store is None:
            from kiosk.checkin.store import CheckInService

            self._store = CheckInService(self._services.engine())
        return self._store

    def record(self, checkin: CheckIn) -> CheckIn:
        stored = self.store().record(checkin)
        self._services.publish(CheckInRecorded(stored.answer.value))
        return stored

    def record_followup(self, followup: CheckInFollowup) -> CheckInFollowup:
        return self.store().record_followup(followup)
