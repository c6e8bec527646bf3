"""The idle tidy: when a visitor has gone and the kiosk rests on its home screen, the memory the app has already
freed is handed back to the system, so a kiosk that runs for weeks keeps a flat memory line.

Why: the kiosk makes and drops a screen's worth of QML objects for every screen shown (tens of thousands a week).
glibc's malloc keeps the pages of freed objects in the process (they stay in RSS, and fragmentation makes that
figure creep up); `malloc_trim(0)` gives whole free pages back to the kernel. Qt's JavaScript heap is collected
first (`QJSEngine.collectGarbage`), so the objects it frees are among what is trimmed. Measured on the soak
(benchmarks/soak.py): the tidy costs a few milliseconds for a ~70 MB heap.

The heap's settings (`tune_malloc`, once, right after the first frame — never before it: ctypes costs 10–25 ms
to import): glibc moves its mmap threshold up to the largest block freed so far (up to 32 MB), so after Qt has
freed one large buffer, every buffer up to that size is carved out of the heap, where the small objects made
around it keep its pages from ever being given back. A fixed threshold (`MMAP_THRESHOLD`, glibc's own starting
value) keeps every large block in a mapping of its own, returned to the kernel when it is freed; the trim
threshold is fixed at its start value too (it doubles with the mmap threshold). Measured on the soak's 20,000
flows: RSS after warm-up 214 → 199 MB, growth after it +8.6 → +4.6 MB (+4.0% → +2.3%), glibc's free-but-kept
25–30 → 10–12 MB. (A trim at every return home instead would not help: the soak's RSS after a trim is only
0.3–0.5 MB lower than before it; capping glibc's arenas at 2 changed nothing either: +2.29% against +2.34%.)

When: on the shell's `visitorLeft` (the idle timeout has passed: nobody is using the kiosk), only on a resting
screen (home, the sleeping screen) and at most once a minute (`MIN_GAP_SECONDS`, by the shell's clock, as its
idle timeout is) — never during a visitor's flow, and never often. On a C library without `malloc_trim` (musl,
macOS) only the JavaScript heap is collected. Thread: GUI.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from kiosk.shell.shell_model import ShellViewModel

log = logging.getLogger(__name__)
MIN_GAP_SECONDS = 60.0
MMAP_THRESHOLD = 128 * 1024  # bytes: blocks this big or bigger get a mapping of their own (glibc's start value)
TRIM_THRESHOLD = 128 * 1024  # bytes of free heap top that free() itself gives back (glibc's start value)
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt's parameters (glibc's malloc.h)


class _Glibc:
    """glibc's malloc_trim and mallopt, or None for each where the C library has none (musl, macOS)."""

    def __init__(self) -> None:
        import ctypes  # here, not at import: ctypes costs 10–25 ms, and this module loads before the first frame
        import ctypes.util

        self.trim: Callable[[int], int] | None = None
        self.mallopt: Callable[[int, int], int] | None = None
        try:
            try:
                libc = ctypes.CDLL("libc.so.6")
            except OSError:  # not glibc's usual name: ask (find_library may run a helper program)
                libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            trim, mallopt = libc.malloc_trim, libc.mallopt
        except (OSError, AttributeError):  # not glibc
            return
        trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
        mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
        self.trim, self.mallopt = trim, mallopt


@functools.cache
def _glibc() -> _Glibc:
    """Looked up at first use (after the first frame), never at import; once per process."""
    return _Glibc()


def malloc_trim() -> bool:
    """Gives glibc's free pages back to the kernel; whether anything was released (False without glibc)."""
    trim = _glibc().trim
    return bool(trim(0)) if trim is not None else False


def tune_malloc() -> bool:
    """Fixes glibc's mmap and trim thresholds (see the module's docstring); whether it could (False without
    glibc). Once per process, after the first frame."""
    mallopt = _glibc().mallopt
    if mallopt is None:
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))


class IdleTidy(QObject):
    """Runs the tidy on `visitorLeft` at a resting screen, at most every `gap` seconds of `now()` (default: the
    shell's clock).

    `collect` is the QML engine's garbage collection (`engine.collectGarbage`), `trim` the heap trim; tests pass
    their own to count the calls. `tune_heap()` fixes the heap's thresholds (kiosk.app calls it after the first
    frame)."""

    def __init__(self, shell: ShellViewModel, collect: Callable[[], None], *, trim: Callable[[], bool] = malloc_trim,
                 now: Callable[[], float] | None = None, gap: float = MIN_GAP_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else shell)
        self._shell, self._collect, self._trim, self._gap = shell, collect, trim, gap
        self._now = now or shell.clock.monotonic
        self._last: float | None = None
        self.runs = 0
        self.heap_tuned: bool | None = None  # None until tune_heap(); then whether glibc took the settings
        shell.visitorLeft.connect(self._visitor_left)

    def tune_heap(self) -> None:
        """The heap's fixed thresholds (`tune_malloc`), once."""
        if self.heap_tuned is None:
            self.heap_tuned = tune_malloc()

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
