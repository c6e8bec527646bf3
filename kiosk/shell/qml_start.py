"""The QML engine's head start: the window's and the home screen's QML load on Qt's QML loader thread while
Python imports the kiosk's modules on a helper thread. Thread: GUI (the imports on a short-lived helper thread).

Why both threads: loading a QML file is not all on the loader thread. Each QML module it imports (QtQuick,
QtQuick.Templates, QtQuick.Layouts, …) is initialised for the engine *on the GUI thread*, so the loader thread
stops and waits until the GUI thread's event loop serves it; while Python imported the kiosk's modules on
the GUI thread (≈ 20–30 ms), the loading stood still, and `KioskWindow` then finished it there itself. Now
`QmlStart.load_while(imports)` runs the imports on a helper thread while the GUI thread waits in Qt's event
loop (without Python's lock), serving the loader thread: the two take about as long as the longer of them,
not their sum (measured in benchmarks/startup.py: README "Where the start-up time goes").

The helper thread only imports modules (Python's import lock makes that safe from any thread, and a kiosk
module makes no Qt object at import time) and adds the font files (Qt's font database is thread-safe); every
object is made on the GUI thread afterwards. An import that fails on the helper thread is left to fail again,
with its traceback, where the GUI thread imports it. The GUI thread enters the event loop as soon as the helper
has started: until it does, the loader thread waits for it.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QUrl
from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent

from kiosk.core.paths import qml_dir
from kiosk.shell.keyboard import use_kiosk_layouts
from kiosk.shell.reading_order import register as register_reading_order

log = logging.getLogger(__name__)
PRELOADED = ("Main.qml", "HomeView.qml")  # what the first frame shows: compiled ahead on the loader thread


def shell_qml_url(name: str) -> QUrl:
    """The URL of a QML file of the shared `Kiosk` module (kiosk/shell/qml/Kiosk/)."""
    return QUrl.fromLocalFile(str(qml_dir() / "Kiosk" / name))


class QmlStart:
    """The QML engine, with the first frame's QML loading on Qt's loader thread (`PRELOADED`)."""

    def __init__(self) -> None:
        # The plain Basic style, set without importing QtQuickControls2 (a few ms at start-up); set before any
        # QML is compiled, as the style is chosen when QtQuick.Controls is first imported.
        os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
        use_kiosk_layouts()  # the on-screen keyboard's layouts, Urdu's among them (kiosk.shell.keyboard)
        register_reading_order()  # `import KioskOrder` (kiosk.shell.reading_order)
        self.engine = QQmlApplicationEngine()
        self.engine.addImportPath(str(qml_dir()))
        mode = QQmlComponent.CompilationMode.Asynchronous
        # Kept until the window is made: the engine's type cache holds what they loaded.
        self.components = [QQmlComponent(self.engine, shell_qml_url(name), mode) for name in PRELOADED]

    def loading(self) -> bool:
        return any(c.status() == QQmlComponent.Status.Loading for c in self.components)

    def load_while(self, imports: Callable[[], None]) -> None:
        """Runs `imports` on a helper thread while this (the GUI) thread serves Qt's loader thread; returns when
        both are done. `imports` must only import modules and call what Qt documents as thread-safe (the font
        database): no Qt object may be made off the GUI thread."""
        thread = threading.Thread(target=_quietly, args=(imports,), name="kiosk-imports", daemon=True)
        loop = QEventLoop()
        for component in self.components:
            component.statusChanged.connect(loop.quit)
        switch = sys.getswitchinterval()
        sys.setswitchinterval(0.001)  # this thread gets Python's lock back soon when the loading is done
        try:
            thread.start()
            while self.loading():
                loop.exec()  # Python's lock is free meanwhile: the helper thread imports
            thread.join()
        finally:
            sys.setswitchinterval(switch)
            for component in self.components:
                component.statusChanged.disconnect(loop.quit)


def _quietly(imports: Callable[[], None]) -> None:
    try:
        imports()
    except Exception:  # the GUI thread's own import of the module raises it again, where it is needed
        log.debug("an import ahead of the window failed", exc_info=True)


def start_qml() -> QmlStart:
    """Starts loading the window and the home screen on Qt's loader thread; call it as early as Qt is up."""
    return QmlStart()
