"""What's on, tapped through on the real window with the demo's week in the local store: Today, This week,
Open now, the category chips, kind empty states, cancelled sessions, kinetic scrolling, back and idle."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date
from functools import partial
from typing import NoReturn

import pytest
from PySide6.QtCore import Q_ARG, QMetaObject, QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.events import ListingsChanged
from kiosk.whatson.rules.schedules import Cancellation
from kiosk.whatson.whatson_model import WhatsOnViewModel
from tests.support.qmlhelpers import centre, find, must_find
from tests.support.qtkiosk import make_kiosk, manual_clock
from tests.support.whatson_support import (
    SUNDAY_7PM,
    TUESDAY_10AM,
    at,
    demo_week,
    filter_part,
    kiosk_with,
    lists_part,
    london,
    open_whatson,
    screen_is,
    settle,
    space,
    store_listings,
    tap,
    texts,
    weekly,
    whatson,
)


@pytest.fixture
def tuesday(qtbot: QtBot, config: settings.Config) -> Iterator[Kiosk]:
    """A kiosk at 10:00 on Tuesday 24 November 2026 (London) with the demo's listings."""
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), demo_week(TUESDAY_10AM.date()))
    yield k
    k.close()


def test_the_home_door_says_what_is_behind_it(tuesday: Kiosk) -> None:
    door = find(tuesday.window.window, "home.whatson")
    assert door is not None
    iface = QAccessible.queryAccessibleInterface(door)
    assert iface.text(QAccessible.Text.Name) == "What's on"
    assert door.property("subtitle") == "Activities, and places to just drop in"


