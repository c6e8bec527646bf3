"""Sample import files the tests write: an HSDS 3 directory (nested JSON and the same data as CSV tables,
written out independently) and OpenActive RPDE pages. Glasgow places; phone numbers from Ofcom's drama range."""

from __future__ import annotations

import copy
import csv
import json
from pathlib import Path
from typing import Any

ORG = {"id": "org-1", "name": "Riverside Community Trust", "description": "Local charity.",
       "email": "hello@riverside-trust.example", "website": "https://riverside-trust.example"}
HUB = {"id": "loc-hub", "name": "Riverside Community Hub", "location_type": "physical",
       "addresses": [{"id": "addr-1", "location_id": "loc-hub", "address_1": "12 Kelvin Street", "city": "Glasgow",
                      "postal_code": "G3 7AB", "country": "GB", "address_type": "physical"}],
       "accessibility": [{"id": "acc-1", "location_id": "loc-hub",
                          "description": "Level access from Kelvin Street. Accessible toilet on the ground floor.",
                          "details": "Induction loop at reception."}],
       "phones": [], "languages": [], "schedules": []}
LIBRARY = {"id": "loc-lib", "name": "Riverside Library", "location_type": "physical",
           "addresses": [{"id": "addr-2", "location_id": "loc-lib", "address_1": "20 Kelvin Street",
                          "city": "Glasgow", "postal_code": "G3 7AD", "address_type": "physical"}],
           "accessibility": [], "phones": [], "languages": [],
           "schedules": [{"id": "sch-lib", "location_id": "loc-lib", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA,SU",
                          "opens_at": "00:00", "closes_at": "23:59"}]}
ONLINE = {"id": "loc-web", "name": "Online", "location_type": "virtual", "addresses": [], "accessibility": [],
          "phones": [], "languages": [], "schedules": []}


def _sal(sid: str, loc: dict[str, Any], n: int = 1) -> dict[str, Any]:
    return {"id": f"sal-{sid}-{n}", "service_id": sid, "location_id": loc["id"], "location": loc, "schedules": [],
            "phones": []}


def _service(sid: str, name: str, locs: list[dict[str, Any]], schedules: list[dict[str, Any]],
             **extra: Any) -> dict[str, Any]:
    return {"id": sid, "organization_id": "org-1", "name": name, "status": "active", "organization": ORG,
            "service_at_locations": [_sal(sid, loc) for loc in locs],
            "schedules": [s | {"service_id": sid} for s in schedules], "phones": [], "languages": [],
            "attributes": [], "cost_options": []} | extra


