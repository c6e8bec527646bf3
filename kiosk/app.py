"""The one composition root: config → engine → services → view models → window.

`build()` wires a kiosk for a config and a clock (tests call it directly); `run()` adds the QApplication,
the qasync event loop and an orderly shutdown. Nothing happens at import time.

Start-up: importing this module imports no Qt and no kiosk module that uses Qt; `qt_app()` imports Qt and
turns off PySide's `__feature__` import scan (see `_skip_pyside_import_scan`) before `build()` imports the
shell and the features, so their imports do not each pay for it.
Thread: GUI (the main thread).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from kiosk.checkin.view_model import CheckInViewModel
    from kiosk.core.background import Background
    from kiosk.core.clock import Clock
    from kiosk.core.config import Config
    from kiosk.core.event_hub import EventHub
    from kiosk.data.services import Services
    from kiosk.shell.language import LanguageSwitch
    from kiosk.shell.read_aloud_model import ReadAloudViewModel
    from kiosk.shell.shell_model import ShellViewModel
    from kiosk.shell.window import KioskWindow
    from kiosk.staff.view_model import StaffViewModel
    from kiosk.sync.runner import SyncRunner

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    config: Config
    clock: Clock
    background: Background
    services: Services
    shell: ShellViewModel
    window: KioskWindow
    staff: StaffViewModel
    events: EventHub
    language: LanguageSwitch
    read_aloud: ReadAloudViewModel

    _closed: bool = field(default=False, init=False, repr=False)

    @property
    def checkin(self) -> CheckInViewModel:
        """The check-in's view model (made on first use, like every feature's)."""
        from kiosk.checkin import view_model

        model = self.shell.models["checkin"]
        assert isinstance(model, view_model.CheckInViewModel)
        return model

    def close(self) -> None:
        """Stops the kiosk in order: the QML scene first, while every view model it binds to is alive (else
        each binding is evaluated once more against a dead one: "Cannot read property … of null"); then the
        pending writes finish and the store closes. Safe to call again."""
        if self._closed:
            return
        self._closed = True
        self.shell._timer.stop()
        self.read_aloud.close()  # stops speaking and ends the speech thread (if it was ever started)
        self.window.close()
        self.language.close()
        self.background.shutdown()
        self.services.close()


def qt_environment() -> None:
    """Environment Qt reads at start-up: the in-app virtual keyboard, and silence for two harmless
    warnings its add-ons print on machines without PipeWire (they would otherwise fill kiosk logs)."""
    import os

    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    quiet = "qt.multimedia.symbolsresolver=false;qt.qml.propertyCache.append=false"
    rules = os.environ.get("QT_LOGGING_RULES")
    os.environ["QT_LOGGING_RULES"] = f"{rules};{quiet}" if rules else quiet


def _skip_pyside_import_scan() -> None:
    """Turns off PySide's `__feature__` import hook for the rest of the process.

    Importing PySide6 replaces `builtins.__import__` with a hook that, on the first import of each module
    name, reads and tokenizes the module's whole source file (`inspect.getsource`) to find out whether it
    mentions PySide6 — so that `from __feature__ import snake_case, true_property` can switch a module's
    view of the Qt classes, and every `import` statement runs through Python code for it. The kiosk uses no
    `__feature__` (tests/shell/test_startup.py checks). Measured here: 3–5 ms of CPU before the first frame
    now that this module imports the standard library and the config before Qt (18 ms when every kiosk
    module was imported after Qt). PySide keeps the original import as `builtins.__orig_import__` and runs
    without the hook where it cannot support features (PyPy); this restores it. A PySide without it is left
    alone."""
    import builtins

    original = getattr(builtins, "__orig_import__", None)
    if callable(original) and builtins.__import__ is not original:
        builtins.__import__ = original


def qt_app(argv: list[str] | None = None) -> QGuiApplication:
    """The process's QGuiApplication, made on the first call. That first call (Qt not imported yet: the process
    is starting) also pauses Python's cyclic garbage collector until the event loop first runs
    (`_pause_gc_for_start_up`)."""
    resume = _pause_gc_for_start_up() if "PySide6.QtGui" not in sys.modules else None
    from PySide6.QtGui import QGuiApplication

    _skip_pyside_import_scan()
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    qt_environment()
    QGuiApplication.setApplicationName("Kindness Kiosk")
    QGuiApplication.setOrganizationName("kindness-kiosk")
    app = QGuiApplication(argv if argv is not None else sys.argv[:1])
    if resume is not None:
        from PySide6.QtCore import QTimer

        _gc_resume.append(resume)
        QTimer.singleShot(0, _resume_gc)  # the first turn of the event loop after the build, before the first paint
    return app


_gc_resume: list[Callable[[], None]] = []  # what turns the collector back on, once start-up is over
GC_BACK_AT_THE_LATEST_MS = 2000  # after build(), if no first frame has brought the collector back before
_building: list[bool] = []  # set while build() runs (its wait for the QML turns Qt's event loop meanwhile)


def _resume_gc() -> None:
    if _building:
        return  # build() asks again when it is done
    while _gc_resume:
        _gc_resume.pop()()


def _pause_gc_for_start_up() -> Callable[[], None] | None:
    """Turns Python's cyclic garbage collector off while Qt is imported, the kiosk is built and its first frame
    drawn; returns what turns it back on (None if it was off already).

    Why: start-up makes a few hundred thousand objects that all live on (PySide's and the kiosk's modules, classes,
    enums, view models), and every 700 of them the collector walks the young ones, and every so often all of them,
    finding nothing to free. Measured (perf, benchmarks/startup.py): the collections were ≈ 2.5% of the start-up's
    samples and the pause saved ≈ 8–20 ms of CPU before the first frame; holding it through the first frame too
    (it came back before the first paint, whose allocations then set off a full collection) saved ≈ 4.8 M
    instructions more (callgrind). Nothing is lost: reference counting still frees everything that is not in a
    cycle, and the collector's first run afterwards finds the few cycles start-up left. Thread: GUI."""
    import gc

    if not gc.isenabled():
        return None
    gc.disable()
    return gc.enable


