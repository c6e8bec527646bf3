"""The What's on view model: the Today / This week / Open now tabs, the category chips, and one listing's
details with its "Take this with you" QR code.

Listings are read on the database thread when a visitor opens What's on (`loader`, see
kiosk.whatson.feature) — again only when the last read is older than REREAD_SECONDS or staff mode has
been used since — and kept here; the lists are worked out on the GUI thread from them with the pure domain
functions (`whats_on`, `open_spaces`), using the injected Clock and the site's time zone. Each list is one
RowsModel, reset as a whole when the tab or the chip changes (the hidden list first, then the shown one),
and not at all when a read brings the same content. The domain and the text helpers are imported on first
use, so start-up does not pay for them. Thread: GUI.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.shell.shell_model import ShellViewModel
from kiosk.whatson.listing_models import RowsModel

if TYPE_CHECKING:
    from kiosk.whatson.listing_text import ListingWords
    from kiosk.whatson.rules.listings import Listing
    from kiosk.whatson.rules.whats_on import Entry, SpaceStatus, WhatsOn

log = logging.getLogger(__name__)

TABS = ("today", "week", "open")
ENTRY_ROLES = ("key", "title", "listingId", "section", "time", "summary", "place", "cancelled", "note",
               "happeningNow", "dropIn", "price", "free", "category", "iconName", "tint", "photo", "spoken")
SPACE_ROLES = ("key", "title", "listingId", "summary", "place", "isOpen", "status", "dropIn", "price", "free",
               "category", "iconName", "tint", "photo", "spoken")
NEXT_SESSIONS = 6  # how many upcoming sessions the detail screen lists, from the next …
NEXT_SESSIONS_DAYS = 35  # … days
# A visit reads the listings again when the last read is older than this (the sync brings changes about once a
# minute); 2,000 listings take ~0.25 s on the database thread, which a quick back-and-forth need not pay.
REREAD_SECONDS = 30.0


@dataclass(frozen=True)
class LoadedListings:
    """What the loader reads on the database thread: the listings to show and their photos' file URLs."""

    listings: tuple[Listing, ...]
    photos: dict[uuid.UUID, str] = field(default_factory=dict)  # listing id → file:// URL of a photo that exists
    signature: Hashable = None  # changes when the content changes (ids and versions)


def _same(x: Any) -> tuple[Any, ...]:
    return tuple(x)


