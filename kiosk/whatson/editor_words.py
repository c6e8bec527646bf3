"""The staff listing editor's words, made when they are asked for (so a language switch changes them): field
names, weekdays, the repeat patterns and "2nd / last", the notes under a field, a validation problem
naming its field, and the times kept from an import. Thread: GUI.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.shell.error_words import error_words
from kiosk.whatson.rules.listing_form import ListingForm, form_key
from kiosk.whatson.rules.listings import AccessFeature, Kind, ListingError
from kiosk.whatson.rules.schedules import WEEKDAY_CODES


def field_label(key: str) -> str:
    """A form field's name in plain words, as validation messages and notes use it."""
    labels = {
        "title": QCoreApplication.translate("listings", "Title"),
        "summary": QCoreApplication.translate("listings", "Short description"),
        "description": QCoreApplication.translate("listings", "Full description"),
        "category": QCoreApplication.translate("listings", "Category"),
        "building": QCoreApplication.translate("listings", "Building"),
        "room": QCoreApplication.translate("listings", "Room"),
        "address": QCoreApplication.translate("listings", "Address"),
        "organiser": QCoreApplication.translate("listings", "Organiser"),
        "phone": QCoreApplication.translate("listings", "Phone"),
        "email": QCoreApplication.translate("listings", "Email"),
        "website": QCoreApplication.translate("listings", "Web link"),
        "audience": QCoreApplication.translate("listings", "Who it is for"),
        "languages": QCoreApplication.translate("listings", "Languages spoken"),
        "price": QCoreApplication.translate("listings", "Price"),
        "price_note": QCoreApplication.translate("listings", "About the price"),
        "access_note": QCoreApplication.translate("listings", "More about access"),
        "valid_from": QCoreApplication.translate("listings", "Showing from"),
        "valid_to": QCoreApplication.translate("listings", "Showing until"),
        "start": QCoreApplication.translate("listings", "Start time"),
        "end": QCoreApplication.translate("listings", "End time"),
        "on": QCoreApplication.translate("listings", "Date"),
        "days": QCoreApplication.translate("listings", "Days"),
        "hours": QCoreApplication.translate("listings", "Opening hours"),
        "features": QCoreApplication.translate("listings", "Accessibility"),
        "photo": QCoreApplication.translate("listings", "Photo"),
        "id": QCoreApplication.translate("listings", "Listing"),
        "kind": QCoreApplication.translate("listings", "Kind"),
        "schedule": QCoreApplication.translate("listings", "Times"),
        "drop_in": QCoreApplication.translate("listings", "Drop-in"),
        "reason": QCoreApplication.translate("listings", "Why it is cancelled"),
        "closure_from": QCoreApplication.translate("listings", "Closed from"),
        "closure_to": QCoreApplication.translate("listings", "Closed until"),
        "closure_reason": QCoreApplication.translate("listings", "Reason for the closure"),
        "extra_on": QCoreApplication.translate("listings", "Extra date"),
        "extra_start": QCoreApplication.translate("listings", "Extra date starts at"),
        "extra_end": QCoreApplication.translate("listings", "Extra date ends at"),
    }
    if key.startswith("hours."):
        day = key.split(".")[1]
        return QCoreApplication.translate("listings", "Opening hours on %1").replace("%1", weekday_label(day))
    return labels.get(key, key)


def weekday_label(code: str) -> str:
    names = (QCoreApplication.translate("listings", "Monday"), QCoreApplication.translate("listings", "Tuesday"),
             QCoreApplication.translate("listings", "Wednesday"),
             QCoreApplication.translate("listings", "Thursday"), QCoreApplication.translate("listings", "Friday"),
             QCoreApplication.translate("listings", "Saturday"), QCoreApplication.translate("listings", "Sunday"))
    return dict(zip(WEEKDAY_CODES, names, strict=True)).get(code, code)


def feature_label(feature: AccessFeature) -> str:
    from kiosk.whatson.listing_text import feature_words

    return feature_words(feature)


def nth_label(nth: str) -> str:
    words = {"1": QCoreApplication.translate("listings", "1st"), "2": QCoreApplication.translate("listings", "2nd"),
             "3": QCoreApplication.translate("listings", "3rd"), "4": QCoreApplication.translate("listings", "4th"),
             "-1": QCoreApplication.translate("listings", "Last")}
    return words.get(nth, nth)


def pattern_label(pattern: str) -> str:
    words = {"weekly": QCoreApplication.translate("listings", "Every week"),
             "monthly": QCoreApplication.translate("listings", "Once a month"),
             "once": QCoreApplication.translate("listings", "One date")}
    return words.get(pattern, pattern)


def problem_words(error: ListingError) -> str:
    """What Save found wrong, naming the field: "Title is required" (its code and numbers in words:
    kiosk.shell.error_words)."""
    return error_words(error, field=field_label(form_key(error.field)))


def removed_words(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("listings", "1 hidden control character removed.")
    return QCoreApplication.translate("listings", "%1 hidden control characters removed.").replace("%1", str(count))


def too_long_words(length: int, limit: int) -> str:
    return QCoreApplication.translate(
        "listings", "Too long: %1 characters, and %2 fit. Please shorten it by %3.").replace(
        "%1", f"{length:,}").replace("%2", f"{limit:,}").replace("%3", f"{length - limit:,}")


def kept_times_words(form: ListingForm, language: str) -> str:
    """A space's hours an import brought that the form cannot show, a line each ("" when there are none)."""
    original = form.original
    if form.values["pattern"] != "kept" or original is None or form.kind is Kind.ACTIVITY:
        return ""  # an activity's rules are all listed, each to edit or remove (kiosk.whatson.editor_dates_model)
    from kiosk.whatson.listing_text import words_for
    from kiosk.whatson.rules.schedules import OneOff, OpeningHours, Sessions

    words = words_for(language)
    schedule = original.schedule
    if isinstance(schedule, OpeningHours):
        lines = words.hours_lines(schedule)
    else:
        assert isinstance(schedule, Sessions)
        lines = words.pattern_lines(schedule)
        ones = sum(1 for r in schedule.rules if isinstance(r, OneOff))
        if ones == 1:
            lines.append(QCoreApplication.translate("listings", "and 1 single date"))
        elif ones:
            lines.append(QCoreApplication.translate("listings", "and %1 single dates").replace("%1", str(ones)))
    return "\n".join(lines)


def source_words(form: ListingForm, mode: str) -> str:
    """Where an imported listing came from, and what a new import may do ("" for one made here, or a copy)."""
    original = form.original
    if original is None or not original.source or mode == "copy":
        return ""
    return QCoreApplication.translate(
        "listings", "Imported from %1. A new import of the same file may replace changes made here.").replace(
        "%1", original.source.split(":")[0].upper())
