"""`kiosk export --what listings`: every listing this kiosk holds, for staff to check, as CSV or JSON.

Columns / keys: id, kind, title, category, building, room, address, booking, price, access, schedule,
next_dates, valid_from, valid_to, archived, source, source_id. `booking` is drop_in | book_first | unknown;
`price` is "Free", the amount and note in words ("£2.50 — free for carers"), the note when it varies, or
unknown; `access` is the features and note in words, "none given" when the listing says it has none, or
unknown. `schedule` is the pattern in words ("Every Tuesday, 10am – 1pm"; opening hours per day), and
`next_dates` the next sessions (or a space's next closed days) in ISO form, `;`-separated in CSV and a list in
JSON. `source` is where an import came from ('hsds', 'openactive', or empty for staff's own) and `source_id`
the source's own ids. CSV follows kiosk.core.csv_files (UTF-8 with BOM, CRLF, formula-safe cells); JSON is
one array, UTF-8. Words are English (the export is for staff and other tools, not visitors).
Thread: the CLI's main thread.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from kiosk.core.csv_files import safe_cell
from kiosk.whatson.rules.listing_detail import listing_detail
from kiosk.whatson.rules.listings import Listing
from kiosk.whatson.rules.schedules import OneOff, OpeningHours, Sessions

COLUMNS = ("id", "kind", "title", "category", "building", "room", "address", "booking", "price", "access",
           "schedule", "next_dates", "valid_from", "valid_to", "archived", "source", "source_id")
UNKNOWN = "unknown"


def _booking(x: Listing) -> str:
    return UNKNOWN if x.drop_in is None else "drop_in" if x.drop_in else "book_first"


def _access(x: Listing) -> str:
    from kiosk.whatson.listing_text import feature_words

    if x.accessibility is None:
        return UNKNOWN
    parts = [feature_words(f) for f in x.accessibility.features] if x.accessibility.features else []
    parts.sort()
    if x.accessibility.note:
        parts.append(x.accessibility.note)
    return "; ".join(parts) or "none given"


def _schedule(x: Listing) -> str:
    from kiosk.whatson.listing_text import words_for

    words = words_for("en")
    if isinstance(x.schedule, OpeningHours):
        return "; ".join(words.hours_lines(x.schedule))
    assert isinstance(x.schedule, Sessions)
    lines = words.pattern_lines(x.schedule)
    lines += [f"{r.on.isoformat()}, {words.time_range(r.start, r.end)}" for r in x.schedule.rules
              if isinstance(r, OneOff)]
    return "; ".join(lines)


def _next_dates(x: Listing, now: datetime, tz: ZoneInfo) -> list[str]:
    facts = listing_detail(x, now, tz)
    if facts.is_space:
        return [f"closed {d.isoformat()}" for d in facts.closures]
    return [s.occurrence.start.strftime("%Y-%m-%dT%H:%M") + (" cancelled" if s.occurrence.cancelled else "")
            for s in facts.sessions[:3]]


def listing_object(x: Listing, archived: bool, now: datetime, tz: ZoneInfo) -> dict[str, Any]:
    from kiosk.whatson.listing_text import words_for

    source, _, source_id = x.source.partition(":")
    price = UNKNOWN if x.price is None else words_for("en").price_text(x.price)
    return {"id": str(x.id), "kind": x.kind.value, "title": x.title, "category": x.category,
            "building": x.place.building, "room": x.place.room, "address": x.place.address,
            "booking": _booking(x), "price": price, "access": _access(x), "schedule": _schedule(x),
            "next_dates": _next_dates(x, now, tz),
            "valid_from": x.valid_from.isoformat() if x.valid_from else None,
            "valid_to": x.valid_to.isoformat() if x.valid_to else None,
            "archived": archived, "source": source, "source_id": source_id}


def write_listings(rows: Iterable[tuple[Listing, bool]], out: IO[str], fmt: str, now: datetime,
                   tz: ZoneInfo) -> int:
    """(listing, archived) pairs → `out` as CSV or JSON; returns how many."""
    objects = [listing_object(x, archived, now, tz) for x, archived in rows]
    if fmt == "json":
        json.dump(objects, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(objects)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for o in objects:
        writer.writerow([_cell(o[c]) for c in COLUMNS])
    return len(objects)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Sequence) and not isinstance(value, str):
        return safe_cell("; ".join(str(v) for v in value))
    return safe_cell(str(value))


def export_listings(rows: Iterable[tuple[Listing, bool]], path: Path, fmt: str, now: datetime, tz: ZoneInfo) -> int:
    """Writes to a temporary file then renames, so a half-written export never replaces a good one."""
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as f:
            n = write_listings(rows, f, fmt, now, tz)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n
