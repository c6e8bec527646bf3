"""Staff mode: the hidden gesture opens a PIN pad; the right PIN opens the staff tools.

The PIN is checked on the database thread (scrypt); five wrong PINs lock the pad for five minutes.
Staff mode ends when the home screen returns (the Leave button or the idle timeout). Tool labels and the
PIN pad's messages are kept as words and translated when read, so a language switch changes them at once.
A feature may put a screen before the staff home (`set_entry`: the staff pulse's question), decided on the
database thread together with the PIN check; `note` is one line the staff home shows (its thank-you).
Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.shell.choices import Choice, ChoiceListModel
from kiosk.shell.language import Words, later, words
from kiosk.shell.shell_model import ShellViewModel
from kiosk.staff.pin_store import read_hash
from kiosk.staff.rules import PinGuard, verify_pin

MAX_DIGITS = 8


class StaffViewModel(QObject):
    enteredChanged = Signal()
    messageChanged = Signal()
    activeChanged = Signal()
    checkingChanged = Signal()
    noteChanged = Signal()

    def __init__(self, data_dir: Path, clock: Clock, background: Background, shell: ShellViewModel,
                 lockout_seconds: float = 300.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir, self._background, self._shell = data_dir, background, shell
        self._guard = PinGuard(clock, lockout_seconds=lockout_seconds)
        self._pin = ""
        self._message: Words = ""
        self._note: Words = ""
        self._entry: tuple[Callable[[], bool], str] | None = None
        self._checking = False
        self._active = False
        self._tool_screens: dict[str, str] = {}
        self._tools_model = ChoiceListModel([], self, retranslate_on=shell.languageChanged)
        shell.languageChanged.connect(self._language_switched)
        shell.on_home(self._end)

    def add_tool(self, key: str, label: Words, screen: str, hint: Words = "") -> None:
        """A feature's staff screen, shown as a button on the staff home screen. The label and hint are
        (context, source) pairs — `later.translate("wall", "Print a wall poster")` — translated when shown."""
        self._tools_model.append(Choice(key, label, hint))
        self._tool_screens[key] = screen

    def set_entry(self, ask: Callable[[], bool], screen: str) -> None:
        """When the right PIN is typed, `ask()` runs on the database thread (it must not raise); if it says so,
        `screen` shows instead of the staff home (and goes on to it by `continue_in`)."""
        self._entry = (ask, screen)

    def continue_in(self, note: Words = "") -> None:
        """From an entry screen on to the staff home, with `note` as its one line (e.g. a thank-you)."""
        if self._active:
            self._note = note
            self.noteChanged.emit()
            self._shell.show("staff")

    @Slot()
    def _language_switched(self) -> None:
        self.messageChanged.emit()  # the message's words are made when read
        self.noteChanged.emit()

    def is_active(self) -> bool:
        """Whether staff mode is on (the right PIN was typed and the home screen has not come back)."""
        return self._active

    # -- properties ---------------------------------------------------------------------------
    @Property(int, notify=enteredChanged)
    def entered(self) -> int:
        """How many digits have been typed (the PIN itself never leaves this object)."""
        return len(self._pin)

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        return words(self._message)

    @Property(str, notify=noteChanged)
    def note(self) -> str:
        """One line at the top of the staff home (the staff pulse's thank-you), or ""."""
        return words(self._note)

    @Property(bool, notify=activeChanged)
    def active(self) -> bool:
        return self._active

    @Property(bool, notify=checkingChanged)
    def checking(self) -> bool:
        return self._checking

    @Property(QObject, constant=True)
    def tools(self) -> ChoiceListModel:
        return self._tools_model

    def _set(self, message: Words | None = None) -> None:
        if message is not None:
            self._message = message
        for signal in (self.enteredChanged, self.messageChanged, self.activeChanged, self.checkingChanged):
            signal.emit()

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def openPin(self) -> None:
        self._pin = ""
        self._message = ""
        self._shell.show("staff.pin")
        self._set()

    @Slot(str)
    def digit(self, d: str) -> None:
        self._shell.activity()
        if d.isdigit() and len(d) == 1 and len(self._pin) < MAX_DIGITS and not self._checking:
            self._pin += d
            self._set("")

    @Slot()
    def erase(self) -> None:
        self._shell.activity()
        self._pin = self._pin[:-1]
        self._set()

    @Slot()
    def submit(self) -> None:
        self._shell.activity()
        if self._checking:
            return
        locked = self._guard.locked_for()
        if locked > 0:
            self._pin = ""
            self._set(self._locked_words(locked))
            return
        if len(self._pin) < 4:
            self._set(later.translate("staff", "The PIN has at least 4 digits."))
            return
        pin, self._pin = self._pin, ""
        self._checking = True
        self._set()
        self._background.op(self._check, pin).success(self._checked).failure(self._check_failed).run()

    def _check(self, pin: str) -> tuple[bool | None, bool]:
        """Database thread: whether the PIN is right (None: no PIN set), and whether to show the entry screen."""
        stored = read_hash(self._data_dir)
        ok = None if stored is None else verify_pin(pin, stored)
        return ok, bool(ok and self._entry is not None and self._entry[0]())

    def _locked_words(self, seconds: float) -> Words:
        minutes = max(1, round(seconds / 60))
        return lambda: self.tr("Too many wrong PINs. Please try again in %n minute(s).", "", minutes)

    def _checked(self, outcome: tuple[bool | None, bool]) -> None:
        ok, entry = outcome
        self._checking = False
        if ok is None:
            self._set(later.translate("staff", "No staff PIN is set on this kiosk yet. Set one with: kiosk staff "
                                               "set-pin"))
        elif ok:
            self._guard.succeeded()
            self._active = True
            self._message = ""
            self._shell.show(self._entry[1] if entry and self._entry is not None else "staff")
            self._set()
        else:
            self._guard.failed()
            if self._guard.locked_for() > 0:
                self._set(self._locked_words(self._guard.locked_for()))
            else:
                tries = self._guard.tries_left
                self._set(lambda: self.tr("That PIN is not right. %n tries left.", "", tries))

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self._set(later.translate("staff", "The PIN could not be checked. Please try again."))
        self._background.errors.report(error)

    @Slot(str)
    def openTool(self, key: str) -> None:
        self._shell.activity()
        if self._active and key in self._tool_screens:
            self._shell.show(self._tool_screens[key])

    @Slot()
    def leave(self) -> None:
        self._shell.goHome()

    def _end(self) -> None:
        if self._note:
            self._note = ""
            self.noteChanged.emit()
        if self._active or self._pin:
            self._active = False
            self._pin = ""
            self._set("")
