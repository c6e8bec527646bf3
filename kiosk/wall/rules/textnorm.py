"""Text normalisation for matching word lists against visitors' messages, proof against the usual tricks.

`fold` turns text into the form every match is made on: compatibility forms (fullwidth, 𝐦𝐚𝐭𝐡 letters,
circled letters) to plain letters, accents and other combining marks dropped, look-alike letters from
other scripts (Cyrillic "а", Greek "ο", small capitals) to Latin, invisible characters dropped, case
folded. `chunks` splits folded text at spaces into pieces and lists every word each piece could be:
as written, with l33t undone ("5h1t", "@$$", "b!tch"), with separators between letters removed
("f.u.c.k", "f_u_c_k"); it also marks single letters (for "f u c k") and two-letter words (for "fu ck").
`skeleton` is the gentler form the contact-detail detectors read: look-alikes made Latin and every
script's digits made ASCII, case kept. Matching itself is in kiosk.wall.rules.wordlists.
Thread: any (pure functions).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass


def _ranges(*spans: tuple[int, int]) -> list[int]:
    return [cp for lo, hi in spans for cp in range(lo, hi + 1)]


# Characters that show nothing but can split a word: zero-width spaces and joiners, bidi controls,
# soft hyphen, variation selectors, tag characters, Hangul fillers, the Mongolian vowel separator.
INVISIBLE: frozenset[int] = frozenset(_ranges(
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0x1D173, 0x1D17A), (0xE0000, 0xE007F),
    (0xE0100, 0xE01EF)))

# Letters that look like Latin ones but are not, and are not folded by NFKD. Upper case is mapped
# before case folding, because "Η" (Greek capital eta) looks like H while "η" looks like n.
_LOOKALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "п": "n", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ь": "b", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ү": "y", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y", "Һ": "H",
    "Ӏ": "l",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C",
    # Armenian
    "օ": "o", "ս": "u", "հ": "h", "զ": "q",
    # Latin letters NFKD leaves alone, and small capitals
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i", "ȷ": "j",
    "ŧ": "t", "ƀ": "b", "ɓ": "b", "ɗ": "d", "ƒ": "f", "ɑ": "a", "ɩ": "i", "ɪ": "i", "ʀ": "r", "ʏ": "y",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ᴊ": "j", "ᴋ": "k", "ʟ": "l",
    "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z",
    # Dots that are not full stops (so "example。com" is still a web address)
    "。": ".", "｡": ".", "․": ".",
}
_REGIONAL = {0x1F1E6 + i: chr(ord("a") + i) for i in range(26)}  # 🇫🇺🇨🇰 spells a word

_SKELETON_TABLE: dict[int, str | None] = {ord(k): v for k, v in _LOOKALIKES.items()}
_FOLD_TABLE: dict[int, str | None] = {**_SKELETON_TABLE, **dict.fromkeys(INVISIBLE), **_REGIONAL}

# l33t: what digits and symbols stand for inside a word. "1" and "|" are i or l; both are tried.
_L33T_I = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t", "8": "b",
                         "9": "g", "@": "a", "$": "s", "!": "i", "|": "i", "+": "t", "€": "e", "¡": "i"})
_L33T_L = str.maketrans({"1": "l", "|": "l"})
_L33T_CHARS = frozenset("013456789@$!|+€¡")

_NONASCII_DIGIT = re.compile(r"(?![0-9])\d")
_CHUNK = re.compile(r"\S+")
WORD = re.compile(r"[^\W\d_]+")  # a run of letters
RUN3 = re.compile(r"(.)\1{2,}")
_RUN2 = re.compile(r"(.)\1+")
_EDGE = ".,;:!?…\"'()[]{}«»“”‘’„¿¡<>"
WILD = frozenset("*#")
# Two-letter words: two of them in a row are not joined into one ("go ok" is not a split "gook").
SHORT_WORDS = frozenset(["am", "an", "as", "at", "ax", "be", "by", "da", "do", "eh", "ex", "go", "ha", "he", "hi",
                          "ho", "id", "if", "in", "is", "it", "la", "ma", "me", "mo", "mr", "ms", "my", "na", "no",
                          "of", "oh", "oi", "ok", "on", "or", "ow", "ox", "pa", "pm", "re", "so", "st", "to", "uh",
                          "um", "up", "ur", "us", "we", "wi", "ya", "ye", "yo"])
_EDGE_LEFT = _EDGE.replace("!", "")
_BANGS = re.compile(r"[!|¡]*")
MAX_AMBIGUOUS = 4
_APOSTROPHES = str.maketrans(dict.fromkeys("'’ʼ‘`´", " "))  # end a word: "who're" is not "whore"


def skeleton(text: str) -> str:
    """NFKC with look-alike letters made Latin and every decimal digit made ASCII; case is kept.

    What the contact-detail detectors read: "０７７００" → "07700", "ехаmple.соm" → "example.com".
    """
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():
        return text
    text = text.translate(_SKELETON_TABLE)
    return _NONASCII_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)


def fold(text: str) -> str:
    """The form word lists are matched on: plain lower-case letters, no marks, look-alikes made Latin."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_FOLD_TABLE).casefold()


