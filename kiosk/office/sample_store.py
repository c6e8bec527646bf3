"""A sample central database for the office's pictures and tests: a SQLite file (the demo's kind of central)
with two sites, their kiosks and heartbeats (one kiosk silent), twelve weeks of answers counted into the
tallies, wall messages waiting for staff (some the filter noticed something in) and on the wall, and the alerts
the rules raise on them. Deterministic for a given `now`. Thread: any (the CLI's, or a test's).
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert

from kiosk.core.clock import local_date
from kiosk.core.config import Config
from kiosk.data import tallies
from kiosk.data.engine import make_engine
from kiosk.data.models import CheckInRecord
from kiosk.data.sync_models import HeartbeatRecord
from kiosk.sync import central as admin

SITES = (("riverside", "Riverside Centre", 0.78), ("harbour", "Harbour Library", 0.55))
KIOSKS = (("riverside-1", "riverside", 2), ("riverside-2", "riverside", 40), ("harbour-1", "harbour", 5),
          ("harbour-2", "harbour", None))  # minutes since last seen (None: never)
MESSAGES = (
    ("riverside", "riverside-1", "Thank you to the lady at desk 3 who helped me fill in my forms", "", 90),
    ("riverside", "riverside-2", "THANK YOU FOR THE UMBRELLA!!!", "shouting", 70),
    ("harbour", "harbour-1", "Call me on 07700 900123 if you found my glasses, thanks", "personal_phone", 50),
    ("riverside", "riverside-1", "The librarian found me a quiet room to study. Kind!", "", 30),
    ("harbour", "harbour-1", "Someone held the door for my pram. Lovely people here", "", 20),
)


def make_sample(path: Path, now: datetime, config: Config, seed: int = 11) -> Engine:
    timezone = config.timezone
    engine = make_engine(str(path))
    admin.init_central(engine)
    for site, name, _rate in SITES:
        admin.add_site(engine, site, name, timezone)
    for kiosk, site, _seen in KIOSKS:
        admin.add_kiosk(engine, site, kiosk)
    rng = random.Random(seed)
    rows = []
    for site, _name, rate in SITES:
        for day in range(84):
            for _ in range(rng.randint(6, 14)):
                at = now - timedelta(days=day, hours=rng.uniform(0, 8))
                if at >= now:
                    continue
                answer = "yes" if rng.random() < rate else rng.choice(("not_sure", "no"))
                rows.append({"id": uuid.UUID(int=rng.getrandbits(128), version=4), "site": site,
                             "kiosk": f"{site}-1", "answered_at": at, "local_date": local_date(at, timezone),
                             "answer": answer, "language": "en", "synced_at": at})
    beats = [{"id": uuid.uuid4(), "site": site, "kiosk": kiosk, "sent_at": now - timedelta(minutes=seen),
              "app_version": "0.9.0", "pending": 0 if seen < 15 else 12,
              "last_sync_at": now - timedelta(minutes=seen), "uptime_seconds": 3600.0 * 20,
              "synced_at": now - timedelta(minutes=seen),
              # a silent kiosk: answers waiting since before it fell silent, and why its syncs failed
              "oldest_unsent_at": now - timedelta(minutes=seen + 40) if seen >= 15 else None,
              "last_error": "sync" if seen >= 15 else None,
              "last_error_at": now - timedelta(minutes=seen) if seen >= 15 else None}
             for kiosk, site, seen in KIOSKS if seen is not None]
    from kiosk.data.content_models import WallMessageRecord

    walls = [{"id": uuid.UUID(int=rng.getrandbits(128), version=4), "site": site, "kiosk": kiosk,
              "created_at": now - timedelta(minutes=ago), "text": text, "language": "en", "flags": flags,
              "status_at_creation": "pending", "digest": None, "synced_at": now} for site, kiosk, text, flags, ago
             in MESSAGES]
    with engine.begin() as conn:
        conn.execute(insert(CheckInRecord), rows)
        conn.execute(insert(HeartbeatRecord), beats)
        conn.execute(insert(WallMessageRecord), walls)
        tallies.rebuild(conn)
    admin.add_user(engine, "staff", "sam", ["riverside"])
    admin.add_user(engine, "staff", "hana", ["harbour", "riverside"])
    from kiosk.results.alerts import Alerts

    Alerts.central(engine, config, _At(now)).evaluate(send_mail=False)  # the harbour's low rate
    return engine


class _At:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def monotonic(self) -> float:
        return 0.0
