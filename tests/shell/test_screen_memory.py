"""Showing screens again and again keeps nothing in Qt's JavaScript heap: Main.qml gives every screen the same
initial-properties object, and the home screen gives its overlays the window's one object (Loader.setSource with
a new object each time keeps that object for good: about 2.7 KB per visit to a screen and back, the soak
benchmark's rising memory line). Measured on the real window as the resident size of the JavaScript heap's own
memory mappings (Linux: /proc/self/smaps), after the engine's garbage collection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk

SMAPS = Path("/proc/self/smaps")
ROUND_TRIPS = 200


def js_heap_kb() -> int | None:
    """Resident KB of the QML engine's JavaScript heap (its mappings are named `JSGCHeap`); None if not seen."""
    total, counting, seen = 0, False, False
    for line in SMAPS.read_text(encoding="utf-8", errors="replace").splitlines():
        head = line.split()
        if head and "-" in head[0] and not head[0].endswith(":"):
            counting = "JSGCHeap" in line
            seen |= counting
        elif counting and head[0] == "Rss:":
            total += int(head[1])
    return total if seen else None


def visits(kiosk: Kiosk, n: int) -> None:
    for _ in range(n):
        for screen in ("checkin", "home"):
            kiosk.shell.show(screen)  # (the Loader makes the screen at once: it loads synchronously)
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settled_js_heap(kiosk: Kiosk) -> int | None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    kiosk.window.engine.collectGarbage()
    return js_heap_kb()


@pytest.mark.skipif(not SMAPS.exists(), reason="reads /proc/self/smaps (Linux)")
def test_screens_shown_again_and_again_leave_nothing_in_the_javascript_heap(qtbot: QtBot, kiosk: Kiosk) -> None:
    visits(kiosk, 50)  # warm-up: the heap grows to its working size
    before = settled_js_heap(kiosk)
    if before is None:
        pytest.skip("this Qt names no JSGCHeap mapping")
    visits(kiosk, ROUND_TRIPS)
    after = settled_js_heap(kiosk)
    assert after is not None
    # A new initial-properties object per screen shown kept ~2.7 KB per round trip: ~540 KB here. The heap grows
    # in 64 KB chunks; flat is a chunk or two.
    assert after - before < 192, (before, after)


def dead_item_wrappers() -> int:
    """Python wrappers of Qt Quick items whose item is gone (what a wrapper kept for good looks like)."""
    import gc

    import shiboken6
    from PySide6.QtQuick import QQuickItem

    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, QQuickItem) and not shiboken6.isValid(o))


def test_moving_focus_keeps_no_wrapper_of_the_focused_item(qtbot: QtBot, kiosk: Kiosk) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = kiosk.window.window
    kiosk.window.watch_activity()  # the key access (kiosk.shell.key_access) reveals each focused item
    before = dead_item_wrappers()
    for _ in range(20):
        kiosk.shell.show("checkin")
        for _ in range(2):  # focus moves to the answers (each focus change is revealed)
            QTest.keyClick(window, Qt.Key.Key_Tab)
        kiosk.shell.show("home")
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # `activeFocusItem()` kept one wrapper per item focused, alive after its screen had gone: 40 here.
    assert dead_item_wrappers() - before < 5
