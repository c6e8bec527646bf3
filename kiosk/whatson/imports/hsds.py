"""Open Referral HSDS 3 → listings: one listing per service at each physical location.

Input is HSDS's nested JSON — a list of services, an API page (`{"contents": [...]}`), one service, or
tables as JSON (`{"services": [...], "locations": [...], ...}`) — or the CSV package's tables
(kiosk.whatson.imports.hsds_tables nests them first). Mapping:
  title/description        service name / description (HTML dropped); the card's summary is its first sentence
  category                 the service's taxonomy terms (name, code or id) through the category mapping
                           (kiosk.whatson.imports.categories; a term not listed there: "Other")
  place                    the location's name and physical address. A service_at_location may carry only a
                           location_id (or a location object with only its id): the location is then looked up
                           among every location given anywhere in the import — API pages list a shared
                           location once, with the first service that uses it
  access                   the location's accessibility records; none at all: not known
  organiser, contact       the organisation; the first phone, the service's (or organisation's) email and url
  price                    cost_options (lowest amount), else fees_description ("Free" is free; other words
                           are kept as they are), else not known — never free by default
  who it is for            eligibility_description, else minimum/maximum age
  booking                  "drop-in", "no appointment", … → drop in; "book", "appointment", "referral", … →
                           book first; in application_process, description or schedules; else not known
  schedules                the service-at-location's, else the service's (for that location), else the location's
Fields the kiosk has no place for are named per listing in the report (`Parsed.dropped`).
Plain weekly hours on 3+ days become a *space* with opening hours, anything else an *activity* (override with
kind='activity'|'space'). Ids are uuid5("hsds", service id, location id). A service whose status is not
active is removed if it was imported before. Thread: any (pure functions).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from kiosk.whatson.imports.categories import CategoryMap
from kiosk.whatson.imports.common import (
    ListingImportError,
    Parsed,
    Removal,
    Skip,
    accessibility_from,
    booking_from,
    plain,
    stable_id,
    summary_from,
    unique,
)
from kiosk.whatson.imports.hsds_tables import TABLES, services_from_tables
from kiosk.whatson.imports.rules import (
    RuleSpec,
    Unusable,
    a_date,
    choose_kind,
    clock_time,
    closing_time,
    day_rules,
    opening_hours,
    split_list,
    to_rule,
    whole,
)
from kiosk.whatson.rules.listings import Contact, Kind, Listing, ListingError, Place, Price
from kiosk.whatson.rules.schedules import Freq, Sessions

KINDS = ("auto", "activity", "space")
_FREE = re.compile(r"^\s*(it'?s\s+)?(free|free of charge|no charge|no cost|no fee|free to attend|free service)"
                   r"[\s.!]*$", re.IGNORECASE)
# What the mapping reads (anything else a record carries is named in the report as left out).
_SERVICE_READ = frozenset({
    "id", "name", "description", "status", "service_at_locations", "schedules", "organization", "organization_id",
    "attributes", "email", "url", "phones", "languages", "cost_options", "fees", "fees_description",
    "eligibility_description", "minimum_age", "maximum_age", "application_process", "_row"})
_LOCATION_READ = frozenset({"id", "name", "addresses", "accessibility", "languages", "schedules", "phones",
                            "location_type", "_row"})
_QUIET = frozenset({"contacts", "metadata", "attributes", "organization_id", "service_id", "location_id", "id",
                    "latitude", "longitude", "external_identifiers", "external_identifier",
                    "external_identifier_type", "url", "last_modified", "assured_date", "assurer_email"})


def parse_hsds_json(data: Any, *, file: str = "", kind: str = "auto", categories: CategoryMap | None = None) -> Parsed:
    """HSDS JSON (already decoded) → listings; ListingImportError if it is not HSDS-shaped."""
    if isinstance(data, list):
        services = data
    elif isinstance(data, dict) and isinstance(data.get("contents"), list):
        services = data["contents"]
    elif isinstance(data, dict) and isinstance(data.get("services"), list):
        if not any(k in data for k in TABLES if k != "services"):
            services = data["services"]
        else:
            for name, rows in data.items():
                if name in TABLES and not (isinstance(rows, list) and all(isinstance(r, dict) for r in rows)):
                    raise ListingImportError("must be a list of objects", file=file, field=name)
            tables = {name: rows for name, rows in data.items() if name in TABLES}
            return parse_services(services_from_tables(tables, file_of=lambda name: f"{file} → {name}"),
                                  file=f"{file} → services", kind=kind, categories=categories)
    elif isinstance(data, dict) and "id" in data and "name" in data:
        services = [data]
    else:
        raise ListingImportError("this is not HSDS: expected a list of services, an API page with 'contents', "
                                 "one service, or tables with 'services'", file=file)
    return parse_services(services, file=file, kind=kind, categories=categories)


def services_of(data: Any, *, file: str = "") -> list[Any]:
    """The services of one HSDS JSON document in its nested form (an API page's `contents`, a list, one
    service, or tables nested first) — to gather several pages before `parse_services`."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        return list(data["contents"])
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("services"), list) and any(
            k in data for k in TABLES if k != "services"):
        tables = {name: rows for name, rows in data.items() if name in TABLES and isinstance(rows, list)}
        return services_from_tables(tables, file_of=lambda name: f"{file} → {name}")
    if isinstance(data, dict) and isinstance(data.get("services"), list):
        return list(data["services"])
    if isinstance(data, dict) and "id" in data and "name" in data:
        return [data]
    raise ListingImportError("this is not HSDS: expected a list of services, an API page with 'contents', "
                             "one service, or tables with 'services'", file=file)


