"""The listing itself: defaults, validation that names the field, and its JSON payload (schema versions 1 and 2)."""

from __future__ import annotations

import copy
import json
import uuid
from datetime import date, time
from typing import Any

import pytest

from kiosk.whatson.rules.listing_json import SCHEMA, listing_from_json, listing_to_json
from kiosk.whatson.rules.listings import (
    AccessFeature,
    Accessibility,
    Contact,
    Kind,
    Listing,
    ListingError,
    Place,
    Price,
)
from kiosk.whatson.rules.schedules import Cancellation, Freq, OneOff, OpeningHours, Recurring, Sessions

ID = uuid.UUID("0b7c9d1e-4f2a-4b6c-8d3e-5a1f2b3c4d5e")
WEEKLY = Sessions((Recurring.weekly("TU", "10:00", "12:00"),))
HOURS = OpeningHours.of({"MO": [("09:00", "17:00")]})


def _activity(**kw: Any) -> Listing:
    fields: dict[str, Any] = {"id": ID, "kind": Kind.ACTIVITY, "title": "Knit and natter", "category": "Social",
                              "place": Place("Riverside Library"), "schedule": WEEKLY}
    return Listing(**(fields | kw))


def _full() -> Listing:
    """Every field set, every schedule feature used."""
    return _activity(
        title="Benefits drop-in", category="Advice", summary="Free help with benefits.",
        description="Line one.\nLine two, with “quotes” and Gàidhlig: fàilte.",
        place=Place("Riverside Customer Service Centre", "Room 2", "45 Argyle Walk, Glasgow G3 8QX"),
        organiser="Money Matters", contact=Contact("0141 496 0789", "help@example.org", "https://example.org"),
        photo="https://example.org/photo.jpg", price=Price(250, "GBP", "Free for carers"), audience="Adults",
        drop_in=True, accessibility=Accessibility(frozenset({AccessFeature.STEP_FREE, AccessFeature.BSL}), "Ask"),
        languages=("English", "Polish"), valid_from=date(2026, 1, 1), valid_to=date(2027, 6, 30),
        source="hsds:svc-1",
        schedule=Sessions(
            (Recurring.weekly("TU,TH", "10:00", "12:30:30", interval=2, starts_on=date(2026, 1, 6),
                              until=date(2026, 12, 31)),
             Recurring.monthly("2TU,-1FR", "17:00", "19:00"),
             Recurring(freq=Freq.MONTHLY, monthdays=(15, -1), start=time(9), end=time(10)),
             OneOff.at(date(2026, 12, 31), "22:00", "01:00")),
            exceptions=frozenset({date(2026, 12, 24), date(2026, 12, 25)}),
            cancellations=(Cancellation(date(2026, 12, 8), "Adviser away", time(17)),
                           Cancellation(date(2026, 12, 10), "Snow"))))


def test_a_listing_claims_no_price_booking_or_access_it_was_not_given() -> None:
    listing = _activity()
    assert listing.price is None and listing.drop_in is None and listing.accessibility is None
    assert listing.photo is None and listing.languages == () and listing.source == ""
    assert not Price(None, note="Pay what you can").is_free and not Price(150).is_free


def test_listings_are_immutable() -> None:
    with pytest.raises(AttributeError):
        _activity().title = "Other"  # type: ignore[misc]


