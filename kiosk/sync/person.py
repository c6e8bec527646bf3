"""A member of staff signs in at the kiosk's screen: the staff feature's `PersonSignIn` (kiosk.staff.sign_in),
served by this kiosk's sync cycle.

`send(user, password)` signs the person in on the cycle (kiosk.sync.decisions.PersonLogin: memory only) and
runs one cycle at once, on the runner's "kiosk-sync" thread (after any cycle in flight, never beside one);
it answers with a code: "sent", "person_password" (wrong name or password), "person_site" (staff of another
site) — after either of which the person is signed out again, so later cycles do not knock with a wrong login
— "person_failed", or "sync_failed" (the cycle itself failed: the staff home says why, through SyncFinished;
the person stays signed in and the next cycle sends). `sign_out()` forgets the login (leaving staff mode).
`waiting()` counts the decisions still waiting, on the database thread. Only a PostgreSQL central has person
logins: `person_sign_in` gives None for the SQLite demo central. The staff feature never imports this module;
the composition root (kiosk/app.py) hands it over. Thread: `send`/`sign_out` from any (work on "kiosk-sync");
`waiting` on the database thread.
"""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import Future

from kiosk.sync.cycle import SyncCycle
from kiosk.sync.decisions import DECISIONS, PersonLogin
from kiosk.sync.runner import SyncRunner

log = logging.getLogger(__name__)


class SyncPersonSignIn:
    def __init__(self, cycle: SyncCycle, runner: SyncRunner) -> None:
        self._cycle, self._runner = cycle, runner

    def waiting(self) -> int:
        """Decisions made on this kiosk that have not reached the central database yet."""
        return self._cycle.outbox.pending().get(DECISIONS.name, 0)

    def send(self, user: str, password: str) -> Future[str]:
        return self._runner.submit(lambda: self._send(PersonLogin(user, password)))

    def _send(self, person: PersonLogin) -> str:
        self._cycle.sign_in(person)
        report = self._cycle.run()
        if not report.ok:
            return "sync_failed"
        code = report.decisions_code
        if code in ("person_password", "person_site"):
            self._cycle.sign_in(None)  # a wrong login is not tried again at every cycle
        return code or "sent"

    def sign_out(self) -> None:
        with contextlib.suppress(RuntimeError):  # the runner is stopped: the cycle is closed (signed out) too
            self._runner.submit(lambda: self._cycle.sign_in(None))


def person_sign_in(cycle: SyncCycle, runner: SyncRunner) -> SyncPersonSignIn | None:
    """The sign-in for staff on this kiosk, or None when the central database has no person logins (SQLite)."""
    url = cycle.config.central_url
    if "://" not in url or url.startswith("sqlite"):
        return None
    return SyncPersonSignIn(cycle, runner)
