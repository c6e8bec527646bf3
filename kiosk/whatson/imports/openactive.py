"""OpenActive RPDE pages → listings: SessionSeries (activities), their ScheduledSessions, FacilityUse (spaces).

Pages are read in order and each item keeps its latest version (highest `modified`). Then:
  SessionSeries     an activity: name, description, activity (→ category, through the category mapping:
                    kiosk.whatson.imports.categories), location, organizer, offers, ageRange,
                    accessibilitySupport/-Information, image, and its eventSchedule (weekly "P1W"/"P2W",
                    monthly "P1M" with byDay "2TU"/"-1FR" or byMonthWeek, byMonthDay, exceptDate, repeatCount)
  ScheduledSession  joins its SessionSeries (superEvent): a session the schedule does not already give is added
                    as a one-off; eventStatus Cancelled/Postponed keeps it visible as cancelled. Sessions
                    before `today` are skipped, each named in the report ("past", and whether cancelled).
  FacilityUse       a space, open in its hoursAvailable (or weekly eventSchedule)
  deleted items     the listing is removed; a cancelled SessionSeries or FacilityUse is removed too
Only what the data says: an offer's price (the lowest), else isAccessibleForFree true → free, else the cost is
not known; offers' advanceBooking Required → book first, Optional/Unavailable → drop in, else booking words
in the description, else not known; access from accessibilitySupport/-Information and isWheelchairAccessible,
else not known. Fields the kiosk has no place for are named per listing in the report.
Times are the site's wall-clock times; a schedule in another scheduleTimezone is skipped with a reason.
Ids are uuid5("openactive", kind, RPDE item id), so deletions find their listing. Thread: any (pure functions).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.whatson.imports.categories import CategoryMap, activity_terms
from kiosk.whatson.imports.common import (
    ListingImportError,
    Parsed,
    Removal,
    Skip,
    accessibility_from,
    booking_from,
    group_skips,
    plain,
    stable_id,
    summary_from,
    unique,
)
from kiosk.whatson.imports.rules import (
    RuleSpec,
    Unusable,
    a_date,
    clock_time,
    closing_time,
    day_rules,
    duration,
    end_after,
    opening_hours,
    split_list,
    to_rule,
    whole,
)
from kiosk.whatson.rules.listings import Contact, Kind, Listing, ListingError, Place, Price
from kiosk.whatson.rules.schedules import Cancellation, Freq, OneOff, Rule, Sessions, rule_dates

SERIES, SESSION, FACILITY = "SessionSeries", "ScheduledSession", ("FacilityUse", "IndividualFacilityUse")
_FREQ = re.compile(r"^P(\d+)([DWM])$")
_CANCELLED = {"EventCancelled": "Cancelled", "EventPostponed": "Postponed"}
_READ = frozenset({"name", "description", "activity", "category", "location", "organizer", "provider", "offers",
                   "ageRange", "genderRestriction", "accessibilitySupport", "accessibilityInformation", "image",
                   "eventSchedule", "attendeeInstructions", "meetingPoint", "inLanguage", "eventStatus", "url",
                   "isAccessibleForFree", "facilityType", "hoursAvailable"})
_QUIET = frozenset({"@context", "@type", "type", "@id", "id", "identifier", "superEvent", "subEvent", "modified",
                    "beta:isWheelchairAccessible", "isWheelchairAccessible", "startDate", "endDate", "duration"})


def _family(kind: str) -> str:
    return kind.split(".")[0].strip()


def _items(pages: Sequence[tuple[str, Any]]) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    """The latest version of every item, keyed by (kind, id); raises for anything that is not RPDE."""
    latest: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    for name, page in pages:
        if not isinstance(page, dict) or not isinstance(page.get("items"), list):
            raise ListingImportError("this is not an RPDE page: it needs an 'items' list", file=name)
        for i, item in enumerate(page["items"]):
            row = f"items[{i}]"
            if not isinstance(item, dict):
                raise ListingImportError("each item must be an object", file=name, row=row)
            if item.get("state") not in ("updated", "deleted"):
                raise ListingImportError(f"state {item.get('state')!r} is not 'updated' or 'deleted'", file=name,
                                         row=row, field="state")
            if not isinstance(item.get("kind"), str) or not item["kind"].strip():
                raise ListingImportError("every item needs a kind", file=name, row=row, field="kind")
            if not isinstance(item.get("id"), str | int) or isinstance(item["id"], bool) or str(item["id"]) == "":
                raise ListingImportError("every item needs an id", file=name, row=row, field="id")
            if item["state"] == "updated" and not isinstance(item.get("data"), dict):
                raise ListingImportError("an updated item needs its data object", file=name, row=row, field="data")
            key = (_family(item["kind"]), str(item["id"]))
            old = latest.get(key)
            if old is not None and _older(item.get("modified"), old[1].get("modified")):
                continue
            latest[key] = (name, item)
    return latest


def _older(new: object, old: object) -> bool:
    try:
        return bool(new < old)  # type: ignore[operator]
    except TypeError:
        return False  # not comparable: the later page wins


def _ref(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("id")
    return value.strip() if isinstance(value, str) else ""


def parse_rpde(pages: Sequence[tuple[str, Any]], *, timezone: str, today: date | None = None,
               categories: CategoryMap | None = None) -> Parsed:
    """RPDE pages (name, decoded JSON) → listings, removals, skips and what each listing left out.
    ListingImportError if not RPDE."""
    tz = ZoneInfo(timezone)
    mapping = categories or CategoryMap()
    dropped: list[tuple[Any, tuple[str, ...]]] = []
    latest = _items(pages)
    listings: list[Listing] = []
    removals: list[Removal] = []
    skipped: list[Skip] = []
    series_by_ref: dict[str, tuple[str, str]] = {}
    for (family, item_id), (_, item) in latest.items():
        if family == SERIES and item["state"] == "updated":
            for ref in {_ref(item["data"]), item_id} - {""}:
                series_by_ref[ref] = (family, item_id)
    sessions: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for (family, session_id), (_, item) in latest.items():
        if family != SESSION or item["state"] == "deleted":
            continue
        source = f"openactive:{SESSION}:{session_id}"
        parent = series_by_ref.get(_ref(item["data"].get("superEvent")))
        if parent is None:
            skipped.append(Skip(source, "", "unmappable: its SessionSeries is not in this import"))
            continue
        try:
            day, start = _local(item["data"].get("startDate"), tz)
        except Unusable as e:
            skipped.append(Skip(source, "", f"unmappable: startDate {e}"))
            continue
        if today is not None and day < today:
            cancelled = _status(item["data"]) in _CANCELLED
            series = latest[parent][1]["data"]
            skipped.append(Skip(source, plain(series.get("name"), 120),
                                f"past{' and cancelled' if cancelled else ''}: the session on {day} at "
                                f"{start.strftime('%H:%M')} was before today"))
            continue
        sessions.setdefault(parent, []).append(item["data"])
    for (family, item_id), (_, item) in latest.items():
        source = f"openactive:{family}:{item_id}"
        if family == SESSION:
            continue
        if family != SERIES and family not in FACILITY:
            skipped.append(Skip(f"openactive:{family}", "", f"{family} items are not imported"))
            continue
        lid = stable_id("openactive", family, item_id)
        if item["state"] == "deleted":
            removals.append(Removal(lid, source, "deleted in the feed"))
            continue
        data = item["data"]
        title = plain(data.get("name"), 120)
        if _status(data) == "EventCancelled":
            removals.append(Removal(lid, source, "cancelled by the organiser"))
            continue
        try:
            if not title:
                raise Unusable("has no name")
            listing, left_out = _listing(data, lid, source, title, family, sessions.get((family, item_id), []), tz,
                                         today, mapping)
        except (Unusable, ListingError) as e:
            skipped.append(Skip(source, title or "(no name)", f"unmappable: {e}"))
            continue
        listings.append(listing)
        if left_out:
            dropped.append((lid, left_out))
    return Parsed(tuple(listings), tuple(removals), group_skips(skipped), tuple(dropped))


def _status(data: Mapping[str, Any]) -> str:
    return str(data.get("eventStatus") or "").rsplit("/", 1)[-1].rsplit(":", 1)[-1]


# -- one listing -------------------------------------------------------------------------------------------------


def _first(value: object) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _label(value: object) -> str:
    v = _first(value)
    return plain(v.get("prefLabel") or v.get("name") if isinstance(v, dict) else v, 60)


def _place(data: Mapping[str, Any]) -> Place:
    loc = data.get("location")
    if not isinstance(loc, dict) or str(loc.get("@type") or loc.get("type") or "") == "VirtualLocation":
        raise Unusable("has no physical location to show on the kiosk")
    a = loc.get("address")
    parts = unique(plain(a.get(k)) for k in ("streetAddress", "addressLocality", "postalCode")) \
        if isinstance(a, dict) else unique([plain(a)])
    building = plain(loc.get("name"), 120) or (parts[0] if parts else "")
    if not building:
        raise Unusable("its location has no name or address")
    return Place(building, "", plain(", ".join(parts), 200))


def _price(data: Mapping[str, Any]) -> Price | None:
    """An offer's price (the lowest), else free when isAccessibleForFree is true, else None: not known."""
    offers = [o for o in data.get("offers") or [] if isinstance(o, dict)]
    prices = []
    for o in offers:
        try:
            prices.append((round(float(o["price"]) * 100), str(o.get("priceCurrency") or "GBP").upper(), o))
        except (KeyError, TypeError, ValueError):
            continue
    if prices:
        pence, currency, _ = min(prices, key=lambda p: p[0])
        note = "; ".join(unique(plain(o.get("name")) for _, _, o in prices if len(prices) > 1))
        return Price(max(pence, 0), currency if re.fullmatch(r"[A-Z]{3}", currency) else "GBP", plain(note, 200))
    if data.get("isAccessibleForFree") is True:
        return Price()
    return None


