"""HSDS 3 tables (the CSV package, or the same tables as JSON) nested into service records like the API's.

Each table is a list of rows (dicts; CSV cells are strings, an empty cell is "no value"). The core links must
hold — a service_at_location's service and location exist, ids are unique — or `ListingImportError` names the
file, row and field; links from satellite tables (phones, languages, …) to records not in the package are
ignored. Rows may carry `_row` (the spreadsheet row number) for error messages. Thread: any (pure functions).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kiosk.whatson.imports.common import ListingImportError

TABLES = ("services", "organizations", "locations", "addresses", "service_at_locations", "schedules", "phones",
          "languages", "accessibility", "attributes", "taxonomy_terms", "cost_options")
REQUIRED: dict[str, tuple[str, ...]] = {
    "services": ("id", "name"), "organizations": ("id", "name"), "locations": ("id",),
    "addresses": ("location_id",), "service_at_locations": ("service_id", "location_id"), "schedules": ("id",),
    "phones": ("number",), "accessibility": ("location_id",), "attributes": ("link_id", "taxonomy_term_id"),
    "taxonomy_terms": ("id", "name"), "cost_options": ("service_id",), "languages": (),
}
UNIQUE = ("services", "organizations", "locations", "service_at_locations", "taxonomy_terms", "schedules")


def _value(row: Mapping[str, Any], key: str) -> str:
    v = row.get(key)
    return "" if v is None else str(v).strip()


def _clean(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows with empty cells dropped and a `_row` number (spreadsheet numbering: the header is row 1)."""
    out = []
    for i, row in enumerate(rows):
        clean = {k: v for k, v in row.items() if k is not None and v is not None and v != ""}
        clean.setdefault("_row", i + 2)
        out.append(clean)
    return out


def services_from_tables(tables: Mapping[str, Sequence[Mapping[str, Any]]],
                         file_of: Callable[[str], str] = lambda name: f"{name}.csv") -> list[dict[str, Any]]:
    """Nested services (with organization, service_at_locations → location, schedules, phones, …)."""
    if "services" not in tables:
        raise ListingImportError("there is no services table: this is not an HSDS package", file=file_of("services"))
    t = {name: _clean(tables.get(name, [])) for name in TABLES}
    for name in TABLES:
        seen: set[str] = set()
        for row in t[name]:
            for col in REQUIRED[name]:
                if not _value(row, col):
                    raise ListingImportError(f"{col} is required", file=file_of(name), row=row["_row"], field=col)
            if name in UNIQUE:
                rid = _value(row, "id")
                if not rid:
                    raise ListingImportError("id is required", file=file_of(name), row=row["_row"], field="id")
                if rid in seen:
                    raise ListingImportError(f"id {rid!r} appears twice", file=file_of(name), row=row["_row"],
                                             field="id")
                seen.add(rid)

    def by(name: str, key: str) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for row in t[name]:
            if _value(row, key):
                out.setdefault(_value(row, key), []).append(row)
        return out

    terms = {_value(r, "id"): r for r in t["taxonomy_terms"]}
    orgs = {_value(r, "id"): r for r in t["organizations"]}
    service_ids = {_value(r, "id") for r in t["services"]}
    at_location = {name: by(name, "location_id") for name in ("addresses", "phones", "accessibility", "languages",
                                                                "schedules")}
    of_service = {name: by(name, "service_id") for name in ("phones", "languages", "cost_options", "schedules")}
    sal_schedules, sal_phones = by("schedules", "service_at_location_id"), by("phones", "service_at_location_id")
    attributes = by("attributes", "link_id")
    locations: dict[str, dict[str, Any]] = {}
    for row in t["locations"]:
        lid = _value(row, "id")
        locations[lid] = row | {name: at_location[name].get(lid, []) for name in at_location} | {
            "schedules": [s for s in at_location["schedules"].get(lid, [])
                          if not _value(s, "service_id") and not _value(s, "service_at_location_id")]}
    sals: dict[str, list[dict[str, Any]]] = {}
    for row in t["service_at_locations"]:
        sid, lid = _value(row, "service_id"), _value(row, "location_id")
        if sid not in service_ids:
            raise ListingImportError(f"service {sid!r} is not in {file_of('services')}",
                                     file=file_of("service_at_locations"), row=row["_row"], field="service_id")
        if lid not in locations:
            raise ListingImportError(f"location {lid!r} is not in {file_of('locations')}",
                                     file=file_of("service_at_locations"), row=row["_row"], field="location_id")
        sal_id = _value(row, "id")
        sals.setdefault(sid, []).append(row | {"location": locations[lid], "schedules": sal_schedules.get(sal_id, []),
                                               "phones": sal_phones.get(sal_id, [])})
    services = []
    for row in t["services"]:
        sid = _value(row, "id")
        services.append(row | {name: of_service[name].get(sid, []) for name in of_service} | {
            "organization": orgs.get(_value(row, "organization_id")),
            "service_at_locations": sals.get(sid, []),
            "schedules": [s for s in of_service["schedules"].get(sid, []) if not _value(s, "service_at_location_id")],
            "attributes": [a | {"taxonomy_term": terms.get(_value(a, "taxonomy_term_id"))}
                           for a in attributes.get(sid, []) if _value(a, "link_entity") in ("", "service")]})
    return services