def test_today_lists_what_is_left_today_with_on_now_marked(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    entries = model.list_model("entries")
    assert (filter_part(model).tab, filter_part(model).category, lists_part(model).emptyTitle) == ("today", "", "")
    assert entries.column("title") == ["Benefits and money advice drop-in", "Riverside Men's Shed",
                                       "Digital drop-in: phones, tablets and forms"]
    assert entries.column("time") == ["10am – 1pm", "10am – 3pm", "2pm – 4pm"]
    assert entries.column("happeningNow") == [True, True, False]
    assert set(entries.column("section")) == {"Today — Tuesday 24 November"}
    shown = texts(tuesday)
    assert "Today — Tuesday 24 November" in shown and "Benefits and money advice drop-in" in shown
    assert shown.count("On now") == 2 and "Just drop in — no booking" in shown and "Free" in shown


def test_this_week_goes_day_by_day_with_a_heading_for_each(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    with qtbot.waitSignal(lists_part(model).listsReset):
        tap(tuesday.window.window, "whatson.tab.week")
    sections = list(dict.fromkeys(model.list_model("entries").column("section")))
    assert sections == ["Today — Tuesday 24 November", "Tomorrow — Wednesday 25 November", "Thursday 26 November",
                        "Friday 27 November", "Saturday 28 November", "Sunday 29 November", "Monday 30 November"]
    rows = model.list_model("entries").rows()
    thursday = [r["title"] for r in rows if r["section"] == "Thursday 26 November"]
    assert thursday == ["Riverside Men's Shed", "Chair-based exercise", "Thursday community lunch",
                        "Carers' cuppa", "Knit and natter", "Youth drop-in"]
    lunch = next(r for r in rows if r["title"] == "Thursday community lunch")
    assert (lunch["dropIn"], lunch["price"], lunch["free"]) == (False, "£3 — free if money is tight", False)
    assert "Please book first" in lunch["spoken"] and "Just drop in" not in lunch["spoken"]
    assert must_find(tuesday.window.window, "whatson.tab.week").property("fill") != must_find(
        tuesday.window.window, "whatson.tab.today").property("fill")


def test_open_now_says_until_when_or_when_it_opens(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    tap(tuesday.window.window, "whatson.tab.open")
    qtbot.waitUntil(lambda: filter_part(model).tab == "open"
                    and find(tuesday.window.window, "whatson.spaces") is not None)
    spaces = model.list_model("spaces")
    assert list(zip(spaces.column("title"), spaces.column("status"), strict=True)) == [
        ("Quiet room", "Open now until 5pm"), ("The sitooterie", "Open now until 7pm"),
        ("Warm space at the library", "Open now until 8pm"), ("Warm welcome at the hub", "Open now until 4:30pm"),
        ("Late-night safe space", "Opens on Friday at 9pm")]
    assert spaces.column("isOpen") == [True, True, True, True, False]
    assert lists_part(model).emptyTitle == ""
    assert [r["key"] for r in model.list_model("categories").rows()] == ["", "Outdoors", "Quiet spaces",
                                                                         "Warm spaces"]
    assert "Open now until 5pm" in texts(tuesday)


@pytest.mark.parametrize(("hour", "minute", "status"), [
    (10, 0, "Opens at 2pm"), (15, 0, "Open now until 4pm"), (16, 0, "Opens tomorrow at 2pm"),
    (13, 59, "Opens at 2pm"), (23, 30, "Opens tomorrow at 2pm"),
])
def test_open_now_words_at_different_times(qtbot: QtBot, config: settings.Config, hour: int, minute: int,
                                           status: str) -> None:
    afternoons = space("Afternoon warm room", {"MO,TU,WE,TH,FR": [("14:00", "16:00")]})
    k = kiosk_with(qtbot, config, london(at(TUESDAY_10AM.date(), hour, minute)), [afternoons])
    try:
        model = open_whatson(qtbot, k)
        model.setTab("open")
        assert model.list_model("spaces").column("status") == [status]
        assert status in texts(k)
    finally:
        k.close()


def test_a_chip_filters_the_list_and_everything_brings_it_all_back(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    window = tuesday.window.window
    tap(window, "whatson.tab.week")
    everything = len(model.list_model("entries").items)
    chips = model.list_model("categories")
    assert chips.column("label")[0] == "Everything"
    assert chips.column("key")[1:] == sorted(chips.column("key")[1:], key=str.casefold)
    with qtbot.waitSignal(lists_part(model).listsReset):
        tap(window, "whatson.chip.Advice")
    entries = model.list_model("entries")
    assert filter_part(model).category == "Advice" and set(entries.column("category")) == {"Advice"}
    assert entries.column("title") == ["Benefits and money advice drop-in"]
    chip = find(window, "whatson.chip.Advice")
    assert chip is not None and chip.property("selected")
    assert QAccessible.queryAccessibleInterface(chip).state().checked
    assert not QAccessible.queryAccessibleInterface(must_find(window, "whatson.chip.all")).state().checked
    tap(window, "whatson.chip.all")
    qtbot.waitUntil(lambda: filter_part(model).category == "")
    assert len(model.list_model("entries").items) == everything
    # a new tab starts again from Everything (spaces have other categories)
    tap(window, "whatson.chip.Advice")
    tap(window, "whatson.tab.open")
    qtbot.waitUntil(lambda: filter_part(model).tab == "open")
    assert filter_part(model).category == ""


def test_a_chip_with_nothing_today_points_to_its_next_day(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    model.setCategory("Families")
    assert lists_part(model).emptyTitle == "Nothing on today"
    assert lists_part(model).emptyText == ("Here is what's on tomorrow, Wednesday 25 November. "
                                     "Or tap “Everything” to see all that is on.")
    assert model.list_model("entries").column("title") == ["Bookbug: songs and rhymes"]
    settle(tuesday.window.window)
    assert must_find(tuesday.window.window, "whatson.empty.title").property("text") == "Nothing on today"


def test_sunday_evening_nothing_else_today_shows_tomorrow(qtbot: QtBot, config: settings.Config) -> None:
    k = kiosk_with(qtbot, config, london(SUNDAY_7PM), demo_week(SUNDAY_7PM.date()))
    try:
        model = open_whatson(qtbot, k)
        assert lists_part(model).emptyTitle == "Nothing else on today"
        assert lists_part(model).emptyText == "Here is what's on tomorrow, Monday 30 November."
        entries = model.list_model("entries")
        assert set(entries.column("section")) == {"Tomorrow — Monday 30 November"}
        assert entries.column("title")[:2] == ["Chair-based exercise", "Health walk along the Kelvin"]
        shown = texts(k)
        assert shown.index("Nothing else on today") < shown.index("Tomorrow — Monday 30 November")
        # Open now: everything is closed on a Sunday evening; each says when it opens
        model.setTab("open")
        assert lists_part(model).emptyTitle == "Nothing is open right now"
        assert lists_part(model).emptyText == "Here is when each place opens next."
        statuses = model.list_model("spaces").column("status")
        assert statuses[:2] == ["Opens tomorrow at 9am", "Opens tomorrow at 9am"]
        assert statuses[-1] == "Opens on Friday at 9pm"
    finally:
        k.close()


def test_nothing_today_at_all_points_to_the_next_day_by_name(qtbot: QtBot, config: settings.Config) -> None:
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), [weekly("Board games", "TH", "14:00", "16:00")])
    try:
        model = open_whatson(qtbot, k)
        assert (lists_part(model).emptyTitle, lists_part(model).emptyText) == ("Nothing on today",
                                                                   "Here is what's on next, on Thursday.")
        assert model.list_model("entries").column("section") == ["Thursday 26 November"]
        model.setTab("week")
        assert lists_part(model).emptyTitle == ""
    finally:
        k.close()


def test_an_empty_kiosk_says_so_kindly(qtbot: QtBot, config: settings.Config) -> None:
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), [])
    try:
        model = open_whatson(qtbot, k)
        assert (lists_part(model).emptyTitle, lists_part(model).emptyText) == ("Nothing is listed yet",
                                                       "Staff at the desk can tell you what is on.")
        assert model.list_model("categories").column("label") == ["Everything"]
        model.setTab("open")
        assert lists_part(model).emptyTitle == "No places to drop in are listed yet"
        assert "No places to drop in are listed yet" in texts(k)
    finally:
        k.close()


def test_a_cancelled_session_stays_on_the_list_with_its_reason(qtbot: QtBot, config: settings.Config) -> None:
    tuesday = TUESDAY_10AM.date()
    listings = [weekly("Walking netball", "TU", "14:00", "15:00",
                       cancellations=(Cancellation(tuesday, "Hall flooded — back next week"),)),
                weekly("Chess club", "TU", "16:00", "18:00")]
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), listings)
    try:
        model = open_whatson(qtbot, k)
        rows = model.list_model("entries").rows()
        assert [(r["title"], r["cancelled"]) for r in rows] == [("Walking netball", True), ("Chess club", False)]
        assert rows[0]["note"] == "Sorry, this one is cancelled: Hall flooded — back next week"
        assert rows[0]["spoken"].startswith("Cancelled: Hall flooded — back next week. Today")  # first, in words
        card = must_find(k.window.window, f"whatson.entry.{rows[0]['key']}")
        assert QAccessible.queryAccessibleInterface(card).text(QAccessible.Text.Name) == rows[0]["spoken"]
        shown = texts(k)
        assert "Cancelled" in shown and "Sorry, this one is cancelled: Hall flooded — back next week" in shown
        assert lists_part(model).emptyTitle == ""
    finally:
        k.close()