def test_runs_on_is_inclusive() -> None:
    listing = _activity(valid_from=date(2026, 1, 1), valid_to=date(2026, 1, 31))
    assert [listing.runs_on(d) for d in (date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 31),
                                         date(2026, 2, 1))] == [False, True, True, False]
    assert _activity().runs_on(date(1999, 1, 1))


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"title": "  "}, "title", "required"),
    ({"title": "x" * 121}, "title", "at most 120"),
    ({"title": "Two\nlines"}, "title", "one line"),
    ({"category": ""}, "category", "required"),
    ({"summary": 5}, "summary", "text"),
    ({"kind": "event"}, "kind", "'activity' or 'space'"),
    ({"id": "not-a-uuid"}, "id", "UUID"),
    ({"schedule": HOURS}, "schedule", "session times"),
    ({"kind": Kind.SPACE}, "schedule", "opening hours"),
    ({"place": "Library"}, "place", "Place"),
    ({"photo": ""}, "photo", "required"),
    ({"drop_in": "yes"}, "drop_in", "true, false or not known"),
    ({"languages": ["English"]}, "languages", "list"),
    ({"languages": ("English", "english")}, "languages", "twice"),
    ({"languages": ("",)}, "languages", "required"),
    ({"valid_from": date(2026, 2, 1), "valid_to": date(2026, 1, 1)}, "valid_to", "before valid_from"),
    ({"valid_from": "2026-01-01"}, "valid_from", "date"),
])
def test_invalid_listings_name_the_field(change: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(ListingError, match=words) as e:
        _activity(**change)
    assert e.value.field == field and e.value.kind == "listing"


@pytest.mark.parametrize(("build", "field"), [
    (lambda: Price(-1), "price.amount_pence"),
    (lambda: Price(True), "price.amount_pence"),
    (lambda: Price(1.5), "price.amount_pence"),  # type: ignore[arg-type]
    (lambda: Price(100, "£"), "price.currency"),
    (lambda: Price(None), "price.note"),
    (lambda: Place(""), "place.building"),
    (lambda: Place("Hub", address="x" * 201), "place.address"),
    (lambda: Contact(email="not an email"), "contact.email"),
    (lambda: Accessibility(frozenset({"ramp"})), "accessibility.features"),  # type: ignore[arg-type]
    (lambda: Accessibility({AccessFeature.STEP_FREE}), "accessibility.features"),  # type: ignore[arg-type]
])
def test_invalid_parts_name_their_field(build: Any, field: str) -> None:
    with pytest.raises(ListingError) as e:
        build()
    assert e.value.field == field


# -- JSON ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("listing", [_activity(), _full(), _activity(kind=Kind.SPACE, schedule=HOURS, photo=None),
                                     _activity(kind=Kind.SPACE, schedule=OpeningHours.of(
                                         {"FR,SA": [("21:00", "03:00")], "SU": [("00:00", "00:00")]},
                                         closures=[date(2026, 12, 25)]))],
                         ids=["minimal", "full", "space", "late-space"])
def test_json_round_trip_through_text(listing: Listing) -> None:
    payload = listing_to_json(listing)
    text = json.dumps(payload, ensure_ascii=False, allow_nan=False)
    assert listing_from_json(json.loads(text)) == listing
    unknown = listing.price is None or listing.drop_in is None or listing.accessibility is None
    assert payload["schema"] == (SCHEMA if unknown else 1) and SCHEMA == 2  # all known: still readable as 1


def test_json_shape_is_readable_and_stable() -> None:
    payload = listing_to_json(_full())
    assert payload["id"] == str(ID) and payload["kind"] == "activity"
    assert payload["price"] == {"amount_pence": 250, "currency": "GBP", "note": "Free for carers"}
    assert payload["accessibility"]["features"] == ["bsl", "step_free"]
    rules = payload["schedule"]["rules"]
    assert rules[0] == {"type": "recurring", "freq": "weekly", "interval": 2, "days": ["TU", "TH"], "monthdays": [],
                        "starts_on": "2026-01-06", "until": "2026-12-31", "start": "10:00", "end": "12:30:30"}
    assert rules[1]["days"] == ["2TU", "-1FR"]
    assert rules[3] == {"type": "one_off", "on": "2026-12-31", "start": "22:00", "end": "01:00"}
    assert payload["schedule"]["exceptions"] == ["2026-12-24", "2026-12-25"]
    assert payload["schedule"]["cancellations"][0] == {"on": "2026-12-08", "start": "17:00", "reason": "Adviser away"}
    space = listing_to_json(_activity(kind=Kind.SPACE, schedule=OpeningHours.of({"MO,WE": [("09:00", "17:00")]})))
    assert space["schedule"] == {"type": "opening_hours", "week": {"MO": [["09:00", "17:00"]],
                                                                   "WE": [["09:00", "17:00"]]}, "closures": []}


def test_json_optional_fields_may_be_left_out() -> None:
    minimal = {"schema": 1, "id": str(ID), "kind": "activity", "title": "Knit and natter", "category": "Social",
               "place": {"building": "Riverside Library"},
               "schedule": {"type": "sessions", "rules": [{"type": "recurring", "freq": "weekly", "days": ["TU"],
                                                           "start": "10:00", "end": "12:00"}]}}
    # an old (schema 1) payload keeps what it said: no price was free, no drop_in was "book first"
    assert listing_from_json(minimal) == _activity(price=Price(), drop_in=False, accessibility=Accessibility())
    unknown = minimal | {"schema": 2, "price": None, "drop_in": None, "accessibility": None}
    assert listing_from_json(unknown) == _activity()
    assert listing_to_json(_activity())["price"] is None and listing_to_json(_activity())["schema"] == 2


