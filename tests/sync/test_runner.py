"""The background sync runner: the schedule (interval, exponential backoff with full jitter, capped), nudges,
a clean stop — checked with a fake sleep and fake cycles, so no test sleeps or asserts on timing."""

from __future__ import annotations

import asyncio
import random
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from kiosk.core.clock import ManualClock
from kiosk.data.outbox import SyncState
from kiosk.sync.cycle import CycleReport, SyncCycle
from kiosk.sync.runner import SyncRunner, backoff_delay
from tests.support.pgserver import free_port
from tests.sync.kiosks import central_db, kiosk_config, local_store

OK = CycleReport(True)
DOWN = CycleReport(False, error="Cannot reach the central database (connection refused).")
WAIT = 30.0  # a guard against a hang, never a timing assertion


class Ceiling(random.Random):
    """A random source whose uniform draw is always the top of the range: shows the backoff ceilings."""

    def uniform(self, a: float, b: float) -> float:
        return b


def test_backoff_doubles_from_the_base_up_to_the_cap() -> None:
    ceilings = [backoff_delay(n, base=5, cap=300, rng=Ceiling()) for n in range(1, 10)]
    assert ceilings == [5, 10, 20, 40, 80, 160, 300, 300, 300]
    assert backoff_delay(10_000, base=5, cap=300, rng=Ceiling()) == 300  # no overflow after days offline


def test_backoff_is_full_jitter_between_zero_and_the_ceiling() -> None:
    rng = random.Random(1)
    draws = [backoff_delay(4, base=5, cap=300, rng=rng) for _ in range(500)]
    assert all(0 <= d <= 40 for d in draws)
    assert min(draws) < 4 and max(draws) > 36  # spread over the whole range, not bunched at the top


class Script:
    """A fake cycle: returns the given reports in turn (then OK), counting calls; can be made to block."""

    def __init__(self, *reports: CycleReport) -> None:
        self.reports = list(reports)
        self.calls = 0
        self.threads: set[str] = set()
        self.release = threading.Event()
        self.release.set()
        self.entered = threading.Event()

    def __call__(self) -> CycleReport:
        self.calls += 1
        self.threads.add(threading.current_thread().name)
        self.entered.set()
        self.release.wait(WAIT)
        return self.reports.pop(0) if self.reports else OK


class FakeSleep:
    """Records each wait; returns at once for the first `free` waits, then parks until `wake_up()`."""

    def __init__(self, free: int) -> None:
        self.delays: list[float] = []
        self.free = free
        self._gate: asyncio.Event | None = None

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        if len(self.delays) > self.free:
            self._gate = asyncio.Event()
            await self._gate.wait()

    def wake_up(self) -> None:
        assert self._gate is not None
        self._gate.set()


async def _until(predicate: Callable[[], bool]) -> None:
    async def poll() -> None:
        while not predicate():
            await asyncio.sleep(0.001)

    await asyncio.wait_for(poll(), WAIT)


def _run(test: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(test())  # type: ignore[arg-type]


def test_the_schedule_backs_off_while_down_and_returns_to_the_interval() -> None:
    script = Script(DOWN, DOWN, DOWN, DOWN, OK, OK)
    sleep = FakeSleep(free=6)
    closed: list[bool] = []
    seen: list[tuple[bool, float]] = []

    async def test() -> None:
        runner = SyncRunner(script, interval=60, backoff_max=30, rng=random.Random(5), sleep=sleep,
                            close=lambda: closed.append(True), on_report=lambda r, d: seen.append((r.ok, d)))
        runner.start()
        await _until(lambda: len(sleep.delays) == 7)
        await runner.stop()

    _run(test)
    expected_rng = random.Random(5)
    backoff = [expected_rng.uniform(0, ceiling) for ceiling in (5, 10, 20, 30)]  # the cap is 30
    assert sleep.delays == [*backoff, 60, 60, 60]
    assert [ok for ok, _ in seen] == [False] * 4 + [True] * 3
    assert script.calls == 7
    assert script.threads == {"kiosk-sync_0"}  # never the loop's thread, never the kiosk-db worker
    assert closed == [True]


def test_a_nudge_starts_a_cycle_at_once_when_healthy() -> None:
    script = Script()
    sleep = FakeSleep(free=0)  # the interval never ends by itself

    async def test() -> None:
        runner = SyncRunner(script, interval=60, backoff_max=300, sleep=sleep)
        runner.start()
        await _until(lambda: len(sleep.delays) == 1)
        runner.nudge()
        await _until(lambda: len(sleep.delays) == 2)
        await runner.stop()

    _run(test)
    assert script.calls == 2


def test_a_nudge_during_a_cycle_asks_for_another_right_after() -> None:
    script = Script()
    script.release.clear()
    sleep = FakeSleep(free=0)

    async def test() -> None:
        runner = SyncRunner(script, interval=60, backoff_max=300, sleep=sleep)
        runner.start()
        await asyncio.wait_for(asyncio.to_thread(script.entered.wait, WAIT), WAIT)
        runner.nudge()  # a visitor answered while the push was on the wire
        script.release.set()
        await _until(lambda: script.calls == 2)
        await _until(lambda: len(sleep.delays) == 2)
        await runner.stop()

    _run(test)
    assert script.calls == 2


def test_nudges_do_not_cut_a_backoff_short() -> None:
    script = Script(DOWN)
    sleep = FakeSleep(free=0)

    async def test() -> None:
        runner = SyncRunner(script, interval=60, backoff_max=300, rng=random.Random(2), sleep=sleep)
        runner.start()
        await _until(lambda: len(sleep.delays) == 1)
        for _ in range(5):
            runner.nudge()
            await asyncio.sleep(0)
        for _ in range(20):
            await asyncio.sleep(0)
        assert script.calls == 1  # still waiting out the backoff
        sleep.wake_up()
        await _until(lambda: script.calls == 2)
        await runner.stop()

    _run(test)


def test_a_nudge_from_another_thread_is_safe() -> None:
    script = Script()
    sleep = FakeSleep(free=0)

    async def test() -> None:
        runner = SyncRunner(script, interval=60, backoff_max=300, sleep=sleep)
        runner.start()
        await _until(lambda: len(sleep.delays) == 1)
        await asyncio.to_thread(runner.nudge)
        await _until(lambda: script.calls == 2)
        await runner.stop()

    _run(test)


def test_a_failing_cycle_is_a_failure_not_the_end_of_syncing(caplog: pytest.LogCaptureFixture) -> None:
    calls = 0

    def broken() -> CycleReport:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise ZeroDivisionError("a bug")
        return OK

    sleep = FakeSleep(free=1)
    reports: list[CycleReport] = []

    async def test() -> None:
        runner = SyncRunner(broken, interval=60, backoff_max=300, sleep=sleep, on_report=lambda r, d: reports.append(r))
        runner.start()
        await _until(lambda: len(reports) == 2)
        await runner.stop()

    _run(test)
    assert [r.ok for r in reports] == [False, True]
    assert reports[0].error == "Sync failed unexpectedly (ZeroDivisionError)."
    assert "unexpected error in a sync cycle" in caplog.text


def test_stop_lets_a_cycle_in_flight_finish_then_closes() -> None:
    script = Script()
    script.release.clear()
    order: list[str] = []

    async def test() -> None:
        runner = SyncRunner(script, interval=60, backoff_max=300, sleep=FakeSleep(free=0),
                            close=lambda: order.append("closed"))
        runner.start()
        await asyncio.wait_for(asyncio.to_thread(script.entered.wait, WAIT), WAIT)
        stopping = asyncio.ensure_future(runner.stop(grace=WAIT))
        await _until(lambda: not runner.running)  # the task ends; the thread's work goes on
        assert not stopping.done()  # stop() waits for it
        order.append("released")
        script.release.set()
        await stopping

    _run(test)
    assert order == ["released", "closed"]


def test_stop_before_start_and_twice_is_harmless() -> None:
    async def test() -> None:
        runner = SyncRunner(Script(), interval=60, backoff_max=300, sleep=FakeSleep(free=0))
        await runner.stop()
        await runner.stop()

    _run(test)


# -- the real cycle's bookkeeping ----------------------------------------------------------------------

def test_a_cycle_records_the_error_in_plain_words_then_the_success(tmp_path: Path, clock: ManualClock) -> None:
    down = kiosk_config(tmp_path, f"postgresql://kiosk@127.0.0.1:{free_port()}/central")
    with local_store(down) as local:
        cycle = SyncCycle(down, clock, local=local)
        try:
            report = cycle.run()
        finally:
            cycle.close()
        state = SyncState(local)
        assert not report.ok
        assert report.error == ("Cannot reach the central database (connection refused). "
                                "Answers are safe on this kiosk and will be sent when it is back.")
        assert state.get(SyncState.LAST_ERROR) == report.error
        assert state.moment(SyncState.LAST_ERROR_AT) == clock.now()
        assert state.get(SyncState.LAST_SUCCESS) is None

        central = central_db(str(tmp_path / "central.sqlite3"))
        up = kiosk_config(tmp_path, str(tmp_path / "central.sqlite3"))
        clock.advance(30)
        cycle = SyncCycle(up, clock, local=local)
        try:
            assert cycle.run().ok
        finally:
            cycle.close()
            central.dispose()
        assert state.moment(SyncState.LAST_SUCCESS) == clock.now()
        assert state.get(SyncState.LAST_ERROR) == report.error  # kept, and older than the success


@pytest.mark.parametrize(("url", "words"), [
    ("", "Sync is off: sync.central_url is not set"),
    ("{tmp}/missing.sqlite3", "The central database file {tmp}/missing.sqlite3 does not exist"),
])
def test_a_cycle_that_cannot_start_says_why(tmp_path: Path, clock: ManualClock, url: str, words: str) -> None:
    config = kiosk_config(tmp_path, url.format(tmp=tmp_path))
    with local_store(config) as local:
        cycle = SyncCycle(config, clock, local=local)
        try:
            report = cycle.run()
        finally:
            cycle.close()
    assert not report.ok and report.error is not None
    assert report.error.startswith(words.format(tmp=tmp_path))
