"""The filter's verdict, the moderation policy, and the repeat-submission limit (with a hand-moved clock)."""

from __future__ import annotations

import pytest

from kiosk.core.clock import ManualClock
from kiosk.wall.rules.messages import MessageStatus
from kiosk.wall.rules.moderation import (
    DEFAULT_POLICY,
    Finding,
    Flag,
    LimitReason,
    Policy,
    RepeatLimiter,
    Rules,
    Verdict,
    check,
    decide,
    fingerprint,
    parse_policy,
)
from kiosk.wall.rules.wordlists import WordLists, parse_allow, parse_terms

LISTS = WordLists(abuse={"en": parse_terms("darn\nblast*\nsod off"), "gd": parse_terms("galla")},
                  allow={"en": parse_allow("Blastwick")})


def _flags(text: str, languages: tuple[str, ...] = ("en",), **kw: object) -> set[str]:
    return {f.value for f in check(text, LISTS, languages, **kw).flags}  # type: ignore[arg-type]


def test_a_kind_message_is_ok() -> None:
    v = check("To the lady at desk 3 who helped me with my forms, thank you 😊", LISTS, ["en"])
    assert v == Verdict(ok=True, flags=frozenset(), details=())
    assert v.submittable


def test_abuse_is_flagged_with_the_entry_that_matched() -> None:
    v = check("Oh d4rn, sod off", LISTS, ["en"])
    assert not v.ok and v.flags == {Flag.ABUSE}
    assert v.details == (Finding(Flag.ABUSE, "darn"), Finding(Flag.ABUSE, "sod off"))
    assert v.keys == {"abuse"}


def test_every_configured_language_list_is_used() -> None:
    assert _flags("mac na galla", ("en",)) == set()
    assert _flags("mac na galla", ("en", "gd")) == {"abuse"}
    assert _flags("darn", ("gd", "en")) == {"abuse"}
    assert _flags("darn", ("pl",)) == set()  # no list, nothing to match: WordLists.missing says so


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("call 07700 900123", "personal_phone"),
        ("jo at example dot com", "personal_email"),
        ("I'm at G3 7AB", "personal_postcode"),
        ("follow @jane_doe", "personal_handle"),
        ("see example.co.uk", "link"),
        ("ref 123 456 789", "long_digits"),
        ("<b>thanks</b>", "markup"),
        ('<img src=x onerror="alert(1)">', "markup"),
        ("[url=x]hi[/url]", "markup"),
        ("THANK YOU ALL SO VERY MUCH FOR TODAY", "shouting"),
        ("thanks!!!!!!!!!!", "spam"),
        ("😀" * 11, "spam"),
        ("buy now " * 6, "spam"),
        ("spam " * 5, "spam"),
        ("asdfghjklqwertyuiopzxcvbnmasdfghjklqwe", "spam"),
        ("thanks \u200bfor everything", "hidden_characters"),
        ("Z\u0336\u0336\u0336\u0336\u0336\u0336\u0336 thanks", "hidden_characters"),
        ("", "empty"),
        ("\u200b \u200b", "empty"),
        ("x" * 201, "too_long"),
    ],
)
def test_each_flag(text: str, flag: str) -> None:
    assert flag in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "THANK YOU!", "Thank you NHS and DWP staff at the JobCentre", "I <3 you all", "Thanks!!!",
        "❤️❤️❤️ thank you 🙏", "thank you thank you thank you", "very very very very kind",
        "Donaudampfschifffahrtsgesellschaft", "谢谢你们的帮助谢谢你们的帮助谢谢你们的帮助",
        "Robert'); DROP TABLE messages;--", "Blastwick library staff are great",
    ],
)
def test_enthusiasm_other_scripts_and_odd_but_harmless_text_pass(text: str) -> None:
    assert _flags(text) == set()


def test_shouting_and_spam_thresholds_are_rules() -> None:
    assert _flags("THANK YOU SO MUCH", rules=Rules(shouting_min_letters=8)) == {"shouting"}
    assert _flags("😀" * 4, rules=Rules(max_emoji=3)) == {"spam"}
    assert _flags("so kind, thanks", limit=10) == {"too_long"}


def test_a_verdict_is_ok_exactly_when_it_has_no_flags() -> None:
    with pytest.raises(ValueError, match="exactly when"):
        Verdict(ok=True, flags=frozenset({Flag.SPAM}))
    with pytest.raises(ValueError, match="exactly when"):
        Verdict(ok=False, flags=frozenset())


# -- Policy -------------------------------------------------------------------------------------------

OK = Verdict(ok=True, flags=frozenset(), kind=0.97)  # the model read it as kind, nothing flagged
UNREAD = Verdict(ok=True, flags=frozenset())  # nothing flagged, but no model read it
FLAGGED = Verdict(ok=False, flags=frozenset({Flag.ABUSE}), kind=0.99)


