"""The kiosk in a real cage session (headless wlroots, Qt's Wayland plugin), reporting to systemd's notify
protocol: READY=1 after its first frame, then WATCHDOG=1; and silence when its GUI thread hangs
(tests/packaging/cage_rig.py says how cage and the kiosk are started as root and as an unprivileged user)."""

from __future__ import annotations

import shutil
import time

import pytest

from tests.packaging.cage_rig import CageSession

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("cage") is None, reason="cage not installed (packaging/system-deps.sh)")]
START_DEADLINE_S = 180  # a cold start on a busy 2-core machine; measured ~3-6 s when idle


def test_the_kiosk_under_cage_reports_ready_then_feeds_the_watchdog_and_stops_cleanly() -> None:
    with CageSession(watchdog_usec=2_000_000) as session:  # WatchdogSec=2: a ping every second
        ready_at = session.wait_for("READY=1", START_DEADLINE_S)
        print(f"READY=1 {ready_at - session.started_at:.2f} s after cage started ({session.mode} mode)")
        session.wait_for("WATCHDOG=1", 30, count=3)
        assert session.alive()
        texts = [m for _, m in session.messages]
        assert texts[0].startswith("READY=1"), texts  # nothing before the first frame
        assert sum(m.startswith("READY=1") for m in texts) == 1
        assert session.stop_kiosk(60) == 0, session.output()  # systemd's stop: pending writes done, exit 0


def test_a_hung_gui_thread_stops_the_watchdog_under_cage() -> None:
    hang = {"KIOSK_DEBUG_FREEZE_GUI_AFTER_PINGS": "2"}  # after its 2nd ping the GUI thread blocks for good
    with CageSession(watchdog_usec=1_000_000, extra_env=hang) as session:  # a ping every 0.5 s
        session.wait_for("READY=1", START_DEADLINE_S)
        last = session.wait_for("WATCHDOG=1", 30, count=2)
        session.listen(3.0)  # six ping intervals
        pings = [t for t, m in session.messages if m == "WATCHDOG=1"]
        assert len(pings) == 2 and pings[-1] == last, f"pings went on from a hung GUI thread: {len(pings)}"
        assert session.alive(), "the kiosk must be hung, not gone: only the watchdog can tell"
        assert time.monotonic() - last >= 3.0
        session.grace_s = 1.0  # it will not answer SIGTERM: it is hung
