"""Wall messages: cleaning what a visitor typed, counting characters as a reader does, the record's states."""

from __future__ import annotations

import random
import unicodedata
import uuid
from datetime import UTC, datetime

import pytest
import regex

from kiosk.core.clock import ManualClock
from kiosk.core.errors import KioskError
from kiosk.wall.rules.messages import (
    ASCII_SUSPECT,
    DEFAULT_LIMIT,
    MAX_EMOJI_JOINS,
    MAX_LINE_BREAKS,
    MAX_MARKS,
    SUSPECT,
    MessageStatus,
    TextProblem,
    WallMessage,
    WallTransitionError,
    clean_text,
    grapheme_count,
    graphemes,
    is_pictographic,
    split_at_limit,
)

FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # 7 code points, one character
RAINBOW_FLAG = "🏳\ufe0f\u200d🌈"
SCOTLAND = "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
WAVE_DARK = "👋🏿"
KEYCAP_3 = "3\ufe0f\u20e3"
UK_FLAG = "🇬🇧"
E_ACUTE_DECOMPOSED = "e\u0301"


# -- Characters as a reader counts them ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", ["h", "e", "l", "l", "o"]),
        (FAMILY + "!", [FAMILY, "!"]),
        (RAINBOW_FLAG + RAINBOW_FLAG, [RAINBOW_FLAG, RAINBOW_FLAG]),
        (SCOTLAND + " x", [SCOTLAND, " ", "x"]),
        (WAVE_DARK + "hi", [WAVE_DARK, "h", "i"]),
        (KEYCAP_3 + "4", [KEYCAP_3, "4"]),
        (UK_FLAG + "🇫🇷" + "🇩", [UK_FLAG, "🇫🇷", "🇩"]),  # regional indicators pair up, left to right
        (E_ACUTE_DECOMPOSED + "x", [E_ACUTE_DECOMPOSED, "x"]),
        ("क्षि", ["क्षि"]),  # Devanagari conjunct with a vowel sign: one
        ("\u1100\u1161\u11a8", ["\u1100\u1161\u11a8"]),  # Hangul jamo L V T: one syllable
        ("שָׁלוֹם", ["שָׁ", "ל", "וֹ", "ם"]),  # Hebrew with points
        ("a\r\nb", ["a", "\r\n", "b"]),
        ("กำน", ["กำ", "น"]),  # Thai: SARA AM is a spacing mark that belongs to the letter before it
        ("नमस्ते", ["न", "म", "स्ते"]),  # Hindi: the conjunct स्ते is one
        ("감사합니다", ["감", "사", "합", "니", "다"]),  # precomposed Hangul syllables
        ("👩\u200d❤\ufe0f\u200d💋\u200d👨", ["👩\u200d❤\ufe0f\u200d💋\u200d👨"]),  # a kiss: one emoji
        ("🏽a", ["🏽", "a"]),  # a skin tone on its own is a character of its own
    ],
)
def test_graphemes_keep_what_a_reader_sees_as_one_character_together(text: str, expected: list[str]) -> None:
    assert graphemes(text) == expected
    assert "".join(graphemes(text)) == text


@pytest.mark.parametrize(("ch", "emoji"), [("☕", True), ("©", True), ("♥", True), ("👍", True), ("🏽", False),
                                          ("🇬", False), ("3", False), ("é", False), ("\u200d", False)])
def test_pictographic_is_unicodes_extended_pictographic(ch: str, emoji: bool) -> None:
    assert is_pictographic(ch) is emoji


def test_length_counts_emoji_sequences_and_combining_marks_as_one() -> None:
    text = f"{FAMILY}{RAINBOW_FLAG}{SCOTLAND}{WAVE_DARK}{KEYCAP_3}{UK_FLAG}{E_ACUTE_DECOMPOSED}"
    assert grapheme_count(text) == 7
    assert clean_text(text).length == 7


@pytest.mark.parametrize("limit", [0, 1, 2, 3, 5, 8])
def test_split_at_limit_never_cuts_a_character_in_half(limit: int) -> None:
    text = f"a{FAMILY}b{SCOTLAND}{E_ACUTE_DECOMPOSED}{UK_FLAG}c"
    fits, over = split_at_limit(text, limit)
    assert fits + over == text
    assert grapheme_count(fits) == min(limit, 7)
    assert graphemes(fits) + graphemes(over) == graphemes(text)


