"""The staff listing editor's form: a listing as the text staff type, and back.

`ListingForm.from_listing(listing)` fills the form; `form.to_listing(...)` builds the Listing, raising the
domain's `ListingError` for the first problem, with `form_key(error.field)` naming the form field to point
at. An activity has any number of rules: the one being edited is in the pattern fields (a weekly pattern
(days, start, end), a monthly "2nd Tuesday" / "last Friday", or one date; `base` carries the rule's interval
and first and last dates), the others are `other_rules` (listed, each with edit and remove:
kiosk.whatson.rules.schedule_form); `pattern` "kept" for an activity means no rule is in the fields. A space's
hours are one or two ranges per weekday; a day with more is kept as it is (`pattern` "kept") until staff
choose to set new times. Exceptions, cancellations and closures are the form's own (staff change them in the
editor); the currency and the import source carry over.
Booking, price and access each have a "Not known" choice (`drop_in`/`free` None, `access_known` False), which
a new form starts with: the listing then says nothing it was not told.

Typed text is tidied as it arrives (`clean_text`): control characters are removed (and counted, so the
screen can say so), a one-line field turns line breaks into spaces; nothing is ever cut short — a field
over its limit stays as typed and the listing is refused with the length and the limit.
Thread: any (pure; the editor's view model uses it on the GUI thread).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, time

from kiosk.whatson.rules.listings import AccessFeature, Accessibility, Contact, Kind, Listing, Place, Price
from kiosk.whatson.rules.schedule_edits import form_can_show
from kiosk.whatson.rules.schedules import (
    WEEKDAY_CODES,
    Cancellation,
    DayRule,
    Freq,
    ListingError,
    OneOff,
    OpeningHours,
    Recurring,
    Rule,
    Sessions,
    format_time,
    parse_time,
)

# Text fields: their limits (the same as the domain's) and whether they take several lines.
LIMITS: dict[str, int] = {
    "title": 120, "summary": 280, "description": 5000, "category": 60, "building": 120, "room": 120,
    "address": 200, "organiser": 200, "phone": 40, "email": 200, "website": 500, "audience": 280,
    "languages": 400, "price": 12, "price_note": 200, "access_note": 500, "valid_from": 20, "valid_to": 20,
    "start": 8, "end": 8, "on": 20,
    # the schedule's inputs (not part of a listing until a button uses them: kiosk.whatson.rules.schedule_form)
    "reason": 200, "closure_from": 20, "closure_to": 20, "closure_reason": 200, "extra_on": 20, "extra_start": 8,
    "extra_end": 8,
}
SCHEDULE_INPUTS = ("reason", "closure_from", "closure_to", "closure_reason", "extra_on", "extra_start", "extra_end")
MULTILINE = frozenset({"description", "access_note"})
TEXT_FIELDS = tuple(LIMITS)
PATTERNS = ("weekly", "monthly", "once", "kept")
NTHS = ("1", "2", "3", "4", "-1")  # 1st … 4th, last
HOUR_SLOTS = 4  # open, close, second open, second close

_FIELD_KEYS = {  # ListingError.field (without list indexes) → the form's key
    "place.building": "building", "place.room": "room", "place.address": "address",
    "contact.phone": "phone", "contact.email": "email", "contact.website": "website",
    "price.amount_pence": "price", "price.currency": "price", "price.note": "price_note",
    "accessibility.note": "access_note", "accessibility.features": "features",
    "schedule.start": "start", "schedule.end": "end", "schedule.on": "on", "schedule.days": "days",
    "schedule.rules": "days", "schedule.freq": "days", "schedule.interval": "days",
    "schedule.monthdays": "days", "schedule.starts_on": "on", "schedule.until": "valid_to",
    "schedule": "days", "schedule.week": "hours", "schedule.reason": "reason",
    "closure.from": "closure_from", "closure.to": "closure_to", "closure.reason": "closure_reason",
    "extra.on": "extra_on", "extra.start": "extra_start", "extra.end": "extra_end",
}
_DOMAIN_NAMES = {"building": "place.building", "room": "place.room", "address": "place.address",
                 "phone": "contact.phone", "email": "contact.email", "website": "contact.website",
                 "price_note": "price.note", "access_note": "accessibility.note"}
# Lengths are checked in the order the form shows the fields, so the first problem named is the top one.
_REQUIRED = frozenset({"title", "category", "building"})
_BEFORE_TIMES = ("title", "category", "summary", "description")
_AFTER_TIMES = ("building", "room", "address", "audience", "organiser", "price_note", "languages", "phone",
                "email", "website", "access_note")
_INDEX = re.compile(r"\[\d+\]")
_MONEY = re.compile(r"^\s*[£$€]?\s*(\d{1,5})(?:[.,](\d{1,2}))?\s*$")
_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_LANG_SPLIT = re.compile(r"[,;\n]")


def form_key(error_field: str) -> str:
    """The form field a ListingError's field belongs to: 'place.building' → 'building',
    'schedule.rules[0].start' → 'start', 'schedule.week.TU' → 'hours.TU'."""
    name = _INDEX.sub("", error_field).replace("schedule.rules.", "schedule.").replace("schedule.cancellations",
                                                                                       "schedule")
    if name.startswith("schedule.week."):
        return "hours." + name.split(".")[2][:2]
    if name in _FIELD_KEYS:
        return _FIELD_KEYS[name]
    if name.startswith("schedule."):
        return _FIELD_KEYS.get(".".join(name.split(".")[:2]), "days")
    return name


def clean_text(text: str, *, multiline: bool) -> tuple[str, int]:
    """Typed or pasted text made safe to keep: control characters (other than line breaks in a multi-line
    field) removed, tabs as spaces, line breaks as '\\n' — or as spaces in a one-line field. Returns the
    text and how many characters were removed. Emoji, right-to-left text and markup are kept as typed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    out: list[str] = []
    removed = 0
    for ch in text:
        if ch == "\n":
            out.append("\n" if multiline else " ")
        elif ch == "\t":
            out.append(" ")
        elif unicodedata.category(ch) == "Cc" or ch in "\ufffe\uffff":
            removed += 1
        else:
            out.append(ch)
    return "".join(out), removed


