"""The words the visitor screens use for listings: times ("10am – 1pm"), days ("Tomorrow — Thursday
26 November"), open or closed ("Open now until 4pm", "Opens at 2pm"), prices, opening hours, session
patterns ("Every Tuesday, 10am – 1pm"), accessibility features, and the plain-text summary a QR code
carries when a listing has no link.

Every phrase goes through QCoreApplication.translate("whatson", …) when it is asked for (`words_for(language)`
keeps only the locale). English clock times are written the way people say them (10am, 2:30pm, 12 noon);
other languages get their locale's short time. Imported only
when the What's on screen is first used (it pulls in the listings domain). Thread: GUI.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from kiosk.whatson.rules.listing_detail import WeekRun, week_runs
from kiosk.whatson.rules.listings import AccessFeature, Listing, Place, Price
from kiosk.whatson.rules.schedules import Freq, OpeningHours, Recurring, Sessions
from kiosk.whatson.rules.whats_on import Occurrence, OpenState


def feature_words(feature: AccessFeature) -> str:
    """An accessibility feature in words (shown beside its icon, and read out)."""
    words = {
        AccessFeature.STEP_FREE: QCoreApplication.translate("whatson", "Step-free access"),
        AccessFeature.HEARING_LOOP: QCoreApplication.translate("whatson", "Hearing loop"),
        AccessFeature.ACCESSIBLE_TOILET: QCoreApplication.translate("whatson", "Accessible toilet"),
        AccessFeature.CHANGING_PLACES: QCoreApplication.translate("whatson", "Changing Places toilet"),
        AccessFeature.QUIET_SPACE: QCoreApplication.translate("whatson", "Quiet space"),
        AccessFeature.ACCESSIBLE_PARKING: QCoreApplication.translate("whatson", "Accessible parking"),
        AccessFeature.SEATING: QCoreApplication.translate("whatson", "Seats to rest on"),
        AccessFeature.LARGE_PRINT: QCoreApplication.translate("whatson", "Large print"),
        AccessFeature.BSL: QCoreApplication.translate("whatson", "British Sign Language (BSL)"),
        AccessFeature.ASSISTANCE_DOGS: QCoreApplication.translate("whatson", "Assistance dogs welcome"),
        AccessFeature.DEMENTIA_FRIENDLY: QCoreApplication.translate("whatson", "Dementia friendly"),
    }
    return words[feature]


_PLACEHOLDER = re.compile(r"%(\d+)")
FEATURE_ORDER = tuple(AccessFeature)  # the order features are shown in: the domain's own order

# A category's picture when a listing has no photo: the first keyword found in its name picks the icon.
_CATEGORY_ICONS = (
    (("food", "drink", "café", "cafe", "lunch", "meal", "tea", "coffee", "larder", "pantry"), "cup"),
    (("warm",), "warm"),
    (("advice", "money", "benefit", "help", "support", "legal"), "advice"),
    (("active", "sport", "walk", "exercise", "fitness", "dance", "yoga", "movement"), "active"),
    (("outdoor", "garden", "nature", "green", "park"), "outdoors"),
    (("learn", "class", "digital", "computer", "language", "english", "esol", "book", "librar", "read"), "learning"),
    (("health", "wellbeing", "well-being", "mental", "care"), "health"),
    (("famil", "child", "baby", "parent", "toddler", "young", "youth"), "families"),
    (("music", "sing", "choir", "song"), "music"),
    (("art", "craft", "knit", "creative", "making"), "crafts"),
    (("quiet", "calm", "peace"), "quiet_space"),
    (("social", "chat", "friend", "company", "lonel", "group"), "social"),
    (("community", "swap", "volunteer", "neighbour", "faith", "church"), "community"),
)
CATEGORY_ICONS = ("cup", "warm", "advice", "active", "outdoors", "learning", "health", "families", "music", "crafts",
                  "quiet_space", "social", "community", "star")


def category_icon(category: str) -> str:
    """One of CATEGORY_ICONS for a category name; "star" when nothing matches."""
    name = category.casefold()
    for words, icon in _CATEGORY_ICONS:
        if any(w in name for w in words):
            return icon
    return "star"


def tint_index(category: str, tints: int = 6) -> int:
    """A stable pick of the placeholder's background tint for a category (decorative)."""
    return sum(category.casefold().encode("utf-8")) % tints


def fill(template: str, *args: str) -> str:
    """Puts args into a translated template's %1, %2, … in one pass (an argument's own "%2" stays as it is)."""
    return _PLACEHOLDER.sub(lambda m: args[int(m[1]) - 1] if 0 < int(m[1]) <= len(args) else m[0], template)


@functools.lru_cache(maxsize=8)
def words_for(language: str) -> ListingWords:
    """The formatter for a language (its QLocale made once); every phrase is still translated when asked."""
    return ListingWords(language)


