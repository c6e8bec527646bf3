"""The kindness wall's offline filter and moderation policy: what may appear on a public screen at once.

`check(text, lists, languages, model=…)` runs before anything is shown and returns a `Verdict`: `ok`, the
`flags` raised, `details` (what matched, for staff) and `kind` (how surely it reads as kind or thankful).
It flags abusive language from the configured languages' word lists (kiosk.wall.rules.wordlists, with
textnorm's anti-trick normalisation), personal and contact details (kiosk.wall.rules.personal_details:
phones, e-mails, postcodes, links, street addresses, full names next to places), markup, shouting, spam,
texts that are empty or too long, and — with the statistical model (kiosk.wall.rules.classifier) —
hurtful, hateful, threatening or self-harm text the word lists miss, and text that does not read as kind
or thankful (`Flag.NOT_KIND`). `decide(policy, verdict)`: `pre` — every message waits for staff;
`auto` — a message appears at once only when the model read it as kind or thankful *and* nothing is
flagged; everything else waits (without the model, everything waits). There is no `off`.
`reasons(verdict)` says why, in English words (the CLI; the staff screen has its own, translated).
`RepeatLimiter` stops one kiosk sending too many messages, or the same one again, in a short time.
Word lists are data passed in (`WordLists`); kiosk.wall.wordlist_files reads them from assets/moderation/.
`WordLists` is re-exported here for callers' convenience.
Thread: any (pure; a `RepeatLimiter` belongs to one kiosk and is used from one thread, the GUI's).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.clock import Clock
from kiosk.wall.rules.classifier import FilterModel, read
from kiosk.wall.rules.messages import (
    DEFAULT_LIMIT,
    MessageStatus,
    TextProblem,
    clean_text,
    graphemes,
    is_pictographic,
)
from kiosk.wall.rules.personal_details import Detail, find_details
from kiosk.wall.rules.textnorm import fold, plain_words
from kiosk.wall.rules.wordlists import WordLists

__all__ = ["DEFAULT_POLICY", "DEFAULT_RULES", "FilterModel", "Finding", "Flag", "LimitDecision", "LimitReason",
           "Policy", "RepeatLimiter", "Rules", "Verdict", "WordLists", "check", "decide", "fingerprint", "parse_policy",
           "reasons"]


class Flag(StrEnum):
    """Why a message is held back. Stable keys: stored with the message, mapped to words by the UI."""

    ABUSE = "abuse"
    PERSONAL_PHONE = "personal_phone"
    PERSONAL_EMAIL = "personal_email"
    PERSONAL_POSTCODE = "personal_postcode"
    PERSONAL_HANDLE = "personal_handle"  # @name on social media
    PERSONAL_ADDRESS = "personal_address"  # a street address: "14 Kelvin Way"
    PERSONAL_NAME = "personal_name"  # a full name next to a place: "John Smith from Paisley"
    LINK = "link"
    LONG_DIGITS = "long_digits"
    MARKUP = "markup"  # <b>, <img …>, [url]: shown as literal text, but not what a kind note looks like
    HIDDEN_CHARACTERS = "hidden_characters"  # invisible, control or stacked characters had to be removed
    SHOUTING = "shouting"
    SPAM = "spam"
    TOO_LONG = "too_long"
    EMPTY = "empty"
    # From the statistical model (kiosk.wall.rules.classifier):
    HURTFUL = "hurtful"  # reads as an insult, though no listed word is in it ("you stink loser")
    HATEFUL = "hateful"  # reads as hate or xenophobia ("go back to your own country")
    THREAT = "threat"  # reads as a threat
    SELF_HARM = "self_harm"  # the writer may be in danger: staff should read it, and perhaps reach out
    NOT_KIND = "not_kind"  # nothing wrong found, but it does not read as kind or thankful: a person decides


# First names that are also on the abuse lists. Written as a name ("Dick", never "dick" or "DICK"), in a
# message the model reads as kind with nothing hurtful in it, they are a name: "Thank you Dick at the desk".
NAME_WORDS = frozenset({"dick", "fanny", "willy", "randy"})
_MODEL_FLAGS = {"insult": Flag.HURTFUL, "hate": Flag.HATEFUL, "threat": Flag.THREAT, "selfharm": Flag.SELF_HARM,
                "spam": Flag.SPAM}
_DETAIL_FLAGS = {Detail.PHONE: Flag.PERSONAL_PHONE, Detail.EMAIL: Flag.PERSONAL_EMAIL,
                 Detail.POSTCODE: Flag.PERSONAL_POSTCODE, Detail.HANDLE: Flag.PERSONAL_HANDLE,
                 Detail.LINK: Flag.LINK, Detail.LONG_DIGITS: Flag.LONG_DIGITS, Detail.ADDRESS: Flag.PERSONAL_ADDRESS,
                 Detail.NAME: Flag.PERSONAL_NAME}
BLOCKING_FLAGS = frozenset({Flag.EMPTY, Flag.TOO_LONG})  # the visitor must change the text first
_TAMPERING = frozenset({TextProblem.INVISIBLE_REMOVED, TextProblem.MARKS_REMOVED})


@dataclass(frozen=True, slots=True)
class Finding:
    flag: Flag
    evidence: str  # the list entry or the text that matched; for staff, never shown on the wall


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    flags: frozenset[Flag]
    details: tuple[Finding, ...] = ()
    kind: float | None = None  # how surely the model read it as kind or thankful (0–1); None: no model was used

    @property
    def publishable(self) -> bool:
        """What `auto` puts on the wall at once: the model read it as kind and nothing is flagged."""
        return self.ok and self.kind is not None

    def __post_init__(self) -> None:
        if self.ok != (not self.flags):
            raise ValueError("a verdict is ok exactly when it has no flags")

    @property
    def submittable(self) -> bool:
        """False when the text is empty or too long: the visitor changes it, nothing is stored."""
        return not (self.flags & BLOCKING_FLAGS)

    @property
    def keys(self) -> frozenset[str]:
        """The flags as plain strings, for WallMessage.flags and storage."""
        return frozenset(f.value for f in self.flags)


@dataclass(frozen=True, slots=True)
class Rules:
    """Thresholds for shouting and spam. The defaults suit a wall of short notes."""

    shouting_min_letters: int = 16  # fewer capitals than this is never shouting ("THANK YOU!")
    shouting_share: float = 0.75  # share of cased letters in capitals
    max_same_in_a_row: int = 8  # the same character (or emoji) this many times in a row: "!!!!!!!!"
    max_emoji: int = 10
    max_word_repeats: int = 5  # the same word this many times in a row
    max_phrase_repeats: int = 4  # the same 2-4 words this many times in a row
    min_variety: float = 0.3  # share of different words, in a message of 20 words or more
    max_latin_word: int = 35  # a keyboard mash: "asdfghjkl…" (scripts without spaces are not counted)


DEFAULT_RULES = Rules()
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][^<>]{0,200}>|\[/?(?:url|img|b|i|u|color|size|link)\b[^\]]{0,200}\]"
                     r"|&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.I)
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def _shouting(text: str, rules: Rules) -> bool:
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    return upper >= rules.shouting_min_letters and upper >= rules.shouting_share * (upper + lower)


def _repeats(words: Sequence[str], n: int) -> int:
    """The most times any run of n words follows itself directly."""
    best = 1
    for start in range(n):
        count = 1
        for i in range(start + n, len(words) - n + 1, n):
            count = count + 1 if words[i:i + n] == words[i - n:i] else 1
            best = max(best, count)
    return best


def _spam(text: str, folded: str, rules: Rules) -> list[str]:
    reasons: list[str] = []
    clusters = graphemes(text)
    run, longest, prev = 1, 1, ""
    for g in clusters:
        run = run + 1 if g == prev and not g.isspace() else 1
        longest, prev = max(longest, run), g
    if longest >= rules.max_same_in_a_row:
        reasons.append(f"the same character {longest} times in a row")
    emoji = sum(1 for g in clusters if is_pictographic(g[0]) or "\ufe0f" in g or 0x1F1E6 <= ord(g[0]) <= 0x1F1FF)
    if emoji > rules.max_emoji:
        reasons.append(f"{emoji} emoji")
    words = plain_words(folded)
    if _repeats(words, 1) >= rules.max_word_repeats or any(
            _repeats(words, n) >= rules.max_phrase_repeats for n in (2, 3, 4)):
        reasons.append("the same words over and over")
    elif len(words) >= 20 and len(set(words)) < rules.min_variety * len(words):
        reasons.append("very few different words")
    if any(len(w) > rules.max_latin_word for w in _LATIN_RUN.findall(folded)):
        reasons.append("a very long word")
    return reasons


def check(text: str, lists: WordLists, languages: Iterable[str], *, limit: int = DEFAULT_LIMIT,
          rules: Rules = DEFAULT_RULES, model: FilterModel | None = None) -> Verdict:
    """The filter's verdict on a visitor's text (raw or already cleaned: it is cleaned here too).

    `languages` are the kiosk's configured languages: every one's abuse list is used, whichever
    language the visitor chose. `model`: the statistical layer; without it the verdict has no `kind`, and
    `decide` never publishes it at once.
    """
    cleaned = clean_text(text, limit)
    body = cleaned.text
    findings: list[Finding] = []
    if TextProblem.EMPTY in cleaned.problems:
        findings.append(Finding(Flag.EMPTY, ""))
    if TextProblem.TOO_LONG in cleaned.problems:
        findings.append(Finding(Flag.TOO_LONG, f"{cleaned.length}/{limit}"))
    for problem in sorted(cleaned.problems & _TAMPERING):  # a touch keyboard types none of these
        findings.append(Finding(Flag.HIDDEN_CHARACTERS, problem.value))
    folded = fold(body)
    findings += [Finding(Flag.ABUSE, t.entry) for t in lists.matcher(languages).find(folded)]
    findings += [Finding(_DETAIL_FLAGS[kind], match) for kind, match in find_details(body)]
    findings += [Finding(Flag.MARKUP, m.group()) for m in _MARKUP.finditer(body)]
    if _shouting(body, rules):
        findings.append(Finding(Flag.SHOUTING, ""))
    findings += [Finding(Flag.SPAM, reason) for reason in _spam(body, folded, rules)]
    kind: float | None = None
    if model is not None and body:
        reading = read(model, body)
        kind = round(reading.kind, 3)
        if reading.reads_kind:
            findings = [f for f in findings if not _a_name(f, body)]
        findings += [Finding(_MODEL_FLAGS[h.label], f"“{h.evidence}”, {h.confidence:.0%} sure")
                     for h in reading.harmful]
        if not reading.reads_kind and not reading.harmful:
            why = ("no word of thanks or praise it knows" if not reading.marker
                   else f"{reading.kind:.0%} sure it is kind, below {reading.kind_threshold:.0%}")
            findings.append(Finding(Flag.NOT_KIND, why))
    flags = frozenset(f.flag for f in findings)
    return Verdict(ok=not flags, flags=flags, details=tuple(dict.fromkeys(findings)), kind=kind)


def _a_name(finding: Finding, body: str) -> bool:
    """A word-list match that is only ever written as a first name in the text ("Dick", "Fanny")."""
    if finding.flag is not Flag.ABUSE or finding.evidence not in NAME_WORDS:
        return False
    seen = re.findall(rf"(?<![^\W\d_]){finding.evidence}(?![^\W\d_])", fold(body))
    as_written = re.findall(rf"(?<![^\W\d_]){finding.evidence}(?![^\W\d_])", body, re.I)
    called = re.search(rf"\b(?:you|u|ya|yer|a|an|such|total|absolute|big|wee|what|proper)\W+{finding.evidence}\b",
                       re.sub(r"\bthank\W*(?:you|u)\b", "thanks", fold(body)))  # "you Dick": not a name
    return (bool(as_written) and len(as_written) == len(seen) and all(w == w.title() for w in as_written)
            and called is None)


REASON_WORDS: dict[Flag, str] = {
    Flag.ABUSE: "rude or hurtful words from the word list",
    Flag.PERSONAL_PHONE: "a phone number", Flag.PERSONAL_EMAIL: "an email address",
    Flag.PERSONAL_POSTCODE: "a postcode", Flag.PERSONAL_HANDLE: "a social media name",
    Flag.PERSONAL_ADDRESS: "a street address",
    Flag.PERSONAL_NAME: "a full name next to a place", Flag.LINK: "a web link", Flag.LONG_DIGITS: "a long number",
    Flag.MARKUP: "web code", Flag.HIDDEN_CHARACTERS: "hidden characters", Flag.SHOUTING: "all in capitals",
    Flag.SPAM: "looks like spam or an advert", Flag.TOO_LONG: "too long", Flag.EMPTY: "empty",
    Flag.HURTFUL: "reads as an insult", Flag.HATEFUL: "reads as hate or xenophobia", Flag.THREAT: "reads as a threat",
    Flag.SELF_HARM: "the writer may be thinking of harming themselves: please read it soon",
    Flag.NOT_KIND: "does not read clearly as kind or thankful",
}


def reasons(verdict: Verdict) -> list[str]:
    """Why `auto` would hold the message, one line per finding, in English (empty when it would publish)."""
    lines = [f"{REASON_WORDS[f.flag]}" + (f" ({f.evidence})" if f.evidence else "") for f in verdict.details]
    if verdict.ok and verdict.kind is None:
        lines.append("the statistical model was not used, so nothing can be called kind")
    return lines


# -- Policy ----------------------------------------------------------------------------------------

class Policy(StrEnum):
    PRE = "pre"  # every message waits for staff (the default)
    AUTO = "auto"  # kind messages with no flags appear at once; the rest wait


DEFAULT_POLICY = Policy.PRE


def parse_policy(value: str) -> Policy:
    """The configured policy; raises ValueError naming the allowed values ('off' is never offered)."""
    try:
        return Policy(value)
    except ValueError:
        allowed = ", ".join(p.value for p in Policy)
        why = " — 'off' is not offered: every message is checked" if value == "off" else ""
        raise ValueError(f"{value!r} is not a moderation policy; allowed: {allowed}{why}") from None


def decide(policy: Policy | str, verdict: Verdict) -> MessageStatus:
    """A new message's status: `pre` → pending; `auto` → approved only when the model read it as kind and
    the filter flagged nothing (`verdict.publishable`).

    An empty or too-long text is not a message: raises ValueError (the UI asks the visitor to change it).
    """
    p = policy if isinstance(policy, Policy) else parse_policy(policy)
    if not verdict.submittable:
        raise ValueError(f"an empty or too-long text is not stored: {', '.join(sorted(verdict.keys))}")
    if p is Policy.AUTO and verdict.publishable:
        return MessageStatus.APPROVED
    return MessageStatus.PENDING


# -- Repeat-submission limit -----------------------------------------------------------------------

class LimitReason(StrEnum):
    TOO_MANY = "too_many"  # more than max_per_window messages from this kiosk in window_seconds
    SAME_TEXT = "same_text"  # the same words were sent within same_text_window


@dataclass(frozen=True, slots=True)
class LimitDecision:
    allowed: bool
    reason: LimitReason | None = None
    retry_after: float = 0.0  # seconds until it would be allowed


def fingerprint(text: str) -> str:
    """What makes two messages "the same": their folded words, ignoring case, accents, spacing,
    punctuation and emoji — or, for a message of emoji only, its emoji."""
    folded = fold(text)
    return " ".join(w for w in re.split(r"[\s\W_]+", folded) if w) or "".join(folded.split())


class RepeatLimiter:
    """Per kiosk: at most `max_per_window` messages in `window_seconds`, and the same text not again
    within `same_text_window` seconds. Time comes from the injected clock's monotonic seconds."""

    def __init__(self, clock: Clock, *, max_per_window: int = 5, window_seconds: float = 600.0,
                 same_text_window: float = 3600.0) -> None:
        if max_per_window < 1 or window_seconds <= 0 or same_text_window < 0:
            raise ValueError("max_per_window must be ≥ 1, window_seconds > 0 and same_text_window ≥ 0")
        self.clock = clock
        self.max_per_window = max_per_window
        self.window_seconds = window_seconds
        self.same_text_window = same_text_window
        self._sent: deque[float] = deque()
        self._texts: dict[str, float] = {}

    def _prune(self, now: float) -> None:
        while self._sent and now - self._sent[0] >= self.window_seconds:
            self._sent.popleft()
        for key in [k for k, t in self._texts.items() if now - t >= self.same_text_window]:
            del self._texts[key]

    def allows(self, text: str) -> LimitDecision:
        now = self.clock.monotonic()
        self._prune(now)
        last = self._texts.get(fingerprint(text))
        if last is not None:
            return LimitDecision(False, LimitReason.SAME_TEXT, self.same_text_window - (now - last))
        if len(self._sent) >= self.max_per_window:
            return LimitDecision(False, LimitReason.TOO_MANY, self.window_seconds - (now - self._sent[0]))
        return LimitDecision(True)

    def recorded(self, text: str) -> None:
        """Call once the message has been stored."""
        now = self.clock.monotonic()
        self._prune(now)
        self._sent.append(now)
        if self.same_text_window > 0:
            self._texts[fingerprint(text)] = now
