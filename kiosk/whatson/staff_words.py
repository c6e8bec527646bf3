"""The staff listing screens' words, made when asked for (so a language switch changes them): a listing's
times on one line, its state in the list, a not-applied notice, what just happened ("Saved …"), and a
listing as short texts per part to compare two versions. Thread: GUI.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kiosk.whatson.editor_words import feature_label, field_label
from kiosk.whatson.rules.listings import Kind, Listing

if TYPE_CHECKING:
    from kiosk.whatson.listing_text import ListingWords
    from kiosk.whatson.store import StaleNotice, StoredListing

SUMMARY_KEYS = ("title", "category", "summary", "description", "when", "where", "price", "organiser", "contact",
                "audience", "drop_in", "access", "languages", "dates", "photo", "kind")


class Done(StrEnum):
    """What a staff action did (said on the list afterwards)."""

    SAVED = "saved"
    ARCHIVED = "archived"
    RESTORED = "restored"
    KEPT_THEIRS = "kept_theirs"
    SAVED_AGAIN = "saved_again"


@dataclass(frozen=True)
class Outcome:
    done: Done
    title: str = ""  # the listing's title, when the words name it


def outcome_words(outcome: Outcome) -> str:
    if outcome.done is Done.SAVED:
        text = QCoreApplication.translate(
            "listings", "Saved “%1”. It shows here now and reaches the site's other kiosks at the next sync.")
    elif outcome.done is Done.ARCHIVED:
        text = QCoreApplication.translate(
            "listings", "Archived “%1”. Visitors no longer see it; Restore brings it back.")
    elif outcome.done is Done.RESTORED:
        text = QCoreApplication.translate("listings", "Restored “%1”. Visitors can see it again.")
    elif outcome.done is Done.KEPT_THEIRS:
        text = QCoreApplication.translate("listings", "Kept the other version. Your change was dropped.")
    else:
        text = QCoreApplication.translate("listings", "Your change is saved again, on top of the other one.")
    return text.replace("%1", outcome.title)


def kind_label(kind: Kind) -> str:
    if kind is Kind.ACTIVITY:
        return QCoreApplication.translate("listings", "Activity")
    return QCoreApplication.translate("listings", "Space")


def status_of(item: StoredListing) -> tuple[str, str]:
    """A listing's state in the staff list: (words, kind: stale | pending | archived | "")."""
    if item.stale:
        return QCoreApplication.translate("listings", "Not applied — someone else changed it first"), "stale"
    if item.pending and item.archived:
        return QCoreApplication.translate(
            "listings", "Archived here — waiting to reach the other kiosks"), "pending"
    if item.pending:
        return QCoreApplication.translate("listings", "Saved here — waiting to reach the other kiosks"), "pending"
    if item.archived:
        return QCoreApplication.translate("listings", "Archived — not shown to visitors"), "archived"
    return "", ""


def notice_text(notice: StaleNotice) -> str:
    if notice.status == "stale":
        text = QCoreApplication.translate(
            "listings", "Your change to “%1” was not applied: someone else changed it first.")
    else:
        text = QCoreApplication.translate(
            "listings", "Your change to “%1” was not applied: this listing is not this site's.")
    return text.replace("%1", notice.title)


def when_text(words: ListingWords, listing: Listing) -> str:
    """A listing's times on one line: its opening hours, or its patterns and single dates."""
    from kiosk.whatson.rules.schedules import OneOff, OpeningHours, Sessions

    s = listing.schedule
    if isinstance(s, OpeningHours):
        return "; ".join(words.hours_lines(s))
    assert isinstance(s, Sessions)
    lines = words.pattern_lines(s)
    lines += [f"{words.date_text(r.on)}, {words.time_range(r.start, r.end)}" for r in s.rules
              if isinstance(r, OneOff)]
    return "; ".join(lines)


def summary_label(key: str) -> str:
    special = {"when": QCoreApplication.translate("listings", "When"),
               "where": QCoreApplication.translate("listings", "Where"),
               "contact": QCoreApplication.translate("listings", "Contact"),
               "access": field_label("features"),
               "dates": QCoreApplication.translate("listings", "Showing from – until"),
               "archived": QCoreApplication.translate("listings", "Shown to visitors")}
    return special.get(key) or field_label(key)


def not_known() -> str:
    return QCoreApplication.translate("listings", "Not known")


def yes_no(yes: bool | None) -> str:
    if yes is None:
        return not_known()
    return QCoreApplication.translate("listings", "Yes") if yes else QCoreApplication.translate("listings", "No")


def summary(words: ListingWords, x: Listing) -> dict[str, str]:
    """A listing as short texts per part (SUMMARY_KEYS), to compare two versions."""
    return {
        "title": x.title, "category": x.category, "summary": x.summary, "description": x.description,
        "when": when_text(words, x),
        "where": ", ".join(p for p in (x.place.room, x.place.building, x.place.address) if p),
        "price": words.price_text(x.price) if x.price is not None else not_known(), "organiser": x.organiser,
        "contact": ", ".join(p for p in (x.contact.phone, x.contact.email, x.contact.website) if p),
        "audience": x.audience, "drop_in": yes_no(x.drop_in),
        "access": not_known() if x.accessibility is None else ", ".join(
            [feature_label(f) for f in sorted(x.accessibility.features)] +
            ([x.accessibility.note] if x.accessibility.note else [])),
        "languages": ", ".join(x.languages),
        "dates": f"{x.valid_from or ''} – {x.valid_to or ''}" if x.valid_from or x.valid_to else "",
        "photo": QCoreApplication.translate("listings", "A photo") if x.photo
        else QCoreApplication.translate("listings", "No photo"),
        "kind": kind_label(x.kind),
    }
