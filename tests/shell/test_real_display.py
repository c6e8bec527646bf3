"""One smoke test on a real X server (Xvfb): the threaded render loop, as on a real kiosk screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_checkin_on_a_real_x_display(tmp_path: Path) -> None:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb not installed (packaging/system-deps.sh installs it)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as f:
            display = f.readline().strip()
        assert display, "Xvfb did not report a display"
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
        env.pop("QT_QUICK_BACKEND", None)
        result = subprocess.run([sys.executable, "-m", "tests.support.real_display_smoke"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "platform=xcb" in result.stdout
        assert "Warning" not in result.stderr, result.stderr
    finally:
        server.terminate()
        server.wait(timeout=10)
