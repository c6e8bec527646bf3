"""Run by test_shutdown.py in a child process: the kiosk the way `kiosk demo` runs it (offscreen, on its qasync
loop through `kiosk.app.serve`) with the demo's wall messages. Staff open the moderation screen with the PIN,
then the window is closed, as a person quits the demo. Everything Qt and QML say goes to stderr.

    python -m tests.wall.shutdown_child DATA_DIR
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable


def main(data_dir: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from kiosk.app import Kiosk, build, qt_app, serve
    from kiosk.core import config as settings
    from kiosk.core.clock import SystemClock
    from kiosk.data import migrate
    from kiosk.data.engine import sqlite_engine
    from kiosk.staff.pin_store import write_hash
    from kiosk.staff.rules import hash_pin
    from kiosk.wall.desk import seed_demo_wall
    from kiosk.wall.moderation_model import WallModerationViewModel

    config = settings.load(env={"KIOSK_DATA_DIR": data_dir})
    engine = sqlite_engine(config.database_path)
    migrate.upgrade(engine)
    seed_demo_wall(engine, config, SystemClock())
    engine.dispose()
    write_hash(config.data_dir, hash_pin("4825"))

    app = qt_app()
    kiosk = build(config, size=QSize(608, 1080))
    kiosk.window.window.show()

    async def until(what: str, predicate: Callable[[], object]) -> None:
        deadline = time.monotonic() + 30
        while not predicate():
            if time.monotonic() > deadline:
                raise RuntimeError(f"gave up waiting for {what}")
            await asyncio.sleep(0.02)

    async def staff_then_quit(k: Kiosk) -> None:
        k.staff.openPin()
        for d in "4825":
            k.staff.digit(d)
        k.staff.submit()
        await until("staff mode", lambda: k.staff.active)  # on the staff home, or its pulse question first
        k.staff.openTool("wall")
        moderation = k.window.models["wallModeration"]
        assert isinstance(moderation, WallModerationViewModel)
        await until("the waiting messages", lambda: k.shell.screen == "wall.moderate"
                    and moderation.waiting_model.rowCount() > 0)
        print("moderating", flush=True)
        k.window.window.close()  # the person quits the demo
        await asyncio.Event().wait()  # cancelled by the shutdown

    status = serve(app, kiosk, companion=staff_then_quit)
    print(f"stopped {status}", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
