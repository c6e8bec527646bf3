"""Normalisation for matching (textnorm) and the word-list format and matcher (wordlists), on a small
made-up list so the rules are tested apart from the shipped lists."""

from __future__ import annotations

import pytest

from kiosk.wall.rules.textnorm import chunks, fold, skeleton, squeeze
from kiosk.wall.rules.wordlists import (
    TermKind,
    TermMatcher,
    WordLists,
    WordListSyntaxError,
    parse_allow,
    parse_terms,
)

LIST = """\
# a test list
darn          # whole word
blast*        # begins with
*heck         # ends with
*frick*       # contains
sod off       # a phrase
boob
coons
kill yourself
"""
ALLOW = """\
# places
Blastwick
cock-a-leekie
Frickley
"""


@pytest.fixture(scope="module")
def matcher() -> TermMatcher:
    return TermMatcher(parse_terms(LIST), parse_allow(ALLOW))


def _found(m: TermMatcher, text: str) -> list[str]:
    return [t.entry for t in m.find(fold(text))]


# -- Folding ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("DARN", "darn"),
        ("ｄａｒｎ", "darn"),  # fullwidth
        ("𝐝𝐚𝐫𝐧 𝓭𝓪𝓻𝓷 𝕕𝕒𝕣𝕟", "darn darn darn"),  # mathematical letters
        ("ⓓⓐⓡⓝ", "darn"),  # circled
        ("dárñ", "darn"),  # accents
        ("dаrn", "darn"),  # Cyrillic а
        ("DΑRΝ", "darn"),  # Greek capital alpha and nu
        ("ԁаrn", "darn"),  # Cyrillic komi de
        ("ᴅᴀʀɴ", "darn"),  # small capitals
        ("d\u200ba\u00adr\u2060n\ufe0f", "darn"),  # invisible characters
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("🇩🇦🇷🇳", "darn"),  # regional indicator letters
    ],
)
def test_fold_undoes_look_alike_and_compatibility_forms(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_keeps_other_scripts_readable_as_themselves() -> None:
    assert fold("תודה רבה") == "תודה רבה"
    assert fold("شكرا") == "شكرا"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("０７７００", "07700"), ("٠٧٧٠٠", "07700"), ("०७७००", "07700"), ("ехаmple.соm", "example.com"),
     ("Mail Me", "Mail Me"), ("example。com", "example.com")],
)
def test_skeleton_makes_digits_and_look_alikes_ascii_and_keeps_case(text: str, expected: str) -> None:
    assert skeleton(text) == expected


def test_squeeze_and_chunks() -> None:
    assert squeeze("fuuuuun") == "fun"
    assert squeeze("bollocks") == "bolocks"
    pieces = chunks(fold("5h1t, f.u.n and x"))
    assert "shit" in pieces[0].candidates
    assert {"f", "u", "n", "fun"} <= set(pieces[1].candidates)
    assert [c.letter for c in pieces] == ["", "", "", "x"]
    assert [c.half for c in chunks("fu ck the")] == ["fu", "ck", ""]


# -- The list format ----------------------------------------------------------------------------------

def test_entries_are_parsed_by_kind() -> None:
    terms = {(t.text, t.kind) for t in parse_terms(LIST)}
    assert {("darn", TermKind.WORD), ("blast", TermKind.PREFIX), ("heck", TermKind.SUFFIX),
            ("frick", TermKind.INFIX), ("sodoff", TermKind.PHRASE), ("sodoff", TermKind.WORD)} <= terms
    phrase = next(t for t in parse_terms(LIST) if t.kind is TermKind.PHRASE and t.text == "sodoff")
    assert phrase.words == ("sod", "off")
    assert phrase.entry == "sod off"


def test_entries_are_folded_and_hyphens_make_phrases() -> None:
    (term, joined) = parse_terms("Half-Cáste")
    assert (term.kind, term.words, joined.text, joined.kind) == (TermKind.PHRASE, ("half", "caste"),
                                                                 "halfcaste", TermKind.WORD)
    assert parse_terms("darn\ndarn\nDARN") == parse_terms("darn")
    assert parse_terms("# only comments\n\n   \n") == ()
    assert parse_allow("\ufeffCock-a-Leekie\nScunthorpe # a town") == {"cockaleekie", "scunthorpe"}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("ok\nd*rn", 2, "may only begin or end"),
        ("ok\n\n*", 3, "may only begin or end"),
        ("sh1t", 1, "plain letters"),
        ("two words*", 1, "phrase cannot have"),
        ("ab*", 1, "too short"),
        ("x", 1, "too short"),
        ("---", 1, "no letters"),
    ],
)
def test_bad_entries_name_their_line(text: str, line: int, words: str) -> None:
    with pytest.raises(WordListSyntaxError, match=words) as info:
        parse_terms(text)
    assert info.value.line == line
    assert str(info.value).startswith(f"line {line}:")


