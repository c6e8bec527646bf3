"""The language the kiosk speaks, switchable while it runs, and UI words kept untranslated until they are read.

`LanguageSwitch.set("cy")` swaps the installed catalogue (assets/i18n/kiosk_cy.qm, compiled by `make`), makes
that language's locale the default (dates, numbers, text direction), has the QML engine re-evaluate every qsTr
binding, tells the view models (`changed`, which ShellViewModel passes on as `languageChanged`) and publishes
`LanguageChanged` on the event hub. English is the source language: its catalogue only adds plural forms.
When nobody is using the kiosk it goes back to its first language (ShellViewModel.tick).

Nothing the screens show is translated when a Python object is built; it is kept as words that are translated
when read:

    later.translate("wall", "Kindness wall")    # a Text: (context, source), translated by str() / words()
    lambda: self.tr("%n tries left.", "", n)    # a callable, for words with numbers in them (a QObject's
                                                # `tr` is how lupdate sees a plural)

`later.translate` is spelt so that lupdate (`make translations`) finds the string for the catalogue.
Thread: GUI.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlEngine

from kiosk.core.event_hub import EventHub
from kiosk.core.events import LanguageChanged
from kiosk.core.paths import assets_dir

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "en"
_PLACEHOLDER = re.compile(r"%(\d)")


class Text(NamedTuple):
    """A UI string kept as (context, source) and translated each time it is read: `str(text)`."""

    context: str
    source: str

    def __str__(self) -> str:
        return QCoreApplication.translate(self.context, self.source)


class _Later:
    """`later.translate(context, source)`: marks a string for the catalogue now, translates it when read."""

    @staticmethod
    def translate(context: str, source: str) -> Text:
        return Text(context, source)


later = _Later()

# What a view model may keep for the screen: plain text (data, or already made at read time), a Text, or a
# callable that makes the words when called.
Words = str | Text | tuple[str, str] | Callable[[], str]


def words(value: Words) -> str:
    """The words in the language in use now."""
    if isinstance(value, str):
        return value
    if isinstance(value, tuple):
        return QCoreApplication.translate(value[0], value[1])
    return value()


def fill(template: str, *args: object) -> str:
    """Puts args into a translated template's %1 … %9 in one pass (an argument's own "%2" stays as it is)."""
    values = [str(a) for a in args]
    return _PLACEHOLDER.sub(lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0], template)


def right_to_left(locale: QLocale) -> bool:
    """Whether the locale's language is written right to left, read from its own name's first letter (so no Qt
    enum is needed)."""
    name = locale.nativeLanguageName()
    return bool(name) and unicodedata.bidirectional(name[0]) in ("R", "AL")


def language_name(code: str) -> str:
    """A language's name in that language and its script ("Cymraeg", "Gàidhlig", "Українська", "اردو"), as the
    language chooser shows it: with a capital where the script has them (Qt gives "polski", "українська")."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.English and "_" not in code:
        return "English"  # not "American English": the kiosk's English is the source text
    name = locale.nativeLanguageName() or code
    return name[:1].upper() + name[1:]


class LanguageSwitch(QObject):
    """Installs one language's catalogue and locale at a time; `set` may be called at any moment."""

    changed = Signal(str)  # the new language code, after the catalogue, locale and QML have switched

    def __init__(self, languages: Sequence[str], events: EventHub | None = None, directory: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.languages = tuple(languages) or (SOURCE_LANGUAGE,)
        self.directory = directory or assets_dir() / "i18n"  # where kiosk_<code>.qm are looked for
        self._events = events
        self._engine: QQmlEngine | None = None
        self._translator: QTranslator | None = None
        self._current = ""
        self._right_to_left = False
        self._locale_before = QLocale()  # the default locale before this kiosk set its own, given back on close

    @property
    def current(self) -> str:
        return self._current or self.languages[0]

    @property
    def default(self) -> str:
        return self.languages[0]

    @property
    def right_to_left(self) -> bool:
        """Whether the language in use now is written right to left (the window mirrors)."""
        return right_to_left(QLocale(self.current))

    def attach(self, engine: QQmlEngine) -> None:
        """The QML engine whose qsTr bindings follow the language."""
        self._engine = engine
        engine.setUiLanguage(self.current)

    def set(self, code: str) -> bool:
        """Switches to `code` (one of `languages`); False, and nothing changes, for any other code."""
        if code not in self.languages:
            log.warning("language %r is not one of this kiosk's languages %s", code, list(self.languages))
            return False
        if code == self._current:
            return True
        self._install(code)
        locale = QLocale(code)
        QLocale.setDefault(locale)
        self._set_direction(right_to_left(locale))
        self._current = code
        if self._engine is not None:
            self._engine.setUiLanguage(code)
            self._engine.retranslate()
        self.changed.emit(code)
        if self._events is not None:
            self._events.publish(LanguageChanged(code))
        return True

    def _set_direction(self, rtl: bool) -> None:
        """Mirrors the layouts for a language written right to left (and back). Qt's enum is touched only when
        the direction changes: building the Qt namespace's enums costs ~30 ms, which a start-up need not pay."""
        app = QCoreApplication.instance()
        if rtl == self._right_to_left or not isinstance(app, QGuiApplication):
            return
        from PySide6.QtCore import Qt

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self._right_to_left = rtl

    def _install(self, code: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
        translator = QTranslator(self)
        if translator.load(f"kiosk_{code}", str(self.directory)):
            app.installTranslator(translator)
            self._translator = translator
        else:
            translator.deleteLater()
            if code != SOURCE_LANGUAGE:
                log.warning("no catalogue kiosk_%s.qm in %s (run `make`): the screens stay in English", code,
                            self.directory)

    def close(self) -> None:
        """Takes this kiosk's catalogue and locale out of the application (tests build several kiosks in one
        process)."""
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        if self._current:
            QLocale.setDefault(self._locale_before)
        self._set_direction(False)
        self._translator = None
        self._engine = None