def _booking(data: Mapping[str, Any]) -> bool | None:
    """Offers' advanceBooking (Required: book first; Optional or Unavailable: just turn up) when they agree,
    else booking words in the text, else None: not known."""
    said = {str(o.get("advanceBooking") or "").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
            for o in data.get("offers") or [] if isinstance(o, dict) and o.get("advanceBooking")}
    if said == {"Required"}:
        return False
    if said and said <= {"Optional", "Unavailable"}:
        return True
    return booking_from(data.get("description"), data.get("attendeeInstructions"), data.get("meetingPoint"))


def _left_out(data: Mapping[str, Any], price: Price | None) -> list[str]:
    out = [f"{key}: the kiosk has no place for it" for key, value in data.items()
           if key not in _READ | _QUIET and not key.startswith("beta:") and value not in (None, "", [], {})]
    if price is None and data.get("isAccessibleForFree") is False:
        out.append("isAccessibleForFree false, but no offer with a price: the cost is left as not known")
    offers = [o for o in data.get("offers") or [] if isinstance(o, dict)]
    if offers and price is None:
        out.append(f"offers: {len(offers)} offer(s) without a price")
    return out


def _audience(data: Mapping[str, Any]) -> str:
    ages: Mapping[str, Any] = data["ageRange"] if isinstance(data.get("ageRange"), dict) else {}
    lo, hi = (whole(ages.get(k), k) for k in ("minValue", "maxValue"))
    text = f"Ages {lo} to {hi}" if lo and hi else f"Ages {lo} and over" if lo else f"Up to age {hi}" if hi else ""
    gender = str(data.get("genderRestriction") or "").rsplit("/", 1)[-1]
    who = {"FemaleOnly": "Women and girls only", "MaleOnly": "Men and boys only"}.get(gender, "")
    return "; ".join(x for x in (who, text) if x)


