"""Fixtures for the office: the real office window (QML, offscreen) on a central database — a sample SQLite
file, or a real PostgreSQL with kiosks that really sync — and helpers to type and click in it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core import config as settings
from kiosk.office.sample_store import make_sample
from kiosk.office.window import Office, build


@pytest.fixture
def make_office(qtbot: QtBot, config: settings.Config) -> Iterator[Callable[[str], Office]]:
    made: list[Office] = []

    def make(url: str) -> Office:
        office = build(config, url)
        made.append(office)
        office.window.resize(1280, 800)
        office.window.show()
        return office

    yield make
    for office in made:
        office.close()


@pytest.fixture
def sample(tmp_path: Path, config: settings.Config) -> Path:
    path = tmp_path / "central.sqlite3"
    make_sample(path, datetime.now(UTC), config).dispose()
    return path


def item(office: Office, name: str) -> QQuickItem:
    found = office.item(name)
    assert isinstance(found, QQuickItem), f"no item {name!r} in the office window"
    return found


def click(office: Office, name: str) -> None:
    target = item(office, name)
    assert target.isVisible() and target.isEnabled(), f"{name} cannot be clicked"
    centre = target.mapToScene(target.boundingRect().center())
    QTest.mouseClick(office.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(centre.x()), int(centre.y())))


def type_into(office: Office, field: str, text: str) -> None:
    """Puts `text` in an OfficeField's box, as typing would leave it."""
    box = item(office, field + ".box")
    box.forceActiveFocus()
    box.setProperty("text", text)
    assert box.property("text") == text


def sign_in(qtbot: QtBot, office: Office, name: str, password: str) -> bool:
    type_into(office, "office.name", name)
    type_into(office, "office.password", password)
    with qtbot.waitSignal(office.office.signInFinished, timeout=20_000) as blocker:
        click(office, "office.signIn")
    return bool(blocker.args and blocker.args[0])
