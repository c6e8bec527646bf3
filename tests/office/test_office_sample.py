"""The office on the demo's kind of central database (a SQLite file with sample data): the real window, signed
in, each page read; reports saved in each format; an alert acknowledged; a message approved; every control
named for screen readers; the screenshots."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.core import config as settings
from kiosk.data.engine import make_engine
from kiosk.office.kiosks_model import KioskGridModel
from kiosk.office.scenes import render_all
from kiosk.office.wall_model import OfficeMessageModel
from kiosk.office.window import Office
from kiosk.results.alerts_store import AlertStore
from kiosk.shell.choices import ChoiceListModel
from kiosk.wall.central import wall_messages
from tests.office.conftest import click, item, sign_in
from tests.support.qtprops import prop

# The offscreen platform cannot set a window mask (asked for when the office window is shown); a real display can.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support setting window masks$")


def _signed_in(qtbot: QtBot, make_office: object, sample: Path) -> Office:
    office: Office = make_office(str(sample))  # type: ignore[operator]
    with qtbot.waitSignal(office.results.refreshed, timeout=20_000):
        assert sign_in(qtbot, office, "desk", "")
    return office


def test_results_show_every_site_and_save_each_format(qtbot: QtBot, make_office: object, sample: Path,
                                                     tmp_path: Path) -> None:
    office = _signed_in(qtbot, make_office, sample)
    assert prop(office.office, "who", str).startswith("desk")
    assert prop(office.results, "siteChoices", list)[1:] == ["Harbour Library", "Riverside Centre"]
    assert " in 10" in prop(office.results, "headline", str)
    assert item(office, "office.results.chart").property("description")
    for name in ("north.csv", "north.xlsx", "north.pdf"):
        with qtbot.waitSignal(office.results.saved, timeout=60_000):
            office.results.save((tmp_path / name).as_uri())
        assert (tmp_path / name).stat().st_size > 0
    rows = list(csv.reader((tmp_path / "north.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["period_start", "period_end", "site"] and len(rows) > 2
    office.results.save(str(tmp_path / "north.json"))
    qtbot.waitUntil(lambda: "PDF, XLSX or CSV" in prop(office.results, "message", str))


def test_one_site_and_bad_dates(qtbot: QtBot, make_office: object, sample: Path) -> None:
    office = _signed_in(qtbot, make_office, sample)
    with qtbot.waitSignal(office.results.refreshed, timeout=20_000):
        office.results.setSite(2)  # Riverside Centre
    riverside = prop(office.results, "periodHeadline", str)
    with qtbot.waitSignal(office.results.refreshed, timeout=20_000):
        office.results.setSite(1)  # Harbour Library: a lower rate in the sample
    assert prop(office.results, "periodHeadline", str) != riverside
    office.results.setDates("2026-11-30", "2026-11-01")
    assert prop(office.results, "message", str) == "The first date is after the last date."
    office.results.setDates("yesterday", "today")
    assert prop(office.results, "message", str) == "Type dates like 2026-11-01."


def test_an_alert_is_acknowledged_with_a_comment(qtbot: QtBot, make_office: object, sample: Path) -> None:
    office = _signed_in(qtbot, make_office, sample)
    [alert_id] = prop(office.results, "alerts", ChoiceListModel).keys()
    with qtbot.waitSignal(office.results.refreshed, timeout=20_000):
        click(office, f"office.results.ack.{alert_id}")
    engine = make_engine(str(sample))
    try:
        alert = AlertStore(engine, min_count=10).find(alert_id)
    finally:
        engine.dispose()
    assert (str(alert.state), alert.acknowledged_by) == ("acknowledged", "desk")
    assert "Acknowledged" in prop(office.results, "message", str)


def test_the_wall_queue_oldest_first_with_flags_and_a_decision(qtbot: QtBot, make_office: object,
                                                              sample: Path) -> None:
    office = _signed_in(qtbot, make_office, sample)
    office.office.setPage("wall")
    messages = prop(office.wall, "messages", OfficeMessageModel)
    qtbot.waitUntil(lambda: messages.rowCount() == 5, timeout=20_000)
    texts = [messages.data(messages.index(i), 0x0100 + 4) for i in range(messages.rowCount())]
    assert texts[0].startswith("Thank you to the lady at desk 3") and len(texts) == 5  # oldest first
    flags = [messages.data(messages.index(i), 0x0100 + 6) for i in range(messages.rowCount())]
    assert "All in capitals" in flags and "A phone number" in flags
    office.wall.setSearch("umbrella")
    assert messages.rowCount() == 1
    umbrella = messages.data(messages.index(0), 0x0100 + 1)
    with qtbot.waitSignal(office.wall.refreshed, timeout=20_000):
        click(office, f"office.wall.pin.{umbrella}")
    engine = make_engine(str(sample))
    try:
        decided = {str(m.id): m for m in wall_messages(engine, "riverside")}[umbrella]
    finally:
        engine.dispose()
    assert (decided.status.value, decided.pinned, decided.moderated_by) == ("approved", True, "desk")
    assert prop(office.wall, "counts", list) == [4, 1, 0]
    office.wall.setSearch("")
    office.wall.setTab("approved")
    with qtbot.waitSignal(office.wall.refreshed, timeout=20_000):
        click(office, f"office.wall.togglePin.{umbrella}")  # unpinned, still on the wall
    with qtbot.waitSignal(office.wall.refreshed, timeout=20_000):
        click(office, f"office.wall.hide.{umbrella}")
    office.wall.setTab("taken")
    with qtbot.waitSignal(office.wall.refreshed, timeout=20_000):
        click(office, f"office.wall.unhide.{umbrella}")
    assert prop(office.wall, "counts", list) == [4, 1, 0]
    engine = make_engine(str(sample))
    try:
        again = {str(m.id): m for m in wall_messages(engine, "riverside")}[umbrella]
    finally:
        engine.dispose()
    assert (again.status.value, again.pinned, again.version) == ("approved", False, 4)


def test_the_kiosk_grid_flags_silent_kiosks(qtbot: QtBot, make_office: object, sample: Path) -> None:
    office = _signed_in(qtbot, make_office, sample)
    office.office.setPage("kiosks")
    qtbot.waitUntil(lambda: prop(office.kiosks, "kiosks", KioskGridModel).rowCount() == 4)
    grid = prop(office.kiosks, "kiosks", KioskGridModel)
    status = {grid.data(grid.index(i), 0x0100 + 1): grid.data(grid.index(i), 0x0100 + 9) for i in range(4)}
    assert status == {"harbour-1": "OK", "harbour-2": "Silent", "riverside-1": "OK", "riverside-2": "Silent"}
    assert prop(office.kiosks, "summary", str).startswith("4 kiosks: 2 OK, 2 silent")


def test_sites_and_people_on_the_demo_central(qtbot: QtBot, make_office: object, sample: Path) -> None:
    office = _signed_in(qtbot, make_office, sample)
    office.office.setPage("people")
    qtbot.waitUntil(lambda: prop(office.people, "kiosks", ChoiceListModel).rowCount() == 4)
    with qtbot.waitSignal(office.people.refreshed, timeout=20_000):
        office.people.addSite("quay", "Quay Hall", "Europe/London")
    assert any(c.key == "quay" for c in prop(office.people, "sites", ChoiceListModel).choices())
    with qtbot.waitSignal(office.people.refreshed, timeout=20_000):
        office.people.addKiosk("quay", "quay-1", "")
    assert 'id = "quay-1"' in prop(office.people, "snippet", str)
    with qtbot.waitSignal(office.people.refreshed, timeout=20_000):
        office.people.revokeKiosk("quay-1")
    kiosks = prop(office.people, "kiosks", ChoiceListModel).choices()
    assert "revoked" in {c.key: c.hint_words() for c in kiosks}["quay-1"]
    with qtbot.waitSignal(office.people.refreshed, timeout=20_000):
        office.people.addSite("quay", "Again", "Europe/London")
    assert "already exists" in prop(office.people, "message", str)


_INTERACTIVE = ("Button", "TextField", "ComboBox", "NavButton", "ToggleChip", "OfficeButton", "ListView")


def _walk(root: QQuickItem) -> list[QQuickItem]:
    out = []
    for child in root.childItems():
        out.append(child)
        out += _walk(child)
    return out


def test_every_control_has_an_accessible_name(qtbot: QtBot, make_office: object, sample: Path) -> None:
    from PySide6.QtGui import QAccessible

    office = _signed_in(qtbot, make_office, sample)
    unnamed: list[str] = []
    for page in ("results", "wall", "kiosks", "people"):
        office.office.setPage(page)
        qtbot.wait(50)  # nothing to wait on: the page is shown at once; let its delegates be made
        for it in _walk(office.root):
            kind = it.metaObject().className()
            if not it.isVisible() or not any(k in kind for k in _INTERACTIVE):
                continue
            parent = it.parentItem()
            if parent is not None and parent.inherits("QQuickComboBox"):
                continue  # a drop-down's own text: said by the drop-down (its accessible name)
            face = QAccessible.queryAccessibleInterface(it)
            if face is None or not face.text(QAccessible.Text.Name):
                unnamed.append(f"{page}: {kind} {it.objectName()}")
    assert unnamed == [], "\n".join(unnamed)


def test_screenshots_of_every_screen(config: settings.Config, tmp_path: Path) -> None:
    saved = render_all(config, tmp_path / "shots", sizes=((1280, 800),))
    assert [p.name for p in saved] == [f"office-{s}-1280x800.png" for s in
                                       ("signin", "results", "wall", "listings", "listing-editor",
                                        "listing-preview", "listing-conflict", "kiosks", "settings", "people")]
    assert all(p.stat().st_size > 20_000 for p in saved)


def test_the_sample_has_what_the_pictures_show(sample: Path) -> None:
    from kiosk.data.sync_models import SiteRecord

    engine = make_engine(str(sample))
    try:
        with engine.connect() as conn:
            assert sorted(conn.execute(select(SiteRecord.id)).scalars()) == ["harbour", "riverside"]
    finally:
        engine.dispose()
