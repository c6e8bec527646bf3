"""What waits for the first frame (ShellViewModel.after_first_frame / first_frame_shown): run once, in order,
after the frame; at once for work added later."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.shell.shell_model import ShellViewModel


def test_work_waits_for_the_first_frame_runs_once_in_order_and_at_once_after_it(qapp: object) -> None:
    shell = ShellViewModel(settings.load(env={}), ManualClock(datetime(2026, 11, 25, 10, tzinfo=UTC)))
    ran: list[str] = []
    shell.after_first_frame(lambda: ran.append("sleep"))
    shell.after_first_frame(lambda: ran.append("upkeep"))
    assert ran == [] and shell.started is False
    shell.first_frame_shown()
    assert ran == ["sleep", "upkeep"] and shell.started is True
    shell.first_frame_shown()  # a second frame: nothing runs again
    shell.after_first_frame(lambda: ran.append("late"))
    assert ran == ["sleep", "upkeep", "late"]
