"""`kiosk wall …`: the kindness wall from the command line (printable poster).

Argparse only at import time. Thread: main.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("wall", help="the kindness wall: print a poster of approved messages",
                       description="Kindness wall tools.")
    p.add_subparsers(dest="wall_command", metavar="ACTION", required=True)


def run(args: argparse.Namespace) -> int:
    from kiosk.domain.errors import KioskError

    raise KioskError("the wall commands are not wired yet")
