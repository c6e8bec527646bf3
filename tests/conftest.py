"""Shared fixtures. Qt runs offscreen; every test gets its own data dir and a hand-moved clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
# The kiosk's keyboard is its own InputPanel. Without this, a window with no InputPanel (the office's, whose own
# process has no on-screen keyboard) that focuses a text field makes Qt Virtual Keyboard open its desktop keyboard
# window, which then serves every later kiosk window of the process too (their keyboards never slide up).
os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")
# No test talks to a speech-dispatcher of the machine's own: Read to me finds none (it says it cannot read aloud)
# unless a test starts its own (tests/support/speech_rig.py sets SPEECHD_ADDRESS for its block).
os.environ["SPEECHD_ADDRESS"] = "unix_socket:/nonexistent/kiosk-tests/speechd.sock"
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false;qt.qml.propertyCache.append=false")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.shell.reading_order import register as register_reading_order
from tests.support.qt_gc import make_qt_properties_collectable

# PySide6 marks its Property type with a legacy finalizer, which leaves every view model's Properties in
# gc.garbage at exit ("gc: N uncollectable objects at shutdown"); tests/support/qt_gc.py says why.
make_qt_properties_collectable()

# Python QML singletons are registered before the process's first QML engine, as kiosk.app and the office do: with
# PySide6 6.11 one registered after an engine exists breaks every later QML component, so a test that makes a bare
# QQmlApplicationEngine (tests/shell/test_lockdown.py) before any kiosk would break the kiosks after it.
# tests/office/test_one_process.py checks the office's own order in a fresh interpreter.
register_reading_order()


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """The kiosk is a QGuiApplication (no widgets): so is every test's `qapp`. A command run in-process
    (a report, a poster) may already have made one for Qt's fonts, and pytest-qt then takes it as it is."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication


@pytest.fixture
def clock() -> ManualClock:
    # 10:00 UTC on a Wednesday in November: 10:00 in Europe/London.
    return ManualClock(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir(mode=0o700)  # as the kiosk makes it (kiosk.core.private_files)
    return d


@pytest.fixture
def config(data_dir: Path) -> settings.Config:
    # No disk reserve (kiosk.data.device): 64 MB per kiosk under tmp_path adds up; tests/upkeep/ turns it on.
    return settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides={"device.reserve_mb": 0})


@pytest.fixture
def engine(config: settings.Config) -> Iterator[object]:
    from kiosk.data import migrate
    from kiosk.data.engine import sqlite_engine

    e = sqlite_engine(config.database_path)
    migrate.upgrade(e)
    yield e
    e.dispose()


# -- PostgreSQL: one throwaway server per session, one fresh database per test ----------------------

import uuid  # noqa: E402

from tests.support.pgserver import PG_MISSING, PgServer, find_pg_bin  # noqa: E402


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A real PostgreSQL server (tests/support/pgserver.py) for the whole session; skips without binaries."""
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip(PG_MISSING)
    with PgServer(bin_dir) as server:
        yield server


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A SQLAlchemy URL (postgresql+psycopg, superuser over TCP) to a new empty database, dropped after."""
    if not pg_server.running:  # a test crashed the shared server
        pg_server.restart()
    name = f"test_{uuid.uuid4().hex}"
    pg_server.create_database(name)
    yield pg_server.url(name)
    if not pg_server.running:
        pg_server.restart()
    pg_server.drop_database(name)


# -- A real kiosk (real QML, real SQLite) per test -------------------------------------------------------

from tests.support.qtkiosk import kiosk  # noqa: E402, F401  (the `kiosk` fixture)

