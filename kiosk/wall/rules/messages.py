"""The kindness wall's messages: the record, its moderation states, and how a visitor's text is cleaned.

`clean_text` makes what a visitor typed safe to store and show as *plain text*: NFC, no control
characters, no invisible or direction-override characters that could hide or reorder text (right-to-left
scripts themselves work, and emoji ZWJ sequences and flag tag sequences are kept whole), whitespace
collapsed, at most two line breaks. Length is counted in what a reader sees as characters (grapheme
clusters: "👩🏽‍💻" is one, "é" as e + ◌́ is one) and is never cut: a text over the limit comes back whole
with the `too_long` problem and its count, so the visitor loses nothing. Markup such as "<b>" is kept as
literal text — the UI shows plain text only; moderation flags markup and links.
Thread: any (pure functions and immutable values).
"""

from __future__ import annotations

import functools
import re
import unicodedata
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

import regex

from kiosk.core.clock import Clock
from kiosk.core.errors import KioskError

DEFAULT_LIMIT = 200
MAX_LINE_BREAKS = 2
MAX_MARKS = 5  # combining marks on one letter; more is "Zalgo" text that spills over the lines around it
MAX_EMOJI_JOINS = 3  # ZWJs in one emoji sequence (👨‍👩‍👧‍👦 has 3); more would glue many emoji into "one"
MAX_CLUSTER = 16  # code points in one character as counted; a longer cluster counts each code point
NEAR_LIMIT_SHARE = 0.8  # the UI shows the count from here on


class TextProblem(StrEnum):
    """Why a text was changed or cannot be sent. Stable keys; the UI maps each to kind words."""

    EMPTY = "empty"  # nothing visible left: cannot be sent
    TOO_LONG = "too_long"  # over the limit: cannot be sent until shortened (nothing was cut)
    INVISIBLE_REMOVED = "invisible_removed"  # control, zero-width or direction-override characters removed
    LINE_BREAKS_JOINED = "line_breaks_joined"  # more than MAX_LINE_BREAKS line breaks: the rest became spaces
    MARKS_REMOVED = "marks_removed"  # stacked accents over MAX_MARKS on one letter were removed


BLOCKING = frozenset({TextProblem.EMPTY, TextProblem.TOO_LONG})


@dataclass(frozen=True, slots=True)
class CleanResult:
    text: str
    length: int  # in grapheme clusters
    limit: int
    problems: frozenset[TextProblem]

    @property
    def submittable(self) -> bool:
        """False when the visitor has to change the text first (empty, or over the limit)."""
        return not (self.problems & BLOCKING)

    @property
    def remaining(self) -> int:
        """Characters left before the limit; negative when over it."""
        return self.limit - self.length

    @property
    def near_limit(self) -> bool:
        return self.length >= self.limit * NEAR_LIMIT_SHARE


# -- Grapheme clusters: Unicode's extended grapheme clusters (UAX #29) from the `regex` package's \X,
#    which keeps emoji ZWJ sequences, skin tones, flags, keycaps, combining marks, Hangul syllables and
#    Indic conjuncts whole ---------------------------------------------------------------------------

ZWJ, ZWNJ, VS16, BLACK_FLAG = "\u200d", "\u200c", "\ufe0f", "\U0001f3f4"
_CLUSTER = regex.compile(r"\X")
_PICTOGRAPHIC = regex.compile(r"\p{Extended_Pictographic}")


def is_pictographic(ch: str) -> bool:
    """Unicode's Extended_Pictographic: the characters emoji are made of."""
    return _PICTOGRAPHIC.match(ch) is not None


def graphemes(text: str) -> list[str]:
    """The text split into what a reader sees as single characters."""
    return list(_clusters(text))


@functools.lru_cache(maxsize=64)  # check() splits the text clean_text has just split
def _clusters(text: str) -> tuple[str, ...]:
    if text.isascii() and "\r\n" not in text:
        return tuple(text)  # in ASCII only CR LF is one cluster (UAX #29 GB3): 30x quicker than \X
    return tuple(_CLUSTER.findall(text))


def grapheme_count(text: str) -> int:
    """Characters as a reader counts them; an implausibly long cluster (thousands of jamo or marks
    glued together) counts each of its code points, so it cannot slip under the limit."""
    if text.isascii():
        return len(text) - text.count("\r\n")
    return sum(1 if len(g) <= MAX_CLUSTER else len(g) for g in _clusters(text))


def split_at_limit(text: str, limit: int) -> tuple[str, str]:
    """The part that fits and the part over the limit, never splitting a character (for the UI to
    colour the overflow — the visitor's text is never cut by the kiosk)."""
    if limit < 0:
        raise ValueError("the limit must not be negative")
    clusters = graphemes(text)
    return "".join(clusters[:limit]), "".join(clusters[limit:])


