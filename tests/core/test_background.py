"""The one database thread: started by the first job (not at start-up), jobs in order, results on the GUI
thread, queued writes finished at shutdown and nothing taken after it."""

from __future__ import annotations

import threading

import pytest

from kiosk.core.background import Background


def _db_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.startswith("kiosk-db")}


def test_the_thread_starts_with_the_first_job_and_runs_jobs_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    before = _db_threads()
    background = Background()
    try:
        assert _db_threads() == before, "no thread before there is work (the first frame does not wait for one)"
        done: list[tuple[int, str]] = []
        ran_on: list[str] = []

        def job(i: int) -> int:
            ran_on.append(threading.current_thread().name)
            return i

        for i in range(5):
            background.op(job, i).success(lambda i: done.append((i, threading.current_thread().name))).run()
        qtbot.waitUntil(lambda: len(done) == 5)
        assert [i for i, _ in done] == [0, 1, 2, 3, 4]
        assert {name for _, name in done} == {threading.main_thread().name}  # results on the GUI thread
        assert len(set(ran_on)) == 1 and ran_on[0].startswith("kiosk-db")
        assert len(_db_threads() - before) == 1
    finally:
        background.shutdown()


def test_shutdown_finishes_queued_jobs_and_takes_no_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    background = Background()
    gate, stored = threading.Event(), list[str]()
    background.op(gate.wait, 10).run()
    background.op(stored.append, "answer").run()
    gate.set()
    background.shutdown()
    assert stored == ["answer"]
    with pytest.raises(RuntimeError):
        background.op(stored.append, "late").run()


def test_shutdown_without_any_job_is_fine() -> None:
    Background().shutdown()
