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
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from kiosk.sync.runner import SyncRunner

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


def sync_runner(config: Config, clock: Clock) -> SyncRunner | None:
    """The background sync for this kiosk, or None when sync.central_url is empty (sync off)."""
    if not config.central_url:
        return None
    from kiosk.sync.cycle import SyncCycle
    from kiosk.sync.runner import SyncRunner

    cycle = SyncCycle(config, clock)
    return SyncRunner(cycle.run, interval=config.sync_interval_seconds,
                      backoff_max=config.sync_backoff_max_seconds, close=cycle.close)


def run(config: Config, *, fullscreen: bool = True, size: QSize | None = None) -> int:
    """Runs the kiosk until the window closes; pending writes finish before the process exits."""
    app = qt_app()
    kiosk = build(config, size=size)
    if fullscreen:
        kiosk.window.window.showFullScreen()
    else:
        kiosk.window.window.show()
    return serve(app, kiosk)


def serve(app: QGuiApplication, kiosk: Kiosk,
          companion: Callable[[Kiosk], Coroutine[Any, Any, None]] | None = None) -> int:
    """Runs the qasync loop — with the background sync, if configured — until the window closes, SIGTERM
    or SIGINT (or `companion(kiosk)` returns, when given); then stops the sync and finishes pending writes.
    """
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    stop = asyncio.Event()
    app.setQuitOnLastWindowClosed(False)  # closing goes through `stop`, so the sync can finish first
    app.lastWindowClosed.connect(stop.set)
    app.aboutToQuit.connect(stop.set)
    signal.signal(signal.SIGTERM, lambda *_: loop.call_soon_threadsafe(stop.set))
    signal.signal(signal.SIGINT, lambda *_: loop.call_soon_threadsafe(stop.set))
    runner = sync_runner(kiosk.config, kiosk.clock)

    async def main() -> None:
        if runner is not None:
            kiosk.checkin.recorded.connect(lambda _answer: runner.nudge())  # send a new answer at once
            # The first database job (migrations) must finish before the sync opens the store.
            await asyncio.wrap_future(kiosk.background.op(lambda: None).run())
            runner.start()
        helper = asyncio.ensure_future(companion(kiosk)) if companion is not None else None
        if helper is not None:
            helper.add_done_callback(lambda _f: stop.set())
        await stop.wait()
        if helper is not None and not helper.done():
            helper.cancel()
        if runner is not None:
            await runner.stop()
        if helper is not None:
            [outcome] = await asyncio.gather(helper, return_exceptions=True)
            if isinstance(outcome, Exception):
                log.error("the companion task failed", exc_info=outcome)

    with loop:
        try:
            loop.run_until_complete(main())
        except RuntimeError:  # Qt quit by itself (e.g. the session ended): the loop stopped early
            log.warning("the event loop stopped before the sync was stopped; a sync in flight is abandoned")
    kiosk.background.shutdown()
    log.info("kiosk stopped cleanly")
    return 0
