"""OpenActive RPDE import: SessionSeries with eventSchedule, ScheduledSessions (extra, cancelled, postponed),
FacilityUse hours, deleted and cancelled items removed, latest `modified` wins, malformed pages refused."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kiosk.whatson.imports.command import import_listings, read_openactive
from kiosk.whatson.imports.common import Action, ListingImportError, stable_id
from kiosk.whatson.imports.openactive import parse_rpde
from kiosk.whatson.rules.listings import AccessFeature, Contact, Kind, Listing, Place, Price
from kiosk.whatson.rules.schedules import Cancellation, Freq, OneOff, OpeningHours, Recurring, Sessions
from kiosk.whatson.rules.whats_on import whats_on
from tests.whatson.imports.samples import item, rpde_series_page, rpde_sessions_page, series, weekly, write_json

TZ = "Europe/London"
LONDON = ZoneInfo(TZ)
TODAY = date(2026, 11, 25)


def _pages() -> list[tuple[str, Any]]:
    return [("series.json", rpde_series_page()), ("sessions.json", rpde_sessions_page())]


def _listing(listings: dict[Any, Listing], kind: str, iid: str) -> Listing:
    return listings[stable_id("openactive", kind, iid)]


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    folder = tmp_path / "feed"
    folder.mkdir()
    write_json(folder / "001-series.json", rpde_series_page())
    write_json(folder / "002-sessions.json", rpde_sessions_page())
    return folder


def _import(path: Path, existing: dict[Any, Listing] | None = None) -> Any:
    return import_listings("openactive", path, existing or {}, timezone=TZ, today=TODAY)


def test_a_session_series_becomes_an_activity_with_every_field(feed: Path) -> None:
    listings, _ = _import(feed)
    yoga = _listing(listings, "SessionSeries", "yoga")
    assert yoga.kind is Kind.ACTIVITY and yoga.source == "openactive:SessionSeries:yoga"
    assert (yoga.title, yoga.category, yoga.summary) == ("Chair yoga", "Getting active", "Chair yoga at the hub.")
    assert yoga.place == Place("Riverside Community Hub", "", "12 Kelvin Street, Glasgow, G3 7AB")
    assert yoga.organiser == "Move More Glasgow"
    assert yoga.contact == Contact("0141 496 0555", "move@example.org", "")
    assert yoga.price == Price(200, "GBP", "Adult; Concession")
    assert yoga.audience == "Ages 50 and over" and yoga.photo == "https://example.org/yoga.jpg"
    assert yoga.accessibility is not None
    assert yoga.accessibility.features == {AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP}
    assert yoga.schedule == Sessions(
        (Recurring.weekly("TU", "11:00", "12:00", starts_on=date(2026, 1, 6)),
         OneOff(date(2026, 12, 10), time(14), time(15))),  # s2: a Thursday the schedule does not give
        exceptions=frozenset({date(2026, 12, 29)}),
        cancellations=(Cancellation(date(2026, 12, 8), "Cancelled", time(11)),))


def test_cancelled_sessions_stay_visible_and_extra_sessions_show(feed: Path) -> None:
    yoga = _listing(_import(feed)[0], "SessionSeries", "yoga")
    week = whats_on([yoga], datetime(2026, 12, 7, 9, tzinfo=UTC), TZ, "week")
    got = [(e.occurrence.start, e.occurrence.cancelled, e.occurrence.reason) for d in week.days for e in d.entries]
    assert got == [
        (datetime(2026, 12, 8, 11, tzinfo=LONDON), True, "Cancelled"),
        (datetime(2026, 12, 10, 14, tzinfo=LONDON), False, "")]
    christmas = whats_on([yoga], datetime(2026, 12, 28, 9, tzinfo=UTC), TZ, "week")
    assert christmas.days == ()  # 29 December is an except date; the next Tuesday is after this week
    assert christmas.empty is not None and christmas.empty.next_day is not None
    assert christmas.empty.next_day.day == date(2027, 1, 5)


def test_monthly_duration_and_free_series(feed: Path) -> None:
    ceilidh = _listing(_import(feed)[0], "SessionSeries", "ceilidh")
    assert isinstance(ceilidh.schedule, Sessions)
    rule = ceilidh.schedule.rules[0]
    assert isinstance(rule, Recurring) and rule.freq is Freq.MONTHLY and str(rule.days[0]) == "-1FR"
    assert (rule.start, rule.end) == (time(19), time(21, 30))
    assert ceilidh.price is not None and ceilidh.price.is_free and ceilidh.category == "Other"  # no activity given


def test_sessions_alone_make_one_offs_from_today_and_keep_wall_time_in_summer(feed: Path) -> None:
    tea = _listing(_import(feed)[0], "SessionSeries", "tea-dance")
    assert tea.schedule == Sessions(
        (OneOff(date(2026, 12, 5), time(14), time(16)), OneOff(date(2026, 12, 19), time(14), time(16)),
         OneOff(date(2027, 3, 30), time(14), time(16))),  # +01:00 in BST: still 14:00 at the site
        cancellations=(Cancellation(date(2026, 12, 19), "Postponed", time(14)),))  # 1 Nov is before today


def test_facility_use_becomes_a_space(feed: Path) -> None:
    hall = _listing(_import(feed)[0], "FacilityUse", "hall")
    assert hall.kind is Kind.SPACE and hall.category == "Spaces to use" and hall.organiser == "Riverside Community Hub"
    assert hall.schedule == OpeningHours.of({"MO,TU,WE,TH,FR": [("09:00", "17:00")], "SA": [("10:00", "14:00")]})


def test_removals_and_skips_are_reported(feed: Path) -> None:
    listings, report = _import(feed)
    assert len(listings) == 4
    lines = {(line.action, line.reason): line for line in report.lines}
    def named(reason: str) -> list[str]:
        return [line.source for line in report.lines if (line.action, line.reason) == (Action.SKIPPED, reason)]

    assert len(named("deleted in the feed, and not here to remove")) == 2  # old, pool: each named
    assert len(named("cancelled by the organiser, and not here to remove")) == 1
    assert lines[(Action.SKIPPED, "Slot items are not imported")].count == 2
    orphan = lines[(Action.SKIPPED, "unmappable: its SessionSeries is not in this import")]
    assert orphan.count == 1 and orphan.source.startswith("openactive:ScheduledSession:")  # named, not counted
    dublin = lines[(Action.SKIPPED, "unmappable: its times are in Europe/Dublin, not the site's Europe/London")]
    assert dublin.title == "Dublin swim" and dublin.source == "openactive:SessionSeries:dublin"
    assert "  skipped  2 × items (openactive:Slot): Slot items are not imported" in report.text()


def test_reimport_is_unchanged_then_deletions_and_cancellations_remove(feed: Path, tmp_path: Path) -> None:
    first, _ = _import(feed)
    again, report = _import(feed, first)
    assert again == first and report.count(Action.UNCHANGED) == 4 and report.count(Action.ADDED) == 0

    later = {"items": [item("SessionSeries", "ceilidh", 300),
                       item("SessionSeries", "yoga", 301, series(
                           "yoga", "Chair yoga", [weekly("Tuesday", "11:00", "12:00")],
                           eventStatus="https://schema.org/EventCancelled"))]}
    write_json(feed / "003-later.json", later)
    final, report = _import(feed, first)
    assert sorted(x.title for x in final.values()) == ["Main hall", "Tea dance"]
    removed = {line.title: line.reason for line in report.lines if line.action is Action.REMOVED}
    assert removed == {"Ceilidh night": "deleted in the feed", "Chair yoga": "cancelled by the organiser"}
    assert set(report.ids(Action.REMOVED)) == {stable_id("openactive", "SessionSeries", "ceilidh"),
                                               stable_id("openactive", "SessionSeries", "yoga")}


def test_the_latest_modified_wins_whatever_the_page_order() -> None:
    newer = series("yoga", "Chair yoga (new time)", [weekly("Tuesday", "13:00", "14:00")])
    older = series("yoga", "Chair yoga (very old)", [weekly("Monday", "09:00", "10:00")])
    pages = [("a", {"items": [item("SessionSeries", "yoga", 150, newer)]}),
             ("b", {"items": [item("SessionSeries", "yoga", 20, older)]})]
    parsed = parse_rpde(pages, timezone=TZ, today=TODAY)
    assert [x.title for x in parsed.listings] == ["Chair yoga (new time)"]
    revived = parse_rpde([*pages, ("c", {"items": [item("SessionSeries", "yoga", 100)]})], timezone=TZ, today=TODAY)
    assert [x.title for x in revived.listings] == ["Chair yoga (new time)"] and revived.removals == ()


def test_pages_as_a_list_in_one_file(tmp_path: Path) -> None:
    both = write_json(tmp_path / "pages.json", [rpde_series_page(), rpde_sessions_page()])
    folder_result = read_openactive(both, timezone=TZ, today=TODAY)
    assert len(folder_result.listings) == 4
    single = write_json(tmp_path / "one.json", rpde_series_page())
    assert len(read_openactive(single, timezone=TZ, today=TODAY).listings) == 3  # tea dance has no sessions: skipped
    reasons = [s.reason for s in read_openactive(single, timezone=TZ, today=TODAY).skipped]
    assert "unmappable: has no eventSchedule and no sessions from today on" in reasons


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d.pop("name"), "has no name"),
    (lambda d: d.update(location={"@type": "VirtualLocation", "url": "https://zoom.example"}), "physical location"),
    (lambda d: d["eventSchedule"][0].update(repeatFrequency="P1Y"), "repeatFrequency 'P1Y' is not supported"),
    (lambda d: d["eventSchedule"][0].update(startTime="11h"), "startTime '11h' is not a time"),
    (lambda d: d["eventSchedule"][0].update(byDay=["https://schema.org/Funday"]), "is not a weekday"),
    (lambda d: d["eventSchedule"][0].pop("endTime"), "duration None is not a duration"),
])
def test_unusable_series_are_skipped_with_a_reason(change: Any, words: str) -> None:
    data = series("yoga", "Chair yoga", [weekly("Tuesday", "11:00", "12:00")])
    change(data)
    parsed = parse_rpde([("p", {"items": [item("SessionSeries", "yoga", 1, data)]})], timezone=TZ, today=TODAY)
    assert parsed.listings == ()
    assert len(parsed.skipped) == 1 and words in parsed.skipped[0].reason


def test_by_month_week_and_repeat_count() -> None:
    sched = {"repeatFrequency": "P1M", "byDay": ["https://schema.org/Monday"], "byMonthWeek": [1, 3],
             "startTime": "10:00", "endTime": "11:00", "startDate": "2026-11-01", "repeatCount": 3}
    parsed = parse_rpde([("p", {"items": [item("SessionSeries", "m", 1, series("m", "Men's shed", [sched]))]})],
                        timezone=TZ, today=TODAY)
    schedule = parsed.listings[0].schedule
    assert isinstance(schedule, Sessions) and isinstance(schedule.rules[0], Recurring)
    rule = schedule.rules[0]
    assert [str(d) for d in rule.days] == ["1MO", "3MO"]
    assert (rule.starts_on, rule.until) == (date(2026, 11, 1), date(2026, 12, 7))  # 2 Nov, 16 Nov, 7 Dec


# -- malformed ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("page", "row", "field", "words"), [
    ({"next": "x"}, None, "", "not an RPDE page"),
    ([], None, "", "holds no RPDE pages"),
    ({"items": ["x"]}, "items[0]", "", "must be an object"),
    ({"items": [{"state": "gone", "kind": "SessionSeries", "id": "a"}]}, "items[0]", "state", "'updated' or 'deleted'"),
    ({"items": [{"state": "deleted", "id": "a"}]}, "items[0]", "kind", "needs a kind"),
    ({"items": [{"state": "deleted", "kind": "SessionSeries"}]}, "items[0]", "id", "needs an id"),
    ({"items": [{"state": "updated", "kind": "SessionSeries", "id": "a"}]}, "items[0]", "data", "data object"),
])
def test_malformed_pages_name_the_item_and_field(tmp_path: Path, page: Any, row: Any, field: str, words: str) -> None:
    folder = tmp_path / "feed"
    folder.mkdir()
    write_json(folder / "001.json", rpde_series_page())
    write_json(folder / "002.json", page)
    existing: dict[Any, Listing] = {}
    with pytest.raises(ListingImportError, match=words) as e:
        import_listings("openactive", folder, existing, timezone=TZ, today=TODAY)
    assert (e.value.file, e.value.row, e.value.field) == ("002.json", row, field)
    assert existing == {}


def test_a_broken_saved_page_stops_the_whole_import(feed: Path) -> None:
    first, _ = _import(feed)
    snapshot = copy.deepcopy(first)
    (feed / "003.json").write_text('{"items": [', encoding="utf-8")
    with pytest.raises(ListingImportError, match="is not valid JSON") as e:
        _import(feed, first)
    assert e.value.file.endswith("003.json") and first == snapshot
    empty = feed.parent / "empty"
    empty.mkdir()
    with pytest.raises(ListingImportError, match=r"has no \.json pages"):
        _import(empty)


def test_saved_pages_are_not_modified(feed: Path) -> None:
    before = {p.name: p.read_bytes() for p in feed.iterdir()}
    _import(feed)
    assert {p.name: p.read_bytes() for p in feed.iterdir()} == before
    assert json.loads(before["001-series.json"]) == rpde_series_page()


def test_a_session_on_an_except_date_goes_ahead_and_a_cancelled_one_there_stays_hidden() -> None:
    from tests.whatson.imports.samples import session

    data = series("yoga", "Chair yoga", [weekly("Tuesday", "11:00", "12:00", startDate="2026-01-06",
                                                exceptDate=["2026-12-22", "2026-12-29T11:00:00Z"])])
    pages = [("s", {"items": [item("SessionSeries", "yoga", 1, data)]}),
             ("t", {"items": [item("ScheduledSession", "a", 2, session("a", "yoga", "2026-12-22T11:00:00Z",
                                                                     "2026-12-22T12:00:00Z")),
                              item("ScheduledSession", "b", 3, session("b", "yoga", "2026-12-29T11:00:00Z",
                                                                     "2026-12-29T12:00:00Z", "EventCancelled"))]})]
    yoga = parse_rpde(pages, timezone=TZ, today=TODAY).listings[0]
    assert isinstance(yoga.schedule, Sessions)
    assert yoga.schedule.exceptions == {date(2026, 12, 29)} and yoga.schedule.cancellations == ()
    week = whats_on([yoga], datetime(2026, 12, 21, 9, tzinfo=UTC), TZ, "week")
    assert [(e.occurrence.start.date(), e.occurrence.cancelled) for d in week.days for e in d.entries] == [
        (date(2026, 12, 22), False)]
