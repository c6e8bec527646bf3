"""What waits for the first frame (kiosk.shell.first_frame): run once, in order, after the frame; at once for work
added later; the home screen's overlays among it."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.shell.first_frame import FirstFrame
from kiosk.shell.shell_model import ShellViewModel


def test_work_waits_for_the_first_frame_runs_once_in_order_and_at_once_after_it() -> None:
    first = FirstFrame()
    ran: list[str] = []
    first.after(lambda: ran.append("sleep"))
    first.after(lambda: ran.append("upkeep"))
    assert ran == [] and first.shown is False
    first.shown_now()
    assert ran == ["sleep", "upkeep"] and first.shown is True
    first.shown_now()  # a second frame: nothing runs again
    first.after(lambda: ran.append("late"))
    assert ran == ["sleep", "upkeep", "late"]


def test_the_home_overlays_show_once_the_first_frame_is_up(qapp: object) -> None:
    shell = ShellViewModel(settings.load(env={}), ManualClock(datetime(2026, 11, 25, 10, tzinfo=UTC)))
    shell.add_home_overlay("file:///overlay.qml")
    assert shell.property("homeOverlays") == []
    shell.first_frame.shown_now()
    assert shell.property("homeOverlays") == ["file:///overlay.qml"]
