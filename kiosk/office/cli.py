"""`kiosk office`: the desktop window for staff and managers (kiosk.office.window), or `--screenshots DIR` to
render every office screen from a sample central database. Argparse only at import time. Thread: main.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def register(sub: Any, central_actions: Sequence[Any] = ()) -> None:
    p = sub.add_parser("office", help="the office: results, wall, kiosks and people in a desktop window",
                       description="Open the office: a desktop window where staff and managers sign in with their "
                                   "own central login (made by `kiosk central add-user`; the password is asked "
                                   "each time and never kept) to read results, moderate the wall, see every "
                                   "kiosk's health and (managers) add sites, kiosks and people.")
    p.add_argument("--central-url", metavar="URL",
                   help="the central database, postgresql://HOST/DB without a user or password (or the demo's "
                        "SQLite file); default: sync.central_url of the configuration")
    p.add_argument("--screenshots", type=Path, metavar="DIR",
                   help="render every office screen to DIR/office-<screen>-<W>x<H>.png from sample data, and exit")
    p.set_defaults(feature_run=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.core import config as settings

    config = settings.load(getattr(args, "config", None))
    if args.screenshots is not None:
        from kiosk.office.scenes import render_all

        for path in render_all(config, args.screenshots):
            print(path)
        return 0
    from kiosk.office.window import build

    office = build(config, args.central_url or config.central_url)
    from PySide6.QtGui import QGuiApplication

    try:
        return int(QGuiApplication.exec())
    finally:
        office.close()