class ListingWords:
    """Formats listing times, days, prices and states in the kiosk's language."""

    def __init__(self, language: str) -> None:
        self.locale = QLocale(language)
        self.english = language.split("_")[0].split("-")[0].lower() == "en"

    # -- times and days -----------------------------------------------------------------------------------
    def clock(self, t: time | datetime) -> str:
        """10am, 2:30pm, 12 noon, midnight (English); the locale's short time otherwise."""
        if not self.english:
            return self.locale.toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)
        if t.minute == 0 and t.hour == 12:
            return QCoreApplication.translate("whatson", "12 noon")
        if t.minute == 0 and t.hour == 0:
            return QCoreApplication.translate("whatson", "midnight")
        hour = t.hour % 12 or 12
        text = f"{hour}" if t.minute == 0 else f"{hour}:{t.minute:02d}"
        return text + ("am" if t.hour < 12 else "pm")

    def time_range(self, start: time | datetime, end: time | datetime) -> str:
        return fill(QCoreApplication.translate("whatson", "%1 – %2"), self.clock(start), self.clock(end))

    def spoken_range(self, start: time | datetime, end: time | datetime) -> str:
        """The same for screen readers, which read a dash badly."""
        return fill(QCoreApplication.translate("whatson", "%1 to %2"), self.clock(start), self.clock(end))

    def weekday(self, d: date) -> str:
        return self.locale.dayName(d.isoweekday(), QLocale.FormatType.LongFormat)

    def weekday_number(self, index: int) -> str:
        """Monday for 0 … Sunday for 6."""
        return self.locale.dayName(index + 1, QLocale.FormatType.LongFormat)

    def date_text(self, d: date) -> str:
        """Thursday 26 November (listings look a few weeks ahead at most, so no year)."""
        return self.locale.toString(QDate(d.year, d.month, d.day), "dddd d MMMM")

    def day_name(self, d: date, today: date) -> str:
        """"Today", "Tomorrow" or "Thursday 26 November"."""
        if d == today:
            return QCoreApplication.translate("whatson", "Today")
        if d == today + timedelta(days=1):
            return QCoreApplication.translate("whatson", "Tomorrow")
        return self.date_text(d)

    def day_heading(self, d: date, today: date) -> str:
        """A day's heading in the list: "Today — Tuesday 24 November", "Tomorrow — …", "Thursday 26 November"."""
        if d == today:
            return fill(QCoreApplication.translate("whatson", "Today — %1"), self.date_text(d))
        if d == today + timedelta(days=1):
            return fill(QCoreApplication.translate("whatson", "Tomorrow — %1"), self.date_text(d))
        return self.date_text(d)

    def when_day(self, d: date, today: date) -> str:
        """"today", "tomorrow", "on Friday" (this week) or "on Monday 28 December", for running text."""
        if d == today:
            return QCoreApplication.translate("whatson", "today")
        if d == today + timedelta(days=1):
            return QCoreApplication.translate("whatson", "tomorrow")
        return fill(QCoreApplication.translate("whatson", "on %1"),
                    self.weekday(d) if (d - today).days < 7 else self.date_text(d))

    def occurrence_line(self, o: Occurrence, today: date) -> str:
        """A session among the next ones: "Today, 10am – 1pm", "Tuesday 1 December, 10am – 1pm"."""
        return fill(QCoreApplication.translate("whatson", "%1, %2"), self.day_name(o.start.date(), today),
                    self.time_range(o.start, o.end))

    # -- open or closed -----------------------------------------------------------------------------------
    def open_text(self, state: OpenState, now: datetime) -> str:
        """"Open now until 4pm", "Open now", "Opens at 2pm", "Opens tomorrow at 10am", "Opens on Friday at 9pm".
        `now` is in the site's zone, like the state's times."""
        today = now.date()
        if state.is_open:
            closes = state.closes_at
            if closes is None:
                return QCoreApplication.translate("whatson", "Open now")
            if closes.date() == today or (closes.date() == today + timedelta(days=1) and closes.hour < 6):
                return fill(QCoreApplication.translate("whatson", "Open now until %1"), self.clock(closes))
            return fill(QCoreApplication.translate("whatson", "Open now until %1 %2"), self.weekday(closes.date()),
                        self.clock(closes))
        opens = state.opens_at
        if opens is None:
            return QCoreApplication.translate("whatson", "Closed for now")
        if opens.date() == today:
            return fill(QCoreApplication.translate("whatson", "Opens at %1"), self.clock(opens))
        return fill(QCoreApplication.translate("whatson", "Opens %1 at %2"), self.when_day(opens.date(), today),
                    self.clock(opens))

    # -- money, places, people ----------------------------------------------------------------------------
    def price_text(self, price: Price | None) -> str:
        """"Free", "Pay what you can", "£2.50", "£2 — free for carers"; "" when the cost is not known."""
        if price is None:
            return ""
        if price.amount_pence is None:
            return price.note
        if price.amount_pence == 0:
            return price.note or QCoreApplication.translate("whatson", "Free")
        amount = self.money(price.amount_pence, price.currency)
        return fill(QCoreApplication.translate("whatson", "%1 — %2"), amount, price.note) if price.note else amount

    def cost_text(self, price: Price | None) -> str:
        """The detail's Cost: the price, or, when nobody said, a kind pointer that claims nothing."""
        return self.price_text(price) or QCoreApplication.translate("whatson", "Ask at the desk about the cost.")

    @staticmethod
    def money(pence: int, currency: str) -> str:
        symbol = {"GBP": "£", "EUR": "€", "USD": "$"}.get(currency, currency + " ")
        pounds, rest = divmod(pence, 100)
        return f"{symbol}{pounds}" if rest == 0 else f"{symbol}{pounds}.{rest:02d}"

    def place_line(self, place: Place) -> str:
        """Where, on one line: "Main hall, Riverside Community Hub"."""
        if not place.room:
            return place.building
        return fill(QCoreApplication.translate("whatson", "%1, %2"), place.room, place.building)

    def join(self, items: Sequence[str]) -> str:
        """"A", "A and B", "A, B and C"."""
        if len(items) <= 1:
            return "".join(items)
        return fill(QCoreApplication.translate("whatson", "%1 and %2"), ", ".join(items[:-1]), items[-1])

    # -- schedules ----------------------------------------------------------------------------------------
    def hours_lines(self, hours: OpeningHours) -> list[str]:
        """Opening hours, runs of days with the same hours together: "Monday to Thursday: 10am – 8pm"."""
        return [self.run_line(run) for run in week_runs(hours)]

    def run_line(self, run: WeekRun) -> str:
        """One run of days with the same hours: "Monday to Thursday: 10am – 8pm", "Sunday: closed"."""
        i, j = run.first, run.last
        if i == j:
            days = self.weekday_number(i)
        elif i + 1 == j:
            days = self.join([self.weekday_number(i), self.weekday_number(j)])
        else:
            days = fill(QCoreApplication.translate("whatson", "%1 to %2"), self.weekday_number(i),
                        self.weekday_number(j))
        times = (self.join([self.time_range(o, c) for o, c in run.ranges]) if run.ranges
                 else QCoreApplication.translate("whatson", "closed"))
        return fill(QCoreApplication.translate("whatson", "%1: %2"), days, times)

    def _ordinal(self, n: int) -> str:
        names = {1: QCoreApplication.translate("whatson", "1st"), 2: QCoreApplication.translate("whatson", "2nd"),
                 3: QCoreApplication.translate("whatson", "3rd"), 4: QCoreApplication.translate("whatson", "4th"),
                 5: QCoreApplication.translate("whatson", "5th"), -1: QCoreApplication.translate("whatson", "last"),
                 -2: QCoreApplication.translate("whatson", "second to last")}
        return names.get(n, str(n))

    def _monthday(self, n: int) -> str:
        if n < 0:
            return QCoreApplication.translate("whatson", "last day") if n == -1 else str(n)
        if self.english:
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"{n}{suffix}"
        return str(n)

    def rule_line(self, rule: Recurring) -> str:
        """"Every Wednesday and Friday, 10am – 12 noon", "Every other Monday, …", "2nd Tuesday of the month, …"."""
        if rule.freq is Freq.WEEKLY:
            days = self.join([self.weekday_number(d.weekday) for d in sorted(rule.days)])
            if rule.interval == 1:
                pattern = fill(QCoreApplication.translate("whatson", "Every %1"), days)
            elif rule.interval == 2:
                pattern = fill(QCoreApplication.translate("whatson", "Every other %1"), days)
            else:
                pattern = fill(QCoreApplication.translate("whatson", "Every %1 weeks on %2"), str(rule.interval), days)
        else:
            if rule.days:
                what = self.join([fill(QCoreApplication.translate("whatson", "%1 %2"), self._ordinal(d.nth or 1),
                                       self.weekday_number(d.weekday)) for d in rule.days])
            else:
                what = fill(QCoreApplication.translate("whatson", "the %1"),
                            self.join([self._monthday(n) for n in rule.monthdays]))
            if rule.interval == 1:
                pattern = fill(QCoreApplication.translate("whatson", "%1 of the month"), what)
            else:
                pattern = fill(QCoreApplication.translate("whatson", "%1 of every %2 months"), what, str(rule.interval))
            pattern = pattern[:1].upper() + pattern[1:]
        return fill(QCoreApplication.translate("whatson", "%1, %2"), pattern, self.time_range(rule.start, rule.end))

    def pattern_lines(self, sessions: Sessions) -> list[str]:
        """The repeating patterns of an activity (one-off dates show among the next sessions)."""
        return [self.rule_line(r) for r in sessions.rules if isinstance(r, Recurring)]

    # -- the take-away summary ------------------------------------------------------------------------------
    def takeaway_text(self, listing: Listing, when: Sequence[str]) -> str:
        """What a QR code carries when the listing has no link: title, when, where, phone — plain text."""
        lines = [listing.title, *when[:2]]
        lines.append(", ".join(p for p in (listing.place.building, listing.place.address) if p))
        if listing.contact.phone:
            lines.append(fill(QCoreApplication.translate("whatson", "Phone %1"), listing.contact.phone))
        elif listing.contact.email:
            lines.append(listing.contact.email)
        return "\n".join(line for line in lines if line)