def hsds_services() -> list[dict[str, Any]]:
    """The nested services, as the HSDS API would return them."""
    return copy.deepcopy([
        _service("svc-cafe", "Community café", [HUB],
                 [{"id": "sch-cafe", "freq": "WEEKLY", "byday": "WE,FR", "opens_at": "10:00:00",
                   "closes_at": "12:00:00"}],
                 description="<p>Tea, coffee and toast with your neighbours. Soup on Fridays.</p>",
                 application_process="Just drop in &mdash; no need to book.",
                 phones=[{"id": "ph-1", "service_id": "svc-cafe", "number": "0141 496 0123"}],
                 languages=[{"id": "lang-1", "service_id": "svc-cafe", "name": "English", "code": "en"},
                            {"id": "lang-2", "service_id": "svc-cafe", "name": "Polish", "code": "pl"}],
                 attributes=[{"id": "attr-1", "link_id": "svc-cafe", "link_entity": "service",
                              "taxonomy_term_id": "t-food", "taxonomy_term": {"id": "t-food", "name": "Food & drink"}}],
                 cost_options=[{"id": "cost-1", "service_id": "svc-cafe", "amount": 0, "currency": "GBP",
                                "amount_description": "Pay what you can"}]),
        _service("svc-warm", "Warm space", [LIBRARY],
                 [{"id": "sch-warm-1", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "10:00",
                   "closes_at": "16:00"},
                  {"id": "sch-warm-2", "freq": "WEEKLY", "byday": "SA", "opens_at": "10:00", "closes_at": "13:00"}],
                 description="Somewhere warm to sit.", fees_description="Free"),
        _service("svc-advice", "Money advice", [HUB],
                 [{"id": "sch-adv-1", "freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "13:00"},
                  {"id": "sch-adv-2", "freq": "MONTHLY", "byday": "2TU", "opens_at": "17:00", "closes_at": "19:00"}],
                 eligibility_description="Anyone living in Glasgow", email="advice@example.org",
                 cost_options=[{"id": "cost-2", "service_id": "svc-advice", "amount": 2.5, "currency": "gbp",
                                "amount_description": "per session"},
                               {"id": "cost-3", "service_id": "svc-advice", "amount": 1, "currency": "gbp",
                                "amount_description": "concessions"}]),
        _service("svc-walk", "Health walk", [HUB],
                 [{"id": "sch-walk", "freq": "MONTHLY", "byday": "-1FR", "dtstart": "2026-01-30", "count": 12,
                   "opens_at": "10:30", "closes_at": "12:30"}], minimum_age=18),
        _service("svc-books", "Book returns", [LIBRARY], []),
        _service("svc-gone", "Old lunch club", [HUB],
                 [{"id": "sch-gone", "freq": "WEEKLY", "byday": "MO", "opens_at": "12:00", "closes_at": "13:00"}],
                 status="defunct"),
        _service("svc-web", "Online advice", [ONLINE],
                 [{"id": "sch-web", "freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "17:00"}]),
        _service("svc-bad", "Choir", [HUB],
                 [{"id": "sch-bad", "freq": "WEEKLY", "byday": "TH", "opens_at": "25:00", "closes_at": "26:00"}]),
    ])


def hsds_tables() -> dict[str, list[dict[str, Any]]]:
    """The same data as the HSDS tabular package (written by hand, not derived from the nested form)."""
    return {
        "organizations": [{k: ORG[k] for k in ("id", "name", "description", "email", "website")}],
        "services": [
            {"id": "svc-cafe", "organization_id": "org-1", "name": "Community café", "status": "active",
             "description": "<p>Tea, coffee and toast with your neighbours. Soup on Fridays.</p>",
             "application_process": "Just drop in &mdash; no need to book."},
            {"id": "svc-warm", "organization_id": "org-1", "name": "Warm space", "status": "active",
             "description": "Somewhere warm to sit.", "fees_description": "Free"},
            {"id": "svc-advice", "organization_id": "org-1", "name": "Money advice", "status": "active",
             "eligibility_description": "Anyone living in Glasgow", "email": "advice@example.org"},
            {"id": "svc-walk", "organization_id": "org-1", "name": "Health walk", "status": "active",
             "minimum_age": "18"},
            {"id": "svc-books", "organization_id": "org-1", "name": "Book returns", "status": "active"},
            {"id": "svc-gone", "organization_id": "org-1", "name": "Old lunch club", "status": "defunct"},
            {"id": "svc-web", "organization_id": "org-1", "name": "Online advice", "status": "active"},
            {"id": "svc-bad", "organization_id": "org-1", "name": "Choir", "status": "active"},
        ],
        "locations": [{"id": "loc-hub", "name": "Riverside Community Hub", "location_type": "physical"},
                      {"id": "loc-lib", "name": "Riverside Library", "location_type": "physical"},
                      {"id": "loc-web", "name": "Online", "location_type": "virtual"}],
        "addresses": [{"id": "addr-1", "location_id": "loc-hub", "address_1": "12 Kelvin Street", "city": "Glasgow",
                       "postal_code": "G3 7AB", "country": "GB", "address_type": "physical"},
                      {"id": "addr-2", "location_id": "loc-lib", "address_1": "20 Kelvin Street", "city": "Glasgow",
                       "postal_code": "G3 7AD", "address_type": "physical"}],
        "accessibility": [{"id": "acc-1", "location_id": "loc-hub",
                           "description": "Level access from Kelvin Street. Accessible toilet on the ground floor.",
                           "details": "Induction loop at reception."}],
        "service_at_locations": [
            {"id": f"sal-{sid}-1", "service_id": sid, "location_id": lid} for sid, lid in (
                ("svc-cafe", "loc-hub"), ("svc-warm", "loc-lib"), ("svc-advice", "loc-hub"), ("svc-walk", "loc-hub"),
                ("svc-books", "loc-lib"), ("svc-gone", "loc-hub"), ("svc-web", "loc-web"), ("svc-bad", "loc-hub"))],
        "schedules": [
            {"id": "sch-cafe", "service_id": "svc-cafe", "freq": "WEEKLY", "byday": "WE,FR", "opens_at": "10:00:00",
             "closes_at": "12:00:00"},
            {"id": "sch-warm-1", "service_id": "svc-warm", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR",
             "opens_at": "10:00", "closes_at": "16:00"},
            {"id": "sch-warm-2", "service_id": "svc-warm", "freq": "WEEKLY", "byday": "SA", "opens_at": "10:00",
             "closes_at": "13:00"},
            {"id": "sch-adv-1", "service_id": "svc-advice", "freq": "WEEKLY", "byday": "TU", "opens_at": "10:00",
             "closes_at": "13:00"},
            {"id": "sch-adv-2", "service_id": "svc-advice", "freq": "MONTHLY", "byday": "2TU", "opens_at": "17:00",
             "closes_at": "19:00"},
            {"id": "sch-walk", "service_id": "svc-walk", "freq": "MONTHLY", "byday": "-1FR", "dtstart": "2026-01-30",
             "count": "12", "opens_at": "10:30", "closes_at": "12:30"},
            {"id": "sch-lib", "location_id": "loc-lib", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA,SU",
             "opens_at": "00:00", "closes_at": "23:59"},
            {"id": "sch-gone", "service_id": "svc-gone", "freq": "WEEKLY", "byday": "MO", "opens_at": "12:00",
             "closes_at": "13:00"},
            {"id": "sch-web", "service_id": "svc-web", "freq": "WEEKLY", "byday": "MO", "opens_at": "09:00",
             "closes_at": "17:00"},
            {"id": "sch-bad", "service_id": "svc-bad", "freq": "WEEKLY", "byday": "TH", "opens_at": "25:00",
             "closes_at": "26:00"},
        ],
        "phones": [{"id": "ph-1", "service_id": "svc-cafe", "number": "0141 496 0123"}],
        "languages": [{"id": "lang-1", "service_id": "svc-cafe", "name": "English", "code": "en"},
                      {"id": "lang-2", "service_id": "svc-cafe", "name": "Polish", "code": "pl"}],
        "attributes": [{"id": "attr-1", "link_id": "svc-cafe", "link_entity": "service", "taxonomy_term_id": "t-food"}],
        "taxonomy_terms": [{"id": "t-food", "name": "Food & drink", "taxonomy": "local"}],
        "cost_options": [{"id": "cost-1", "service_id": "svc-cafe", "amount": "0", "currency": "GBP",
                          "amount_description": "Pay what you can"},
                         {"id": "cost-2", "service_id": "svc-advice", "amount": "2.50", "currency": "gbp",
                          "amount_description": "per session"},
                         {"id": "cost-3", "service_id": "svc-advice", "amount": "1", "currency": "gbp",
                          "amount_description": "concessions"}],
    }


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def write_csv_package(folder: Path, tables: dict[str, list[dict[str, Any]]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        columns = list(dict.fromkeys(k for row in rows for k in row))
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=columns)
            w.writeheader()
            w.writerows(rows)
    return folder


# -- OpenActive ---------------------------------------------------------------------------------------------------

SERIES_URL = "https://example.org/session-series/"
PLACE = {"@type": "Place", "name": "Riverside Community Hub",
         "address": {"@type": "PostalAddress", "streetAddress": "12 Kelvin Street", "addressLocality": "Glasgow",
                     "postalCode": "G3 7AB", "addressCountry": "GB"}}


def series(sid: str, name: str, schedule: list[dict[str, Any]] | None, **extra: Any) -> dict[str, Any]:
    data = {"@context": ["https://openactive.io/"], "@type": "SessionSeries", "@id": SERIES_URL + sid, "name": name,
            "description": f"{name} at the hub.", "location": PLACE,
            "organizer": {"@type": "Organization", "name": "Move More Glasgow", "email": "move@example.org",
                          "telephone": "0141 496 0555"},
            "offers": [{"@type": "Offer", "price": 0, "priceCurrency": "GBP"}]} | extra
    if schedule is not None:
        data["eventSchedule"] = schedule
    return data


def weekly(day: str, start: str, end: str, **extra: Any) -> dict[str, Any]:
    return {"@type": "PartialSchedule", "repeatFrequency": "P1W", "byDay": [f"https://schema.org/{day}"],
            "startTime": start, "endTime": end, "scheduleTimezone": "Europe/London"} | extra


def item(kind: str, iid: str, modified: int, data: dict[str, Any] | None = None) -> dict[str, Any]:
    if data is None:
        return {"state": "deleted", "kind": kind, "id": iid, "modified": modified}
    return {"state": "updated", "kind": kind, "id": iid, "modified": modified, "data": data}


def session(sid: str, series_id: str, start: str, end: str, status: str = "EventScheduled") -> dict[str, Any]:
    return {"@type": "ScheduledSession", "@id": f"https://example.org/sessions/{sid}",
            "superEvent": SERIES_URL + series_id, "startDate": start, "endDate": end,
            "eventStatus": f"https://schema.org/{status}"}


def rpde_series_page() -> dict[str, Any]:
    yoga = series("yoga", "Chair yoga", [weekly("Tuesday", "11:00", "12:00", startDate="2026-01-06",
                                                exceptDate=["2026-12-29T11:00:00Z"])],
                  activity=[{"@type": "Concept", "prefLabel": "Yoga"}], ageRange={"minValue": 50},
                  offers=[{"price": 3.5, "priceCurrency": "GBP", "name": "Adult"},
                          {"price": 2, "priceCurrency": "GBP", "name": "Concession"}],
                  accessibilitySupport=[{"prefLabel": "Wheelchair users"}],
                  accessibilityInformation="Chairs provided. Hearing loop in the hall.",
                  image=[{"@type": "ImageObject", "url": "https://example.org/yoga.jpg"}])
    ceilidh = series("ceilidh", "Ceilidh night", [{"@type": "PartialSchedule", "repeatFrequency": "P1M",
                                                   "byDay": ["-1FR"], "startTime": "19:00", "duration": "PT2H30M"}],
                     isAccessibleForFree=True, offers=[])
    return {"next": "https://example.org/feeds/session-series?afterId=z", "license": "CC-BY-4.0", "items": [
        item("SessionSeries", "yoga", 100, yoga),
        item("SessionSeries", "ceilidh", 101, ceilidh),
        item("SessionSeries", "tea-dance", 102, series("tea-dance", "Tea dance", None)),
        item("SessionSeries", "old", 90, series("old", "Old club", [weekly("Monday", "10:00", "11:00")])),
        item("SessionSeries", "old", 200),  # deleted later in the feed
        item("SessionSeries", "called-off", 103, series("called-off", "Pilates", [weekly("Monday", "18:00", "19:00")],
                                                        eventStatus="https://schema.org/EventCancelled")),
        item("SessionSeries", "dublin", 104, series("dublin", "Dublin swim", [weekly(
            "Monday", "07:00", "08:00", scheduleTimezone="Europe/Dublin")])),
        item("Slot", "slot-1", 105, {"@type": "Slot"}),
        item("Slot", "slot-2", 106, {"@type": "Slot"}),
        item("FacilityUse", "hall", 107, {
            "@type": "FacilityUse", "@id": "https://example.org/facility-uses/hall", "name": "Main hall",
            "location": PLACE, "provider": {"@type": "Organization", "name": "Riverside Community Hub"},
            "facilityType": [{"prefLabel": "Sports hall"}],
            "hoursAvailable": [{"@type": "OpeningHoursSpecification", "dayOfWeek": [
                "https://schema.org/Monday", "https://schema.org/Tuesday", "https://schema.org/Wednesday",
                "https://schema.org/Thursday", "https://schema.org/Friday"], "opens": "09:00", "closes": "17:00"},
                {"@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/Saturday",
                 "opens": "10:00", "closes": "14:00"}]}),
        item("FacilityUse", "pool", 108),  # deleted
    ]}


def rpde_sessions_page() -> dict[str, Any]:
    return {"next": "https://example.org/feeds/scheduled-sessions?afterId=z", "items": [
        item("ScheduledSession", "s1", 10, session("s1", "yoga", "2026-12-08T11:00:00Z", "2026-12-08T12:00:00Z",
                                                   "EventCancelled")),
        item("ScheduledSession", "s2", 11, session("s2", "yoga", "2026-12-10T14:00:00Z", "2026-12-10T15:00:00Z")),
        item("ScheduledSession", "s3", 12, session("s3", "yoga", "2026-12-15T11:00:00Z", "2026-12-15T12:00:00Z")),
        item("ScheduledSession", "t1", 13, session("t1", "tea-dance", "2026-12-05T14:00:00Z", "2026-12-05T16:00:00Z")),
        item("ScheduledSession", "t2", 14, session("t2", "tea-dance", "2026-12-19T14:00:00Z", "2026-12-19T16:00:00Z",
                                                   "EventPostponed")),
        item("ScheduledSession", "t3", 15, session("t3", "tea-dance", "2027-03-30T14:00:00+01:00",
                                                   "2027-03-30T16:00:00+01:00")),
        item("ScheduledSession", "t0", 16, session("t0", "tea-dance", "2026-11-01T14:00:00Z", "2026-11-01T16:00:00Z")),
        item("ScheduledSession", "x1", 17, session("x1", "nowhere", "2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z")),
        item("ScheduledSession", "t4", 18),  # deleted
    ]}