def squeeze(word: str) -> str:
    """Every run of a repeated letter to one: "fuuuck" → "fuck", "bollocks" → "bolocks"."""
    return _RUN2.sub(r"\1", word)


def plain_words(text: str) -> list[str]:
    """The letter-only words of already folded text (no l33t): what fingerprints and spam rules use."""
    return WORD.findall(text)


@dataclass(frozen=True, slots=True)
class Chunk:
    """One space-separated piece of folded text, and the words it could be."""

    core: str  # without punctuation at its ends
    mapped: str | None  # l33t undone; None for punctuation or a lone digit or symbol
    parts: tuple[str, ...] = ()  # its words in order, l33t undone ("k.i.l.l" is one word), for phrases
    options: tuple[frozenset[str], ...] = ()  # for each of `parts`, every way it can be read ("1" as i or l)
    candidates: tuple[str, ...] = ()  # every spelling to look up, sorted (so findings come in one order)
    whole_words: tuple[str, ...] = ()  # the piece as one word, l33t undone and as written: for allow lists
    letter: str = ""  # a lone letter, digit or l33t symbol (unmapped): part of a spaced-out word
    half: str = ""  # when it is a two-letter word: maybe half of a split one


def unleet(text: str) -> list[str]:
    """Every reading of l33t in the text: "1" and "|" may each be i or l (up to 16 readings)."""
    if not _L33T_CHARS.intersection(text):
        return [text]
    ambiguous = [i for i, c in enumerate(text) if c in "1|"][:MAX_AMBIGUOUS]
    readings = []
    for choice in itertools.product("il", repeat=len(ambiguous)):
        chars = list(text)
        for i, c in zip(ambiguous, choice, strict=True):
            chars[i] = c
        readings.append("".join(chars).translate(_L33T_I))
    return readings


def _words(reading: str) -> list[str]:
    parts = WORD.findall(reading)
    return ["".join(parts)] if len(parts) > 1 and all(len(p) == 1 for p in parts) else parts


def chunks(folded: str) -> list[Chunk]:
    """Folded text split at spaces into pieces, each with every word it could be under the tricks."""
    return [_chunk(m.group()) for m in _CHUNK.finditer(folded.translate(_APOSTROPHES))]


@functools.lru_cache(maxsize=8192)  # words repeat from message to message
def _chunk(whole: str) -> Chunk:
    core = whole.lstrip(_EDGE_LEFT).rstrip(_EDGE)  # a leading "!" is an i: "!diot"
    raw = WORD.findall(core)
    if not raw and not (core and core[0] in "@$"):
        lone = whole if len(whole) == 1 and whole in _L33T_CHARS else core if len(core) == 1 else ""
        return Chunk(core, None, letter=lone if lone in _L33T_CHARS else "")  # "s h 1 t", "n ! g"
    readings = unleet(core)
    mapped = readings[0]
    parts = _words(mapped)
    candidates = {*raw}
    options: list[set[str]] = [{p} for p in parts]
    for reading in readings:
        words = WORD.findall(reading)
        candidates.update(words)
        candidates.add("".join(words))  # "f.u.c.k", "sh_it"
        if len(alt := _words(reading)) == len(options):
            for o, w in zip(options, alt, strict=True):
                o.add(w)
    after = _BANGS.match(whole, whole.find(core) + len(core))
    bangs = after.group() if after else ""
    if bangs and parts:  # "pak!": a final "!" may be an i, not punctuation
        candidates.add(parts[-1] + "i" * len(bangs))
    single = len(mapped) == 1 and bool(parts)
    return Chunk(core, mapped, tuple(parts), tuple(frozenset(o) for o in options), tuple(sorted(candidates)),
                 ("".join(parts), "".join(raw)), letter=core if single else "",
                 half=mapped if len(mapped) == 2 and len(parts) == 1 else "")


def spaced_readings(letters: str) -> set[str]:
    """A spaced-out word's letters read as l33t, both ways for "1" and "|" (too many to try each);
    none for digits alone ("1 2 3 4" is a number)."""
    if letters.isdigit():
        return set()
    return {letters.translate(_L33T_I), letters.translate(_L33T_L).translate(_L33T_I)}