# -- Cleaning --------------------------------------------------------------------------------------

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_SPACES = re.compile(r"[^\S\n]+|\u2800+")  # every kind of space, and the blank braille cell
_INVISIBLE_LETTERS = frozenset("\u3164\uffa0\u115f\u1160")  # Hangul fillers, used to fake blank text
# Every control, format, surrogate and private-use character and every default-ignorable one (which
# covers the Hangul fillers and the tag characters), less tab, line feed and the emoji variation
# selectors: text without any of these skips the character-by-character pass (tests check this against
# the whole Unicode database).
SUSPECT = regex.compile(r"[[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Default_Ignorable_Code_Point}]--[\t\n\ufe00-\ufe0f]]",
                        regex.V1)
ASCII_SUSPECT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # the same for ASCII text, 20x quicker


def _suspect(text: str) -> bool:
    return (ASCII_SUSPECT if text.isascii() else SUSPECT).search(text) is not None


def _joiner_script(ch: str) -> bool:
    """Scripts where ZWJ/ZWNJ change how letters join (Arabic, Persian, Indic, …), not Latin/Greek/Cyrillic."""
    cp = ord(ch)
    return (0x0590 <= cp <= 0x1CFF or 0xA800 <= cp <= 0xABFF or 0x10000 <= cp <= 0x1EFFF) and (
        unicodedata.category(ch)[0] in "LM")


def _keep_format(chars: str, i: int, kept: list[str], joins: int) -> bool:
    """Whether the invisible format character chars[i] is part of something visible and whole;
    `joins` is how many ZWJs the emoji sequence before it already has."""
    ch = chars[i]
    prev = kept[-1] if kept else ""
    nxt = chars[i + 1] if i + 1 < len(chars) else ""
    if ch in (ZWJ, ZWNJ):
        if ch == ZWJ and prev and nxt and is_pictographic(nxt) and joins < MAX_EMOJI_JOINS and (
                is_pictographic(prev) or prev == VS16 or 0x1F3FB <= ord(prev) <= 0x1F3FF):
            return True  # 👨‍👩‍👧, 🏳️‍🌈, 👩🏽‍💻
        return bool(prev and nxt) and (_joiner_script(prev) or unicodedata.combining(prev) == 9) and (
            _joiner_script(nxt))
    return 0xE0020 <= ord(ch) <= 0xE007F  # tags left by _flag_tags belong to a flag such as 🏴󠁧󠁢󠁳󠁣󠁴󠁿


_TAGS = re.compile("[\U000E0000-\U000E007F]+")
_FLAG_TAGS = re.compile("[\U000E0030-\U000E0039\U000E0061-\U000E007A]{2,6}\U000E007F")


def _flag_tags(text: str) -> tuple[str, bool]:
    """Keeps tag characters only as a subdivision flag (🏴 + 2-6 tag letters + cancel tag): anywhere
    else they are invisible text."""
    removed = False

    def keep(m: re.Match[str]) -> str:
        nonlocal removed
        if m.start() > 0 and text[m.start() - 1] == BLACK_FLAG and _FLAG_TAGS.fullmatch(m.group()):
            return m.group()
        removed = True
        return ""

    return _TAGS.sub(keep, text), removed


def _strip_invisible(text: str) -> tuple[str, bool]:
    text, removed = _flag_tags(text)
    kept: list[str] = []
    joins = 0  # ZWJs in the current emoji sequence
    for i, ch in enumerate(text):
        cat = unicodedata.category(ch)
        if ch == "\n" or ch == "\t":
            kept.append(ch)
        elif cat in ("Cc", "Cs", "Co") or ch in _INVISIBLE_LETTERS or (
                cat == "Cf" and not _keep_format(text, i, kept, joins)):
            removed = True
        else:
            if ch == ZWJ:
                joins += 1
            elif is_pictographic(ch):
                joins = joins if kept and kept[-1] == ZWJ else 0  # a new emoji sequence starts
            elif not (ch == VS16 or 0x1F3FB <= ord(ch) <= 0x1F3FF):
                joins = 0
            kept.append(ch)
    return "".join(kept), removed


def _cap_marks(text: str) -> tuple[str, bool]:
    out: list[str] = []
    run = 0
    removed = False
    for ch in text:
        if unicodedata.category(ch) in ("Mn", "Me") and not 0xFE00 <= ord(ch) <= 0xFE0F:
            run += 1
            if run > MAX_MARKS:
                removed = True
                continue
        else:
            run = 0
        out.append(ch)
    return "".join(out), removed


def _visible(text: str) -> bool:
    return any(unicodedata.category(c)[0] not in "ZCM" for c in text)


