"""One listing on the real window: photo or placeholder, when, where, who, cost, access (icon + words),
languages, the "Take this with you" QR code, and the way back — and visitor text always shown as text."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Q_ARG, QMetaObject, QObject, QSize
from PySide6.QtGui import QAccessible
from PySide6.QtQml import QQmlEngine, QQmlExpression
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.whatson.rules.demo_listings import demo_id
from kiosk.whatson.rules.listings import Contact
from tests.support.qmlhelpers import find, must_find, walk
from tests.support.qtkiosk import manual_clock
from tests.support.qtprops import prop
from tests.support.whatson_support import (
    TUESDAY_10AM,
    demo_week,
    detail_part,
    filter_part,
    kiosk_with,
    london,
    open_whatson,
    screen_is,
    settle,
    tap,
    texts,
    weekly,
    whatson,
)

MARKUP = "<b>Bold</b> <i>move</i> & <a href='x'>link</a> 😀 مرحبا بكم"


@pytest.fixture
def tuesday(qtbot: QtBot, config: settings.Config) -> Iterator[Kiosk]:
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), demo_week(TUESDAY_10AM.date()))
    yield k
    k.close()


def open_listing(qtbot: QtBot, kiosk: Kiosk, slug: str, tab: str = "week") -> None:
    """Taps the listing's first card on the tab, as a visitor would."""
    model = open_whatson(qtbot, kiosk)
    tap(kiosk.window.window, f"whatson.tab.{tab}")
    qtbot.waitUntil(lambda: filter_part(model).tab == tab)
    lst = model.list_model("spaces" if tab == "open" else "entries")
    index = lst.column("listingId").index(str(demo_id(slug)))
    view = must_find(kiosk.window.window, "whatson.spaces" if tab == "open" else "whatson.list")
    QMetaObject.invokeMethod(view, "positionViewAtIndex", Q_ARG(int, index), Q_ARG(int, 0))  # ListView.Beginning
    settle(kiosk.window.window)
    prefix = "whatson.space." if tab == "open" else "whatson.entry."
    tap(kiosk.window.window, prefix + lst.column("key")[index])
    qtbot.waitUntil(lambda: screen_is(kiosk, "listing"))
    settle(kiosk.window.window)


def qml(item: QObject, expression: str) -> bool:
    """Evaluates a QML condition on an item (for enum properties Python cannot read, like Text.textFormat)."""
    context = QQmlEngine.contextForObject(item)
    assert context is not None
    value, undefined = QQmlExpression(context, item, expression).evaluate()
    assert not undefined and isinstance(value, bool), (expression, value)
    return value


def all_texts(kiosk: Kiosk) -> list[str]:
    """Every visible text on the detail page, scrolled or not."""
    settle(kiosk.window.window)
    return [i.property("text") for i in walk(kiosk.window.window.contentItem())
            if i.inherits("QQuickText") and i.isVisible() and i.property("text")]


def test_an_activity_shows_what_when_where_who_cost_access_and_languages(qtbot: QtBot, tuesday: Kiosk) -> None:
    open_listing(qtbot, tuesday, "benefits-advice", tab="today")
    model = whatson(tuesday)
    d = detail_part(model)
    assert d.title == "Benefits and money advice drop-in" and d.status == "On now, until 1pm"
    assert d.usually == "Every Tuesday, 10am – 1pm\n2nd Tuesday of the month, 5pm – 7pm"
    times = model.list_model("times").rows()
    assert times[0] == {"key": "now", "label": "Today, 10am – 1pm", "hint": "On now"}
    assert [t["label"] for t in times[1:4]] == ["Tuesday 1 December, 10am – 1pm", "Tuesday 8 December, 10am – 1pm",
                                                "Tuesday 8 December, 5pm – 7pm"]
    assert [f["key"] for f in model.list_model("features").rows()] == [
        "step_free", "hearing_loop", "accessible_toilet", "quiet_space", "bsl"]
    shown = all_texts(tuesday)
    for text in ("Benefits and money advice drop-in", "On now, until 1pm", "Just drop in — no booking", "Free",
                 "When", "Every Tuesday, 10am – 1pm\n2nd Tuesday of the month, 5pm – 7pm", "Today, 10am – 1pm — On now",
                 "Where",
                 "Interview rooms, ground floor\nRiverside Customer Service Centre\n45 Argyle Walk, Glasgow G3 8QX",
                 "Who it is for", "Anyone living in the city", "Cost", "Who runs it", "Money Matters advice team",
                 "Phone: 0141 496 0789", "Web: https://example.org/money", "Getting in and around",
                 "British Sign Language (BSL)", "Hearing loop", "Languages spoken", "English, Arabic, Urdu",
                 "Scan with your phone's camera to open the web page."):
        assert text in shown, text
    assert any("Take this with you" in t for t in shown)  # the chosen code's button ("✓ Take this with you")
    title = find(tuesday.window.window, "listing.title")
    assert title is not None and title.property("text") == d.title


