"""Staff mode: the hidden gesture opens a PIN pad; the right PIN opens the staff tools.

The PIN is checked on the database thread (scrypt), and so is the lock-out kept on disk (kiosk.staff.pin_check,
imported when the PIN pad first opens): five wrong PINs in a row lock the pad for staff.lockout_seconds, longer
for each lock-out in a row (kiosk.staff.rules.lockout_length); a restart or a clock change does not end it.
While it lasts the PIN screen says how long is left, counting down once a second. Staff mode ends when the home
screen returns (the Leave button or the idle timeout). Tool labels and the PIN pad's messages are kept as words
and translated when read, so a language switch changes them at once.
A feature may put a screen before the staff home (`set_entry`: the staff pulse's question), decided on the
database thread together with the PIN check; `note` is one line the staff home shows (its thank-you).
Thread: GUI (the PIN check and the lock-out file on the database thread).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.core.errors import KioskError
from kiosk.core.events import SyncFinished
from kiosk.shell.choices import Choice, ChoiceListModel
from kiosk.shell.error_words import error_words
from kiosk.shell.language import Words, later, words
from kiosk.shell.shell_model import ShellViewModel

if TYPE_CHECKING:
    from kiosk.staff.pin_check import PinCheck, PinOutcome

MAX_DIGITS = 8


class StaffViewModel(QObject):
    enteredChanged = Signal()
    messageChanged = Signal()
    activeChanged = Signal()
    checkingChanged = Signal()
    noteChanged = Signal()
    syncProblemChanged = Signal()
    noticesChanged = Signal()

    def __init__(self, data_dir: Path, clock: Clock, background: Background, shell: ShellViewModel,
                 lockout_seconds: float = 60.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir, self._background, self._shell = data_dir, background, shell
        self._clock, self._lockout_seconds = clock, lockout_seconds
        self._pins: PinCheck | None = None  # made on the database thread on first use (kiosk.staff.pin_check)
        self._locked_until = 0.0  # the monotonic moment the lock-out ends, for the countdown on screen
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._ticked)
        self._sync_problem: KioskError | None = None  # the last sync's problem, in words when read
        self._pin = ""
        self._message: Words = ""
        self._note: Words = ""
        self._notices: dict[str, Words] = {}  # other features' lines for staff (kiosk.shell.feature_api)
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

    def set_notice(self, key: str, text: Words) -> None:
        """A feature's line on the staff home (`notices`, translated when read); "" takes it down."""
        if self._notices.get(key, "") != text:
            self._notices = {k: v for k, v in (self._notices | {key: text}).items() if v}
            self.noticesChanged.emit()

    notices = Property(str, lambda self: "\n".join(words(t) for _, t in sorted(self._notices.items())),
                       notify=noticesChanged)

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
        self.syncProblemChanged.emit()
        self.noticesChanged.emit()

    def sync_finished(self, event: SyncFinished) -> None:
        """The last sync's outcome (the event hub, GUI thread): staff mode says what to do when it failed."""
        if event.problem is not self._sync_problem:
            self._sync_problem = event.problem
            self.syncProblemChanged.emit()

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

    @Property(str, notify=syncProblemChanged)
    def syncProblem(self) -> str:
        """What went wrong with the last sync, in words that say what to do ("" when it worked or never ran)."""
        return "" if self._sync_problem is None else error_words(self._sync_problem)

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
        self._background.op(self._peek).success(self._peeked).failure(self._check_failed).run()

    @Slot(str)
    def digit(self, d: str) -> None:
        self._shell.activity()
        if d.isdigit() and len(d) == 1 and len(self._pin) < MAX_DIGITS and not self._checking:
            self._pin += d
            self._set(None if self._left() > 0 else "")

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
        if self._left() > 0:
            self._pin = ""
            self._set(self._locked_words)
            return
        if len(self._pin) < 4:
            self._set(later.translate("staff", "The PIN has at least 4 digits."))
            return
        pin, self._pin = self._pin, ""
        self._checking = True
        self._set()
        self._background.op(self._check, pin).success(self._checked).failure(self._check_failed).run()

    # -- on the database thread ----------------------------------------------------------------
    def _pin_check(self) -> PinCheck:
        if self._pins is None:
            from kiosk.staff.pin_check import PinCheck

            self._pins = PinCheck(self._data_dir, self._clock, self._lockout_seconds)
        return self._pins

    def _peek(self) -> float:
        return self._pin_check().locked_for()

    def _check(self, pin: str) -> PinOutcome:
        """Whether the PIN is right (with the lock-out), and — when it is — whether the entry screen shows."""
        return self._pin_check().check(pin, self._entry[0] if self._entry is not None else None)

    # -- back on the GUI thread ------------------------------------------------------------------
    def _left(self) -> float:
        return max(0.0, self._locked_until - self._clock.monotonic())

    def _locked_words(self) -> str:
        left = self._left()
        if left >= 60:
            from kiosk.staff.rules import minutes_left

            return self.tr("Too many wrong PINs. Please try again in %n minute(s).", "", minutes_left(left))
        return self.tr("Too many wrong PINs. Please try again in %n second(s).", "", max(1, math.ceil(left)))

    def _lock(self, seconds: float) -> None:
        self._locked_until = self._clock.monotonic() + seconds
        self._tick.start()
        self._set(self._locked_words)

    @Slot()
    def _ticked(self) -> None:
        if self._left() > 0:
            self.messageChanged.emit()  # the words are made when read: "… in 4 minutes", "… in 3 minutes"
            return
        self._tick.stop()
        if self._message == self._locked_words:
            self._set("")

    def _peeked(self, locked: float) -> None:
        if locked > 0:
            self._lock(locked)

    def _checked(self, outcome: PinOutcome) -> None:
        self._checking = False
        if outcome.locked > 0:
            self._lock(outcome.locked)
        elif outcome.ok is None:
            self._set(later.translate("staff", "No staff PIN is set on this kiosk yet. Set one with: kiosk staff "
                                               "set-pin"))
        elif outcome.ok:
            self._active = True
            self._message = ""
            self._shell.show(self._entry[1] if outcome.entry and self._entry is not None else "staff")
            self._set()
        else:
            tries = outcome.tries_left
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
        self._tick.stop()  # openPin asks the file again
        if self._active or self._pin or self._message:
            self._active = False
            self._pin = ""
            self._set("")
