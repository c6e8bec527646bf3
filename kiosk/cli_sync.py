"""`kiosk sync …`: push this kiosk's answers to the central database and pull its site's content.

Argparse only at import time; database work is imported inside `run`. Thread: main.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    sub.add_parser("sync", help="send answers to the central database and show sync status",
                   description="Send this kiosk's answers to the central database, pull its site's content.")


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError
