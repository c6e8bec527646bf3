"""Sync by itself: a task on the app's asyncio (qasync) loop that runs a sync cycle every
`sync.interval_seconds`, at once after `nudge()` (a visitor's answer was stored), and backs off
exponentially with full jitter while the central database cannot be reached.

The cycle runs in a dedicated "kiosk-sync" thread — never on the GUI thread and never on the kiosk-db
worker — so a slow network delays no screen and no tap. While backing off, nudges are remembered but do
not cut the wait short (a queue of visitors must not hammer a struggling server); after a success the
next nudge starts a cycle at once. The sleep function and the random source are parameters, so tests
check the schedule without sleeping. `stop()` cancels the task and lets a cycle in flight finish (it is
safe to abandon: records are marked sent only after the central commit).
Thread: `start()`, `nudge()` and `stop()` on the loop's thread (`nudge()` and `submit()` are safe from others);
cycles on "kiosk-sync".
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from kiosk.sync.cycle import CycleReport

log = logging.getLogger(__name__)

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[Any]]
BACKOFF_BASE_SECONDS = 5.0


def backoff_delay(failures: int, *, base: float, cap: float, rng: random.Random) -> float:
    """Full jitter: a uniform draw from [0, min(cap, base * 2**(failures-1))] seconds."""
    ceiling = min(cap, base * 2.0 ** min(max(failures, 1) - 1, 62))
    return rng.uniform(0.0, ceiling)


class SyncRunner:
    def __init__(self, cycle: Callable[[], CycleReport], *, interval: float, backoff_max: float,
                 rng: random.Random | None = None, sleep: Sleep = asyncio.sleep,
                 backoff_base: float = BACKOFF_BASE_SECONDS, close: Callable[[], None] | None = None,
                 on_report: Callable[[CycleReport, float], None] | None = None) -> None:
        self._cycle, self._close = cycle, close
        self.interval, self.backoff_max, self.backoff_base = interval, backoff_max, backoff_base
        self._rng = rng or random.Random()
        self._sleep = sleep
        self._on_report = on_report  # (the cycle's report, the wait before the next) — for tests and logs
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-sync")
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread = 0
        self._task: asyncio.Task[None] | None = None
        self._in_flight: asyncio.Future[CycleReport] | None = None
        self.failures = 0
        self.last: CycleReport | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> asyncio.Task[None]:
        """Starts the task on the running loop (call it from a coroutine or callback); the first cycle runs at once."""
        if self._task is not None:
            raise RuntimeError("the sync runner was already started")
        self._loop = asyncio.get_running_loop()
        self._loop_thread = threading.get_ident()
        self._wake = asyncio.Event()
        self._task = self._loop.create_task(self._run(), name="kiosk-sync")
        return self._task

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Runs `fn` on the "kiosk-sync" thread, after any cycle in flight (one thread: never during one) —
        e.g. a staff member's sign-in and the cycle that sends their decisions. Safe from any thread; raises
        RuntimeError once the runner is stopped."""
        return self._executor.submit(fn)

    def run_once(self) -> Future[CycleReport]:
        """One cycle now on the "kiosk-sync" thread (after any in flight); it never raises."""
        return self.submit(self._safe_cycle)

    def nudge(self) -> None:
        """Asks for a sync as soon as possible (after the current one, or now if idle and healthy)."""
        if self._loop is None or self._wake is None or self._loop.is_closed():
            return
        if threading.get_ident() == self._loop_thread:
            self._wake.set()
        else:
            self._loop.call_soon_threadsafe(self._wake.set)

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            self._wake.clear()  # a nudge from here on (even during the cycle) asks for another cycle
            report = await self._run_cycle()
            self.last = report
            if report.ok:
                self.failures = 0
                delay = self.interval
            else:
                self.failures += 1
                delay = backoff_delay(self.failures, base=self.backoff_base, cap=self.backoff_max, rng=self._rng)
            if self._on_report is not None:
                self._on_report(report, delay)
            await self._wait(delay, wake_on_nudge=report.ok)

    async def _run_cycle(self) -> CycleReport:
        loop = asyncio.get_running_loop()
        self._in_flight = asyncio.wrap_future(self._executor.submit(self._safe_cycle), loop=loop)
        try:
            return await asyncio.shield(self._in_flight)
        finally:
            if self._in_flight.done():
                self._in_flight = None

    def _safe_cycle(self) -> CycleReport:
        try:
            return self._cycle()
        except Exception as e:  # a bug in a cycle must not end syncing for the rest of the day
            log.exception("unexpected error in a sync cycle")
            return CycleReport(False, error=f"Sync failed unexpectedly ({e.__class__.__name__}).")

    async def _wait(self, delay: float, *, wake_on_nudge: bool) -> None:
        assert self._wake is not None
        waiters: list[asyncio.Future[Any]] = [asyncio.ensure_future(self._sleep(delay))]
        if wake_on_nudge:
            waiters.append(asyncio.ensure_future(self._wake.wait()))
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waiters:
                w.cancel()
            await asyncio.gather(*waiters, return_exceptions=True)

    async def stop(self, grace: float = 10.0) -> None:
        """Cancels the task, lets a cycle in flight finish (up to `grace` seconds) and closes the cycle."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        in_flight = self._in_flight
        if in_flight is not None and not in_flight.done():
            try:
                await asyncio.wait_for(asyncio.shield(in_flight), grace)
            except TimeoutError:
                log.warning("a sync cycle was still running at shutdown; it is abandoned (nothing is lost)")
        if self._close is not None and (in_flight is None or in_flight.done()):
            close = asyncio.wrap_future(self._executor.submit(self._close))
            with contextlib.suppress(Exception):
                await asyncio.wait_for(close, grace)
        self._executor.shutdown(wait=False, cancel_futures=True)

