"""Nothing uncollectable at exit: a child interpreter that imports every module of kiosk/ declaring Qt properties,
and a child pytest session over the view-model checks, end without "uncollectable" objects — the work of
tests/support/qt_gc.py, which clears PySide6's mistaken legacy finalizer on its Property type.

The children turn on gc.DEBUG_UNCOLLECTABLE, so every uncollectable object is listed on stderr whatever the
warnings filters say at shutdown (the summary "gc: N uncollectable objects at shutdown" is a ResourceWarning,
which CPython sometimes does not show)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers import REPO, child_env

# Imports every kiosk module that declares a Qt property; with "fixed", applies the test setup's fix first.
_IMPORT_VIEW_MODELS = """
import gc, importlib, pathlib, sys
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
if sys.argv[1] == "fixed":
    from tests.support.qt_gc import make_qt_properties_collectable
    assert make_qt_properties_collectable(), "PySide6's Property type has no legacy finalizer any more"
count = 0
for path in sorted(pathlib.Path("kiosk").rglob("*.py")):
    if "Property(" in path.read_text(encoding="utf-8"):
        importlib.import_module(".".join(path.with_suffix("").parts).removesuffix(".__init__"))
        count += 1
print(count)
"""

_PYTEST_SESSION = """
import gc, sys
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
import pytest
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "tests/test_view_models.py"]))
"""


def _child(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script, *args], cwd=REPO, env=child_env(QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.slow
def test_importing_the_view_models_leaves_nothing_uncollectable_at_exit() -> None:
    proc = _child(_IMPORT_VIEW_MODELS, "fixed")
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) >= 20  # the modules with Qt properties were imported (there are ~40)
    assert "uncollectable" not in proc.stderr, proc.stderr[-3000:]


@pytest.mark.slow
def test_without_the_fix_pyside_leaves_its_properties_uncollectable() -> None:
    """The control: the same child without tests/support/qt_gc.py shows the garbage, so the test above can fail.
    If this fails, PySide6 has fixed its Property type and tests/support/qt_gc.py can go."""
    proc = _child(_IMPORT_VIEW_MODELS, "as-shipped")
    assert proc.returncode == 0, proc.stderr
    assert "gc: uncollectable <PySide6.QtCore.Property" in proc.stderr


@pytest.mark.slow
def test_a_pytest_session_ends_with_nothing_uncollectable() -> None:
    proc = _child(_PYTEST_SESSION)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert " passed" in proc.stdout
    assert "uncollectable" not in proc.stderr, proc.stderr[-3000:]
