"""Finds personal and contact details in a message: UK phone numbers, e-mail addresses, UK postcodes,
web links, social-media handles, long runs of digits, street addresses and full names next to places
(those two in kiosk.wall.rules.addresses) — also when written to dodge a filter
("07700 900 123", "+44 (0)7700-900123", "O77OO 9OO123", "０７７００…", "zero seven seven double oh…",
"name at domain dot com", "j o h n @ g m a i l . c o m", "example dot co dot uk", "t.me/…").

Everything is read through `textnorm.skeleton` (look-alike letters and every script's digits made
ASCII). Dates ("25/11/2026") and opening times ("9.00-17.00") are not counted as digit runs.
Thread: any (pure functions).
"""

from __future__ import annotations

import re
from enum import StrEnum

from kiosk.wall.rules.addresses import find_addresses, find_named_people
from kiosk.wall.rules.textnorm import skeleton


class Detail(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    POSTCODE = "postcode"
    LINK = "link"
    HANDLE = "handle"  # @name on social media
    LONG_DIGITS = "long_digits"  # 6 or more digits in a row, even with spaces: account, card, phone…
    ADDRESS = "address"  # a street address: "14 Kelvin Way" (kiosk.wall.rules.addresses)
    NAME = "name"  # a full name next to a place: "John Smith from Paisley"


LONG_DIGITS = 6

# Top-level domains a web address on the wall would use. Ones that are also short English words
# (it, so, in, is, at, be, to, me, us, …) are left out of bare-domain matching: "thanks.so kind" is
# a missing space, not a link. t.me / wa.me links are matched on their own.
TLDS = ("com", "net", "org", "info", "biz", "uk", "scot", "wales", "cymru", "london", "eu", "ie", "io",
        "ly", "gg", "tv", "fm", "cc", "ws", "ca", "au", "nz", "de", "fr", "nl", "es", "pl", "ru", "cn",
        "tk", "ml", "ga", "cf", "xyz", "online", "site", "top", "club", "app", "dev", "link", "click",
        "shop", "store", "live", "life", "world", "blog", "website", "page", "email", "media", "news")
MAIL_PROVIDERS = frozenset({"gmail", "googlemail", "hotmail", "icloud", "btinternet", "protonmail",
                            "yahoomail", "outlookmail", "aol", "sky", "virginmedia"})

_SEP = r"[\s.\-()/_]"
_NUMBER = re.compile(rf"\+?[0-9](?:{_SEP}{{0,3}}[0-9])*")
_DIGIT_O = re.compile(r"(?<=[0-9])[oO]|[oO](?=[0-9])")
_DIGIT_L = re.compile(r"(?<=[0-9])[lI|]|[lI|](?=[0-9])")
_DATES_TIMES = re.compile(
    r"(?<![0-9])(?<![0-9][./\-:])(?:(?P<d1>\d{1,2})([./\-])(?P<d2>\d{1,2})\2(?:\d{2}|(?:19|20)\d{2})"
    r"|(?P<y>(?:19|20)\d{2})([./\-])(?P<m>\d{1,2})\5(?P<d>\d{1,2})"
    r"|(?P<h1>\d{1,2})[.:](?P<m1>\d{2})\s?[-–]\s?(?P<h2>\d{1,2})[.:](?P<m2>\d{2}))(?![0-9]|[./\-:][0-9])")
_NUMBER_WORDS = {"zero": "0", "oh": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
                 "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_REPEAT_WORDS = {"double": 2, "treble": 3, "triple": 3}
_WORDS_AND_DIGITS = re.compile(r"[A-Za-z]+|[0-9]")

_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])(GIR\s?0AA|(?:[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]"
    r"|[A-HK-Y][0-9][ABEHMNPRV-Y]))\s{0,2}([0-9][ABD-HJLNP-UW-Z]{2}))(?![A-Za-z0-9])", re.I)
_ORDINALS = frozenset({"st", "nd", "rd", "th"})

_BRACKET_AT = re.compile(r"\s*[(\[{<]\s*(?:at|@)\s*[)\]}>]\s*", re.I)
_BRACKET_DOT = re.compile(r"\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+", re.I)
# Possessive quantifiers (Python ≥ 3.11) keep every pattern linear, even on a 5,000-character paste.
_LABEL = r"[\w]++(?:-++[\w]++)*+"
_HOST = rf"{_LABEL}(?:\.{_LABEL})*+"
_LOCAL = r"(?<![\w.+\-])[\w+\-]++(?:\.[\w+\-]++)*+"
_EMAIL = re.compile(rf"{_LOCAL}@{_HOST}")
# These two are checked for a known TLD afterwards, so they look from every word (a lookahead): a
# candidate that fails the check must not swallow the start of the real address after it.
_SPACED_EMAIL = re.compile(rf"(?=({_LOCAL}\s*+@\s*+{_LABEL}(?:\s*+\.\s*+{_LABEL})++))")
_WORD_AT_EMAIL = re.compile(rf"(?=({_LOCAL}\s++at\s++{_LABEL}(?:\.{_LABEL})++))", re.I)
_SCHEME = re.compile(r"\b(?:https?|hxxps?|ftp)\s*:\s*/\s*/|\bwww\d?\s*\.\s*\w|\bhref\s*=|\bjavascript\s*:"
                     r"|\b(?:t|wa|m)\.me/|\bt\.co/", re.I)
_DOMAIN = re.compile(rf"(?<![\w.\-@]){_LABEL}(?:\.{_LABEL})++")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}+(?![\w.])")


