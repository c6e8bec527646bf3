"""The background sync inside the real app: a visitor's answer is sent at once (the nudge), and SIGTERM stops
the app cleanly with the sync. Runs the app in a child process (its own Qt application and qasync loop)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, child_env
from tests.sync.kiosks import central_db, count


@pytest.mark.slow
def test_an_answer_reaches_the_central_database_at_once_and_sigterm_stops_cleanly(tmp_path: Path) -> None:
    central_file = tmp_path / "central.sqlite3"
    central = central_db(str(central_file))
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "tests.sync.app_sync_child", str(tmp_path / "data"), str(central_file)],
            cwd=REPO, env=child_env(QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=120,
            check=False)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert proc.stdout.splitlines() == ["arrived", "stopped 0"], proc.stderr
        for bad in ("Traceback", "Task was destroyed", "Warning", "Error"):
            assert bad not in proc.stderr, proc.stderr
        assert count(central, "checkin", "WHERE answer = 'no' AND kiosk = 'kiosk-1'") == 1
        assert count(central, "heartbeat") >= 1
    finally:
        central.dispose()
