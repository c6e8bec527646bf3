"""The staff pulse's use cases: whether staff mode opens with the question, an answer, a skip.

Made once per process by `Services.get(StaffPulse)`; the store opens on first use. Whether to ask must never
keep staff out of staff mode: if the store cannot say, the question is left out this time (and logged).
Thread: the database thread (from the UI) or the CLI's main thread.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta
from typing import TYPE_CHECKING

from kiosk.core.errors import KioskError
from kiosk.data.services import Services
from kiosk.staff.pulse.rules import PulseAnswer, PulseRecord

if TYPE_CHECKING:
    from kiosk.staff.pulse.store import PulseStore

log = logging.getLogger(__name__)


class StaffPulse:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._config, self._clock = services.config, services.clock
        self._lock = threading.Lock()
        self._store: PulseStore | None = None

    @property
    def enabled(self) -> bool:
        return self._config.staff_pulse

    def store(self) -> PulseStore:
        with self._lock:
            if self._store is None:
                from kiosk.staff.pulse.store import PulseStore

                gap = timedelta(minutes=self._config.staff_pulse_gap_minutes)
                self._store = PulseStore(self._services.engine(), gap)
            return self._store

    def due(self) -> bool:
        """Whether staff mode should open with the question now. Never raises: staff mode comes first."""
        if not self.enabled:
            return False
        try:
            return self.store().is_due(self._clock.now())
        except Exception as e:  # whatever it is, staff get in; the log says why
            log.warning("the staff question is left out this time: %s", e, exc_info=not isinstance(e, KioskError))
            return False

    def answer(self, answer: PulseAnswer) -> PulseRecord:
        """Stores the answer (site and date only) and starts the quiet time."""
        record = PulseRecord.new(answer, site=self._config.site_id, clock=self._clock, timezone=self._config.timezone)
        self.store().record(record, self._clock.now())
        return record

    def stay_quiet(self) -> None:
        """A skip, or "I've already answered today": nothing stored but the quiet time."""
        self.store().stay_quiet(self._clock.now())
