"""Run by test_real_display.py in a child process on a real X server (threaded render loop).

Taps through a check-in with real mouse events and exits 0 only when the answer is stored and the
thank-you screen is showing.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QElapsedTimer, QEventLoop, QSize
from PySide6.QtGui import QGuiApplication

from kiosk.app import build
from kiosk.core import config as settings
from tests.support.qmlhelpers import tap


def wait(predicate: Callable[[], object], ms: int = 10000) -> bool:
    timer = QElapsedTimer()
    timer.start()
    while not predicate():
        if timer.elapsed() > ms:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, QDeadlineTimer(20))
    return True


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        config = settings.load(env={"KIOSK_DATA_DIR": tmp})
        kiosk = build(config, size=QSize(540, 960))
        window = kiosk.window.window
        window.show()
        frames: list[int] = []
        window.frameSwapped.connect(lambda: frames.append(1))
        ok = wait(lambda: bool(frames) and kiosk.services.opened is not None and kiosk.background.pending == 0)
        tap(window, "home.checkin")
        ok = ok and wait(lambda: kiosk.shell.screen == "checkin")
        tap(window, "checkin.answer.no")
        ok = ok and wait(lambda: kiosk.shell.screen == "thanks")
        n = len(frames)
        ok = ok and wait(lambda: len(frames) > n)  # the thank-you screen was really drawn
        con = sqlite3.connect(config.database_path)
        stored = con.execute("SELECT answer FROM checkin").fetchall()
        con.close()
        kiosk.close()
        print(f"platform={QGuiApplication.platformName()} frames={len(frames)} stored={stored}")
        return 0 if ok and stored == [("no",)] else 1


if __name__ == "__main__":
    sys.exit(main())
