"""Listings as JSON payloads (the central `site_content` table, kind 'listing'): `listing_to_json` and
`listing_from_json`, with a `schema` version key.

Only JSON types go in (str, int, bool, None, lists, objects): dates as YYYY-MM-DD, times as HH:MM (or
HH:MM:SS), weekdays in iCal form ("TU", "2TU" = 2nd Tuesday, "-1FR" = last Friday). Reading checks every
field and raises `ListingError` with the path of the first bad one (e.g. `schedule.rules[0].start`);
unknown keys are refused, so a typo is not silently dropped.
Schema 2 adds "not known": `price`, `accessibility` and `drop_in` may be null. A listing with nothing unknown is
still written as schema 1, so kiosks that read only 1 keep reading it; both are read. A schema-1 payload
means what it always meant (a missing price is free, a missing drop_in is "book first").
Thread: any (pure functions).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, time
from typing import Any, TypeVar

from kiosk.whatson.rules.listings import AccessFeature, Accessibility, Contact, Kind, Listing, Place, Price
from kiosk.whatson.rules.schedules import (
    WEEKDAY_CODES,
    Cancellation,
    Freq,
    ListingError,
    OneOff,
    OpeningHours,
    Recurring,
    Rule,
    Schedule,
    Sessions,
    format_time,
    parse_days,
    parse_time,
)

SCHEMA = 2  # the newest this kiosk writes and reads
SCHEMAS = (1, 2)
T = TypeVar("T")
_TOP = {"schema", "id", "kind", "title", "category", "place", "schedule", "summary", "description", "organiser",
        "contact", "photo", "price", "audience", "drop_in", "accessibility", "languages", "valid_from",
        "valid_to", "source"}


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _rule_json(rule: Rule) -> dict[str, Any]:
    if isinstance(rule, OneOff):
        return {"type": "one_off", "on": rule.on.isoformat(), "start": format_time(rule.start),
                "end": format_time(rule.end)}
    return {"type": "recurring", "freq": rule.freq.value, "interval": rule.interval,
            "days": [str(d) for d in rule.days], "monthdays": list(rule.monthdays),
            "starts_on": _d(rule.starts_on), "until": _d(rule.until),
            "start": format_time(rule.start), "end": format_time(rule.end)}


def _schedule_json(s: Schedule) -> dict[str, Any]:
    if isinstance(s, Sessions):
        return {"type": "sessions", "rules": [_rule_json(r) for r in s.rules],
                "exceptions": sorted(d.isoformat() for d in s.exceptions),
                "cancellations": [{"on": c.on.isoformat(), "start": None if c.start is None else format_time(c.start),
                                   "reason": c.reason} for c in s.cancellations]}
    return {"type": "opening_hours",
            "week": {WEEKDAY_CODES[i]: [[format_time(o), format_time(c)] for o, c in day]
                     for i, day in enumerate(s.week) if day},
            "closures": sorted(d.isoformat() for d in s.closures)}


def listing_to_json(listing: Listing) -> dict[str, Any]:
    """The listing as a JSON-ready dict (json.dumps it as it is)."""
    price, access = listing.price, listing.accessibility
    unknown = price is None or access is None or listing.drop_in is None
    return {
        "schema": SCHEMA if unknown else 1, "id": str(listing.id), "kind": listing.kind.value, "title": listing.title,
        "category": listing.category, "summary": listing.summary, "description": listing.description,
        "place": {"building": listing.place.building, "room": listing.place.room, "address": listing.place.address},
        "organiser": listing.organiser,
        "contact": {"phone": listing.contact.phone, "email": listing.contact.email,
                    "website": listing.contact.website},
        "photo": listing.photo,
        "price": None if price is None else {"amount_pence": price.amount_pence, "currency": price.currency,
                                             "note": price.note},
        "audience": listing.audience, "drop_in": listing.drop_in,
        "accessibility": None if access is None else {"features": sorted(f.value for f in access.features),
                                                      "note": access.note},
        "languages": list(listing.languages), "valid_from": _d(listing.valid_from), "valid_to": _d(listing.valid_to),
        "source": listing.source, "schedule": _schedule_json(listing.schedule),
    }


# -- reading ---------------------------------------------------------------------------------------------------


def _get(obj: Mapping[str, Any], key: str, path: str, kind: type[T] | tuple[type, ...], default: Any = ...) -> T:
    name = f"{path}.{key}" if path else key
    if key not in obj:
        if default is ...:
            raise ListingError(name, "is missing", code="missing")
        return default
    value = obj[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        expected = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ListingError(name, f"must be {expected.replace('NoneType', 'null')}, not {type(value).__name__}",
                           code="wrong_type")
    return value  # type: ignore[return-value]


def _keys(raw: Mapping[str, Any], allowed: set[str], path: str) -> None:
    extra = sorted(set(raw) - allowed)
    if extra:
        raise ListingError(f"{path + '.' if path else ''}{extra[0]}", "is not a known field", code="unknown_field")


def _obj(obj: Mapping[str, Any], key: str, path: str, keys: set[str], required: bool = False) -> dict[str, Any]:
    value = _get(obj, key, path, dict, ... if required else {})
    _keys(value, keys, f"{path + '.' if path else ''}{key}")
    return value


def _date(text: str | None, name: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ListingError(name, f"{text!r} is not a date like 2026-11-25", code="not_a_date", text=text) from None


def _dates(obj: Mapping[str, Any], key: str, path: str) -> frozenset[date]:
    items = _get(obj, key, path, list, [])
    out = set()
    for i, t in enumerate(items):
        name = f"{path}.{key}[{i}]"
        if not isinstance(t, str):
            raise ListingError(name, "must be a date like 2026-11-25", code="not_a_date")
        d = _date(t, name)
        assert d is not None
        out.add(d)
    return frozenset(out)


def _time(obj: Mapping[str, Any], key: str, path: str) -> time:
    return parse_time(_get(obj, key, path, str), f"{path}.{key}")


def _nested(path: str, build: Callable[[], T]) -> T:
    """Runs `build`, prefixing a ListingError's field with `path` when the field is a bare schedule one."""
    try:
        return build()
    except ListingError as e:
        if e.field.startswith("schedule.") and not e.field.startswith(path):
            field = path + e.field.removeprefix("schedule")
            params = {k: v for k, v in e.params.items() if k != "field"}
            raise ListingError(field, e.problem, code=e.code, **params) from None
        raise


