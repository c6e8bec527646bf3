"""One sync cycle: push the answers (then staff pulse answers, wall messages, and staff edits — on PostgreSQL
only with the login of a person signed in, `sign_in`, kiosk.sync.decisions), queue a heartbeat and push it,
pull the site's content (and with it the site's settings from the centre), record how it went.

The heartbeat describes the kiosk as the central database will want to see it: what still waits after the
push (usually nothing), the last successful sync before this one, the app version and uptime, and the device's
health (kiosk.data.device: free disk and memory, the last frame drawn, screen on or asleep), when the oldest
answer still waiting was given and the last sync failure's code and moment (never its words). A cycle
that fails also queues one — unless one is already waiting — so an outage leaves a trace without piling up.

`SyncCycle.run()` never raises: a failure becomes a `CycleReport` with the reason in plain words, which
is also stored in `sync_state` (last error) for `kiosk sync --status`. It reaches the local store and the
central database through the process's Services (kiosk.data.services: one engine per file or URL; the sync
thread checks out its own connections, so it never shares one with the visitor's taps); pulled content is
applied by the features' pull appliers, and what changed is published (`ListingsChanged`, `WallChanged`).
Thread: one thread at a time — the runner's kiosk-sync thread, or the CLI's main thread.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from kiosk import __version__
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.events import ListingsChanged, SyncFinished, WallChanged
from kiosk.data.device import DeviceProbe
from kiosk.data.outbox import (
    ANSWER_TABLES,
    CONTENT_TABLES,
    HEARTBEATS,
    PULSE_TABLES,
    Outbox,
    RecordTable,
    SyncState,
)
from kiosk.data.services import Services
from kiosk.sync.connect import Central, central_engine, central_for, explain
from kiosk.sync.decisions import KIOSK_CONTENT_TABLES, PersonLogin, push_decisions
from kiosk.sync.problems import sync_problem
from kiosk.sync.pull import PullReport, pull
from kiosk.sync.push import Outcome, PushReport, push

log = logging.getLogger(__name__)
ERROR_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")  # what the central heartbeat's last_error takes (migration 0013)


@dataclass(frozen=True)
class CycleReport:
    ok: bool
    push: PushReport | None = None
    pull: PullReport | None = None
    error: str | None = None  # plain words, for people
    central: str = ""  # the central database, password hidden
    decisions_error: str | None = None  # a signed-in person's decisions could not be sent (the rest went fine)
    decisions_code: str | None = None  # why, for screens: person_password, person_site or person_failed


class SyncCycle:
    def __init__(self, config: Config, clock: Clock, *, env: Mapping[str, str] | None = None,
                 local: Engine | None = None, services: Services | None = None,
                 on_batch: Callable[[RecordTable, Outcome], None] | None = None) -> None:
        self.config, self.clock, self.env, self.on_batch = config, clock, env, on_batch
        self._own_services = services is None
        self.services = services if services is not None else Services(config, clock)
        self.local = local if local is not None else self.services.engine()
        self.outbox = Outbox(self.local, config.site_id, config.kiosk_id)
        self.state = SyncState(self.local)
        self._started = clock.monotonic()
        self._central: tuple[Central, Engine] | None = None
        self._failing = False  # the last cycle failed (and said so with SyncFinished)
        self._person: PersonLogin | None = None  # staff signed in with their own central login (memory only)
        self._person_key: str | None = None

    def _connect(self) -> tuple[Central, Engine]:
        if self._central is None:
            where = central_for(self.config, self.env)
            self._central = (where, self.services.central_engine(where.shown, lambda _key: central_engine(where)))
        return self._central

    def run(self) -> CycleReport:
        shown = ""
        try:
            where, central = self._connect()
            shown = where.shown
            # A kiosk's own login never sends decisions to PostgreSQL: a signed-in person's login does.
            content = CONTENT_TABLES if where.is_sqlite else KIOSK_CONTENT_TABLES
            pushed = push(central, self.outbox, self.clock, batch_size=self.config.sync_batch_size,
                          tables=(*ANSWER_TABLES, *PULSE_TABLES, *content), on_batch=self.on_batch)
            decisions_error, decisions_code = (None, None) if where.is_sqlite else \
                self._push_decisions(where, central, pushed)
            self._heartbeat()  # as things stand now that the answers are in
            push(central, self.outbox, self.clock, batch_size=self.config.sync_batch_size, tables=(HEARTBEATS,),
                 report=pushed, on_batch=self.on_batch)
            pulled = pull(central, self.local, self.config.site_id, shown, apply=self.services.apply_pulled)
            self._announce(pulled)
        except Exception as e:
            problem = sync_problem(e)
            words = str(problem)
            log.warning("sync with %s failed: %s (%s, %s)", shown or "the central database", words,
                        e.__class__.__name__, problem.code)
            self._failing = True
            self.services.publish(SyncFinished(False, problem=problem))  # staff mode says what to do
            try:
                self.state.record_error(self.clock.now(), words, problem.code)
                if self.config.central_url:  # a trace of the kiosk's health while it could not sync (and why)
                    self._heartbeat(unless_one_waits=True)
            except Exception:
                log.exception("could not record the sync error in the local store")
            return CycleReport(False, error=words, central=shown)
        try:
            self.state.record_success(self.clock.now())
        except Exception:
            log.exception("could not record the sync success in the local store")
        if self._failing:  # staff mode stops showing the last problem (a healthy cycle says nothing)
            self._failing = False
            self.services.publish(SyncFinished(True, tuple(sorted(pulled.kinds))))
        return CycleReport(True, pushed, pulled, central=shown, decisions_error=decisions_error,
                           decisions_code=decisions_code)

    # -- a person's authority ----------------------------------------------------------------------------
    def sign_in(self, person: PersonLogin | None) -> None:
        """From now on (None: no longer) the decisions made on this kiosk are sent as `person`, with their
        own central login, at each cycle. Call from the thread that runs the cycles."""
        if self._person_key is not None:
            self.services.forget_central(self._person_key)
        self._person, self._person_key = person, None

    def _push_decisions(self, where: Central, central: Engine,
                        report: PushReport) -> tuple[str | None, str | None]:
        """Sends the waiting decisions as the signed-in person; a failure is told (words, code), and the
        answers' sync goes on (the decisions stay queued, and still show on this kiosk)."""
        person = self._person
        if person is None:
            return None, None
        from kiosk.sync.roles import role_names

        try:
            role = role_names(central).user_login(person.user)
            login = Central(where.url.set(username=role, password=person.password), None)
            self._person_key = f"{login.shown}#person"
            engine = self.services.central_engine(self._person_key, lambda _key: central_engine(login))
            push_decisions(engine, self.outbox, self.clock, batch_size=self.config.sync_batch_size, report=report)
        except Exception as e:
            words = person_words(person.user, e)
            log.warning("staff decisions were not sent as %s: %s (%s)", person.user, words, e.__class__.__name__)
            return words, person_code(e)
        return None, None

    def _announce(self, pulled: PullReport) -> None:
        """Tells the screens what the pull changed (delivered on the GUI thread by the event hub)."""
        site = self.config.site_id
        if pulled.kinds & {"listing", "photo", "change_result"}:
            self.services.publish(ListingsChanged(site))
        if "wall" in pulled.kinds:
            self.services.publish(WallChanged(site))
        if "settings" in pulled.kinds:  # the site's settings from the centre: used at once (kiosk.sync.settings)
            from kiosk.sync.settings import announce

            try:
                announce(self.services, self.config, self.local)
            except Exception:
                log.exception("could not read the site's settings from the centre (this kiosk keeps its own)")

    def _heartbeat(self, *, unless_one_waits: bool = False) -> None:
        pending = self.outbox.pending()
        device = self.services.get(DeviceProbe.from_services).health()  # the screen's probe, in the app
        now = self.clock.now()
        self.outbox.add_heartbeat(
            health={**dataclasses.asdict(device), **self._sync_health(now)},
            at=now, app_version=__version__,
            pending=pending["checkin"] + pending["checkin_followup"],
            last_sync_at=self.state.moment(SyncState.LAST_SUCCESS),
            uptime_seconds=max(0.0, self.clock.monotonic() - self._started), unless_one_waits=unless_one_waits)

    def _sync_health(self, now: datetime) -> dict[str, object]:
        """The heartbeat's account of the sync: when the oldest waiting answer was given, and the last failure's
        code and moment (kept after later successes: the office shows how long ago it was). Moments are never
        after the heartbeat's own (a clock stepped back would otherwise have the central database refuse it)."""
        oldest = self.outbox.oldest_unsent()
        state = self.state.get_all()
        code, at = state.get(SyncState.LAST_ERROR_CODE), state.get(SyncState.LAST_ERROR_AT)
        failed = datetime.fromisoformat(at) if code and at and ERROR_CODE.fullmatch(code) else None
        return {"oldest_unsent_at": None if oldest is None else min(oldest, now),
                "last_error": code if failed is not None else None,
                "last_error_at": None if failed is None else min(failed, now)}

    def close(self) -> None:
        self.sign_in(None)  # a person's engine goes with their sign-in
        if self._central is not None:
            self.services.forget_central(self._central[0].shown)
            self._central = None
        if self._own_services:
            self.services.close()


def person_code(error: BaseException) -> str:
    """Why a signed-in person's decisions did not go, as a code: person_password (wrong name or password),
    person_site (not staff of this site) or person_failed (anything else: see the words)."""
    cause = getattr(error, "orig", None) or error
    text = f"{cause.__class__.__name__} {cause}".lower()
    if "password authentication failed" in text:
        return "person_password"
    if "row-level security" in text or "permission denied" in text:
        return "person_site"
    return "person_failed"


def person_words(user: str, error: BaseException) -> str:
    """Why a signed-in person's decisions did not go, in plain words (never the password or SQL)."""
    cause = getattr(error, "orig", None) or error
    text = f"{cause.__class__.__name__} {cause}".lower()
    if "password authentication failed" in text:
        return (f"The central database did not accept the staff login {user!r} (wrong name or password). "
                "The decisions stay on this kiosk until a staff member signs in.")
    if "row-level security" in text or "permission denied" in text:
        return (f"The staff login {user!r} may not decide for this site. Ask an administrator to add the site "
                "to that user (kiosk central add-user staff … --site …); the decisions stay on this kiosk.")
    return f"Staff decisions were not sent: {explain(error)}"
