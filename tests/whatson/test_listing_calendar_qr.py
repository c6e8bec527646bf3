""""Add to my calendar" on the listing detail screen (issue 14, item 5): the second QR choice beside "Take this
with you", on the real QML screen offscreen. The toggle switches the code shown; the calendar code is the
next session to come as an iCalendar event (read back module by module — no QR decoder is installed — and its
text parsed by test_ical's strict parser); a space, or an activity with nothing to come, offers no choice.

The choices are big toggle buttons (at least Theme.touch at u=1), say their role and state to a screen reader,
and work from the keyboard as from a tap."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.whatson.qr import MAX_TEXT, QrImage, make_qr
from kiosk.whatson.rules.demo_listings import demo_id
from kiosk.whatson.rules.listings import Listing
from kiosk.whatson.rules.schedules import Cancellation, OneOff, Sessions
from kiosk.whatson.whatson_model import WhatsOnViewModel
from tests.support.qmlhelpers import find, settle
from tests.support.qtprops import prop
from tests.support.whatson_support import (
    TUESDAY_10AM,
    demo_week,
    detail_part,
    kiosk_with,
    london,
    open_whatson,
    screen_is,
    tap,
    weekly,
)
from tests.whatson.test_ical import parse
from tests.whatson.test_listing_detail_qr import expected, modules

CHOICES = ("listing.takeaway.details", "listing.takeaway.calendar")


def _open(qtbot: QtBot, k: Kiosk, model: WhatsOnViewModel, listing_id: str) -> None:
    model.openListing(listing_id, 0)
    qtbot.waitUntil(lambda: screen_is(k, "listing") and detail_part(model).id == listing_id)
    settle(k.window.window)


def _qr(k: Kiosk) -> QQuickItem:
    qr = find(k.window.window, "listing.qr")
    assert qr is not None
    return qr


def _source(k: Kiosk) -> str:
    return str(_qr(k).property("source").toString())


def _calendar(model: WhatsOnViewModel) -> QrImage:
    d = detail_part(model)
    code = d.calendar_code
    assert code is not None
    assert (prop(d, "calendarQr", str), prop(d, "calendarQrModules", int)) == (code.data_url, code.modules)
    return code


def _caption(k: Kiosk) -> str:
    caption = find(k.window.window, "listing.qr.caption")
    assert caption is not None
    return str(caption.property("text"))


def test_the_choice_switches_the_code_to_the_next_session_as_an_event(qtbot: QtBot, config: settings.Config) -> None:
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), demo_week(TUESDAY_10AM.date()))
    try:
        model = open_whatson(qtbot, k)
        _open(qtbot, k, model, str(demo_id("knit-and-natter")))
        window = k.window.window
        d = detail_part(model)
        details_qr = prop(d, "qr", str)
        assert d.hasCalendar is True and _source(k) == details_qr  # "Take this with you" comes first
        assert _caption(k) == "Scan with your phone's camera to keep these details."

        tap(window, "listing.takeaway.calendar")
        code = _calendar(model)
        qtbot.waitUntil(lambda: _source(k) == code.data_url)
        assert code.data_url != details_qr and not code.is_link
        # the image is exactly the QR code of the event, and the event is Thursday's session, 2pm – 4pm (GMT)
        assert modules(code) == expected(code.content)
        fields = dict(parse(code.content))
        assert (fields["DTSTART"], fields["DTEND"]) == ("20261126T140000Z", "20261126T160000Z")
        assert fields["SUMMARY"] == "Knit and natter" and fields["DTSTAMP"] == "20261124T100000Z"
        assert fields["UID"].endswith(f"@{config.site_id}.kindness-kiosk")
        assert _caption(k) == ("Scan to add the next session, Thursday 26 November, 2pm – 4pm, "
                               "to your phone's calendar.")
        qr = _qr(k)
        qtbot.waitUntil(lambda: qr.property("sourceSize").width() == code.modules)  # the PNG decoded
        assert qr.width() >= 250 and qr.width() % code.modules == 0 and qr.property("smooth") is False
        assert QAccessible.queryAccessibleInterface(qr).text(QAccessible.Text.Name) == (
            "QR code to add the next session to your calendar")

        tap(window, "listing.takeaway.details")
        qtbot.waitUntil(lambda: _source(k) == details_qr)
        assert _caption(k) == "Scan with your phone's camera to keep these details."
    finally:
        k.close()


def test_the_choices_are_big_named_toggle_buttons_that_the_keyboard_presses(qtbot: QtBot,
                                                                            config: settings.Config) -> None:
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), demo_week(TUESDAY_10AM.date()))
    try:
        model = open_whatson(qtbot, k)
        _open(qtbot, k, model, str(demo_id("knit-and-natter")))
        window = k.window.window
        assert window.width() == 1080  # u = 1
        details, calendar = (find(window, n) for n in CHOICES)
        assert details is not None and calendar is not None
        for item, name in ((details, "Take this with you"), (calendar, "Add to my calendar")):
            assert item.height() >= 96 and item.width() >= 96
            face = QAccessible.queryAccessibleInterface(item)
            assert face.role() == QAccessible.Role.Button and face.text(QAccessible.Text.Name) == name
            assert face.state().checkable
        assert QAccessible.queryAccessibleInterface(details).state().checked
        assert not QAccessible.queryAccessibleInterface(calendar).state().checked

        calendar.forceActiveFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(window, Qt.Key.Key_Space)
        code = _calendar(model)
        qtbot.waitUntil(lambda: _source(k) == code.data_url)
        assert QAccessible.queryAccessibleInterface(calendar).state().checked
        assert not QAccessible.queryAccessibleInterface(details).state().checked
        assert str(calendar.property("text")).startswith("✓ ")  # chosen is said by more than colour

        # another listing starts again with "Take this with you"
        model.backToList()
        _open(qtbot, k, model, str(demo_id("benefits-advice")))
        assert _source(k) == prop(detail_part(model), "qr", str)
    finally:
        k.close()


def test_a_session_on_now_is_skipped_for_the_next_one(qtbot: QtBot, config: settings.Config) -> None:
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), demo_week(TUESDAY_10AM.date()))
    try:
        model = open_whatson(qtbot, k)
        _open(qtbot, k, model, str(demo_id("benefits-advice")))  # on now, Tuesdays 10am – 1pm
        assert prop(detail_part(model), "status", str).startswith("On now")
        fields = dict(parse(_calendar(model).content))
        assert fields["DTSTART"] == "20261201T100000Z"  # next Tuesday's, not the one already going
        tap(k.window.window, "listing.takeaway.calendar")
        assert _caption(k) == ("Scan to add the next session, Tuesday 1 December, 10am – 1pm, "
                               "to your phone's calendar.")
    finally:
        k.close()


def _one_off(title: str, on: date, start: str, end: str, cancelled: bool = False) -> Listing:
    base = weekly(title, "MO", "09:00", "10:00")
    cancellations = (Cancellation(on, "The hall is flooded"),) if cancelled else ()
    return dataclasses.replace(base, schedule=Sessions((OneOff.at(on, start, end),), cancellations=cancellations))


def test_a_space_or_an_activity_with_nothing_to_come_offers_no_calendar(qtbot: QtBot,
                                                                        config: settings.Config) -> None:
    today = TUESDAY_10AM.date()
    called_off = _one_off("Craft fair", date(2026, 11, 28), "10:00", "15:00", cancelled=True)
    going_now = _one_off("Blood pressure checks", today, "09:30", "11:00")
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), [*demo_week(today), called_off, going_now])
    try:
        model = open_whatson(qtbot, k)
        for listing_id in (str(demo_id("library-warm-space")), str(called_off.id), str(going_now.id)):
            _open(qtbot, k, model, listing_id)
            d = detail_part(model)
            assert d.hasCalendar is False and d.calendar_code is None, d.title
            assert (prop(d, "calendarQr", str), prop(d, "calendarCaption", str)) == ("", "")
            assert all(find(k.window.window, n) is None for n in CHOICES), d.title  # not offered
            assert _source(k) == prop(d, "qr", str)  # "Take this with you" as before
            heading = find(k.window.window, "listing.qr.heading")
            assert heading is not None and heading.property("text") == "Take this with you"
            model.backToList()
    finally:
        k.close()


def test_an_event_is_never_cut_though_plain_text_is() -> None:
    event = "BEGIN:VCALENDAR\r\n" + "X" * (MAX_TEXT + 100) + "\r\nEND:VCALENDAR\r\n"
    assert make_qr(event, whole=True).content == event
    assert len(make_qr(event).content) == MAX_TEXT
