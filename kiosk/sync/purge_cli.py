"""`kiosk central purge [--dry-run] [--erase-wall-message ID]`: the central retention job (kiosk.sync.purge),
run nightly by packaging/kindness-kiosk-purge.timer, and one wall message's erasure on request. Prints exactly
what it did (or, with --dry-run, would do) per record type. Argparse only at import time. Thread: main.
"""

from __future__ import annotations

import argparse
import uuid
from typing import TYPE_CHECKING, Any

from kiosk.core.commands import CentralAction

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Engine


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a message id like 0b5c…-… (see `kiosk central "
                                         "moderate --site SITE --list`)") from None


def configure(actions: Any, add_connection_args: Callable[..., None]) -> None:
    p = actions.add_parser(
        "purge", help="delete or anonymise what is older than the retention keys allow",
        description="Apply the retention keys (retention.checkin_days, wall_days, heartbeat_days, other_days in "
                    "the config given with --config) to the central database: check-ins coarsened to site and "
                    "date, old wall messages deleted unless pinned, old heartbeats, sync conflicts and quarantined "
                    "records deleted, staff labels and alert comments removed. Prints what it did per record type. "
                    "Needs the database owner. docs/data-protection.md explains each.")
    add_connection_args(p)
    p.add_argument("--dry-run", action="store_true", help="count what would go, change nothing")
    p.add_argument("--erase-wall-message", type=_uuid, metavar="ID",
                   help="instead: delete this one wall message and every central copy of it now (a person's "
                        "request to erase it); hide it first so kiosks take it off their screens")


def run(engine: Engine, args: argparse.Namespace) -> int:
    from kiosk.core import config as settings
    from kiosk.sync.central import where
    from kiosk.sync.purge import RetentionPolicy, erase_wall_message, purge

    if args.erase_wall_message is not None:
        if args.dry_run:
            print("--dry-run and --erase-wall-message do not go together: list the message with `kiosk central "
                  "moderate --site SITE --list` first")
            return 2
        counts = erase_wall_message(engine, args.erase_wall_message)
        print(f"wall message {args.erase_wall_message} erased from {where(engine)}: " +
              ", ".join(f"{what}: {n}" for what, n in counts.items()))
        print("kiosks delete their own copy after retention.kiosk_days (hide it first to take it off screens)")
        return 0
    cfg = settings.load(getattr(args, "config", None))
    policy = RetentionPolicy(cfg.checkin_days, cfg.wall_days, cfg.heartbeat_days, cfg.other_days)
    report = purge(engine, policy, dry_run=args.dry_run)
    verb = "would be" if report.dry_run else "were"
    print(f"{'DRY RUN — nothing changed. ' if report.dry_run else ''}retention at {where(engine)}:")
    for line in report.lines:
        print(f"  {line.what} from before {line.before.isoformat()}: {line.count} {verb} {line.done}")
    print("kept: staff pulse answers (anonymous), the answer tallies, each kiosk's newest heartbeat, pinned wall "
          "messages")
    return 0


ACTION = CentralAction("purge", configure, run)