def _organiser(data: Mapping[str, Any], family: str) -> tuple[str, Contact]:
    org = data.get("provider" if family in FACILITY else "organizer") or data.get("organizer") or {}
    org = _first(org) if isinstance(_first(org), dict) else {}
    email = plain(org.get("email"), 200)
    return plain(org.get("name"), 200), Contact(plain(org.get("telephone"), 40),
                                                email if "@" in email and " " not in email else "",
                                                plain(data.get("url") or org.get("url"), 500))


def _spec(s: Mapping[str, Any], tz: ZoneInfo, exceptions: set[date]) -> RuleSpec:
    zone = s.get("scheduleTimezone")
    if zone and zone != tz.key:
        raise Unusable(f"its times are in {zone}, not the site's {tz.key}")
    m = _FREQ.match(str(s.get("repeatFrequency") or ""))
    if m is None:
        raise Unusable(f"repeatFrequency {s.get('repeatFrequency')!r} is not supported (P1W, P2W, P1M, …)")
    n, unit = int(m[1]), m[2]
    start = clock_time(s.get("startTime"), "startTime")
    end = closing_time(s["endTime"], "endTime") if s.get("endTime") else end_after(
        start, duration(s.get("duration"), "duration"))
    first = a_date(s["startDate"], "startDate") if s.get("startDate") else None
    weeks = [w for w in (whole(x, "byMonthWeek") for x in split_list(s.get("byMonthWeek"))) if w is not None]
    days = day_rules(split_list(s.get("byDay")), weeks if unit == "M" else ())
    monthdays = tuple(whole(x, "byMonthDay") or 0 for x in split_list(s.get("byMonthDay")))
    if unit == "D":
        if n != 1:
            raise Unusable("a schedule every few days is not supported")
        unit, days = "W", day_rules(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])
    if not days and not monthdays and first is not None:
        days, monthdays = ((day_rules([["MO", "TU", "WE", "TH", "FR", "SA", "SU"][first.weekday()]]), ())
                           if unit == "W" else ((), (first.day,)))
    for x in split_list(s.get("exceptDate")):
        exceptions.add(_local(x, tz)[0] if isinstance(x, str) and "T" in x else a_date(x, "exceptDate"))
    return RuleSpec(freq=Freq.MONTHLY if unit == "M" else Freq.WEEKLY, days=days, monthdays=monthdays, interval=n,
                    start=start, end=end, starts_on=first,
                    until=a_date(s["endDate"], "endDate") if s.get("endDate") else None,
                    count=whole(s.get("repeatCount"), "repeatCount"))


