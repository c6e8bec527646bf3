"""`kiosk sync …`: push this kiosk's answers to the central database and pull its site's content.

    kiosk sync --once     one push + pull now; prints what was sent, pulled and kept aside as conflicts;
                          exit 2 with the reason in plain words when sync is off or the central database
                          cannot be reached (nothing is lost: the answers stay queued)
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
    p.set_defaults(feature_run=run)


def run(args: argparse.Namespace) -> int:
    """`args.wire` gives the Services the features' data hooks (the composition root, kiosk.cli, sets it)."""
    from kiosk.core import config as settings

    config = settings.load(args.config)
    wire: Callable[[Services], Services] = getattr(args, "wire", lambda s: s)
    return _status(config) if args.status else _once(config, wire)


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


def _once(config: Any, wire: Callable[[Services], Services]) -> int:
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
    return 0
