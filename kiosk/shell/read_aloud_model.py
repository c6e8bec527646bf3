"""The "Read to me" control's view model (`models.readAloud`): reads the current screen aloud in the kiosk's
language, and says when it cannot.

A tap (`toggle`) reads the words a screen reader gets from the current screen (kiosk.shell.read_aloud over the
live QML items: each shown item's accessible name and description, in reading order, ignored ones skipped);
a second tap stops. It also stops when the screen changes, when the language changes and when the kiosk goes
idle (screen.idle_timeout_seconds without a touch); when a reading ends by itself the idle countdown starts
again from there, so listening counts as using the kiosk. The engine (kiosk.shell.speech) is made on the first
tap — never before the first frame — or when staff ask which languages have a voice (`checkVoices`, from the
staff home's voices line).
Where the engine has no voice for the language in use, or there is no engine, the control says it cannot
read that language yet (`note`). Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.shell.language import fill, language_name

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickItem

    from kiosk.shell.read_aloud import Node
    from kiosk.shell.shell_model import ShellViewModel
    from kiosk.shell.speech import Speech


class ReadAloudViewModel(QObject):
    # One notify signal per property; they change together, so `_changed()` sends all five.
    stateChanged = Signal()
    speakingChanged = Signal()
    labelChanged = Signal()
    noteChanged = Signal()
    voiceSummaryChanged = Signal()

    def _changed(self) -> None:
        for signal in (self.stateChanged, self.speakingChanged, self.labelChanged, self.noteChanged,
                       self.voiceSummaryChanged):
            signal.emit()

    def __init__(self, shell: ShellViewModel, languages: Sequence[str], idle_seconds: float,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or shell)
        self._shell = shell
        self._languages = tuple(languages)
        self._idle_seconds = idle_seconds
        self._speech_made: Speech | None = None  # made on first use (`speech`): its module is not needed for the frame
        self._screen: Callable[[], QQuickItem | None] = lambda: None
        self._reading = False  # a tap asked for a reading that has not ended yet
        self._heard = False  # the engine has started speaking this reading (its next "ready" ends it)
        self.last_script = ""  # what the last tap read (for tests and the benchmark)
        shell.screenChanged.connect(self.stop)
        shell.languageChanged.connect(self._language_changed)
        shell.ticked.connect(self._tick)

    def show_screens_of(self, screen: Callable[[], QQuickItem | None]) -> None:
        """Where the current screen's root item comes from (kiosk.app wires the window's screen loader)."""
        self._screen = screen

    @property
    def speech(self) -> Speech:
        """The engine's front (kiosk.shell.speech), made on first use: a tap, or staff asking about voices."""
        if self._speech_made is None:
            from kiosk.shell.speech import Speech

            self._speech_made = Speech(self._languages, self)
            self._speech_made.stateChanged.connect(self._speech_state)
            self._speech_made.voicesChanged.connect(self._voices_known)
        return self._speech_made

    def _speech_state_now(self) -> str:
        return self._speech_made.state if self._speech_made is not None else "off"

    def _voiced(self) -> tuple[str, ...] | None:
        return self._speech_made.voiced if self._speech_made is not None else None

    # -- for QML --------------------------------------------------------------------------------------
    @Property(str, notify=stateChanged)
    def state(self) -> str:
        """"idle", "starting" (asked, not speaking yet), "speaking", or "cannot" (no voice for this language)."""
        if not self._can_read():
            return "cannot"
        if not self._reading:
            return "idle"
        return "speaking" if self._speech_state_now() == "speaking" else "starting"

    @Property(bool, notify=speakingChanged)
    def speaking(self) -> bool:
        """Reading, or about to: a tap now stops."""
        return self._reading

    @Property(str, notify=labelChanged)
    def label(self) -> str:
        if self._reading:
            return QCoreApplication.translate("ReadAloud", "Stop reading")
        return QCoreApplication.translate("ReadAloud", "Read to me")

    @Property(str, notify=noteChanged)
    def note(self) -> str:
        """Empty, or why the control cannot read (shown under its label and as its accessible description)."""
        if self._can_read():
            starting = self.state == "starting"
            return QCoreApplication.translate("ReadAloud", "Getting the voice ready…") if starting else ""
        return fill(QCoreApplication.translate("ReadAloud", "Sorry, I cannot read %1 aloud yet."),
                    language_name(self._shell.current_language()))

    @Property(str, notify=voiceSummaryChanged)
    def voiceSummary(self) -> str:
        """For staff: which of the kiosk's languages have a voice for Read to me, and which not yet."""
        voiced = self._voiced()
        if voiced is None and self._speech_state_now() == "off":
            return QCoreApplication.translate("ReadAloud",
                                              "Read to me: tap here to check which languages have a voice.")
        if voiced is None:
            return QCoreApplication.translate("ReadAloud", "Read to me: checking the voices…")
        names = [language_name(c) for c in self._languages if c in voiced]
        missing = [language_name(c) for c in self._languages if c not in voiced]
        if not names:
            return QCoreApplication.translate(
                "ReadAloud", "Read to me: no voice on this kiosk (is speech-dispatcher with espeak-ng installed?).")
        if not missing:
            return fill(QCoreApplication.translate("ReadAloud", "Read to me has a voice for %1."), ", ".join(names))
        return fill(QCoreApplication.translate("ReadAloud", "Read to me has a voice for %1; none yet for %2."),
                    ", ".join(names), ", ".join(missing))

    @Slot()
    def toggle(self) -> None:
        """A tap: reads the current screen aloud, or stops a reading."""
        self._shell.activity()
        if self._reading:
            self.stop()
            return
        if not self._can_read():
            return
        from kiosk.shell.read_aloud import phrases, script

        text = script(phrases(screen_node(self._screen())))
        self.last_script = text
        if not text:
            return
        self._reading, self._heard = True, False
        self.speech.say(text, self._shell.current_language())
        self._changed()

    @Slot()
    def checkVoices(self) -> None:
        """Opens the engine (if not yet) so that `voiceSummary` can say which languages have a voice."""
        self.speech.open()
        self._changed()

    @Slot()
    def stop(self) -> None:
        if self._reading:
            self._reading = False
            self.speech.stop()
            self._changed()

    def close(self) -> None:
        self.stop()
        if self._speech_made is not None:
            self._speech_made.close()

    # -- reactions -----------------------------------------------------------------------------------
    def _can_read(self) -> bool:
        voiced = self._voiced()
        return voiced is None or self._shell.current_language() in voiced

    @Slot(str)
    def _speech_state(self, state: str) -> None:
        if state == "speaking" and self._reading:
            self._heard = True
        ended = state in ("silent", "broken") or (state == "ready" and self._heard)
        if ended and self._reading:
            self._reading = False
            self._shell.activity()  # listening was using the kiosk: idle counts from the end of the reading
        self._changed()

    @Slot()
    def _voices_known(self) -> None:
        if self._reading and not self._can_read():
            self._reading = False  # the engine will say nothing: no voice for this language
        self._changed()

    @Slot(str)
    def _language_changed(self, _code: str) -> None:
        self.stop()
        self._changed()

    @Slot()
    def _tick(self) -> None:
        if self._reading and self._shell.idle_seconds() >= self._idle_seconds:
            self.stop()


