"""The sleeping screen on a real kiosk (real QML, real SQLite), timed by the kiosk's clock: it sleeps outside
opening hours once idle on the home screen, a tap wakes it for the idle timeout, opening time wakes it, no
answer is lost, the heartbeat goes on and says the screen is off; the nightly restart quits cleanly only when
nobody is using the kiosk."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.data.device import DeviceProbe
from kiosk.data.engine import make_engine
from kiosk.sync.central import add_kiosk, add_site, init_central
from kiosk.sync.cycle import SyncCycle
from kiosk.upkeep.daily import Upkeep
from kiosk.upkeep.sleep_model import SleepViewModel
from tests.support.qmlhelpers import find, tap
from tests.support.qtkiosk import make_kiosk, rows

# Wednesday 25 November 2026, London (UTC in winter)
WEDNESDAY = datetime(2026, 11, 25, 16, 50, tzinfo=UTC)


@pytest.fixture
def sleepy(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[Kiosk]:
    central = tmp_path / "central.sqlite3"
    engine = make_engine(str(central))
    init_central(engine)
    add_site(engine, "riverside", "Riverside", "Europe/London")
    add_kiosk(engine, "riverside", "kiosk-1")
    engine.dispose()
    config = settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides={
        "screen.sleep_when_closed": True, "site.hours": ["mon-fri 09:00-17:00", "sat 10:00-13:00"],
        "device.reserve_mb": 0, "sync.central_url": str(central)})
    k = make_kiosk(qtbot, config, ManualClock(WEDNESDAY), QSize(1080, 1920))
    yield k
    k.close()
    gc.collect()


def _sleep(kiosk: Kiosk) -> SleepViewModel:
    kiosk.shell.models.require(("sleep",))  # offered to QML when the sleeping screen first shows
    model = kiosk.shell.models.made()["sleep"]
    assert isinstance(model, SleepViewModel)
    return model


def _clock(kiosk: Kiosk) -> ManualClock:
    assert isinstance(kiosk.clock, ManualClock)
    return kiosk.clock


def _idle(kiosk: Kiosk) -> None:
    _clock(kiosk).advance(kiosk.config.idle_timeout_seconds + 1)
    kiosk.shell.tick()


def test_it_sleeps_when_closed_wakes_on_a_tap_and_at_opening(qtbot: QtBot, sleepy: Kiosk) -> None:
    probe = sleepy.services.get(DeviceProbe.from_services)
    _idle(sleepy)  # 16:50: open, so idle just means home
    assert sleepy.shell.screen == "home" and probe.screen_on is True

    # A visitor answers just before closing and walks off mid-flow: the answer is stored, the flow dropped.
    tap(sleepy.window.window, "home.checkin")
    qtbot.waitUntil(lambda: sleepy.shell.screen == "checkin")
    tap(sleepy.window.window, "checkin.answer.yes")
    qtbot.waitUntil(lambda: sleepy.shell.screen == "followup")
    _clock(sleepy).advance(15 * 60)  # 17:05: closed, and the visitor is still touching the screen
    sleepy.shell.activity()
    sleepy.shell.tick()
    assert sleepy.shell.screen == "followup"  # nobody's flow is cut
    _idle(sleepy)  # the idle timeout takes it home, and it sleeps
    qtbot.waitUntil(lambda: sleepy.shell.screen == "sleep")
    assert _sleep(sleepy).asleep and probe.screen_on is False
    qtbot.waitUntil(lambda: find(sleepy.window.window, "sleep.opens") is not None)
    assert _sleep(sleepy).opens == "Open again on Thursday at 09:00"
    assert [r["answer"] for r in rows(sleepy.config)] == ["yes"]

    tap(sleepy.window.window, "sleep.wake")  # a tap: the kiosk, for the idle timeout
    qtbot.waitUntil(lambda: sleepy.shell.screen == "home")
    assert probe.screen_on is True
    sleepy.shell.tick()
    assert sleepy.shell.screen == "home"
    _idle(sleepy)
    assert sleepy.shell.screen == "sleep"  # and asleep again

    _clock(sleepy).advance(16 * 3600)  # Thursday 09:05: opening time wakes it
    sleepy.shell.tick()
    qtbot.waitUntil(lambda: sleepy.shell.screen == "home")
    assert not _sleep(sleepy).asleep and probe.screen_on is True


def test_it_never_sleeps_in_staff_mode_or_on_a_flow(sleepy: Kiosk) -> None:
    _clock(sleepy).advance(3600)  # 17:50: closed
    sleepy.staff._active = True  # staff are in (the PIN path is tested in tests/staff)
    _idle(sleepy)
    assert sleepy.shell.screen == "home" and not _sleep(sleepy).asleep
    sleepy.staff._active = False
    _idle(sleepy)
    assert sleepy.shell.screen == "sleep"


def test_the_heartbeat_goes_on_while_it_sleeps_and_says_the_screen_is_off(qtbot: QtBot, sleepy: Kiosk,
                                                                          tmp_path: Path) -> None:
    probe = sleepy.services.get(DeviceProbe.from_services)
    qtbot.waitUntil(lambda: probe.health().last_frame_at is not None)  # the frame watch, once the first frame is up
    _clock(sleepy).advance(3600)
    _idle(sleepy)
    assert sleepy.shell.screen == "sleep"
    cycle = SyncCycle(sleepy.config, sleepy.clock, services=sleepy.services)
    try:
        report = cycle.run()
    finally:
        cycle.close()
    assert report.ok, report.error
    engine = make_engine(str(tmp_path / "central.sqlite3"))
    try:
        with engine.connect() as conn:
            beat = conn.execute(text("SELECT screen_on, last_frame_at, disk_free_mb FROM heartbeat")).one()
    finally:
        engine.dispose()
    assert beat.screen_on in (0, False) and beat.last_frame_at is not None and beat.disk_free_mb > 0


def test_the_nightly_restart_quits_only_when_nobody_is_there(sleepy: Kiosk, data_dir: Path) -> None:
    quits: list[bool] = []
    clock = _clock(sleepy)
    clock.advance(10 * 3600 + 39 * 60)  # Thursday 03:29, a minute before kiosk.restart_at
    config = settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides={"kiosk.restart_at": "03:30",
                                                                               "device.reserve_mb": 0})
    upkeep = Upkeep(config, sleepy.clock, sleepy.services, sleepy.background, sleepy.shell, sleepy.staff,
                    quit_app=lambda: quits.append(True))  # started now
    sleepy.shell.tick()
    assert not quits  # too early
    clock.advance(120)  # 03:31, asleep and idle, but started two minutes ago: no restart loop
    sleepy.shell.tick()
    assert not quits and not upkeep.restart_asked
    clock.advance(86400)  # the next night, 03:31
    sleepy.shell.openCheckin()  # somebody is answering
    sleepy.shell.tick()
    assert not quits
    _idle(sleepy)  # gone: home, idle
    assert quits == [True] and upkeep.restart_asked
    sleepy.shell.tick()
    assert quits == [True]  # once


def test_the_feature_names_the_sleeping_screen_as_its_view_model_does() -> None:
    from kiosk.upkeep.feature import SLEEP_SCREEN
    from kiosk.upkeep.sleep_model import SCREEN

    assert SLEEP_SCREEN == SCREEN  # (the feature keeps its own copy: sleep_model is not imported before the frame)
