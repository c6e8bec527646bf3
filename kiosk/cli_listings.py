"""`kiosk import-listings`: bring listings in from Open Referral HSDS or OpenActive files.

Argparse only at import time. Thread: main.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("import-listings", help="import listings from HSDS or OpenActive files",
                       description="Import activities and spaces from an Open Referral HSDS 3 package or "
                                   "OpenActive RPDE pages. Re-importing updates, never duplicates.")
    p.add_argument("--format", choices=["hsds", "openactive"], required=True)
    p.add_argument("path", metavar="PATH")


def run(args: argparse.Namespace) -> int:
    from kiosk.domain.errors import KioskError

    raise KioskError("import-listings is not wired to storage yet")
