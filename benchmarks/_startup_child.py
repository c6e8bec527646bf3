"""One start-up for benchmarks/startup.py; run as a script: `python _startup_child.py MODE`.

MODE is `minimal` (a Window with one Text), `kiosk` (kiosk.app.build on KIOSK_DATA_DIR), `cli` (the
real command `kiosk run --windowed`: argparse, config, qasync, kiosk.app.run) or `prepare` (migrate
KIOSK_DATA_DIR and exit). At the window's first `frameSwapped` it prints one line
`BENCH {json}` with CLOCK_MONOTONIC timestamps (shared with the parent on Linux), the process's CPU time
and the RSS, then exits
at once with os._exit. For `kiosk` and `cli` it first waits until the store can take a tap: right after
the first frame it queues `checkins.count()` on the database thread (behind the start-up migrations,
which queue earlier) and reports when that returns as `t_ready` — unless BENCH_EXIT_AT_FRAME is set: then it exits
at the frame (the instruction count, benchmarks/startup_instructions.py, stops there).
"""

import time

T_START = time.monotonic_ns()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

_state: dict[str, object] = {"t_start": T_START}


def _rss_kb() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)


def _finish() -> None:
    sys.stdout.write("BENCH " + json.dumps(_state) + "\n")
    sys.stdout.flush()
    os._exit(0)


_kiosk: list = []  # the Kiosk being started, if any


def _on_frame() -> None:
    if "t_frame" in _state:
        return
    _state["t_frame"] = time.monotonic_ns()
    _state["cpu_ns"] = time.process_time_ns()  # CPU time of the whole process (all threads) until the frame
    _state["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _state["rss_kb"] = _rss_kb()
    sys.stdout.write(f"FRAME {_state['t_frame']}\n")
    sys.stdout.flush()
    if not _kiosk or os.environ.get("BENCH_EXIT_AT_FRAME"):  # (benchmarks/startup_instructions.py: count to here)
        _state["t_ready"] = _state["t_frame"]
        _finish()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, _probe_store)  # outside the frameSwapped emission, after jobs queued at the frame


def _probe_store() -> None:
    from kiosk.checkin.use_cases import CheckIns

    k = _kiosk[0]
    k.background.op(lambda: k.services.get(CheckIns).store().count()).run().add_done_callback(_on_ready)


def _on_ready(future: object) -> None:
    _state["t_ready"] = time.monotonic_ns()
    _state["store_error"] = repr(future.exception()) if future.exception() else ""  # type: ignore[attr-defined]
    _finish()


def minimal() -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QGuiApplication, QWindow
    from PySide6.QtQml import QQmlApplicationEngine

    _state["t_imports"] = time.monotonic_ns()
    QGuiApplication.setApplicationName("kiosk-bench-minimal")
    QGuiApplication.setOrganizationName("kindness-kiosk")
    app = QGuiApplication(sys.argv[:1])
    _state["t_app"] = time.monotonic_ns()
    engine = QQmlApplicationEngine()
    engine.load(QUrl.fromLocalFile(str(Path(__file__).with_name("_minimal") / "Main.qml")))
    window = engine.rootObjects()[0]
    assert isinstance(window, QWindow)
    _state["t_loaded"] = time.monotonic_ns()
    _watch(window)
    window.show()
    app.exec()


def kiosk() -> None:
    from kiosk.app import build, qt_app
    from kiosk.core import config as settings

    _state["t_imports"] = time.monotonic_ns()
    config = settings.load()
    app = qt_app()
    _state["t_app"] = time.monotonic_ns()
    k = build(config)
    _state["t_loaded"] = time.monotonic_ns()
    _kiosk.append(k)
    k.window.on_frame(_on_frame)  # as kiosk.app.run watches it: through QtGui, PySide6.QtQuick not imported yet
    k.window.show()
    app.exec()


def cli() -> None:
    """`kiosk run --windowed` exactly, with kiosk.app.build wrapped to watch the window it makes."""
    from typing import Any

    import kiosk.app
    from kiosk.cli import main

    real_build = kiosk.app.build

    def build(*args: Any, **kwargs: Any) -> kiosk.app.Kiosk:
        _state["t_app"] = time.monotonic_ns()  # run() made the QGuiApplication just before
        k = real_build(*args, **kwargs)
        _state["t_loaded"] = time.monotonic_ns()
        _kiosk.append(k)
        k.window.on_frame(_on_frame)
        return k

    kiosk.app.build = build
    _state["t_imports"] = time.monotonic_ns()
    main(["run", "--windowed"])


def prepare() -> None:
    from kiosk.core import config as settings
    from kiosk.data import migrate
    from kiosk.data.engine import sqlite_engine

    engine = sqlite_engine(settings.load().database_path)
    migrate.upgrade(engine)
    engine.dispose()
    print("PREPARED", flush=True)


def _watch(window: object) -> None:
    # Offscreen, Qt Quick renders with its software backend on the GUI thread, so the default connection
    # is direct. (Naming Qt.ConnectionType here would make PySide build every Qt enum, ~15 ms, which the
    # minimal window never pays otherwise.)
    window.frameSwapped.connect(_on_frame)  # type: ignore[attr-defined]


if __name__ == "__main__":
    {"minimal": minimal, "kiosk": kiosk, "cli": cli, "prepare": prepare}[sys.argv[1]]()
