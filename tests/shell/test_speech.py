"""Read to me with the REAL speech engine (never Qt's mock): Qt TextToSpeech's "speechd" plugin, speech-dispatcher
and espeak-ng, playing into a PulseAudio null sink.

How it runs here and in CI (no sound card, root): tests/support/speech_rig.py starts, once for this module and
from the project's own files (tests/support/speechd/), a PulseAudio server whose only output is a null sink, and
a speech-dispatcher on its own unix socket that uses espeak-ng and sends its sound to that PulseAudio
(PULSE_SERVER); SPEECHD_ADDRESS points this process's libspeechd at it. The null sink keeps real time, so a
reading of the home screen lasts about 30 s, a thank-you about 6 s, and a stop is told from the natural end by
how soon the engine is back to Ready. (ALSA's "null" device, tried first, plays nothing at infinite speed: every
reading ends within ~0.1 s, and a stop could not be told apart.) Every wait polls a condition with a deadline;
the deadlines are several times what these take on a busy 2-core machine. packaging/system-deps.sh installs
speech-dispatcher, speech-dispatcher-espeak-ng, espeak-ng and pulseaudio.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSize
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.screenshot_command import scene_book
from kiosk.shell.speech import Speech
from tests.support.qmlhelpers import must_find, settle, tap
from tests.support.qtkiosk import make_kiosk
from tests.support.speech_rig import speech_rig

OPEN_S = 30  # the engine lists ~13,000 voices when made: ~1.5 s here
STOP_S = 8  # a stop reaches the engine in milliseconds; the home screen takes ~30 s to read to its end


@pytest.fixture(scope="module")
def speech_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with speech_rig(tmp_path_factory.mktemp("speech")) as address:
        yield address


@pytest.fixture
def talking(qtbot: QtBot, data_dir: Path, clock: ManualClock, speech_server: str) -> Iterator[Kiosk]:
    """A kiosk in English, Arabic and Somali (espeak-ng has no Somali voice) with the real engine behind it."""
    config = settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides={"kiosk.languages": ["en", "ar", "so"]})
    kiosk = make_kiosk(qtbot, config, clock, QSize(1080, 1920))
    yield kiosk
    kiosk.close()
    gc.collect()


def wait(qtbot: QtBot, condition: Callable[[], bool], seconds: float) -> None:
    qtbot.waitUntil(condition, timeout=int(seconds * 1000))


def read_and_wait_until_speaking(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window.window
    settle(window)
    tap(window, "readAloud")
    assert kiosk.read_aloud.speaking  # at once: the button shows the reading is on its way
    wait(qtbot, lambda: kiosk.read_aloud.state == "speaking", OPEN_S)
    assert kiosk.read_aloud.speech.state == "speaking"
    button = must_find(window, "readAloud")
    assert button.property("text") == QCoreApplication.translate("ReadAloud", "Stop reading")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_reading_starts_and_finishes_in_the_languages_voice(qtbot: QtBot, talking: Kiosk, language: str) -> None:
    talking.shell.setLanguage(language)
    scene_book().play("thanks", talking)
    read_and_wait_until_speaking(qtbot, talking)
    voice = talking.read_aloud.speech.voices[language]
    assert voice == {"en": "English (Great Britain)", "ar": "Arabic"}[language]
    assert {"en": "Thank you.", "ar": "شكرًا لك."}[language] in talking.read_aloud.last_script  # in its own words
    talking.shell.activity()  # (the thank-you screen would go home after a few seconds of the hand-moved clock)
    wait(qtbot, lambda: talking.read_aloud.state == "idle", 60)
    assert talking.read_aloud.speech.state == "ready"
    assert must_find(talking.window.window, "readAloud").property("text") == QCoreApplication.translate(
        "ReadAloud", "Read to me")


def test_arabic_words_are_spoken_by_the_arabic_voice(qtbot: QtBot, speech_server: str) -> None:
    speech = Speech(["ar"])
    states: list[str] = []
    speech.stateChanged.connect(states.append)
    try:
        speech.say("شكرا لك. جوابك يساعدنا.", "ar")
        wait(qtbot, lambda: "speaking" in states, OPEN_S)
        wait(qtbot, lambda: states[-1] == "ready", 60)
        assert speech.voices == {"ar": "Arabic"}
        assert states[0] == "opening" and "broken" not in states
    finally:
        speech.close()


def _second_tap(kiosk: Kiosk) -> None:
    tap(kiosk.window.window, "readAloud")


def _navigation(kiosk: Kiosk) -> None:
    tap(kiosk.window.window, "home.checkin")


def _language(kiosk: Kiosk) -> None:
    kiosk.shell.setLanguage("ar")


def _idle(kiosk: Kiosk) -> None:
    """The visitor walks away: on the home screen, in the first language, so only the idle rule can stop it."""
    clock = kiosk.clock
    assert isinstance(clock, ManualClock)
    clock.advance(seconds=kiosk.config.idle_timeout_seconds + 1)
    kiosk.shell.tick()


@pytest.mark.parametrize("stop", [_second_tap, _navigation, _language, _idle], ids=lambda f: f.__name__.strip("_"))
def test_a_reading_stops(qtbot: QtBot, talking: Kiosk, stop: Callable[[Kiosk], None]) -> None:
    read_and_wait_until_speaking(qtbot, talking)
    assert len(talking.read_aloud.last_script.split()) > 60  # ~30 s of speech at espeak-ng's pace
    took = QElapsedTimer()
    took.start()
    stop(talking)
    assert not talking.read_aloud.speaking
    wait(qtbot, lambda: talking.read_aloud.speech.state == "ready", STOP_S)
    assert took.elapsed() < STOP_S * 1000
    assert talking.read_aloud.state == "idle"


def test_a_language_without_a_voice_says_so_on_the_button_and_to_staff(qtbot: QtBot, talking: Kiosk) -> None:
    window = talking.window.window
    talking.shell.setLanguage("so")
    settle(window)
    assert talking.read_aloud.state == "idle"  # not known before the engine is asked
    tap(window, "readAloud")
    wait(qtbot, lambda: talking.read_aloud.state == "cannot", OPEN_S)
    assert not talking.read_aloud.speaking and talking.read_aloud.speech.state != "speaking"
    settle(window)
    button = must_find(window, "readAloud")
    note = "Sorry, I cannot read Soomaali aloud yet."
    assert talking.read_aloud.note == note and button.property("subtitle") == note
    assert talking.read_aloud.voiceSummary == "Read to me has a voice for English, العربية; none yet for Soomaali."
    talking.shell.setLanguage("en")
    assert talking.read_aloud.state == "idle" and talking.read_aloud.note == ""
