"""Imports invent nothing: a price, a booking rule or access that the source does not give stays not known
(HSDS and OpenActive, each on its own); what the source does say is kept; categories go through the mapping
file (and an edited file changes them); the report names every skip with its reason (past, cancelled,
deleted, inactive, unmappable) and, per listing, the fields left out — as text and as JSON (--report)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk.whatson.imports.categories import CategoryMap
from kiosk.whatson.imports.command import load_categories, main
from kiosk.whatson.imports.common import Action, ListingImportError, merge
from kiosk.whatson.imports.hsds import parse_services
from kiosk.whatson.imports.openactive import parse_rpde
from kiosk.whatson.rules.listings import AccessFeature, Price
from tests.whatson.imports.samples import HUB, ORG, item, series, session, weekly, write_json

TODAY = date(2026, 11, 24)
SCHED = [{"id": "sch", "freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "12:00"}]
BARE_HUB = {k: v for k, v in HUB.items() if k != "accessibility"}


def _service(sid: str = "s1", loc: dict[str, Any] = BARE_HUB, **extra: Any) -> dict[str, Any]:
    return {"id": sid, "name": "Advice surgery", "status": "active", "organization": ORG, "schedules": SCHED,
            "service_at_locations": [{"id": f"sal-{sid}", "location": loc}]} | extra


def _one_hsds(**extra: Any) -> Any:
    [x] = parse_services([_service(**extra)]).listings
    return x


def _one_oa(**extra: Any) -> Any:
    data = series("a", "Walk", [weekly("Monday", "10:00", "11:00")]) | extra
    data = {k: v for k, v in data.items() if v is not None}
    [x] = parse_rpde([("p", {"items": [item("SessionSeries", "a", 1, data)], "next": "x"})],
                     timezone="Europe/London", today=TODAY).listings
    return x


def test_hsds_a_missing_price_booking_or_access_stays_missing() -> None:
    x = _one_hsds()
    assert x.price is None and x.drop_in is None and x.accessibility is None
    assert _one_hsds(fees_description="Free").price == Price(0)
    assert _one_hsds(fees_description="£2, or pay what you can").price == Price(None, note="£2, or pay what you can")
    assert _one_hsds(cost_options=[{"amount": 3}]).price == Price(300)
    assert _one_hsds(application_process="Phone to book an appointment").drop_in is False
    assert _one_hsds(application_process="Just drop in, no appointment needed").drop_in is True
    assert _one_hsds(application_process="Bring proof of address").drop_in is None  # neither said
    access = _one_hsds(loc=HUB).accessibility
    assert access is not None and AccessFeature.STEP_FREE in access.features


def test_openactive_a_missing_price_booking_or_access_stays_missing() -> None:
    x = _one_oa(offers=None)
    assert x.price is None and x.drop_in is None and x.accessibility is None
    assert _one_oa(offers=None, isAccessibleForFree=True).price == Price(0)
    assert _one_oa(offers=[{"price": 4.5, "priceCurrency": "GBP"}]).price == Price(450)
    assert _one_oa(offers=[{"price": 0, "advanceBooking": "https://openactive.io/Required"}]).drop_in is False
    assert _one_oa(offers=[{"price": 0, "advanceBooking": "https://openactive.io/Unavailable"}]).drop_in is True
    no_chair = _one_oa(location={**series("a", "Walk", None)["location"], "beta:isWheelchairAccessible": False})
    assert no_chair.accessibility is not None and no_chair.accessibility.features == frozenset()
    assert no_chair.accessibility.note == "Not wheelchair accessible"  # said, and not read as step-free


def test_categories_go_through_the_mapping_file_and_an_edited_file_changes_them(tmp_path: Path) -> None:
    shipped = load_categories()
    term = {"taxonomy_term": {"id": "t1", "name": "Debt"}}
    [x] = parse_services([_service(attributes=[term])], categories=shipped).listings
    assert x.category == "Advice"
    edited = tmp_path / "categories.toml"
    edited.write_text('other = "Everything else"\n[hsds]\n"debt" = "Money help"\n', encoding="utf-8")
    mapping = load_categories(edited)
    [x] = parse_services([_service(attributes=[term])], categories=mapping).listings
    assert x.category == "Money help"  # case ignored
    parsed = parse_services([_service(attributes=[{"taxonomy_term": {"name": "Knitting"}}])], categories=mapping)
    assert parsed.listings[0].category == "Everything else"
    assert "taxonomy terms 'Knitting': not in the category mapping, so filed under 'Everything else'" in \
        dict(parsed.dropped)[parsed.listings[0].id]
    oa = CategoryMap.from_toml({"openactive": {"c0360db4": "Getting active"}})
    assert oa.pick("openactive", ["https://openactive.io/activity-list#c0360db4"])[0] == "Getting active"
    cases: list[tuple[dict[str, Any], str]] = [({"hsds": {"x": ""}}, "hsds.x"), ({"colours": {}}, "colours"),
                                               ({"other": 3}, "other")]
    for bad, key in cases:
        with pytest.raises(ListingImportError) as e:
            CategoryMap.from_toml(bad)
        assert e.value.field == key


def test_the_report_names_skips_with_reasons_and_dropped_fields(tmp_path: Path) -> None:
    page = {"items": [
        item("SessionSeries", "a", 1, series("a", "Walk", [weekly("Monday", "10:00", "11:00")],
                                             programme={"name": "Walk for Health"})),
        item("ScheduledSession", "past", 2, session("past", "a", "2026-11-20T10:00:00", "2026-11-20T11:00:00",
                                                    "EventCancelled")),
        item("SessionSeries", "gone", 3),
        item("SessionSeries", "off", 4, series("off", "Off", None, eventStatus="https://schema.org/EventCancelled")),
        item("SessionSeries", "odd", 5, series("odd", "Odd", [weekly("Monday", "10:00", "11:00",
                                                                     repeatFrequency="P3Y")])),
    ], "next": "x"}
    _, report = merge({}, parse_rpde([("p", page)], timezone="Europe/London", today=TODAY))
    reasons = {line.reason for line in report.lines if line.action is Action.SKIPPED}
    assert any(r.startswith("past and cancelled: the session on 2026-11-20") for r in reasons)
    assert "deleted in the feed, and not here to remove" in reasons
    assert "cancelled by the organiser, and not here to remove" in reasons
    assert any(r.startswith("unmappable: repeatFrequency 'P3Y'") for r in reasons)
    [walk] = [line for line in report.lines if line.action is Action.ADDED]
    assert "programme: the kiosk has no place for it" in walk.dropped
    assert "           left out: programme: the kiosk has no place for it" in report.text()
    [hsds] = [line for line in merge({}, parse_services([_service(
        accreditations=["Advice Quality Standard"], phones=[{"number": "1"}, {"number": "2"}])]))[1].lines]
    assert hsds.dropped == ("accreditations: the kiosk has no place for it",
                            "phones: 1 more phone number(s) — the kiosk shows the first")

    source = write_json(tmp_path / "page.json", page)
    assert main(["--format", "openactive", str(source), "--store", str(tmp_path / "store.json")]) == 0
    data = json.loads((tmp_path / "store.json").read_text(encoding="utf-8"))
    assert data[0]["price"] == {"amount_pence": 0, "currency": "GBP", "note": ""} and data[0]["drop_in"] is None


def test_report_as_json_lists_every_record() -> None:
    parsed = parse_services([_service("a"), _service("b", status="deleted"),
                             _service("c", service_at_locations=[{"id": "x", "location_id": "nowhere"}])])
    report = merge({}, parsed)[1].as_json()
    assert report["summary"]["added"] == 1 and report["summary"]["skipped"] == 4
    assert [(r["action"], r["source"], r["reason"]) for r in report["records"]] == [
        ("added", "hsds:a@loc-hub", ""),
        ("skipped", "hsds:b@loc-hub", "status is 'deleted', and not here to remove"),
        ("skipped", "hsds:b", "deleted: status is 'deleted'"),
        ("skipped", "hsds:c@nowhere", "unmappable: its location 'nowhere' is not given anywhere in this import"),
        ("skipped", "hsds:c", "unmappable: has no physical location to show on the kiosk")]
    json.dumps(report)  # plain JSON
