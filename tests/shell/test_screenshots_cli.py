"""`kiosk screenshots` renders every screen in both orientations to real, non-blank PNGs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.shell.screenshots import STEPS


@pytest.mark.slow
def test_screenshots_command_renders_every_screen(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "kiosk", "screenshots", "--out", str(tmp_path / "shots")],
                            capture_output=True, text=True, timeout=180, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr and "TypeError" not in result.stderr, result.stderr
    for size in ("1080x1920", "1920x1080"):
        w, h = (int(x) for x in size.split("x"))
        for screen in STEPS:
            image = QImage(str(tmp_path / "shots" / f"{screen}-{size}.png"))
            assert (image.width(), image.height()) == (w, h), (screen, size)
            # not blank: the warm background plus real content of several colours
            colours = {image.pixel(x, y) for x in range(0, w, 37) for y in range(0, h, 37)}
            assert len(colours) > 8, (screen, size)


def test_bad_size_is_refused_clearly(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kiosk", "screenshots", "--out", str(tmp_path), "--size", "big"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "is not a size like 1080x1920" in result.stderr


def test_bad_time_is_refused_clearly(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kiosk", "screenshots", "--out", str(tmp_path), "--at", "teatime"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "is not a time like 2026-11-24T10:30" in result.stderr
