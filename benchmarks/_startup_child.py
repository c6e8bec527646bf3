"""One start-up for benchmarks/startup.py; run as a script: `python _startup_child.py MODE`.

MODE is `minimal` (a Window with one Text), `kiosk` (kiosk.app.build on KIOSK_DATA_DIR) or `prepare`
(migrate KIOSK_DATA_DIR and exit). At the window's first `frameSwapped` it prints one line
`BENCH {json}` with CLOCK_MONOTONIC timestamps (shared with the parent on Linux) and the RSS, then exits
at once with os._exit. For `kiosk`, when the start-up migrations are still running on the database
thread at the first frame, it waits for them and reports their end as `t_ready` before exiting.
"""

import time

T_START = time.monotonic_ns()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402

_lock = threading.Lock()
_state: dict[str, object] = {"t_start": T_START}


def _rss_kb() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)


def _finish() -> None:
    sys.stdout.write("BENCH " + json.dumps(_state) + "\n")
    sys.stdout.flush()
    os._exit(0)


def _on_frame() -> None:
    with _lock:
        if "t_frame" in _state:
            return
        _state["t_frame"] = time.monotonic_ns()
        _state["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        _state["rss_kb"] = _rss_kb()
        _state["migrated_at_frame"] = "t_ready" in _state
        done = "t_ready" in _state
    sys.stdout.write(f"FRAME {_state['t_frame']}\n")
    sys.stdout.flush()
    if done:
        _finish()


def _on_ready(_future: object = None) -> None:
    with _lock:
        _state["t_ready"] = time.monotonic_ns()
        done = "t_frame" in _state
    if done:
        _finish()


def minimal() -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    _state["t_imports"] = time.monotonic_ns()
    QGuiApplication.setApplicationName("kiosk-bench-minimal")
    QGuiApplication.setOrganizationName("kindness-kiosk")
    app = QGuiApplication(sys.argv[:1])
    _state["t_app"] = time.monotonic_ns()
    engine = QQmlApplicationEngine()
    engine.load(QUrl.fromLocalFile(str(Path(__file__).with_name("_minimal") / "Main.qml")))
    window = engine.rootObjects()[0]
    _state["t_loaded"] = time.monotonic_ns()
    _state["t_ready"] = _state["t_loaded"]
    _watch(window)
    window.show()
    app.exec()


def kiosk() -> None:
    from kiosk import settings
    from kiosk.app import build, qt_app

    _state["t_imports"] = time.monotonic_ns()
    config = settings.load()
    app = qt_app()
    _state["t_app"] = time.monotonic_ns()
    k = build(config)
    _state["t_loaded"] = time.monotonic_ns()
    # Jobs run in order on the one database thread: this no-op finishes right after the migrations.
    k.background.op(lambda: None).run().add_done_callback(_on_ready)
    _watch(k.window.window)
    k.window.window.show()
    app.exec()


def prepare() -> None:
    from kiosk import settings
    from kiosk.store import migrate
    from kiosk.store.engine import sqlite_engine

    engine = sqlite_engine(settings.load().database_path)
    migrate.upgrade(engine)
    engine.dispose()
    print("PREPARED", flush=True)


def _watch(window: object) -> None:
    from PySide6.QtCore import Qt

    window.frameSwapped.connect(_on_frame, Qt.ConnectionType.DirectConnection)  # type: ignore[attr-defined]


if __name__ == "__main__":
    {"minimal": minimal, "kiosk": kiosk, "prepare": prepare}[sys.argv[1]]()