def clean_text(raw: str, limit: int = DEFAULT_LIMIT) -> CleanResult:
    """What a visitor typed, made safe to store and show as plain text, with its length and problems.

    Idempotent: cleaning a cleaned text changes nothing.
    """
    if limit < 1:
        raise ValueError("the limit must be at least 1")
    problems: set[TextProblem] = set()
    text = _NEWLINES.sub("\n", unicodedata.normalize("NFC", raw))
    if _suspect(text):
        text, removed = _strip_invisible(text)
        if removed:
            problems.add(TextProblem.INVISIBLE_REMOVED)
    if not text.isascii():
        text, trimmed = _cap_marks(text)
        if trimmed:
            problems.add(TextProblem.MARKS_REMOVED)
        text = unicodedata.normalize("NFC", text)
    lines = [line for line in (_SPACES.sub(" ", part).strip() for part in text.split("\n")) if line]
    if len(lines) > MAX_LINE_BREAKS + 1:
        problems.add(TextProblem.LINE_BREAKS_JOINED)
        lines = [*lines[:MAX_LINE_BREAKS], " ".join(lines[MAX_LINE_BREAKS:])]
    text = "\n".join(lines)
    length = grapheme_count(text)
    if not _visible(text):
        problems.add(TextProblem.EMPTY)
    if length > limit:
        problems.add(TextProblem.TOO_LONG)
    return CleanResult(text=text, length=length, limit=limit, problems=frozenset(problems))


# -- The record ------------------------------------------------------------------------------------

class MessageStatus(StrEnum):
    PENDING = "pending"  # waiting for staff
    APPROVED = "approved"  # on the wall
    REJECTED = "rejected"  # staff said no before it was shown
    HIDDEN = "hidden"  # was on the wall, taken down


# Staff may undo a decision: a rejected message can still be approved, a hidden one shown again.
TRANSITIONS: dict[MessageStatus, frozenset[MessageStatus]] = {
    MessageStatus.PENDING: frozenset({MessageStatus.APPROVED, MessageStatus.REJECTED}),
    MessageStatus.APPROVED: frozenset({MessageStatus.HIDDEN}),
    MessageStatus.REJECTED: frozenset({MessageStatus.APPROVED}),
    MessageStatus.HIDDEN: frozenset({MessageStatus.APPROVED}),
}


class WallTransitionError(KioskError):
    """A moderation step that the message's current state does not allow (e.g. pinning a hidden one)."""

    kind = "wall_transition"


@dataclass(frozen=True, slots=True)
class WallMessage:
    """One visitor's message for the kindness wall. Immutable: each staff step returns a new value."""

    id: uuid.UUID
    site: str
    kiosk: str
    created_at: datetime  # UTC, timezone-aware
    text: str  # cleaned (clean_text), plain text
    language: str
    status: MessageStatus
    reason: str = ""  # staff's note when rejecting or hiding
    flags: frozenset[str] = frozenset()  # moderation flag keys found when it was written (for staff)
    moderated_at: datetime | None = None  # UTC, the last staff step
    pinned: bool = False

    @classmethod
    def new(cls, *, text: str, site: str, kiosk: str, language: str, status: MessageStatus, clock: Clock,
            flags: frozenset[str] = frozenset(), limit: int = DEFAULT_LIMIT) -> WallMessage:
        """A new message; `text` must already be clean and sendable, `status` pending or approved."""
        cleaned = clean_text(text, limit)
        if cleaned.text != text:
            raise ValueError("clean the text with clean_text() before making a message of it")
        if not cleaned.submittable:
            raise ValueError(f"the text cannot be sent: {', '.join(sorted(cleaned.problems & BLOCKING))}")
        if status not in (MessageStatus.PENDING, MessageStatus.APPROVED):
            raise ValueError(f"a new message is pending or approved, not {status}")
        return cls(id=uuid.uuid4(), site=site, kiosk=kiosk, created_at=clock.now(), text=text,
                   language=language, status=status, flags=frozenset(flags))

    @property
    def on_wall(self) -> bool:
        return self.status is MessageStatus.APPROVED

    def _to(self, status: MessageStatus, clock: Clock, reason: str = "") -> WallMessage:
        if status not in TRANSITIONS[self.status]:
            raise WallTransitionError(f"a {self.status} message cannot become {status}", code="wall_transition",
                                      status=self.status.value, wanted=status.value)
        return replace(self, status=status, reason=reason, moderated_at=clock.now(),
                       pinned=self.pinned and status is MessageStatus.APPROVED)

    def approve(self, clock: Clock) -> WallMessage:
        return self._to(MessageStatus.APPROVED, clock)

    def reject(self, clock: Clock, reason: str = "") -> WallMessage:
        return self._to(MessageStatus.REJECTED, clock, reason)

    def hide(self, clock: Clock, reason: str = "") -> WallMessage:
        return self._to(MessageStatus.HIDDEN, clock, reason)

    def pin(self, clock: Clock, pinned: bool = True) -> WallMessage:
        """Keeps an approved message at the top of the wall (or, with pinned=False, lets it go)."""
        if pinned and not self.on_wall:
            raise WallTransitionError(f"only a message on the wall can be pinned, not a {self.status} one",
                                      code="wall_pin_not_on_wall", status=self.status.value)
        return replace(self, pinned=pinned, moderated_at=clock.now())
