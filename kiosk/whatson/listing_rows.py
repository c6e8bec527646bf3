"""The rows of What's on's lists, made when a delegate first asks (and again after a language change): a
session's card, a space's card, a tab's and a category chip's label. Each maker takes the domain item and
returns one value per role, in the order of its ROLES. Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from kiosk.whatson.rules.tabs import EVERYTHING, Tab

if TYPE_CHECKING:
    from kiosk.whatson.listing_text import ListingWords
    from kiosk.whatson.rules.listings import Listing
    from kiosk.whatson.rules.whats_on import Entry, SpaceStatus

ENTRY_ROLES = ("key", "title", "listingId", "section", "time", "summary", "place", "cancelled", "note",
               "happeningNow", "dropIn", "price", "free", "category", "iconName", "tint", "photo", "spoken", "later")
SPACE_ROLES = ("key", "title", "listingId", "summary", "place", "isOpen", "status", "dropIn", "price", "free",
               "category", "iconName", "tint", "photo", "spoken")
TAB_ROLES = ("key", "label")
CHIP_ROLES = ("key", "label", "everything")

Words = Callable[[], "ListingWords"]


def tab_row(tab: Tab) -> tuple[str, str]:
    if tab is Tab.TODAY:
        return tab.value, QCoreApplication.translate("whatson", "Today")
    if tab is Tab.WEEK:
        return tab.value, QCoreApplication.translate("whatson", "This week")
    return tab.value, QCoreApplication.translate("whatson", "Open now")


def chip_row(category: str) -> tuple[str, str, bool]:
    """A category chip: its key, its words ("Everything" for EVERYTHING) and whether it is that one."""
    if category == EVERYTHING:
        return category, QCoreApplication.translate("whatson", "Everything"), True
    return category, category_label(category), False


def category_label(category: str) -> str:
    """A category as shown: its own words, except the importers' "Other", which is translated."""
    from kiosk.whatson.rules.listings import OTHER_CATEGORY

    return QCoreApplication.translate("whatson", "Other") if category == OTHER_CATEGORY else category


def _badges_spoken(listing: Listing, price: str) -> list[str]:
    """The card's badges in words: booking only when it is known, the price only when it is known."""
    out = []
    if listing.drop_in is True:
        out.append(QCoreApplication.translate("whatson", "Just drop in — no booking"))
    elif listing.drop_in is False:
        out.append(QCoreApplication.translate("whatson", "Please book first"))
    return [*out, price] if price else out


def _free(listing: Listing) -> bool:
    return listing.price is not None and listing.price.is_free


def entry_row(words: ListingWords, photos: dict[Any, str], item: tuple[date, date, Entry]) -> tuple[Any, ...]:
    """A session's card; `item` is (the day it is listed under, today, the entry)."""
    from kiosk.whatson.listing_text import category_icon, fill, tint_index

    day, today, entry = item
    heading = words.day_heading(day, today)
    x, o = entry.listing, entry.occurrence
    note = said = later = ""
    if o.cancelled and o.reason:
        note = fill(QCoreApplication.translate("whatson", "Sorry, this one is cancelled: %1"), o.reason)
        said = fill(QCoreApplication.translate("whatson", "Cancelled: %1"), o.reason)
    elif o.cancelled:
        note = QCoreApplication.translate("whatson", "Sorry, this one is cancelled.")
        said = QCoreApplication.translate("whatson", "Cancelled")
    else:
        later = _later(words, entry)
    price = words.price_text(x.price)
    place = words.place_line(x.place)
    # A strike-through is invisible to a screen reader: a cancelled card says so first, with its reason.
    spoken = [said, heading, words.spoken_range(o.start, o.end), x.title, place]
    if entry.happening_now:
        spoken.insert(0, QCoreApplication.translate("whatson", "On now"))
    spoken += [later, *_badges_spoken(x, price)] if not o.cancelled else []
    key = f"{x.id}.{o.start.strftime('%Y-%m-%dT%H:%M')}"
    return (key, x.title, str(x.id), heading, words.time_range(o.start, o.end), x.summary, place, o.cancelled,
            note, entry.happening_now, x.drop_in, price, _free(x), x.category, category_icon(x.category),
            tint_index(x.category), photos.get(x.id, ""), ". ".join(s for s in spoken if s), later)


def _later(words: ListingWords, entry: Entry) -> str:
    """"Also on Tuesday 12 January, …": a monthly or fortnightly activity's next three dates after this one."""
    from kiosk.whatson.listing_text import fill
    from kiosk.whatson.rules.listing_detail import later_dates, repeats_sparsely

    if not repeats_sparsely(entry.listing) or entry.occurrence.start.tzinfo is None:
        return ""
    days = later_dates(entry.listing, entry.occurrence, entry.occurrence.start.tzinfo)  # type: ignore[arg-type]
    if not days:
        return ""
    return fill(QCoreApplication.translate("whatson", "Also on %1"), words.join([words.date_text(d) for d in days]))


def space_row(words: ListingWords, photos: dict[Any, str], item: tuple[datetime, SpaceStatus]) -> tuple[Any, ...]:
    """A space's card; `item` is (the moment the list was made, in the site's zone; the space's state)."""
    from kiosk.whatson.listing_text import category_icon, tint_index

    now, s = item
    x = s.listing
    status = words.open_text(s.state, now)
    price = words.price_text(x.price)
    place = words.place_line(x.place)
    spoken = [x.title, status, place, *_badges_spoken(x, price)]
    return (str(x.id), x.title, str(x.id), x.summary, place, s.state.is_open, status, x.drop_in, price,
            _free(x), x.category, category_icon(x.category), tint_index(x.category), photos.get(x.id, ""),
            ". ".join(p for p in spoken if p))
