"""Languages per visitor, on the real QML kiosk offscreen: the language button in the visitor's tools bar opens a
chooser with each language in its own name and script; a tap switches the words (a tiny test catalogue), mirrors
the window for Arabic and Urdu (not for Polish), switches the on-screen keyboard's layout (Qt's Arabic one, the
kiosk's own Urdu one) and the date and number formats; the idle timeout puts it all back; each check-in keeps the
language it was answered in."""

from __future__ import annotations

import gc
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.demo import DEMO_LANGUAGES
from kiosk.shell.keyboard import keyboard_locale, layouts_dir
from tests.shell.pseudo_catalogue import TOOLS
from tests.support.qmlhelpers import find, must_find, tap, walk
from tests.support.qtkiosk import make_kiosk, rows

NAMES = ["English", "Gàidhlig", "Polski", "Українська", "العربية", "اردو"]
# A tiny catalogue per language: the home screen's greeting and the chooser's title.
GREETING = {"pl": "Dzień dobry", "ar": "صباح الخير", "ur": "صبح بخیر"}
TITLE = {"pl": "Wybierz język", "ar": "اختر لغتك", "ur": "اپنی زبان چنیں"}
URDU_LETTERS = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےآ"


def _catalogue(directory: Path, code: str) -> None:
    ts = directory / f"kiosk_{code}.ts"
    ts.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="{code}">
<context><name>HomeView</name><message><source>Good morning</source>
<translation>{GREETING[code]}</translation></message></context>
<context><name>LanguageChooser</name><message><source>Choose your language</source>
<translation>{TITLE[code]}</translation></message></context>
</TS>
""", encoding="utf-8")
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("i18n")
    for code in GREETING:
        _catalogue(directory, code)
    return directory


@pytest.fixture
def six(qtbot, data_dir: Path, clock: ManualClock, catalogues: Path) -> Iterator[Kiosk]:  # type: ignore[no-untyped-def]
    """A kiosk offering the demo's six languages, English first, with the tiny catalogues."""
    config = settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides={"kiosk.languages": list(DEMO_LANGUAGES)})
    k = make_kiosk(qtbot, config, clock, QSize(1080, 1920))
    k.language.directory = catalogues
    yield k
    k.close()
    gc.collect()


def qml(item: QQuickItem, expression: str) -> object:
    """`expression` evaluated in QML on `item` (attached properties such as LayoutMirroring, Accessible)."""
    context = QQmlEngine.contextForObject(item)
    assert context is not None
    value, undefined = QQmlExpression(context, item, expression).evaluate()
    assert not undefined, expression
    return value


def open_chooser(qtbot, kiosk: Kiosk) -> QQuickItem:  # type: ignore[no-untyped-def]
    window = kiosk.window.window
    tap(window, "language.button")
    qtbot.waitUntil(lambda: find(window, "language.chooser") is not None)
    chooser = must_find(window, "language.chooser")
    qtbot.waitUntil(lambda: chooser.opacity() == 1.0)
    return chooser


def named(kiosk: Kiosk, name: str) -> QQuickItem:
    """The item named `name`, shown or not."""
    return next(i for i in walk(kiosk.window.window.contentItem()) if i.objectName() == name)


def choose(qtbot, kiosk: Kiosk, code: str) -> None:  # type: ignore[no-untyped-def]
    chooser = open_chooser(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.shell.languageChanged):
        tap(kiosk.window.window, f"language.choice.{code}")
    qtbot.waitUntil(lambda: not chooser.isVisible())  # closed by the choice


def mirrored(qtbot, kiosk: Kiosk) -> bool:  # type: ignore[no-untyped-def]
    """Whether the home screen lays out right to left: it says it is mirrored, and its two doors swap sides (once
    the layouts have been polished)."""
    window = kiosk.window.window
    whatson, wall = must_find(window, "home.whatson"), must_find(window, "home.wall")
    expected = bool(qml(must_find(window, "home"), "LayoutMirroring.enabled"))

    def flipped() -> bool:
        centre = [i.mapToScene(i.boundingRect().center()).x() for i in (whatson, wall)]
        return centre[0] > centre[1]

    qtbot.waitUntil(lambda: flipped() == expected)
    return expected


