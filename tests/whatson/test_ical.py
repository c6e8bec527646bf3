""""Add to my calendar": the next session as an RFC 5545 event, checked by a strict parser written here
(icalendar is not installed), and small enough for a QR code at a scannable size."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime

from kiosk.whatson.qr import make_qr
from kiosk.whatson.rules.ical import escape, fold, vevent
from kiosk.whatson.rules.listing_detail import listing_detail
from kiosk.whatson.rules.listings import Place
from tests.support.whatson_support import LONDON, weekly

_NAME = re.compile(r"^[A-Z][A-Z0-9-]*$")


def parse(text: str) -> list[tuple[str, str]]:
    """Strict: CRLF only, every physical line ≤ 75 octets, folds start with one space, names valid, BEGIN/END
    nested; returns (name, value) with escapes undone."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "") and "\r" not in text.replace("\r\n", "")
    physical = text[:-2].split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    logical: list[str] = []
    for p in physical:
        if p.startswith(" "):
            logical[-1] += p[1:]
        else:
            logical.append(p)
    stack: list[str] = []
    out = []
    for line in logical:
        name, sep, value = line.partition(":")
        assert sep and _NAME.match(name.split(";")[0]), line
        if name == "BEGIN":
            stack.append(value)
        elif name == "END":
            assert stack.pop() == value
        unescaped = re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)
        assert not re.search(r"(?<!\\)[;,]", value) or name in ("BEGIN", "END", "PRODID"), line
        out.append((name, unescaped))
    assert not stack
    return out


def test_the_next_session_is_a_valid_event_with_utc_times() -> None:
    x = dataclasses.replace(weekly("Knit, natter; and tea\\cake", "TU", "14:00", "16:00"),
                            place=Place("Riverside Community Hub", "Main hall", "12 Kelvin Street, Glasgow G3 8AA"),
                            summary="Bring needles — wool is free. All welcome 😀", description="Line one\nLine two")
    after = datetime(2027, 3, 23, 17, 0, tzinfo=UTC)  # the next Tuesday is after the clocks change (BST)
    o = listing_detail(x, after, LONDON).going[0]
    fields = dict(parse(vevent(x, o, stamp=after, site="riverside")))
    assert fields["DTSTART"] == "20270330T130000Z" and fields["DTEND"] == "20270330T150000Z"  # 2pm BST
    assert fields["DTSTAMP"] == "20270323T170000Z"
    assert fields["SUMMARY"] == "Knit, natter; and tea\\cake"
    assert fields["LOCATION"] == "Main hall, Riverside Community Hub, 12 Kelvin Street, Glasgow G3 8AA"
    assert fields["DESCRIPTION"] == "Bring needles — wool is free. All welcome 😀"
    assert fields["UID"].startswith(str(x.id)) and fields["UID"].endswith("@riverside.kindness-kiosk")
    assert [n for n, _ in parse(vevent(x, o, stamp=after))][:2] == ["BEGIN", "VERSION"]
    assert date(2027, 3, 30) == o.start.date()


def test_folding_never_splits_a_character_and_escaping_is_complete() -> None:
    line = "DESCRIPTION:" + "é" * 100
    folded = fold(line)
    assert all(len(p.encode("utf-8")) <= 75 for p in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line
    assert escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"


def test_it_fits_a_qr_code_at_a_scannable_size() -> None:
    x = dataclasses.replace(weekly("Benefits and money advice drop-in " * 3, "TU", "10:00", "13:00"),
                            summary="Free, confidential help with benefits, debt and energy bills. " * 3)
    o = listing_detail(x, datetime(2026, 11, 24, 9, 0, tzinfo=UTC), LONDON).going[0]
    code = make_qr(vevent(x, o, stamp=datetime(2026, 11, 24, 9, 0, tzinfo=UTC)), is_link=True)  # never cut
    assert code.modules - 8 <= 77  # version 15 or less: 400 px on screen gives ≥ 4 px a module
