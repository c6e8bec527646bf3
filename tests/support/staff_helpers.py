"""Into the staff home the way staff get there: past the staff pulse's question when staff mode opens with it
(`staff.pulse` is on by default) by tapping "Skip", which stores no answer."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from tests.support.qmlhelpers import find, tap

PULSE = "staff.pulse"


def past_the_pulse(qtbot: QtBot, kiosk: Kiosk) -> None:
    """After the right PIN: waits for staff mode, skips the question if it is asked, waits for the staff home."""
    w = kiosk.window.window
    qtbot.waitUntil(lambda: kiosk.shell.screen in ("staff", PULSE))
    if kiosk.shell.screen == PULSE:
        qtbot.waitUntil(lambda: find(w, "staff.pulse.skip") is not None)
        tap(w, "staff.pulse.skip")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "staff")
