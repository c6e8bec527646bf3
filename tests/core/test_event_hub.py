"""The event hub: published on its own thread, delivered at once; from another thread (the database thread),
delivered later on the hub's thread, in order; a subscriber to a base type hears its subclasses."""

from __future__ import annotations

import threading

from kiosk.core.event_hub import EventHub
from kiosk.core.events import CheckInRecorded, Event, WallChanged


def test_on_its_own_thread_delivery_is_immediate(qtbot) -> None:  # type: ignore[no-untyped-def]
    hub = EventHub()
    heard: list[Event] = []
    hub.subscribe(CheckInRecorded, heard.append)
    hub.publish(CheckInRecorded("yes"))
    assert heard == [CheckInRecorded("yes")]


def test_from_another_thread_it_arrives_on_the_hubs_thread_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    hub = EventHub()
    heard: list[tuple[Event, str]] = []
    hub.subscribe(Event, lambda e: heard.append((e, threading.current_thread().name)))

    def worker() -> None:
        for answer in ("yes", "no"):
            hub.publish(CheckInRecorded(answer))
        hub.publish(WallChanged("riverside"))

    t = threading.Thread(target=worker, name="kiosk-db-test")
    t.start()
    t.join()
    assert heard == []  # not on the worker: queued for the hub's thread
    qtbot.waitUntil(lambda: len(heard) == 3)
    assert [e for e, _ in heard] == [CheckInRecorded("yes"), CheckInRecorded("no"), WallChanged("riverside")]
    assert {name for _, name in heard} == {threading.main_thread().name}
