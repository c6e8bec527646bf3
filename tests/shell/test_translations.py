"""The kiosk changes language while it runs: every visible string goes through the catalogue, Python-made words
(dates, door and tool labels, choices, notices, error words) follow a switch, and the catalogue is current.

The UI tests build a TEST catalogue from the sources (tests/shell/pseudo_catalogue.py: every message
"⟦pseudo-translated⟧", installed as Welsh) and look at every visible text item of every screen (the
screenshot scenes: kiosk.screenshot_command.scene_book). What is allowed to stay as it is, because it is data
and not the kiosk's words: listing details as staff typed them, wall messages, the site's name, file paths,
e-mail and web addresses, what is typed into a field, language names in their own language, and Qt Virtual
Keyboard's keys.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from pytestqt.exceptions import TimeoutError

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock, local_date
from kiosk.core.events import LanguageChanged
from kiosk.core.paths import assets_dir
from kiosk.screenshot_command import scene_book
from kiosk.shell.language import language_name
from kiosk.wall.rules.demo_wall import SAMPLE_MESSAGES
from kiosk.whatson.rules.demo_listings import demo_listings
from tests.shell.pseudo_catalogue import (
    CLOSE,
    OPEN,
    TEST_LANGUAGE,
    english_left,
    locale_words,
    lupdate,
    make_catalogue,
    pseudo,
    visible_texts,
)
from tests.support.qmlhelpers import find, settle
from tests.support.qtkiosk import make_kiosk
from tests.support.whatson_support import store_listings

T = TypeVar("T")
SCENES = scene_book()
# What the scenes themselves type or drop in (data, as a visitor or staff member would).
TYPED = ("Sam at counter 12 for being so patient with my mum. You made a hard day much easier 😊",
         "Thank you to Sam at counter 12 for being so patient with my mum. You made a hard day much easier 😊",
         "Thank you to Sam at counter 12 for being so patient with my mum 😊", "Bring a friend!", "Garden room",
         "(new time)", "Garden party.jpg", "Lunch club.png", "The leader is unwell — back next week",
         "Closed for the holidays")


def sources(ts: Path) -> set[str]:
    """The messages of a catalogue (those it still uses: not the vanished or obsolete ones)."""
    found = set()
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("vanished", "obsolete"):
            found.add(message.findtext("source") or "")
    return found


def test_catalogue_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "kiosk_en.ts"
    lupdate(fresh)
    committed = sources(assets_dir() / "i18n" / "kiosk_en.ts")
    assert sources(fresh) == committed, "run `make translations` and commit assets/i18n/kiosk_*.ts"
    assert "Did you experience kindness today?" in committed
    assert "From staff here" in committed  # Python-side strings are in it too
    contexts = {c.findtext("name") for c in ET.parse(fresh).getroot().iter("context")}
    assert "" not in contexts, "a translate call lupdate cannot read (e.g. an alias named `tr`) lost its context"


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding kiosk_cy.qm: the pseudo-translated TEST catalogue (made once for this module)."""
    directory = tmp_path_factory.mktemp("i18n")
    make_catalogue(directory)
    return directory


@pytest.fixture
def two_languages(data_dir: Path) -> settings.Config:
    return settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides={"kiosk.languages": ["en", TEST_LANGUAGE]})


@pytest.fixture
def kiosk2(qtbot, two_languages: settings.Config, clock: ManualClock, catalogue: Path) -> Iterator[Kiosk]:  # type: ignore[no-untyped-def]
    """A kiosk offering English and the TEST language, with the demo listings in its store."""
    store_listings(two_languages, demo_listings(local_date(clock.now(), two_languages.timezone)))
    k = make_kiosk(qtbot, two_languages, clock, QSize(1080, 1920))
    k.language.directory = catalogue
    yield k
    k.close()
    gc.collect()


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, tuple | frozenset | list):
        for v in value:
            yield from _strings(v)


def data_texts(kiosk: Kiosk) -> list[str]:
    """Everything on screen that is data: the listings' details, the wall's messages, the site's name."""
    from kiosk.whatson.scenes import imported_sample

    today = local_date(kiosk.clock.now(), kiosk.config.timezone)
    listings = (*demo_listings(today), imported_sample(today, kiosk.config.timezone, kiosk.config.categories_file))
    found = [s for x in listings for s in _strings(x)]
    found += [m.text for m in SAMPLE_MESSAGES] + list(TYPED)
    found += [kiosk.config.site_name, kiosk.config.kiosk_id, *map(language_name, kiosk.config.languages)]
    return [s for s in found if len(s) > 1]