def _local(value: object, tz: ZoneInfo) -> tuple[date, time]:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise Unusable(f"{value!r} is not a date and time") from None
    moment = moment.astimezone(tz) if moment.tzinfo else moment
    return moment.date(), moment.time().replace(microsecond=0)


def _covered(rules: Sequence[Rule], day: date, start: time) -> bool:
    return any(r.start == start and (r.on == day if isinstance(r, OneOff) else bool(rule_dates(r, day, day)))
               for r in rules)


def _sessions(data: Mapping[str, Any], sessions: list[dict[str, Any]], tz: ZoneInfo, today: date | None) -> Sessions:
    exceptions: set[date] = set()
    rules: list[Rule] = [to_rule(_spec(s, tz, exceptions)) for s in data.get("eventSchedule") or []
                         if isinstance(s, dict)]
    extra: list[Rule] = []
    cancelled: dict[tuple[date, time], Cancellation] = {}
    for s in sorted(sessions, key=lambda x: str(x.get("startDate"))):
        day, start = _local(s.get("startDate"), tz)
        if today is not None and day < today:
            continue
        end = _local(s["endDate"], tz)[1] if s.get("endDate") else end_after(
            start, duration(s.get("duration"), "duration"))
        status = _CANCELLED.get(str(s.get("eventStatus") or "").rsplit("/", 1)[-1].rsplit(":", 1)[-1])
        if status is None:
            exceptions.discard(day)  # a session on an except date: the session wins
        if not _covered(rules + extra, day, start):
            extra.append(OneOff(day, start, end))
        if status is not None:
            cancelled[(day, start)] = Cancellation(day, status, start)
    rules += extra
    if not rules:
        raise Unusable("has no eventSchedule and no sessions from today on")
    return Sessions(tuple(rules), frozenset(exceptions),
                    tuple(c for c in cancelled.values() if c.on not in exceptions))


def _listing(data: Mapping[str, Any], lid: Any, source: str, title: str, family: str,
             sessions: list[dict[str, Any]], tz: ZoneInfo, today: date | None,
             categories: CategoryMap) -> tuple[Listing, tuple[str, ...]]:
    description = plain(data.get("description"), 5000, one_line=False)
    organiser, contact = _organiser(data, family)
    terms = activity_terms(data.get("activity")) + activity_terms(data.get("facilityType"))
    category, unlisted = categories.pick("openactive", terms)
    price = _price(data)
    left_out = _left_out(data, price)
    if unlisted and category == categories.other:
        left_out.append(f"activity {', '.join(repr(t) for t in unique(unlisted))}: not in the category mapping, "
                        f"so filed under {category!r}")
    if family in FACILITY:
        kind = Kind.SPACE
        hours = [h for h in data.get("hoursAvailable") or [] if isinstance(h, dict)]
        specs = [RuleSpec(freq=Freq.WEEKLY, days=day_rules(split_list(h.get("dayOfWeek"))),
                          start=clock_time(h.get("opens"), "opens"), end=closing_time(h.get("closes"), "closes"),
                          starts_on=a_date(h["validFrom"], "validFrom") if h.get("validFrom") else None,
                          until=a_date(h["validThrough"], "validThrough") if h.get("validThrough") else None)
                 for h in hours]
        specs = specs or [_spec(s, tz, set()) for s in data.get("eventSchedule") or [] if isinstance(s, dict)]
        if not specs:
            raise Unusable("has no hoursAvailable or eventSchedule")
        schedule: Any
        schedule, valid_from, valid_to = opening_hours(specs)
    else:
        kind = Kind.ACTIVITY
        schedule, valid_from, valid_to = _sessions(data, sessions, tz, today), None, None
    loc: Mapping[str, Any] = data["location"] if isinstance(data.get("location"), dict) else {}
    notes = [_label(x) for x in split_list(data.get("accessibilitySupport"))]
    notes += [plain(x) for x in split_list(data.get("accessibilityInformation"))]
    wheelchair = loc.get("beta:isWheelchairAccessible", loc.get("isWheelchairAccessible"))
    if wheelchair is True:
        notes.append("Wheelchair accessible")
    elif wheelchair is False:
        notes.append("Not wheelchair accessible")
    image = _first(data.get("image"))
    photo = plain(image.get("url") if isinstance(image, dict) else image, 1000) or None
    return Listing(
        id=lid, kind=kind, title=title, category=category, place=_place(data), schedule=schedule,
        summary=summary_from(description), description=description, organiser=organiser, contact=contact,
        photo=photo, price=price, audience=_audience(data), drop_in=_booking(data),
        accessibility=accessibility_from(notes), languages=unique(plain(x) for x in split_list(data.get("inLanguage"))),
        valid_from=valid_from, valid_to=valid_to, source=source), tuple(left_out)
