"""The idle tidy: when a visitor has gone and the kiosk rests on its home screen, the memory the app has already
freed is handed back to the system, so a kiosk that runs for weeks keeps a flat memory line.

Why: the kiosk makes and drops a screen's worth of QML objects for every screen shown (tens of thousands a week).
glibc's malloc keeps the pages of freed objects in the process (they stay in RSS, and fragmentation makes that
figure creep up); `malloc_trim(0)` gives whole free pages back to the kernel. Qt's JavaScript heap is collected
first (`QJSEngine.collectGarbage`), so the objects it frees are among what is trimmed. Measured on the soak
(benchmarks/soak.py): the tidy costs a few milliseconds for a ~70 MB heap.

When: on the shell's `visitorLeft` (the idle timeout has passed: nobody is using the kiosk), only on a resting
screen (home, the sleeping screen) and at most once a minute (`MIN_GAP_SECONDS`, by the shell's clock, as its
idle timeout is) — never during a visitor's flow, and never often. On a C library without `malloc_trim` (musl,
macOS) only the JavaScript heap is collected. Thread: GUI.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from kiosk.shell.shell_model import ShellViewModel

log = logging.getLogger(__name__)
MIN_GAP_SECONDS = 60.0


def _find_malloc_trim() -> Callable[[int], int] | None:
    import ctypes  # here, not at import: ctypes costs 10–25 ms to import, and this module loads before the first frame
    import ctypes.util

    try:
        try:
            libc = ctypes.CDLL("libc.so.6")
        except OSError:  # not glibc's usual name: ask (find_library may run a helper program)
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_MALLOC_TRIM: list[Callable[[int], int] | None] = []  # looked up at the first tidy, never at import


def malloc_trim() -> bool:
    """Gives glibc's free pages back to the kernel; whether anything was released (False without glibc)."""
    if not _MALLOC_TRIM:
        _MALLOC_TRIM.append(_find_malloc_trim())
    trim = _MALLOC_TRIM[0]
    return bool(trim(0)) if trim is not None else False


class IdleTidy(QObject):
    """Runs the tidy on `visitorLeft` at a resting screen, at most every `gap` seconds of `now()` (default: the
    shell's clock).

    `collect` is the QML engine's garbage collection (`engine.collectGarbage`), `trim` the heap trim; tests pass
    their own to count the calls."""

    def __init__(self, shell: ShellViewModel, collect: Callable[[], None], *, trim: Callable[[], bool] = malloc_trim,
                 now: Callable[[], float] | None = None, gap: float = MIN_GAP_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else shell)
        self._shell, self._collect, self._trim, self._gap = shell, collect, trim, gap
        self._now = now or shell.clock.monotonic
        self._last: float | None = None
        self.runs = 0
        shell.visitorLeft.connect(self._visitor_left)

    @Slot()
    def _visitor_left(self) -> None:
        if not self._shell.resting():
            return  # (a screen that stays when idle is resting; any other was just sent home before this signal)
        now = self._now()
        if self._last is not None and now - self._last < self._gap:
            return
        self._last = now
        self.tidy()

    def tidy(self) -> None:
        """Collects the JavaScript heap and trims malloc's free pages (a few milliseconds)."""
        started = time.perf_counter()
        self._collect()
        released = self._trim()
        self.runs += 1
        log.debug("idle tidy: %.1f ms, pages released: %s", 1000 * (time.perf_counter() - started), released)