def screen_texts(kiosk: Kiosk) -> list[tuple[str, str]]:
    window = kiosk.window.window
    QCoreApplication.processEvents()
    settle(window)
    return visible_texts(window)


def untranslated(kiosk: Kiosk, allowed: set[str]) -> list[tuple[str, str, list[str]]]:
    """Visible texts with English words left in them: (nearest objectName, the text, the English words)."""
    data = data_texts(kiosk)
    found = []
    for name, text in screen_texts(kiosk):
        words = english_left(text, data, allowed)
        if words:
            found.append((name, text, words))
    return found


def not_english(kiosk: Kiosk) -> list[tuple[str, str]]:
    """Visible texts still showing the TEST catalogue's words (a message a visitor wrote while the kiosk was in
    the TEST language starts with its prompt in that language: that is the visitor's text, data)."""
    data = [pseudo(prompt) for prompt in ("Thank you to ", "Today someone ", "A kind thing I saw: ")]
    found = []
    for name, text in screen_texts(kiosk):
        for piece in data:
            text = text.replace(piece, "")
        if OPEN in text or CLOSE in text:
            found.append((name, text))
    return found


def switch(kiosk: Kiosk, qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(kiosk.shell.languageChanged, timeout=5000):
        kiosk.shell.setLanguage(code)  # as a tap on the home screen's language picker does
    assert kiosk.shell.property("language") == code


def eventually(qtbot, found: Callable[[], list[T]]) -> list[T]:  # type: ignore[no-untyped-def]
    """What `found()` returns once it is empty (waiting up to 5 s), or what it still returns then."""
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: found() == [], timeout=5000)
    return found()


def play(kiosk: Kiosk, scene: str) -> None:
    """A scene from the home screen, as after every visitor (kiosk screenshots does the same)."""
    kiosk.shell.goHome()
    SCENES.play(scene, kiosk)


def idle(kiosk: Kiosk) -> bool:
    return kiosk.shell.idle_seconds() >= kiosk.config.idle_timeout_seconds


def test_every_screen_is_in_the_language_chosen_while_the_kiosk_runs(qtbot, kiosk2: Kiosk) -> None:  # type: ignore[no-untyped-def]
    allowed = locale_words(TEST_LANGUAGE)
    assert kiosk2.shell.property("language") == "en"
    problems, idle_scenes = {}, []
    for scene in SCENES.names:
        if kiosk2.shell.property("language") != TEST_LANGUAGE:
            switch(kiosk2, qtbot, TEST_LANGUAGE)  # while the kiosk runs, on whatever screen it shows
        play(kiosk2, scene)
        assert screen_texts(kiosk2), f"{scene}: no text on screen"
        if idle(kiosk2):  # the scene let a minute pass untouched: the kiosk is back in its first language
            assert kiosk2.shell.property("language") == "en" and not_english(kiosk2) == [], scene
            idle_scenes.append(scene)
            continue
        left = untranslated(kiosk2, allowed)
        if left:
            problems[scene] = left
    assert problems == {}, "English left on screen after the switch"
    assert idle_scenes == ["home-wall"]

    switch(kiosk2, qtbot, "en")
    problems_en = {}
    for scene in SCENES.names:
        play(kiosk2, scene)
        left_en = not_english(kiosk2)
        if left_en:
            problems_en[scene] = left_en
    assert problems_en == {}, "TEST-catalogue words left on screen after switching back to English"


# The language is picked on the home screen (and goes back to the first one when the kiosk is idle), so most
# screens are made in the new language when they are next opened — the test above. Every screen also changes
# at once if the language is switched while it shows.
LIVE = SCENES.names


@pytest.mark.parametrize("screen", LIVE)
def test_the_screen_in_view_changes_language_at_once(qtbot, kiosk2: Kiosk, screen: str) -> None:  # type: ignore[no-untyped-def]
    allowed = locale_words(TEST_LANGUAGE)
    play(kiosk2, screen)
    assert not_english(kiosk2) == []
    before = screen_texts(kiosk2)
    assert before, f"{screen}: no text on screen"
    switch(kiosk2, qtbot, TEST_LANGUAGE)
    # Lists that read their rows again on the database thread (the wall's queue) come back a moment later.
    assert eventually(qtbot, lambda: untranslated(kiosk2, allowed)) == [], f"{screen}: English left"
    assert screen_texts(kiosk2) != before
    switch(kiosk2, qtbot, "en")
    assert eventually(qtbot, lambda: not_english(kiosk2)) == [], f"{screen}: TEST words left"


