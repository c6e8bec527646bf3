"""A bad-input corpus, made here, through the real writing screen's view model, the store and the wall: markup,
control and zero-width characters, 5,000-character pastes, mixed right-to-left and left-to-right text, emoji
sequences, SQL-like text, abuse written with tricks, personal details and format strings. Nothing crashes,
every Text showing a message is plain text and shows the literal characters, and (policy `auto`) nothing the
filter holds (flagged, or not read as kind) is ever on the wall before a member of staff approves it."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.wall.filter_files import load_filter_model
from kiosk.wall.rules.messages import MessageStatus, clean_text
from kiosk.wall.rules.moderation import check
from kiosk.wall.wordlist_files import load_word_lists
from tests.support.qmlhelpers import find, settle
from tests.support.qtkiosk import make_kiosk
from tests.support.wallhelpers import (
    PLAIN_TEXT,
    Store,
    board,
    compose,
    process,
    screen_is,
    sending,
    text_format,
    texts_on_screen,
)

LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"})
TRICKS = (
    lambda w: w.upper(), lambda w: w.translate(LEET), lambda w: " ".join(w), lambda w: ".".join(w),
    lambda w: w[0] + w[1] * 6 + w[2:], lambda w: "\u200b".join(w),
    lambda w: w.replace("a", "а").replace("o", "о").replace("e", "е").replace("c", "с"),  # Cyrillic look-alikes
    lambda w: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w),  # full-width letters
    lambda w: "-".join(w), lambda w: w.title(),
)
ABUSE = ("wanker", "shite", "bitch", "prick", "cunt", "bullshit")


def corpus(seed: int = 20261125) -> list[str]:
    """The bad inputs, the same every run."""
    rng = random.Random(seed)
    markup = ["<b>thanks</b> to Sam", "<img src=x onerror=alert(1)>", '<a href="http://evil.example">click</a> here',
              "<script>alert('hi')</script> thank you", "&lt;b&gt; &amp; &#60;i&#62; entities", "[url=http://x]hi[/url]",
              "<font color=red size=7>Thank you</font> to Sam", "<h1>BIG THANKS</h1>", "<style>*{display:none}</style>",
              "<table><tr><td>cell", "<!-- a comment --> hello", "<p style='color:red'>red</p>", "</div></div>",
              "<marquee>wheee</marquee> thanks", "<br><br><br>three breaks", "<u>underlined</u> kindness"]
    invisible = ["Thank\u200byou\u200bso\u200bmuch", "\u202eevil reversed text\u202c", "Hello\x00world\x01!",
                 "tab\tand\x07bell\x1b[31m ansi", "\u2066isolated\u2069 words", "zero\ufeffwidth no-break",
                 "mongolian\u180e vowel", "soft\xadhyphen", "\u3164\u3164\u3164", "   \n\n\n   ", "\u200b\u200d\u2060",
                 "line one\nline two\nline three\nline four\nline five", "e" + "\u0301" * 8 + " zalgo",
                 "\U000e0041\U000e0042 tags", "\ud7ff private \ue000 use", "Carriage\rreturn\r\nand\x85NEL"]
    pastes = ["a" * 5000, "Thank you " * 500, "".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(5000)),
              "x" * 201, "Supercalifragilistic" * 250, "🙏" * 5000]
    rtl = ["شكرا Sam for the help 🙏", "תודה to desk 3 ✨", "Thank you مريم!", "123 שלום abc 456",
           "\u202bembedded\u202c شكرا", "مرحبا\nHello\nשלום", "كلمة" * 3 + " mixed " + "עברית" * 3]
    emoji = ["👩🏽‍💻 helped me", "👨‍👩‍👧‍👦 family day", "🏴󠁧󠁢󠁳󠁣󠁴󠁿 mòran taing", "🏳️‍🌈 thank you", "❤️‍🔥 so kind",
             "🇬🇧🇺🇦 together", "👍🏿👍🏻 cheers", "🙏" * 12, "👨‍👩‍👧‍👦‍👨‍👩‍👧‍👦‍👨 chain", "☕ tea ☕", "0️⃣1️⃣ keycaps",
             "🫶🏼 hands"]
    sql = ["Robert'); DROP TABLE wall_state;--", "' OR '1'='1", "1; DELETE FROM checkin WHERE 1=1",
           '"; SELECT * FROM sqlite_master; --', "%' AND 1=1 --", "\\'; exec xp_cmdshell('dir')"]
    formats = ["%1 %2 %n {0} ${x} %s %d", "%1", "qsTr('x') arg(%1)", "{{7*7}} ${7*7}", "\\n \\t \\u0000"]
    abuse = [f"Thanks to the {trick(word)} at the desk" for word in ABUSE for trick in rng.sample(TRICKS, 4)]
    abuse += ["kill yourself", "k i l l  y o u r s e l f", "You are a total W A N K E R"]
    personal = ["Ring Jo on 07700 900123", "call +44 (0)7700-900123 anytime", "O77OO 9OO123 is my number",
                "email me at jo.bloggs@example.com", "jo [at] example [dot] com", "I live at G3 7AB",
                "follow @kindness_jo on insta", "see www.example.com/kind", "my card 4111 1111 1111 1111",
                "Jo Bloggs, 12 Kelvin Street, Glasgow G3 7AB, 07700 900456"]
    kind = ["Thank you to the lady at desk 3 who helped me with my forms",
            "The young lad in the library was so patient with me 😊", "Mòran taing to everyone at reception",
            "Dziękuję bardzo za pomoc!", "Thank you, Sam — you made my day", "A kind thing I saw: a shared umbrella"]
    return markup + invisible + pastes + rtl + emoji + sql + formats + abuse + personal + kind


@pytest.fixture
def auto(qtbot: QtBot, data_dir: Path, clock: ManualClock) -> Iterator[Kiosk]:
    config = settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides={"wall.policy": "auto"})
    k = make_kiosk(qtbot, config, clock, QSize(1080, 1920))
    yield k
    k.close()


def assert_texts_are_plain(kiosk: Kiosk, expected: set[str], forbidden: set[str]) -> set[str]:
    """Every visible Text is plain text; those showing a message show exactly its characters; none shows a
    forbidden (flagged, not yet approved) message. Returns the messages seen."""
    seen: set[str] = set()
    for item in texts_on_screen(kiosk):
        assert text_format(item) == PLAIN_TEXT, item.property("text")
        shown = str(item.property("text"))
        assert shown not in forbidden, f"a flagged message is on screen: {shown!r}"
        if shown in expected:
            seen.add(shown)
    return seen


def test_the_corpus_is_what_it_says() -> None:
    texts = corpus()
    assert len(texts) == len(set(texts)) >= 100
    assert any(len(t) >= 5000 for t in texts) and any("<img" in t for t in texts)
    assert corpus() == texts  # the same every run


def test_bad_inputs_never_crash_never_render_as_markup_and_flagged_never_shows(
        qtbot: QtBot, auto: Kiosk, clock: ManualClock) -> None:
    lists, model = load_word_lists(), load_filter_model()
    vm = compose(auto)
    w = auto.window.window
    limit = auto.config.wall_max_length
    approved: set[str] = set()
    flagged: set[str] = set()
    for raw in corpus():
        clock.advance(3601)  # past the repeat limiter's windows: every message is judged on its words
        vm.start()
        qtbot.waitUntil(lambda: screen_is(auto, "wall.write"))
        vm.setText(raw)
        process()
        field = find(w, "wall.write.field")
        assert field is not None  # the field shows what was typed, as typed (line breaks as the field keeps them)
        if "\r" not in raw and "\x00" not in raw:
            assert field.property("text") == raw
        assert field.property("text") == vm.property("text")  # the count is of what the field shows
        vm_text = str(vm.property("text"))
        cleaned = clean_text(vm_text, limit)
        assert text_format(field) == PLAIN_TEXT
        assert_texts_are_plain(auto, set(), set())
        if not cleaned.submittable:  # empty or too long: cannot be sent, nothing is cut or stored
            assert not vm.property("canSend")
            vm.send()
            assert auto.shell.screen == "wall.write"
            continue
        vm.showPreview()
        qtbot.waitUntil(lambda: screen_is(auto, "wall.preview"))
        card = find(w, "wall.preview.card")
        assert card is not None and card.property("message") == cleaned.text  # exactly as the wall will show it
        assert assert_texts_are_plain(auto, {cleaned.text}, set()) == {cleaned.text}
        vm.send()
        qtbot.waitUntil(lambda: screen_is(auto, "wall.sent"))
        verdict = check(vm_text, lists, auto.config.languages, limit=limit, model=model)  # as typed
        (approved if verdict.publishable else flagged).add(cleaned.text)
        assert sending(auto).property("outcome") == ("approved" if verdict.publishable else "flagged")
    assert flagged and approved
    assert len(flagged) > len(approved)  # the corpus is mostly bad

    store = Store(auto, clock)
    try:
        for row in store.rows():
            expected = MessageStatus.APPROVED if row.text in approved else MessageStatus.PENDING
            assert row.status is expected, row.text
        assert set(store.on_board()) == approved
        assert {m.text for m in store.queue()} == flagged
    finally:
        store.close()

    # The wall, scrolled from top to bottom: only approved messages, each as plain text, every one seen.
    auto.shell.show("wall")
    cards = board(auto).card_model
    qtbot.waitUntil(lambda: cards.is_loaded() and not cards.is_loading())
    assert set(cards.texts()) <= approved
    view = find(w, "wall.board")
    assert view is not None
    seen: set[str] = set()
    for _ in range(400):
        settle(w)
        seen |= assert_texts_are_plain(auto, approved, flagged)
        if bool(view.property("atYEnd")) and not cards.is_loading() and cards.rowCount() == cards.size():
            break
        view.setProperty("contentY", float(view.property("contentY")) + view.height() * 0.5)
        process()
    settle(w)
    seen |= assert_texts_are_plain(auto, approved, flagged)
    assert seen == approved

    # The home screen's attract strip too.
    auto.shell.show("home")
    board(auto).show_attract_now()
    qtbot.waitUntil(lambda: find(w, "home.wallAttract") is not None)
    qtbot.waitUntil(lambda: bool(assert_texts_are_plain(auto, approved, flagged)))


def test_under_pre_nothing_from_the_corpus_reaches_the_wall(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    vm = compose(kiosk)
    for raw in corpus()[::7]:
        clock.advance(3601)
        vm.start()
        vm.setText(raw)
        if vm.property("canSend"):
            vm.send()
            qtbot.waitUntil(lambda: not sending(kiosk).property("busy"))
    store = Store(kiosk, clock)
    try:
        assert store.rows() and store.on_board() == []
    finally:
        store.close()
    kiosk.shell.show("wall")
    qtbot.waitUntil(lambda: board(kiosk).card_model.is_loaded())
    assert find(kiosk.window.window, "wall.empty") is not None
