"""The one helper for background work: database and file jobs run on a single worker thread, in order,
and their results or errors come back on the GUI thread.

    background.op(service.record, checkin).success(on_saved).failure(on_failed).run()

Errors without a `.failure()` handler go to one place, the `ErrorSink`, which logs them and hands them on
(`raised`) for the shell to show in words made when read (kiosk.shell.error_words).
Thread: `op()`/`run()` on the GUI thread; jobs on "kiosk-db".
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.core.errors import KioskError

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)
T = TypeVar("T")


class ErrorSink(QObject):
    """Where background errors end up: logged, and announced in plain words for the UI to show."""

    errorRaised = Signal(str, str)  # kind, message (in the language in use when it was raised)
    raised = Signal(object)  # the error itself: its words are made when shown (kiosk.shell.error_words)

    def report(self, error: BaseException) -> None:
        from kiosk.shell.error_words import kind_words

        if not isinstance(error, KioskError):
            log.error("unexpected error in background work", exc_info=error)
        else:
            log.warning("%s: %s", error.kind, error)
        kind = error.kind if isinstance(error, KioskError) else "unexpected"
        self.errorRaised.emit(kind, kind_words(kind))
        self.raised.emit(error)


class _Bridge(QObject):
    finished = Signal(object, object)  # the Op, the Future


class Op(Generic[T]):
    def __init__(self, runner: Background, fn: Callable[..., T], args: tuple[Any, ...]) -> None:
        self._runner, self._fn, self._args = runner, fn, args
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        self._failure = callback
        return self

    def run(self) -> Future[T]:
        return self._runner._submit(self)

    def _deliver(self, future: Future[T]) -> None:
        error = future.exception()
        if error is None:
            if self._success is not None:
                self._success(future.result())
        elif self._failure is not None:
            self._failure(error)
        else:
            self._runner.errors.report(error)


class Background:
    """A single worker thread for all database and file work, so writes stay in order."""

    def __init__(self, errors: ErrorSink | None = None) -> None:
        self.errors = errors or ErrorSink()
        # The thread (and concurrent.futures) start with the first job: at start-up that is after the first
        # frame, so the welcome screen does not wait for them.
        self._pool: ThreadPoolExecutor | None = None
        self._closed = False
        self._bridge = _Bridge()
        # Emitted from the worker thread, so Qt's automatic connection queues it to the GUI thread.
        self._bridge.finished.connect(self._on_finished)
        self._pending = 0
        self._lock = threading.Lock()

    def op(self, fn: Callable[..., T], *args: Any) -> Op[T]:
        return Op(self, fn, args)

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def _submit(self, op: Op[T]) -> Future[T]:
        with self._lock:
            if self._closed:
                raise RuntimeError("the background runner has shut down")
            self._pending += 1
            if self._pool is None:
                from concurrent.futures import ThreadPoolExecutor

                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-db")
            pool = self._pool
        future = pool.submit(op._fn, *op._args)
        future.add_done_callback(lambda f: self._bridge.finished.emit(op, f))
        return future

    def _on_finished(self, op: Op[Any], future: Future[Any]) -> None:
        with self._lock:
            self._pending -= 1
        try:
            op._deliver(future)
        except Exception as e:  # a bug in a callback must not kill the kiosk
            self.errors.report(e)

    def shutdown(self) -> None:
        """Waits for queued writes to finish (a visitor's answer is never dropped at exit)."""
        with self._lock:
            self._closed, pool = True, self._pool
        if pool is not None:
            pool.shutdown(wait=True)
