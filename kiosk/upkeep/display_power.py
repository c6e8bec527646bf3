"""Powers the display down and up under a wlroots compositor (cage) with `wlopm`, when it is installed.

`wlopm --off '*'` asks the compositor (wlr-output-power-management) to blank every output; touches still
reach the app, so a tap wakes it and the app powers the output up again. Where wlopm is missing, or the app
is not under Wayland (a desktop, the X server of the tests), nothing is done and the sleeping screen is only
drawn dark. Runs a short subprocess: call it on the database thread, never the GUI thread. Thread: kiosk-db.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess

log = logging.getLogger(__name__)


def available() -> bool:
    return bool(os.environ.get("WAYLAND_DISPLAY")) and shutil.which("wlopm") is not None


def set_display(on: bool) -> bool:
    """Whether the outputs were switched; a failure is logged once per call and is not an error."""
    if not available():
        return False
    try:
        done = subprocess.run(["wlopm", "--on" if on else "--off", "*"], capture_output=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError) as e:
        log.warning("wlopm could not switch the display %s: %s", "on" if on else "off", e)
        return False
    if done.returncode != 0:
        log.warning("wlopm could not switch the display %s (exit %s)", "on" if on else "off", done.returncode)
    return done.returncode == 0
