"""Run by test_runner_app.py in a child process: the real kiosk app (offscreen) on its qasync loop with the
background sync on a SQLite central file. A visitor answers; the answer must reach the central database
because of the nudge (the interval is 60 s, far longer than the guard); then SIGTERM stops everything.

    python -m tests.sync.app_sync_child DATA_DIR CENTRAL_FILE
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import time
from collections.abc import Callable


def main(data_dir: str, central: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from kiosk.app import Kiosk, build, qt_app, serve
    from kiosk.core import config as settings

    config = settings.load(env={"KIOSK_DATA_DIR": data_dir},
                           overrides={"sync.central_url": central, "sync.interval_seconds": 60.0})
    app = qt_app()
    kiosk = build(config, size=QSize(540, 960))
    kiosk.window.window.show()

    def central_count(table: str) -> int:
        con = sqlite3.connect(central)
        try:
            return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            con.close()

    async def until(what: str, predicate: Callable[[], object]) -> None:
        deadline = time.monotonic() + 30  # a guard only; the interval (60 s) would be too late anyway
        while not predicate():
            if time.monotonic() > deadline:
                raise RuntimeError(f"gave up waiting for {what}")
            await asyncio.sleep(0.02)

    async def visitor(k: Kiosk) -> None:
        await until("the first sync (a heartbeat)", lambda: central_count("heartbeat") >= 1)
        k.shell.show("checkin")
        k.checkin.answer("no")
        await until("the answer on the central database", lambda: central_count("checkin") == 1)
        print("arrived", flush=True)
        os.kill(os.getpid(), signal.SIGTERM)  # the way systemd stops a kiosk
        await asyncio.Event().wait()  # cancelled by the shutdown

    status = serve(app, kiosk, companion=visitor)
    print(f"stopped {status}", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
