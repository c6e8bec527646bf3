"""Writing a kindness-wall message: the draft, prompts to start from, the live count, and the way between the
writing and preview screens — `models.wallCompose`. Sending and the thank-you are kiosk.wall.send_model.

The draft is what the visitor typed, untouched; `clean_text` runs on every change to give the count, the
kind words near and over the limit, and the preview (exactly the plain text the wall will show). Nothing is
ever cut: over the limit, Send is disabled and the part that does not fit is shown. Every property has its
own notify signal; the words are made when read, and re-announced when the language changes
(kiosk.core.events.LanguageChanged). The unfinished draft is dropped whenever the home screen returns (the
idle timeout included). Thread: GUI.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.core.config import Config
from kiosk.core.event_hub import EventHub
from kiosk.core.events import LanguageChanged
from kiosk.shell.shell_model import ShellViewModel
from kiosk.wall.choices_model import WordChoices
from kiosk.wall.desk import WallDesk
from kiosk.wall.rules.messages import TextProblem, clean_text, split_at_limit
from kiosk.wall.send_model import WallSendViewModel

PROMPTS = ("thanks", "today", "saw")


def prompt_words(key: str) -> tuple[str, str]:
    """A tap-to-start prompt: the label on the chip, and the words it starts the message with."""
    if key == "thanks":
        return (QCoreApplication.translate("wall", "Thank you to…"),
                QCoreApplication.translate("wall", "Thank you to "))
    if key == "today":
        return (QCoreApplication.translate("wall", "Today someone…"),
                QCoreApplication.translate("wall", "Today someone "))
    return (QCoreApplication.translate("wall", "A kind thing I saw…"),
            QCoreApplication.translate("wall", "A kind thing I saw: "))


class WallComposeViewModel(QObject):
    textChanged = Signal()
    showPromptsChanged = Signal()
    countChanged = Signal()
    nearLimitChanged = Signal()
    overLimitChanged = Signal()
    canSendChanged = Signal()
    counterTextChanged = Signal()
    overflowTextChanged = Signal()
    previewChanged = Signal()
    cleanedNoteChanged = Signal()
    policyNoteChanged = Signal()

    def __init__(self, config: Config, desk: WallDesk, shell: ShellViewModel, sender: WallSendViewModel,
                 events: EventHub | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk, self._shell, self._sender = desk, shell, sender
        self._limit = config.wall_max_length
        self._prompts = WordChoices(PROMPTS, prompt_words, self)
        self._text = ""
        self._clean = clean_text("", self._limit)
        sender.busyChanged.connect(self.canSendChanged)
        sender.stored.connect(lambda: self._set_text(""))
        if events is not None:
            events.subscribe(LanguageChanged, self._language_changed)
        shell.on_home(lambda: self._set_text(""))

    # -- the draft ----------------------------------------------------------------------------------
    @Property(str, notify=textChanged)
    def text(self) -> str:
        """The draft exactly as typed."""
        return self._text

    @Slot(str)
    def setText(self, text: str) -> None:
        self._shell.activity()
        self._set_text(text)

    @Property(QObject, constant=True)
    def prompts(self) -> WordChoices:
        return self._prompts

    @Property(bool, notify=showPromptsChanged)
    def showPrompts(self) -> bool:
        """The prompts are there to start with: while the draft is empty or is just a prompt."""
        return self._show_prompts()

    @Slot(str)
    def usePrompt(self, key: str) -> None:
        if key in PROMPTS and self._show_prompts():
            self.setText(self._prompts.hint(key))

    @Property(int, constant=True)
    def limit(self) -> int:
        return self._limit

    @Property(int, notify=countChanged)
    def count(self) -> int:
        """Characters as a reader counts them (an emoji is one)."""
        return self._clean.length

    @Property(bool, notify=nearLimitChanged)
    def nearLimit(self) -> bool:
        return self._clean.near_limit

    @Property(bool, notify=overLimitChanged)
    def overLimit(self) -> bool:
        return TextProblem.TOO_LONG in self._clean.problems

    @Property(bool, notify=canSendChanged)
    def canSend(self) -> bool:
        return self._clean.submittable and not self._sender.is_busy

    @Property(str, notify=counterTextChanged)
    def counterText(self) -> str:
        """Shown as the limit comes near, and kindly when it is passed (nothing is cut)."""
        remaining = self._clean.remaining
        # Worded without plurals ("Room for 1 more" reads right for every number, with or without a catalogue).
        if remaining < 0:
            return QCoreApplication.translate(
                "wall", "A little too long: %1 over the limit. Please shorten it — nothing has been cut.") \
                .replace("%1", str(-remaining))
        if self._clean.near_limit:
            return QCoreApplication.translate("wall", "Room for %1 more").replace("%1", str(remaining))
        return ""

    @Property(str, notify=overflowTextChanged)
    def overflowText(self) -> str:
        """The part past the limit, so the visitor can see what to shorten."""
        if TextProblem.TOO_LONG not in self._clean.problems:
            return ""
        return split_at_limit(self._clean.text, self._limit)[1]

    @Property(str, notify=previewChanged)
    def preview(self) -> str:
        """Exactly the plain text the wall will show."""
        return self._clean.text

    @Property(str, notify=cleanedNoteChanged)
    def cleanedNote(self) -> str:
        """A word about what cleaning changed, if anything did (shown under the preview)."""
        problems = self._clean.problems
        if problems & {TextProblem.INVISIBLE_REMOVED, TextProblem.MARKS_REMOVED}:
            return QCoreApplication.translate("wall", "A few invisible or stacked characters will be left out.")
        if TextProblem.LINE_BREAKS_JOINED in problems:
            return QCoreApplication.translate("wall", "Extra line breaks will be joined up.")
        return ""

    @Property(str, notify=policyNoteChanged)
    def policyNote(self) -> str:
        """What happens after Send, by the moderation policy (so nobody wonders where their words went)."""
        if self._desk.auto:
            return QCoreApplication.translate(
                "wall", "Kind messages go on the wall straight away. A member of staff reads any the kiosk is "
                        "unsure about first.")
        return QCoreApplication.translate("wall", "A member of staff reads every message before it goes on the wall.")

    # -- steps --------------------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        """A fresh message (the board's "Write a message")."""
        self._set_text("")
        self._sender.forget()
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
        self._set_text("")
        self._sender.forget()
        self._shell.show("wall")

    @Slot()
    def edit(self) -> None:
        self._shell.activity()
        self._shell.show("wall.write")

    @Slot()
    def send(self) -> None:
        self._shell.activity()
        if self._clean.submittable:
            self._sender.send(self._text, self._clean.text)

    # -- Python side --------------------------------------------------------------------------------
    def _finish(self, outcome: str) -> None:
        """(The screenshot scene of the thank-you calls this: as after a message went to staff.)"""
        self._sender.finish(outcome)

    def _show_prompts(self) -> bool:
        return self._text.strip() == "" or self._text in {self._prompts.hint(k) for k in PROMPTS}

    def _set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._clean = clean_text(text, self._limit)
        for signal in (self.textChanged, self.showPromptsChanged, self.countChanged, self.nearLimitChanged,
                       self.overLimitChanged, self.canSendChanged, self.counterTextChanged, self.overflowTextChanged,
                       self.previewChanged, self.cleanedNoteChanged):
            signal.emit()

    def _language_changed(self, _event: LanguageChanged) -> None:
        self._prompts.retranslate()
        for signal in (self.showPromptsChanged, self.counterTextChanged, self.cleanedNoteChanged,
                       self.policyNoteChanged):
            signal.emit()
