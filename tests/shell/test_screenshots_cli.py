"""`kiosk screenshots` renders every screen in both orientations to real, non-blank PNGs — by default at the
README's fixed moment (a Tuesday morning), which `make screenshots` also names, so the committed pictures
only change when the screens do."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QImage

from kiosk import cli
from kiosk.screenshot_command import moment, scene_book
from tests.helpers import REPO

README_AT = "2026-11-24T10:30"  # README.md: "kiosk screenshots --out DIR --at 2026-11-24T10:30 (a Tuesday morning)"


def shots(*args: str, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", "screenshots", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, check=False)


@pytest.mark.slow
def test_screenshots_command_renders_every_screen(tmp_path: Path) -> None:
    result = shots("--out", str(tmp_path / "shots"))
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr and "TypeError" not in result.stderr, result.stderr
    for size in ("1080x1920", "1920x1080"):
        w, h = (int(x) for x in size.split("x"))
        for screen in scene_book().names:
            image = QImage(str(tmp_path / "shots" / f"{screen}-{size}.png"))
            assert (image.width(), image.height()) == (w, h), (screen, size)
            # not blank: the warm background plus real content of several colours
            colours = {image.pixel(x, y) for x in range(0, w, 37) for y in range(0, h, 37)}
            assert len(colours) > 8, (screen, size)


def test_make_screenshots_renders_at_the_readme_moment() -> None:
    recipe = re.search(r"^screenshots:.*\n((?:\t.*\n)+)", (REPO / "Makefile").read_text(encoding="utf-8"), re.M)
    assert recipe is not None, "the Makefile has no screenshots target"
    command = recipe.group(1)
    assert re.search(rf"kiosk screenshots --out docs/screenshots .*--at {README_AT}\b", command), command
    assert f"kiosk screenshots --out DIR --at {README_AT}" in (REPO / "README.md").read_text(encoding="utf-8")


def test_the_default_moment_is_the_readme_moment_and_now_is_asked_for() -> None:
    args = cli.parser().parse_args(["screenshots", "--out", "x"])
    assert args.at == datetime.fromisoformat(README_AT)
    assert moment(args.at, "Europe/London") == datetime(2026, 11, 24, 10, 30,
                                                                        tzinfo=ZoneInfo("Europe/London"))
    now = cli.parser().parse_args(["screenshots", "--out", "x", "--at", "now"]).at
    assert now is None
    assert abs((moment(now, "Europe/London") - datetime.now(ZoneInfo("UTC"))).total_seconds()) < 60


def pixels(path: Path) -> bytes:
    image = QImage(str(path))
    assert not image.isNull(), path
    return bytes(image.constBits())


@pytest.mark.slow
def test_without_at_the_pictures_are_those_of_the_readme_moment(tmp_path: Path) -> None:
    for folder, at in (("default", ()), ("readme", ("--at", README_AT)), ("wednesday", ("--at", "2026-11-25T10:30"))):
        result = shots("--out", str(tmp_path / folder), "--size", "540x960", "--only", "home", *at)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == [str(tmp_path / folder / "home-540x960.png")]
    default = pixels(tmp_path / "default" / "home-540x960.png")
    assert default == pixels(tmp_path / "readme" / "home-540x960.png")
    assert default != pixels(tmp_path / "wednesday" / "home-540x960.png")  # the date on the home screen differs


def test_bad_size_is_refused_clearly(tmp_path: Path) -> None:
    result = shots("--out", str(tmp_path), "--size", "big", timeout=60)
    assert result.returncode == 2
    assert "is not a size like 1080x1920" in result.stderr


def test_bad_time_is_refused_clearly(tmp_path: Path) -> None:
    result = shots("--out", str(tmp_path), "--at", "teatime", timeout=60)
    assert result.returncode == 2
    assert "is not a time like 2026-11-24T10:30" in result.stderr


def test_an_unknown_scene_or_an_unwritable_folder_is_refused_clearly(tmp_path: Path) -> None:
    result = shots("--out", str(tmp_path), "--only", "lobby", timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "no scene called 'lobby'; the scenes are: home, languages, checkin" in result.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = shots("--out", str(blocker / "shots"), "--only", "home", timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"cannot write the pictures to {blocker / 'shots'}" in result.stderr


def test_a_mode_renders_the_screens_as_a_visitor_switched_it(tmp_path: Path) -> None:
    """--mode contrast: the high-contrast palette (white, not the warm paper), named <scene>-contrast-<W>x<H>.png."""
    result = shots("--out", str(tmp_path), "--only", "home", "--size", "540x960", "--mode", "contrast")
    assert result.returncode == 0, result.stderr
    image = QImage(str(tmp_path / "home-contrast-540x960.png"))
    assert (image.width(), image.height()) == (540, 960)
    assert image.pixelColor(270, 940).name() == "#ffffff"  # the background, bottom middle
    plain = shots("--out", str(tmp_path), "--only", "home", "--size", "540x960")
    assert plain.returncode == 0, plain.stderr
    assert QImage(str(tmp_path / "home-540x960.png")).pixelColor(270, 940).name() != "#ffffff"
