"""`kiosk central moderate …`: the kindness wall's central moderation, as a `CentralAction` the composition
root hands to `kiosk central` (kiosk.cli): list a site's messages, or hide or approve one; every kiosk of the
site applies the decision with its next sync. Argparse only at import time. Thread: main.
"""

from __future__ import annotations

import argparse
import uuid
from typing import TYPE_CHECKING, Any

from kiosk.core.commands import CentralAction
from kiosk.core.terminal import table, when

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Engine


def configure(actions: Any, add_connection_args: Callable[..., None]) -> None:
    moderate = actions.add_parser("moderate", help="list, hide or approve a site's kindness wall messages",
                                  description="Central moderation of the kindness wall: list a site's messages "
                                              "with their state, or hide or approve (show again) one. Every kiosk "
                                              "of the site applies the decision with its next sync.")
    add_connection_args(moderate)
    moderate.add_argument("--site", required=True, metavar="SITE", help="the site")
    what = moderate.add_mutually_exclusive_group(required=True)
    what.add_argument("--list", action="store_true", help="list the site's messages, oldest first")
    what.add_argument("--hide", metavar="ID", type=_message_id,
                      help="take a message off the wall (one still waiting for staff is rejected)")
    what.add_argument("--approve", metavar="ID", type=_message_id, help="put a message on the wall (or back on it)")



def _message_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a message id (see --list)") from None


def _printable(text: str, width: int) -> str:
    """A message as one safe line for a terminal: no control characters (a kiosk's text is not trusted)."""
    line = " / ".join(part.strip() for part in text.splitlines())
    line = "".join(c if c.isprintable() else "?" for c in line)
    return line if len(line) <= width else line[:width - 1] + "…"


def _moderate(engine: Engine, args: argparse.Namespace) -> int:
    from kiosk.wall.central import moderate, wall_messages

    if args.list:
        found = wall_messages(engine, args.site)
        if not found:
            print(f"no wall messages for site {args.site!r} yet")
            return 0
        print(table(("ID", "WRITTEN (UTC)", "KIOSK", "STATUS", "FLAGS", "TEXT"),
                     [(str(m.id), when(m.created_at), m.kiosk, m.status.value + (", pinned" if m.pinned else ""),
                       ",".join(m.flags) or "-", _printable(m.text, 60)) for m in found]))
        waiting = sum(m.status.value == "pending" for m in found)
        print(f"\n{len(found)} message(s), {waiting} waiting for staff")
        return 0
    message_id = args.hide or args.approve
    by = engine.url.username or "central"
    before = {m.id: m.status for m in wall_messages(engine, args.site)}.get(message_id)
    after = moderate(engine, args.site, message_id, "hide" if args.hide else "approve", by)
    if before is after.status:
        print(f"message {after.id} is already {after.status.value}; nothing changed")
    else:
        print(f"message {after.id} is now {after.status.value}; the kiosks of site {args.site!r} "
              "apply it with their next sync")
    return 0


ACTION = CentralAction("moderate", configure, _moderate)