@pytest.mark.parametrize(
    ("policy", "verdict", "status"),
    [
        (Policy.PRE, OK, MessageStatus.PENDING),
        (Policy.PRE, FLAGGED, MessageStatus.PENDING),
        (Policy.AUTO, OK, MessageStatus.APPROVED),
        (Policy.AUTO, FLAGGED, MessageStatus.PENDING),
        ("pre", OK, MessageStatus.PENDING),
        ("auto", OK, MessageStatus.APPROVED),
        ("auto", Verdict(ok=False, flags=frozenset({Flag.SHOUTING})), MessageStatus.PENDING),
        ("auto", UNREAD, MessageStatus.PENDING),  # without the model nothing is called kind: it waits
        ("auto", Verdict(ok=False, flags=frozenset({Flag.NOT_KIND}), kind=0.2), MessageStatus.PENDING),
    ],
)
def test_decide(policy: Policy | str, verdict: Verdict, status: MessageStatus) -> None:
    assert decide(policy, verdict) is status


def test_the_default_policy_is_pre() -> None:
    assert DEFAULT_POLICY is Policy.PRE


@pytest.mark.parametrize("value", ["off", "OFF", "none", "", "post"])
def test_other_policies_are_refused_naming_the_allowed_values(value: str) -> None:
    with pytest.raises(ValueError, match="allowed: pre, auto") as info:
        parse_policy(value)
    assert repr(value) in str(info.value)
    with pytest.raises(ValueError, match="allowed: pre, auto"):
        decide(value, OK)


def test_off_is_explained() -> None:
    with pytest.raises(ValueError, match="'off' is not offered"):
        parse_policy("off")


@pytest.mark.parametrize("flag", [Flag.EMPTY, Flag.TOO_LONG])
@pytest.mark.parametrize("policy", list(Policy))
def test_an_empty_or_too_long_text_is_never_given_a_status(flag: Flag, policy: Policy) -> None:
    verdict = Verdict(ok=False, flags=frozenset({flag}))
    assert not verdict.submittable
    with pytest.raises(ValueError, match=flag.value):
        decide(policy, verdict)


# -- Repeat-submission limit --------------------------------------------------------------------------

def test_the_same_text_waits_for_its_window(clock: ManualClock) -> None:
    limiter = RepeatLimiter(clock, max_per_window=5, window_seconds=600, same_text_window=3600)
    assert limiter.allows("Thank you, desk 3!").allowed
    limiter.recorded("Thank you, desk 3!")
    clock.advance(10)
    d = limiter.allows("  THANK YOU desk 3  ")  # the same words, other case and punctuation
    assert (d.allowed, d.reason, d.retry_after) == (False, LimitReason.SAME_TEXT, 3590)
    assert limiter.allows("Thank you, desk 4!").allowed
    clock.advance(3589)
    assert not limiter.allows("thank you desk 3").allowed
    clock.advance(1)
    assert limiter.allows("thank you desk 3").allowed


def test_too_many_messages_wait_until_the_oldest_leaves_the_window(clock: ManualClock) -> None:
    limiter = RepeatLimiter(clock, max_per_window=3, window_seconds=600, same_text_window=0)
    for i in range(3):
        assert limiter.allows(f"message {i}").allowed
        limiter.recorded(f"message {i}")
        clock.advance(100)  # sent at 0, 100, 200; now 300
    d = limiter.allows("one more")
    assert (d.allowed, d.reason, d.retry_after) == (False, LimitReason.TOO_MANY, 300)
    clock.advance(299)
    assert not limiter.allows("one more").allowed
    clock.advance(1)
    assert limiter.allows("one more").allowed
    limiter.recorded("one more")
    assert not limiter.allows("and another").allowed  # 100, 200, 600 are in the window
    clock.advance(100)
    assert limiter.allows("and another").allowed


def test_same_text_window_zero_allows_repeats(clock: ManualClock) -> None:
    limiter = RepeatLimiter(clock, max_per_window=10, window_seconds=60, same_text_window=0)
    limiter.recorded("hello")
    assert limiter.allows("hello").allowed


def test_only_recorded_messages_count(clock: ManualClock) -> None:
    limiter = RepeatLimiter(clock, max_per_window=1, window_seconds=60, same_text_window=60)
    for _ in range(5):
        assert limiter.allows("asked but never sent").allowed


@pytest.mark.parametrize(("kw", "bad"), [({"max_per_window": 0}, "max_per_window"),
                                         ({"window_seconds": 0}, "window_seconds"),
                                         ({"same_text_window": -1}, "same_text_window")])
def test_limiter_settings_are_checked(clock: ManualClock, kw: dict[str, float], bad: str) -> None:
    with pytest.raises(ValueError, match=bad):
        RepeatLimiter(clock, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Thank you!", "thank   you", True), ("ｔｈａｎｋ ｙｏｕ", "thank you", True), ("❤️", "❤", True),
     ("❤️", "👍", False), ("thank you", "thank you all", False), ("Dziękuję", "dziekuje", True)],
)
def test_fingerprint_decides_what_counts_as_the_same_text(a: str, b: str, same: bool) -> None:
    assert (fingerprint(a) == fingerprint(b)) is same