def test_only_cancelled_sessions_left_today_is_an_empty_state_that_still_shows_them(qtbot: QtBot,
                                                                                      config: settings.Config) -> None:
    tuesday = TUESDAY_10AM.date()
    walk = weekly("Walking netball", "TU,WE", "14:00", "15:00", cancellations=(Cancellation(tuesday, "Coach ill"),))
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), [walk])
    try:
        model = open_whatson(qtbot, k)
        assert lists_part(model).emptyTitle == "Nothing else is going ahead today"  # its cancelled card is listed
        assert lists_part(model).emptyText == "Here is what's on tomorrow, Wednesday 25 November."
        assert [(r["section"], r["cancelled"]) for r in model.list_model("entries").rows()] == [
            ("Today — Tuesday 24 November", True), ("Tomorrow — Wednesday 25 November", False)]
    finally:
        k.close()


def test_the_list_flicks_with_momentum(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    window = tuesday.window.window
    tap(window, "whatson.tab.week")
    qtbot.waitUntil(lambda: filter_part(model).tab == "week")
    settle(window)
    listing = find(window, "whatson.list")
    assert listing is not None and listing.property("contentHeight") > 2 * listing.height()
    # a finger drag moves the list with the finger
    start = centre(listing)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(window, start - type(start)(0, 40 * step), 10)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start - type(start)(0, 400))
    qtbot.waitUntil(lambda: listing.property("contentY") > 100)
    qtbot.waitUntil(lambda: not listing.property("moving"))
    # a flick carries on by itself after the finger has left, and slows to a stop
    before = listing.property("contentY")
    QMetaObject.invokeMethod(listing, "flick", Q_ARG("qreal", 0.0), Q_ARG("qreal", -3000.0))
    assert listing.property("flicking")
    qtbot.waitUntil(lambda: not listing.property("moving"), timeout=10000)
    assert listing.property("contentY") > before + 300


