"""Getting around the staff listing screens on the real window: into staff mode by the PIN pad, scrolling a
form field into view, typing on the on-screen keyboard, and reading the store from the test's side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.staff.pin_store import write_hash
from kiosk.staff.rules import hash_pin
from kiosk.whatson.listing_editor import ListingEditorViewModel
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.listings_staff import ListingsStaffViewModel
from kiosk.whatson.store import ListingService
from tests.support.qmlhelpers import centre, class_name, find, has_property, settle, tap, view_model, walk
from tests.support.qtprops import prop
from tests.support.staff_helpers import past_the_pulse

PIN = "4825"


def staff_listings(qtbot: QtBot, kiosk: Kiosk) -> ListingsStaffViewModel:
    """Into staff mode the way staff do it (PIN pad), then the Listings tool; waits for the list."""
    write_hash(kiosk.config.data_dir, hash_pin(PIN))
    kiosk.staff.openPin()
    w = kiosk.window.window
    qtbot.waitUntil(lambda: find(w, "staff.pin.ok") is not None)
    for d in PIN:
        tap(w, f"staff.pin.{d}")
    tap(w, "staff.pin.ok")
    past_the_pulse(qtbot, kiosk)
    qtbot.waitUntil(lambda: find(w, "staff.tool.listings") is not None)
    next_frame(qtbot, w)
    tap(w, "staff.tool.listings")
    model = listings_model(kiosk)
    qtbot.waitUntil(lambda: kiosk.shell.screen == "staff.listings" and not model.loading)
    next_frame(qtbot, w)
    return model


def listings_model(kiosk: Kiosk) -> ListingsStaffViewModel:
    return view_model(kiosk, "listingsStaff", ListingsStaffViewModel)


def editor_model(kiosk: Kiosk) -> ListingEditorViewModel:
    return view_model(kiosk, "listingEditor", ListingEditorViewModel)


def field_values(editor: ListingEditorViewModel) -> dict[str, Any]:
    """The editor's text fields by key (`models.listingEditor.fields.values`)."""
    return prop(editor.fields_model, "values", dict)


def rows_of(listings: ListingsStaffViewModel) -> RowsModel:
    """The staff list's rows (`models.listingsStaff.rows`)."""
    return prop(listings, "rows", RowsModel)


def notices_of(listings: ListingsStaffViewModel) -> RowsModel:
    """The stale-edit notices (`models.listingsStaff.notices`)."""
    return prop(listings, "notices", RowsModel)


def conflict_rows(listings: ListingsStaffViewModel) -> RowsModel:
    """Theirs and mine, field by field, on the stale-edit screen (`models.listingsStaff.conflict.rows`)."""
    return prop(listings.conflict_model, "rows", RowsModel)


def service(kiosk: Kiosk) -> ListingService:
    """The same store, read from the test's thread (its own connection)."""
    c = kiosk.config
    return ListingService(kiosk.services.engine(), c.site_id, c.kiosk_id, kiosk.clock, c.data_dir / "photos")


def on_screen(kiosk: Kiosk, name: str) -> bool:
    return kiosk.shell.screen == name and find(kiosk.window.window, name) is not None


def next_frame(qtbot: QtBot, window: QQuickWindow) -> None:
    """Waits for the window to draw a frame. Tests tap faster than people: a screen that is gone again a few
    milliseconds later, with a button's press animation still running, makes Qt warn about its animation
    driver; letting the new screen draw once first is what a person's pace gives."""
    with qtbot.waitSignal(window.frameSwapped, timeout=5000):
        window.update()


def shown(qtbot: QtBot, kiosk: Kiosk, name: str) -> None:
    """Waits until screen `name` is showing (and drawn once)."""
    qtbot.waitUntil(lambda: on_screen(kiosk, name))
    next_frame(qtbot, kiosk.window.window)


def _flickable_of(item: QQuickItem) -> QQuickItem | None:
    parent = item.parentItem()
    while parent is not None:
        if parent.inherits("QQuickFlickable") and parent.objectName():
            return parent
        parent = parent.parentItem()
    return None


def keyboard_still(window: QQuickWindow, timeout_ms: int = 3000) -> None:
    """Waits until the on-screen keyboard is not sliding (fully up or fully down): a tap lands where aimed."""
    for _ in range(timeout_ms // 20):
        panel = find(window, "keyboard.panel")
        loader = next((i for i in walk(window.contentItem()) if i.objectName() == "keyboard"), None)
        if panel is None or loader is None:
            return
        y = loader.y()  # where the keyboard really is (keyboardTop jumps; the keyboard slides)
        if y >= window.height() or abs(y - (window.height() - panel.height())) < 0.5:
            return
        QTest.qWait(20)


def reveal(window: QQuickWindow, name: str) -> QQuickItem:
    """Scrolls the named item's form or list so the item is on screen (above the keyboard), as staff would."""
    keyboard_still(window)
    settle(window)
    item = find(window, name)
    assert item is not None, f"no visible item named {name!r}"
    flick = _flickable_of(item)
    if flick is not None:
        origin = flick.mapToScene(QPoint(0, 0).toPointF()).y()
        y = item.mapToScene(QPoint(0, 0).toPointF()).y() - origin + float(flick.property("contentY"))
        bottom = float(window.property("keyboardTop") or window.height())
        room = min(flick.height(), bottom - origin)
        most = float(flick.property("contentHeight")) - room + float(flick.property("bottomMargin"))
        top = max(0.0, min(y - room / 3, most))
        flick.setProperty("contentY", top)
        settle(window)
    return item


def middle(item: QQuickItem) -> QPoint:
    """The item's middle by its geometry (a text field's bounding rectangle follows its scrolled text)."""
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def tap_field(window: QQuickWindow, name: str) -> QQuickItem:
    item = reveal(window, name)
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle(item))
    return item


def tap_revealed(window: QQuickWindow, name: str) -> None:
    reveal(window, name)
    tap(window, name)


def keyboard_up(window: QQuickWindow) -> bool:
    """The on-screen keyboard is up and has finished sliding in."""
    panel = find(window, "keyboard.panel")
    return panel is not None and bool(panel.property("active")) and panel.height() > 0 and \
        float(window.property("keyboardTop")) <= window.height() - panel.height() + 0.5


def keyboard_key(window: QQuickWindow, text: str) -> QQuickItem | None:
    """The on-screen keyboard's key that types `text` (a letter key of Qt Virtual Keyboard)."""
    panel = find(window, "keyboard.panel")
    if panel is None:
        return None
    for item in walk(panel):
        if (item.isVisible() and class_name(item).startswith("Key_") and has_property(item, "text")
                and item.property("text") == text):
            return item
    return None


def type_on_keyboard(qtbot: QtBot, window: QQuickWindow, text: str) -> None:
    """Taps the keyboard's keys one by one, as a person would."""
    for ch in text:
        key = keyboard_key(window, ch)
        assert key is not None, f"no key for {ch!r} on the on-screen keyboard"
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(key))
        qtbot.wait(1)


def type_text(window: QQuickWindow, text: str) -> None:
    """Types `text` into the focused field as key events (what a hardware keyboard sends)."""
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() \
            else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