def test_accessibility_features_are_an_icon_and_words_with_an_accessible_name(qtbot: QtBot, tuesday: Kiosk) -> None:
    open_listing(qtbot, tuesday, "benefits-advice", tab="today")
    window = tuesday.window.window
    for key, words in [("step_free", "Step-free access"), ("bsl", "British Sign Language (BSL)")]:
        row = find(window, f"listing.feature.{key}")
        assert row is not None
        assert QAccessible.queryAccessibleInterface(row).text(QAccessible.Text.Name) == words
        icon = next(i for i in walk(row) if i.inherits("QQuickImage"))
        assert icon.property("source").toString().endswith(f"icons/{key}.svg")
        qtbot.waitUntil(partial(qml, icon, "status === Image.Ready"))  # the SVG is there
        label = next(i for i in walk(row) if i.inherits("QQuickText"))
        assert label.property("text") == words and label.property("font").pixelSize() >= 28


def test_a_space_shows_its_opening_hours_and_whether_it_is_open(qtbot: QtBot, tuesday: Kiosk) -> None:
    open_listing(qtbot, tuesday, "library-warm-space", tab="open")
    model = whatson(tuesday)
    assert detail_part(model).status == "Open now until 8pm" and detail_part(model).statusOpen is True
    assert detail_part(model).timesTitle == "Opening hours" and detail_part(model).usually == ""
    assert model.list_model("times").column("label")[:4] == [
        "Monday to Thursday: 10am – 8pm", "Friday: 10am – 5pm", "Saturday: 10am – 4pm", "Sunday: closed"]
    # the text QR carries title, hours, where and phone
    assert detail_part(model).qrLink is False
    assert detail_part(model).qrContent == ("Warm space at the library\nMonday to Thursday: 10am – 8pm\n"
                                         "Friday: 10am – 5pm\nRiverside Library, 20 Kelvin Street, Glasgow G3 7AD\n"
                                         "Phone 0141 496 0456")


def test_closures_coming_up_are_listed(qtbot: QtBot, config: settings.Config) -> None:
    from datetime import datetime

    from tests.support.whatson_support import LONDON

    k = kiosk_with(qtbot, config, london(datetime(2026, 12, 20, 12, tzinfo=LONDON)), demo_week(TUESDAY_10AM.date()))
    try:
        model = open_whatson(qtbot, k)
        model.openListing(str(demo_id("library-warm-space")), 0)
        labels = model.list_model("times").rows()
        assert {"key": "closed", "label": "Closed on Friday 25 December", "hint": ""} in labels
        assert {"key": "closed", "label": "Closed on Friday 1 January", "hint": ""} in labels
    finally:
        k.close()


def test_a_booking_only_activity_says_how_to_book(qtbot: QtBot, tuesday: Kiosk) -> None:
    open_listing(qtbot, tuesday, "community-lunch")
    d = detail_part(whatson(tuesday))
    assert d.dropIn is False and d.booking == "To book, phone 0141 496 0123."
    assert d.status == "Next: Thursday 26 November, 12 noon – 1:30pm"
    shown = all_texts(tuesday)
    assert "Please book first" in shown and "To book, phone 0141 496 0123." in shown
    assert "Just drop in — no booking" not in shown


def test_back_returns_to_the_same_tab_chip_and_place(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    tap(tuesday.window.window, "whatson.tab.week")
    tap(tuesday.window.window, "whatson.chip.Advice")
    qtbot.waitUntil(lambda: filter_part(model).category == "Advice")
    key = model.list_model("entries").column("key")[0]
    tap(tuesday.window.window, f"whatson.entry.{key}")
    qtbot.waitUntil(lambda: screen_is(tuesday, "listing"))
    tap(tuesday.window.window, "listing.back")
    qtbot.waitUntil(lambda: screen_is(tuesday, "whatson"))
    assert (filter_part(model).tab, filter_part(model).category) == ("week", "Advice")
    assert must_find(tuesday.window.window, "whatson.chip.Advice").property("selected")


def test_back_brings_the_list_back_to_the_card_that_was_opened(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    tap(tuesday.window.window, "whatson.tab.week")
    keys = model.list_model("entries").column("key")
    model.openListing(model.list_model("entries").column("listingId")[len(keys) - 1], len(keys) - 1)
    qtbot.waitUntil(lambda: screen_is(tuesday, "listing"))
    tap(tuesday.window.window, "listing.back")
    qtbot.waitUntil(lambda: screen_is(tuesday, "whatson"))
    settle(tuesday.window.window)
    card = find(tuesday.window.window, f"whatson.entry.{keys[-1]}")
    view = find(tuesday.window.window, "whatson.list")
    assert card is not None and view is not None
    box, shown = view.mapRectToScene(view.boundingRect()), card.mapRectToScene(card.boundingRect())
    assert box.intersects(shown)  # the last card is on screen again, not the top of the list


def test_idle_on_a_listing_goes_home_and_forgets_it(qtbot: QtBot, tuesday: Kiosk) -> None:
    open_listing(qtbot, tuesday, "knit-and-natter")
    manual_clock(tuesday).advance(tuesday.config.idle_timeout_seconds)
    tuesday.shell.tick()
    qtbot.waitUntil(lambda: screen_is(tuesday, "home"))
    assert not detail_part(whatson(tuesday)).shown and whatson(tuesday).list_model("times").rowCount() == 0


@pytest.mark.parametrize("size", [QSize(1080, 1920), QSize(1920, 1080)], ids=["portrait", "landscape"])
def test_markup_emoji_and_arabic_in_a_title_render_as_plain_text(qtbot: QtBot, config: settings.Config,
                                                                 size: QSize) -> None:
    listing = weekly(MARKUP, "TU", "14:00", "16:00", summary="<script>alert(1)</script> &amp; more",
                     contact=Contact(phone="<u>0141</u>"))
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), [listing], size=size)
    try:
        model = open_whatson(qtbot, k)
        assert MARKUP in texts(k) and "<script>alert(1)</script> &amp; more" in texts(k)
        card_title = next(i for i in walk(k.window.window.contentItem())
                          if i.inherits("QQuickText") and i.property("text") == MARKUP and i.isVisible())
        assert qml(card_title, "textFormat === Text.PlainText")
        model.openListing(str(listing.id), 0)
        qtbot.waitUntil(lambda: screen_is(k, "listing"))
        settle(k.window.window)
        title = find(k.window.window, "listing.title")
        assert title is not None and title.property("text") == MARKUP and qml(title, "textFormat === Text.PlainText")
        # every text on the screen is plain text, so the tags show as typed rather than making bold or links
        plain = [i for i in walk(k.window.window.contentItem()) if i.inherits("QQuickText")]
        assert plain and all(qml(i, "textFormat === Text.PlainText") for i in plain)
        assert "Phone: <u>0141</u>" in all_texts(k)
        assert prop(detail_part(model), "qrContent", str).startswith(MARKUP + "\n")  # the QR carries the text as typed
    finally:
        k.close()


