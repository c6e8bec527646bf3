"""The staff listing editor on the real window (pytest-qt, offscreen) with the real SQLite store: PIN → Listings
→ add (typing on the on-screen keyboard) → save → on the staff list and in the visitors' What's on; edit, copy,
archive and restore, validation in plain words, awkward text, photos, preview, and stale edits."""

from __future__ import annotations

import gc
import io
import json
import uuid
from datetime import UTC, date, datetime

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QAbstractItemModelTester, QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.data.models import Base
from kiosk.whatson.feature import load_listings
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.rules.demo_listings import demo_listings
from kiosk.whatson.rules.listing_json import listing_to_json
from kiosk.whatson.rules.listings import Kind, Listing
from kiosk.whatson.rules.schedules import OpeningHours, Sessions
from kiosk.whatson.rules.whats_on import whats_on
from tests.support.listing_helpers import (
    conflict_rows,
    editor_model,
    field_values,
    keyboard_up,
    listings_model,
    next_frame,
    notices_of,
    on_screen,
    reveal,
    rows_of,
    service,
    shown,
    staff_listings,
    tap_field,
    tap_revealed,
    type_on_keyboard,
    type_text,
)
from tests.support.qmlhelpers import find, must_find, tap
from tests.support.qtprops import prop

CONTENT = Base.metadata.tables["site_content"]
DEMO = demo_listings(date(2026, 11, 25))


@pytest.fixture(autouse=True)
def _no_stale_wrappers() -> None:
    """Earlier tests' kiosks can leave Python wrappers of freed Qt items in reference cycles; PySide would
    hand one out for a new item at the same address. Collect them before walking this test's scene."""
    gc.collect()


# Going list → stale edit → list within a few milliseconds (the store answers at once here) can make Qt's
# shared animation timer warn that its driver "is not running" — the buttons' press animation (KioskButton)
# meeting screens that come and go faster than any person taps. Harmless; only that one line is allowed.
FAST_SCREENS = pytest.mark.qt_log_ignore(r"^QUnifiedTimer::stopAnimationDriver: driver is not running$")


def activity() -> Listing:
    return next(x for x in DEMO if x.kind is Kind.ACTIVITY and isinstance(x.schedule, Sessions)
                and len(x.schedule.rules) == 1)


