"""The editor's dates on the real window (offscreen) with the real SQLite store: the next dates change as staff
edit, a session cancelled with a typed reason is saved, stored, read back and shown cancelled (and undone), a
holiday closure and an extra date, every rule of a multi-rule listing listed, and bad input said in plain words
with nothing typed lost."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.screenshot_command import scene_book
from kiosk.whatson.editor_dates_model import EditorDatesModel
from kiosk.whatson.feature import load_listings
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.rules.schedules import Cancellation, Recurring, Sessions
from tests.shell.test_screens import INTERACTIVE_ROLES, is_control
from tests.support.listing_helpers import (
    editor_model,
    listings_model,
    next_frame,
    on_screen,
    service,
    shown,
    staff_listings,
    tap_field,
    tap_revealed,
)
from tests.support.qmlhelpers import find, settle, tap, walk
from tests.support.qtprops import prop


def paste(window: QQuickWindow, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    QTest.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def dates_of(kiosk: Kiosk) -> EditorDatesModel:
    return editor_model(kiosk).dates_model


def session_labels(kiosk: Kiosk) -> list[tuple[str, bool, str]]:
    return [(r["label"], r["cancelled"], r["reason"]) for r in prop(dates_of(kiosk), "sessions", RowsModel).rows()]


def new_tuesday_activity(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    staff_listings(qtbot, kiosk)
    tap(w, "listings.addActivity")
    shown(qtbot, kiosk, "staff.listing.edit")
    editor = editor_model(kiosk)
    for key, text in (("title", "Knit and natter"), ("category", "Social"), ("building", "Riverside Hub")):
        editor.setField(key, text)
    tap_revealed(w, "listing.day.TU")


def save_and_wait(qtbot: QtBot, kiosk: Kiosk) -> None:
    tap(kiosk.window.window, "listing.edit.save")
    model = listings_model(kiosk)
    qtbot.waitUntil(lambda: on_screen(kiosk, "staff.listings") and "Saved" in prop(model, "message", str)
                    and not model.loading)
    next_frame(qtbot, kiosk.window.window)


def test_next_dates_follow_the_edit_and_a_cancelled_session_round_trips(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    new_tuesday_activity(qtbot, kiosk)  # the kiosk's clock: Wednesday 25 November 2026
    qtbot.waitUntil(lambda: len(session_labels(kiosk)) == 12)
    assert session_labels(kiosk)[:2] == [("Tuesday 1 December, 10am – 12 noon", False, ""),
                                         ("Tuesday 8 December, 10am – 12 noon", False, "")]
    tap_field(w, "listing.field.start")
    paste(w, "14:00")  # as staff type, the next dates change
    tap_field(w, "listing.field.end")
    paste(w, "16:00")
    qtbot.waitUntil(lambda: session_labels(kiosk)[0][0] == "Tuesday 1 December, 2pm – 4pm")
    tap_revealed(w, "listing.day.TH")
    qtbot.waitUntil(lambda: session_labels(kiosk)[0][0] == "Tomorrow, 2pm – 4pm")

    tap_revealed(w, "listing.session.2026-12-08T14:00.cancel")
    qtbot.waitUntil(lambda: prop(dates_of(kiosk), "chosen", str) == "2026-12-08T14:00")
    tap_field(w, "listing.field.reason")
    paste(w, "x" * 201)  # too long: said, and kept as pasted
    tap_revealed(w, "listing.session.confirmCancel")
    message = find(w, "listing.dates.message")
    qtbot.waitUntil(lambda: message is not None and "201" in message.property("text"))
    assert editor_model(kiosk).form.values["reason"] == "x" * 201 and editor_model(kiosk).form.cancellations == ()
    tap_field(w, "listing.field.reason")
    paste(w, "Hall booked for a wedding 💐 — back next week")
    tap_revealed(w, "listing.session.confirmCancel")
    qtbot.waitUntil(lambda: ("Tuesday 8 December, 2pm – 4pm", True, "Hall booked for a wedding 💐 — back next week")
                    in session_labels(kiosk))
    assert prop(dates_of(kiosk), "message", str) == "" and prop(dates_of(kiosk), "chosen", str) == ""
    label = find(w, "listing.session.2026-12-08T14:00")
    assert label is not None and label.property("font").strikeOut()
    save_and_wait(qtbot, kiosk)

    [stored] = service(kiosk).listings()
    assert isinstance(stored.listing.schedule, Sessions)
    assert stored.listing.schedule.cancellations == (
        Cancellation(date(2026, 12, 8), "Hall booked for a wedding 💐 — back next week", time(14)),)
    [loaded] = load_listings(kiosk.services, kiosk.config, kiosk.clock).listings  # as visitors' What's on reads it
    assert loaded.schedule == stored.listing.schedule

    listings = listings_model(kiosk)  # edit again: shown cancelled, with "Undo cancel"
    listings.edit(str(stored.listing.id))
    shown(qtbot, kiosk, "staff.listing.edit")
    qtbot.waitUntil(lambda: ("Tuesday 8 December, 2pm – 4pm", True, "Hall booked for a wedding 💐 — back next week")
                    in session_labels(kiosk))
    tap_revealed(w, "listing.session.2026-12-08T14:00.undo")
    qtbot.waitUntil(lambda: not any(c for _, c, _ in session_labels(kiosk)))


def test_a_closure_an_extra_date_and_every_rule_listed(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    new_tuesday_activity(qtbot, kiosk)
    editor = editor_model(kiosk)
    dates = dates_of(kiosk)
    editor.setField("closure_from", "2/1/2027")
    editor.setField("closure_to", "24/12/2026")  # ends before it starts: said, nothing lost
    tap_revealed(w, "listing.closure.add")
    qtbot.waitUntil(lambda: "before" in prop(dates, "message", str))
    assert editor.form.values["closure_from"] == "2/1/2027" and editor.form.cancellations == ()
    editor.setField("closure_from", "1/12/2026")
    editor.setField("closure_to", "8/12/2026")
    editor.setField("closure_reason", "Closed for the holidays")
    tap_revealed(w, "listing.closure.add")
    qtbot.waitUntil(lambda: session_labels(kiosk)[:3] == [
        ("Tuesday 1 December, 10am – 12 noon", True, "Closed for the holidays"),
        ("Tuesday 8 December, 10am – 12 noon", True, "Closed for the holidays"),
        ("Tuesday 15 December, 10am – 12 noon", False, "")])

    editor.setField("extra_on", "12/12/2026")
    editor.setField("extra_start", "14:00")
    editor.setField("extra_end", "16:00")
    tap_revealed(w, "listing.extra.add")
    qtbot.waitUntil(lambda: ("Saturday 12 December, 2pm – 4pm", False, "") in session_labels(kiosk))
    assert [r["label"] for r in prop(dates, "rules", RowsModel).rows()] == ["Also Saturday 12 December, 2pm – 4pm"]

    tap_revealed(w, "listing.rule.add")  # another rule: the Tuesdays join the list, a new one is in the fields
    qtbot.waitUntil(lambda: prop(dates, "rules", RowsModel).rowCount() == 2)
    assert "weekday" in prop(dates, "problem", str)  # no day chosen yet: said in words, and no dates
    tap_revealed(w, "listing.day.SA")
    qtbot.waitUntil(lambda: prop(dates, "problem", str) == "")
    save_and_wait(qtbot, kiosk)
    [stored] = service(kiosk).listings()
    schedule = stored.listing.schedule
    assert isinstance(schedule, Sessions) and len(schedule.rules) == 3
    assert Recurring.weekly("SA", "10:00", "12:00") in schedule.rules
    assert {c.on for c in schedule.cancellations} == {date(2026, 12, 1), date(2026, 12, 8)}


@pytest.mark.parametrize("scene", ["staff-listing-dates", "staff-listing-closures"])
def test_the_dates_part_is_accessible_and_big_enough(qtbot: QtBot, kiosk: Kiosk, scene: str) -> None:
    """The screenshot scene (a cancelled session, a closure, the reason box open; a space's closures): every
    control on screen has a name, an interactive role and a size a finger can hit; every text is readable."""
    scene_book().play(scene, kiosk)
    window = kiosk.window.window
    settle(window)
    items = [i for i in walk(window.contentItem()) if i.isVisible() and i.opacity() > 0]
    controls = [i for i in items if is_control(i)]
    names = {i.objectName() for i in controls}
    if scene == "staff-listing-dates":
        assert {"listing.rule.add", "listing.session.confirmCancel", "listing.session.keep"} <= names
        assert any(n.endswith(".undo") for n in names) and any(n.endswith(".cancel") for n in names)
    else:
        assert "listing.closure.add" in names and any(n.endswith(".reopen") for n in names)
    for item in controls:
        iface = QAccessible.queryAccessibleInterface(item)
        assert iface is not None, item.objectName()
        assert iface.text(QAccessible.Text.Name).strip(), item.objectName()
        assert iface.role() in INTERACTIVE_ROLES, (item.objectName(), iface.role())
        assert item.objectName(), iface.text(QAccessible.Text.Name)
        assert item.height() >= 88 and item.width() >= 88, (item.objectName(), item.size())
    for item in items:
        if item.inherits("QQuickText") and item.property("text"):
            assert item.property("font").pixelSize() >= 28, item.property("text")