def _rule(raw: Any, path: str) -> Rule:
    if not isinstance(raw, dict):
        raise ListingError(path, "must be an object", code="wrong_type")
    kind = _get(raw, "type", path, str)
    if kind == "one_off":
        _keys(raw, {"type", "on", "start", "end"}, path)
        on = _date(_get(raw, "on", path, str), f"{path}.on")
        assert on is not None
        return _nested(path, lambda: OneOff(on, _time(raw, "start", path), _time(raw, "end", path)))
    if kind != "recurring":
        raise ListingError(f"{path}.type", f"{kind!r} is not 'recurring' or 'one_off'", code="not_a_rule", text=kind)
    _keys(raw, {"type", "freq", "interval", "days", "monthdays", "starts_on", "until", "start", "end"}, path)
    freq = _get(raw, "freq", path, str)
    if freq not in {f.value for f in Freq}:
        raise ListingError(f"{path}.freq", f"{freq!r} is not 'weekly' or 'monthly'", code="not_a_freq", text=freq)
    days = _get(raw, "days", path, list, [])
    monthdays = _get(raw, "monthdays", path, list, [])
    if not all(isinstance(d, int) and not isinstance(d, bool) for d in monthdays):
        raise ListingError(f"{path}.monthdays", "must be whole numbers", code="not_a_monthday")
    return _nested(path, lambda: Recurring(
        freq=Freq(freq), start=_time(raw, "start", path), end=_time(raw, "end", path),
        days=parse_days([d if isinstance(d, str) else repr(d) for d in days]), monthdays=tuple(monthdays),
        interval=_get(raw, "interval", path, int, 1),
        starts_on=_date(_get(raw, "starts_on", path, (str, type(None)), None), f"{path}.starts_on"),
        until=_date(_get(raw, "until", path, (str, type(None)), None), f"{path}.until")))


def _cancellation(c: Any, path: str) -> Cancellation:
    if not isinstance(c, dict):
        raise ListingError(path, "must be an object", code="wrong_type")
    _keys(c, {"on", "start", "reason"}, path)
    on = _date(_get(c, "on", path, str), f"{path}.on")
    start: str | None = _get(c, "start", path, (str, type(None)), None)
    assert on is not None
    return _nested(path, lambda: Cancellation(on, _get(c, "reason", path, str, ""),
                                              None if start is None else parse_time(start, f"{path}.start")))


