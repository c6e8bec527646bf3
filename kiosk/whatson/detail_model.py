"""One listing as its detail screen shows it: a typed QObject with one property per thing on the screen (title,
status, price, where, the "Take this with you" QR code and the "Add to my calendar" one, …) and two small
list models (its next sessions or opening hours; its accessibility features).

A ListingDetail is a snapshot of one listing at one moment (kiosk.whatson.rules.listing_detail): its
properties never change, so they are constant. Their words are made when QML reads them, in the language in
use; when the language changes (or another listing opens) the owner makes a new ListingDetail and announces
it through its own `detail` property. An empty ListingDetail (no listing) has empty values, so bindings never
meet a null. Thread: GUI.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QCoreApplication, QObject

from kiosk.whatson.listing_models import RowsModel

if TYPE_CHECKING:
    from kiosk.whatson.listing_text import ListingWords
    from kiosk.whatson.qr import QrImage
    from kiosk.whatson.rules.listing_detail import ListingFacts
    from kiosk.whatson.rules.listings import Listing
    from kiosk.whatson.rules.schedules import Occurrence

Words = Callable[[], "ListingWords"]


def detail_of(listing: Listing, photo: str, now: datetime, tz: ZoneInfo, words: Words,
              parent: QObject | None = None, *, site: str = "kiosk") -> ListingDetail:
    """The detail of `listing` at `now`, with the photo at the file URL `photo` ("" for none); `site` (the
    site's id) makes the calendar event's UID."""
    from kiosk.whatson.rules.listing_detail import listing_detail

    return ListingDetail(listing_detail(listing, now, tz), photo, words, parent, site=site)


class ListingDetail(QObject):
    def __init__(self, facts: ListingFacts | None, photo: str, words: Words, parent: QObject | None = None,
                 *, site: str = "kiosk") -> None:
        super().__init__(parent)
        self._facts, self._photo, self._words, self._site = facts, photo, words, site
        self._qr_memo: dict[str, QrImage] = {}
        self._calendar: QrImage | None = None  # made on first read (the event has no words to change)
        self._times = RowsModel(("key", "label", "hint"), functools.partial(_time_row, words, facts), self)
        self._features = RowsModel(("key", "label"), _feature_row, self)
        self.times_model, self.features_model = self._times, self._features  # for Python callers
        if facts is not None:
            self._times.reset(_time_items(facts))
            from kiosk.whatson.listing_text import FEATURE_ORDER

            access = facts.listing.accessibility
            features = access.features if access is not None else frozenset()
            self._features.reset([f for f in FEATURE_ORDER if f in features])

    @property
    def listing(self) -> Listing | None:
        return self._facts.listing if self._facts is not None else None

    # -- what it is -------------------------------------------------------------------------------------
    @Property(bool, constant=True)
    def shown(self) -> bool:
        """A listing is shown (false for the empty detail)."""
        return self._facts is not None

    @Property(str, constant=True)
    def id(self) -> str:
        return str(self.listing.id) if self.listing else ""

    @Property(str, constant=True)
    def kind(self) -> str:
        return self.listing.kind.value if self.listing else ""

    @Property(str, constant=True)
    def title(self) -> str:
        return self.listing.title if self.listing else ""

    @Property(str, constant=True)
    def category(self) -> str:
        from kiosk.whatson.listing_rows import category_label

        return category_label(self.listing.category) if self.listing else ""

    @Property(str, constant=True)
    def icon(self) -> str:
        from kiosk.whatson.listing_text import category_icon

        return category_icon(self.listing.category) if self.listing else "star"

    @Property(int, constant=True)
    def tint(self) -> int:
        from kiosk.whatson.listing_text import tint_index

        return tint_index(self.listing.category) if self.listing else 0

    @Property(str, constant=True)
    def photo(self) -> str:
        return self._photo

    @Property(str, constant=True)
    def summary(self) -> str:
        return self.listing.summary if self.listing else ""

    @Property(str, constant=True)
    def description(self) -> str:
        return self.listing.description if self.listing else ""

    # -- when -------------------------------------------------------------------------------------------
    @Property(str, constant=True)
    def status(self) -> str:
        """"Open now until 4pm", "On now, until 1pm", "Next: Thursday 26 November, 2pm – 4pm", …"""
        from kiosk.whatson.listing_text import fill

        f = self._facts
        if f is None:
            return ""
        words = self._words()
        if f.state is not None:
            return words.open_text(f.state, f.now)
        if (now := f.on_now) is not None:
            return fill(QCoreApplication.translate("whatson", "On now, until %1"), words.clock(now.end))
        if (coming := f.next_session) is not None:
            return fill(QCoreApplication.translate("whatson", "Next: %1"), words.occurrence_line(coming, f.now.date()))
        return QCoreApplication.translate("whatson", "No dates planned at the moment")

    @Property(bool, constant=True)
    def statusOpen(self) -> bool:
        return self._facts.is_open if self._facts else False

    @Property(str, constant=True)
    def timesTitle(self) -> str:
        if self._facts is None:
            return ""
        if self._facts.is_space:
            return QCoreApplication.translate("whatson", "Opening hours")
        return QCoreApplication.translate("whatson", "When")

    @Property(str, constant=True)
    def usually(self) -> str:
        """An activity's repeating patterns, a line each ("Every Tuesday, 10am – 1pm")."""
        return "\n".join(self._usually())

    @Property(QObject, constant=True)
    def times(self) -> RowsModel:
        """Its next sessions (key "cancelled", "now" or "") or its opening hours and closed days ("closed")."""
        return self._times

    # -- booking and cost ---------------------------------------------------------------------------------
    @Property("QVariant", constant=True)  # type: ignore[arg-type]
    def dropIn(self) -> bool | None:
        """True: just drop in; False: book first; null (undefined in QML) when nobody said."""
        return self.listing.drop_in if self.listing else None

    @Property(str, constant=True)
    def booking(self) -> str:
        from kiosk.whatson.listing_text import fill
        from kiosk.whatson.rules.listing_detail import Booking

        if self._facts is None:
            return ""
        contact, how = self._facts.listing.contact, self._facts.booking
        if how is Booking.PHONE:
            return fill(QCoreApplication.translate("whatson", "To book, phone %1."), contact.phone)
        if how is Booking.EMAIL:
            return fill(QCoreApplication.translate("whatson", "To book, email %1."), contact.email)
        if how is Booking.UNKNOWN:
            return QCoreApplication.translate("whatson", "Ask at the desk about booking.")
        return QCoreApplication.translate("whatson", "Ask at the desk to book.") if how is Booking.DESK else ""

    @Property(str, constant=True)
    def price(self) -> str:
        return self._words().price_text(self.listing.price) if self.listing else ""

    @Property(str, constant=True)
    def cost(self) -> str:
        """The Cost section: the price, or "Ask at the desk about the cost." when nobody said."""
        return self._words().cost_text(self.listing.price) if self.listing else ""

    @Property(bool, constant=True)
    def free(self) -> bool:
        return bool(self.listing and self.listing.price and self.listing.price.is_free)

    # -- where, who -------------------------------------------------------------------------------------
    @Property(str, constant=True)
    def where(self) -> str:
        x = self.listing
        return "\n".join(p for p in (x.place.room, x.place.building, x.place.address) if p) if x else ""

    @Property(str, constant=True)
    def audience(self) -> str:
        return self.listing.audience if self.listing else ""

    @Property(str, constant=True)
    def organiser(self) -> str:
        return self.listing.organiser if self.listing else ""

    @Property(str, constant=True)
    def phone(self) -> str:
        return self.listing.contact.phone if self.listing else ""

    @Property(str, constant=True)
    def email(self) -> str:
        return self.listing.contact.email if self.listing else ""

    @Property(str, constant=True)
    def website(self) -> str:
        """The listing's web link, when it is one visitors can open ("" otherwise)."""
        return self._link()

    @Property(str, constant=True)
    def accessNote(self) -> str:
        """The access note; when nobody said anything about access, a kind pointer to the desk."""
        if self.listing is None:
            return ""
        if self.listing.accessibility is None:
            return QCoreApplication.translate("whatson", "Ask at the desk about getting in and around.")
        return self.listing.accessibility.note

    @Property(QObject, constant=True)
    def features(self) -> RowsModel:
        """Its accessibility features: key (the icon) and words."""
        return self._features

    @Property(str, constant=True)
    def languages(self) -> str:
        return ", ".join(self.listing.languages) if self.listing else ""

    # -- take this with you -------------------------------------------------------------------------------
    @Property(str, constant=True)
    def qr(self) -> str:
        """The QR code as a PNG data URL (the web link, or the details as plain text)."""
        code = self._qr()
        return code.data_url if code else ""

    @Property(int, constant=True)
    def qrModules(self) -> int:
        code = self._qr()
        return code.modules if code else 0

    @Property(bool, constant=True)
    def qrLink(self) -> bool:
        code = self._qr()
        return code.is_link if code else False

    @Property(str, constant=True)
    def qrContent(self) -> str:
        code = self._qr()
        return code.content if code else ""

    @Property(str, constant=True)
    def qrCaption(self) -> str:
        if self._facts is None:
            return ""
        if self._link():
            return QCoreApplication.translate("whatson", "Scan with your phone's camera to open the web page.")
        return QCoreApplication.translate("whatson", "Scan with your phone's camera to keep these details.")

    # -- add to my calendar --------------------------------------------------------------------------------
    @property
    def calendar_code(self) -> QrImage | None:
        """The QR code of the next session that goes ahead, as an iCalendar event; None when there is none (a
        space, or an activity with no session to come)."""
        coming = _next_to_come(self._facts)
        if self._calendar is None and coming is not None:
            from kiosk.whatson.qr import make_qr
            from kiosk.whatson.rules.ical import vevent

            assert self._facts is not None
            event = vevent(self._facts.listing, coming, stamp=self._facts.now, site=self._site)
            self._calendar = make_qr(event, whole=True)  # never cut: a shortened event would not parse
        return self._calendar

    @Property(bool, constant=True)
    def hasCalendar(self) -> bool:
        """"Add to my calendar" is offered: there is a session to come."""
        return _next_to_come(self._facts) is not None

    @Property(str, constant=True)
    def calendarQr(self) -> str:
        code = self.calendar_code
        return code.data_url if code else ""

    @Property(int, constant=True)
    def calendarQrModules(self) -> int:
        code = self.calendar_code
        return code.modules if code else 0

    @Property(str, constant=True)
    def calendarCaption(self) -> str:
        """"Scan to add Thursday 26 November, 2pm – 4pm to your phone's calendar." (the date in words)"""
        from kiosk.whatson.listing_text import fill

        coming = _next_to_come(self._facts)
        if coming is None:
            return ""
        assert self._facts is not None
        words, zone = self._words(), self._facts.now.tzinfo  # the site's clock, as the rest of the screen
        start, end = coming.start.astimezone(zone), coming.end.astimezone(zone)
        when = fill(QCoreApplication.translate("whatson", "%1, %2"), words.date_text(start.date()),
                    words.time_range(start, end))
        return fill(QCoreApplication.translate("whatson", "Scan to add the next session, %1, to your phone's "
                                                          "calendar."), when)

    # -- made when read ---------------------------------------------------------------------------------
    def _link(self) -> str:
        from kiosk.whatson.qr import web_link

        return (web_link(self.listing.contact.website) or "") if self.listing else ""

    def _usually(self) -> list[str]:
        from kiosk.whatson.rules.schedules import Sessions

        x = self.listing
        return self._words().pattern_lines(x.schedule) if x and isinstance(x.schedule, Sessions) else []

    def _qr(self) -> QrImage | None:
        """The code for what it carries now (the words are the language's): made once per content."""
        from kiosk.whatson.qr import make_qr

        f = self._facts
        if f is None:
            return None
        link = self._link()
        content = link or self._words().takeaway_text(f.listing, self._summary_when())
        if content not in self._qr_memo:
            self._qr_memo[content] = make_qr(content, is_link=bool(link))
        return self._qr_memo[content]

    def _summary_when(self) -> list[str]:
        """When, for the take-away text: opening hours and closed days, or the patterns, or the next sessions."""
        assert self._facts is not None
        if self._facts.is_space:
            return [_time_row(self._words, self._facts, item)[1] for item in _time_items(self._facts)]
        words, today = self._words(), self._facts.now.date()
        return self._usually() or [words.occurrence_line(o, today) for o in self._facts.going[:3]]


def _next_to_come(facts: ListingFacts | None) -> Occurrence | None:
    """An activity's first session that goes ahead and has not begun (one on now is no use in a calendar)."""
    if facts is None or facts.is_space:
        return None
    return next((o for o in facts.going if o.start > facts.now), None)


# -- the rows (module functions, so a list holds no reference back to its detail: no cycle to wait for) -------
def _time_items(facts: ListingFacts) -> list[tuple[str, Any]]:
    from kiosk.whatson.rules.listing_detail import week_runs
    from kiosk.whatson.rules.schedules import OpeningHours

    schedule = facts.listing.schedule
    if isinstance(schedule, OpeningHours):
        return [("run", run) for run in week_runs(schedule)] + [("closed", d) for d in facts.closures]
    return [("session", s) for s in facts.sessions]


def _time_row(words: Words, facts: ListingFacts | None, item: tuple[str, Any]) -> tuple[str, str, str]:
    from kiosk.whatson.listing_text import fill

    what, value = item
    w = words()
    if what == "run":
        return "", w.run_line(value), ""
    if what == "closed":
        return "closed", fill(QCoreApplication.translate("whatson", "Closed on %1"), w.date_text(value)), ""
    assert facts is not None
    o = value.occurrence
    line = w.occurrence_line(o, facts.now.date())
    if o.cancelled:
        return "cancelled", line, o.reason  # shown struck through with "Cancelled: <reason>"
    return ("now", line, QCoreApplication.translate("whatson", "On now")) if value.on_now else ("", line, "")


def _feature_row(feature: Any) -> tuple[str, str]:
    from kiosk.whatson.listing_text import feature_words

    return feature.value, feature_words(feature)
