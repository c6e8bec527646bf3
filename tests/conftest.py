"""Shared fixtures. Qt runs offscreen; every test gets its own data dir and a hand-moved clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kiosk import settings  # noqa: E402
from kiosk.domain.clock import ManualClock  # noqa: E402


@pytest.fixture
def clock() -> ManualClock:
    # 10:00 UTC on a Wednesday in November: 10:00 in Europe/London.
    return ManualClock(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def config(data_dir: Path) -> settings.Config:
    return settings.load(env={"KIOSK_DATA_DIR": str(data_dir)})


@pytest.fixture
def engine(config: settings.Config) -> Iterator[object]:
    from kiosk.store import migrate
    from kiosk.store.engine import sqlite_engine

    e = sqlite_engine(config.database_path)
    migrate.upgrade(e)
    yield e
    e.dispose()
