"""What's on's screenshot scenes for visitors: the Today, This week and Open now tabs, and one listing's
detail with its QR code (and with "Add to my calendar" chosen) — reached through the home screen's door and
the tabs, as a visitor would.

The listings are whatever the kiosk's store holds (`kiosk screenshots` seeds the demo's week); with none,
the lists show their kind empty words, and the detail scene shows a sample listing so it can still be
pictured. Registered in order by `register` (kiosk.shell.stage explains scenes); production code never
imports this module. Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject

from kiosk.core.clock import local_date
from kiosk.shell.stage import SceneBook, SceneError, Stage
from kiosk.whatson.whatson_model import WhatsOnViewModel

if TYPE_CHECKING:
    from kiosk.whatson.rules.listings import Listing


def _open(stage: Stage, tab: str) -> WhatsOnViewModel:
    model = stage.model("whatson", WhatsOnViewModel)
    stage.kiosk.shell.openDoor("whatson")
    stage.screen_is("whatson")
    stage.wait_until(lambda: not model.loading and not model.reading, "the listings to be read")
    model.setTab(tab)
    stage.wait_until(lambda: model.property("filter").property("tab") == tab, f"the {tab!r} tab")
    return model


def tab(name: str) -> Callable[[Stage], None]:
    """What's on with the tab `name` chosen ("today", "week" or "open")."""
    def play(stage: Stage) -> None:
        _open(stage, name)

    return play


def listing(stage: Stage) -> None:
    """The first activity on this week that is not cancelled, as if tapped."""
    model = _open(stage, "week")
    rows = model.list_model("entries").rows()
    ids = [(i, r["listingId"]) for i, r in enumerate(rows) if not r["cancelled"]]
    if ids:
        index, listing_id = ids[0]
        model.openListing(listing_id, index)
    else:
        from kiosk.whatson.rules.demo_listings import demo_listings

        today = local_date(stage.kiosk.clock.now(), stage.kiosk.config.timezone)
        model.show_detail(demo_listings(today)[0])  # a kiosk with no listings: a sample, to picture the screen
        stage.kiosk.shell.show("listing")
    stage.screen_is("listing")


def listing_calendar(stage: Stage) -> None:
    """The `listing` scene with "Add to my calendar" tapped: the code of its next session as an event."""
    listing(stage)
    button = stage.item("listing.takeaway.calendar")
    if button is None or not button.isVisible():
        raise SceneError(f"scene {stage.scene!r}: the listing offers no 'Add to my calendar'")
    QMetaObject.invokeMethod(button, "click")  # as a tap does
    event = stage.model("whatson", WhatsOnViewModel).property("detail").property("calendarQr")

    def shown() -> bool:
        qr = stage.item("listing.qr")
        return qr is not None and qr.property("source").toString() == event

    stage.wait_until(shown, "the calendar code")


def imported_sample(today: date, timezone: str, categories_file: str = "") -> Listing:
    """A listing imported from an OpenActive item that gives no price, no booking rule and nothing about
    access (through the category mapping in use)."""
    from kiosk.whatson.imports.command import load_categories
    from kiosk.whatson.imports.openactive import parse_rpde

    data = {"@type": "SessionSeries", "name": "Walking netball", "description": "A gentle game for all abilities.",
            "location": {"name": "Riverside Sports Centre", "address": {
                "streetAddress": "3 Mill Road", "addressLocality": "Glasgow", "postalCode": "G3 8AA"}},
            "organizer": {"name": "Glasgow Netball Club"}, "activity": [{"prefLabel": "Walking Netball"}],
            "eventSchedule": [{"repeatFrequency": "P1W", "byDay": ["https://schema.org/Wednesday"],
                               "startTime": "13:00", "endTime": "14:00", "startDate": today.isoformat()}]}
    parsed = parse_rpde([("scene", {"items": [{"state": "updated", "kind": "SessionSeries", "id": "netball",
                                                "modified": 1, "data": data}], "next": "x"})],
                        timezone=timezone, today=today, categories=load_categories(categories_file or None))
    return parsed.listings[0]


def imported_listing(stage: Stage) -> None:
    """The detail of `imported_sample`: the screen claims nothing the source did not say (no "Free", no
    "Please book first", no access feature)."""
    model = _open(stage, "week")
    config = stage.kiosk.config
    today = local_date(stage.kiosk.clock.now(), config.timezone)
    model.show_detail(imported_sample(today, config.timezone, config.categories_file))
    stage.kiosk.shell.show("listing")
    stage.screen_is("listing")


def register(book: SceneBook) -> None:
    book.add("whatson", tab("today"))
    book.add("whatson-week", tab("week"))
    book.add("whatson-open", tab("open"))
    book.add("listing", listing)
    book.add("listing-calendar", listing_calendar)
    book.add("listing-imported", imported_listing)
