"""Sending a kindness-wall message, and the thank-you after it — `models.wallSend`.

Send asks the per-kiosk repeat limiter first (kiosk.wall.rules.moderation.RepeatLimiter), then runs the
offline filter and stores the message on the database thread (kiosk.wall.desk). The outcome (approved,
pending, flagged, too_many, same_text) picks the thank-you's words, made when read and re-announced when the
language changes. The thank-you leaves by itself: to the wall when the message is on it, else home.
Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.event_hub import EventHub
from kiosk.core.events import LanguageChanged
from kiosk.shell.shell_model import ShellViewModel
from kiosk.wall.desk import Sent, WallDesk
from kiosk.wall.rules.messages import MessageStatus

if TYPE_CHECKING:
    from kiosk.wall.rules.moderation import RepeatLimiter

OUTCOMES = ("approved", "pending", "flagged", "too_many", "same_text")
SENT_EXTRA_SECONDS = 4.0  # the thank-you after a message stays this much longer than screen.thanks_seconds


class WallSendViewModel(QObject):
    busyChanged = Signal()
    outcomeChanged = Signal()
    outcomeTitleChanged = Signal()
    outcomeTextChanged = Signal()
    stored = Signal()  # the message is stored: the draft can go
    sent = Signal(str)  # the outcome key, after the message is stored (or refused by the limiter)

    def __init__(self, config: Config, clock: Clock, background: Background, desk: WallDesk,
                 shell: ShellViewModel, events: EventHub | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config, self._clock, self._background, self._desk, self._shell = config, clock, background, desk, shell
        self._language = shell.current_language()  # a view model may be made after a switch
        self._limiter: RepeatLimiter | None = None  # made on the first Send (its module loads the filter)
        self._busy = False
        self._outcome = ""
        self._after_send: Callable[[str], None] = lambda _outcome: None
        self._sent_at = 0.0
        if events is not None:
            events.subscribe(LanguageChanged, self._language_changed)
        shell.on_home(self.forget)
        shell.ticked.connect(self._tick)

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        """A message is on its way to the store."""
        return self._busy

    @Property(str, notify=outcomeChanged)
    def outcome(self) -> str:
        """approved | pending | flagged | too_many | same_text (empty before sending)."""
        return self._outcome

    @Property(str, notify=outcomeTitleChanged)
    def outcomeTitle(self) -> str:
        if self._outcome in ("too_many", "same_text"):
            return QCoreApplication.translate("wall", "Thank you for your kind words")
        return QCoreApplication.translate("wall", "Thank you")

    @Property(str, notify=outcomeTextChanged)
    def outcomeText(self) -> str:
        if self._outcome == "approved":
            return QCoreApplication.translate("wall", "Your message is on the wall now.")
        if self._outcome == "flagged":  # never an accusation: it simply waits for a person
            return QCoreApplication.translate("wall", "A member of staff will read it before it goes on the wall.")
        if self._outcome == "too_many":
            return QCoreApplication.translate(
                "wall", "Lots of messages have been written here just now, so this one was not sent. Please try "
                        "again in a few minutes.")
        if self._outcome == "same_text":
            return QCoreApplication.translate("wall", "We already have this message, so it was not sent again.")
        return QCoreApplication.translate("wall", "It will appear on the wall once a member of staff has seen it.")

    @Slot()
    def done(self) -> None:
        self._shell.goHome()

    @Slot()
    def seeWall(self) -> None:
        self._shell.activity()
        self._shell.show("wall")

    # -- Python side --------------------------------------------------------------------------------
    @property
    def is_busy(self) -> bool:
        return self._busy

    def on_sent(self, callback: Callable[[str], None]) -> None:
        self._after_send = callback

    def limiter(self) -> RepeatLimiter:
        """The per-kiosk repeat limiter (wall.repeat_max in wall.repeat_window_seconds; the same words not
        again within the hour)."""
        if self._limiter is None:
            from kiosk.wall.rules.moderation import RepeatLimiter

            self._limiter = RepeatLimiter(self._clock, max_per_window=self._config.wall_repeat_max,
                                          window_seconds=self._config.wall_repeat_window_seconds)
        return self._limiter

    def send(self, text: str, cleaned: str) -> None:
        """Sends the draft `text` (whose cleaned form is `cleaned`), unless one is on its way already."""
        if self._busy:
            return
        decision = self.limiter().allows(cleaned)
        if not decision.allowed:
            self.finish("same_text" if decision.reason == "same_text" else "too_many")
            return
        self._set_busy(True)
        self._background.op(self._desk.send, text, self._language).success(self._stored).failure(self._failed).run()

    def finish(self, outcome: str) -> None:
        """Says `outcome` on the thank-you screen (shown when the visitor is still writing)."""
        self._set_outcome(outcome)
        self.sent.emit(outcome)
        self._after_send(outcome)
        if self._shell.screen in ("wall.write", "wall.preview"):
            self._sent_at = self._clock.monotonic()
            self._shell.show("wall.sent")

    def forget(self) -> None:
        """A new message, or home: no outcome to say."""
        self._set_outcome("")

    def _stored(self, result: Sent) -> None:
        self._set_busy(False)
        self.limiter().recorded(result.message.text)
        if result.message.status is MessageStatus.APPROVED:
            outcome = "approved"
        else:
            outcome = "flagged" if result.flagged and self._desk.auto else "pending"
        self.stored.emit()
        self.finish(outcome)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)  # the draft stays: the visitor can try again
        self._background.errors.report(error)

    def _tick(self) -> None:
        waited = self._clock.monotonic() - self._sent_at
        if self._shell.screen == "wall.sent" and waited >= self._config.thanks_seconds + SENT_EXTRA_SECONDS:
            self.seeWall() if self._outcome == "approved" else self._shell.goHome()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    def _set_outcome(self, outcome: str) -> None:
        if outcome != self._outcome:
            self._outcome = outcome
            self.outcomeChanged.emit()
            self.outcomeTitleChanged.emit()
            self.outcomeTextChanged.emit()

    def _language_changed(self, event: LanguageChanged) -> None:
        self._language = event.language
        self.outcomeTitleChanged.emit()
        self.outcomeTextChanged.emit()
