""""Add to my calendar": a listing's next session as an iCalendar event (RFC 5545), small enough for a QR code.

    text = vevent(listing, occurrence, stamp=now, site="riverside")

One VCALENDAR holding one VEVENT: UID (stable per listing and session), DTSTAMP (UTC), DTSTART/DTEND in UTC
(no VTIMEZONE needed, so every phone places it right, clocks changing or not), SUMMARY, LOCATION and a short
DESCRIPTION (title and summary at most SHORT characters); text values escaped (backslash, semicolon, comma,
newline) and lines folded at 75 octets without splitting a UTF-8 character; CRLF line ends. Thread: any (pure).
"""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.whatson.rules.listings import Listing
from kiosk.whatson.rules.schedules import Occurrence

PRODID = "-//Kindness Kiosk//EN"
_FOLD = 75  # octets a content line may hold, CRLF not counted
SHORT = 60  # characters kept of the title and of the summary, so the code stays easy to scan


def _short(text: str) -> str:
    return text if len(text) <= SHORT else text[: SHORT - 1].rstrip() + "…"


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): \\ ; , and newlines escaped."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545 3.1): CRLF then one space, never inside a character."""
    out: list[str] = []
    part, size, limit = "", 0, _FOLD
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(part)
            part, size, limit = "", 0, _FOLD - 1  # a continuation line starts with the space
        part += ch
        size += n
    out.append(part)
    return "\r\n ".join(out)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def vevent(listing: Listing, occurrence: Occurrence, *, stamp: datetime, site: str = "kiosk") -> str:
    """The session as an iCalendar object (CRLF line ends, folded); `stamp` (aware) is when it was made."""
    where = ", ".join(p for p in (listing.place.room, listing.place.building, listing.place.address) if p)
    uid = f"{listing.id}-{occurrence.start.astimezone(UTC):%Y%m%dT%H%M%SZ}@{site}.kindness-kiosk"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "BEGIN:VEVENT",
             f"UID:{uid}", f"DTSTAMP:{_utc(stamp)}", f"DTSTART:{_utc(occurrence.start)}",
             f"DTEND:{_utc(occurrence.end)}", f"SUMMARY:{escape(_short(listing.title))}"]
    if where:
        lines.append(f"LOCATION:{escape(where)}")
    if listing.summary:
        lines.append(f"DESCRIPTION:{escape(_short(listing.summary))}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
