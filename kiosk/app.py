"""The one composition root: config → engine → services → view models → window.

`build()` wires a kiosk for a config and a clock (tests call it directly); `run()` adds the QApplication,
the qasync event loop and an orderly shutdown. Nothing happens at import time.
Thread: GUI (the main thread).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QGuiApplication

from kiosk.checkin.view_model import CheckInViewModel
from kiosk.core.background import Background
from kiosk.core.clock import Clock, SystemClock
from kiosk.core.config import Config
from kiosk.core.events import EventHub
from kiosk.data.lazy import LocalStore
from kiosk.shell.language import LanguageSwitch
from kiosk.shell.shell_model import ShellViewModel
from kiosk.shell.window import KioskWindow, load_fonts
from kiosk.staff.view_model import StaffViewModel

if TYPE_CHECKING:
    from kiosk.sync.runner import SyncRunner

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    config: Config
    clock: Clock
    background: Background
    store: LocalStore
    shell: ShellViewModel
    checkin: CheckInViewModel
    window: KioskWindow
    staff: StaffViewModel
    events: EventHub
    language: LanguageSwitch

    def close(self) -> None:
        self.shell._timer.stop()
        self.window.close()
        self.language.close()
        self.background.shutdown()
        self.store.close()


def qt_environment() -> None:
    """Environment Qt reads at start-up: the in-app virtual keyboard, and silence for two harmless
    warnings its add-ons print on machines without PipeWire (they would otherwise fill kiosk logs)."""
    import os

    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    quiet = "qt.multimedia.symbolsresolver=false;qt.qml.propertyCache.append=false"
    rules = os.environ.get("QT_LOGGING_RULES")
    os.environ["QT_LOGGING_RULES"] = f"{rules};{quiet}" if rules else quiet


def qt_app(argv: list[str] | None = None) -> QGuiApplication:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    qt_environment()
    QGuiApplication.setApplicationName("Kindness Kiosk")
    QGuiApplication.setOrganizationName("kindness-kiosk")
    return QGuiApplication(argv if argv is not None else sys.argv[:1])


@dataclass(frozen=True)
class FeatureContext:
    """What a feature (what's on, the kindness wall, …) gets to install itself: it registers its screens,
    home doors and staff tools, and returns its view models by name for QML (`models.<name>`)."""

    config: Config
    clock: Clock
    store: LocalStore
    background: Background
    shell: ShellViewModel
    staff: StaffViewModel
    events: EventHub  # publish what a use case changed; subscribe to refresh (LanguageChanged too)


def features() -> list[Callable[[FeatureContext], dict[str, QObject]]]:
    """The installed features, in home-screen door order. Each module is imported only here."""
    from kiosk.wall import feature as wall
    from kiosk.whatson import feature as whatson
    from kiosk.whatson import staff_feature as listings_staff

    return [whatson.install, wall.install, listings_staff.install]


def build(config: Config, clock: Clock | None = None, *, size: QSize | None = None) -> Kiosk:
    clock = clock or SystemClock()
    app = qt_app()
    load_fonts(app)
    store = LocalStore(config.database_path)
    events = EventHub()
    language = LanguageSwitch(config.languages, events)
    language.set(config.language)
    background = Background()
    shell = ShellViewModel(config, clock, language)
    background.errors.raised.connect(shell.show_error)
    checkin = CheckInViewModel(config, clock, store, background, shell)
    staff = StaffViewModel(config.data_dir, clock, background, shell, config.staff_lockout_seconds)
    models: dict[str, QObject] = {"checkin": checkin, "staff": staff}
    context = FeatureContext(config, clock, store, background, shell, staff, events)
    for install in features():
        models.update(install(context))
    window = KioskWindow(shell, models, language)
    if size is not None:
        window.window.resize(size)
    _open_store_after_first_frame(window, store, background)
    return Kiosk(config, clock, background, store, shell, checkin, window, staff, events, language)


def _open_store_after_first_frame(window: KioskWindow, store: LocalStore, background: Background) -> None:
    """Opens the store (SQLAlchemy imports, migrations) on the database thread once the first frame is up,
    so the welcome screen never waits for it. A tap before then opens it on its own; taps queue in order."""
    started = threading.Event()

    def first_frame() -> None:  # called on the render thread on a real display
        if not started.is_set():
            started.set()
            background.op(store.get).run()

    window.window.frameSwapped.connect(first_frame)


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
    _wait_for_first_frame(kiosk)
    return serve(app, kiosk)


def _wait_for_first_frame(kiosk: Kiosk, timeout_ms: int = 3000) -> None:
    """Lets Qt paint the welcome screen before the asyncio loop (qasync) and the sync are set up."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    kiosk.window.window.frameSwapped.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    kiosk.window.window.frameSwapped.disconnect(loop.quit)


def serve(app: QGuiApplication, kiosk: Kiosk,
          companion: Callable[[Kiosk], Coroutine[Any, Any, None]] | None = None) -> int:
    """Runs the qasync loop — with the background sync, if configured — until the window closes, SIGTERM
    or SIGINT (or `companion(kiosk)` returns, when given); then stops the sync and finishes pending writes.
    """
    import asyncio
    import signal

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
            await asyncio.wrap_future(kiosk.background.op(kiosk.store.get).run())
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
