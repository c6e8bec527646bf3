"""A generated bad-input corpus against the filter with the shipped word lists (random.Random with fixed
seeds: the same cases every run). Nothing may crash, and nothing flagged may appear at once: every
abuse entry under every trick is flagged, every personal detail is flagged, markup stays literal text,
and kind messages in several languages pass."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

import pytest

from kiosk.wall.filter_files import load_filter_model
from kiosk.wall.rules.classifier import FilterModel
from kiosk.wall.rules.messages import MessageStatus, TextProblem, clean_text
from kiosk.wall.rules.moderation import Flag, Policy, Verdict, check, decide
from kiosk.wall.rules.wordlists import TermKind, WordLists
from kiosk.wall.wordlist_files import load_word_lists

LANGUAGES = ("en", "gd")


@pytest.fixture(scope="module")
def lists() -> WordLists:
    return load_word_lists()


@pytest.fixture(scope="module")
def model() -> FilterModel:
    return load_filter_model()


def _never_shown_at_once(v: Verdict) -> None:
    """The invariant: a flagged verdict never lets a message appear without staff."""
    assert v.ok == (not v.flags)
    if not v.submittable:
        with pytest.raises(ValueError):
            decide(Policy.AUTO, v)
    else:
        assert decide(Policy.AUTO, v) is (MessageStatus.APPROVED if v.publishable else MessageStatus.PENDING)
        assert not v.publishable or v.ok
    if v.submittable:
        assert decide(Policy.PRE, v) is MessageStatus.PENDING


# -- Tricks -------------------------------------------------------------------------------------------

LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7+", "l": "1|", "b": "8", "g": "9"}
CYRILLIC = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ"}
Trick = Callable[[str, random.Random], str]


def _per_letter(word: str, rng: random.Random, table: dict[str, str], share: float = 0.6) -> str:
    return "".join(rng.choice(table[c]) if c in table and rng.random() < share else c for c in word)


STRUCTURAL: dict[str, Trick] = {
    "plain": lambda w, r: w,
    "spaced": lambda w, r: " ".join(w),
    "dotted": lambda w, r: " ".join(".".join(part) for part in w.split()),
    "underscored": lambda w, r: " ".join("_".join(part) for part in w.split()),
    "hyphenated": lambda w, r: " ".join("-".join(part) for part in w.split()),
    "stretched": lambda w, r: (lambda i: w[:i] + w[i] * r.randint(3, 6) + w[i + 1:])(
        r.choice([i for i, c in enumerate(w) if c.isalpha()])),
}
CHARACTER: dict[str, Trick] = {
    "upper": lambda w, r: w.upper(),
    "leet": lambda w, r: _per_letter(w, r, {k: v for k, v in LEET.items()}),
    "cyrillic": lambda w, r: _per_letter(w, r, CYRILLIC),
    "fullwidth": lambda w, r: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w),
    "math_bold": lambda w, r: "".join(chr(0x1D41A + ord(c) - 97) if "a" <= c <= "z" else c for c in w),
    "accents": lambda w, r: "".join(c + "\u0301" if c.isalpha() and r.random() < 0.4 else c for c in w),
    "zero_width": lambda w, r: "\u200b".join(w),
    "soft_hyphen": lambda w, r: "\u00ad".join(w),
    "bidi": lambda w, r: "\u202d" + w + "\u202c",
}
SENTENCES = ["{}", "you {}", "{} you", "Honestly, you are a {} and everyone knows it.",
             "Thanks for nothing {}!!", "to the staff: {}", "{}. From Sam"]


def _abuse_variants(lists: WordLists) -> list[tuple[str, str]]:
    rng = random.Random(4242)
    cases: list[tuple[str, str]] = []
    for lang in LANGUAGES:
        for term in lists.abuse[lang]:
            if term.kind is TermKind.WORD and term.text in {"".join(t.words) for t in lists.abuse[lang]
                                                             if t.kind is TermKind.PHRASE}:
                continue  # the run-together form of a phrase: the phrase itself is tested
            base = " ".join(term.words) if term.kind is TermKind.PHRASE else term.text
            for name, structural in STRUCTURAL.items():
                chars = rng.sample(sorted(CHARACTER), k=rng.randint(0, 2))
                text = structural(base, rng)
                for c in chars:
                    text = CHARACTER[c](text, rng)
                sentence = rng.choice(SENTENCES).format(text)
                cases.append((f"{term.entry} / {name}+{'+'.join(chars) or '-'}", sentence))
            if term.kind is not TermKind.PHRASE:  # a star for a letter: "f*ck"
                i = rng.randrange(1, len(base) - 1) if len(base) > 2 else 1
                cases.append((f"{term.entry} / star", base[:i] + "*" + base[i + 1:]))
    return cases


def test_every_abuse_entry_is_flagged_under_every_trick(lists: WordLists) -> None:
    cases = _abuse_variants(lists)
    assert len(cases) > 1500
    missed = []
    for label, text in cases:
        v = check(text, lists, LANGUAGES)
        _never_shown_at_once(v)
        if Flag.ABUSE not in v.flags:
            missed.append(f"{label}: {text!r}")
    assert missed == []


# -- Personal details ---------------------------------------------------------------------------------

def _phone(rng: random.Random) -> str:
    digits = rng.choice(["07" + "".join(rng.choices("0123456789", k=9)),
                         "0141" + "".join(rng.choices("0123456789", k=7)),
                         "01" + "".join(rng.choices("0123456789", k=9)),
                         "020" + "".join(rng.choices("0123456789", k=8))])
    groups = rng.choice([(5, 6), (4, 3, 4), (3, 4, 4), (11,), (5, 3, 3)])
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i:i + g])
        i += g
    sep = rng.choice([" ", "-", ".", "", " - "[:2]])
    text = sep.join(p for p in parts if p)
    form = rng.randrange(4)
    if form == 1:
        text = "+44 " + text[1:]
    elif form == 2:
        text = "+44 (0)" + text[1:]
    elif form == 3:
        text = "(" + text[:5] + ")" + text[5:]
    return text


def _email(rng: random.Random) -> str:
    user = rng.choice(["jo", "sam.b", "a.person77", "kind_soul"])
    domain, tld = rng.choice([("example", "com"), ("mail.example", "co.uk"), ("x", "org"), ("box", "scot")])
    form = rng.randrange(6)
    if form == 0:
        return f"{user}@{domain}.{tld}"
    if form == 1:
        return f"{user} (at) {domain} (dot) {tld.replace('.', ' (dot) ')}"
    if form == 2:
        return f"{user} at {domain} dot {tld.replace('.', ' dot ')}"
    if form == 3:
        return f"{user} [at] {domain} [dot] {tld.replace('.', ' [dot] ')}"
    if form == 4:
        return " ".join(f"{user}@{domain}.{tld}")
    return f"{user.upper()} @ {domain}.{tld}"


OUTWARD = ["G3", "EH1", "SW1A", "W1A", "M1", "B33", "CR2", "DN55", "AB10", "IV2", "KW15", "PA20", "G12"]


def _postcode(rng: random.Random) -> str:
    code = f"{rng.choice(OUTWARD)}{rng.choice(['', ' ', '  '])}{rng.randint(0, 9)}" + "".join(
        rng.choices("ABDEFGHJLNPQRSTUWXYZ", k=2))
    return code.lower() if rng.random() < 0.3 else code


def _link(rng: random.Random) -> str:
    return rng.choice(["https://example.com/x", "http://bit.ly/abc", "www.example.org", "example.co.uk",
                       "my-page.scot", "t.me/someone", "wa.me/447700900123", "example dot com",
                       "EXAMPLE.COM/PAGE", '<a href="https://x.example">click</a>', "hxxp://x.example"])


PERSONAL: dict[Flag, Callable[[random.Random], str]] = {
    Flag.PERSONAL_PHONE: _phone, Flag.PERSONAL_EMAIL: _email, Flag.PERSONAL_POSTCODE: _postcode,
    Flag.LINK: _link, Flag.LONG_DIGITS: lambda r: " ".join(str(r.randint(1000, 9999)) for _ in range(4)),
    Flag.PERSONAL_HANDLE: lambda r: "@" + r.choice(["jane_doe", "kindsoul99", "sam.b"]),
}


@pytest.mark.parametrize("flag", list(PERSONAL))
def test_every_personal_detail_is_flagged(lists: WordLists, flag: Flag) -> None:
    rng = random.Random(f"personal-{flag}")
    for _ in range(150):
        detail = PERSONAL[flag](rng)
        text = rng.choice(["{}", "Call me: {}", "Thanks! Reach me at {} any time", "{} x"]).format(detail)
        v = check(text, lists, LANGUAGES)
        _never_shown_at_once(v)
        assert flag in v.flags, text


# -- Bad input ----------------------------------------------------------------------------------------

MARKUP = ["<b>thank you</b>", "<img src=x onerror=alert(1)>", "<a href='https://evil.example'>hi</a>",
          "<script>alert(1)</script>", "<iframe src=//x>", "<div style=\"font-size:900px\">HI</div>",
          "[url=http://x]thanks[/url]", "&#60;b&#62;", "<svg/onload=alert(1)>"]
SQLISH = ["Robert'); DROP TABLE messages;--", "' OR '1'='1", "1; DELETE FROM wall", "\"; SELECT * FROM x; --"]
KIND = [
    "To the lady at desk 3 who helped me with my forms, thank you",
    "Thank you to everyone at the Riverside centre 💛",
    "The man at reception made my day. Thank you!",
    "شكرا جزيلا لكم على مساعدتكم اللطيفة",
    "תודה רבה לצוות על העזרה והסבלנות",
    "Dziękuję bardzo za pomoc i cierpliwość!",
    "Tapadh leibh airson ur cuideachadh — bha sibh uabhasach còir",
    "Mòran taing dhuibh uile 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    "Merci beaucoup — شكرا — תודה — thank you 👨\u200d👩\u200d👧",
    "Thanks hun! x x x", "Cock-a-leekie soup in the café was lovely", "I <3 the staff here",
    "Scunthorpe lad says thanks to the Essex team for the assistance", "The therapist in Penistone was lovely",
    "Passing through Cockburnspath, Twatt and Cumbernauld — kind folk everywhere",
    "She stayed until 17.30 on 25/11/2026 to help me", "10/10 would recommend 👍🏽",
]


@pytest.mark.parametrize("text", KIND)
def test_kind_messages_pass(lists: WordLists, model: FilterModel, text: str) -> None:
    assert check(text, lists, LANGUAGES).ok  # the word lists and patterns alone find nothing
    v = check(text, lists, LANGUAGES, model=model)
    assert v.ok, v.details
    assert decide(Policy.AUTO, v) is MessageStatus.APPROVED


@pytest.mark.parametrize("text", MARKUP)
def test_markup_stays_literal_and_is_flagged(lists: WordLists, text: str) -> None:
    assert clean_text(text).text == text  # never stripped silently: the UI shows plain text
    v = check(text, lists, LANGUAGES)
    assert Flag.MARKUP in v.flags
    _never_shown_at_once(v)


def test_a_link_in_markup_is_also_a_link(lists: WordLists) -> None:
    assert {Flag.MARKUP, Flag.LINK} <= check(MARKUP[2], lists, LANGUAGES).flags


@pytest.mark.parametrize("text", SQLISH)
def test_sql_like_text_is_just_text(lists: WordLists, text: str) -> None:
    assert clean_text(text).text == text  # storage binds parameters; the domain keeps the words
    _never_shown_at_once(check(text, lists, LANGUAGES))


def _random_text(rng: random.Random) -> str:
    pools = [
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?'\"<>/\\=;:-_()[]{}@#$%^&*+|~`",
        "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\r\n\t\u2028\u2029",
        "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\u00ad",
        "שלוםעולםتحياتمرحبا", "ąćęłńóśźżàèìòùâêîôûçñ", "\u0300\u0301\u0336\u0489\u20e3\ufe0f\ufe0e",
        "😀👍🏽❤🇬🇧🇫👨👩👧🏳🌈🏴\U000e0067\U000e007f🫶", "\u3164\uffa0\u2800\u3000\u00a0",
        "\ue000\U000f0000\ud800\udfff",  # private use and lone surrogates
        "\U0001d41a\U0001d41b\uff41\uff42ⓐⓑ", "一二三あいう한국어",
    ]
    length = rng.choice([0, 1, 5, 40, 199, 200, 201, 600, 5000])
    return "".join(rng.choice(rng.choice(pools)) for _ in range(length))


def test_random_input_never_crashes_and_is_never_approved_when_flagged(lists: WordLists) -> None:
    rng = random.Random(20261125)
    for _ in range(400):
        text = _random_text(rng)
        cleaned = clean_text(text)
        assert not any(unicodedata.category(c) in ("Cc", "Cs", "Co") for c in cleaned.text if c != "\n")
        cleaned.text.encode("utf-8")  # storable
        v = check(text, lists, LANGUAGES)
        _never_shown_at_once(v)
        if TextProblem.INVISIBLE_REMOVED in cleaned.problems:
            assert not v.ok


@pytest.mark.parametrize("build", [
    lambda r: "".join(r.choice("abc ") for _ in range(5000)),
    lambda r: "😀" * 5000,
    lambda r: "a." * 2500,
    lambda r: "f*" * 2500,
    lambda r: ("<b>" * 1700)[:5000],
    lambda r: "1 " * 2500,
    lambda r: "👨\u200d" * 2500,
    lambda r: "e" + "\u0301" * 4999,
    lambda r: "\u1100" * 5000,
    lambda r: ("שלום hello مرحبا " * 400)[:5000],
], ids=["letters", "emoji", "dots", "stars", "tags", "digits", "zwj-chain", "zalgo", "jamo", "rtl-ltr"])
def test_a_5000_character_paste_is_too_long_or_held(lists: WordLists, build: Callable[[random.Random], str]) -> None:
    text = build(random.Random(7))
    v = check(text, lists, LANGUAGES)
    assert not v.ok
    _never_shown_at_once(v)
    assert clean_text(text).length <= 5000