def test_back_goes_home_and_a_new_visit_starts_at_today(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    tap(tuesday.window.window, "whatson.tab.week")
    tap(tuesday.window.window, "whatson.chip.Advice")
    tap(tuesday.window.window, "whatson.back")
    qtbot.waitUntil(lambda: screen_is(tuesday, "home"))
    open_whatson(qtbot, tuesday)
    assert (filter_part(model).tab, filter_part(model).category) == ("today", "")


def test_idle_timeout_returns_home_from_whatson(qtbot: QtBot, tuesday: Kiosk) -> None:
    open_whatson(qtbot, tuesday)
    tap(tuesday.window.window, "whatson.tab.week")
    manual_clock(tuesday).advance(tuesday.config.idle_timeout_seconds)
    tuesday.shell.tick()
    qtbot.waitUntil(lambda: screen_is(tuesday, "home"))
    assert filter_part(whatson(tuesday)).tab == "today"


def test_cards_and_chips_have_accessible_names_that_say_it_all(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    window = tuesday.window.window
    key = model.list_model("entries").column("key")[0]
    card = find(window, f"whatson.entry.{key}")
    assert card is not None
    iface = QAccessible.queryAccessibleInterface(card)
    assert iface.role() == QAccessible.Role.Button
    assert iface.text(QAccessible.Text.Name) == (
        "On now. Today — Tuesday 24 November. 10am to 1pm. Benefits and money advice drop-in. "
        "Interview rooms, ground floor, Riverside Customer Service Centre. Just drop in — no booking. Free")
    for name in ("whatson.tab.today", "whatson.tab.week", "whatson.tab.open", "whatson.chip.all", "whatson.back"):
        item = find(window, name)
        assert item is not None, name
        assert QAccessible.queryAccessibleInterface(item).text(QAccessible.Text.Name).strip(), name
    today = QAccessible.queryAccessibleInterface(must_find(window, "whatson.tab.today"))
    assert today.state().checked and today.text(QAccessible.Text.Name) == "Today"


def test_new_content_shows_on_the_next_visit_and_bad_payloads_are_skipped(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    reads: list[int] = []
    real_reload = model.reload

    def counted() -> None:
        reads.append(1)
        real_reload()

    model.reload = counted  # type: ignore[method-assign]
    resets: list[int] = []
    lists_part(model).listsReset.connect(lambda: resets.append(1))

    def revisit() -> None:
        tap(tuesday.window.window, "whatson.back")
        qtbot.waitUntil(lambda: screen_is(tuesday, "home"))
        open_whatson(qtbot, tuesday)

    store_listings(tuesday.config, [weekly("Pop-up repair café", "TU", "17:00", "19:00", category="Community")],
                   raw=[(uuid.uuid4(), json.dumps({"title": "Coffee morning", "when": "Thursdays 10:00"})),
                        (uuid.uuid4(), "{not json")])
    revisit()  # straight back, nobody said the listings changed: the ones read a moment ago are used again
    manual_clock(tuesday).advance(3600)
    revisit()  # time alone never makes it read again
    assert reads == [] and "Pop-up repair café" not in model.list_model("entries").column("title")
    tuesday.events.publish(ListingsChanged(tuesday.config.site_id))  # as the sync pull says after applying them
    qtbot.waitUntil(lambda: "Pop-up repair café" in model.list_model("entries").column("title"))
    assert reads == [1] and "Coffee morning" not in model.list_model("entries").column("title")
    # the same content read again: the lists are not reset under the visitor's finger
    resets.clear()
    tuesday.events.publish(ListingsChanged(tuesday.config.site_id))
    qtbot.waitUntil(lambda: len(reads) == 2 and not model.reading)
    assert resets == []
    # away from What's on, news only marks the listings for a fresh read on the next visit
    tuesday.shell.goHome()
    tuesday.events.publish(ListingsChanged(tuesday.config.site_id))
    assert reads == [1, 1]
    open_whatson(qtbot, tuesday)
    assert reads == [1, 1, 1]


def tab_is(model: WhatsOnViewModel, tab: str) -> bool:
    return filter_part(model).tab == tab


@pytest.mark.parametrize("size", [QSize(1080, 1920), QSize(1920, 1080)], ids=["portrait", "landscape"])
def test_tabs_and_chips_work_in_both_orientations(qtbot: QtBot, config: settings.Config, size: QSize) -> None:
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), demo_week(TUESDAY_10AM.date()), size=size)
    try:
        model = open_whatson(qtbot, k)
        for tab in ("week", "open", "today"):
            tap(k.window.window, f"whatson.tab.{tab}")
            qtbot.waitUntil(partial(tab_is, model, tab))
        tap(k.window.window, "whatson.chip.Advice")
        qtbot.waitUntil(lambda: filter_part(model).category == "Advice")
        tap(k.window.window, "whatson.back")
        qtbot.waitUntil(lambda: screen_is(k, "home"))
    finally:
        k.close()


def test_the_demo_week_is_a_real_buildings_week(qtbot: QtBot, tuesday: Kiosk) -> None:
    """Done when: the demo's What's on and Open now look like a real building's week."""
    model = open_whatson(qtbot, tuesday)
    model.setTab("week")
    rows = model.list_model("entries").rows()
    per_day: dict[str, int] = {}
    for r in rows:
        per_day[r["section"]] = per_day.get(r["section"], 0) + 1
    assert len(per_day) == 7 and sum(per_day.values()) >= 20
    assert {r["place"].split(", ")[-1] for r in rows} >= {"Riverside Community Hub", "Riverside Library",
                                                           "Riverside Customer Service Centre"}
    assert any(r["time"].endswith("pm") and r["time"].startswith(("6", "7")) for r in rows)  # evenings too
    model.setTab("open")
    assert sum(model.list_model("spaces").column("isOpen")) >= 4


def test_an_unloadable_store_says_sorry(qtbot: QtBot, config: settings.Config, monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.whatson import store as store_listings_module

    def broken(self: store_listings_module.ListingService, include_archived: bool = False) -> NoReturn:
        raise store_listings_module.StaleEdit(uuid.uuid4(), 1, None)

    monkeypatch.setattr(store_listings_module.ListingService, "listings", broken)
    k = make_kiosk(qtbot, config, london(TUESDAY_10AM), QSize(1080, 1920))
    try:
        model = whatson(k)
        tap(k.window.window, "home.whatson")
        qtbot.waitUntil(lambda: not model.loading and not model.reading)
        assert lists_part(model).emptyTitle == "Sorry — what's on cannot be shown just now"
        assert "Sorry — what's on cannot be shown just now" in texts(k)
    finally:
        k.close()


def test_dates_in_the_list_follow_the_site_time_zone_across_midnight(qtbot: QtBot, config: settings.Config) -> None:
    # 23:30 UTC on Tuesday 31 March 2026 is 00:30 on Wednesday 1 April in London (BST)
    from datetime import UTC, datetime

    from kiosk.core.clock import ManualClock

    k = kiosk_with(qtbot, config, ManualClock(datetime(2026, 3, 31, 23, 30, tzinfo=UTC)),
                   [weekly("Early swim", "WE", "07:00", "08:00")])
    try:
        model = open_whatson(qtbot, k)
        assert model.list_model("entries").column("section") == ["Today — Wednesday 1 April"]
        assert model.now().date() == date(2026, 4, 1)
    finally:
        k.close()


def test_the_next_day_the_schedule_memos_start_again(qtbot: QtBot, tuesday: Kiosk) -> None:
    """The memos behind the lists are keyed by dates: a list worked out on a new day empties them first, so a
    kiosk running for months keeps one day's worth (kiosk.whatson.rules.schedules.new_day)."""
    from kiosk.whatson.rules import schedules

    model = open_whatson(qtbot, tuesday)
    assert schedules._memo_day == [date(2026, 11, 24)] and schedules.span.cache_info().currsize > 0
    tuesday.clock.advance(24 * 3600)  # type: ignore[attr-defined]
    with qtbot.waitSignal(lists_part(model).listsReset):
        tap(tuesday.window.window, "whatson.tab.week")
    assert schedules._memo_day == [date(2026, 11, 25)]
    # only the new day's windows are worked out again: Wednesday's week (from Tuesday, the day before it)
    assert schedules.span.cache_info().currsize > 0
