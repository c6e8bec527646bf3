"""The one composition root: config → engine → services → view models → window.

`build()` wires a kiosk for a config and a clock (tests call it directly); `run()` adds the QApplication,
the qasync event loop and an orderly shutdown. Nothing happens at import time.
Thread: GUI (the main thread).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from kiosk.domain.clock import Clock, SystemClock
from kiosk.settings import Config
from kiosk.store import local
from kiosk.store.checkins import CheckInService
from kiosk.store.engine import sqlite_engine
from kiosk.ui.background import Background
from kiosk.ui.viewmodels.checkin import CheckInViewModel
from kiosk.ui.viewmodels.shell import ShellViewModel
from kiosk.ui.window import KioskWindow, install_translator, load_fonts

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    config: Config
    clock: Clock
    background: Background
    checkins: CheckInService
    shell: ShellViewModel
    checkin: CheckInViewModel
    window: KioskWindow

    def close(self) -> None:
        self.shell._timer.stop()
        self.window.close()
        self.background.shutdown()


def qt_app(argv: list[str] | None = None) -> QGuiApplication:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    QGuiApplication.setApplicationName("Kindness Kiosk")
    QGuiApplication.setOrganizationName("kindness-kiosk")
    return QGuiApplication(argv if argv is not None else sys.argv[:1])


def build(config: Config, clock: Clock | None = None, *, size: QSize | None = None) -> Kiosk:
    clock = clock or SystemClock()
    app = qt_app()
    load_fonts(app)
    install_translator(app, config.language)
    engine = sqlite_engine(config.database_path)
    background = Background()
    # First job on the database thread: bring the store to the newest schema. Taps queue behind it.
    background.op(local.prepare, engine, config.database_path).run()
    checkins = CheckInService(engine)
    shell = ShellViewModel(config, clock)
    background.errors.errorRaised.connect(lambda _kind, words: shell.set_notice(words))
    checkin = CheckInViewModel(config, clock, checkins, background, shell)
    window = KioskWindow(shell, checkin)
    if size is not None:
        window.window.resize(size)
    return Kiosk(config, clock, background, checkins, shell, checkin, window)


def run(config: Config, *, fullscreen: bool = True, size: QSize | None = None) -> int:
    """Runs the kiosk until the window closes; pending writes finish before the process exits."""
    import qasync

    app = qt_app()
    kiosk = build(config, size=size)
    if fullscreen:
        kiosk.window.window.showFullScreen()
    else:
        kiosk.window.window.show()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    app.lastWindowClosed.connect(app.quit)
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    with loop:
        loop.run_until_complete(closed.wait())
    kiosk.background.shutdown()
    log.info("kiosk stopped cleanly")
    return 0
