"""Start-up: what runs before the home screen's first frame, and what waits until just after it.

Each check runs the real `kiosk.app.build` in a fresh offscreen interpreter (the test process has long
imported everything), the way `kiosk run` starts: the window is shown and watched through
`KioskWindow.show` / `on_frame`.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, child_env

_CHILD = r"""
import builtins, gc, json, os, sys
from kiosk.app import build, qt_app
from kiosk.core import config as settings

config = settings.load()
if os.environ.get("NO_IMPORT_AHEAD"):  # the build imports what it needs itself, on the GUI thread
    import kiosk.app
    kiosk.app._import_ahead = lambda: None
gc_before = gc.isenabled()
app = qt_app()
kiosk = build(config)
seen = {"gc_before_qt": gc_before, "gc_during_build": gc.isenabled()}
if os.environ.get("HOLD_QTGUI_WRAPPER"):  # a QtGui wrapper of the window kept alive from before the first frame
    held = kiosk.window._root()
    seen["held_type"] = type(held).__name__

def first_frame():
    if "quick_at_frame" in seen:
        return
    seen["quick_at_frame"] = "PySide6.QtQuick" in sys.modules
    seen["sqlalchemy_at_frame"] = "sqlalchemy" in sys.modules
    seen["feature_scan_at_frame"] = getattr(builtins.__import__, "__name__", "") == "__feature_import__"
    seen["view_models_at_frame"] = sorted(kiosk.shell.models.made())
    seen["speech_module_at_frame"] = "kiosk.shell.speech" in sys.modules
    seen["speech_at_frame"] = "PySide6.QtTextToSpeech" in sys.modules or kiosk.read_aloud.speech.state != "off"
    seen["gc_at_frame"] = gc.isenabled()
    seen["ctypes_at_frame"] = "ctypes" in sys.modules
    seen["heap_tuned_at_frame"] = kiosk.window.tidy.heap_tuned
    from kiosk.app import ahead_modules
    seen["ahead_missing_at_frame"] = [name for name in ahead_modules() if name not in sys.modules]
    seen["upkeep_at_frame"] = "kiosk.upkeep.daily" in sys.modules or "kiosk.data.device" in sys.modules
    seen["pin_check_at_frame"] = "kiosk.staff.pin_check" in sys.modules
    with open("/proc/self/maps") as maps:  # the Qt libraries mapped so far (Linux)
        seen["qt_libraries_at_frame"] = sorted({ln.split("/")[-1].strip() for ln in maps if "libQt6" in ln})

def check():  # after the first frame's own callbacks have run
    if "after" in seen:
        return
    seen["after"] = True
    window = kiosk.window.window
    seen["window_type"] = type(window).__name__
    seen["content_item"] = window.contentItem() is not None
    kiosk.background.op(lambda: kiosk.services.opened is not None).success(done).run()

def done(opened):
    seen["store_opened"] = opened
    seen["gc_after"] = gc.isenabled()
    seen["heap_tuned"] = kiosk.window.tidy.heap_tuned
    seen["upkeep_after"] = sorted(type(c).__name__ for c in kiosk.shell.children()
                                  if type(c).__name__ in ("Upkeep", "SleepViewModel"))
    print("RESULT " + json.dumps(seen), flush=True)
    app.quit()

