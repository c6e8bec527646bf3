"""What's on screen changes with 2,000 listings: from a tab or chip tap to the list model being reset.

    python -m benchmarks.whatson_screen [--listings 2000] [--changes 200] [--seed 3] [--dir DIR]

The kiosk is the real one (kiosk.app.build, offscreen) showing the What's on screen, with the 2,000
listings of benchmarks/whatson.py (a realistic mix over 12 categories) in its local store and read once
through the real loader (ListingService, on the database thread; reported as "load"). Then the visitor
changes screen 200 times — Today, This week, Open now and category chips in turn, as WhatsOnViewModel
.filter.setTab/.setCategory (what the buttons call) — while the clock moves on 17 minutes a change (so the walk
crosses midnights and the schedule memo keeps meeting new days). For each change:
  model reset   the tap's slot until the shown list's model has been reset (whats_on / open_spaces, the rows;
                timed by a slot connected before the screen's own, so the QML list's reaction is not in it)
  list rebuilt  until the slot returns: the QML list has also reacted to the reset (its delegates for the
                rows on screen made, their text formatted) — Qt's signal delivery included
  +Qt events    plus one full pass of Qt event processing (bindings, polish, and the frame it renders
                offscreen): the goal metric, the strictest reading of "Qt event processing included"
Goal: +Qt events p95 ≤ 33 ms (two frames at 60 Hz). A busy machine (other processes on the 2 cores) can
double every figure here, the domain's own benchmark (benchmarks/whatson.py) included: compare on a quiet one.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks._stats import median, percentile, table

if TYPE_CHECKING:  # imported late when run, so that the timings start before Qt and the kiosk load
    from PySide6.QtQuick import QQuickItem

    from kiosk.core.config import Config
    from kiosk.whatson.rules.listings import Listing

GOAL_MS = 33.0
STEP = timedelta(minutes=17)


def _changes(activity_categories: list[str], space_categories: list[str], n: int) -> list[tuple[str, str]]:
    """A visitor's taps, in a repeating pattern that visits every tab and several chips of each."""
    pattern: list[tuple[str, str]] = []
    for i in range(max(len(activity_categories), len(space_categories))):
        a = activity_categories[i % len(activity_categories)] if activity_categories else ""
        s = space_categories[i % len(space_categories)] if space_categories else ""
        pattern += [("tab", "week"), ("chip", a), ("chip", ""), ("tab", "today"), ("chip", a), ("tab", "open"),
                    ("chip", s), ("tab", "week")]
    return [pattern[i % len(pattern)] for i in range(n)]


