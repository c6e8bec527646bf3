"""Helpers for the sync tests: kiosk configs and stores, answers, central databases and kiosk logins."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, Followup
from kiosk.checkin.store import CheckInService
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.data import migrate
from kiosk.data.engine import make_engine, sqlite_engine
from kiosk.sync import central as central_admin
from kiosk.sync.connect import PASSWORD_ENV
from kiosk.sync.decisions import PersonLogin

ANSWERS = (Answer.YES, Answer.NOT_SURE, Answer.NO)


@dataclass(frozen=True)
class Login:
    """How a kiosk reaches the central database: its config's URL and the password it is given."""

    url: str  # never holds a password
    password: str

    @property
    def env(self) -> dict[str, str]:
        return {PASSWORD_ENV: self.password} if self.password else {}


def without_password(url: str) -> tuple[str, str]:
    parsed = make_url(url)
    return parsed._replace(password=None).render_as_string(hide_password=False), parsed.password or ""


def kiosk_config(root: Path, central: str = "", *, kiosk_id: str = "kiosk-1", site: str = "riverside",
                 **more: Any) -> settings.Config:
    overrides: dict[str, Any] = {"kiosk.id": kiosk_id, "site.id": site, "sync.central_url": central}
    overrides.update({k.replace("__", "."): v for k, v in more.items()})
    return settings.load(env={"KIOSK_DATA_DIR": str(root / f"{site}-{kiosk_id}")}, overrides=overrides)


@contextlib.contextmanager
def local_store(config: settings.Config) -> Iterator[Engine]:
    engine = sqlite_engine(config.database_path)
    migrate.upgrade(engine)
    try:
        yield engine
    finally:
        engine.dispose()


def record_answers(engine: Engine, config: settings.Config, clock: ManualClock, n: int, *,
                   followups: bool = True) -> list[CheckIn]:
    """n check-ins through the app's own service; every Yes / Not sure gets a follow-up too."""
    service = CheckInService(engine)
    out = []
    for i in range(n):
        checkin = service.record(CheckIn.new(answer=ANSWERS[i % 3], site=config.site_id, kiosk=config.kiosk_id,
                                             language="en", clock=clock, timezone=config.timezone))
        out.append(checkin)
        if followups and checkin.answer.asks_followup:
            clock.advance(2)
            service.record_followup(CheckInFollowup.new(checkin=checkin, followup=Followup.STAFF, clock=clock))
        clock.advance(1)
    return out


def bulk_answers(engine: Engine, config: settings.Config, clock: ManualClock, n: int) -> None:
    """n check-ins written in one transaction (fast), shaped exactly like the service's rows."""
    from sqlalchemy import insert

    from kiosk.core.clock import local_date
    from kiosk.data.models import CheckInRecord

    start = clock.now()
    rows = [{"id": uuid.uuid4(), "site": config.site_id, "kiosk": config.kiosk_id,
             "answered_at": start + timedelta(seconds=i), "local_date": local_date(start, config.timezone),
             "answer": ANSWERS[i % 3].value, "language": "en"} for i in range(n)]
    with engine.begin() as conn:
        conn.execute(insert(CheckInRecord), rows)
    clock.advance(n)


def count(engine: Engine, table: str, where: str = "", **params: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table} {where}"), params).scalar_one())


def unsent(engine: Engine) -> int:
    return sum(count(engine, t, "WHERE synced_at IS NULL") for t in ("checkin", "checkin_followup"))


def central_db(url: str, sites: tuple[str, ...] = ("riverside",)) -> Engine:
    """A central database (a PostgreSQL URL or a SQLite path) set up by the admin use cases, with sites.
    The daily limit per kiosk is lifted: these tests push tens of thousands of one day's records on purpose."""
    from kiosk.sync.checks import ANSWERS_LIMIT

    engine = make_engine(url)
    central_admin.init_central(engine, {ANSWERS_LIMIT: 10_000_000})
    for site in sites:
        central_admin.add_site(engine, site, site.title(), "Europe/London")
    return engine


def kiosk_login(central: Engine, admin_url: str, site: str, kiosk_id: str) -> Login:
    """Registers a kiosk; on PostgreSQL it gets its own login role (least privilege, row-level security)."""
    creds = central_admin.add_kiosk(central, site, kiosk_id)
    if central.dialect.name == "sqlite":
        return Login(str(central.url.database), "")
    bare, _ = without_password(admin_url)
    return Login(central_admin.kiosk_url(bare, creds), creds.password)


def superuser_login(admin_url: str) -> Login:
    bare, password = without_password(admin_url)
    return Login(bare, password)


def staff_person(central: Engine, name: str, sites: tuple[str, ...]) -> PersonLogin | None:
    """A staff user of `sites` who signs in on a kiosk with their own central login (PostgreSQL); None on a
    SQLite central, which has no logins (the kiosk's own push carries decisions there)."""
    if central.dialect.name == "sqlite":
        return None
    user = central_admin.add_user(central, "staff", name, list(sites))
    return PersonLogin(name, user.password)