def build(config: Config, clock: Clock | None = None, *, size: QSize | None = None) -> Kiosk:
    """The kiosk for a config: services, the shell, each feature installed (its view models are made when a
    screen first needs them), and the window with the home screen."""
    app = qt_app()  # first: Qt, without PySide's import scan for what follows
    _building.append(True)
    try:
        return _build(app, config, clock, size)
    finally:
        _building.pop()
        if _gc_resume:  # back after the first frame (_after_first_frame); this is for a window never shown
            from PySide6.QtCore import QTimer

            QTimer.singleShot(GC_BACK_AT_THE_LATEST_MS, _resume_gc)


def _build(app: QGuiApplication, config: Config, clock: Clock | None, size: QSize | None) -> Kiosk:
    from kiosk.shell.qml_start import start_qml

    qml = start_qml()  # the window and the home screen load on Qt's loader thread, while a helper thread adds
    fonts: list[set[str]] = []  # the font files and imports the modules below
    qml.load_while(lambda: _ahead(fonts))
    from kiosk.shell.fonts import load_fonts

    load_fonts(app, fonts[0] if fonts else None)  # (added here if the helper thread could not)
    from kiosk import features
    from kiosk.core.background import Background
    from kiosk.core.clock import SystemClock
    from kiosk.core.event_hub import EventHub
    from kiosk.data.services import Services
    from kiosk.shell.feature_api import FeatureContext
    from kiosk.shell.language import LanguageSwitch
    from kiosk.shell.read_aloud_model import ReadAloudViewModel, current_screen
    from kiosk.shell.shell_model import ShellViewModel
    from kiosk.shell.window import KioskWindow
    from kiosk.staff import feature as staff_feature

    clock = clock or SystemClock()
    events = EventHub()
    language = LanguageSwitch(config.languages, events)
    language.set(config.language)
    services = Services(config, clock, publish=events.publish)
    background = Background()
    shell = ShellViewModel(config, clock, language)
    from kiosk.core.events import SiteSettingsChanged

    events.subscribe(SiteSettingsChanged, lambda e: shell.use_config(e.config))  # the centre's, over the file's
    background.errors.raised.connect(shell.show_error)
    staff = staff_feature.make(config, clock, background, shell)
    _add_visitor_tools(config, shell, staff)
    context = FeatureContext(config, clock, services, background, shell, staff, events, shell.models)
    features.wire(services)
    for feature in features.modules():
        feature.install(context)
    read_aloud = ReadAloudViewModel(shell, config.languages, config.idle_timeout_seconds)  # engine: on first tap
    shell.models.add("readAloud", read_aloud)
    window = KioskWindow(shell, shell.models, language, qml)
    read_aloud.show_screens_of(current_screen(lambda: window.window.contentItem()))
    if size is not None:
        window.resize(size)
    _after_first_frame(window, services, background, shell)
    return Kiosk(config, clock, background, services, shell, window, staff, events, language, read_aloud)


