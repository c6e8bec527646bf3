"""What waits for the home screen's first frame: work the kiosk needs soon but the first frame does not (the
upkeep's clock and checks, the home screen's overlays), run in the order given once that frame is up — or at
once, when it is up already. The composition root (kiosk.app) says when; features add theirs at install through
`ctx.shell.first_frame.after(work)`. Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable


class FirstFrame:
    def __init__(self) -> None:
        self.shown = False  # the first frame is up and what waited for it has run
        self._waiting: list[Callable[[], None]] = []

    def after(self, work: Callable[[], None]) -> None:
        """Runs `work` once the first frame is up (now, if it is)."""
        if self.shown:
            work()
        else:
            self._waiting.append(work)

    def shown_now(self) -> None:
        """The first frame is up (kiosk.app, from the frame's own signal): runs what waited for it, once."""
        if self.shown:
            return
        self.shown = True
        waiting, self._waiting = self._waiting, []
        for work in waiting:
            work()
