"""The app shell's view model: which screen shows, the welcome text, idle and thank-you timeouts, the notice
banner, the home screen's doors, and the language (`setLanguage`, from kiosk.shell.language) with what follows it:
the text direction (`rightToLeft`, which mirrors the window) and the on-screen keyboard's layout (`keyboardLocale`).

Time comes from the injected Clock; a one-second QTimer calls `tick()`, which tests may call directly. Nothing
shown is translated at construction: door labels and notices are kept as words and translated when read,
and a language switch re-reads them (`languageChanged`, which other view models listen to as well). When
nobody has touched the kiosk for screen.idle_timeout_seconds, it goes back to its first language (and with it
the direction and the keyboard), so the next visitor starts there, and `visitorLeft` tells the screens' own
per-visitor state (an open chooser, a mode) to reset. Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QDate, QLocale, QObject, QTimer, QUrl, Signal, Slot

from kiosk.core.clock import Clock, part_of_day
from kiosk.core.config import Config
from kiosk.core.paths import qml_dir
from kiosk.shell.choices import Choice, ChoiceListModel
from kiosk.shell.first_frame import FirstFrame
from kiosk.shell.keyboard import keyboard_locale
from kiosk.shell.language import LanguageSwitch, Words, language_name, words
from kiosk.shell.view_models import ViewModels


# screen name → its QML file; features add theirs with `register_screen`.
def _shell_qml(name: str) -> str:
    return QUrl.fromLocalFile(str(qml_dir() / "Kiosk" / name)).toString()


class ShellViewModel(QObject):
    screenChanged = Signal()
    screenViewChanged = Signal()
    todayChanged = Signal()
    partOfDayChanged = Signal()
    noticeChanged = Signal()
    doorsChanged = Signal()
    viewModelsChanged = Signal()
    overlaysChanged = Signal()
    languageChanged = Signal(str)  # after a switch: the catalogue, locale and QML are already in the new language
    languageNameChanged = Signal()  # each of these three follows languageChanged (one notify signal per property)
    rightToLeftChanged = Signal()
    keyboardLocaleChanged = Signal()
    ticked = Signal()  # after each tick(): features time their own idle behaviour (the wall's attract loop)
    visitorLeft = Signal()  # once, when the idle timeout passes: per-visitor choices go back to the site's own
    welcomeChanged = Signal()
    languagesChanged, keyboardLocalesChanged = Signal(), Signal()  # the centre's site settings changed languages

    def __init__(self, config: Config, clock: Clock, language: LanguageSwitch | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config, self._clock = config, clock
        self._language = language or LanguageSwitch(config.languages, parent=self)
        self._screen = "home"
        self._screens = {"home": _shell_qml("HomeView.qml")}
        self._needs: dict[str, tuple[str, ...]] = {}
        self._resting = {"home"}  # screens the idle timeout leaves alone
        self._home_overlays: list[str] = []
        self.first_frame = FirstFrame()  # what waits for the first frame (kiosk.shell.first_frame)
        self.models = ViewModels(self.viewModelsChanged.emit)
        self._door_screens: dict[str, str] = {}
        self._doors_model = ChoiceListModel([], self, retranslate_on=self.languageChanged)
        self._language_choices = ChoiceListModel([Choice(c, language_name(c)) for c in self._language.languages],
                                                 self)
        self._last_activity = clock.monotonic()
        self._visitor_gone = False  # visitorLeft was sent for this idle spell
        self._screen_since = clock.monotonic()
        self._held = False  # the visitor asked to keep this screen (the thank-you) up: no short timer
        self._today = ""
        self._part_of_day = ""
        self._notice: Words = ""
        self._on_home: list[Callable[[], None]] = []
        self._refresh_today()
        self._language.changed.connect(self._language_switched)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    # -- properties -----------------------------------------------------------------------------
    def _get_screen(self) -> str:
        return self._screen

    screen = Property(str, _get_screen, notify=screenChanged)

    @Property(str, notify=screenViewChanged)
    def screenView(self) -> str:
        """The QML file of the current screen (loaded by Main.qml's Loader)."""
        return self._screens[self._screen]

    def register_screen(self, name: str, qml_url: str, needs: tuple[str, ...] = (), *,
                        stays_when_idle: bool = False) -> None:
        """A feature's screen: its name, the URL of its QML file (`kiosk.core.paths.package_qml`) and the view
        models it reads (`models.<name>`), made before the screen first shows. `stays_when_idle`: the idle
        timeout does not send it home (a screen shown *because* nobody is there: the sleeping screen)."""
        self._screens[name] = qml_url
        self._needs[name] = needs
        if stays_when_idle:
            self._resting.add(name)

    def add_home_overlay(self, qml_url: str, needs: tuple[str, ...] = ()) -> None:
        """A layer over the home screen's welcome (given `u`, `models`, `area`), shown after the first frame."""
        self.first_frame.after(lambda: self._show_overlay(qml_url, needs))

    def _show_overlay(self, qml_url: str, needs: tuple[str, ...]) -> None:
        self.models.require(needs)
        self._home_overlays.append(qml_url)
        self.overlaysChanged.emit()

    @Property(dict, notify=viewModelsChanged)
    def viewModels(self) -> dict[str, QObject]:
        """The view models made so far, by name (QML: `models.<name>`); features' ones appear on first use."""
        return self.models.made()

    @Property(list, notify=overlaysChanged)
    def homeOverlays(self) -> list[str]:
        return list(self._home_overlays)

    def add_door(self, key: str, label: Words, hint: Words, screen: str) -> None:
        """A feature's door on the home screen (below the check-in), objectName `home.<key>`. The label and hint
        are (context, source) pairs — `later.translate("wall", "Kindness wall")` — translated when shown."""
        self._doors_model.append(Choice(key, label, hint))
        self._door_screens[key] = screen

    @Property(QObject, constant=True)
    def doors(self) -> ChoiceListModel:
        return self._doors_model

    @Slot(str)
    def openDoor(self, key: str) -> None:
        self.activity()
        if key in self._door_screens:
            self.show(self._door_screens[key])

    @Property(str, constant=True)
    def siteName(self) -> str:
        return self._config.site_name

    @Property(str, notify=welcomeChanged)
    def welcome(self) -> str:
        return self._config.welcome  # site.welcome; "": the kiosk's own sentence, translated

    @property
    def config(self) -> Config:
        return self._config  # in use now: the file's, the site's from the centre over it (kiosk.core.site_settings)

    def use_config(self, config: Config) -> None:  # welcome line and languages at once; idle: for the next visitor
        old, self._config, switch = self._config, config, self._language
        if config.welcome != old.welcome:
            self.welcomeChanged.emit()
        if config.languages != switch.languages:
            chosen = switch.current if switch.current != switch.default else ""  # a visitor's, kept if still offered
            switch.languages = config.languages
            self._language_choices.set_choices([Choice(c, language_name(c)) for c in switch.languages])
            self.languagesChanged.emit()
            self.keyboardLocalesChanged.emit()
            switch.set(chosen if chosen in switch.languages else switch.default)

    @Property(str, notify=todayChanged)
    def today(self) -> str:
        return self._today

    @Property(str, notify=partOfDayChanged)
    def partOfDay(self) -> str:
        return self._part_of_day

    @Property(str, notify=noticeChanged)
    def notice(self) -> str:
        """A short kind message shown over any screen (e.g. a save that failed); empty when none."""
        return words(self._notice)

    # -- language -------------------------------------------------------------------------------------
    @Property(str, notify=languageChanged)
    def language(self) -> str:
        """The language in use now: one of `languages`."""
        return self._language.current

    def current_language(self) -> str:  # the language in use now, for Python callers (QML reads `language`)
        return self._language.current

    @Property(list, notify=languagesChanged)
    def languages(self) -> list[str]:
        """The languages this kiosk offers (kiosk.languages in the config), the default first."""
        return list(self._language.languages)

    @Property(str, notify=languageNameChanged)
    def languageName(self) -> str:
        """The language in use, named in itself ("Polski", "العربية"): what the language button shows."""
        return language_name(self._language.current)

    @Property(bool, notify=rightToLeftChanged)
    def rightToLeft(self) -> bool:
        """Whether the language in use is written right to left: Main.qml mirrors the whole window then."""
        return self._language.right_to_left

    @Property(str, notify=keyboardLocaleChanged)
    def keyboardLocale(self) -> str:
        """The on-screen keyboard's layout for the language in use ("ar" → "ar_AR", "ur" → "ur_PK")."""
        return keyboard_locale(self._language.current)

    @Property(list, notify=keyboardLocalesChanged)
    def keyboardLocales(self) -> list[str]:
        """The layouts of every language offered, in order and once each (the keyboard's own language key)."""
        return list(dict.fromkeys(keyboard_locale(code) for code in self._language.languages))

    @Property(QObject, constant=True)
    def languageChoices(self) -> ChoiceListModel:
        """The languages as a picker shows them: key = code, label = the language's name in itself."""
        return self._language_choices

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        """Switches the whole kiosk to `code` (one of `languages`) at once, whatever screen is showing."""
        self.activity()
        self._language.set(code)

    @Slot(str)  # a slot, not a plain method: see kiosk.shell.choices.ChoiceListModel.retranslate
    def _language_switched(self, code: str) -> None:
        self._refresh_today(force=True)
        if self._notice:
            self.noticeChanged.emit()
        self.languageChanged.emit(code)
        self.languageNameChanged.emit()
        self.rightToLeftChanged.emit()
        self.keyboardLocaleChanged.emit()

    # -- navigation -----------------------------------------------------------------------------
    def show(self, screen: str) -> None:
        if screen not in self._screens:
            raise ValueError(f"unknown screen {screen!r}")
        self.models.require(self._needs.get(screen, ()))
        self._screen_since = self._clock.monotonic()
        self._held = False
        if screen != self._screen:
            self._screen = screen
            self.screenViewChanged.emit()
            self.screenChanged.emit()
        if screen == "home":
            for callback in self._on_home:
                callback()

    @property
    def clock(self) -> Clock:  # the idle timeout's clock (kiosk.shell.idle_tidy times itself by it too)
        return self._clock

    def resting(self) -> bool:  # the screen is one the idle timeout leaves alone (home, sleeping): nobody's flow
        return self._screen in self._resting

    def on_home(self, callback: Callable[[], None]) -> None:  # drops unfinished flows whenever home returns
        self._on_home.append(callback)

    @Slot()
    def openCheckin(self) -> None:
        self.activity()
        self.show("checkin")

    @Slot()
    def goHome(self) -> None:
        self.show("home")

    @Slot()
    def activity(self) -> None:  # any touch: restarts the idle countdown
        self._last_activity = self._clock.monotonic()
        self._visitor_gone = False

    def hold(self) -> None:
        """Keeps the screen up past its short timer (the thank-you's) until the visitor moves on or the idle
        timeout (which first asks "Do you need more time?"); showing any screen ends the hold."""
        self.activity()
        self._held = True

    def held(self) -> bool:
        return self._held

    def idle_seconds(self) -> float:  # since the last touch, by the injected clock
        return self._clock.monotonic() - self._last_activity

    def set_notice(self, text: Words) -> None:
        """Shows `text` (words: translated when read, so it follows a language switch) over any screen."""
        if text != self._notice:
            self._notice = text
            self.noticeChanged.emit()

    def take_down_notice(self, text: Words) -> None:  # if it is still `text` (never someone else's notice)
        if self._notice is text:
            self.set_notice("")

    @Slot(object)
    def show_error(self, error: BaseException) -> None:
        """The notice for an error nobody else handled, in words made when read (kiosk.shell.error_words)."""
        from kiosk.shell.error_words import error_words

        self.set_notice(lambda: error_words(error))

    @Slot()
    def dismissNotice(self) -> None:
        self.set_notice("")

    # -- time -----------------------------------------------------------------------------------
    @Slot()
    def tick(self) -> None:
        now = self._clock.monotonic()
        self._refresh_today()
        idle = now - self._last_activity >= self._config.idle_timeout_seconds
        thanks_done = (self._screen == "thanks" and not self._held
                       and now - self._screen_since >= self._config.thanks_seconds)
        if thanks_done or (self._screen not in self._resting and idle):
            self.show("home")
        if self._notice and idle:
            self.set_notice("")
        if idle and self._language.current != self._language.default:
            self._language.set(self._language.default)  # the next visitor starts in the kiosk's first language
        if idle and not self._visitor_gone:
            self._visitor_gone = True
            self.visitorLeft.emit()
        self.ticked.emit()

    def _refresh_today(self, *, force: bool = False) -> None:
        moment = self._clock.now().astimezone(ZoneInfo(self._config.timezone))
        today = QLocale(self._language.current).toString(QDate(moment.year, moment.month, moment.day),
                                                         "dddd d MMMM yyyy")
        pod = part_of_day(moment, self._config.timezone)
        if force or (today, pod) != (self._today, self._part_of_day):
            self._today, self._part_of_day = today, pod
            self.todayChanged.emit()
            self.partOfDayChanged.emit()
