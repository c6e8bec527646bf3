"""What's on and open spaces: the listing a visitor reads on the kiosk, and its validation.

A listing is an *activity* (sessions at times: `Sessions`) or a *space* (a place open in hours:
`OpeningHours`). Booking (`drop_in`), `price` and `accessibility` are None when nobody said: the kiosk never
invents them (an import sets only what its source says; staff choose "Not known").
Everything is immutable and validated on construction; a problem raises `ListingError` naming the field and
what is wrong, so staff tools and importers can show it as it is.
Thread: any (pure data).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from kiosk.whatson.rules.schedules import ListingError, OpeningHours, Schedule, Sessions

__all__ = ["AccessFeature", "Accessibility", "Contact", "Kind", "Listing", "ListingError", "Place", "Price"]

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_MAYBE = frozenset({"price", "accessibility"})  # may be None: not known
OTHER_CATEGORY = "Other"  # where an import files what its category mapping does not list (translated on screen)


class Kind(StrEnum):
    ACTIVITY = "activity"  # a session at times (a café morning, a walking group)
    SPACE = "space"  # a place open in hours (a warm space, a garden)


class AccessFeature(StrEnum):
    STEP_FREE = "step_free"
    HEARING_LOOP = "hearing_loop"
    ACCESSIBLE_TOILET = "accessible_toilet"
    CHANGING_PLACES = "changing_places"  # a Changing Places toilet (hoist, bench)
    QUIET_SPACE = "quiet_space"
    ACCESSIBLE_PARKING = "accessible_parking"
    SEATING = "seating"
    LARGE_PRINT = "large_print"
    BSL = "bsl"  # British Sign Language
    ASSISTANCE_DOGS = "assistance_dogs"
    DEMENTIA_FRIENDLY = "dementia_friendly"


def _text(value: object, name: str, limit: int, *, required: bool = False, one_line: bool = True) -> None:
    if not isinstance(value, str):
        raise ListingError(name, "must be text", code="not_text")
    if required and not value.strip():
        raise ListingError(name, "is required", code="required")
    if len(value) > limit:
        raise ListingError(name, f"is {len(value)} characters long; at most {limit} fit on the screen", code="too_long",
                           length=len(value), limit=limit)
    if one_line and ("\n" in value or "\r" in value):
        raise ListingError(name, "must be one line", code="one_line")


@dataclass(frozen=True, slots=True)
class Place:
    building: str
    room: str = ""
    address: str = ""  # one line, e.g. "12 Kelvin Street, Glasgow G3 7AB"

    def __post_init__(self) -> None:
        _text(self.building, "place.building", 120, required=True)
        _text(self.room, "place.room", 120)
        _text(self.address, "place.address", 200)


@dataclass(frozen=True, slots=True)
class Contact:
    phone: str = ""
    email: str = ""
    website: str = ""

    def __post_init__(self) -> None:
        _text(self.phone, "contact.phone", 40)
        _text(self.email, "contact.email", 200)
        _text(self.website, "contact.website", 500)
        if self.email and ("@" not in self.email or " " in self.email.strip()):
            raise ListingError("contact.email", f"{self.email!r} is not an email address", code="not_an_email",
                               text=self.email)


@dataclass(frozen=True, slots=True)
class Price:
    """What it costs: `amount_pence` 0 is free, None means "it varies" and `note` says how. (A listing whose
    cost nobody gave has no Price at all: `Listing.price` None.)"""

    amount_pence: int | None = 0
    currency: str = "GBP"
    note: str = ""  # "Pay what you can", "£2 per session, free for carers"

    def __post_init__(self) -> None:
        if self.amount_pence is not None and (
                not isinstance(self.amount_pence, int) or isinstance(self.amount_pence, bool) or self.amount_pence < 0):
            raise ListingError("price.amount_pence", f"{self.amount_pence!r} is not a whole number of pence, 0 or more",
                               code="not_pence", text=self.amount_pence)
        if not isinstance(self.currency, str) or not _CURRENCY.match(self.currency):
            raise ListingError("price.currency", f"{self.currency!r} is not a currency code like GBP",
                               code="not_a_currency", text=self.currency)
        _text(self.note, "price.note", 200)
        if self.amount_pence is None and not self.note.strip():
            raise ListingError("price.note", "say what it costs when the price varies", code="price_varies")

    @property
    def is_free(self) -> bool:
        return self.amount_pence == 0


FREE = Price()


@dataclass(frozen=True, slots=True)
class Accessibility:
    features: frozenset[AccessFeature] = frozenset()
    note: str = ""  # free text: "Ramp at the side door; ask staff for the loop"

    def __post_init__(self) -> None:
        if not isinstance(self.features, frozenset) or not all(isinstance(f, AccessFeature) for f in self.features):
            raise ListingError("accessibility.features", "must be a set of known accessibility features",
                               code="not_features")
        _text(self.note, "accessibility.note", 500, one_line=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Listing:
    """One activity or space shown on the kiosk. `source` says where an imported listing came from
    ('hsds:…', 'openactive:…'); it is empty for listings staff wrote by hand."""

    id: uuid.UUID
    kind: Kind
    title: str
    category: str
    place: Place
    schedule: Schedule
    summary: str = ""  # the short description on a card
    description: str = ""  # the long description on the detail screen
    organiser: str = ""
    contact: Contact = field(default_factory=Contact)
    photo: str | None = None  # an image URL or a content key; the UI resolves it
    price: Price | None = None  # None: not known (never shown as free)
    audience: str = ""  # who it is for: "Adults", "Parents and carers with under-5s"
    drop_in: bool | None = None  # True: just turn up; False: book first; None: not known
    accessibility: Accessibility | None = None  # None: not known (no features claimed either way)
    languages: tuple[str, ...] = ()  # languages spoken, as people name them: "English", "Polish", "BSL"
    valid_from: date | None = None  # inclusive local dates; None means open-ended
    valid_to: date | None = None
    source: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.id, uuid.UUID):
            raise ListingError("id", "must be a UUID", code="not_a_uuid", text=self.id)
        if not isinstance(self.kind, Kind):
            raise ListingError("kind", f"{self.kind!r} is not 'activity' or 'space'", code="not_a_kind", text=self.kind)
        _text(self.title, "title", 120, required=True)
        _text(self.category, "category", 60, required=True)
        _text(self.summary, "summary", 280)
        _text(self.description, "description", 5000, one_line=False)
        _text(self.organiser, "organiser", 200)
        _text(self.audience, "audience", 280)
        _text(self.source, "source", 500)
        for name, cls in (("place", Place), ("contact", Contact), ("price", Price), ("accessibility", Accessibility)):
            if not isinstance(getattr(self, name), cls) and not (name in _MAYBE and getattr(self, name) is None):
                raise ListingError(name, f"must be a {cls.__name__}", code="wrong_type")
        if self.kind is Kind.ACTIVITY and not isinstance(self.schedule, Sessions):
            raise ListingError("schedule", "an activity needs session times, not opening hours",
                               code="activity_needs_sessions")
        if self.kind is Kind.SPACE and not isinstance(self.schedule, OpeningHours):
            raise ListingError("schedule", "a space needs opening hours, not session times", code="space_needs_hours")
        if self.photo is not None:
            _text(self.photo, "photo", 1000, required=True)
        if self.drop_in is not None and not isinstance(self.drop_in, bool):
            raise ListingError("drop_in", "must be true, false or not known", code="not_yes_no")
        if not isinstance(self.languages, tuple):
            raise ListingError("languages", "must be a list of language names", code="not_languages")
        for lang in self.languages:
            _text(lang, "languages", 60, required=True)
        if len({lang.casefold() for lang in self.languages}) != len(self.languages):
            raise ListingError("languages", "a language is listed twice", code="language_twice")
        for name in ("valid_from", "valid_to"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                raise ListingError(name, "must be a date", code="not_a_date")
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ListingError("valid_to", f"{self.valid_to} is before valid_from {self.valid_from}",
                               code="ends_before_start", end=self.valid_to, start=self.valid_from)

    def runs_on(self, day: date) -> bool:
        """Whether `day` (a local date) is inside the listing's valid_from/valid_to."""
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)
