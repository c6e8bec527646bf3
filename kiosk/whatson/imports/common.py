"""What every importer shares: the typed error, stable ids, the parse result, `merge` and its report, and
the small text rules (plain text from HTML, a summary from a description, accessibility and booking words).

Never invent a fact: `booking_from` gives None (not known) unless a text says drop-in or booking;
`accessibility_from` gives None when the source said nothing about access, and a negated clause ("no
wheelchair access") names no feature. The report lists every record added, updated, archived ("removed")
and skipped with its reason, and per record the source fields the kiosk left out (`dropped`), as text
(`text()`) or JSON (`as_json()`).

Thread: any (pure functions; the CLI calls them on its main thread).
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from kiosk.core.errors import KioskError
from kiosk.whatson.rules.listings import AccessFeature, Accessibility, Listing

NAMESPACE = uuid.UUID("3d6f4e0a-8c51-5b7e-a2f9-1c4b7d9e6a30")  # never change: ids of imported listings hang on it


class ListingImportError(KioskError):
    """The file is not something we can import; nothing was changed. Says which file, row and field."""

    kind = "import"

    def __init__(self, problem: str, *, file: str = "", row: int | str | None = None, field: str = "") -> None:
        self.problem, self.file, self.row, self.field = problem, file, row, field
        where = [file] if file else []
        if row is not None:
            where.append(f"row {row}" if isinstance(row, int) else str(row))
        if field:
            where.append(f"field '{field}'")
        super().__init__(f"{', '.join(where)}: {problem}" if where else problem)


def stable_id(*parts: str) -> uuid.UUID:
    """The listing id for a source record: the same source ids give the same UUID on every import."""
    return uuid.uuid5(NAMESPACE, "\x1f".join(parts))


@dataclass(frozen=True, slots=True)
class Skip:
    source: str
    title: str
    reason: str
    count: int = 1  # several items skipped for the same reason are one line


@dataclass(frozen=True, slots=True)
class Removal:
    id: uuid.UUID
    source: str
    reason: str  # "deleted in the feed", "cancelled by the organiser"


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a file says: listings to add or update, listings to remove, and what was left out and why."""

    listings: tuple[Listing, ...] = ()
    removals: tuple[Removal, ...] = ()
    skipped: tuple[Skip, ...] = ()
    dropped: tuple[tuple[uuid.UUID, tuple[str, ...]], ...] = ()  # per listing: what the source said, left out