def run(n: int, changes: int, seed: int, root: Path) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from benchmarks.whatson import START, make_listings
    from kiosk.app import build
    from kiosk.core import config as settings
    from kiosk.core.clock import ManualClock
    from kiosk.whatson.feature import load_listings
    from kiosk.whatson.filter_model import WhatsOnFilter
    from kiosk.whatson.rules.listings import Kind
    from kiosk.whatson.rules.schedules import clear_caches
    from kiosk.whatson.rules.whats_on import categories
    from kiosk.whatson.whatson_model import WhatsOnViewModel

    config = settings.load(env={"KIOSK_DATA_DIR": str(root / "kiosk")})
    listings = make_listings(n, seed)
    _store(config, listings)
    clock = ManualClock(START)
    kiosk = build(config, clock)
    results: dict[str, list[float]] = {"model reset": [], "list rebuilt": [], "+Qt events": [], "load": []}
    try:
        window = kiosk.window.window
        window.show()
        for _ in range(5):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        model = kiosk.window.models["whatson"]
        assert isinstance(model, WhatsOnViewModel)
        choice = model.property("filter")  # the tab and chip, as QML reads them (`models.whatson.filter`)
        assert isinstance(choice, WhatsOnFilter)
        t0 = time.perf_counter()
        loaded = kiosk.background.op(load_listings, kiosk.services, config, clock).run().result(timeout=120)
        results["load"].append(time.perf_counter() - t0)
        reset_at: dict[str, float] = {}
        for name in ("entries", "spaces"):  # connected before the screen's lists, so called before them
            model.list_model(name).modelReset.connect(
                lambda name=name: reset_at.__setitem__(name, time.perf_counter()))
        clear_caches()
        model.set_listings(loaded)
        kiosk.shell.show("whatson")
        while model.reading:  # the screen's own read on entering; same content, so no second reset
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QCoreApplication.processEvents()
        views = [i for i in _walk(window.contentItem()) if i.objectName() in ("whatson.list", "whatson.spaces")]
        assert len(views) == 2, "the What's on lists are not on screen"
        taps = _changes(list(categories(listings, Kind.ACTIVITY)), list(categories(listings, Kind.SPACE)), changes)
        for kind, value in taps:
            clock.advance(STEP.total_seconds())
            reset_at.clear()
            t0 = time.perf_counter()
            if kind == "tab":
                choice.setTab(value)
            else:
                choice.setCategory(value)
            t_rebuilt = time.perf_counter()
            if not reset_at:  # the same tab or chip again: nothing to do, nothing to time
                continue
            t_model = reset_at["spaces" if choice.property("spacesTab") else "entries"]
            QCoreApplication.processEvents()
            view: QQuickItem = views[1] if choice.property("spacesTab") else views[0]
            view.ensurePolished()  # (already laid out by the event pass; here in case it was not)
            t_events = time.perf_counter()
            results["model reset"].append(t_model - t0)
            results["list rebuilt"].append(t_rebuilt - t0)
            results["+Qt events"].append(t_events - t0)
    finally:
        kiosk.close()
    return results


def _store(config: Config, listings: Sequence[Listing]) -> None:
    """The listings in the kiosk's local site_content mirror, as a pull from the central database leaves them."""
    import json
    from datetime import UTC, datetime

    from sqlalchemy import insert

    from kiosk.data import migrate
    from kiosk.data.engine import sqlite_engine
    from kiosk.data.models import Base
    from kiosk.whatson.rules.listing_json import listing_to_json

    content = Base.metadata.tables["site_content"]
    engine = sqlite_engine(config.database_path)
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(insert(content), [
                {"id": x.id, "site": config.site_id, "kind": "listing", "payload": json.dumps(listing_to_json(x)),
                 "version": 1, "archived": False, "updated_at": datetime(2026, 10, 1, tzinfo=UTC),
                 "updated_by": "bench", "change_seq": i + 1} for i, x in enumerate(listings)])
    finally:
        engine.dispose()


def _walk(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from _walk(child)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.whatson_screen", description=__doc__.split("\n")[0])
    p.add_argument("--listings", type=int, default=2000, help="how many listings (default 2000)")
    p.add_argument("--changes", type=int, default=200, help="tab/chip changes to time (default 200)")
    p.add_argument("--seed", type=int, default=3, help="random seed for the listings (default 3)")
    p.add_argument("--dir", type=Path, default=None, help="where temporary data goes (default: system temp)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-whatson-", dir=args.dir) as tmp:
        results = run(args.listings, args.changes, args.seed, Path(tmp))
    timed = len(results["model reset"])
    print(f"What's on screen: {args.listings} listings, {timed} tab/chip changes, Europe/London; "
          f"load (database thread, once per visit) {results['load'][0] * 1e3:.0f} ms")
    rows = []
    for name in ("model reset", "list rebuilt", "+Qt events"):
        ms = [x * 1e3 for x in results[name]]
        rows.append([name, median(ms), percentile(ms, 95), max(ms)])
    print(table(["tap → …", "p50 ms", "p95 ms", "max ms"], rows))
    p95 = percentile([x * 1e3 for x in results["+Qt events"]], 95)
    ok = p95 <= GOAL_MS
    print(f"goal: tab/chip → list model reset (Qt events included) p95 ≤ {GOAL_MS:.0f} ms — "
          f"{'met' if ok else 'NOT met'} ({p95:.2f} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