def test_null_means_not_known_only_in_schema_2() -> None:
    payload = listing_to_json(_full()) | {"schema": 1, "price": None}
    with pytest.raises(ListingError, match="must be dict"):
        listing_from_json(payload)


def _broken(path: list[str | int], value: Any) -> dict[str, Any]:
    payload = copy.deepcopy(listing_to_json(_full()))
    target: Any = payload
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return payload


@pytest.mark.parametrize(("path", "value", "field", "words"), [
    (["schema"], 3, "schema", "version 3 is not supported"),
    (["schema"], KeyError, "schema", "version None"),
    (["title"], KeyError, "title", "missing"),
    (["title"], 7, "title", "must be str"),
    (["id"], "nope", "id", "not a UUID"),
    (["kind"], "event", "kind", "'activity' or 'space'"),
    (["colour"], "blue", "colour", "not a known field"),
    (["place", "floor"], 2, "place.floor", "not a known field"),
    (["place"], KeyError, "place", "missing"),
    (["price", "amount_pence"], "2.50", "price.amount_pence", "must be int or null"),
    (["drop_in"], 1, "drop_in", "must be bool"),
    (["valid_from"], "1 Jan 2026", "valid_from", "not a date"),
    (["accessibility", "features"], ["ramp"], "accessibility.features", "not one of"),
    (["schedule", "type"], "calendar", "schedule.type", "'sessions' or 'opening_hours'"),
    (["schedule", "rules", 0, "start"], "10am", "schedule.rules[0].start", "not a time"),
    (["schedule", "rules", 0, "days"], ["2TU"], "schedule.rules[0].days", "monthly"),
    (["schedule", "rules", 0, "freq"], "daily", "schedule.rules[0].freq", "'weekly' or 'monthly'"),
    (["schedule", "rules", 0, "interval"], 0, "schedule.rules[0].interval", "1 to 52"),
    (["schedule", "rules", 2, "monthdays"], ["15"], "schedule.rules[2].monthdays", "whole numbers"),
    (["schedule", "rules", 3, "type"], "once", "schedule.rules[3].type", "'recurring' or 'one_off'"),
    (["schedule", "rules", 3, "on"], "31/12/2026", "schedule.rules[3].on", "not a date"),
    (["schedule", "rules", 3, "end"], "22:00", "schedule.rules[3].end", "cannot end when it starts"),
    (["schedule", "rules", 0, "repeat"], 3, "schedule.rules[0].repeat", "not a known field"),
    (["schedule", "rules"], [], "schedule.rules", "at least one"),
    (["schedule", "exceptions", 0], 20261224, "schedule.exceptions[0]", "date"),
    (["schedule", "cancellations", 0, "start"], "5pm", "schedule.cancellations[0].start", "not a time"),
    (["schedule", "cancellations", 0], "2026-12-08", "schedule.cancellations[0]", "object"),
])
def test_malformed_json_names_the_path_of_the_bad_field(path: list[str | int], value: Any, field: str,
                                                       words: str) -> None:
    with pytest.raises(ListingError, match=words) as e:
        listing_from_json(_broken(path, value))
    assert e.value.field == field


@pytest.mark.parametrize(("week", "field"), [
    ({"MO": [["09:00"]]}, "schedule.week.MO[0]"),
    ({"MO": [["09:00", "17:61"]]}, "schedule.week.MO[0]"),
    ({"MON": [["09:00", "17:00"]]}, "schedule.week.MON"),
    ({"MO": [["09:00", "13:00"], ["12:00", "17:00"]]}, "schedule.week.MO"),
])
def test_malformed_opening_hours_name_the_day(week: dict[str, Any], field: str) -> None:
    payload = listing_to_json(_activity(kind=Kind.SPACE, schedule=HOURS))
    payload["schedule"]["week"] = week
    with pytest.raises(ListingError) as e:
        listing_from_json(payload)
    assert e.value.field == field


def test_a_payload_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(ListingError, match="JSON object"):
        listing_from_json([])  # type: ignore[arg-type]
