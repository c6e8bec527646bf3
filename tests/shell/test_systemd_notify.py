"""kiosk.shell.systemd_notify on a real kiosk window and a real AF_UNIX datagram socket (the test plays systemd)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.shell import systemd_notify
from kiosk.shell.systemd_notify import socket_address, watchdog_interval_ms


class Listener:
    """A bound notify socket; `messages` fills from a reader thread, so it keeps listening while the GUI is stuck."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(0.2)
        self.messages: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            self.messages.append((time.monotonic(), data.decode()))

    def texts(self) -> list[str]:
        return [m for _, m in list(self.messages)]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[Listener]:
    listening = Listener(tmp_path / "notify.sock")
    yield listening
    listening.close()


@pytest.mark.parametrize(("env", "expected"), [
    ({}, None),
    ({"WATCHDOG_USEC": "0"}, None),
    ({"WATCHDOG_USEC": "20000000"}, 10_000),  # WatchdogSec=20 → a ping every 10 s
    ({"WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "100"}, 10_000),  # our own PID
    ({"WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "7"}, 10_000),  # cage, our parent, is the unit's main PID
    ({"WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "55"}, None),  # someone else's watchdog
    ({"WATCHDOG_USEC": "1000"}, systemd_notify.MIN_PING_MS),
    ({"WATCHDOG_USEC": "soon"}, None),
])
def test_watchdog_interval(env: dict[str, str], expected: int | None) -> None:
    assert watchdog_interval_ms(env, pid=100, parent_pid=7) == expected


def test_socket_address() -> None:
    assert socket_address("") is None
    assert socket_address("/run/systemd/notify") == "/run/systemd/notify"
    assert socket_address("@/org/systemd/notify") == b"\0/org/systemd/notify"
    assert socket_address("vsock:2:1234") is None


def test_nothing_happens_without_systemd(kiosk: Kiosk) -> None:
    assert systemd_notify.start(kiosk.window.on_frame, kiosk.shell, env={}) is None


def _start(kiosk: Kiosk, qtbot: QtBot, listener: Listener, watchdog_usec: int) -> systemd_notify.Notifier:
    env = {"NOTIFY_SOCKET": str(listener.path), "WATCHDOG_USEC": str(watchdog_usec)}
    notifier = systemd_notify.start(kiosk.window.on_frame, kiosk.shell, env=env)
    assert notifier is not None
    kiosk.window.window.update()  # a frame to be ready after
    qtbot.waitUntil(lambda: "WATCHDOG=1" in listener.texts(), timeout=10_000)
    return notifier


def test_ready_after_the_first_frame_then_the_watchdog(kiosk: Kiosk, qtbot: QtBot, listener: Listener) -> None:
    notifier = _start(kiosk, qtbot, listener, watchdog_usec=200_000)
    try:
        texts = listener.texts()
        assert texts[0].startswith("READY=1\n") and texts[1] == "WATCHDOG=1"
        assert notifier.timer is not None and notifier.timer.interval() == 100
        qtbot.waitUntil(lambda: listener.texts().count("WATCHDOG=1") >= 3, timeout=10_000)
        assert listener.texts().count("READY=1\nSTATUS=Showing the welcome screen") == 1  # once, not per frame
    finally:
        notifier.close()


def test_a_stuck_gui_thread_stops_the_watchdog(kiosk: Kiosk, qtbot: QtBot, listener: Listener) -> None:
    """The pings come from the GUI thread: while it is stuck none arrive, though other threads run on."""
    notifier = _start(kiosk, qtbot, listener, watchdog_usec=200_000)  # a ping every 100 ms
    try:
        busy = threading.Thread(target=lambda: time.sleep(1.5))  # another thread, alive throughout
        busy.start()
        pings, stuck_from = notifier.pings, time.monotonic()
        time.sleep(1.0)  # the GUI thread (this one) is stuck for ten ping intervals
        stuck_until = time.monotonic()
        assert notifier.pings == pings, "a watchdog ping was sent while the GUI thread was stuck"
        # (0.3 s of slack for a ping sent just before and read late by the listener on a busy machine)
        late = [t for t, m in listener.messages if m == "WATCHDOG=1" and stuck_from + 0.3 < t < stuck_until]
        assert late == [], "a watchdog ping arrived while the GUI thread was stuck"
        qtbot.waitUntil(lambda: any(t > stuck_until for t, m in listener.messages if m == "WATCHDOG=1"),
                        timeout=10_000)  # and they come back once it runs again
        busy.join()
    finally:
        notifier.close()
