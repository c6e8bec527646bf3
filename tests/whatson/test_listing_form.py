"""The staff editor's form (kiosk.whatson.rules.listing_form): listings in and out unchanged, the patterns staff set by
hand, times it cannot show kept as they are, plain-words problems pointing at the right field, and typed text
tidied without ever being cut."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, time
from typing import Any

import pytest

from kiosk.shell.error_words import error_words
from kiosk.whatson.rules.demo_listings import demo_listings
from kiosk.whatson.rules.listing_form import LIMITS, ListingForm, clean_text, form_key, parse_date
from kiosk.whatson.rules.listings import AccessFeature, Accessibility, Kind, Listing, ListingError, Place, Price
from kiosk.whatson.rules.schedules import DayRule, Freq, OneOff, OpeningHours, Recurring, Sessions

LISTINGS = demo_listings(date(2026, 11, 25))


def filled(kind: Kind = Kind.ACTIVITY) -> ListingForm:
    form = ListingForm.new(kind)
    form.values.update(title="Knit and natter", category="Social", building="Riverside Community Hub")
    if kind is Kind.ACTIVITY:
        form.days = {"TU"}
    else:
        form.hours["MO"] = ["09:00", "17:00", "", ""]
    return form


@pytest.mark.parametrize("listing", LISTINGS, ids=lambda x: x.title)
def test_every_demo_listing_goes_through_the_form_unchanged(listing: Listing) -> None:
    assert ListingForm.from_listing(listing).to_listing(listing.id) == listing


def test_a_new_weekly_activity() -> None:
    form = filled()
    form.days = {"TU", "TH"}
    form.values.update(start="9:30", end="11:00")
    x = form.to_listing()
    assert x.kind is Kind.ACTIVITY and x.title == "Knit and natter"
    assert x.price is None and x.drop_in is None and x.accessibility is None  # a new form starts "Not known"
    assert isinstance(x.schedule, Sessions)
    [rule] = x.schedule.rules
    assert isinstance(rule, Recurring) and rule.freq is Freq.WEEKLY
    assert rule.days == (DayRule(1), DayRule(3)) and (rule.start, rule.end) == (time(9, 30), time(11))


@pytest.mark.parametrize(("nth", "day", "rule"), [("2", "TU", DayRule(1, 2)), ("-1", "FR", DayRule(4, -1))])
def test_monthly_2nd_tuesday_and_last_friday(nth: str, day: str, rule: DayRule) -> None:
    form = filled()
    form.values.update(pattern="monthly", nth=nth, nth_day=day)
    schedule = form.to_listing().schedule
    assert isinstance(schedule, Sessions)
    [recurring] = schedule.rules
    assert isinstance(recurring, Recurring) and recurring.freq is Freq.MONTHLY and recurring.days == (rule,)
    assert ListingForm.from_listing(form.to_listing()).values["nth"] == nth


def test_one_date_in_either_way_of_writing_it() -> None:
    form = filled()
    form.values.update(pattern="once", on="5/12/2026")
    schedule = form.to_listing().schedule
    assert isinstance(schedule, Sessions) and schedule.rules == (OneOff(date(2026, 12, 5), time(10), time(12)),)
    form.values["on"] = "2026-12-05"
    assert form.to_listing().schedule == schedule


def test_a_space_with_one_or_two_openings_a_day() -> None:
    form = filled(Kind.SPACE)
    form.hours["TU"] = ["9:00", "12:30", "13:30", "17:00"]
    form.hours["SA"] = ["22:00", "02:00", "", ""]  # past midnight
    hours = form.to_listing().schedule
    assert isinstance(hours, OpeningHours)
    assert hours.week[1] == ((time(9), time(12, 30)), (time(13, 30), time(17)))
    assert hours.week[5] == ((time(22), time(2)),) and hours.week[6] == ()
    assert ListingForm.from_listing(form.to_listing()).hours["TU"] == ["09:00", "12:30", "13:30", "17:00"]


def test_multi_rule_and_fortnightly_schedules_are_edited_rule_by_rule_keeping_everything() -> None:
    fortnightly = next(x for x in LISTINGS if (isinstance(x.schedule, Sessions)
                       and any(isinstance(r, Recurring) and r.interval > 1 for r in x.schedule.rules))
                       or (isinstance(x.schedule, Sessions) and len(x.schedule.rules) > 1))
    form = ListingForm.from_listing(fortnightly)
    assert isinstance(fortnightly.schedule, Sessions)
    assert form.values["pattern"] != "kept"  # the first rule is in the fields, the others are listed
    assert len(form.other_rules) == len(fortnightly.schedule.rules) - 1
    form.values["title"] = "Renamed"
    assert form.to_listing(fortnightly.id).schedule == fortnightly.schedule
    form.values["start"] = "09:15"
    schedule = form.to_listing(fortnightly.id).schedule
    assert isinstance(schedule, Sessions) and len(schedule.rules) == len(fortnightly.schedule.rules)
    assert schedule.cancellations == fortnightly.schedule.cancellations
    assert schedule.exceptions == fortnightly.schedule.exceptions


def test_an_edit_keeps_the_source_the_currency_and_a_rules_first_and_last_dates() -> None:
    rule = Recurring.weekly("WE", "10:00", "11:00", starts_on=date(2026, 1, 7), until=date(2027, 6, 30))
    listing = Listing(id=uuid.uuid4(), kind=Kind.ACTIVITY, title="Imported", category="Advice",
                      place=Place("Hub"), schedule=Sessions((rule,)), price=Price(250, "EUR"),
                      source="openactive:https://example.org/feed#42")
    form = ListingForm.from_listing(listing)
    assert form.values["price"] == "2.50" and not form.free
    form.values["start"] = "10:30"
    edited = form.to_listing(listing.id)
    assert isinstance(edited.schedule, Sessions)
    [new_rule] = edited.schedule.rules
    assert isinstance(new_rule, Recurring) and (new_rule.starts_on, new_rule.until) == (rule.starts_on, rule.until)
    assert edited.price == Price(250, "EUR") and edited.source == listing.source
    assert form.copy_of().to_listing().source == ""


@pytest.mark.parametrize(("amount", "free", "note", "price"), [
    ("", None, "", None), ("2.50", None, "£2.50 typed, then Not known chosen", None), ("", True, "", Price(0)),
    ("2.50", False, "", Price(250)), ("£3", False, "", Price(300)),
    ("1,5", False, "", Price(150)), ("", False, "Pay what you can", Price(None, note="Pay what you can")),
])
def test_prices(amount: str, free: bool | None, note: str, price: Price | None) -> None:
    form = filled()
    form.free = free
    form.values.update(price=amount, price_note=note)
    assert form.to_listing().price == price


@pytest.mark.parametrize(("change", "key", "words"), [
    ({"title": "   "}, "title", "Title is required"),
    ({"building": ""}, "building", "Building is required"),
    ({"email": "not-an-address"}, "email", "Email: 'not-an-address' is not an email address"),
    ({"start": "25:00"}, "start", "Start time: '25:00' is not a time of day (00:00 to 23:59)"),
    ({"end": ""}, "end", "End time is required"),
    ({"valid_from": "31/02/2026"}, "valid_from", "'31/02/2026' is not a date"),
    ({"valid_from": "2026-12-01", "valid_to": "2026-11-01"}, "valid_to", "is before"),
    ({"languages": "English, english"}, "languages", "a language is listed twice"),
    ({"title": "x" * 121}, "title", "Title is 121 characters long; at most 120 fit on the screen"),
])
def test_problems_name_the_field_in_plain_words(change: dict[str, str], key: str, words: str) -> None:
    form = filled()
    form.values.update(change)
    with pytest.raises(ListingError) as e:
        form.to_listing()
    assert form_key(e.value.field) == key
    labels = {"title": "Title", "building": "Building", "email": "Email", "start": "Start time", "end": "End time",
              "valid_from": "Showing from", "valid_to": "Showing until", "languages": "Languages spoken"}
    assert words in error_words(e.value, field=labels[key])


def test_schedule_problems_point_at_days_and_hours() -> None:
    form = filled()
    form.days = set()
    with pytest.raises(ListingError) as e:
        form.to_listing()
    assert form_key(e.value.field) == "days"
    space = filled(Kind.SPACE)
    space.hours["WE"] = ["09:00", "", "", ""]
    with pytest.raises(ListingError) as e:
        space.to_listing()
    assert form_key(e.value.field) == "hours.WE" and "closing" in e.value.problem
    space.hours = {c: ["", "", "", ""] for c in space.hours}
    with pytest.raises(ListingError) as e:
        space.to_listing()
    assert form_key(e.value.field) == "hours"


@pytest.mark.parametrize(("field", "key"), [
    ("place.building", "building"), ("contact.website", "website"), ("price.note", "price_note"),
    ("schedule.rules[0].start", "start"), ("schedule.week.TU", "hours.TU"), ("accessibility.note", "access_note"),
])
def test_form_key(field: str, key: str) -> None:
    assert form_key(field) == key


def test_limits_are_the_domains() -> None:
    base = filled().to_listing()
    for key, domain_field in (("title", "title"), ("summary", "summary"), ("description", "description"),
                              ("category", "category"), ("organiser", "organiser"), ("audience", "audience")):
        limit = LIMITS[key]
        at_limit: dict[str, Any] = {domain_field: "x" * limit}
        over: dict[str, Any] = {domain_field: "x" * (limit + 1)}
        replace(base, **at_limit)
        with pytest.raises(ListingError):
            replace(base, **over)


def test_clean_text_removes_control_characters_and_keeps_everything_else() -> None:
    text = "Café 👋🏽 مرحبا <b>bold</b> &amp; ‮tricky‬\x07\x1b[31m"
    cleaned, removed = clean_text(text, multiline=False)
    assert removed == 2 and cleaned == "Café 👋🏽 مرحبا <b>bold</b> &amp; ‮tricky‬[31m"
    assert clean_text("one\r\ntwo\tthree\u2028four", multiline=True) == ("one\ntwo three\nfour", 0)
    assert clean_text("one\ntwo", multiline=False) == ("one two", 0)
    long = "word " * 1000
    assert clean_text(long, multiline=False) == (long, 0)  # never cut


def test_emoji_rtl_and_markup_are_kept_as_typed() -> None:
    form = filled()
    form.values.update(title="Knit 🧶 and natter", summary="مرحبا بكم — everyone welcome",
                       description="<script>alert(1)</script>\nBring <b>wool</b>")
    x = form.to_listing()
    assert (x.title, x.summary) == ("Knit 🧶 and natter", "مرحبا بكم — everyone welcome")
    assert x.description == "<script>alert(1)</script>\nBring <b>wool</b>"


def test_accessibility_and_languages() -> None:
    form = filled()
    form.features = {AccessFeature.STEP_FREE, AccessFeature.BSL}
    form.values.update(languages="English, Polish; BSL", access_note="Ramp at the side door")
    x = form.to_listing()
    assert x.accessibility is not None and x.accessibility.features == {AccessFeature.STEP_FREE, AccessFeature.BSL}
    assert x.languages == ("English", "Polish", "BSL")


def test_parse_date() -> None:
    assert parse_date("", "d") is None
    assert parse_date(" 05/12/2026 ", "d") == date(2026, 12, 5)
    with pytest.raises(ListingError, match="not a date"):
        parse_date("next Tuesday", "d")


def test_not_known_is_a_choice_that_round_trips_and_a_feature_makes_access_known() -> None:
    form = filled()
    x = form.to_listing()
    back = ListingForm.from_listing(x)
    assert (back.free, back.drop_in, back.access_known) == (None, None, False)
    assert back.to_listing(x.id) == x
    form.features = {AccessFeature.STEP_FREE}
    form.free, form.drop_in = False, False
    form.values["price"] = "1"
    y = form.to_listing()
    assert y.accessibility is not None and y.accessibility.features == {AccessFeature.STEP_FREE}
    assert y.price == Price(100) and y.drop_in is False
    form.features, form.access_known = set(), True
    assert form.to_listing().accessibility == Accessibility()  # known: nothing special, not "not known"
