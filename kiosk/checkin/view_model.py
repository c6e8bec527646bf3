"""The check-in view model: answer taps, the follow-up, the repeat-press guard.

The guard's "we already have your answer" notice belongs to the press that caused it: it goes as soon as the
screen changes or a genuine answer is taken, so it never covers the next visitor's question or thank-you
(other features' notices, e.g. a failed save, are left alone).
Answer and follow-up labels are kept as (context, source) and translated when the screen reads them; each
answer is stored with the language the visitor was using. An answer is stored on the database thread; only
after the commit succeeds does the next screen show.
Thread: GUI (storage work goes through kiosk.core.background).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, Followup, RepeatGuard, parse_answers
from kiosk.core.answers import question_version
from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.shell.choices import Choice, ChoiceListModel
from kiosk.shell.error_words import kind_words
from kiosk.shell.language import Words, later
from kiosk.shell.shell_model import ShellViewModel


class CheckInWriter(Protocol):
    """What the view model needs from the check-in use cases (kiosk.checkin.use_cases.CheckIns); runs on the
    database thread."""

    def record(self, checkin: CheckIn) -> CheckIn: ...

    def record_followup(self, followup: CheckInFollowup) -> CheckInFollowup: ...


def _answer_choices(answers: tuple[Answer, ...]) -> list[Choice]:
    labels = {
        Answer.YES: later.translate("checkin", "Yes"),
        Answer.NOT_SURE: later.translate("checkin", "Not sure"),
        Answer.NO: later.translate("checkin", "No"),
    }
    return [Choice(a.value, labels[a]) for a in answers]


def _followup_choices() -> list[Choice]:
    return [
        Choice(Followup.STAFF.value, later.translate("checkin", "From staff here")),
        Choice(Followup.VISITOR.value, later.translate("checkin", "From another visitor")),
        Choice(Followup.ELSEWHERE.value, later.translate("checkin", "Somewhere else")),
    ]


class CheckInViewModel(QObject):
    busyChanged = Signal()
    lastAnswerChanged = Signal()
    recorded = Signal(str)  # the answer key, after the row is committed
    ignored = Signal(str)  # why a tap was not stored: "busy" or "repeat"

    def __init__(self, config: Config, clock: Clock, service: CheckInWriter, background: Background,
                 shell: ShellViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config, self._clock, self._service = config, clock, service
        self._background, self._shell = background, shell
        self._guard = RepeatGuard(clock, config.repeat_guard_seconds)
        answers = parse_answers(list(config.answers))
        self._question = question_version(answers)  # stored with every answer: reports compare like with like
        self._answers = ChoiceListModel(_answer_choices(answers), self,
                                        retranslate_on=shell.languageChanged)
        self._followups = ChoiceListModel(_followup_choices(), self, retranslate_on=shell.languageChanged)
        self._busy = False
        self._current: CheckIn | None = None  # the stored check-in awaiting a follow-up
        self._last_answer = ""
        self._repeat_notice: Words = ""  # the notice this view model put up, until it is taken down
        shell.on_home(self._reset)
        shell.screenChanged.connect(self._clear_repeat_notice)

    @Property(QObject, constant=True)
    def answers(self) -> ChoiceListModel:
        return self._answers

    @Property(QObject, constant=True)
    def followups(self) -> ChoiceListModel:
        return self._followups

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(str, notify=lastAnswerChanged)
    def lastAnswer(self) -> str:
        return self._last_answer

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    def _set_last_answer(self, key: str) -> None:
        if key != self._last_answer:
            self._last_answer = key
            self.lastAnswerChanged.emit()

    @Slot(str)
    def answer(self, key: str) -> None:
        self._shell.activity()
        if self._busy:
            self.ignored.emit("busy")
            return
        if not self._guard.allows():
            self.ignored.emit("repeat")
            self._repeat_notice = lambda: kind_words("repeat")  # words made when shown
            self._shell.set_notice(self._repeat_notice)
            return
        self._clear_repeat_notice()
        answer = Answer(key)
        checkin = CheckIn.new(answer=answer, site=self._config.site_id, kiosk=self._config.kiosk_id,
                              language=self._shell.current_language(), clock=self._clock,
                              timezone=self._config.timezone, question=self._question)
        self._set_busy(True)
        self._background.op(self._service.record, checkin).success(self._stored).failure(self._failed).run()

    def _stored(self, checkin: CheckIn) -> None:
        self._guard.recorded()
        self._set_busy(False)
        self._set_last_answer(checkin.answer.value)
        self.recorded.emit(checkin.answer.value)
        if self._shell.screen != "checkin":
            return  # the visitor left (idle timeout); the answer is stored all the same
        if checkin.answer.asks_followup and self._config.ask_followup:
            self._current = checkin
            self._shell.show("followup")
        else:
            self._shell.show("thanks")

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._background.errors.report(error)

    @Slot(str)
    def followup(self, key: str) -> None:
        self._shell.activity()
        if self._current is None or self._busy:
            return
        record = CheckInFollowup.new(checkin=self._current, followup=Followup(key), clock=self._clock)
        self._set_busy(True)
        self._background.op(self._service.record_followup, record).success(self._followup_stored) \
            .failure(self._failed).run()

    def _followup_stored(self, _record: CheckInFollowup) -> None:
        self._set_busy(False)
        self._current = None
        if self._shell.screen == "followup":
            self._shell.show("thanks")

    @Slot()
    def skip(self) -> None:
        self._shell.activity()
        if self._busy:
            return
        self._current = None
        self._shell.show("thanks")

    def _reset(self) -> None:
        self._current = None

    def _clear_repeat_notice(self) -> None:
        """Takes down the repeat notice if it is still the one showing (never someone else's notice)."""
        if self._repeat_notice:
            self._shell.take_down_notice(self._repeat_notice)
        self._repeat_notice = ""
