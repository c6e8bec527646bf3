"""`kiosk central …`: set up and look after the central database (init, sites, kiosks, health).

Argparse only at import time; database work is imported inside `run`. Thread: main.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("central", help="set up and look after the central database",
                       description="Create or upgrade the central database and manage its sites and kiosks.")
    p.add_subparsers(dest="central_command", metavar="ACTION", required=True)


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError(args.central_command)