def test_split_at_limit_rejects_a_negative_limit() -> None:
    with pytest.raises(ValueError, match="negative"):
        split_at_limit("abc", -1)


# -- Cleaning -----------------------------------------------------------------------------------------

def test_text_over_the_limit_is_reported_with_its_count_and_never_cut() -> None:
    text = "kind " * 50  # 250 characters with the spaces; 249 after trimming the end
    result = clean_text(text)
    assert result.text == text.strip()
    assert result.length == 249
    assert result.limit == DEFAULT_LIMIT
    assert TextProblem.TOO_LONG in result.problems
    assert not result.submittable
    assert result.remaining == DEFAULT_LIMIT - 249


def test_the_limit_is_exact_and_configurable() -> None:
    assert clean_text("x" * 200).problems == frozenset()
    assert clean_text("x" * 201).problems == {TextProblem.TOO_LONG}
    assert clean_text("x" * 11, limit=10).problems == {TextProblem.TOO_LONG}
    assert clean_text(FAMILY * 10, limit=10).problems == frozenset()
    with pytest.raises(ValueError, match="at least 1"):
        clean_text("x", limit=0)


@pytest.mark.parametrize(("length", "near"), [(159, False), (160, True), (200, True), (240, True)])
def test_near_limit_is_when_the_ui_starts_showing_the_count(length: int, near: bool) -> None:
    assert clean_text("y" * length).near_limit is near


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\u200b\u200b", "\u3164", "\u2800\u2800", "\u202e\u202c"])
def test_nothing_visible_is_empty(text: str) -> None:
    result = clean_text(text)
    assert result.text == ""
    assert TextProblem.EMPTY in result.problems
    assert not result.submittable


def test_text_is_nfc_normalised() -> None:
    result = clean_text("Cafe\u0301 Zoe\u0308")
    assert result.text == "Café Zoë"
    assert unicodedata.is_normalized("NFC", result.text)
    assert result.problems == frozenset()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("thank\u200byou", "thankyou"),  # zero-width space
        ("f\u00adu\u00adn", "fun"),  # soft hyphens
        ("\ufeffhello", "hello"),  # byte-order mark
        ("abc\u202edcba", "abcdcba"),  # right-to-left override: would show "abcabcd"
        ("x\u2066y\u2069z", "xyz"),  # isolates
        ("left\u200eright\u200f", "leftright"),  # LRM / RLM
        ("bell\x07 and\x1b[31m red", "bell and[31m red"),  # control characters
        ("nul\x00byte\x7f", "nulbyte"),
        ("pri\ue000vate", "private"),  # private use
        ("x\U000e0041\U000e0042y", "xy"),  # tag characters smuggling hidden text
        ("x\U000e0002y", "xy"),  # an unassigned tag character is invisible too
        ("a\u200dd", "ad"),  # a ZWJ between Latin letters joins nothing
    ],
)
def test_invisible_control_and_direction_override_characters_are_removed(raw: str, expected: str) -> None:
    result = clean_text(raw)
    assert result.text == expected
    assert TextProblem.INVISIBLE_REMOVED in result.problems


@pytest.mark.parametrize(
    "text",
    [
        "شكرا جزيلا لكم على مساعدتكم",  # Arabic
        "תודה רבה על העזרה",  # Hebrew
        "Thank you — شكرا — תודה — 123",  # mixed right-to-left and left-to-right
        "می\u200cخواهم تشکر کنم",  # Persian: the ZWNJ is part of the spelling
        "क्\u200dष",  # Devanagari: a ZWJ after a virama
        "Dziękuję bardzo, Łukasz!",
        "Tapadh leibh — bha sibh uabhasach còir",
        f"Thank you {FAMILY} {RAINBOW_FLAG} {SCOTLAND} {WAVE_DARK} {KEYCAP_3} {UK_FLAG} 🫶",
    ],
)
def test_scripts_emoji_and_joiners_that_belong_to_them_are_kept(text: str) -> None:
    result = clean_text(text)
    assert result.text == unicodedata.normalize("NFC", text)
    assert result.problems == frozenset()