def _schedule(obj: Mapping[str, Any]) -> Schedule:
    raw = _obj(obj, "schedule", "", {"type", "rules", "exceptions", "cancellations", "week", "closures"},
               required=True)
    kind = _get(raw, "type", "schedule", str)
    if kind == "sessions":
        rules = tuple(_rule(r, f"schedule.rules[{i}]") for i, r in enumerate(_get(raw, "rules", "schedule", list)))
        cancellations = [_cancellation(c, f"schedule.cancellations[{i}]")
                         for i, c in enumerate(_get(raw, "cancellations", "schedule", list, []))]
        return Sessions(rules, _dates(raw, "exceptions", "schedule"), tuple(cancellations))
    if kind != "opening_hours":
        raise ListingError("schedule.type", f"{kind!r} is not 'sessions' or 'opening_hours'", code="not_a_schedule",
                           text=kind)
    week_raw = _get(raw, "week", "schedule", dict)
    week: list[tuple[tuple[time, time], ...]] = []
    for code in WEEKDAY_CODES:
        path = f"schedule.week.{code}"
        ranges = _get(week_raw, code, "schedule.week", list, [])
        pairs = []
        for j, pair in enumerate(ranges):
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(t, str) for t in pair)):
                raise ListingError(f"{path}[{j}]", "must be an [open, close] pair of times like ['09:00', '17:00']",
                                   code="not_an_opening")
            pairs.append((parse_time(pair[0], f"{path}[{j}]"), parse_time(pair[1], f"{path}[{j}]")))
        week.append(tuple(sorted(pairs)))
    unknown = sorted(set(week_raw) - set(WEEKDAY_CODES))
    if unknown:
        raise ListingError(f"schedule.week.{unknown[0]}", "is not a weekday code (MO, TU, WE, TH, FR, SA, SU)",
                           code="not_a_day_code", text=unknown[0])
    return OpeningHours(tuple(week), _dates(raw, "closures", "schedule"))


def listing_from_json(data: Mapping[str, Any]) -> Listing:
    """A Listing from its JSON payload; ListingError (with the field's path) if anything is wrong."""
    if not isinstance(data, Mapping):
        raise ListingError("listing", "must be a JSON object", code="wrong_type")
    version = data.get("schema")
    if version not in SCHEMAS or isinstance(version, bool):
        raise ListingError("schema", f"version {version!r} is not supported (this kiosk reads up to version {SCHEMA})",
                           code="schema_version", text=version, supported=SCHEMA)
    _keys(data, _TOP, "")
    try:
        listing_id = uuid.UUID(_get(data, "id", "", str))
    except ValueError:
        raise ListingError("id", f"{data['id']!r} is not a UUID", code="not_a_uuid", text=data["id"]) from None
    kind = _get(data, "kind", "", str)
    if kind not in {k.value for k in Kind}:
        raise ListingError("kind", f"{kind!r} is not 'activity' or 'space'", code="not_a_kind", text=kind)
    place = _obj(data, "place", "", {"building", "room", "address"}, required=True)
    contact = _obj(data, "contact", "", {"phone", "email", "website"})
    unknown = {k for k in ("price", "accessibility", "drop_in") if version >= 2 and k in data and data[k] is None}
    price = {} if "price" in unknown else _obj(data, "price", "", {"amount_pence", "currency", "note"})
    access = {} if "accessibility" in unknown else _obj(data, "accessibility", "", {"features", "note"})
    features = _get(access, "features", "accessibility", list, [])
    known = {f.value for f in AccessFeature}
    for f in features:
        if f not in known:
            raise ListingError("accessibility.features", f"{f!r} is not one of {', '.join(sorted(known))}",
                               code="not_features", text=f)
    languages = _get(data, "languages", "", list, [])
    return Listing(
        id=listing_id, kind=Kind(kind), title=_get(data, "title", "", str), category=_get(data, "category", "", str),
        place=Place(_get(place, "building", "place", str), _get(place, "room", "place", str, ""),
                    _get(place, "address", "place", str, "")),
        schedule=_schedule(data), summary=_get(data, "summary", "", str, ""),
        description=_get(data, "description", "", str, ""), organiser=_get(data, "organiser", "", str, ""),
        contact=Contact(_get(contact, "phone", "contact", str, ""), _get(contact, "email", "contact", str, ""),
                        _get(contact, "website", "contact", str, "")),
        photo=_get(data, "photo", "", (str, type(None)), None),
        price=None if "price" in unknown else Price(
            _get(price, "amount_pence", "price", (int, type(None)), 0), _get(price, "currency", "price", str, "GBP"),
            _get(price, "note", "price", str, "")),
        audience=_get(data, "audience", "", str, ""),
        drop_in=None if "drop_in" in unknown else _get(data, "drop_in", "", bool, False),
        accessibility=None if "accessibility" in unknown else Accessibility(
            frozenset(AccessFeature(f) for f in features), _get(access, "note", "accessibility", str, "")),
        languages=tuple(languages),
        valid_from=_date(_get(data, "valid_from", "", (str, type(None)), None), "valid_from"),
        valid_to=_date(_get(data, "valid_to", "", (str, type(None)), None), "valid_to"),
        source=_get(data, "source", "", str, ""),
    )