# What `_build` imports (with what they import), imported on a helper thread while Qt loads the window's QML.
AHEAD = ("kiosk.shell.window", "kiosk.core.background", "kiosk.core.event_hub", "kiosk.data.services",
         "kiosk.shell.feature_api", "kiosk.shell.read_aloud_model", "kiosk.staff.view_model",
         "kiosk.shell.access_modes", "kiosk.shell.more_time")


def ahead_modules() -> list[str]:
    """`AHEAD` and the features' `IMPORTS` (the modules their `install` imports)."""
    from kiosk import features

    return [*AHEAD, *(name for feature in features.modules() for name in getattr(feature, "IMPORTS", ()))]


def _ahead(fonts: list[set[str]]) -> None:
    """The helper thread's work while Qt loads the window's QML (kiosk.shell.qml_start): adds the font files to Qt's
    font database (thread-safe; the families go into `fonts`), then `_import_ahead()`. Both were on the GUI
    thread before: the fonts after the loading (3–4 ms), their module's Qt classes before it (≈ 1.3 ms, which kept
    the loader thread waiting for the GUI thread's event loop)."""
    from kiosk.shell.fonts import add_font_files

    fonts.append(add_font_files())
    _import_ahead()


def _import_ahead() -> None:
    """Imports `ahead_modules()` (on a helper thread while Qt loads the window's QML: kiosk.shell.qml_start):
    Python's modules only, no Qt object. A module left out is imported where it is used, as before; one listed
    that the kiosk no longer uses costs its import time (tests/shell/test_startup.py checks each is imported
    before the first frame anyway)."""
    import importlib

    for name in ahead_modules():
        importlib.import_module(name)


def _add_visitor_tools(config: Config, shell: ShellViewModel, staff: StaffViewModel) -> None:
    """The shell's own per-visitor view models: the accessibility modes and "Do you need more time?"."""
    from kiosk.shell.access_modes import AccessModes
    from kiosk.shell.more_time import MoreTime

    shell.models.add("access", AccessModes(config, shell, staff.is_active, staff.activeChanged, parent=shell))
    shell.models.add("moreTime", MoreTime(config, shell, parent=shell))


def _after_first_frame(window: KioskWindow, services: Services, background: Background,
                       shell: ShellViewModel) -> None:
    """Once the first frame is up: opens the store (SQLAlchemy imports, migrations) on the database thread and
    shows the home screen's overlays, so the welcome screen never waits for either. A tap before then opens
    the store on its own; taps queue in order. Both start from the GUI thread's event loop after the frame's
    own signal handlers, so the database thread (which starts here) does not compete with them."""
    from PySide6.QtCore import QTimer

    started = threading.Event()
    stop: list[Callable[[], None]] = []  # (popped when used: these closures must not keep the window alive)

    def after() -> None:
        from kiosk.data.device import DeviceProbe
        from kiosk.shell.frame_watch import FrameWatch

        _resume_gc()  # (not before: its first full collection walked every object start-up made, in the frame)
        stop.pop()()  # no Python call on every frame from here on
        window.tidy.tune_heap()  # glibc's fixed mmap threshold (kiosk.shell.idle_tidy): the soak's flat line
        background.op(services.engine).run()
        if services.config.central_url:  # the site's settings from the centre, as last pulled (kiosk.sync.settings)
            from kiosk.sync.settings import announce

            background.op(lambda: announce(services, services.config, services.engine(), always=False)).run()
        window.watch_activity()
        shell.first_frame.shown_now()
        FrameWatch(window, services.get(DeviceProbe.from_services), shell)  # the heartbeat's last frame drawn

    def first_frame() -> None:  # called on the render thread on a real display
        if not started.is_set():
            started.set()
            QTimer.singleShot(0, shell, after)  # on the GUI thread, after this frame

    stop.append(window.on_frame(first_frame))