class WhatsOnViewModel(QObject):
    changed = Signal()  # tab, category, loading, empty state
    detailChanged = Signal()
    listsReset = Signal()  # after a tab/chip change or new content has reset the lists

    def __init__(self, config: Config, clock: Clock, shell: ShellViewModel, background: Background,
                 loader: Callable[[], LoadedListings], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config, self._clock, self._shell, self._background = config, clock, shell, background
        self._loader = loader
        self._tz = ZoneInfo(config.timezone)
        self._tab = "today"
        self._category = ""
        self._loaded: LoadedListings | None = None
        self._by_id: dict[str, Listing] = {}
        self._loading = False
        self._failed = False
        self._dirty = True  # nothing read yet
        self._read_at = 0.0
        self._empty_title = ""
        self._empty_text = ""
        self._return_index = 0
        self._last_screen: str = str(shell.screen)
        self._words: ListingWords | None = None
        self._now = clock.now().astimezone(self._tz)
        self._detail: dict[str, Any] = {}
        self._categories = RowsModel(("key", "label"), _same, self)
        self._entries = RowsModel(ENTRY_ROLES, self._entry_row, self)
        self._spaces = RowsModel(SPACE_ROLES, self._space_row, self)
        self._times = RowsModel(("key", "label", "hint"), _same, self)
        self._features = RowsModel(("key", "label"), _same, self)
        shell.screenChanged.connect(self._on_screen)
        shell.on_home(self._reset)

    # -- properties -------------------------------------------------------------------------------------
    @Property(str, notify=changed)
    def tab(self) -> str:
        return self._tab

    @Property(str, notify=changed)
    def category(self) -> str:
        """The chosen category chip; empty for "Everything"."""
        return self._category

    @Property(bool, notify=changed)
    def loading(self) -> bool:
        """True until the listings have been read once (the screen shows a kind "one moment")."""
        return self._loaded is None and not self._failed

    @Property(str, notify=changed)
    def emptyTitle(self) -> str:
        """Set when nothing in the chosen tab goes ahead: "Nothing else on today"."""
        return self._empty_title

    @Property(str, notify=changed)
    def emptyText(self) -> str:
        """What is shown instead: "Here is what's on tomorrow, Thursday 26 November."."""
        return self._empty_text

    @Property(QObject, constant=True)
    def categories(self) -> RowsModel:
        return self._categories

    @Property(QObject, constant=True)
    def entries(self) -> RowsModel:
        """Today's or this week's sessions, day by day (`section` is the day's heading)."""
        return self._entries

    @Property(QObject, constant=True)
    def spaces(self) -> RowsModel:
        """Places to drop in: open ones first, then by when they open."""
        return self._spaces

    @Property(int, notify=changed)
    def returnIndex(self) -> int:
        """The row the visitor opened, so the list comes back where they were."""
        return self._return_index

    @Property("QVariantMap", notify=detailChanged)  # type: ignore[arg-type]
    def detail(self) -> dict[str, Any]:
        return self._detail

    @Property(QObject, constant=True)
    def detailTimes(self) -> RowsModel:
        """The open listing's next sessions (key "cancelled"/"now"/"") or its opening hours."""
        return self._times

    @Property(QObject, constant=True)
    def detailFeatures(self) -> RowsModel:
        """The open listing's accessibility features: key (the icon) and words."""
        return self._features

    # -- slots ------------------------------------------------------------------------------------------
    @Slot(str)
    def setTab(self, tab: str) -> None:
        self._shell.activity()
        if tab in TABS and tab != self._tab:
            self._tab = tab
            self._category = ""  # the chips differ: activities' categories, or spaces'
            self._return_index = 0
            self._refresh()

    @Slot(str)
    def setCategory(self, category: str) -> None:
        self._shell.activity()
        if category != self._category:
            self._category = category
            self._return_index = 0
            self._refresh()

    @Slot(str, int)
    def openListing(self, listing_id: str, index: int = 0) -> None:
        self._shell.activity()
        listing = self._by_id.get(listing_id)
        if listing is None:
            return
        self._return_index = max(0, index)
        self.show_detail(listing)
        self._shell.show("listing")

    @Slot()
    def backToList(self) -> None:
        self._shell.activity()
        self._shell.show("whatson")

    @Slot()
    def goHome(self) -> None:
        self._shell.goHome()

    # -- loading ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Reads the listings again on the database thread; the lists update when they arrive."""
        if self._loading:
            return
        self._loading = True
        self._dirty = False
        self._read_at = self._clock.monotonic()
        self._background.op(self._loader).success(self._loaded_ok).failure(self._load_failed).run()

    def _loaded_ok(self, loaded: LoadedListings) -> None:
        self._loading = False
        self._failed = False
        same = self._loaded is not None and loaded.signature is not None and loaded.signature == self._loaded.signature
        if not same:  # the same content again: the lists stay as they are under the visitor's finger
            self.set_listings(loaded)

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self._dirty = True  # try again on the next visit
        log.error("the listings could not be read", exc_info=error)
        if self._loaded is None:
            self._failed = True
            self._refresh()

    def set_listings(self, loaded: LoadedListings) -> None:
        """Shows these listings (the loader's result; benchmarks and screenshots call it directly)."""
        self._loaded = loaded
        self._by_id = {str(x.id): x for x in loaded.listings}
        if self._shell.screen in ("whatson", "listing") or self._entries.rowCount() or self._spaces.rowCount():
            self._refresh()
        else:
            self.changed.emit()

    @property
    def reading(self) -> bool:
        """A read of the listings is under way on the database thread."""
        return self._loading

    def _on_screen(self) -> None:
        screen, previous = str(self._shell.screen), self._last_screen
        self._last_screen = screen
        if screen.startswith("staff"):
            self._dirty = True  # staff may be changing listings on this kiosk
        if screen != "whatson":
            return
        if previous != "listing":  # a fresh visit starts at Today, Everything
            self._tab, self._category, self._return_index = "today", "", 0
            self._refresh()
        if self._dirty or self._clock.monotonic() - self._read_at >= REREAD_SECONDS:
            self.reload()

    @Slot()
    def invalidate(self) -> None:
        """The listings have changed (a staff edit): read them again when What's on next opens."""
        self._dirty = True

    def _reset(self) -> None:
        self._tab, self._category, self._return_index = "today", "", 0
        if self._detail:
            self._detail = {}
            self._times.reset(())
            self._features.reset(())
            self.detailChanged.emit()

    # -- the lists --------------------------------------------------------------------------------------
    def _text(self) -> ListingWords:
        if self._words is None:
            from kiosk.whatson.listing_text import ListingWords

            self._words = ListingWords()  # in the language in use at each call
        return self._words

    def _refresh(self) -> None:
        """Works out the chosen tab's list at the clock's time and resets the models."""
        self._empty_title = self._empty_text = ""
        if self._loaded is None:
            self._categories.reset(())
            self._entries.reset(())
            self._spaces.reset(())
            if self._failed:
                self._empty_title = QCoreApplication.translate("whatson", "Sorry — what's on cannot be shown just now")
                self._empty_text = QCoreApplication.translate(
                    "whatson", "Please ask a member of staff, or try again in a moment.")
            self.changed.emit()
            self.listsReset.emit()
            return
        from kiosk.whatson.rules.listings import Kind
        from kiosk.whatson.rules.whats_on import categories

        self._now = self._clock.now().astimezone(self._tz)
        listings = self._loaded.listings
        kind = Kind.SPACE if self._tab == "open" else Kind.ACTIVITY
        present = categories(listings, kind)
        if self._category and self._category not in present:
            self._category = ""
        chips = [("", QCoreApplication.translate("whatson", "Everything")), *((c, c) for c in present)]
        if chips != list(self._categories.items):  # unchanged chips keep their place (a chip scrolled to stays)
            self._categories.reset(chips)
        entries: list[tuple[str, Entry]] = []
        spaces: tuple[SpaceStatus, ...] = ()
        if self._tab == "open":
            spaces = self._spaces_now(listings)
        else:
            entries = self._entries_now(listings)
        self.changed.emit()  # the words above the list first, so it is sized before its rows come
        shown, hidden = (self._spaces, self._entries) if self._tab == "open" else (self._entries, self._spaces)
        hidden.reset(spaces if hidden is self._spaces else entries)
        shown.reset(spaces if shown is self._spaces else entries)
        self.listsReset.emit()

    def _entries_now(self, listings: tuple[Listing, ...]) -> list[tuple[str, Entry]]:
        from kiosk.whatson.rules.whats_on import whats_on

        words = self._text()
        found = whats_on(listings, self._now, self._tz, self._tab, self._category or None)
        items: list[tuple[str, Entry]] = []
        for day in found.days:
            heading = words.day_heading(day.day, found.today)
            items += [(heading, e) for e in day.entries]
        if found.empty is not None:
            items += self._empty_state(found, any(x.kind.value == "activity" for x in listings))
        return items

    def _empty_state(self, found: WhatsOn, any_activities: bool) -> list[tuple[str, Entry]]:
        """Sets the kind words for a tab with nothing going ahead; returns the next day's entries to show."""
        from kiosk.whatson.listing_text import fill
        from kiosk.whatson.rules.whats_on import EmptyReason

        assert found.empty is not None
        words, today, empty = self._text(), found.today, found.empty
        if not any_activities:
            self._empty_title = QCoreApplication.translate("whatson", "Nothing is listed yet")
            self._empty_text = QCoreApplication.translate("whatson", "Staff at the desk can tell you what is on.")
            return []
        if empty.reason is EmptyReason.NOTHING_ELSE_TODAY:
            self._empty_title = QCoreApplication.translate("whatson", "Nothing else on today")
        elif empty.reason is EmptyReason.NOTHING_TODAY:
            self._empty_title = QCoreApplication.translate("whatson", "Nothing on today")
        else:
            self._empty_title = QCoreApplication.translate("whatson", "Nothing on this week")
        items: list[tuple[str, Entry]] = []
        if empty.next_day is None:
            self._empty_text = QCoreApplication.translate(
                "whatson", "Nothing is planned for the next few weeks yet. Staff at the desk may know of more.")
        else:
            d = empty.next_day.day
            if d == today + timedelta(days=1):
                self._empty_text = fill(QCoreApplication.translate("whatson", "Here is what's on tomorrow, %1."),
                                        words.date_text(d))
            else:
                self._empty_text = fill(QCoreApplication.translate("whatson", "Here is what's on next, %1."),
                                        words.when_day(d, today))
            heading = words.day_heading(d, today)
            items = [(heading, e) for e in empty.next_day.entries]
        if self._category:
            self._empty_text += " " + QCoreApplication.translate("whatson",
                                                                 "Or tap “Everything” to see all that is on.")
        return items

    def _spaces_now(self, listings: tuple[Listing, ...]) -> tuple[SpaceStatus, ...]:
        from kiosk.whatson.rules.whats_on import open_spaces

        found = open_spaces(listings, self._now, self._tz, self._category or None)
        if not found:
            self._empty_title = QCoreApplication.translate("whatson", "No places to drop in are listed yet")
            self._empty_text = QCoreApplication.translate("whatson", "Staff at the desk can tell you where to go.")
        elif not any(s.state.is_open for s in found):
            self._empty_title = QCoreApplication.translate("whatson", "Nothing is open right now")
            self._empty_text = QCoreApplication.translate("whatson", "Here is when each place opens next.")
        return found

    # -- rows (made when a delegate first asks) ---------------------------------------------------------
    def _photo(self, listing: Listing) -> str:
        return self._loaded.photos.get(listing.id, "") if self._loaded else ""

    def _badges_spoken(self, listing: Listing, price: str) -> list[str]:
        out = []
        if listing.drop_in:
            out.append(QCoreApplication.translate("whatson", "Just drop in — no booking"))
        else:
            out.append(QCoreApplication.translate("whatson", "Please book first"))
        if price:
            out.append(price)
        return out

    def _entry_row(self, item: tuple[str, Entry]) -> tuple[Any, ...]:
        from kiosk.whatson.listing_text import category_icon, fill, tint_index

        heading, entry = item
        words = self._text()
        x, o = entry.listing, entry.occurrence
        note = ""
        if o.cancelled and o.reason:
            note = fill(QCoreApplication.translate("whatson", "Sorry, this one is cancelled: %1"), o.reason)
        elif o.cancelled:
            note = QCoreApplication.translate("whatson", "Sorry, this one is cancelled.")
        price = words.price_text(x.price)
        place = words.place_line(x.place)
        spoken = [heading, words.spoken_range(o.start, o.end), x.title, place]
        if entry.happening_now:
            spoken.insert(0, QCoreApplication.translate("whatson", "On now"))
        spoken += [note] if note else self._badges_spoken(x, price)
        key = f"{x.id}.{o.start.strftime('%Y-%m-%dT%H:%M')}"
        return (key, x.title, str(x.id), heading, words.time_range(o.start, o.end), x.summary, place, o.cancelled,
                note, entry.happening_now, x.drop_in, price, x.price.is_free, x.category, category_icon(x.category),
                tint_index(x.category), self._photo(x), ". ".join(s for s in spoken if s))

    def _space_row(self, s: SpaceStatus) -> tuple[Any, ...]:
        from kiosk.whatson.listing_text import category_icon, tint_index

        words = self._text()
        x = s.listing
        status = words.open_text(s.state, self._now)
        price = words.price_text(x.price)
        place = words.place_line(x.place)
        spoken = [x.title, status, place, *self._badges_spoken(x, price)]
        return (str(x.id), x.title, str(x.id), x.summary, place, s.state.is_open, status, x.drop_in, price,
                x.price.is_free, x.category, category_icon(x.category), tint_index(x.category), self._photo(x),
                ". ".join(p for p in spoken if p))

    # -- the detail screen ------------------------------------------------------------------------------
    def show_detail(self, listing: Listing) -> None:
        """Fills the detail properties and lists for `listing` (the screen shows via openListing)."""
        from kiosk.whatson.listing_text import (
            FEATURE_ORDER,
            category_icon,
            feature_words,
            fill,
            tint_index,
        )
        from kiosk.whatson.qr import make_qr, web_link
        from kiosk.whatson.rules.listings import Kind
        from kiosk.whatson.rules.schedules import OpeningHours, Sessions
        from kiosk.whatson.rules.whats_on import occurrences, open_now
        words = self._text()
        now = self._now = self._clock.now().astimezone(self._tz)
        today = now.date()
        times: list[tuple[str, str, str]] = []
        usually: list[str] = []
        status, status_open = "", False
        summary_when: list[str] = []
        if listing.kind is Kind.SPACE:
            assert isinstance(listing.schedule, OpeningHours)
            state = open_now(listing, now, self._tz)
            status, status_open = words.open_text(state, now), state.is_open
            times = [("", line, "") for line in words.hours_lines(listing.schedule)]
            closures = sorted(d for d in listing.schedule.closures if today <= d <= today + timedelta(days=28))
            closed = QCoreApplication.translate("whatson", "Closed on %1")
            times += [("closed", fill(closed, words.date_text(d)), "") for d in closures]
            summary_when = [line for _, line, _ in times]
        else:
            assert isinstance(listing.schedule, Sessions)
            usually = words.pattern_lines(listing.schedule)
            coming = occurrences(listing, now, now + timedelta(days=NEXT_SESSIONS_DAYS), self._tz)[:NEXT_SESSIONS]
            for o in coming:
                on_now = o.start <= now < o.end
                key = "cancelled" if o.cancelled else "now" if on_now else ""
                hint = ""
                if o.cancelled:
                    hint = o.reason or QCoreApplication.translate("whatson", "Sorry, this one is cancelled.")
                elif on_now:
                    hint = QCoreApplication.translate("whatson", "On now")
                times.append((key, words.occurrence_line(o, today), hint))
            going = [o for o in coming if not o.cancelled]
            if going and going[0].start <= now:
                status = fill(QCoreApplication.translate("whatson", "On now, until %1"), words.clock(going[0].end))
                status_open = True
            elif going:
                status = fill(QCoreApplication.translate("whatson", "Next: %1"), words.occurrence_line(going[0], today))
            else:
                status = QCoreApplication.translate("whatson", "No dates planned at the moment")
            summary_when = usually or [words.occurrence_line(o, today) for o in going[:3]]
        link = web_link(listing.contact.website)
        qr = make_qr(link, is_link=True) if link else make_qr(words.takeaway_text(listing, summary_when))
        caption = (QCoreApplication.translate("whatson", "Scan with your phone's camera to open the web page.")
                   if qr.is_link else
                   QCoreApplication.translate("whatson", "Scan with your phone's camera to keep these details."))
        features = [(f.value, feature_words(f)) for f in FEATURE_ORDER if f in listing.accessibility.features]
        where = [p for p in (listing.place.room, listing.place.building, listing.place.address) if p]
        booking = ""
        if not listing.drop_in:
            contact = listing.contact
            booking = (fill(QCoreApplication.translate("whatson", "To book, phone %1."), contact.phone) if contact.phone
                       else fill(QCoreApplication.translate("whatson", "To book, email %1."), contact.email)
                       if contact.email else QCoreApplication.translate("whatson", "Ask at the desk to book."))
        self._detail = {
            "id": str(listing.id), "kind": listing.kind.value, "title": listing.title, "category": listing.category,
            "icon": category_icon(listing.category), "tint": tint_index(listing.category),
            "photo": self._photo(listing), "summary": listing.summary, "description": listing.description,
            "status": status, "statusOpen": status_open, "dropIn": listing.drop_in, "booking": booking,
            "price": words.price_text(listing.price), "free": listing.price.is_free,
            "audience": listing.audience, "where": "\n".join(where), "organiser": listing.organiser,
            "phone": listing.contact.phone, "email": listing.contact.email, "website": link or "",
            "accessNote": listing.accessibility.note, "languages": ", ".join(listing.languages),
            "usually": "\n".join(usually),
            "timesTitle": QCoreApplication.translate("whatson", "Opening hours") if listing.kind is Kind.SPACE
            else QCoreApplication.translate("whatson", "When"),
            "qr": qr.data_url, "qrModules": qr.modules, "qrLink": qr.is_link, "qrContent": qr.content,
            "qrCaption": caption,
        }
        self._times.reset(times)
        self._features.reset(features)
        self.detailChanged.emit()

    # -- for tests and tools --------------------------------------------------------------------------------
    def now(self) -> datetime:
        """The moment the lists were last worked out, in the site's zone."""
        return self._now

    def list_model(self, name: str) -> RowsModel:
        """A list by name: "categories", "entries", "spaces", "times" or "features" (typed, for Python callers)."""
        models = {"categories": self._categories, "entries": self._entries, "spaces": self._spaces,
                  "times": self._times, "features": self._features}
        return models[name]