def greeting(kiosk: Kiosk) -> str:
    return str(must_find(kiosk.window.window, "home.greeting").property("text"))


def test_the_chooser_shows_each_language_in_its_own_name_and_script(qtbot, six: Kiosk) -> None:  # type: ignore[no-untyped-def]
    window = six.window.window
    assert must_find(window, "language.button").isVisible()
    chooser = open_chooser(qtbot, six)
    choices = [must_find(window, f"language.choice.{code}") for code in DEMO_LANGUAGES]
    assert [c.property("label") for c in choices] == NAMES
    u = window.property("u")
    for choice, name in zip(choices, NAMES, strict=True):
        assert qml(choice, "Accessible.name") == name and qml(choice, "Accessible.role") == 43  # Accessible.Button
        assert choice.height() >= 96 * u and choice.width() >= 300 * u  # big touch targets
    assert qml(choices[0], "Accessible.checked") and not qml(choices[4], "Accessible.checked")
    tap(window, "language.close")
    qtbot.waitUntil(lambda: not chooser.isVisible())
    assert six.shell.property("language") == "en"


def test_a_tap_switches_the_words_at_once_and_mirrors_for_arabic_and_urdu_only(qtbot, six: Kiosk) -> None:  # type: ignore[no-untyped-def]
    assert greeting(six) == "Good morning" and not mirrored(qtbot, six)
    choose(qtbot, six, "pl")
    assert greeting(six) == GREETING["pl"] and not mirrored(qtbot, six)
    assert must_find(six.window.window, "language.button").property("visible")
    for code in ("ar", "ur"):
        choose(qtbot, six, code)
        assert greeting(six) == GREETING[code] and mirrored(qtbot, six), code
        assert six.shell.property("rightToLeft")
        assert six.shell.property("languageName") == NAMES[DEMO_LANGUAGES.index(code)]
    chooser = open_chooser(qtbot, six)
    title = next(i for i in walk(chooser) if i.property("text") == TITLE["ur"])
    assert title.isVisible()  # the chooser itself speaks the language in use
    tap(six.window.window, "language.choice.en")
    assert greeting(six) == "Good morning" and not mirrored(qtbot, six)


def keys(kiosk: Kiosk) -> set[str]:
    """The letters on the visible keys of the on-screen keyboard (and what a long press on them offers)."""
    panel = must_find(kiosk.window.window, "keyboard.panel")
    found: set[str] = set()
    for item in walk(panel):
        if item.isVisible() and item.inherits("QQuickItem"):
            for name in ("text", "alternativeKeys"):
                try:
                    value = item.property(name)
                except RuntimeError:  # the keyboard's own popup of alternatives, not a key's list of them
                    continue
                if isinstance(value, str):
                    found.update(value)
                elif isinstance(value, list):
                    found.update("".join(map(str, value)))
    return found


def test_the_keyboard_follows_the_language(qtbot, six: Kiosk) -> None:  # type: ignore[no-untyped-def]
    window = six.window.window
    window.setProperty("keyboardWanted", True)  # as a text field taking focus does
    qtbot.waitUntil(lambda: find(window, "keyboard.panel") is not None and "q" in keys(six), timeout=10000)
    assert set("àèìòù") <= keys(six)  # English layout: Gaelic's accents are a long press away
    choose(qtbot, six, "ar")
    qtbot.waitUntil(lambda: "ض" in keys(six), timeout=10000)  # Qt's Arabic layout
    assert "q" not in keys(six) and "ڑ" not in keys(six)
    choose(qtbot, six, "ur")
    qtbot.waitUntil(lambda: "ڑ" in keys(six), timeout=10000)  # the kiosk's own Urdu layout
    assert set(URDU_LETTERS) <= keys(six), set(URDU_LETTERS) - keys(six)
    choose(qtbot, six, "uk")
    qtbot.waitUntil(lambda: "ї" in keys(six), timeout=10000)