def screen_node(item: QQuickItem | None) -> Node:
    """The live QML item tree as `Node`s: accessible name, description and ignored from each item's attached
    `Accessible` object, and whether it is shown (visible, not see-through, not a list row made ahead out of
    the list's view)."""
    from kiosk.shell.read_aloud import Node

    if item is None:
        return Node(shown=False)
    shown = item.isVisible() and item.opacity() > 0 and not _outside_its_list(item)
    if not shown:
        return Node(shown=False)
    attached = next((c for c in item.children() if c.metaObject().className() == "QQuickAccessibleAttached"), None)
    name = description = ""
    ignored = False
    if attached is not None:
        name = str(attached.property("name") or "")
        description = str(attached.property("description") or "")
        ignored = bool(attached.property("ignored"))
    return Node(name, description, ignored, True, tuple(screen_node(c) for c in item.childItems()))


def _outside_its_list(item: QQuickItem) -> bool:
    content = item.parentItem()
    view = content.parentItem() if content is not None else None
    if view is None or not view.inherits("QQuickItemView"):
        return False
    return not item.mapRectToItem(view, item.boundingRect()).intersects(view.boundingRect())


def current_screen(window_item: Callable[[], QQuickItem]) -> Callable[[], QQuickItem | None]:
    """The current screen's root item: the item of the screen loader (Main.qml) on the window's content item."""

    def screen() -> QQuickItem | None:
        from PySide6.QtQuick import QQuickItem

        loader = next((c for c in window_item().childItems() if c.objectName() == "screenLoader"), None)
        item = loader.property("item") if loader is not None else None
        return item if isinstance(item, QQuickItem) else None

    return screen
