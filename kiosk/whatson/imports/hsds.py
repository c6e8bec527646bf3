"""Open Referral HSDS 3 → listings: one listing per service at each physical location.

Input is HSDS's nested JSON — a list of services, an API page (`{"contents": [...]}`), one service, or
tables as JSON (`{"services": [...], "locations": [...], ...}`) — or the CSV package's tables
(kiosk.whatson.imports.hsds_tables nests them first). Mapping:
  title/description        service name / description (HTML dropped); the card's summary is its first sentence
  category                 the first taxonomy term attached to the service, else "Services"
  place                    the location's name and physical address; accessibility from its notes
  organiser, contact       the organisation; the first phone, the service's (or organisation's) email and url
  price                    cost_options (lowest amount), else fees_description, else free
  who it is for            eligibility_description, else minimum/maximum age
  drop-in                  "drop-in", "no appointment", … in application_process, description or schedules
  schedules                the service-at-location's, else the service's (for that location), else the location's
Plain weekly hours on 3+ days become a *space* with opening hours, anything else an *activity* (override with
kind='activity'|'space'). Ids are uuid5("hsds", service id, location id). A service whose status is not
active is removed if it was imported before. Thread: any (pure functions).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kiosk.whatson.imports.common import (
    ListingImportError,
    Parsed,
    Removal,
    Skip,
    accessibility_from,
    mentions_drop_in,
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

DEFAULT_CATEGORY = "Services"
KINDS = ("auto", "activity", "space")


def parse_hsds_json(data: Any, *, file: str = "", kind: str = "auto") -> Parsed:
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
                                  file=f"{file} → services", kind=kind)
    elif isinstance(data, dict) and "id" in data and "name" in data:
        services = [data]
    else:
        raise ListingImportError("this is not HSDS: expected a list of services, an API page with 'contents', "
                                 "one service, or tables with 'services'", file=file)
    return parse_services(services, file=file, kind=kind)


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
            if not isinstance(sal, dict) or not isinstance(sal.get("location"), dict):
                raise ListingImportError("each service_at_location needs its location object", file=file, row=row,
                                         field=f"service_at_locations[{j}].location")


def parse_services(services: Sequence[Any], *, file: str = "", kind: str = "auto") -> Parsed:
    """Nested HSDS service records → listings, removals (services no longer active) and skips with reasons."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    _check(services, file)
    listings: list[Listing] = []
    removals: list[Removal] = []
    skipped: list[Skip] = []
    for s in services:
        sid = str(s["id"]).strip()
        title = plain(s["name"], 120)
        locations = [sal for sal in s.get("service_at_locations") or []
                     if str(sal["location"].get("location_type") or "physical").lower() != "virtual"]
        status = str(s.get("status") or "active").strip().lower()
        if status != "active":
            for sal in locations:
                lid = str(sal["location"].get("id", ""))
                removals.append(Removal(stable_id("hsds", sid, lid), f"hsds:{sid}@{lid}", f"status is '{status}'"))
            skipped.append(Skip(f"hsds:{sid}", title, f"status is '{status}'"))
            continue
        if not locations:
            skipped.append(Skip(f"hsds:{sid}", title, "has no physical location to show on the kiosk"))
            continue
        for sal in locations:
            lid = str(sal["location"].get("id", ""))
            try:
                listings.append(_listing(s, sal, sid, lid, title, kind))
            except Unusable as e:
                skipped.append(Skip(f"hsds:{sid}@{lid}", title, str(e)))
            except ListingError as e:
                skipped.append(Skip(f"hsds:{sid}@{lid}", title, str(e)))
    return Parsed(tuple(listings), tuple(removals), tuple(skipped))


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


def _price(service: Mapping[str, Any]) -> Price:
    options = [(p, o) for o in _list(service, "cost_options") if (p := _money(o.get("amount"))) is not None]
    if options:
        pence, cheapest = min(options, key=lambda x: x[0])
        note = "; ".join(unique(plain(o.get("amount_description")) or plain(o.get("option")) for _, o in options))
        currency = str(cheapest.get("currency") or "GBP").strip().upper()
        return Price(pence, currency if len(currency) == 3 and currency.isalpha() else "GBP", plain(note, 200))
    fees = plain(service.get("fees_description") or service.get("fees"), 200)
    if fees:
        return Price(0 if "free" in fees.lower() and "£" not in fees else None, note=fees)
    return Price()


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


def _listing(service: Mapping[str, Any], sal: Mapping[str, Any], sid: str, lid: str, title: str,
             kind: str) -> Listing:
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
    category = next((plain(t.get("name"), 60) for t in terms if isinstance(t, dict) and plain(t.get("name"))),
                    DEFAULT_CATEGORY)
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
        drop_in=mentions_drop_in(*notes),
        accessibility=accessibility_from([plain(x.get(k)) for x in _list(location, "accessibility")
                                          for k in ("description", "details")]),
        languages=unique(languages), valid_from=valid_from, valid_to=valid_to, source=f"hsds:{sid}@{lid}")