def sync_runner(config: Config, clock: Clock, services: Services | None = None, *,
                shell: ShellViewModel | None = None) -> SyncRunner | None:
    """The background sync for this kiosk, or None when sync.central_url is empty (sync off). With `shell`, and
    a central database with person logins (PostgreSQL), staff mode gets the sign-in that sends the decisions
    made on this kiosk with a person's own login (kiosk.sync.person, kiosk.staff.sign_in_model)."""
    if not config.central_url:
        return None
    from kiosk.sync.cycle import SyncCycle
    from kiosk.sync.person import person_sign_in
    from kiosk.sync.runner import SyncRunner

    cycle = SyncCycle(config, clock, services=services)
    runner = SyncRunner(cycle.run, interval=config.sync_interval_seconds,
                        backoff_max=config.sync_backoff_max_seconds, close=cycle.close)
    person = person_sign_in(cycle, runner) if shell is not None else None
    if shell is not None and person is not None:
        from kiosk.staff import feature as staff_feature

        staff_feature.attach_person_sign_in(shell, person)
    return runner


def run(config: Config, *, fullscreen: bool = True, size: QSize | None = None, locked: bool | None = None) -> int:
    """Runs the kiosk until the window closes, SIGTERM or SIGINT; pending writes finish before the process exits.
    `locked` (default: when full screen; never for the demo) refuses close requests and context menus and hides
    the pointer as screen.pointer says (kiosk.shell.lockdown): then only SIGTERM or SIGINT end it. Under systemd
    it reports READY=1 after the first frame and feeds the watchdog from the GUI thread (kiosk.shell.systemd_notify)."""
    app = qt_app()
    kiosk = build(config, size=size)
    from kiosk.shell import systemd_notify  # (after qt_app: PySide's import scan is off by then)

    if (fullscreen if locked is None else locked):
        kiosk.window.lock_down(pointer=config.pointer, full_screen=fullscreen)
    notifier = systemd_notify.start(kiosk.window.on_frame, kiosk.shell)  # None unless systemd started us
    kiosk.window.show(full_screen=fullscreen)
    _wait_for_first_frame(kiosk)
    try:
        return serve(app, kiosk)
    finally:
        if notifier is not None:
            notifier.close()


def _wait_for_first_frame(kiosk: Kiosk, timeout_ms: int = 3000) -> None:
    """Lets Qt paint the welcome screen before the asyncio loop (qasync) and the sync are set up."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    disconnect = kiosk.window.on_frame(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    disconnect()


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
    from kiosk.core.events import CheckInRecorded

    runner = sync_runner(kiosk.config, kiosk.clock, kiosk.services, shell=kiosk.shell)

    async def main() -> None:
        if runner is not None:
            kiosk.events.subscribe(CheckInRecorded, lambda _e: runner.nudge())  # send a new answer at once
            # The first database job (migrations) must finish before the sync uses the store.
            await asyncio.wrap_future(kiosk.background.op(kiosk.services.engine).run())
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

    try:
        with loop:
            try:
                loop.run_until_complete(main())
            except RuntimeError:  # Qt quit by itself (e.g. the session ended): the loop stopped early
                log.warning("the event loop stopped before the sync was stopped; a sync in flight is abandoned")
    finally:
        kiosk.close()  # the scene goes before the view models do (they go when `kiosk` is dropped)
    log.info("kiosk stopped cleanly")
    return 0
