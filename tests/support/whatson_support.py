"""Helpers for the What's on tests: a real kiosk at a chosen moment in Europe/London, with listings in its
local `site_content` mirror, and ways to read what the screen shows."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, update

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.data import migrate
from kiosk.data.engine import sqlite_engine
from kiosk.data.models import Base
from kiosk.whatson.detail_model import ListingDetail
from kiosk.whatson.filter_model import WhatsOnFilter
from kiosk.whatson.lists_model import WhatsOnLists
from kiosk.whatson.rules.demo_listings import demo_listings
from kiosk.whatson.rules.listing_json import listing_to_json
from kiosk.whatson.rules.listings import Accessibility, Kind, Listing, Place, Price
from kiosk.whatson.rules.schedules import Cancellation, OpeningHours, Recurring, Sessions
from kiosk.whatson.whatson_model import WhatsOnViewModel
from tests.support import qmlhelpers
from tests.support.qmlhelpers import find, walk
from tests.support.qtkiosk import make_kiosk
from tests.support.qtprops import prop

LONDON = ZoneInfo("Europe/London")
CONTENT = Base.metadata.tables["site_content"]
TUESDAY_10AM = datetime(2026, 11, 24, 10, 0, tzinfo=LONDON)  # GMT: 10:00 UTC
SUNDAY_7PM = datetime(2026, 11, 29, 19, 0, tzinfo=LONDON)


settle = qmlhelpers.settle


def tap(window: QQuickWindow, name: str) -> None:
    settle(window)
    qmlhelpers.tap(window, name)


def london(moment: datetime) -> ManualClock:
    return ManualClock(moment.astimezone(UTC))


def store_listings(config: settings.Config, listings: Iterable[Listing], *, version: int = 1,
                   raw: Sequence[tuple[uuid.UUID, str]] = ()) -> None:
    """Puts listings into the local site_content mirror, as a pull would (plus `raw` payloads as they are)."""
    engine = sqlite_engine(config.database_path)
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            rows = [(x.id, json.dumps(listing_to_json(x), ensure_ascii=False)) for x in listings] + list(raw)
            for content_id, payload in rows:
                values = dict(payload=payload, version=version, archived=False,
                              updated_at=datetime(2026, 11, 1, tzinfo=UTC), updated_by="test", change_seq=1)
                done = conn.execute(update(CONTENT).where(CONTENT.c.id == content_id).values(**values)).rowcount
                if not done:
                    conn.execute(insert(CONTENT).values(id=content_id, site=config.site_id, kind="listing",
                                                        **values))
    finally:
        engine.dispose()


def demo_week(today: date) -> tuple[Listing, ...]:
    return demo_listings(today)


def kiosk_with(qtbot: QtBot, config: settings.Config, clock: ManualClock, listings: Iterable[Listing],
               size: QSize = QSize(1080, 1920)) -> Kiosk:  # noqa: B008
    store_listings(config, listings)
    return make_kiosk(qtbot, config, clock, size)


def whatson(kiosk: Kiosk) -> WhatsOnViewModel:
    model = kiosk.window.models["whatson"]
    assert isinstance(model, WhatsOnViewModel)
    return model


def filter_part(model: WhatsOnViewModel) -> WhatsOnFilter:
    """`models.whatson.filter`: the tab and the chip."""
    return prop(model, "filter", WhatsOnFilter)


def lists_part(model: WhatsOnViewModel) -> WhatsOnLists:
    """`models.whatson.lists`: the lists and the empty-state words."""
    return prop(model, "lists", WhatsOnLists)


def detail_part(model: WhatsOnViewModel) -> ListingDetail:
    """`models.whatson.detail`: the open listing (a new object each time one opens)."""
    return prop(model, "detail", ListingDetail)


def screen_is(kiosk: Kiosk, name: str) -> bool:
    return kiosk.shell.screen == name and find(kiosk.window.window, name) is not None


def open_whatson(qtbot: QtBot, kiosk: Kiosk) -> WhatsOnViewModel:
    """Taps the home door and waits until the listings have arrived from the database thread."""
    model = whatson(kiosk)
    tap(kiosk.window.window, "home.whatson")
    qtbot.waitUntil(lambda: screen_is(kiosk, "whatson") and not model.reading and not model.loading)
    settle(kiosk.window.window)
    return model


def texts(kiosk: Kiosk) -> list[str]:
    """Every visible text on the screen (inside the window), top to bottom."""
    window = kiosk.window.window
    settle(window)
    found = []
    for item in walk(window.contentItem()):
        if item.inherits("QQuickText") and item.isVisible() and item.property("text") and _shown(item, window):
            r = item.mapRectToScene(item.boundingRect())
            if r.bottom() > 0 and r.top() < window.height():
                found.append((r.top(), r.left(), item.property("text")))
    return [t for _, _, t in sorted(found)]


_KNOWN: dict[str, object] = {"price": Price(), "drop_in": False, "accessibility": Accessibility()}


def weekly(title: str, days: str, start: str, end: str, *, category: str = "Social",
           cancellations: tuple[Cancellation, ...] = (), **kw: object) -> Listing:
    """A plain weekly activity at the hub (free, book first, no access features: said, not unknown)."""
    kw = _KNOWN | kw
    return Listing(id=uuid.uuid5(uuid.NAMESPACE_URL, f"test/{title}"), kind=Kind.ACTIVITY, title=title,
                   category=category, place=Place("Riverside Community Hub", "Main hall", "12 Kelvin Street"),
                   schedule=Sessions((Recurring.weekly(days, start, end, starts_on=date(2026, 1, 5)),),
                                     cancellations=cancellations), **kw)  # type: ignore[arg-type]


def space(title: str, hours: dict[str, list[tuple[str, str]]], *, category: str = "Warm spaces",
          **kw: object) -> Listing:
    kw = _KNOWN | kw
    return Listing(id=uuid.uuid5(uuid.NAMESPACE_URL, f"test/{title}"), kind=Kind.SPACE, title=title,
                   category=category, place=Place("Riverside Library"), schedule=OpeningHours.of(hours),
                   **kw)  # type: ignore[arg-type]


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=LONDON)


def _shown(item: QQuickItem, window: QQuickWindow) -> bool:
    """Inside every clipping ancestor (a list's rows scrolled out of view are not shown)."""
    parent = item.parentItem()
    r = item.mapRectToScene(item.boundingRect())
    while parent is not None:
        if parent.clip():
            box = parent.mapRectToScene(parent.boundingRect())
            if not box.intersects(r):
                return False
        parent = parent.parentItem()
    return True