from PySide6.QtCore import QTimer
kiosk.window.on_frame(first_frame)
kiosk.window.on_frame(lambda: QTimer.singleShot(0, check))
kiosk.window.show()
QTimer.singleShot(60000, app.quit)
app.exec()
kiosk.close()
"""


def _start(tmp_path: Path, script: str = _CHILD, **env: str) -> dict[str, object]:
    """Runs `script` in a fresh offscreen interpreter; returns what it printed on its `RESULT {json}` line."""
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env=child_env(QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(tmp_path / "data"), **env),
                          check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, proc.stdout + proc.stderr
    result: dict[str, object] = json.loads(lines[-1][len("RESULT "):])
    return result


@pytest.mark.slow
def test_the_first_frame_waits_for_nothing_it_does_not_show(tmp_path: Path) -> None:
    seen = _start(tmp_path)
    assert seen["quick_at_frame"] is False, "PySide6.QtQuick is imported on first use of KioskWindow.window"
    assert seen["sqlalchemy_at_frame"] is False, "the store opens on the database thread after the first frame"
    assert seen["feature_scan_at_frame"] is False, "PySide's __feature__ import scan is off (kiosk.app.qt_app)"
    # the visitor bar's own (modes, more time, read aloud: small, shown on the first screen) and staff's gesture
    assert seen["view_models_at_frame"] == ["access", "moreTime", "readAloud", "staff"], \
        "features' view models are made on first use"
    assert seen["speech_at_frame"] is False, "QtTextToSpeech is imported, and its engine made, on the first tap"
    assert seen["speech_module_at_frame"] is False, "kiosk.shell.speech is imported when Read to me is first used"
    # Python's cyclic collector rests while Qt is imported, the kiosk built and its first frame drawn; then it is back.
    assert (seen["gc_before_qt"], seen["gc_during_build"], seen["gc_at_frame"], seen["gc_after"]) == \
        (True, False, False, True)
    assert seen["ctypes_at_frame"] is False, "ctypes (10–25 ms) is imported after the first frame"
    assert seen["heap_tuned_at_frame"] is None, "the heap's thresholds are set after the first frame"
    assert seen["upkeep_at_frame"] is False, "the upkeep (disk, retention, sleep) starts after the first frame"
    assert seen["pin_check_at_frame"] is False, "the PIN check is imported when the PIN pad first opens"
    # QtQuick.Controls (its Basic style: 5 libraries and every control's type) loads with the first popup that
    # needs it (the accessibility panel), not for the home screen, whose buttons are QtQuick.Templates ones.
    libraries = seen["qt_libraries_at_frame"]
    assert isinstance(libraries, list) and "libQt6Quick.so.6" in libraries, libraries
    assert not [lib for lib in libraries if "QuickControls2" in lib], libraries
    # …and right after it, everything is there.
    assert seen["window_type"] == "QQuickWindow" and seen["content_item"] is True
    assert seen["store_opened"] is True
    assert seen["heap_tuned"] is True or not sys.platform.startswith("linux"), "glibc's thresholds fixed"
    assert seen["upkeep_after"] == ["SleepViewModel", "Upkeep"], "the upkeep starts right after the first frame"


@pytest.mark.slow
def test_each_module_imported_ahead_is_one_the_first_frame_needs(tmp_path: Path) -> None:
    """kiosk.app imports these on a helper thread while Qt loads the window's QML; started without that, the
    build must import every one of them itself before the first frame (a stale name would cost its import for
    nothing, a misspelt one would be skipped without a word)."""
    seen = _start(tmp_path, NO_IMPORT_AHEAD="1")
    assert seen["ahead_missing_at_frame"] == []


@pytest.mark.slow
def test_the_window_is_a_qquickwindow_even_while_a_qtgui_wrapper_of_it_is_alive(tmp_path: Path) -> None:
    seen = _start(tmp_path, HOLD_QTGUI_WRAPPER="1")
    assert seen["held_type"] == "QWindow"  # what PySide makes of it before PySide6.QtQuick is imported
    assert seen["window_type"] == "QQuickWindow" and seen["content_item"] is True
    assert seen["store_opened"] is True


def _imports_feature(path: Path) -> bool:
    return any((isinstance(node, ast.ImportFrom) and node.module == "__feature__")
               or (isinstance(node, ast.Import) and any(a.name == "__feature__" for a in node.names))
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))


def test_no_kiosk_module_uses_pysides_feature_switches(tmp_path: Path) -> None:
    """kiosk.app turns PySide's `__feature__` import hook off; a module using the feature would break."""
    assert [str(p.relative_to(REPO)) for p in (REPO / "kiosk").rglob("*.py") if _imports_feature(p)] == []
    (tmp_path / "uses.py").write_text("from __feature__ import snake_case\n", encoding="utf-8")
    assert _imports_feature(tmp_path / "uses.py")  # the check would notice one


_NEVER_SHOWN = r"""
import gc, json
import kiosk.app
from kiosk.app import build, qt_app
from kiosk.core import config as settings

kiosk.app.GC_BACK_AT_THE_LATEST_MS = 50  # (2 s in the kiosk)
app = qt_app()
kiosk = build(settings.load())
kiosk.window.window.hide()  # (Main.qml's window shows itself: hidden before the event loop draws a frame)
seen = {"gc_after_build": gc.isenabled()}

def check():
    seen["gc_later"] = gc.isenabled()
    seen["frame_drawn"] = kiosk.shell.first_frame.shown
    print("RESULT " + json.dumps(seen), flush=True)
    app.quit()

from PySide6.QtCore import QTimer
QTimer.singleShot(500, check)
app.exec()
kiosk.close()
"""


@pytest.mark.slow
def test_the_collector_comes_back_even_if_the_window_is_never_shown(tmp_path: Path) -> None:
    """It waits for the first frame; a kiosk built and never shown (a tool, a test) gets it back anyway."""
    assert _start(tmp_path, _NEVER_SHOWN) == {"gc_after_build": False, "gc_later": True, "frame_drawn": False}


_RUN_COMMAND = r"""
import json, sys
import kiosk.app
from kiosk.cli import main

seen = {}
real_qt_app = kiosk.app.qt_app

def qt_app(argv=None):
    seen.setdefault("pyside_before_qt_app", "PySide6.QtCore" in sys.modules)
    return real_qt_app(argv)

def run(config, **kwargs):  # stands in for the kiosk: what matters is how `kiosk run` got here
    kiosk.app.qt_app()
    seen["size_given"] = kwargs.get("size") is not None
    return 0

kiosk.app.qt_app, kiosk.app.run = qt_app, run
status = main(["run", "--windowed", "--size", "540x960"])
print("RESULT " + json.dumps({**seen, "status": status}), flush=True)
"""


def test_kiosk_run_starts_qt_before_anything_imports_pyside(tmp_path: Path) -> None:
    """`kiosk run` reaches Qt through kiosk.app.qt_app before its own first PySide import, so the collector is paused
    and PySide's import scan is off while PySide imports (a QSize imported first cost the autostart ≈ 6 ms)."""
    assert _start(tmp_path, _RUN_COMMAND) == {"pyside_before_qt_app": False, "size_given": True, "status": 0}