def _jpeg(colour: str) -> tuple[bytes, str]:
    buf = io.BytesIO()
    Image.new("RGB", (320, 200), colour).save(buf, "JPEG")
    data = buf.getvalue()
    return data, hashlib.sha256(data).hexdigest()


def test_a_photo_shows_when_its_file_is_here_and_a_warm_placeholder_when_not(qtbot: QtBot,
                                                                             config: settings.Config) -> None:
    data, sha = _jpeg("#2266aa")
    photos: Path = config.data_dir / "photos"
    photos.mkdir(parents=True)
    (photos / f"{sha}.jpg").write_bytes(data)
    with_photo = weekly("Photo walk", "TU", "14:00", "15:00", photo=sha)
    missing = weekly("Missing photo", "TU", "15:00", "16:00", photo="f" * 64)
    plain = weekly("No photo", "TU", "16:00", "17:00", category="Food & drink")
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), [with_photo, missing, plain])
    try:
        model = open_whatson(qtbot, k)
        rows = {r["title"]: r for r in model.list_model("entries").rows()}
        assert rows["Photo walk"]["photo"] == (photos / f"{sha}.jpg").resolve().as_uri()
        assert rows["Missing photo"]["photo"] == "" and rows["No photo"]["photo"] == ""
        assert rows["No photo"]["iconName"] == "cup"
        model.openListing(str(with_photo.id), 0)
        qtbot.waitUntil(lambda: screen_is(k, "listing"))
        picture = must_find(k.window.window, "listing.photo")
        qtbot.waitUntil(lambda: picture.property("showsPhoto") is True)
        tap(k.window.window, "listing.back")
        qtbot.waitUntil(lambda: screen_is(k, "whatson"))
        model.openListing(str(missing.id), 1)
        qtbot.waitUntil(lambda: screen_is(k, "listing"))
        picture = must_find(k.window.window, "listing.photo")
        assert picture.property("showsPhoto") is False
        assert picture.property("iconName") == "social"
    finally:
        k.close()


@pytest.mark.qt_log_ignore("Error decoding|Could not read image|Corrupt JPEG|Unsupported image format|"
                           "Unsupported marker type|Premature end of JPEG")
def test_a_broken_photo_file_falls_back_to_the_placeholder(qtbot: QtBot, config: settings.Config) -> None:
    sha = "a" * 64
    photos = config.data_dir / "photos"
    photos.mkdir(parents=True)
    (photos / f"{sha}.jpg").write_bytes(b"\xff\xd8\xff not really a jpeg")
    broken = dataclasses.replace(weekly("Broken photo", "TU", "14:00", "15:00"), photo=sha)
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), [broken])
    try:
        model = open_whatson(qtbot, k)
        assert model.list_model("entries").column("photo") == [(photos / f"{sha}.jpg").resolve().as_uri()]
        model.openListing(str(broken.id), 0)
        qtbot.waitUntil(lambda: screen_is(k, "listing"))
        picture = must_find(k.window.window, "listing.photo")
        image = next(i for i in walk(picture) if i.inherits("QQuickImage") and i.property("source").toString()
                     .startswith("file:") and i.property("source").toString().endswith(".jpg"))
        qtbot.waitUntil(lambda: qml(image, "status === Image.Error"))
        assert picture.property("showsPhoto") is False
    finally:
        k.close()