def _tld(address: str, *, glued: bool = False) -> str | None:
    """The known top-level domain an address ends in, as written, or None. `glued`: the address was
    spaced out letter by letter, so a word after it may be stuck to its end ("s c o t x" → "scotx")."""
    last = re.split(r"\s*\.\s*", address.rstrip())[-1]
    if last.lower() in TLDS:
        return last
    return next((last[:len(t)] for t in TLDS if glued and last.lower().startswith(t)), None)


def _date_or_time(m: re.Match[str]) -> str:
    """A real date ("25/11/2026", "2026-11-25") or opening times ("9.00-17.00") become a gap, so they
    do not count as digits; anything else (a sort code "12-34-56") is left alone."""
    if m["d1"]:
        a, b = int(m["d1"]), int(m["d2"])
        ok = 1 <= min(a, b) <= 12 and max(a, b) <= 31
    elif m["y"]:
        ok = 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31
    else:
        ok = int(m["h1"]) <= 24 and int(m["h2"]) <= 24 and int(m["m1"]) < 60 and int(m["m2"]) < 60
    return "|" if ok else m.group()


def is_uk_phone(digits: str, plus: bool = False) -> bool:
    """Digits (no separators) that dial a UK number, or any number written in international form."""
    if digits.startswith("00"):
        digits, plus = digits[2:], True
    if digits.startswith("44") and (plus or len(digits) >= 11):
        rest = digits[2:].removeprefix("0")
        return len(rest) in (9, 10) and rest[:1] in ("1", "2", "3", "7", "8", "9")
    if digits.startswith("0"):
        return len(digits) in (10, 11) and digits[1] in "123789"
    return plus and 8 <= len(digits) <= 15


def _numbers(view: str) -> list[tuple[Detail, str]]:
    found: list[tuple[Detail, str]] = []
    for m in _NUMBER.finditer(_DATES_TIMES.sub(_date_or_time, view)):
        s = m.group()
        digits = re.sub(r"[^0-9]", "", s)
        if len(digits) < LONG_DIGITS:
            continue
        found.append((Detail.PHONE if is_uk_phone(digits, s.startswith("+")) else Detail.LONG_DIGITS, s))
    return found


def _spelled_numbers(view: str) -> list[tuple[Detail, str]]:
    """Digits written as words: "oh seven seven double oh nine …" (English)."""
    found: list[tuple[Detail, str]] = []
    digits, repeat, words = "", 1, []
    for token in [*_WORDS_AND_DIGITS.findall(view), "."]:
        t = token.lower()
        if t in _REPEAT_WORDS:
            repeat = _REPEAT_WORDS[t]
            words.append(token)
            continue
        d = t if t.isdigit() else _NUMBER_WORDS.get(t)
        if d is not None:
            digits += d * repeat
            words.append(token)
        else:
            if len(digits) >= LONG_DIGITS and any(not w.isdigit() for w in words):
                found.append((Detail.PHONE if is_uk_phone(digits) else Detail.LONG_DIGITS, " ".join(words)))
            digits, words = "", []
        repeat = 1
    return found


def _postcodes(view: str) -> list[tuple[Detail, str]]:
    found: list[tuple[Detail, str]] = []
    for m in _POSTCODE.finditer(view):
        inward = m[2] or ""  # None for GIR 0AA
        if inward[1:] in _ORDINALS and m[1][:1].isupper():
            continue  # "B2 3rd floor"
        found.append((Detail.POSTCODE, m[1]))
    return found


def _addresses(view: str) -> list[tuple[Detail, str]]:
    """E-mail addresses, links and handles, on a view where "(at)", "[dot]", " dot " are @ and ."""
    v = _BRACKET_DOT.sub(".", _BRACKET_AT.sub("@", view))
    found: list[tuple[Detail, str]] = []
    emails = [m.group() for m in _EMAIL.finditer(v)]  # their domains are not links as well
    emails += [m[1] for m in _SPACED_EMAIL.finditer(v) if _tld(m[1])]
    if "@" in v and not emails:  # "j o h n @ g m a i l . c o m"
        emails = [m.group() for m in _EMAIL.finditer(re.sub(r"\s+", "", v)) if _tld(m.group(), glued=True)]
    found += [(Detail.EMAIL, e) for e in emails]
    found += [(Detail.EMAIL, m[1]) for m in _WORD_AT_EMAIL.finditer(v) if _tld(m[1])]  # or a link
    found += [(Detail.EMAIL, w) for w in re.findall(r"[A-Za-z]+", v) if w.lower() in MAIL_PROVIDERS]
    found += [(Detail.LINK, m.group()) for m in _SCHEME.finditer(v)]
    for m in _DOMAIN.finditer(v):
        tld = _tld(m.group())
        sentence_end = tld is not None and tld[:1].isupper() and tld[1:].islower()  # "so kind.Com…"
        if tld and not sentence_end and not any(m.group() in e for e in emails):
            found.append((Detail.LINK, m.group()))
    found += [(Detail.HANDLE, m.group()) for m in _HANDLE.finditer(v)]
    return found


def find_details(text: str) -> list[tuple[Detail, str]]:
    """Every personal or contact detail in the text, as (kind, the text that matched), each once."""
    view = skeleton(text)
    digits_view = _DIGIT_L.sub("1", _DIGIT_O.sub("0", _DIGIT_O.sub("0", view)))
    found = [*_addresses(view), *_numbers(digits_view), *_spelled_numbers(view), *_postcodes(view)]
    found += [(Detail.ADDRESS, a) for a in find_addresses(view)]
    found += [(Detail.NAME, n) for n in find_named_people(view)]
    return list(dict.fromkeys(found))