def test_the_language_chooser_offers_each_language_in_its_own_name(qtbot, kiosk2: Kiosk) -> None:  # type: ignore[no-untyped-def]
    from tests.support.qmlhelpers import tap

    window = kiosk2.window.window
    tap(window, "language.button")
    qtbot.waitUntil(lambda: find(window, "language.choice.cy") is not None)
    english, welsh = find(window, "language.choice.en"), find(window, "language.choice.cy")
    assert english is not None and welsh is not None
    assert (english.property("label"), welsh.property("label")) == ("English", "Cymraeg")
    with qtbot.waitSignal(kiosk2.shell.languageChanged):
        tap(window, "language.choice.cy")
    assert kiosk2.shell.property("language") == TEST_LANGUAGE
    assert welsh.property("selected") and not english.property("selected")


def test_one_language_shows_no_picker(kiosk: Kiosk) -> None:
    assert find(kiosk.window.window, "language.button") is None  # not shown
    assert kiosk.shell.property("languages") == ["en"]


def test_home_date_door_labels_and_notice_follow_the_switch(qtbot, kiosk2: Kiosk) -> None:  # type: ignore[no-untyped-def]
    heard: list[object] = []
    kiosk2.events.subscribe(LanguageChanged, heard.append)
    kiosk2.shell.set_notice(lambda: QCoreApplication.translate("checkin", "Yes"))
    window = kiosk2.window.window
    date = find(window, "home.date")
    assert date is not None and date.property("text") == "Wednesday 25 November 2026"
    switch(kiosk2, qtbot, TEST_LANGUAGE)
    assert date.property("text") == "Dydd Mercher 25 Tachwedd 2026"
    doors = kiosk2.shell.property("doors")
    labels = [doors.data(doors.index(i, 0)) for i in range(doors.rowCount())]
    assert labels and all(label.startswith(OPEN) for label in labels)
    assert kiosk2.shell.property("notice").startswith(OPEN)
    assert heard == [LanguageChanged(TEST_LANGUAGE)]
    switch(kiosk2, qtbot, "en")
    assert date.property("text") == "Wednesday 25 November 2026"
    assert kiosk2.shell.property("notice") == "Yes"
    assert heard == [LanguageChanged(TEST_LANGUAGE), LanguageChanged("en")]


def test_a_language_the_kiosk_does_not_offer_changes_nothing(qtbot, kiosk2: Kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk2.shell.setLanguage("fr")
    assert kiosk2.shell.property("language") == "en"
    assert kiosk2.shell.property("languages") == ["en", TEST_LANGUAGE]


def test_idle_kiosk_goes_back_to_its_first_language(qtbot, kiosk2: Kiosk, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    switch(kiosk2, qtbot, TEST_LANGUAGE)
    kiosk2.shell.tick()
    assert kiosk2.shell.property("language") == TEST_LANGUAGE  # a visitor is still here
    clock.advance(kiosk2.config.idle_timeout_seconds)
    kiosk2.shell.tick()
    assert kiosk2.shell.property("language") == "en"


def test_an_answer_is_stored_with_the_language_in_use(qtbot, kiosk2: Kiosk) -> None:  # type: ignore[no-untyped-def]
    from tests.support.qmlhelpers import tap
    from tests.support.qtkiosk import rows

    switch(kiosk2, qtbot, TEST_LANGUAGE)
    kiosk2.shell.openCheckin()
    qtbot.waitUntil(lambda: find(kiosk2.window.window, "checkin.answer.no") is not None)
    with qtbot.waitSignal(kiosk2.checkin.recorded):
        tap(kiosk2.window.window, "checkin.answer.no")
    assert [r["language"] for r in rows(kiosk2.config)] == [TEST_LANGUAGE]


def test_a_language_written_right_to_left_mirrors_the_layout(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from kiosk.shell.language import LanguageSwitch

    switch_ = LanguageSwitch(("en", "ar", "ur"), directory=Path("/nonexistent"))
    try:
        assert switch_.set("en") and qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert switch_.set("ar") and qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert switch_.set("ur") and qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert switch_.set("en") and qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        switch_.set("ar")
    finally:
        switch_.close()  # gives the application back its left-to-right layout and its locale
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_words_kept_for_later_are_translated_when_read(qapp, catalogue: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    from kiosk.shell.language import later, words

    label = later.translate("checkin", "Yes")
    assert (label.context, label.source) == ("checkin", "Yes") and words(label) == "Yes"
    translator = QTranslator()
    assert translator.load(f"kiosk_{TEST_LANGUAGE}", str(catalogue))
    QCoreApplication.installTranslator(translator)
    try:
        assert words(label) == str(label) == pseudo("Yes")  # the same object, read again after the switch
        assert words(("checkin", "No")) == pseudo("No") and words("data stays") == "data stays"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert words(label) == "Yes"
