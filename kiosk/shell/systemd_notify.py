"""Tells systemd that the kiosk is up (READY=1 after the first frame) and alive (WATCHDOG=1 from the GUI thread).

The kiosk unit (packaging/kindness-kiosk.service) is `Type=notify` with `WatchdogSec=`: systemd counts the
kiosk as started only once it sends READY=1, and restarts it when WATCHDOG=1 stops coming. READY=1 is sent
from the GUI thread's event loop just after the first frame is shown (so "started" means a visitor can see the
welcome screen); WATCHDOG=1 from a QTimer on the GUI thread every half of WATCHDOG_USEC, so a GUI thread that
hangs (a blocked slot, a dead lock, an endless QML binding loop) stops feeding the watchdog and systemd kills
and restarts the whole session, while a busy database or sync thread does not.

The kiosk runs as a child of cage (the Wayland kiosk compositor), which is the unit's main process: systemd's
WATCHDOG_PID is cage's PID, so a WATCHDOG_PID equal to our parent's is accepted as ours, and the unit sets
`NotifyAccess=all` so that messages from the child are heard.

Without NOTIFY_SOCKET (a desktop, a test, the demo) `start()` returns None at once: nothing is imported and no
socket is made. Only the standard library's `socket` is used (the sd_notify protocol is one datagram on an
AF_UNIX socket; a leading "@" is Linux's abstract namespace).

KIOSK_DEBUG_FREEZE_GUI_AFTER_PINGS=N is a test hook: after N watchdog pings the GUI thread blocks for good,
as a hung GUI would (tests/appliance/ checks that the pings then stop). Never set it on a kiosk.
Thread: GUI (the timer and the first-frame hook run there; `on_frame`'s callback may come from the render thread
and only posts to the GUI thread).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socket

    from PySide6.QtCore import QObject, QTimer

FREEZE_ENV = "KIOSK_DEBUG_FREEZE_GUI_AFTER_PINGS"
MIN_PING_MS = 100  # a WatchdogSec below 0.2 s would make no sense for a GUI; never spin faster than this


def watchdog_interval_ms(env: Mapping[str, str], pid: int, parent_pid: int) -> int | None:
    """How often to send WATCHDOG=1 (half of WATCHDOG_USEC, in ms), or None when no watchdog is asked of us.

    systemd sets WATCHDOG_PID to the unit's main process: that is us when the kiosk runs directly, or cage,
    our parent, when it runs under cage. A WATCHDOG_PID naming any other process is not ours."""
    usec = env.get("WATCHDOG_USEC", "")
    if not usec.isdigit() or int(usec) == 0:
        return None
    owner = env.get("WATCHDOG_PID", "")
    if owner and owner.isdigit() and int(owner) not in (pid, parent_pid):
        return None
    return max(MIN_PING_MS, int(usec) // 2000)


def socket_address(value: str) -> str | bytes | None:
    """The AF_UNIX address in NOTIFY_SOCKET: a path, or "@name" for the abstract namespace."""
    if not value:
        return None
    if value.startswith("@"):
        return b"\0" + value[1:].encode()
    if value.startswith("/"):
        return value
    return None  # vsock: and other forms are not used for a kiosk unit


class Notifier:
    """Sends sd_notify messages on one datagram socket. A lost message is ignored: systemd acts on what it
    does not hear (a start time-out, a missed watchdog), which is what a kiosk that cannot send deserves."""

    def __init__(self, address: str | bytes) -> None:
        import socket

        self._address = address
        self._sock: socket.socket | None = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
        self.sent: list[str] = []  # what was sent, newest last (tests; at most a few entries are kept)
        self.timer: QTimer | None = None
        self._freeze_after = _int_or_none(os.environ.get(FREEZE_ENV, ""))
        self.pings = 0  # WATCHDOG=1 sent so far

    def send(self, message: str) -> bool:
        if self._sock is None:
            return False
        try:
            self._sock.sendto(message.encode(), self._address)
        except OSError:
            return False
        self.sent = [*self.sent[-7:], message]
        return True

    def ping(self) -> None:
        """One WATCHDOG=1 (from the timer on the GUI thread)."""
        self.send("WATCHDOG=1")
        self.pings += 1
        if self._freeze_after is not None and self.pings >= self._freeze_after:
            threading.Event().wait()  # the test hook: a GUI thread that never comes back

    def start_watchdog(self, interval_ms: int, parent: QObject) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer(parent)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.ping)
        self.timer.start()
        self.ping()  # the first one at once: the watchdog runs from the moment systemd heard READY=1

    def close(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        if self._sock is not None:
            self._sock.close()
            self._sock = None


def _int_or_none(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def start(on_frame: Callable[[Callable[[], None]], Callable[[], None]], parent: QObject,
          env: Mapping[str, str] | None = None) -> Notifier | None:
    """Arranges READY=1 (and the watchdog, when asked for) after the next frame shown; None without systemd.

    `on_frame` is `KioskWindow.on_frame`; `parent` is a QObject living on the GUI thread (it owns the timer)."""
    env = os.environ if env is None else env
    address = socket_address(env.get("NOTIFY_SOCKET", ""))
    if address is None:
        return None
    interval = watchdog_interval_ms(env, os.getpid(), os.getppid())
    notifier = Notifier(address)
    stop: list[Callable[[], None]] = []
    fired = threading.Event()

    def ready() -> None:  # on the GUI thread, after the first frame's own handlers
        if stop:
            stop.pop()()
        notifier.send("READY=1\nSTATUS=Showing the welcome screen")
        if interval is not None:
            notifier.start_watchdog(interval, parent)

    def first_frame() -> None:  # on the render thread on a real display
        if not fired.is_set():
            fired.set()
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, parent, ready)

    stop.append(on_frame(first_frame))
    return notifier