def test_markup_and_sql_like_text_stay_literal() -> None:
    for text in ["<b>thanks</b>", '<img src=x onerror="alert(1)">', "Robert'); DROP TABLE messages;--",
                 "&lt;3 &amp; more", "{{ 7*7 }} ${jndi:ldap://x}"]:
        assert clean_text(text).text == text


def test_whitespace_is_collapsed_and_trimmed() -> None:
    result = clean_text("  thank \t\u00a0 you\u3000so   much  ")
    assert result.text == "thank you so much"
    assert result.problems == frozenset()


def test_line_breaks_are_kept_up_to_the_maximum_and_blank_lines_dropped() -> None:
    assert clean_text("Dear staff,\r\n\r\n\r\nThank you!\rFrom Sam").text == "Dear staff,\nThank you!\nFrom Sam"
    many = "\n".join(f"line {i}" for i in range(6))
    result = clean_text(many)
    assert result.text.count("\n") == MAX_LINE_BREAKS
    assert result.text == "line 0\nline 1\nline 2 line 3 line 4 line 5"
    assert TextProblem.LINE_BREAKS_JOINED in result.problems
    assert clean_text("a\u2028b\u2029c\x85d").text == "a\nb\nc d"


def test_stacked_marks_are_trimmed_but_ordinary_accents_are_not() -> None:
    zalgo = "Z" + "\u0336\u0337\u0338\u0334\u0335" * 10 + "algo"
    result = clean_text(zalgo)
    assert TextProblem.MARKS_REMOVED in result.problems
    assert result.text == "Z" + "\u0336\u0337\u0338\u0334\u0335"[:MAX_MARKS] + "algo"
    vietnamese = "Cảm ơn nhiều lắm"  # two marks on some letters
    assert clean_text(vietnamese).problems == frozenset()


def test_a_chain_of_emoji_glued_by_joiners_cannot_pose_as_one_character() -> None:
    chain = "👨\u200d" * 50 + "👨"
    result = clean_text(chain)
    assert TextProblem.INVISIBLE_REMOVED in result.problems
    assert max(g.count("\u200d") for g in graphemes(result.text)) == MAX_EMOJI_JOINS
    assert result.length == 51 // (MAX_EMOJI_JOINS + 1) + 1
    assert clean_text("\u1100" * 300).length == 300  # 300 glued jamo still count as 300


def test_the_fast_check_knows_every_character_cleaning_may_remove() -> None:
    """Text without a SUSPECT character skips the slow pass, so SUSPECT must cover every control,
    format, surrogate and private-use code point in this Python's Unicode database."""
    missed = [f"U+{cp:04X}" for cp in range(0x110000)
              if unicodedata.category(chr(cp)) in ("Cc", "Cf", "Cs", "Co") and chr(cp) not in "\n\t"
              and not SUSPECT.match(chr(cp))]
    assert missed == []
    for filler in "\u3164\uffa0\u115f\u1160":
        assert SUSPECT.match(filler)
    assert [c for c in map(chr, range(128)) if bool(ASCII_SUSPECT.match(c)) != bool(SUSPECT.match(c))] == []


def test_the_ascii_shortcuts_agree_with_unicode_grapheme_clusters() -> None:
    """ASCII text skips the regex package's \\X: every character is one, except CR LF (UAX #29 GB3)."""
    rng = random.Random(20261126)
    for _ in range(300):
        text = "".join(rng.choice("ab \r\n\t\x00\x1b~") for _ in range(rng.randint(0, 40)))
        assert graphemes(text) == regex.findall(r"\X", text), repr(text)
        assert grapheme_count(text) == len(regex.findall(r"\X", text)), repr(text)


