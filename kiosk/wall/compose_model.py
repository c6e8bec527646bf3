"""Writing a kindness-wall message: the draft, prompts to start from, the live count, preview and send.

The draft is what the visitor typed, untouched; `clean_text` runs on every change to give the count, the
kind words near and over the limit, and the preview (exactly the plain text the wall will show). Nothing is
ever cut: over the limit, Send is disabled and the part that does not fit is shown. Sending runs the offline
filter and stores the message on the database thread (kiosk.wall.desk); the repeat limiter (per kiosk) is
asked first. The unfinished draft is dropped whenever the home screen returns (the idle timeout included).
Every line the screen shows is translated when read; a language switch re-reads them. Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.shell.choices import Choice, ChoiceListModel
from kiosk.shell.language import later
from kiosk.shell.shell_model import ShellViewModel
from kiosk.wall.desk import Sent, WallDesk
from kiosk.wall.rules.messages import CleanResult, MessageStatus, TextProblem, clean_text, split_at_limit

if TYPE_CHECKING:
    from kiosk.wall.rules.moderation import RepeatLimiter

OUTCOMES = ("approved", "pending", "flagged", "too_many", "same_text")
SENT_EXTRA_SECONDS = 4.0  # the thank-you after a message stays this much longer than screen.thanks_seconds


def _prompts() -> list[Choice]:
    """Tap-to-start prompts: the label on the chip, and (as hint) the words it starts the message with."""
    return [
        Choice("thanks", later.translate("wall", "Thank you to…"), later.translate("wall", "Thank you to ")),
        Choice("today", later.translate("wall", "Today someone…"), later.translate("wall", "Today someone ")),
        Choice("saw", later.translate("wall", "A kind thing I saw…"), later.translate("wall", "A kind thing I saw: ")),
    ]


class WallComposeViewModel(QObject):
    changed = Signal()  # the draft and everything computed from it
    outcomeChanged = Signal()
    busyChanged = Signal()
    sent = Signal(str)  # the outcome key, after the message is stored (or refused by the limiter)

    def __init__(self, config: Config, clock: Clock, background: Background, desk: WallDesk,
                 shell: ShellViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config, self._clock = config, clock
        self._background, self._desk, self._shell = background, desk, shell
        self._limit = config.wall_max_length
        self._limiter: RepeatLimiter | None = None  # made on the first Send (its module loads the filter)
        self._prompts = ChoiceListModel(_prompts(), self, retranslate_on=shell.languageChanged)
        self._text = ""
        self._clean = clean_text("", self._limit)
        self._busy = False
        self._outcome = ""
        self._after_send: Callable[[str], None] = lambda _outcome: None
        self._sent_at = 0.0
        shell.on_home(self._reset)
        shell.ticked.connect(self._tick)
        shell.languageChanged.connect(self._language_switched)

    @Slot()
    def _language_switched(self) -> None:
        self.changed.emit()  # every line is translated when read
        self.outcomeChanged.emit()

    # -- the draft ----------------------------------------------------------------------------------
    @Property(str, notify=changed)
    def text(self) -> str:
        """The draft exactly as typed."""
        return self._text

    @Slot(str)
    def setText(self, text: str) -> None:
        self._shell.activity()
        if text != self._text:
            self._text = text
            self._clean = clean_text(text, self._limit)
            self.changed.emit()

    @Property(QObject, constant=True)
    def prompts(self) -> ChoiceListModel:
        return self._prompts

    @Property(bool, notify=changed)
    def showPrompts(self) -> bool:
        """The prompts are there to start with: while the draft is empty or is just a prompt."""
        return self._text.strip() == "" or self._text in {c.hint_words() for c in _prompts()}

    @Slot(str)
    def usePrompt(self, key: str) -> None:
        for choice in _prompts():
            if choice.key == key and self.showPrompts:
                self.setText(choice.hint_words())

    @Property(int, constant=True)
    def limit(self) -> int:
        return self._limit

    @Property(int, notify=changed)
    def count(self) -> int:
        """Characters as a reader counts them (an emoji is one)."""
        return self._clean.length

    @Property(bool, notify=changed)
    def nearLimit(self) -> bool:
        return self._clean.near_limit

    @Property(bool, notify=changed)
    def overLimit(self) -> bool:
        return TextProblem.TOO_LONG in self._clean.problems

    @Property(bool, notify=changed)
    def canSend(self) -> bool:
        return self._clean.submittable and not self._busy

    @Property(str, notify=changed)
    def counterText(self) -> str:
        """Shown as the limit comes near, and kindly when it is passed (nothing is cut)."""
        translate = QCoreApplication.translate
        remaining = self._clean.remaining
        # Worded without plurals ("Room for 1 more" reads right for every number, with or without a catalogue).
        if remaining < 0:
            return translate("wall", "A little too long: %1 over the limit. Please shorten it — nothing has been "
                                     "cut.").replace("%1", str(-remaining))
        if self._clean.near_limit:
            return translate("wall", "Room for %1 more").replace("%1", str(remaining))
        return ""

    @Property(str, notify=changed)
    def overflowText(self) -> str:
        """The part past the limit, so the visitor can see what to shorten."""
        if TextProblem.TOO_LONG not in self._clean.problems:
            return ""
        return split_at_limit(self._clean.text, self._limit)[1]

    @Property(str, notify=changed)
    def preview(self) -> str:
        """Exactly the plain text the wall will show."""
        return self._clean.text

    @Property(str, notify=changed)
    def cleanedNote(self) -> str:
        """A word about what cleaning changed, if anything did (shown under the preview)."""
        problems = self._clean.problems
        translate = QCoreApplication.translate
        if problems & {TextProblem.INVISIBLE_REMOVED, TextProblem.MARKS_REMOVED}:
            return translate("wall", "A few invisible or stacked characters will be left out.")
        if TextProblem.LINE_BREAKS_JOINED in problems:
            return translate("wall", "Extra line breaks will be joined up.")
        return ""

    def clean(self) -> CleanResult:
        return self._clean

    @Property(str, notify=changed)
    def policyNote(self) -> str:
        """What happens after Send, by the moderation policy (so nobody wonders where their words went)."""
        translate = QCoreApplication.translate
        if self._desk.auto:
            return translate("wall", "Kind messages go on the wall straight away. A member of staff reads any the "
                              "kiosk is unsure about first.")
        return translate("wall", "A member of staff reads every message before it goes on the wall.")

    def limiter(self) -> RepeatLimiter:
        """The per-kiosk repeat limiter (wall.repeat_max in wall.repeat_window_seconds; the same words not
        again within the hour)."""
        if self._limiter is None:
            from kiosk.wall.rules.moderation import RepeatLimiter

            self._limiter = RepeatLimiter(self._clock, max_per_window=self._config.wall_repeat_max,
                                          window_seconds=self._config.wall_repeat_window_seconds)
        return self._limiter

    # -- steps --------------------------------------------------------------------------------------
    def on_sent(self, callback: Callable[[str], None]) -> None:
        self._after_send = callback

    @Slot()
    def start(self) -> None:
        """A fresh message (the board's "Write a message")."""
        self._reset()
        self._shell.show("wall.write")

    @Slot()
    def showPreview(self) -> None:
        self._shell.activity()
        if self._clean.submittable:
            self._shell.show("wall.preview")

    @Slot()
    def back(self) -> None:
        """From writing back to the wall (the words are dropped: "Write a message" starts afresh)."""
        self._shell.activity()
        self._reset()
        self._shell.show("wall")

    @Slot()
    def edit(self) -> None:
        self._shell.activity()
        self._shell.show("wall.write")

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()
            self.changed.emit()

    @Slot()
    def send(self) -> None:
        self._shell.activity()
        if self._busy or not self._clean.submittable:
            return
        decision = self.limiter().allows(self._clean.text)
        if not decision.allowed:
            self._finish("same_text" if decision.reason == "same_text" else "too_many")
            return
        self._set_busy(True)
        self._background.op(self._desk.send, self._text, self._shell.current_language()) \
            .success(self._stored).failure(self._failed).run()

    def _stored(self, result: Sent) -> None:
        self._set_busy(False)
        self.limiter().recorded(result.message.text)
        if result.message.status is MessageStatus.APPROVED:
            outcome = "approved"
        else:
            outcome = "flagged" if result.flagged and self._desk.auto else "pending"
        self._text = ""
        self._clean = clean_text("", self._limit)
        self.changed.emit()
        self._finish(outcome)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)  # the draft stays: the visitor can try again
        self._background.errors.report(error)

    def _finish(self, outcome: str) -> None:
        if outcome != self._outcome:
            self._outcome = outcome
            self.outcomeChanged.emit()
        self.sent.emit(outcome)
        self._after_send(outcome)
        if self._shell.screen in ("wall.write", "wall.preview"):
            self._sent_at = self._clock.monotonic()
            self._shell.show("wall.sent")

    def _tick(self) -> None:
        """The thank-you leaves by itself: to the wall when the message is on it, else home."""
        waited = self._clock.monotonic() - self._sent_at
        if self._shell.screen == "wall.sent" and waited >= self._config.thanks_seconds + SENT_EXTRA_SECONDS:
            self.seeWall() if self._outcome == "approved" else self._shell.goHome()

    @Property(str, notify=outcomeChanged)
    def outcome(self) -> str:
        """approved | pending | flagged | too_many | same_text (empty before sending)."""
        return self._outcome

    @Property(str, notify=outcomeChanged)
    def outcomeTitle(self) -> str:
        translate = QCoreApplication.translate
        if self._outcome in ("too_many", "same_text"):
            return translate("wall", "Thank you for your kind words")
        return translate("wall", "Thank you")

    @Property(str, notify=outcomeChanged)
    def outcomeText(self) -> str:
        translate = QCoreApplication.translate
        if self._outcome == "approved":
            return translate("wall", "Your message is on the wall now.")
        if self._outcome == "flagged":  # never an accusation: it simply waits for a person
            return translate("wall", "A member of staff will read it before it goes on the wall.")
        if self._outcome == "too_many":
            return translate("wall", "Lots of messages have been written here just now, so this one was not sent. "
                              "Please try again in a few minutes.")
        if self._outcome == "same_text":
            return translate("wall", "We already have this message, so it was not sent again.")
        return translate("wall", "It will appear on the wall once a member of staff has seen it.")

    @Slot()
    def done(self) -> None:
        self._shell.goHome()

    @Slot()
    def seeWall(self) -> None:
        self._shell.activity()
        self._shell.show("wall")

    def _reset(self) -> None:
        """Drops an unfinished message (home screen, idle timeout, a new "Write a message")."""
        changed = self._text != ""
        self._text = ""
        self._clean = clean_text("", self._limit)
        if self._outcome:
            self._outcome = ""
            self.outcomeChanged.emit()
        if changed:
            self.changed.emit()
