"""The editor's schedule buttons on the form (kiosk.whatson.rules.schedule_form): every rule of a multi-rule or
imported schedule edited and removed, rules added, a session cancelled and put back, a holiday closure for an
activity and a space, extra dates — each round-tripping through save → listing JSON → reload, and bad input
named with nothing lost."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from kiosk.shell.error_words import error_words
from kiosk.whatson.rules import schedule_form as sf
from kiosk.whatson.rules.listing_form import ListingForm, form_key
from kiosk.whatson.rules.listing_json import listing_from_json, listing_to_json
from kiosk.whatson.rules.listings import Kind, Listing, ListingError, Place
from kiosk.whatson.rules.schedule_edits import upcoming
from kiosk.whatson.rules.schedules import Cancellation, OneOff, OpeningHours, Recurring, Sessions

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)


def imported(schedule: Sessions | OpeningHours, kind: Kind = Kind.ACTIVITY) -> Listing:
    return Listing(id=uuid.uuid4(), kind=kind, title="Imported", category="Social", place=Place("Hub"),
                   schedule=schedule, source="openactive:https://example.org/feed#7")


def round_trip(form: ListingForm, listing_id: uuid.UUID) -> Listing:
    """Save → the JSON the store and the sync carry → read back → a new editor form → save again."""
    saved = form.to_listing(listing_id)
    loaded = listing_from_json(json.loads(json.dumps(listing_to_json(saved))))
    assert loaded == saved
    again = ListingForm.from_listing(loaded).to_listing(listing_id)
    assert again.schedule == saved.schedule
    return loaded


def when(schedule: object, count: int = 6) -> list[tuple[str, bool, str]]:
    assert isinstance(schedule, Sessions)
    return [(o.start.astimezone(LONDON).strftime("%a %d %b %H:%M"), o.cancelled, o.reason)
            for o in upcoming(schedule, NOW, LONDON, count)]


MULTI = Sessions((Recurring.weekly("TU", "10:00", "11:00", interval=2, starts_on=date(2026, 12, 1)),
                  Recurring.monthly("1TU,3TU", "18:00", "19:00"),
                  OneOff.at(date(2026, 12, 12), "14:00", "16:00")),
                 exceptions=frozenset({date(2026, 12, 29)}))


def test_every_rule_of_an_imported_multi_rule_schedule_is_listed_and_edited() -> None:
    listing = imported(MULTI)
    form = ListingForm.from_listing(listing)
    assert form.values["pattern"] == "weekly" and form.days == {"TU"} and len(form.other_rules) == 2
    with pytest.raises(ListingError) as e:
        sf.edit_rule(form, 0)  # "1st and 3rd Tuesday" cannot be shown by the chips: remove and add instead
    assert e.value.code == "rule_not_editable"
    sf.edit_rule(form, 1)  # the one-off date
    assert (form.values["pattern"], form.values["on"]) == ("once", "2026-12-12")
    form.values.update(on="13/12/2026", start="15:00", end="17:00")
    sf.edit_rule(form, 0)  # back to the fortnightly rule: its interval and first date are carried
    assert form.values["pattern"] == "weekly" and form.base is not None and form.base.interval == 2
    form.days = {"TU", "TH"}
    loaded = round_trip(form, listing.id)
    assert isinstance(loaded.schedule, Sessions)
    assert loaded.schedule.rules == (
        Recurring.weekly("TU,TH", "10:00", "11:00", interval=2, starts_on=date(2026, 12, 1)),
        Recurring.monthly("1TU,3TU", "18:00", "19:00"), OneOff.at(date(2026, 12, 13), "15:00", "17:00"))
    assert loaded.schedule.exceptions == MULTI.exceptions and loaded.source == listing.source
    assert when(loaded.schedule) == [("Tue 01 Dec 10:00", False, ""), ("Tue 01 Dec 18:00", False, ""),
                                     ("Thu 03 Dec 10:00", False, ""), ("Sun 13 Dec 15:00", False, ""),
                                     ("Tue 15 Dec 10:00", False, ""), ("Tue 15 Dec 18:00", False, "")]


def test_add_and_remove_rules() -> None:
    form = ListingForm.new(Kind.ACTIVITY)
    form.values.update(title="Knit", category="Social", building="Hub")
    form.days = {"MO"}
    sf.add_rule(form)
    assert form.values["pattern"] == "weekly" and form.days == set() and len(form.other_rules) == 1
    with pytest.raises(ListingError) as e:  # the new rule has no day yet: named, nothing lost
        form.to_listing()
    assert e.value.code == "weekly_no_day" and len(form.other_rules) == 1
    form.values.update(pattern="monthly", nth="-1", nth_day="FR", start="19:00", end="21:00")
    listing = round_trip(form, uuid.uuid4())
    assert when(listing.schedule, 3) == [("Mon 07 Dec 10:00", False, ""), ("Mon 14 Dec 10:00", False, ""),
                                         ("Mon 21 Dec 10:00", False, "")]
    assert len(listing.schedule.rules) == 2  # type: ignore[union-attr]
    sf.remove_rule(form, 0)
    assert form.to_listing().schedule == Sessions((Recurring.monthly("-1FR", "19:00", "21:00"),))
    sf.remove_current_rule(form)
    with pytest.raises(ListingError) as e:
        form.to_listing()
    assert e.value.code == "no_sessions"


def test_cancel_a_session_round_trips_and_undo_puts_it_back() -> None:
    listing = imported(Sessions((Recurring.weekly("TU", "10:00", "11:00"),)))
    form = ListingForm.from_listing(listing)
    form.values["reason"] = "Hall flooded — sorry 😢 <i>back next week</i>"
    sf.cancel(form, date(2026, 12, 8), time(10))
    assert form.values["reason"] == ""
    loaded = round_trip(form, listing.id)
    assert isinstance(loaded.schedule, Sessions)
    assert loaded.schedule.cancellations == (
        Cancellation(date(2026, 12, 8), "Hall flooded — sorry 😢 <i>back next week</i>", time(10)),)
    assert when(loaded.schedule, 2)[1] == ("Tue 08 Dec 10:00", True, "Hall flooded — sorry 😢 <i>back next week</i>")
    form = ListingForm.from_listing(loaded)
    sf.undo(form, date(2026, 12, 8), time(10))
    assert form.to_listing(listing.id).schedule == listing.schedule


def test_a_reason_too_long_is_named_and_kept_as_typed() -> None:
    form = ListingForm.from_listing(imported(Sessions((Recurring.weekly("TU", "10:00", "11:00"),))))
    form.values["reason"] = "ا" * 201
    with pytest.raises(ListingError) as e:
        sf.cancel(form, date(2026, 12, 8), time(10))
    assert form_key(e.value.field) == "reason" and form.values["reason"] == "ا" * 201
    assert form.cancellations == ()
    assert "201" in error_words(e.value, field="Reason")


def test_a_holiday_closure_for_an_activity_round_trips_as_visible_cancellations() -> None:
    listing = imported(Sessions((Recurring.weekly("MO,WE,FR", "10:00", "12:00"),)))
    form = ListingForm.from_listing(listing)
    form.values.update(closure_from="24/12/2026", closure_to="2/1/2027", closure_reason="Closed for the holidays")
    sf.close(form)
    assert form.values["closure_from"] == ""
    loaded = round_trip(form, listing.id)
    assert isinstance(loaded.schedule, Sessions)
    assert sorted(c.on for c in loaded.schedule.cancellations) == [
        date(2026, 12, 25), date(2026, 12, 28), date(2026, 12, 30), date(2027, 1, 1)]
    got = [o for o in upcoming(loaded.schedule, datetime(2026, 12, 24, tzinfo=UTC), LONDON, 5)]
    assert [(o.cancelled, o.reason) for o in got] == [(True, "Closed for the holidays")] * 4 + [(False, "")]


def test_a_closure_that_ends_before_it_starts_loses_nothing() -> None:
    form = ListingForm.from_listing(imported(Sessions((Recurring.weekly("MO", "10:00", "12:00"),))))
    form.values.update(closure_from="2/1/2027", closure_to="24/12/2026", closure_reason="Holidays")
    with pytest.raises(ListingError) as e:
        sf.close(form)
    assert form_key(e.value.field) == "closure_to" and e.value.code == "closure_ends_before_start"
    assert (form.values["closure_from"], form.values["closure_to"]) == ("2/1/2027", "24/12/2026")
    assert form.cancellations == ()
    form.values["closure_to"] = "not a date"
    with pytest.raises(ListingError) as e:
        sf.close(form)
    assert form_key(e.value.field) == "closure_to" and e.value.code == "not_a_date"


def test_a_space_closure_round_trips_and_reopens() -> None:
    hours = OpeningHours.of({"MO,TU,WE,TH,FR": [("09:00", "17:00")]})
    listing = imported(hours, Kind.SPACE)
    form = ListingForm.from_listing(listing)
    form.values.update(closure_from="2026-12-24", closure_to="2027-01-02")
    sf.close(form)
    loaded = round_trip(form, listing.id)
    assert isinstance(loaded.schedule, OpeningHours) and len(loaded.schedule.closures) == 10
    form = ListingForm.from_listing(loaded)
    sf.reopen(form, date(2026, 12, 24), date(2027, 1, 2))
    assert form.to_listing(listing.id).schedule == hours


def test_extra_dates_for_a_repeating_activity_and_an_end_before_the_start() -> None:
    listing = imported(Sessions((Recurring.monthly("2TU", "10:00", "12:00"),)))
    form = ListingForm.from_listing(listing)
    form.values.update(extra_on="19/12/2026", extra_start="14:00", extra_end="16:00")
    sf.add_extra(form)
    loaded = round_trip(form, listing.id)
    assert when(loaded.schedule, 3) == [("Tue 08 Dec 10:00", False, ""), ("Sat 19 Dec 14:00", False, ""),
                                        ("Tue 12 Jan 10:00", False, "")]
    form.values.update(extra_on="20/12/2026", extra_start="16:00", extra_end="16:00")
    with pytest.raises(ListingError) as e:
        sf.add_extra(form)
    assert e.value.code == "ends_when_it_starts" and form.values["extra_on"] == "20/12/2026"
    assert len(form.other_rules) == 1
