"""Leaving the kiosk while staff moderate the wall: the QML scene goes before the view models it binds to,
so not one binding is evaluated against a dead view model ("Cannot read property 'tab' of null")."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtCore import QSize
from pytestqt.logging import Record
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from kiosk.data import migrate
from kiosk.data.engine import sqlite_engine
from kiosk.wall.desk import seed_demo_wall
from tests.helpers import REPO, child_env
from tests.support.qtkiosk import make_kiosk
from tests.support.wallhelpers import enter_staff_mode, moderation, screen_is


class QtLog(Protocol):
    """pytest-qt's `qtlog` fixture: the Qt messages of the test so far."""

    records: list[Record]


QML_TROUBLE = ("TypeError", "Cannot read property", "of null", "ReferenceError", "is not defined")


def _moderating(qtbot: QtBot, config: Config, clock: ManualClock) -> Kiosk:
    """A kiosk on the staff moderation screen (through the PIN pad), its lists filled."""
    engine = sqlite_engine(config.database_path)
    migrate.upgrade(engine)
    seed_demo_wall(engine, config, clock)  # messages waiting (some flagged, with reasons) and on the wall
    engine.dispose()
    kiosk = make_kiosk(qtbot, config, clock, QSize(1080, 1920))
    enter_staff_mode(qtbot, kiosk, "wall")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.moderate") and moderation(kiosk).waiting_model.rowCount() > 0)
    return kiosk


def test_closing_the_kiosk_on_the_moderation_screen_is_quiet(qtbot: QtBot, qtlog: QtLog, config: Config,
                                                             clock: ManualClock) -> None:
    kiosk = _moderating(qtbot, config, clock)
    before = len(qtlog.records)
    kiosk.close()
    kiosk.close()  # twice is harmless (serve() closes it, and so may its caller)
    del kiosk
    gc.collect()  # the view models go now, after the scene
    said = [r.message for r in qtlog.records[before:]]
    assert not [m for m in said if any(t in m for t in QML_TROUBLE)], said


@pytest.mark.slow
def test_quitting_the_demo_on_the_moderation_screen_is_quiet(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "tests.wall.shutdown_child", str(tmp_path / "data")], cwd=REPO,
                          env=child_env(QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines() == ["moderating", "stopped 0"], proc.stderr
    troubles = [line for line in proc.stderr.splitlines() if any(t in line for t in QML_TROUBLE)]
    assert troubles == [], f"{len(troubles)} QML errors on quitting, e.g. {troubles[:3]}"
    assert "Traceback" not in proc.stderr, proc.stderr