def test_dates_and_numbers_follow_the_language(qtbot, six: Kiosk) -> None:  # type: ignore[no-untyped-def]
    date = must_find(six.window.window, "home.date")
    assert date.property("text") == "Wednesday 25 November 2026" and QLocale().toString(1234.5) == "1,234.5"
    choose(qtbot, six, "pl")
    assert date.property("text") == "środa 25 listopada 2026"
    assert QLocale().toString(12345.5) == QLocale("pl").toString(12345.5) and QLocale().toString(12345.5)[-2:] == ",5"
    choose(qtbot, six, "ar")
    assert "نوفمبر" in str(date.property("text")) and QLocale().toString(1234.5) == QLocale("ar").toString(1234.5)
    assert QLocale().toString(1234.5) != "1,234.5"


def test_idle_puts_the_language_direction_keyboard_and_chooser_back(qtbot, six: Kiosk, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, six, "ar")
    six.window.window.setProperty("keyboardWanted", True)
    qtbot.waitUntil(lambda: find(six.window.window, "keyboard.panel") is not None and "ض" in keys(six), timeout=10000)
    chooser = open_chooser(qtbot, six)
    six.shell.tick()
    assert six.shell.property("language") == "ar" and chooser.isVisible()  # the visitor is still here
    with qtbot.waitSignal(six.shell.visitorLeft):
        clock.advance(six.config.idle_timeout_seconds)
        six.shell.tick()
    assert six.shell.property("language") == "en" and not six.shell.property("rightToLeft")
    assert six.shell.property("keyboardLocale") == "en_GB" and QLocale().name() == QLocale("en").name()
    qtbot.waitUntil(lambda: not chooser.isVisible())
    assert not mirrored(qtbot, six) and greeting(six) == "Good morning"
    qtbot.waitUntil(lambda: "q" in keys(six), timeout=10000)


def test_each_check_in_keeps_the_language_it_was_answered_in(qtbot, six: Kiosk) -> None:  # type: ignore[no-untyped-def]
    window = six.window.window
    for code in ("ur", "pl"):
        choose(qtbot, six, code)
        six.shell.openCheckin()
        qtbot.waitUntil(lambda: find(window, "checkin.answer.no") is not None)
        six.clock.advance(six.config.repeat_guard_seconds)  # type: ignore[attr-defined]
        with qtbot.waitSignal(six.checkin.recorded):
            tap(window, "checkin.answer.no")
        six.shell.goHome()
    assert [r["language"] for r in rows(six.config)] == ["ur", "pl"]


def test_the_visitor_bar_is_on_visitor_screens_only(qtbot, six: Kiosk) -> None:  # type: ignore[no-untyped-def]
    bar = named(six, "visitorBar")
    assert bar.isVisible()
    six.shell.openCheckin()
    qtbot.waitUntil(lambda: six.shell.property("screen") == "checkin")
    assert bar.isVisible()
    six.shell.show("staff.pin")
    assert not bar.isVisible()
    six.shell.goHome()
    assert bar.isVisible()


def test_one_language_shows_no_language_button(kiosk: Kiosk) -> None:
    assert not named(kiosk, "language.button").isVisible() and named(kiosk, "visitorBar").isVisible()


def test_each_language_has_a_keyboard_layout() -> None:
    available = sorted(p.name for p in layouts_dir().iterdir() if p.is_dir())
    assert [keyboard_locale(code, available) for code in DEMO_LANGUAGES] == ["en_GB", "en_GB", "pl_PL", "uk_UA",
                                                                              "ar_AR", "ur_PK"]
    assert keyboard_locale("fr", available) == "en_GB" and keyboard_locale("uk_UA", available) == "uk_UA"
    for name in available:  # Qt needs every layout type in each locale's directory, or a .fallback for it
        kinds = {p.stem for p in (layouts_dir() / name).iterdir()}
        assert kinds >= {"main", "digits", "dialpad", "numbers", "symbols"}, name
    urdu = (layouts_dir() / "ur_PK" / "main.qml").read_text(encoding="utf-8")
    typed = "".join(chr(int(h, 16)) for h in re.findall(r"\\u([0-9A-F]{4})", urdu))
    assert set(URDU_LETTERS) <= set(typed), set(URDU_LETTERS) - set(typed)