def _check(services: Sequence[Any], file: str) -> None:
    seen: set[str] = set()
    for i, s in enumerate(services):
        row = s.get("_row", f"service {i + 1}") if isinstance(s, dict) else f"service {i + 1}"
        if not isinstance(s, dict):
            raise ListingImportError("each service must be an object", file=file, row=row)
        sid = s.get("id")
        if not isinstance(sid, str | int) or isinstance(sid, bool) or str(sid).strip() == "":
            raise ListingImportError("every service needs an id", file=file, row=row, field="id")
        if str(sid) in seen:
            raise ListingImportError(f"service id {sid!r} appears twice", file=file, row=row, field="id")
        seen.add(str(sid))
        if not isinstance(s.get("name"), str) or not s["name"].strip():
            raise ListingImportError("every service needs a name", file=file, row=row, field="name")
        for key in ("service_at_locations", "schedules", "phones", "languages", "attributes", "cost_options"):
            if s.get(key) is not None and not isinstance(s[key], list):
                raise ListingImportError("must be a list", file=file, row=row, field=key)
        for j, sal in enumerate(s.get("service_at_locations") or []):
            if not isinstance(sal, dict) or not (isinstance(sal.get("location"), dict) or _ref(sal.get("location_id"))):
                raise ListingImportError("each service_at_location needs its location object or a location_id",
                                         file=file, row=row, field=f"service_at_locations[{j}].location")


def _ref(value: object) -> str:
    return str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""


def _location_lookup(services: Sequence[Any]) -> dict[str, dict[str, Any]]:
    """Every location given with more than its id, anywhere in the import, by id (the fullest one wins)."""
    found: dict[str, dict[str, Any]] = {}
    for s in services:
        for sal in s.get("service_at_locations") or []:
            loc = sal.get("location")
            lid = _ref(loc.get("id")) if isinstance(loc, dict) else ""
            if lid and len(set(loc) - {"id", "_row"}) > len(set(found.get(lid, {})) - {"id", "_row"}):
                found[lid] = loc
    return found


