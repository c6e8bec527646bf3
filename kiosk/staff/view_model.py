"""Staff mode: the hidden gesture opens a PIN pad; the right PIN opens the staff tools.

The PIN is checked on the database thread (scrypt); five wrong PINs lock the pad for five minutes.
Staff mode ends when the home screen returns (the Leave button or the idle timeout).
Thread: GUI.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.shell.choices import Choice, ChoiceListModel
from kiosk.shell.shell_model import ShellViewModel
from kiosk.staff.pin_store import read_hash
from kiosk.staff.rules import PinGuard, verify_pin

MAX_DIGITS = 8


class StaffViewModel(QObject):
    enteredChanged = Signal()
    messageChanged = Signal()
    activeChanged = Signal()
    checkingChanged = Signal()
    toolsChanged = Signal()

    def __init__(self, data_dir: Path, clock: Clock, background: Background, shell: ShellViewModel,
                 lockout_seconds: float = 300.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir, self._background, self._shell = data_dir, background, shell
        self._guard = PinGuard(clock, lockout_seconds=lockout_seconds)
        self._pin = ""
        self._message = ""
        self._checking = False
        self._active = False
        self._tools: list[Choice] = []
        self._tool_screens: dict[str, str] = {}
        self._tools_model = ChoiceListModel([], self)
        shell.on_home(self._end)

    def add_tool(self, key: str, label: str, screen: str, hint: str = "") -> None:
        """A feature's staff screen, shown as a button on the staff home screen."""
        self._tools.append(Choice(key, label, hint))
        self._tool_screens[key] = screen
        self._tools_model = ChoiceListModel(self._tools, self)
        self.toolsChanged.emit()

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
        return self._message

    @Property(bool, notify=activeChanged)
    def active(self) -> bool:
        return self._active

    @Property(bool, notify=checkingChanged)
    def checking(self) -> bool:
        return self._checking

    @Property(QObject, notify=toolsChanged)
    def tools(self) -> ChoiceListModel:
        return self._tools_model

    def _set(self, message: str | None = None) -> None:
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
        tr = QCoreApplication.translate
        if self._checking:
            return
        locked = self._guard.locked_for()
        if locked > 0:
            minutes = max(1, round(locked / 60))
            self._pin = ""
            self._set(tr("staff", "Too many wrong PINs. Please try again in %n minute(s).", "", minutes))
            return
        if len(self._pin) < 4:
            self._set(tr("staff", "The PIN has at least 4 digits."))
            return
        pin, self._pin = self._pin, ""
        self._checking = True
        self._set()
        self._background.op(self._check, pin).success(self._checked).failure(self._check_failed).run()

    def _check(self, pin: str) -> bool | None:
        stored = read_hash(self._data_dir)
        return None if stored is None else verify_pin(pin, stored)

    def _checked(self, ok: bool | None) -> None:
        tr = QCoreApplication.translate
        self._checking = False
        if ok is None:
            self._set(tr("staff", "No staff PIN is set on this kiosk yet. Set one with: kiosk staff set-pin"))
        elif ok:
            self._guard.succeeded()
            self._active = True
            self._message = ""
            self._shell.show("staff")
            self._set()
        else:
            self._guard.failed()
            if self._guard.locked_for() > 0:
                minutes = max(1, round(self._guard.locked_for() / 60))
                self._set(tr("staff", "Too many wrong PINs. Please try again in %n minute(s).", "", minutes))
            else:
                self._set(tr("staff", "That PIN is not right. %n tries left.", "", self._guard.tries_left))

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self._set(QCoreApplication.translate("staff", "The PIN could not be checked. Please try again."))
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
        if self._active or self._pin:
            self._active = False
            self._pin = ""
            self._set("")
