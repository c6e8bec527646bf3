"""`kiosk central rebuild-tallies`: count the central answer tallies again from every raw row, as a
`CentralAction` the composition root hands to `kiosk central` (kiosk.cli). They are kept as answers arrive
(kiosk.data.tallies); this is for after rows were loaded or removed by hand, or a site's time zone changed.
Argparse only at import time. Thread: main.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from kiosk.core.commands import CentralAction

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Engine


def configure(actions: Any, add_connection_args: Callable[..., None]) -> None:
    p = actions.add_parser("rebuild-tallies", help="count the results tallies again from every answer",
                           description="Count the per-site answer tallies that reports read again from every "
                                       "check-in and follow-up (they are kept as answers arrive; use this after "
                                       "loading or deleting rows by hand, or changing a site's time zone). Needs "
                                       "the database owner.")
    add_connection_args(p)


def run(engine: Engine, args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from kiosk.data.tallies import CheckInTallyDayRecord, rebuild

    with engine.begin() as conn:
        rebuild(conn)
        total = conn.execute(select(func.coalesce(func.sum(CheckInTallyDayRecord.count), 0))).scalar_one()
    print(f"tallies rebuilt: {total} answer(s) counted")
    return 0


ACTION = CentralAction("rebuild-tallies", configure, run)