def _resolved(sal: Mapping[str, Any], lookup: Mapping[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The service_at_location with its full location, or None when the location is given nowhere."""
    loc: dict[str, Any] = sal["location"] if isinstance(sal.get("location"), dict) else {}
    lid = _ref(loc.get("id")) or _ref(sal.get("location_id"))
    full = lookup.get(lid, {}) | {k: v for k, v in loc.items() if v not in (None, "", [])}
    if not lid or set(full) <= {"id", "_row"}:
        return None
    return dict(sal) | {"location": full | {"id": lid}}


def parse_services(services: Sequence[Any], *, file: str = "", kind: str = "auto",
                   categories: CategoryMap | None = None) -> Parsed:
    """Nested HSDS service records → listings, removals (services no longer active), skips with reasons, and
    per listing the fields left out. `services` may come from several API pages: a location given once is
    found for every service that names it."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    _check(services, file)
    mapping = categories or CategoryMap()
    lookup = _location_lookup(services)
    listings: list[Listing] = []
    removals: list[Removal] = []
    skipped: list[Skip] = []
    dropped: list[tuple[Any, tuple[str, ...]]] = []
    for s in services:
        sid = str(s["id"]).strip()
        title = plain(s["name"], 120)
        resolved: list[dict[str, Any]] = []
        for sal in s.get("service_at_locations") or []:
            full = _resolved(sal, lookup)
            if full is None:
                lid = _ref(sal["location"].get("id")) if isinstance(sal.get("location"), dict) else _ref(
                    sal.get("location_id"))
                skipped.append(Skip(f"hsds:{sid}@{lid}", title, f"unmappable: its location {lid!r} is not given "
                                                                "anywhere in this import"))
            elif str(full["location"].get("location_type") or "physical").lower() != "virtual":
                resolved.append(full)
        status = str(s.get("status") or "active").strip().lower()
        if status != "active":
            for sal in resolved:
                lid = str(sal["location"].get("id", ""))
                removals.append(Removal(stable_id("hsds", sid, lid), f"hsds:{sid}@{lid}", f"status is '{status}'"))
            skipped.append(Skip(f"hsds:{sid}", title, f"{'deleted' if status == 'deleted' else 'inactive'}: "
                                                      f"status is '{status}'"))
            continue
        if not resolved:
            skipped.append(Skip(f"hsds:{sid}", title, "unmappable: has no physical location to show on the kiosk"))
            continue
        for sal in resolved:
            lid = str(sal["location"].get("id", ""))
            try:
                listing, left_out = _listing(s, sal, sid, lid, title, kind, mapping)
            except (Unusable, ListingError) as e:
                skipped.append(Skip(f"hsds:{sid}@{lid}", title, f"unmappable: {e}"))
                continue
            listings.append(listing)
            if left_out:
                dropped.append((listing.id, left_out))
    return Parsed(tuple(listings), tuple(removals), tuple(skipped), tuple(dropped))


def _list(obj: Mapping[str, Any] | None, key: str) -> list[dict[str, Any]]:
    value = (obj or {}).get(key)
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def _spec(s: Mapping[str, Any]) -> RuleSpec:
    if not s.get("opens_at") or not s.get("closes_at"):
        raise Unusable("a schedule has no opens_at and closes_at")
    if s.get("byweekno") or s.get("byyearday"):
        raise Unusable("schedules by week number or day of the year are not supported")
    start, end = clock_time(s["opens_at"], "opens_at"), closing_time(s["closes_at"], "closes_at")
    firsts = [a_date(s[k], k) for k in ("dtstart", "valid_from") if s.get(k)]
    lasts = [a_date(s[k], k) for k in ("until", "valid_to") if s.get(k)]
    days = day_rules(split_list(s.get("byday")))
    monthdays = tuple(whole(x, "bymonthday") or 0 for x in split_list(s.get("bymonthday")))
    freq_text = str(s.get("freq") or "").strip().upper()
    common = {"start": start, "end": end, "starts_on": max(firsts) if firsts else None,
              "until": min(lasts) if lasts else None}
    if freq_text in ("WEEKLY", "MONTHLY") or (not freq_text and days):
        return RuleSpec(freq=Freq.MONTHLY if freq_text == "MONTHLY" else Freq.WEEKLY, days=days, monthdays=monthdays,
                        interval=whole(s.get("interval"), "interval", 1) or 0,
                        count=whole(s.get("count"), "count"), **common)  # type: ignore[arg-type]
    if freq_text:
        raise Unusable(f"freq {freq_text!r} is not supported (WEEKLY or MONTHLY)")
    if not firsts:
        raise Unusable("a schedule has no freq, byday or date")
    return RuleSpec(start=start, end=end, on=max(firsts))


def _schedules(service: Mapping[str, Any], sal: Mapping[str, Any], lid: str) -> list[dict[str, Any]]:
    own = _list(sal, "schedules")
    if own:
        return own
    sal_id = str(sal.get("id") or "")
    for_here = [x for x in _list(service, "schedules")
                if str(x.get("location_id") or lid) == lid and str(x.get("service_at_location_id") or sal_id) == sal_id]
    return for_here or _list(sal["location"], "schedules")


def _money(amount: object) -> int | None:
    try:
        value = float(amount)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return round(value * 100) if value >= 0 else None


def _price(service: Mapping[str, Any]) -> Price | None:
    """What the source says it costs: cost_options' lowest amount, else the fees text ("Free" alone is free,
    anything else is kept in its own words), else None — not known."""
    options = [(p, o) for o in _list(service, "cost_options") if (p := _money(o.get("amount"))) is not None]
    if options:
        pence, cheapest = min(options, key=lambda x: x[0])
        note = "; ".join(unique(plain(o.get("amount_description")) or plain(o.get("option")) for _, o in options))
        currency = str(cheapest.get("currency") or "GBP").strip().upper()
        return Price(pence, currency if len(currency) == 3 and currency.isalpha() else "GBP", plain(note, 200))
    fees = plain(service.get("fees_description") or service.get("fees"), 200)
    if fees:
        return Price(0) if _FREE.match(fees) else Price(None, note=fees)
    texts = [plain(o.get("option")) or plain(o.get("amount_description")) for o in _list(service, "cost_options")]
    texts = [t for t in texts if t]
    if texts:  # cost options in words only
        return Price(0) if all(_FREE.match(t) for t in texts) else Price(None, note=plain("; ".join(texts), 200))
    return None


def _audience(service: Mapping[str, Any]) -> str:
    text = plain(service.get("eligibility_description"), 280)
    if text:
        return text
    lo, hi = (whole(service.get(k), k) for k in ("minimum_age", "maximum_age"))
    if lo and hi:
        return f"Ages {lo} to {hi}"
    return f"Ages {lo} and over" if lo else f"Up to age {hi}" if hi else ""


def _address(location: Mapping[str, Any]) -> tuple[str, str]:
    addresses = _list(location, "addresses")
    physical = [a for a in addresses if str(a.get("address_type") or "physical").lower() == "physical"] or addresses
    a = physical[0] if physical else {}
    parts = unique(plain(a.get(k)) for k in ("address_1", "address_2", "city", "postal_code"))
    return plain(a.get("address_1"), 120), plain(", ".join(parts), 200)


def _contact(service: Mapping[str, Any], sal: Mapping[str, Any], org: Mapping[str, Any]) -> Contact:
    phones = [p for src in (sal, service, sal["location"], org) for p in _list(src, "phones") if p.get("number")]
    phone = ""
    if phones:
        ext = plain(phones[0].get("extension"))
        phone = plain(f"{phones[0]['number']}{' ext. ' + ext if ext else ''}", 40)
    email = plain(service.get("email") or org.get("email"), 200)
    if "@" not in email or " " in email:
        email = ""
    return Contact(phone, email, plain(service.get("url") or org.get("website"), 500))


def _left_out(service: Mapping[str, Any], location: Mapping[str, Any]) -> tuple[str, ...]:
    """The fields a record carries that the kiosk has no place for, in words."""
    out = [f"{key}: the kiosk has no place for it" for key, value in service.items()
           if key not in _SERVICE_READ | _QUIET and value not in (None, "", [], {})]
    out += [f"location {key}: the kiosk has no place for it" for key, value in location.items()
            if key not in _LOCATION_READ | _QUIET and value not in (None, "", [], {})]
    phones = [p for src in (service, location) for p in _list(src, "phones") if p.get("number")]
    if len(phones) > 1:
        out.append(f"phones: {len(phones) - 1} more phone number(s) — the kiosk shows the first")
    addresses = _list(location, "addresses")
    if len(addresses) > 1:
        out.append(f"addresses: {len(addresses) - 1} more address(es) — the kiosk shows the physical one")
    return tuple(out)


def _listing(service: Mapping[str, Any], sal: Mapping[str, Any], sid: str, lid: str, title: str,
             kind: str, categories: CategoryMap) -> tuple[Listing, tuple[str, ...]]:
    location = sal["location"]
    org: Mapping[str, Any] = service["organization"] if isinstance(service.get("organization"), dict) else {}
    sources = _schedules(service, sal, lid)
    if not sources:
        raise Unusable("has no schedule with opening times")
    specs = [_spec(x) for x in sources]
    chosen = choose_kind(specs) if kind == "auto" else Kind(kind)
    valid_from = valid_to = None
    if chosen is Kind.SPACE:
        schedule: Any
        schedule, valid_from, valid_to = opening_hours(specs)
    else:
        schedule = Sessions(tuple(to_rule(x) for x in specs))
    first_line, address = _address(location)
    terms = [a.get("taxonomy_term") for a in _list(service, "attributes")]
    names = [plain(t.get(k)) for t in terms if isinstance(t, dict) for k in ("name", "code", "id") if plain(t.get(k))]
    category, unlisted = categories.pick("hsds", names)
    left_out = list(_left_out(service, location))
    if unlisted and category == categories.other:
        left_out.append(f"taxonomy terms {', '.join(repr(t) for t in unique(unlisted))}: not in the category "
                        f"mapping, so filed under {category!r}")
    description = plain(service.get("description"), 5000, one_line=False)
    notes = [service.get("application_process"), service.get("description")]
    notes += [x.get(k) for x in sources for k in ("attending_type", "description", "notes")]
    languages = [x.get("name") or x.get("code") or "" for src in (service, location) for x in _list(src, "languages")]
    return Listing(
        id=stable_id("hsds", sid, lid), kind=chosen, title=title, category=category, schedule=schedule,
        place=Place(plain(location.get("name"), 120) or first_line or plain(org.get("name"), 120) or title,
                    "", address),
        summary=summary_from(description), description=description, organiser=plain(org.get("name"), 200),
        contact=_contact(service, sal, org), price=_price(service), audience=_audience(service),
        drop_in=booking_from(*notes),
        accessibility=accessibility_from([plain(x.get(k)) for x in _list(location, "accessibility")
                                          for k in ("description", "details")]),
        languages=unique(languages), valid_from=valid_from, valid_to=valid_to,
        source=f"hsds:{sid}@{lid}"), tuple(left_out)