@pytest.mark.parametrize(("text", "words"), [("scun*", "single words"), ("two words", "single words"),
                                             ("...", "no letters")])
def test_bad_allow_entries_name_their_line(text: str, words: str) -> None:
    with pytest.raises(WordListSyntaxError, match=words) as info:
        parse_allow("fine\n" + text)
    assert info.value.line == 2


# -- Matching -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("oh darn it", "darn"),
        ("blasted thing", "blast*"),
        ("what the heck", "*heck"),
        ("oh flipping heck", "*heck"),
        ("blimmin-heck", "*heck"),
        ("motherfricking", "*frick*"),
        ("just sod off now", "sod off"),
        ("sodoff", "sod off"),
        ("k1ll y0urself", "kill yourself"),
    ],
)
def test_each_kind_of_entry_matches(matcher: TermMatcher, text: str, entry: str) -> None:
    assert entry in _found(matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        "darning socks", "undarned",  # a whole word does not match inside others
        "sunblast", "heckle", "checked",  # begins-with / ends-with are anchored
        "sod it, off we go",  # phrase words must be in a row
        "cons and pros",  # not a stretched "coons": a stretch repeats letters more, never fewer
        "boo boo",
    ],
)
def test_innocent_words_do_not_match(matcher: TermMatcher, text: str) -> None:
    assert _found(matcher, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "DARN", "d4rn", "d@rn", "d.a.r.n", "d_a_r_n", "d-a-r-n", "d a r n", "d. a. r. n.", "oh d a r n it",
        "daaaarn", "darrrrrn", "dddaaarrrnnn", "d*rn", "d#rn", "ｄａｒｎ", "dаrn", "d\u200barn", "dárn", "da rn",
        "b00b", "b0000b", "booooooob", "bl@sted", "bla$t", "b|ast", "b1ast", "bl4st3d", "frrrick", "fr1ck",
        "fr!ck", "x-frick-x", "SOD OFF", "s0d 0ff",
    ],
)
def test_tricks_are_undone(matcher: TermMatcher, text: str) -> None:
    assert _found(matcher, text) != [], text


def test_allowed_words_pass_as_written_but_not_stretched(matcher: TermMatcher) -> None:
    assert _found(matcher, "Blastwick library, Frickley Colliery!") == []
    assert _found(matcher, "BLASTWICK bl4stw1ck") == []  # as written means after folding and l33t
    assert _found(matcher, "Cock-a-leekie soup") == []
    assert _found(matcher, "Blaaastwick") == ["blast*"]
    assert _found(matcher, "Friiickley") == ["*frick*"]


def test_a_stretched_spelling_repeats_letters_more_never_fewer() -> None:
    m = TermMatcher(parse_terms("boob\ncoons\nasses"))
    assert _found(m, "boooooob bbooobb") == ["boob"]
    assert _found(m, "bob cons") == []  # fewer letters: not a match
    assert _found(m, "bobb conns") == []  # a letter doubled, but not where the term doubles it
    assert _found(m, "assess") == ["asses"]  # the last s repeated: why the shipped list has no "asses"


def test_every_match_is_reported_once_in_order(matcher: TermMatcher) -> None:
    assert _found(matcher, "heck, darn, darn and blast, heck") == ["*heck", "darn", "blast*"]


def test_word_lists_combine_languages_and_name_missing_ones() -> None:
    lists = WordLists(abuse={"en": parse_terms("darn"), "gd": parse_terms("galla")},
                      allow={"en": parse_allow("Darnley")})
    assert lists.missing(["en", "gd", "pl"]) == ("pl",)
    both = lists.matcher(["gd", "en"])
    assert [t.entry for t in both.find(fold("darn galla Darnley"))] == ["darn", "galla"]
    assert [t.entry for t in lists.matcher(["en"]).find(fold("darn galla"))] == ["darn"]
    assert lists.matcher(["en", "gd"]) is both  # compiled once per set of languages
