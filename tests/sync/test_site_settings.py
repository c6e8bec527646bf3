"""The site's settings from the centre on a real kiosk (QML window, SQLite store) syncing with a SQLite central (the
demo's kind): after a real sync a kiosk of that site shows the welcome line at once, offers the languages, uses the
idle timeout and the wall policy — a kiosk of another site does not; a value this version cannot use is skipped
(the file's stays) with one log line that holds no value; `kiosk sync --status` says what came from the centre."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.core.site_settings import KIND, settings_id
from kiosk.data.content import publish_content
from kiosk.office.settings_store import save
from kiosk.sync.cycle import SyncCycle
from kiosk.sync.status import read_status, render
from kiosk.wall.desk import WallDesk
from tests.support.qmlhelpers import must_find
from tests.support.qtkiosk import make_kiosk, manual_clock
from tests.sync.kiosks import central_db, kiosk_config, kiosk_login


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Engine]:
    engine = central_db(str(tmp_path / "central.sqlite3"), sites=("riverside", "harbour"))
    yield engine
    engine.dispose()


@pytest.fixture
def kiosks(qtbot: QtBot, central: Engine, tmp_path: Path, clock: ManualClock) -> Iterator[dict[str, Kiosk]]:
    made = {}
    for site in ("riverside", "harbour"):
        login = kiosk_login(central, str(central.url.database), site, f"{site}-1")
        config = kiosk_config(tmp_path, login.url, kiosk_id=f"{site}-1", site=site, device__reserve_mb=0)
        made[site] = make_kiosk(qtbot, config, clock, QSize(1080, 1920))
    yield made
    for k in made.values():
        k.close()


def _sync(k: Kiosk) -> None:
    cycle = SyncCycle(k.config, k.clock, services=k.services, local=k.services.engine())
    try:
        report = cycle.run()
        assert report.ok, report.error
    finally:
        cycle.close()


def _sentence(k: Kiosk) -> str:
    return str(must_find(k.window.window, "home.sentence").property("text"))


def test_the_sites_settings_reach_its_kiosks_at_once_and_no_other_site(
        qtbot: QtBot, central: Engine, kiosks: dict[str, Kiosk]) -> None:
    river, harbour = kiosks["riverside"], kiosks["harbour"]
    own = _sentence(river)
    assert own.startswith("Take a seat")
    line = "مرحبا <b>Welcome</b> 👋🏽"
    save(central, "riverside", {"site.welcome": line, "screen.idle_timeout_seconds": 30, "wall.policy": "auto",
                                "kiosk.languages": ["en", "pl"], "site.hours": ["mon-sun 00:00-23:59"]},
         by="mia", version=0)
    for k in (river, harbour):
        _sync(k)
    qtbot.waitUntil(lambda: _sentence(river) == line, timeout=5_000)  # on the home screen, as written (plain text)
    assert river.shell.property("languages") == ["en", "pl"]  # the language button offers them at once
    assert river.shell.config.idle_timeout_seconds == 30 and river.config.idle_timeout_seconds == 45
    assert river.services.get(WallDesk.from_services).policy == "auto"  # for the next message
    assert _sentence(harbour) == own and harbour.shell.config.idle_timeout_seconds == 45
    assert harbour.shell.property("languages") == ["en"]
    assert harbour.services.get(WallDesk.from_services).policy == "pre"
    lines = render(read_status(river.config, river.services.engine()), datetime.now(UTC))
    assert any(x.startswith("Site settings from the centre") and "screen.idle_timeout_seconds = 30.0 (this kiosk's "
               "file: 45.0)" in x for x in lines), lines

    clock = manual_clock(river)  # the idle timeout from the centre: 30 s, not the file's 45
    river.shell.openCheckin()
    clock.advance(31)
    river.shell.tick()
    assert river.shell.property("screen") == "home"


def test_a_value_this_version_cannot_use_keeps_the_files_and_logs_one_line_without_it(
        qtbot: QtBot, central: Engine, kiosks: dict[str, Kiosk], caplog: pytest.LogCaptureFixture) -> None:
    river = kiosks["riverside"]
    body = {"values": {"site.welcome": "Call Sam on 07700 900123\u202e", "screen.idle_timeout_seconds": 0,
                       "screen.colour": "teal", "kiosk.languages": ["en", "gd"]}}
    publish_content(central, "riverside", KIND, body, "someone", content_id=settings_id("riverside"))
    with caplog.at_level(logging.WARNING, logger="kiosk.sync.settings"):
        _sync(river)
    assert river.shell.property("languages") == ["en", "gd"]  # the good value is used
    assert river.shell.config.idle_timeout_seconds == 45 and river.shell.config.welcome == ""  # the file's stay
    logged = [r.getMessage() for r in caplog.records if r.name == "kiosk.sync.settings"]
    assert len(logged) == 1, logged
    assert "site.welcome" in logged[0] and "screen.idle_timeout_seconds" in logged[0]
    assert "07700" not in logged[0] and "teal" not in logged[0]