class Action(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REMOVED = "removed"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class ReportLine:
    action: Action
    title: str
    source: str
    id: uuid.UUID | None = None
    reason: str = ""  # why skipped or removed; for an update, which fields changed
    count: int = 1
    dropped: tuple[str, ...] = ()  # source fields left out of this listing, in words

    def as_json(self) -> dict[str, Any]:
        return {"action": self.action.value, "title": self.title, "source": self.source,
                "id": None if self.id is None else str(self.id), "reason": self.reason, "count": self.count,
                "dropped": list(self.dropped)}


@dataclass(frozen=True, slots=True)
class ImportReport:
    lines: tuple[ReportLine, ...]

    def count(self, action: Action) -> int:
        return sum(line.count for line in self.lines if line.action is action)

    def ids(self, *actions: Action) -> tuple[uuid.UUID, ...]:
        """The ids of listings with these actions (storage saves ADDED/UPDATED and deletes REMOVED)."""
        return tuple(line.id for line in self.lines if line.action in actions and line.id is not None)

    def summary(self) -> str:
        return ", ".join(f"{self.count(a)} {a.value}" for a in Action)

    def as_json(self) -> dict[str, Any]:
        """The whole report for other tools (`--report FILE`): counts, then every record, unchanged ones too."""
        return {"summary": {a.value: self.count(a) for a in Action}, "records": [x.as_json() for x in self.lines]}

    def text(self, *, same_reason_lines: int = 10) -> str:
        """The report for people: a summary line, then one line per record (unchanged ones left out unless
        something was dropped from them), each with what was left out. Past `same_reason_lines` untitled
        skips with one reason, the rest are counted on one line (every one is in `as_json`)."""
        out = [self.summary()]
        shown: dict[str, int] = {}
        hidden: dict[str, int] = {}
        for line in self.lines:
            if line.action is Action.UNCHANGED and not line.dropped:
                continue
            if line.action is Action.SKIPPED and not line.title:
                shown[line.reason] = shown.get(line.reason, 0) + 1
                if shown[line.reason] > same_reason_lines:
                    hidden[line.reason] = hidden.get(line.reason, 0) + line.count
                    continue
            title = line.title or ("items" if line.count > 1 else "item")
            what = f"{line.count} × {title}" if line.count > 1 else title
            src = f" ({line.source})" if line.source else ""
            out.append(f"  {line.action.value:<8} {what}{src}{': ' + line.reason if line.reason else ''}")
            out += [f"           left out: {d}" for d in line.dropped]
        out += [f"  skipped  … and {n} more: {reason}" for reason, n in hidden.items()]
        return "\n".join(out)


def _changed(old: Listing, new: Listing) -> str:
    names = [f.name for f in fields(Listing) if getattr(old, f.name) != getattr(new, f.name)]
    return "changed " + ", ".join(names)


def merge(existing: Mapping[uuid.UUID, Listing], parsed: Parsed) -> tuple[dict[uuid.UUID, Listing], ImportReport]:
    """`existing` with `parsed` applied (a new dict; `existing` is not touched) and what happened to each."""
    ids = [x.id for x in parsed.listings]
    if len(set(ids)) != len(ids):
        raise ValueError("an import produced two listings with the same id")
    result = dict(existing)
    lines: list[ReportLine] = []
    dropped = dict(parsed.dropped)
    for listing in parsed.listings:
        old = result.get(listing.id)
        left_out = dropped.get(listing.id, ())
        if old is None:
            lines.append(ReportLine(Action.ADDED, listing.title, listing.source, listing.id, dropped=left_out))
        elif old == listing:
            lines.append(ReportLine(Action.UNCHANGED, listing.title, listing.source, listing.id))
        else:
            lines.append(ReportLine(Action.UPDATED, listing.title, listing.source, listing.id, _changed(old, listing),
                                    dropped=left_out))
        result[listing.id] = listing
    for r in parsed.removals:
        if r.id in ids:  # the same file also brings it back: the listing wins
            continue
        gone = result.pop(r.id, None)
        if gone is not None:
            lines.append(ReportLine(Action.REMOVED, gone.title, r.source or gone.source, r.id, r.reason))
        else:  # every record is named (the text report counts long runs of one reason)
            lines.append(ReportLine(Action.SKIPPED, "", r.source, None, f"{r.reason}, and not here to remove"))
    lines += [ReportLine(Action.SKIPPED, s.title, s.source, None, s.reason, s.count) for s in parsed.skipped]
    return result, ImportReport(tuple(lines))


def group_skips(skips: Iterable[Skip]) -> tuple[Skip, ...]:
    """Skips with the same reason and no title of their own (e.g. 2,000 slots) become one counted line."""
    out: list[Skip] = []
    counted: dict[tuple[str, str], int] = {}
    for s in skips:
        if s.title:
            out.append(s)
        else:
            counted[(s.source, s.reason)] = counted.get((s.source, s.reason), 0) + s.count
    out += [Skip(src, "", reason, n) for (src, reason), n in counted.items()]
    return tuple(out)


# -- text --------------------------------------------------------------------------------------------------------

_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<\s*(br|/p|/li|/div)\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_SENTENCE = re.compile(r"^(.+?[.!?])(\s|$)")


def plain(text: object, limit: int | None = None, *, one_line: bool = True) -> str:
    """Plain text from what a feed gives (HTML or Markdown-ish): tags dropped, entities decoded, spaces tidied,
    cut at `limit` with an ellipsis. Not text at all (None, numbers) gives ''."""
    if not isinstance(text, str):
        return ""
    s = html.unescape(_TAG.sub("", _BREAK.sub("\n", text)))
    lines = [_SPACES.sub(" ", line).strip() for line in s.splitlines()]
    s = " ".join(x for x in lines if x) if one_line else "\n".join(x for x in lines if x)
    if limit is not None and len(s) > limit:
        s = s[: limit - 1].rstrip() + "…"
    return s


def summary_from(description: str, limit: int = 280) -> str:
    """The first sentence of a description, for the card (the whole text if it is short)."""
    text = plain(description)
    if len(text) <= limit:
        return text
    m = _SENTENCE.match(text)
    return m[1] if m and len(m[1]) <= limit else plain(text, limit)


_FEATURE_WORDS: tuple[tuple[AccessFeature, tuple[str, ...]], ...] = (
    (AccessFeature.STEP_FREE, ("step-free", "step free", "wheelchair", "level access", "ramp", "lift")),
    (AccessFeature.HEARING_LOOP, ("hearing loop", "induction loop", "loop system", "t-coil")),
    (AccessFeature.CHANGING_PLACES, ("changing places",)),
    (AccessFeature.ACCESSIBLE_TOILET, ("accessible toilet", "disabled toilet", "accessible wc", "disabled wc",
                                       "accessible loo", "accessible toilets")),
    (AccessFeature.QUIET_SPACE, ("quiet",)),
    (AccessFeature.ACCESSIBLE_PARKING, ("accessible parking", "disabled parking", "blue badge")),
    (AccessFeature.SEATING, ("seating",)),
    (AccessFeature.LARGE_PRINT, ("large print",)),
    (AccessFeature.BSL, ("bsl", "british sign language", "sign language")),
    (AccessFeature.ASSISTANCE_DOGS, ("assistance dog", "guide dog")),
    (AccessFeature.DEMENTIA_FRIENDLY, ("dementia",)),
)


_CLAUSE = re.compile(r"[.;,:!?\n()]|\bbut\b")
_NEGATED = re.compile(r"\b(no|not|none|without|isn't|isnt|aren't|arent|unfortunately|cannot|can't|unable|lacks?)\b")


def accessibility_from(texts: Sequence[str]) -> Accessibility | None:
    """Features recognised in free-text accessibility notes; the notes themselves are kept as the note. A
    clause that says "no", "not", "without", … names no feature ("No wheelchair access" is not step-free).
    None when there is no note at all: the source said nothing about access."""
    clean = [t for t in (plain(t) for t in texts) if t]
    if not clean:
        return None
    clauses = [c for c in _CLAUSE.split(" . ".join(clean).lower()) if not _NEGATED.search(c)]
    features = frozenset(f for f, keys in _FEATURE_WORDS if any(k in c for c in clauses for k in keys))
    return Accessibility(features, plain("\n".join(clean), 500, one_line=False))


_DROP_IN = ("drop-in", "drop in", "no booking", "no need to book", "no appointment", "just turn up",
            "just come along", "walk-in", "walk in")


_BOOK = re.compile(r"\b(book|books|booking|booked|pre-book|appointments?|referrals?|register|registration|reserve|"
                   r"reservation|sign up|sign-up|places? must be|tickets? required)\b")


def mentions_drop_in(*texts: object) -> bool:
    return any(isinstance(t, str) and any(k in t.lower() for k in _DROP_IN) for t in texts)


def booking_from(*texts: object) -> bool | None:
    """True (just drop in) when a text says so, False (book first) when one asks to book, make an
    appointment or be referred; None (not known) when none says either — never a guess."""
    if mentions_drop_in(*texts):
        return True
    if any(isinstance(t, str) and _BOOK.search(t.lower()) for t in texts):
        return False
    return None


def unique(names: Iterable[str]) -> tuple[str, ...]:
    """Names without blanks or case-insensitive repeats, first spelling kept."""
    seen: set[str] = set()
    out = []
    for n in (plain(x, 60) for x in names):
        if n and n.casefold() not in seen:
            seen.add(n.casefold())
            out.append(n)
    return tuple(out)
