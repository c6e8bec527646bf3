"""The demo listings: the six the issue asks for (plus two), valid, stable, and alive on any day."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.whatson.rules.demo_listings import demo_id, demo_listings
from kiosk.whatson.rules.listing_json import listing_from_json, listing_to_json
from kiosk.whatson.rules.listings import Kind, Listing
from kiosk.whatson.rules.schedules import OpeningHours, Sessions
from kiosk.whatson.rules.whats_on import OpenState, open_now, open_spaces, whats_on

TZ = "Europe/London"
LONDON = ZoneInfo(TZ)
TODAY = date(2026, 11, 25)


def _by_slug(today: date = TODAY) -> dict[str, Listing]:
    slugs = ["community-cafe", "knit-and-natter", "library-warm-space", "benefits-advice", "health-walk",
             "sitooterie", "coat-swap", "late-safe-space"]
    listings = {x.id: x for x in demo_listings(today)}
    return {slug: listings[demo_id(slug)] for slug in slugs}


def test_the_six_asked_for_are_there_with_scottish_places() -> None:
    listings = demo_listings(TODAY)
    titles = {x.title for x in listings}
    assert {"Community café morning", "Knit and natter", "Warm space at the library",
            "Benefits and money advice drop-in", "Health walk along the Kelvin", "The sitooterie"} <= titles
    assert len(listings) == len(titles) == len({x.id for x in listings}) == 22
    assert all("Glasgow G" in x.place.address for x in listings)
    assert {x.kind for x in listings} == {Kind.ACTIVITY, Kind.SPACE}
    assert all(isinstance(x.schedule, OpeningHours) == (x.kind is Kind.SPACE) for x in listings)
    assert all(x.summary and x.description for x in listings)
    # most are drop-in; one needs booking, so the screens show both
    assert [x.title for x in listings if not x.drop_in] == ["Thursday community lunch"]


def test_a_real_buildings_week_a_few_things_every_day_and_some_evenings() -> None:
    listings = demo_listings(TODAY)
    week = whats_on(listings, datetime(2026, 11, 23, 0, 1, tzinfo=LONDON), TZ, "week")  # Monday to Sunday
    per_day = {d.day.strftime("%a"): len([e for e in d.entries if not e.occurrence.cancelled]) for d in week.days}
    assert per_day.keys() == {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
    assert all(n >= 3 for day, n in per_day.items() if day not in ("Sat", "Sun")), per_day
    month = whats_on(listings, datetime(2026, 11, 30, 0, 1, tzinfo=LONDON), TZ, "week")  # with the monthly ones
    evenings = {e.listing.title for w in (week, month) for d in w.days for e in d.entries
                if e.occurrence.start.hour >= 17}
    assert len(evenings) >= 3, evenings
    assert len([x for x in listings if x.kind is Kind.SPACE]) >= 5


def test_ids_are_stable_whatever_the_day() -> None:
    assert [x.id for x in demo_listings(TODAY)] == [x.id for x in demo_listings(date(2030, 5, 1))]
    assert demo_id("sitooterie").version == 5


def test_demo_listings_survive_json() -> None:
    for listing in demo_listings(TODAY):
        assert listing_from_json(json.loads(json.dumps(listing_to_json(listing)))) == listing


def test_there_is_something_on_every_day_of_the_week_and_the_demo_never_goes_stale() -> None:
    for start in (TODAY, date(2027, 7, 1), date(2031, 2, 17)):
        listings = demo_listings(start)
        for offset in range(14):
            day = start + timedelta(days=offset)
            now = datetime.combine(day, time(9), tzinfo=LONDON)
            week = whats_on(listings, now, TZ, "week")
            assert week.empty is None, day
            assert len(week.days) >= 5, day
            today = whats_on(listings, now, TZ, "today")
            assert today.days or (today.empty and today.empty.next_day), day


def test_the_demo_shows_the_nth_weekday_cancellation_and_one_off_features() -> None:
    listings = _by_slug()
    walk, advice, swap = listings["health-walk"], listings["benefits-advice"], listings["coat-swap"]
    assert isinstance(walk.schedule, Sessions) and len(walk.schedule.rules) == 2
    # Friday 27 November 2026 is the last Friday: the longer walk is on.
    fri = whats_on([walk], datetime(2026, 11, 27, 8, tzinfo=UTC), TZ)
    assert [e.occurrence.start.time() for d in fri.days for e in d.entries] == [time(10, 30)]
    # The walk cancelled the week after next shows as cancelled.
    month = whats_on([walk], datetime(2026, 12, 2, 8, tzinfo=UTC), TZ, "week")
    assert [(e.occurrence.start.date(), e.occurrence.cancelled) for d in month.days for e in d.entries] == [
        (date(2026, 12, 7), True)]
    # 8 December 2026 is the 2nd Tuesday: the evening advice session too.
    tue = whats_on([advice], datetime(2026, 12, 8, 8, tzinfo=UTC), TZ)
    assert [e.occurrence.start.time() for d in tue.days for e in d.entries] == [time(10), time(17)]
    # The swap is a one-off next Saturday.
    week = whats_on([swap], datetime(2026, 11, 25, 8, tzinfo=UTC), TZ, "week")
    assert [d.day for d in week.days] == [date(2026, 11, 28)]


def test_open_now_in_the_demo() -> None:
    listings = _by_slug()
    library, safe = listings["library-warm-space"], listings["late-safe-space"]
    assert open_now(library, datetime(2026, 11, 25, 12, tzinfo=UTC), TZ) == OpenState(
        True, closes_at=datetime(2026, 11, 25, 20, tzinfo=LONDON))
    # Christmas Day and Boxing Day 2026 (Friday, Saturday) are closures; Sunday is closed anyway.
    assert open_now(library, datetime(2026, 12, 25, 12, tzinfo=UTC), TZ) == OpenState(
        False, opens_at=datetime(2026, 12, 28, 10, tzinfo=LONDON))
    assert open_now(safe, datetime(2026, 11, 28, 1, 30, tzinfo=UTC), TZ) == OpenState(
        True, closes_at=datetime(2026, 11, 28, 3, tzinfo=LONDON))
    spaces = open_spaces(demo_listings(TODAY), datetime(2026, 11, 25, 12, tzinfo=UTC), TZ)
    assert [(s.listing.title, s.state.is_open) for s in spaces] == [
        ("Quiet room", True), ("The sitooterie", True), ("Warm space at the library", True),
        ("Warm welcome at the hub", True), ("Late-night safe space", False)]
