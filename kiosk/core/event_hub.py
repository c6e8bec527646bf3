"""The one event hub: every write use case says what it changed; screens refresh from what they hear.

    hub.publish(WallChanged(site="riverside"))          # from any thread (the database thread, usually)
    hub.subscribe(WallChanged, board.on_wall_changed)   # callbacks run on the GUI thread, in order

Events are the small value classes of kiosk.core.events. Publishing from a worker thread queues delivery to the
thread the hub lives on (the GUI thread) through one Qt queued signal, so subscribers never run on the
database or sync thread. Thread: `publish` any; callbacks on the hub's thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.core.events import Event

log = logging.getLogger(__name__)

E = TypeVar("E", bound=Event)


class EventHub(QObject):
    """Delivers events to subscribers of their type (or a base type) on the hub's own thread."""

    _queued = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._home = threading.get_ident()  # the hub stays on the thread that made it (never moved)
        self._subscribers: dict[type[Event], list[Callable[[Any], None]]] = {}
        self._lock = threading.Lock()
        self._queued.connect(self._deliver)

    def subscribe(self, kind: type[E], callback: Callable[[E], None]) -> None:
        with self._lock:
            self._subscribers.setdefault(kind, []).append(callback)

    def unsubscribe(self, kind: type[E], callback: Callable[[E], None]) -> None:
        with self._lock:
            callbacks = self._subscribers.get(kind, [])
            if callback in callbacks:
                callbacks.remove(callback)

    def publish(self, event: Event) -> None:
        if threading.get_ident() == self._home:  # (cheaper than asking Qt for the current QThread)
            self._deliver(event)
        else:
            self._queued.emit(event)  # a queued connection: delivered on the hub's thread

    def _deliver(self, event: Event) -> None:
        with self._lock:
            callbacks = [cb for kind, cbs in self._subscribers.items() if isinstance(event, kind) for cb in cbs]
        for callback in callbacks:
            try:
                callback(event)
            except Exception:  # one screen's bug must not stop the others hearing the news
                log.exception("an event subscriber failed on %r", event)
