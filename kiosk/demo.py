"""Sample content for `kiosk demo`: a few weeks of realistic answers so exports and charts have data.

Thread: the CLI's main thread, before the window opens.
"""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

from kiosk.domain.checkin import Answer, CheckIn, CheckInFollowup, Followup
from kiosk.domain.clock import Clock, local_date
from kiosk.settings import Config
from kiosk.store.checkins import CheckInService


class _At:
    def __init__(self, clock: Clock, offset: timedelta) -> None:
        self._clock, self._offset = clock, offset

    def now(self):  # type: ignore[no-untyped-def]
        return self._clock.now() - self._offset

    def monotonic(self) -> float:
        return self._clock.monotonic()


def seed_checkins(service: CheckInService, config: Config, clock: Clock, days: int = 21, seed: int = 7) -> int:
    """Adds sample answers over the past `days` days, only into an empty store. Returns how many."""
    if service.count():
        return 0
    rng = random.Random(seed)
    n = 0
    for day in range(days, 0, -1):
        for _ in range(rng.randint(6, 18)):
            offset = timedelta(days=day, hours=rng.randint(0, 7), minutes=rng.randint(0, 59))
            at = clock.now() - offset
            answer = rng.choices([Answer.YES, Answer.NOT_SURE, Answer.NO], weights=[70, 20, 10])[0]
            checkin = CheckIn(id=uuid.UUID(int=rng.getrandbits(128), version=4), site=config.site_id,
                              kiosk=config.kiosk_id, answered_at=at, local_date=local_date(at, config.timezone),
                              answer=answer, language=config.language)
            service.record(checkin)
            n += 1
            if answer.asks_followup and rng.random() < 0.6:
                followup = rng.choices(list(Followup), weights=[60, 25, 15])[0]
                service.record_followup(CheckInFollowup.new(checkin=checkin, followup=followup,
                                                            clock=_At(clock, offset - timedelta(seconds=20))))
    return n
