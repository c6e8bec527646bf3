"""`kiosk sync …`: push this kiosk's answers to the central database and pull its site's content.

    kiosk sync --once     one push + pull now; prints what was sent, pulled and kept aside as conflicts;
                          exit 2 with the reason in plain words when sync is off or the central database
                          cannot be reached (nothing is lost: the answers stay queued)
    kiosk sync --once --as-staff USER
                          the same, and send the staff decisions made on this kiosk (wall, listings) with that
                          staff user's own central login: password from KIOSK_STAFF_PASSWORD or asked for
    kiosk sync --status   what waits to be sent, the oldest unsent answer's age, the last success and the
                          last error — from the local store only, so it works offline

Argparse only at import time; database work is imported inside `run` (never PySide6). Thread: main.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.data.services import Services
    from kiosk.sync.decisions import PersonLogin

STAFF_PASSWORD_ENV = "KIOSK_STAFF_PASSWORD"


def register(sub: Any, central_actions: Sequence[Any] = ()) -> None:
    """Adds the command (its `feature_run` is `run`); `central_actions` are for `kiosk central` only."""
    p = sub.add_parser(
        "sync", help="send answers to the central database and show sync status",
        description="Send this kiosk's answers to the central database and pull its site's content. The "
                    "running kiosk does this by itself every sync.interval_seconds and after each answer; "
                    "these commands are for checking and for a push by hand.")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--once", action="store_true",
                      help="sync now: send every waiting answer, pull site content, print what happened")
    what.add_argument("--status", action="store_true",
                      help="show waiting answers, the oldest one's age, the last success and the last error")
    p.add_argument("--as-staff", metavar="USER",
                   help="with --once: also send the decisions staff made on this kiosk (wall, listings) as this "
                        f"staff user, with their own central login (password from {STAFF_PASSWORD_ENV} or asked "
                        "for); a kiosk's own login may not send them")
    p.set_defaults(feature_run=run)


def run(args: argparse.Namespace) -> int:
    """`args.wire` gives the Services the features' data hooks (the composition root, kiosk.cli, sets it)."""
    from kiosk.core import config as settings

    config = settings.load(args.config)
    wire: Callable[[Services], Services] = getattr(args, "wire", lambda s: s)
    if args.status:
        if args.as_staff:
            print("kiosk: --as-staff goes with --once", file=sys.stderr)
            return 2
        return _status(config)
    person = None
    if args.as_staff:
        person = _person(args.as_staff)
        if person is None:
            return 2
    return _once(config, wire, person)


def _person(user: str) -> PersonLogin | None:
    """The staff login for --as-staff: the password from the environment or typed (never an argument)."""
    import getpass
    import os

    from kiosk.sync.decisions import PersonLogin

    password = os.environ.get(STAFF_PASSWORD_ENV, "")
    if not password and sys.stdin.isatty():
        try:
            password = getpass.getpass(f"Central password of staff user {user}: ")
        except (EOFError, KeyboardInterrupt):
            password = ""
    if not password:
        print(f"kiosk: --as-staff {user} needs that user's central password: type it when asked, or set "
              f"{STAFF_PASSWORD_ENV}", file=sys.stderr)
        return None
    return PersonLogin(user, password)


def _status(config: Any) -> int:
    from datetime import UTC, datetime

    from kiosk.data.services import Services
    from kiosk.sync.status import read_status, render

    if not config.database_path.exists():
        print(f"No answers stored on this kiosk yet (no store at {config.database_path}).")
        return 0
    services = Services(config, repair=False)
    try:
        status = read_status(config, services.engine())
    finally:
        services.close()
    print("\n".join(render(status, datetime.now(UTC))))
    return 0


def _once(config: Any, wire: Callable[[Services], Services], person: PersonLogin | None = None) -> int:
    from kiosk.core.clock import SystemClock
    from kiosk.data.outbox import RECORD_TABLES
    from kiosk.data.services import Services
    from kiosk.sync.connect import NOT_CONFIGURED
    from kiosk.sync.cycle import SyncCycle

    if not config.central_url:
        print(f"kiosk: {NOT_CONFIGURED}", file=sys.stderr)
        return 2
    services = wire(Services(config, SystemClock(), repair=False))  # the features' pull appliers, as in the app
    cycle = SyncCycle(config, SystemClock(), services=services)
    cycle.sign_in(person)
    try:
        services.engine()
        report = cycle.run()
    finally:
        cycle.close()
        services.close()
    if not report.ok or report.push is None or report.pull is None:
        print(f"kiosk: {report.error}", file=sys.stderr)
        return 2
    push = report.push
    parts = ", ".join(f"{push.tables[s.name].sent} {s.label}" for s in RECORD_TABLES)
    stored = sum(t.stored for t in push.tables.values())
    print(f"Sent {push.sent} record(s) to {report.central}: {parts} "
          f"({stored} new, {push.duplicates} already there, {push.conflicts} conflict(s)).")
    if push.conflicts:
        print(f"{push.conflicts} record(s) reused an id that the central database already holds with different "
              "content; they were kept aside there for staff to review, and the stored records are unchanged.")
    print(f"Pulled {report.pull.changes} site content change(s) for site {config.site_id}.")
    if report.decisions_error:
        print(f"kiosk: {report.decisions_error}", file=sys.stderr)
        return 2
    return 0
