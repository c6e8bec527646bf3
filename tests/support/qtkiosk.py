"""A real kiosk (real QML, real SQLite) per test, with a hand-moved clock."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk, build
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock


def make_kiosk(qtbot: QtBot, config: settings.Config, clock: ManualClock, size: QSize) -> Kiosk:
    kiosk = build(config, clock, size=size)
    kiosk.window.window.show()
    qtbot.waitExposed(kiosk.window.window)
    qtbot.waitUntil(lambda: kiosk.shell.first_frame.shown)  # what waits for the first frame has run (kiosk.app)
    kiosk.services.engine()  # open the store now (normally queued after the first frame)
    return kiosk


@pytest.fixture
def kiosk(qtbot: QtBot, config: settings.Config, clock: ManualClock) -> Iterator[Kiosk]:
    k = make_kiosk(qtbot, config, clock, QSize(1080, 1920))
    yield k
    k.close()
    gc.collect()  # drop stale Qt item wrappers before the next kiosk reuses their addresses


def manual_clock(kiosk: Kiosk) -> ManualClock:
    """The kiosk's clock, which the tests move by hand."""
    assert isinstance(kiosk.clock, ManualClock), kiosk.clock
    return kiosk.clock


def rows(config: settings.Config, table: str = "checkin") -> list[sqlite3.Row]:
    """Reads the store from a separate raw connection: what is there is committed."""
    con = sqlite3.connect(config.database_path)
    con.row_factory = sqlite3.Row
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY answered_at").fetchall()
    finally:
        con.close()
