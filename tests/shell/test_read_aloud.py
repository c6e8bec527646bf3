"""What "Read to me" reads and in which voice (kiosk.shell.read_aloud: pure), the words it takes from the real
QML screens (kiosk.shell.read_aloud_model.screen_node), and its button on the visitor screens. No speech engine
here: tests/shell/test_speech.py speaks with the real one."""

from __future__ import annotations

import pytest

from kiosk.app import Kiosk
from kiosk.screenshot_command import scene_book
from kiosk.shell.read_aloud import Node, Voice, choose_voice, phrases, script, voiced
from kiosk.shell.read_aloud_model import screen_node
from tests.support.qmlhelpers import find, must_find, settle

ESPEAK = [  # a slice of what espeak-ng offers through speech-dispatcher, in its order
    Voice("English (Caribbean)", "en_US"), Voice("English (Caribbean)+Annie", "en_US"),
    Voice("English (Great Britain)+Annie", "en_GB"), Voice("English (Great Britain)", "en_GB"),
    Voice("English (Scotland)", "en_GB"), Voice("Gaelic (Scottish)", "gd_GB"), Voice("Polish", "pl_PL"),
    Voice("Ukrainian", "uk_UA"), Voice("Arabic+Adam", "ar_EG"), Voice("Arabic", "ar_EG"), Voice("Urdu", "ur_PK"),
    Voice("Bishnupriya Manipuri", "C"), Voice("Hawaiian", "haw_US"),
]


def test_phrases_follow_reading_order_and_skip_ignored_and_hidden_items() -> None:
    screen = Node(children=(
        Node("Welcome", children=(Node("drawn inside the heading", ignored=True),)),
        Node("Hidden line", shown=False, children=(Node("inside a hidden item"),)),
        Node(ignored=True, children=(Node("a child of an ignored item is still read"),)),
        Node("Did you experience kindness today?", "Tap to answer.",
             children=(Node("Did you experience kindness today?", ignored=True),)),
        Node("  Done \n "), Node("Done"), Node(""),
    ))
    assert phrases(screen) == ["Welcome", "a child of an ignored item is still read",
                               "Did you experience kindness today?", "Tap to answer.", "Done"]
    assert phrases(Node(shown=False, children=(Node("x"),))) == []


def test_the_script_pauses_between_phrases() -> None:
    assert script(["Thank you", "Your answer helps.", "Is it?", "شكرا", "ہے؟", "ہے۔", "“quoted”"]) == (
        "Thank you.\nYour answer helps.\nIs it?\nشكرا.\nہے؟\nہے۔\n“quoted”.")
    assert script([]) == ""


def test_each_kiosk_language_gets_a_plain_voice_in_its_home_region() -> None:
    assert choose_voice("en", ESPEAK) == Voice("English (Great Britain)", "en_GB")
    assert choose_voice("en_US", ESPEAK) == Voice("English (Caribbean)", "en_US")
    assert choose_voice("ar", ESPEAK) == Voice("Arabic", "ar_EG")  # the plain voice before its variant
    assert choose_voice("haw", ESPEAK) == Voice("Hawaiian", "haw_US")  # not "ha" (Hausa), not "C"
    assert choose_voice("so", ESPEAK) is None
    assert choose_voice("C", ESPEAK) is None
    chosen = voiced(["gd", "pl", "uk", "ur", "so"], ESPEAK)
    assert {c: v.name if v else None for c, v in chosen.items()} == {
        "gd": "Gaelic (Scottish)", "pl": "Polish", "uk": "Ukrainian", "ur": "Urdu", "so": None}


def _words(kiosk: Kiosk) -> list[str]:
    settle(kiosk.window.window)
    return phrases(screen_node(kiosk.read_aloud._screen()))


def test_the_home_screen_is_read_as_a_screen_reader_hears_it(kiosk: Kiosk) -> None:
    assert _words(kiosk) == [
        "Good morning", "Welcome to Riverside Customer Service Centre", "Wednesday 25 November 2026",
        "Take a seat, have a look around, and ask us anything. We are glad you are here.",
        "Did you experience kindness today?", "Tap to answer. One touch, no names.",
        "What's on", "Activities, and places to just drop in", "Kindness wall", "Read and write thank-you notes",
        "Your answer is anonymous. It helps us make this a kinder place.",
    ]


@pytest.mark.parametrize(("scene", "expected"), [
    ("thanks", ["Thank you", "Your answer helps us make this a kinder place for everyone.", "Done",
                "Keep this on screen"]),
    ("thanks-no", ["Thank you for telling us", "We are sorry to hear that. Our staff are here to help. Please speak "
                   "to anyone at the desk, we would like to put it right.", "Done", "Keep this on screen"]),
])
def test_the_thank_you_is_read_in_order(kiosk: Kiosk, scene: str, expected: list[str]) -> None:
    scene_book().play(scene, kiosk)
    assert _words(kiosk) == expected


@pytest.mark.parametrize("scene", ["home", "checkin", "thanks", "whatson", "wall"])
def test_read_to_me_is_on_every_visitor_screen_as_a_big_named_button(kiosk: Kiosk, scene: str) -> None:
    scene_book().play(scene, kiosk)
    window = kiosk.window.window
    settle(window)
    button = must_find(window, "readAloud")
    assert button.height() >= 96 and button.width() >= 96  # u = 1 at 1080 x 1920
    assert button.property("text") == "Read to me"
    assert kiosk.read_aloud.speech.state == "off"  # nothing made until someone taps it


def test_staff_screens_have_no_read_to_me_button_but_a_voices_line(kiosk: Kiosk) -> None:
    scene_book().play("staff", kiosk)
    window = kiosk.window.window
    settle(window)
    assert find(window, "readAloud") is None
    line = must_find(window, "staff.voices")
    assert line.property("text") == "Read to me: tap here to check which languages have a voice."
    assert kiosk.read_aloud.speech.state == "off"  # checked only when staff tap the line
