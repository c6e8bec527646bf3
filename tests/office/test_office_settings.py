"""The office's Kiosk settings on the demo's kind of central database (a SQLite file): bad values get the config
schema's own sentence in the window and nothing is saved or lost; a saved setting is stored for that site only, and
clearing it gives the kiosks' own files back (tests/sync/test_site_settings.py: a kiosk uses what is stored)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMetaObject
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.core import config as settings
from kiosk.core.site_settings import from_form
from kiosk.data.engine import make_engine
from kiosk.office.settings_store import read
from kiosk.office.window import Office
from tests.office.conftest import click, item, sign_in
from tests.support.qtprops import prop

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support setting window masks$")


def _panel(qtbot: QtBot, make_office: Callable[[str], Office], central: Path) -> Office:
    office = make_office(str(central))
    with qtbot.waitSignal(office.settings.loaded, timeout=20_000):
        assert sign_in(qtbot, office, "desk", "")
    office.office.setPage("kiosks")
    click(office, "office.kiosks.settings")
    qtbot.waitUntil(lambda: office.item("office.settings.save") is not None, timeout=5_000)
    return office


def _choose(office: Office, site: str) -> None:
    office.settings.setSite([s.lower().startswith(site) for s in prop(office.settings, "sites", list)].index(True))


def _paste(qtbot: QtBot, office: Office, key: str, text: str) -> None:
    """Pastes `text` over what the field holds, as a person would with the keyboard."""
    box = item(office, f"office.settings.{key}")
    office.window.requestActivate()  # (the offscreen platform lets the window go inactive after a clipboard paste)
    qtbot.waitUntil(lambda: bool(office.window.isActive()), timeout=5_000)
    box.forceActiveFocus()
    qtbot.waitUntil(lambda: bool(box.hasActiveFocus()), timeout=5_000)
    QGuiApplication.clipboard().setText(text)
    QMetaObject.invokeMethod(box, "selectAll")  # the box's own Select all and Paste (Ctrl+A, Ctrl+V)
    QMetaObject.invokeMethod(box, "paste")
    assert box.property("text") == text


def _save(qtbot: QtBot, office: Office) -> bool:
    with qtbot.waitSignal(office.settings.saved, timeout=20_000) as blocker:
        click(office, "office.settings.save")
    return bool(blocker.args[0])


def _sentence(key: str, typed: str) -> str:
    """The config schema's own sentence for this value, as a bad kiosk.toml gets it."""
    good, problems = settings.validate({key: from_form(key, typed)})
    assert not good and len(problems) == 1, problems
    return problems[0]


BAD = [
    ("site.welcome", "Kind " * 1000),  # a 5,000-character paste
    ("site.welcome", "Hello\tthere"),  # a control character
    ("site.welcome", "Hello \u202eereht"),  # a right-to-left override
    ("kiosk.languages", "en, xx"),  # an unknown language
    ("kiosk.languages", "English"),
    ("screen.idle_timeout_seconds", "0"),
    ("screen.idle_timeout_seconds", "-5"),
    ("screen.idle_timeout_seconds", "abc"),
    ("site.hours", "mon-fri 9 to 5"),  # opening hours malformed
    ("site.hours", "mon-fri 17:00-09:00"),
    ("wall.policy", "off"),
]


def test_bad_values_get_the_schemas_sentence_and_nothing_is_saved_or_lost(
        qtbot: QtBot, make_office: Callable[[str], Office], sample: Path) -> None:
    office = _panel(qtbot, make_office, sample)
    _choose(office, "riverside")
    central = make_engine(str(sample))
    try:
        before = read(central, ("riverside", "harbour"))
        for key, typed in BAD:
            _paste(qtbot, office, key, typed)
            assert not _save(qtbot, office), (key, typed)
            problem = item(office, f"office.settings.problem.{key}")
            assert problem.isVisible() and problem.property("text") == _sentence(key, typed), (key, typed)
            assert "Nothing was saved" in prop(office.settings, "message", str)
            assert item(office, f"office.settings.{key}").property("text") == typed  # nothing lost
            assert read(central, ("riverside", "harbour")) == before  # nothing written
            click(office, f"office.settings.clear.{key}")
            assert office.item(f"office.settings.problem.{key}") is None
    finally:
        central.dispose()


def test_a_saved_setting_is_stored_for_that_site_only_and_clear_gives_the_file_back(
        qtbot: QtBot, make_office: Callable[[str], Office], sample: Path) -> None:
    office = _panel(qtbot, make_office, sample)
    _choose(office, "riverside")
    line = "مرحبا <b>Welcome</b> 👋🏽 — tea is free"  # right to left, markup and emoji: stored as written
    _paste(qtbot, office, "site.welcome", line)
    _paste(qtbot, office, "screen.idle_timeout_seconds", "30")
    assert prop(office.settings, "dirty", bool)
    assert _save(qtbot, office), prop(office.settings, "message", str)
    assert "next sync" in prop(office.settings, "message", str)
    assert item(office, "office.settings.source.site.welcome").property("text") == \
        "Set here for every kiosk of the site"
    central = make_engine(str(sample))
    try:
        stored = read(central, ("riverside", "harbour"))
        assert dict(stored["riverside"].values) == {"site.welcome": line, "screen.idle_timeout_seconds": 30.0}
        assert stored["riverside"].version == 1 and stored["harbour"].version == 0
        click(office, "office.settings.clear.site.welcome")
        assert _save(qtbot, office)
        assert dict(read(central, ("riverside",))["riverside"].values) == {"screen.idle_timeout_seconds": 30.0}
        assert item(office, "office.settings.source.site.welcome").property("text") == "As the kiosk's file says"
    finally:
        central.dispose()
