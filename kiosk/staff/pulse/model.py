"""The staff pulse card's view model: "Did you experience kindness at work today?" as staff mode opens.

Yes / Not sure / No store the answer (site and date only) and start the quiet time; "Skip" and "I've already
answered today" start the quiet time and store nothing. Each goes on into staff mode — an answer with a
one-line thank-you on the staff home — once the store has it (or, if the store fails, with the error notice:
staff mode is never held up by the question). A second tap while one is being stored does nothing.
Thread: GUI (the store is written on the database thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.shell.language import Words, later
from kiosk.shell.shell_model import ShellViewModel
from kiosk.staff.pulse.rules import PulseAnswer

if TYPE_CHECKING:
    from kiosk.staff.pulse.service import StaffPulse
    from kiosk.staff.view_model import StaffViewModel

SCREEN = "staff.pulse"
THANKS = later.translate("staff", "Thank you. Your answer is in, with no name on it.")


class StaffPulseViewModel(QObject):
    busyChanged = Signal()

    def __init__(self, pulse: StaffPulse, background: Background, shell: ShellViewModel, staff: StaffViewModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pulse, self._background, self._shell, self._staff = pulse, background, shell, staff
        self._busy = False

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        """An answer or a skip is being stored (the buttons wait)."""
        return self._busy

    def _ready(self) -> bool:
        return not self._busy and self._staff.is_active() and self._shell.screen == SCREEN

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    @Slot(str)
    def answer(self, key: str) -> None:
        self._shell.activity()
        if not self._ready() or key not in set(PulseAnswer):
            return
        self._set_busy(True)
        self._background.op(self._pulse.answer, PulseAnswer(key)).success(
            lambda _record: self._go_on(THANKS)).failure(self._failed).run()

    @Slot()
    def skip(self) -> None:
        self._quiet()

    @Slot()
    def alreadyAnswered(self) -> None:
        self._quiet()

    def _quiet(self) -> None:
        self._shell.activity()
        if not self._ready():
            return
        self._set_busy(True)
        self._background.op(self._pulse.stay_quiet).success(lambda _none: self._go_on("")).failure(
            self._failed).run()

    def _go_on(self, note: Words) -> None:
        self._set_busy(False)
        if self._shell.screen == SCREEN:  # not if staff mode ended meanwhile
            self._staff.continue_in(note)

    def _failed(self, error: BaseException) -> None:
        self._background.errors.report(error)  # the notice says it did not save
        self._go_on("")
