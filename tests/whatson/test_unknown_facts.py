"""What visitors see of a listing whose price, booking and access nobody gave: no "Free", no "Please book
first", no feature; the detail points kindly to the desk where the kiosk's own words would otherwise be
silent; a card and its spoken words leave them out. What is known is shown as before."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from kiosk.whatson.detail_model import detail_of
from kiosk.whatson.listing_rows import _badges_spoken, chip_row
from kiosk.whatson.listing_text import words_for
from kiosk.whatson.rules.listing_detail import Booking, listing_detail
from kiosk.whatson.rules.listings import OTHER_CATEGORY, Accessibility, Kind, Listing, Place, Price
from kiosk.whatson.rules.schedules import Recurring, Sessions

TZ = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
UNKNOWN = Listing(id=uuid.uuid4(), kind=Kind.ACTIVITY, title="Walking netball", category=OTHER_CATEGORY,
                  place=Place("Sports centre"), schedule=Sessions((Recurring.weekly("WE", "13:00", "14:00",
                                                                                    starts_on=date(2026, 1, 7)),)))


def test_the_detail_claims_nothing_it_was_not_told() -> None:
    d = detail_of(UNKNOWN, "", NOW, TZ, lambda: words_for("en"))
    assert d.dropIn is None and d.price == "" and d.free is False
    assert d.booking == "Ask at the desk about booking."
    assert d.cost == "Ask at the desk about the cost."
    assert d.accessNote == "Ask at the desk about getting in and around." and d.features.rowCount() == 0
    assert listing_detail(UNKNOWN, NOW, TZ).booking is Booking.UNKNOWN
    assert d.category == "Other" and chip_row(OTHER_CATEGORY) == (OTHER_CATEGORY, "Other", False)


def test_known_facts_are_shown_as_before() -> None:
    known = dataclasses.replace(UNKNOWN, price=Price(0), drop_in=False, accessibility=Accessibility())
    d = detail_of(known, "", NOW, TZ, lambda: words_for("en"))
    assert d.dropIn is False and d.price == "Free" and d.cost == "Free" and d.accessNote == ""
    assert d.booking == "Ask at the desk to book."
    assert _badges_spoken(known, "Free") == ["Please book first", "Free"]
    assert _badges_spoken(UNKNOWN, "") == []  # no badge for what is not known
