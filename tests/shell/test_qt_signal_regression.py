"""Guards the PySide6 pin: 6.12.0 on Python 3.11 aborts in bool_dealloc after a few thousand bool emits.

The crash kills the interpreter (SIGABRT), so it runs in a child process and the test checks the exit code.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import child_env

pytestmark = pytest.mark.slow

EMITS = 10_000

_SCRIPT = f"""
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

class Emitter(QObject):
    toggled = Signal(bool)

class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0
        self.trues = 0

    @Slot(bool)
    def on_toggled(self, value):
        self.count += 1
        self.trues += value is True

app = QCoreApplication([])
emitter, receiver = Emitter(), Receiver()
seen = []
emitter.toggled.connect(receiver.on_toggled)
emitter.toggled.connect(seen.append)  # a plain Python callable too
for i in range({EMITS}):
    emitter.toggled.emit(i % 2 == 0)
assert receiver.count == {EMITS}, receiver.count
assert receiver.trues == {EMITS // 2}, receiver.trues
assert len(seen) == {EMITS} and seen[:3] == [True, False, True], seen[:3]
print("emitted", receiver.count)
"""


def test_ten_thousand_bool_emits_do_not_crash(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=tmp_path, capture_output=True, text=True,
                          env=child_env(QT_QPA_PLATFORM="offscreen"), timeout=300, check=False)
    assert proc.returncode == 0, f"exit {proc.returncode} (negative = killed by signal)\n{proc.stderr}"
    assert proc.stdout.strip() == f"emitted {EMITS}"