def test_cleaning_a_clean_text_changes_nothing() -> None:
    rng = random.Random(20261125)
    alphabet = ("abcXYZ 019.,!<>'\"\n\t\r\u200b\u200d\u200c\u202e\u2066\u00ad\ufeff\x00\x1b\u0301\u0336"
                "éßØłשלוםشكرا😀👍🏽❤️🇬🇧🏴\U000e0067\U000e007f\u3000\u2028\ue000\U000e0041क्ष")
    for _ in range(500):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        once = clean_text(raw)
        twice = clean_text(once.text)
        assert twice.text == once.text, repr(raw)
        assert twice.length == once.length
        assert not (twice.problems - {TextProblem.EMPTY, TextProblem.TOO_LONG}), repr(raw)
        assert not any(unicodedata.category(c) in ("Cc", "Co", "Cs") for c in once.text if c != "\n")
        assert once.text.count("\n") <= MAX_LINE_BREAKS


# -- The record ---------------------------------------------------------------------------------------

def _message(clock: ManualClock, status: MessageStatus = MessageStatus.PENDING) -> WallMessage:
    return WallMessage.new(text="Thank you, desk 3!", site="riverside", kiosk="kiosk-1", language="en",
                           status=status, clock=clock, flags=frozenset({"shouting"}))


def test_a_new_message_takes_its_time_from_the_clock(clock: ManualClock) -> None:
    m = _message(clock)
    assert m.created_at == datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    assert m.id.version == 4 and isinstance(m.id, uuid.UUID)
    assert (m.site, m.kiosk, m.language, m.text) == ("riverside", "kiosk-1", "en", "Thank you, desk 3!")
    assert (m.status, m.reason, m.moderated_at, m.pinned) == (MessageStatus.PENDING, "", None, False)
    assert m.flags == {"shouting"}
    assert not m.on_wall
    assert _message(clock).id != m.id


@pytest.mark.parametrize(
    ("text", "match"),
    [("  Thank you  ", "clean the text"), ("x" * 201, "too_long"), ("", "empty")],
)
def test_a_new_message_needs_clean_sendable_text(clock: ManualClock, text: str, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        WallMessage.new(text=text, site="s", kiosk="k", language="en", status=MessageStatus.PENDING, clock=clock)


@pytest.mark.parametrize("status", [MessageStatus.REJECTED, MessageStatus.HIDDEN])
def test_a_new_message_is_pending_or_approved(clock: ManualClock, status: MessageStatus) -> None:
    with pytest.raises(ValueError, match="pending or approved"):
        _message(clock, status)


def test_staff_steps_return_new_values_with_the_time_and_reason(clock: ManualClock) -> None:
    m = _message(clock)
    clock.advance(60)
    approved = m.approve(clock)
    assert m.status is MessageStatus.PENDING  # the original is unchanged
    assert approved.status is MessageStatus.APPROVED and approved.on_wall
    assert approved.moderated_at == datetime(2026, 11, 25, 10, 1, tzinfo=UTC)
    clock.advance(60)
    pinned = approved.pin(clock)
    assert pinned.pinned and pinned.moderated_at == datetime(2026, 11, 25, 10, 2, tzinfo=UTC)
    hidden = pinned.hide(clock, "names a member of staff")
    assert (hidden.status, hidden.reason, hidden.pinned) == (MessageStatus.HIDDEN, "names a member of staff", False)
    restored = hidden.approve(clock)
    assert (restored.status, restored.reason, restored.pinned) == (MessageStatus.APPROVED, "", False)
    assert pinned.pin(clock, pinned=False).pinned is False
    rejected = m.reject(clock, "personal details")
    assert (rejected.status, rejected.reason) == (MessageStatus.REJECTED, "personal details")
    assert rejected.approve(clock).status is MessageStatus.APPROVED
    assert {m.id} == {approved.id, pinned.id, hidden.id, restored.id, rejected.id}


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        ([], "hide"),  # a pending message was never on the wall
        ([], "pin"),
        (["approve"], "approve"),
        (["approve"], "reject"),
        (["reject"], "hide"),
        (["reject"], "pin"),
        (["approve", "hide"], "reject"),
        (["approve", "hide"], "pin"),
    ],
)
def test_steps_the_state_does_not_allow_are_typed_errors(clock: ManualClock, path: list[str], bad: str) -> None:
    m = _message(clock)
    for step in path:
        m = getattr(m, step)(clock)
    with pytest.raises(WallTransitionError) as info:
        getattr(m, bad)(clock)
    assert isinstance(info.value, KioskError)
    assert info.value.kind == "wall_transition"