def parse_date(text: str, name: str) -> date | None:
    """'2026-12-05' or '5/12/2026' (day first); '' is no date."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    m = _DMY.match(text)
    if m:
        try:
            return date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            pass
    raise ListingError(name, f"'{text}' is not a date like 2026-12-05 or 5/12/2026", code="not_a_date", text=text)


def parse_form_time(text: str, name: str) -> time:
    if not text.strip():
        raise ListingError(name, "is required", code="required")
    return parse_time(text.strip(), name)


def _price(free: bool | None, amount: str, note: str) -> Price | None:
    if free is None:
        return None
    if free:
        return Price(0, note=note)
    if not amount.strip():
        if not note:
            raise ListingError("price.amount_pence", "say what it costs, or switch on Free", code="no_price")
        return Price(None, note=note)
    m = _MONEY.match(amount)
    if m is None:
        raise ListingError("price.amount_pence", f"'{amount.strip()}' is not an amount like 2.50", code="not_an_amount",
                           text=amount.strip())
    pence = int(m[1]) * 100 + (int(m[2].ljust(2, "0")) if m[2] else 0)
    return Price(pence, note=note)


def _languages(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in _LANG_SPLIT.split(text) if x.strip())


def _hours_text(ranges: tuple[tuple[time, time], ...]) -> list[str]:
    out = [format_time(t) for r in ranges for t in r]
    return (out + [""] * HOUR_SLOTS)[:HOUR_SLOTS]


@dataclass
class ListingForm:
    """What the editor shows. `values` holds every text field (LIMITS' keys) plus `pattern`, `nth` and
    `nth_day`; `hours` maps a weekday code to [open, close, open, close] texts ('' = not used). `free` and
    `drop_in` are None for "Not known"; `access_known` False with no features and no note is "Not known"."""

    kind: Kind
    values: dict[str, str] = field(default_factory=lambda: dict.fromkeys(TEXT_FIELDS, ""))
    free: bool | None = None
    drop_in: bool | None = None
    features: set[AccessFeature] = field(default_factory=set)
    days: set[str] = field(default_factory=set)  # weekly: weekday codes
    hours: dict[str, list[str]] = field(default_factory=lambda: {c: [""] * HOUR_SLOTS for c in WEEKDAY_CODES})
    photo: str = ""
    original: Listing | None = None  # what was loaded (its kept schedule, source, currency carry over)
    access_known: bool = False
    other_rules: list[Rule] = field(default_factory=list)  # an activity's rules not in the pattern fields
    rule_at: int = 0  # where the fields' rule goes among them (the order is kept)
    base: Recurring | None = None  # the rule in the fields as it was loaded (its interval, first and last dates)
    exceptions: frozenset[date] = frozenset()
    cancellations: tuple[Cancellation, ...] = ()
    closures: frozenset[date] = frozenset()  # a space's closure dates

    def __post_init__(self) -> None:
        self.values.setdefault("pattern", "weekly")
        self.values.setdefault("nth", "2")
        self.values.setdefault("nth_day", "TU")
        for key in TEXT_FIELDS:
            self.values.setdefault(key, "")

    # -- from a listing ---------------------------------------------------------------------------------------

    @classmethod
    def new(cls, kind: Kind) -> ListingForm:
        form = cls(kind)
        if kind is Kind.ACTIVITY:
            form.values.update(start="10:00", end="12:00")
        return form

    @classmethod
    def from_listing(cls, listing: Listing) -> ListingForm:
        price, access = listing.price, listing.accessibility
        v = {
            "title": listing.title, "summary": listing.summary, "description": listing.description,
            "category": listing.category, "building": listing.place.building, "room": listing.place.room,
            "address": listing.place.address, "organiser": listing.organiser, "phone": listing.contact.phone,
            "email": listing.contact.email, "website": listing.contact.website, "audience": listing.audience,
            "languages": ", ".join(listing.languages), "price_note": price.note if price else "",
            "access_note": access.note if access else "",
            "valid_from": listing.valid_from.isoformat() if listing.valid_from else "",
            "valid_to": listing.valid_to.isoformat() if listing.valid_to else "",
            "price": "" if price is None or not price.amount_pence else
            f"{price.amount_pence // 100}.{price.amount_pence % 100:02d}",
        }
        form = cls(listing.kind, values={**dict.fromkeys(TEXT_FIELDS, ""), **v},
                   free=None if price is None else price.amount_pence == 0, drop_in=listing.drop_in,
                   features=set(access.features) if access else set(), photo=listing.photo or "", original=listing,
                   access_known=access is not None)
        schedule = listing.schedule
        if isinstance(schedule, OpeningHours):
            # the first two openings of each day (a day with more is kept as it is until staff set new times)
            form.hours = {c: _hours_text(schedule.week[i]) for i, c in enumerate(WEEKDAY_CODES)}
            form.closures = schedule.closures
            if any(len(day) > 2 for day in schedule.week):
                form.values["pattern"] = "kept"
        else:
            form._sessions_in(schedule)
        return form

    def _sessions_in(self, sessions: Sessions) -> None:
        """Every rule: the first the fields can show whole goes in the fields, the others are listed."""
        self.exceptions, self.cancellations = sessions.exceptions, sessions.cancellations
        rules = list(sessions.rules)
        at = next((i for i, r in enumerate(rules) if form_can_show(r, NTHS)), None)
        self.values.update(pattern="kept", start=format_time(rules[0].start), end=format_time(rules[0].end))
        if at is None:
            self.other_rules, self.rule_at = rules, len(rules)
        else:
            self.load_rule(rules.pop(at))
            self.other_rules, self.rule_at = rules, at

    def load_rule(self, rule: Rule) -> None:
        """Puts `rule` in the pattern fields (one the fields can show whole: see form_can_show)."""
        self.values.update(start=format_time(rule.start), end=format_time(rule.end))
        self.base = rule if isinstance(rule, Recurring) else None
        if isinstance(rule, OneOff):
            self.values.update(pattern="once", on=rule.on.isoformat())
        elif rule.freq is Freq.WEEKLY:
            self.values["pattern"] = "weekly"
            self.days = {WEEKDAY_CODES[d.weekday] for d in rule.days}
        else:
            day = rule.days[0]
            self.values.update(pattern="monthly", nth=str(day.nth), nth_day=WEEKDAY_CODES[day.weekday])

    def set_new_times(self) -> None:
        """Leaves a kept schedule for the form's own (staff chose "Set new times"), starting from what the
        form could read of it."""
        if self.values["pattern"] == "kept":
            self.values["pattern"] = "weekly"

    # -- to a listing -----------------------------------------------------------------------------------------

    def _text(self, key: str) -> str:
        value = self.values.get(key, "")
        return value.strip() if key not in MULTILINE else value.strip("\n ")

    def _schedule(self) -> Sessions | OpeningHours:
        original = self.original.schedule if self.original is not None else None
        if self.kind is Kind.ACTIVITY:
            return self.sessions()
        if self.values["pattern"] == "kept" and isinstance(original, OpeningHours):
            return replace(original, closures=self.closures)
        return self._hours()

    def _hours(self) -> OpeningHours:
        week: list[tuple[tuple[time, time], ...]] = []
        for code in WEEKDAY_CODES:
            name = f"schedule.week.{code}"
            texts = [t.strip() for t in self.hours.get(code, [""] * HOUR_SLOTS)]
            ranges = []
            for o, c in ((texts[0], texts[1]), (texts[2], texts[3])):
                if not o and not c:
                    continue
                if not o or not c:
                    raise ListingError(name, "needs both an opening and a closing time", code="opening_half")
                ranges.append((parse_time(o, name), parse_time(c, name)))
            week.append(tuple(sorted(ranges)))
        if not any(week):
            raise ListingError("schedule.week", "give the opening hours of at least one day", code="no_opening_hours")
        return OpeningHours(tuple(week), self.closures)

    def sessions(self) -> Sessions:
        """The activity's schedule as the form has it now: every rule (the fields' one in its place), the
        exceptions and the cancellations. ListingError for the first problem."""
        rules = list(self.other_rules)
        current = self.current_rule()
        if current is not None:
            rules.insert(min(self.rule_at, len(rules)), current)
        return Sessions(tuple(rules), self.exceptions, self.cancellations)

    def current_rule(self) -> Recurring | OneOff | None:
        """The rule the pattern fields describe (None when no rule is in them)."""
        pattern = self.values["pattern"]
        if pattern == "kept":
            return None
        start = parse_form_time(self.values["start"], "schedule.start")
        end = parse_form_time(self.values["end"], "schedule.end")
        base = self.base if self.base is not None and self.base.freq.value == pattern else None
        starts_on, until, interval = (base.starts_on, base.until, base.interval) if base else (None, None, 1)
        if pattern == "once":
            on = parse_date(self.values["on"], "schedule.on")
            if on is None:
                raise ListingError("schedule.on", "is required for a one-off session", code="required")
            return OneOff(on, start, end)
        if pattern == "monthly":
            nth = self.values["nth"]
            if nth not in NTHS or self.values["nth_day"] not in WEEKDAY_CODES:
                raise ListingError("schedule.days", "choose which week of the month and which day", code="no_nth_day")
            day = DayRule(WEEKDAY_CODES.index(self.values["nth_day"]), int(nth))
            return Recurring(freq=Freq.MONTHLY, days=(day,), start=start, end=end, starts_on=starts_on,
                             until=until, interval=interval)
        if pattern == "weekly":
            days = tuple(DayRule(WEEKDAY_CODES.index(c)) for c in WEEKDAY_CODES if c in self.days)
            return Recurring(freq=Freq.WEEKLY, days=days, start=start, end=end, starts_on=starts_on,
                             until=until, interval=interval)
        raise ListingError("schedule.days", "choose when it happens", code="no_pattern")

    def to_listing(self, listing_id: uuid.UUID | None = None) -> Listing:
        """The listing the form describes (a new id unless given); ListingError for the first problem, in
        the order the form shows its fields."""
        original = self.original
        self._check_lengths(_BEFORE_TIMES)
        schedule = self._schedule()
        self._check_lengths(_AFTER_TIMES)
        valid_from = parse_date(self.values["valid_from"], "valid_from")
        valid_to = parse_date(self.values["valid_to"], "valid_to")
        place = Place(self._text("building"), self._text("room"), self._text("address"))
        currency = original.price.currency if original is not None and original.price is not None else "GBP"
        price = _price(self.free, self.values["price"], self._text("price_note"))
        access_note = self._text("access_note")
        access = (Accessibility(frozenset(self.features), access_note)
                  if self.access_known or self.features or access_note else None)
        languages = _languages(self.values["languages"])
        contact = Contact(self._text("phone"), self._text("email"), self._text("website"))
        return Listing(
            id=listing_id or uuid.uuid4(), kind=self.kind, title=self._text("title"),
            category=self._text("category"), summary=self._text("summary"),
            description=self._text("description"), place=place, schedule=schedule,
            organiser=self._text("organiser"), contact=contact, photo=self.photo or None,
            price=None if price is None else replace(price, currency=currency),
            audience=self._text("audience"), drop_in=self.drop_in, accessibility=access,
            languages=languages, valid_from=valid_from, valid_to=valid_to,
            source=original.source if original is not None else "")

    def _check_lengths(self, keys: tuple[str, ...]) -> None:
        """Needed fields are filled in and none is too long, in the order the form shows them."""
        for key in keys:
            n = len(self._text(key))
            if n == 0 and key in _REQUIRED:
                raise ListingError(_DOMAIN_NAMES.get(key, key), "is required", code="required")
            if n > LIMITS[key]:
                raise ListingError(_DOMAIN_NAMES.get(key, key), f"is {n} characters long; at most {LIMITS[key]} fit "
                                                                "on the screen", code="too_long", length=n,
                                   limit=LIMITS[key])

    def copy_of(self) -> ListingForm:
        """A new listing with this one's details (no import source: staff own the copy)."""
        values = dict(self.values)
        copied = ListingForm(self.kind, values, self.free, self.drop_in, set(self.features), set(self.days),
                             {k: list(v) for k, v in self.hours.items()}, self.photo, None, self.access_known,
                             list(self.other_rules), self.rule_at, self.base, self.exceptions, self.cancellations,
                             self.closures)
        if self.original is not None:
            # what the form does not show carries over too (kept times, a rule's first and last dates,
            # exceptions, the currency) — but not the import source: staff own the copy
            copied.original = replace(self.original, source="")
        return copied


def changed_fields(a: ListingForm, b: ListingForm) -> list[str]:
    """The form keys whose text differs between two forms (to show what someone else changed)."""
    keys = [k for k in TEXT_FIELDS if k not in SCHEDULE_INPUTS
            and a.values.get(k, "").strip() != b.values.get(k, "").strip()]
    for name in ("free", "drop_in", "features", "access_known", "days", "hours", "photo"):
        if getattr(a, name) != getattr(b, name):
            keys.append(name)
    if any(getattr(a, n) != getattr(b, n) for n in ("other_rules", "cancellations", "closures", "exceptions")):
        keys.append("schedule")
    if a.values["pattern"] != b.values["pattern"] or (
            a.values["pattern"] == "monthly" and (a.values["nth"], a.values["nth_day"]) !=
            (b.values["nth"], b.values["nth_day"])):
        keys.append("pattern")
    if a.kind is not b.kind:
        keys.append("kind")
    return keys