def paste(window: QQuickWindow, text: str) -> None:
    """Select-all and paste into the focused field, as staff would paste from elsewhere."""
    QGuiApplication.clipboard().setText(text)
    QTest.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def saved_and_listed(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Back on the list, saying it saved, with the list read again from the store."""
    model = listings_model(kiosk)
    qtbot.waitUntil(lambda: on_screen(kiosk, "staff.listings") and "Saved" in prop(model, "message", str)
                    and not model.loading)
    next_frame(qtbot, kiosk.window.window)


def test_add_an_activity_typing_on_the_on_screen_keyboard(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    listings = staff_listings(qtbot, kiosk)
    editor = editor_model(kiosk)
    tap(w, "listings.addActivity")
    shown(qtbot, kiosk, "staff.listing.edit")
    assert editor.heading == "New activity"

    tap_field(w, "listing.field.title")
    qtbot.waitUntil(lambda: keyboard_up(w), timeout=10000)  # the in-app keyboard comes up for the field
    type_on_keyboard(qtbot, w, "knit")  # the keyboard starts a field with a capital
    qtbot.waitUntil(lambda: field_values(editor)["title"] == "Knit")
    field = find(w, "listing.field.title")
    assert field is not None and field.property("text") == "Knit"
    # the field being typed in stays above the keyboard
    assert field.mapToScene(field.boundingRect().bottomLeft()).y() <= float(w.property("keyboardTop"))
    type_text(w, " and natter")  # the rest from a hardware keyboard (the same text events)
    qtbot.waitUntil(lambda: field_values(editor)["title"] == "Knit and natter")

    tap_field(w, "listing.field.category")
    type_text(w, "Social")
    tap_field(w, "listing.field.building")
    type_text(w, "Riverside Community Hub")
    tap_revealed(w, "listing.day.TU")
    tap_revealed(w, "listing.day.TH")
    tap_field(w, "listing.field.start")
    paste(w, "14:00")
    tap_field(w, "listing.field.end")
    paste(w, "16:00")
    tap_revealed(w, "listing.access.step_free")
    tap_revealed(w, "listing.dropIn")
    tap(w, "listing.edit.save")
    saved_and_listed(qtbot, kiosk)

    [row] = rows_of(listings).rows()
    assert (row["title"], row["kindLabel"], row["category"]) == ("Knit and natter", "Activity", "Social")
    assert row["statusKind"] == "pending" and "waiting to reach the other kiosks" in row["status"]
    assert row["when"] == "Every Tuesday and Thursday, 2pm – 4pm"
    [stored] = service(kiosk).listings()
    x = stored.listing
    assert stored.pending and stored.version == 1
    assert x.drop_in and x.accessibility is not None and {f.value for f in x.accessibility.features} == {"step_free"}
    # …and the visitors' What's on reads it (this kiosk shows it at once; the sync takes it to the others).
    loaded = load_listings(kiosk.services, kiosk.config, kiosk.clock)
    assert [y.title for y in loaded.listings] == ["Knit and natter"]
    week = whats_on(loaded.listings, kiosk.clock.now(), kiosk.config.timezone, "week")
    assert [e.listing.title for d in week.days for e in d.entries] == ["Knit and natter", "Knit and natter"]


def test_a_missing_title_is_named_in_plain_words(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    staff_listings(qtbot, kiosk)
    editor = editor_model(kiosk)
    tap(w, "listings.addActivity")
    shown(qtbot, kiosk, "staff.listing.edit")
    tap(w, "listing.edit.save")
    qtbot.waitUntil(lambda: find(w, "listing.edit.message") is not None)
    message = find(w, "listing.edit.message")
    assert message is not None and message.property("text") == "Title is required"
    assert editor.fields_model.problemKey == "title" and kiosk.shell.screen == "staff.listing.edit"
    note = reveal(w, "listing.note.title")
    assert note.property("text") == "Title is required"
    assert service(kiosk).listings() == []  # nothing saved
    tap_field(w, "listing.field.title")
    type_text(w, "Lunch club")
    qtbot.waitUntil(lambda: editor.saving_model.message == "")  # typing in the field clears its problem
    tap(w, "listing.edit.save")
    qtbot.waitUntil(lambda: editor.fields_model.problemKey == "category")
    assert editor.saving_model.message == "Category is required"
    tap_field(w, "listing.field.category")
    type_text(w, "Food")
    tap_field(w, "listing.field.building")
    type_text(w, "Hub")
    tap(w, "listing.edit.save")
    qtbot.waitUntil(lambda: editor.fields_model.problemKey == "days")
    assert editor.saving_model.message == "Days: a weekly session needs at least one weekday"


def test_awkward_text_emoji_rtl_html_control_characters_and_a_long_paste(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    staff_listings(qtbot, kiosk)
    editor = editor_model(kiosk)
    tap(w, "listings.addActivity")
    shown(qtbot, kiosk, "staff.listing.edit")

    tap_field(w, "listing.field.title")
    long_paste = "Minutes of the meeting. " * 209  # 5,016 characters; 5,015 without the last space
    paste(w, long_paste)
    qtbot.waitUntil(lambda: len(field_values(editor)["title"]) == len(long_paste))  # every character kept
    note = reveal(w, "listing.note.title")
    assert note.property("text") == "Too long: 5,015 characters, and 120 fit. Please shorten it by 4,895."
    assert must_find(w, "listing.field.title").property("text") == long_paste
    tap(w, "listing.edit.save")
    qtbot.waitUntil(lambda: editor.fields_model.problemKey == "title")
    assert editor.saving_model.message == "Title is 5015 characters long; at most 120 fit on the screen"

    title = "Café 👋🏽 مرحبا بكم <b>bold</b>\x07\x1b"
    tap_field(w, "listing.field.title")
    paste(w, title)
    qtbot.waitUntil(lambda: field_values(editor)["title"] == "Café 👋🏽 مرحبا بكم <b>bold</b>")
    assert prop(editor.fields_model, "notes", dict)["title"] == "2 hidden control characters removed."
    field = find(w, "listing.field.title")
    assert field is not None and field.property("text") == "Café 👋🏽 مرحبا بكم <b>bold</b>"
    tap_field(w, "listing.field.description")
    paste(w, "<script>alert('hi')</script>\nLine two — עברית")
    tap_field(w, "listing.field.category")
    paste(w, "Social")
    tap_field(w, "listing.field.building")
    paste(w, "Hub")
    tap_revealed(w, "listing.day.MO")
    tap(w, "listing.edit.save")
    saved_and_listed(qtbot, kiosk)
    [stored] = service(kiosk).listings()
    assert stored.listing.title == "Café 👋🏽 مرحبا بكم <b>bold</b>"
    assert stored.listing.description == "<script>alert('hi')</script>\nLine two — עברית"
    # Shown literally on the staff list (every Text is plain text: markup is not interpreted).
    texts = [i.property("text") for i in _texts(w)]
    assert "Café 👋🏽 مرحبا بكم <b>bold</b>" in texts


def _texts(window: QQuickWindow) -> list[QQuickItem]:
    from tests.support.qmlhelpers import walk

    return [i for i in walk(window.contentItem()) if i.inherits("QQuickText") and i.isVisible()]


def test_edit_copy_archive_and_restore(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    original = activity()
    service(kiosk).save(original, 0, "setup")
    listings = staff_listings(qtbot, kiosk)
    editor = editor_model(kiosk)
    key = str(original.id)

    # edit
    tap_revealed(w, f"listings.edit.{key}")
    shown(qtbot, kiosk, "staff.listing.edit")
    assert editor.heading == f"Edit: {original.title}" and field_values(editor)["title"] == original.title
    tap_field(w, "listing.field.title")
    paste(w, "Chair yoga")
    tap(w, "listing.edit.save")
    saved_and_listed(qtbot, kiosk)
    edited = service(kiosk).listing(original.id)
    assert edited is not None and edited.listing.title == "Chair yoga" and edited.version == 2
    assert edited.listing.schedule == original.schedule and edited.listing.id == original.id

    # copy: a new listing with the same details
    tap_revealed(w, f"listings.copy.{key}")
    shown(qtbot, kiosk, "staff.listing.edit")
    assert editor.heading == "Copy of Chair yoga" and field_values(editor)["title"] == "Chair yoga (copy)"
    tap(w, "listing.edit.save")
    saved_and_listed(qtbot, kiosk)
    both = service(kiosk).listings()
    assert sorted(s.listing.title for s in both) == ["Chair yoga", "Chair yoga (copy)"]
    copy = next(s.listing for s in both if s.listing.title.endswith("(copy)"))
    assert copy.id != original.id and copy.schedule == original.schedule and copy.place == original.place

    # archive, asked once more
    tap_revealed(w, f"listings.archive.{key}")
    qtbot.waitUntil(lambda: find(w, f"listings.archive.yes.{key}") is not None)
    tap_revealed(w, f"listings.archive.no.{key}")  # "Keep showing it": nothing happens
    assert len(service(kiosk).listings()) == 2
    tap_revealed(w, f"listings.archive.{key}")
    tap_revealed(w, f"listings.archive.yes.{key}")
    qtbot.waitUntil(lambda: "Archived" in prop(listings, "message", str) and not listings.loading)
    next_frame(qtbot, kiosk.window.window)
    assert [s.listing.title for s in service(kiosk).listings()] == ["Chair yoga (copy)"]
    assert [y.title for y in load_listings(kiosk.services, kiosk.config, kiosk.clock).listings] == ["Chair yoga (copy)"]
    qtbot.waitUntil(lambda: rows_of(listings).rowCount() == 1)
    tap(w, "listings.showArchived")
    qtbot.waitUntil(lambda: rows_of(listings).rowCount() == 2)
    tap_revealed(w, f"listings.restore.{key}")
    qtbot.waitUntil(lambda: "Restored" in prop(listings, "message", str) and not listings.loading)
    next_frame(qtbot, kiosk.window.window)
    assert len(service(kiosk).listings()) == 2


def test_a_space_with_opening_hours(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    staff_listings(qtbot, kiosk)
    editor = editor_model(kiosk)
    tap(w, "listings.addSpace")
    shown(qtbot, kiosk, "staff.listing.edit")
    assert editor.kind == "space" and editor.heading == "New space"
    for name, text in (("listing.field.title", "Warm space"), ("listing.field.category", "Warm spaces"),
                       ("listing.field.building", "Library"), ("listing.hours.MO.0", "9:00"),
                       ("listing.hours.MO.1", "12:30"), ("listing.hours.MO.2", "13:30"),
                       ("listing.hours.MO.3", "17:00")):
        tap_field(w, name)
        type_text(w, text)
    tap_revealed(w, "listing.hours.copyMonday")
    tap_field(w, "listing.hours.SA.0")
    type_text(w, "10:00")
    tap(w, "listing.edit.save")
    qtbot.waitUntil(lambda: editor.fields_model.problemKey == "hours.SA")
    assert editor.saving_model.message == "Opening hours on Saturday needs both an opening and a closing time"
    tap_field(w, "listing.hours.SA.1")
    type_text(w, "16:00")
    tap(w, "listing.edit.save")
    saved_and_listed(qtbot, kiosk)
    [stored] = service(kiosk).listings()
    hours = stored.listing.schedule
    assert isinstance(hours, OpeningHours)
    assert [len(day) for day in hours.week] == [2, 2, 2, 2, 2, 1, 0]


def test_a_photo_from_a_usb_stick_is_cleaned_and_kept(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    inbox = kiosk.config.data_dir / "inbox"
    inbox.mkdir()
    exif = Image.Exif()
    exif[0x0112] = 6
    exif.get_ifd(0x8825).update({1: "N", 2: (55.0, 51.0, 30.5)})
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 90, 40)).save(buf, "JPEG", exif=exif)
    (inbox / "lunch club.jpg").write_bytes(buf.getvalue())
    (kiosk.config.data_dir / "minutes.jpg").write_text("not a photo at all", encoding="utf-8")

    staff_listings(qtbot, kiosk)
    editor = editor_model(kiosk)
    tap(w, "listings.addActivity")
    shown(qtbot, kiosk, "staff.listing.edit")
    tap_revealed(w, "listing.edit.choosePhoto")
    qtbot.waitUntil(lambda: on_screen(kiosk, "staff.listing.photo") and editor.photos_model.files_model.rowCount() == 1)
    next_frame(qtbot, kiosk.window.window)
    assert editor.photos_model.files_model.row(0)["label"] == "lunch club.jpg"

    tap_field(w, "listing.photo.path")  # a file that is not a photo, typed by hand
    type_text(w, str(kiosk.config.data_dir / "minutes.jpg"))
    tap(w, "listing.photo.usePath")
    qtbot.waitUntil(lambda: not editor.photos_model.photoBusy
                    and "not a photo" in prop(editor.photos_model, "photoMessage", str))
    assert must_find(w, "listing.photo.message").property("text").startswith("That file is not a photo")

    tap(w, "listing.photo.file.0")
    qtbot.waitUntil(lambda: on_screen(kiosk, "staff.listing.edit") and editor.photos_model.photoUrl != "")
    next_frame(qtbot, kiosk.window.window)
    key = editor.form.photo
    stored = kiosk.config.data_dir / "photos" / f"{key}.jpg"
    assert editor.photos_model.photoUrl == stored.as_uri()
    with Image.open(stored) as kept:
        assert kept.size == (300, 400) and not kept.getexif()  # upright, and no GPS (or any EXIF) left
    assert find(w, "listing.edit.photo") is not None


def test_preview_shows_the_visitor_detail_screen(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    original = activity()
    service(kiosk).save(original, 0, "setup")
    staff_listings(qtbot, kiosk)
    tap_revealed(w, f"listings.edit.{original.id}")
    shown(qtbot, kiosk, "staff.listing.edit")
    tap_field(w, "listing.field.title")
    paste(w, "Tea & <i>toast</i>")
    tap(w, "listing.edit.preview")
    qtbot.waitUntil(lambda: on_screen(kiosk, "staff.listing.preview") and find(w, "listing.title") is not None)
    next_frame(qtbot, kiosk.window.window)
    assert must_find(w, "listing.title").property("text") == "Tea & <i>toast</i>"
    assert must_find(w, "preview.back").property("text") == "Back to editing"
    tap(w, "preview.back")
    shown(qtbot, kiosk, "staff.listing.edit")
    assert field_values(editor_model(kiosk))["title"] == "Tea & <i>toast</i>"  # nothing was lost on the way
    stored = service(kiosk).listing(original.id)
    assert stored is not None and stored.listing.title == original.title


def _pulled(kiosk: Kiosk, content_id: uuid.UUID, kind: str, payload: dict[str, object], version: int) -> None:
    """What a pull leaves in the local mirror: someone else's version, or a change's outcome."""
    with kiosk.services.engine().begin() as conn:
        conn.execute(CONTENT.delete().where(CONTENT.c.id == content_id))
        conn.execute(insert(CONTENT).values(id=content_id, site=kiosk.config.site_id, kind=kind,
                                            payload=json.dumps(payload), version=version, archived=False,
                                            updated_at=datetime(2026, 11, 25, 11, tzinfo=UTC), updated_by="other",
                                            change_seq=version))


@FAST_SCREENS
def test_a_stale_notice_from_the_sync_is_shown_with_both_versions(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    original = activity()
    _pulled(kiosk, original.id, "listing", listing_to_json(original), 1)
    from dataclasses import replace

    mine = replace(original, summary="Bring a friend!")
    service(kiosk).save(mine, 1, "staff@kiosk-1")
    [change_id] = [c for c in _own_changes(kiosk)]
    theirs = replace(original, title=original.title + " (new time)")
    _pulled(kiosk, original.id, "listing", listing_to_json(theirs), 2)  # someone else got there first…
    _pulled(kiosk, change_id, "change_result", {"change_id": str(change_id), "content_id": str(original.id),
                                                "kind": "listing", "kiosk": "kiosk-1", "status": "stale",
                                                "current_version": 2}, 1)  # …so ours was not applied

    listings = staff_listings(qtbot, kiosk)
    assert [n["title"] for n in notices_of(listings).rows()] == [original.title]
    assert rows_of(listings).row(0)["statusKind"] == "stale"
    tap(w, f"listings.notice.{change_id}")
    shown(qtbot, kiosk, "staff.listing.stale")
    rows = {r["key"]: (r["theirs"], r["mine"]) for r in conflict_rows(listings).rows()}
    assert rows == {"title": (theirs.title, original.title), "summary": (original.summary, "Bring a friend!")}
    assert "Someone else changed" in must_find(w, "listing.stale.text").property("text")

    tap(w, "listing.stale.applyMine")  # mine again, on top of theirs (version 2)
    qtbot.waitUntil(lambda: on_screen(kiosk, "staff.listings") and "saved again" in prop(listings, "message", str)
                    and not listings.loading)
    next_frame(qtbot, kiosk.window.window)
    now = service(kiosk).listing(original.id)
    assert now is not None and now.listing == mine and now.version == 3 and now.pending and not now.stale
    assert service(kiosk).stale_notices() == []
    qtbot.waitUntil(lambda: notices_of(listings).rowCount() == 0)


@FAST_SCREENS
def test_keep_theirs_drops_the_notice(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    original = activity()
    _pulled(kiosk, original.id, "listing", listing_to_json(original), 1)
    from dataclasses import replace

    service(kiosk).save(replace(original, summary="Mine"), 1, "staff@kiosk-1")
    [change_id] = _own_changes(kiosk)
    _pulled(kiosk, original.id, "listing", listing_to_json(replace(original, summary="Theirs")), 2)
    _pulled(kiosk, change_id, "change_result", {"change_id": str(change_id), "content_id": str(original.id),
                                                "kind": "listing", "kiosk": "kiosk-1", "status": "stale",
                                                "current_version": 2}, 1)
    listings = staff_listings(qtbot, kiosk)
    tap(w, f"listings.notice.{change_id}")
    shown(qtbot, kiosk, "staff.listing.stale")
    tap(w, "listing.stale.keepTheirs")
    qtbot.waitUntil(lambda: on_screen(kiosk, "staff.listings")
                    and "Kept the other version" in prop(listings, "message", str) and not listings.loading)
    next_frame(qtbot, kiosk.window.window)
    assert service(kiosk).stale_notices() == []
    stored = service(kiosk).listing(original.id)
    assert stored is not None and stored.listing.summary == "Theirs"


@FAST_SCREENS
def test_saving_over_a_version_that_changed_meanwhile_asks_staff(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    original = activity()
    _pulled(kiosk, original.id, "listing", listing_to_json(original), 1)
    listings = staff_listings(qtbot, kiosk)
    tap_revealed(w, f"listings.edit.{original.id}")
    shown(qtbot, kiosk, "staff.listing.edit")
    tap_field(w, "listing.field.room")
    paste(w, "Garden room")
    from dataclasses import replace

    theirs = replace(original, title="Renamed elsewhere")
    _pulled(kiosk, original.id, "listing", listing_to_json(theirs), 2)  # a pull while staff were typing
    tap(w, "listing.edit.save")
    shown(qtbot, kiosk, "staff.listing.stale")
    rows = {r["key"]: (r["theirs"], r["mine"]) for r in conflict_rows(listings).rows()}
    assert set(rows) == {"title", "where"} and rows["title"] == ("Renamed elsewhere", original.title)
    tap(w, "listing.stale.editMine")  # combine by hand: mine in the editor, based on their version
    shown(qtbot, kiosk, "staff.listing.edit")
    editor = editor_model(kiosk)
    assert field_values(editor)["room"] == "Garden room"
    tap_field(w, "listing.field.title")
    paste(w, "Renamed elsewhere")
    tap(w, "listing.edit.save")
    saved_and_listed(qtbot, kiosk)
    now = service(kiosk).listing(original.id)
    assert now is not None and now.version == 3
    assert (now.listing.title, now.listing.place.room) == ("Renamed elsewhere", "Garden room")


def _own_changes(kiosk: Kiosk) -> list[uuid.UUID]:
    from sqlalchemy import select

    changes = Base.metadata.tables["content_change"]
    with kiosk.services.engine().connect() as conn:
        return list(conn.execute(select(changes.c.id).order_by(changes.c.created_at)).scalars())


def test_idle_timeout_leaves_staff_mode_and_drops_the_form(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    w = kiosk.window.window
    staff_listings(qtbot, kiosk)
    editor = editor_model(kiosk)
    tap(w, "listings.addActivity")
    shown(qtbot, kiosk, "staff.listing.edit")
    tap_field(w, "listing.field.title")
    type_text(w, "Half typed")
    clock.advance(kiosk.config.idle_timeout_seconds)
    kiosk.shell.tick()
    shown(qtbot, kiosk, "home")
    assert not kiosk.staff.active and field_values(editor)["title"] == ""
    editor.saving_model.save()  # a late tap does nothing outside staff mode
    listings_model(kiosk).addActivity()
    assert kiosk.shell.screen == "home" and service(kiosk).listings() == []


def test_leave_button_from_the_list(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    staff_listings(qtbot, kiosk)
    tap(w, "listings.back")
    shown(qtbot, kiosk, "staff")
    tap(w, "staff.leave")
    shown(qtbot, kiosk, "home")
    assert not kiosk.staff.active


def test_list_models_pass_the_qt_model_tester(qtbot: QtBot, kiosk: Kiosk) -> None:
    for listing in DEMO[:4]:
        service(kiosk).save(listing, 0, "setup")
    listings = staff_listings(qtbot, kiosk)
    editor = editor_model(kiosk)
    qtbot.waitUntil(lambda: rows_of(listings).rowCount() == 4)
    listings.edit(str(DEMO[0].id))
    fields = {name: prop(editor.fields_model, name, RowsModel) for name in ("features", "categories")}
    schedule = {name: prop(editor.schedule_model, name, RowsModel)
                for name in ("days", "hours", "patterns", "nths", "weekdays")}
    for model in (rows_of(listings), notices_of(listings), conflict_rows(listings), *fields.values(),
                  *schedule.values(), editor.photos_model.files_model):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert rows_of(listings).rowCount() == 4 and fields["features"].rowCount() == 11
    assert schedule["days"].rowCount() == 7
    assert isinstance(DEMO[0].schedule, Sessions | OpeningHours)
