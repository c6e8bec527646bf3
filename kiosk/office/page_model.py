"""What every office page's view model has: a one-line message (what just happened, or why it did not work) and
whether it is busy, each with its notify signal. The message is kept as words made when read
(kiosk.shell.language.Words), so a language switch retranslates it: `retranslate()` re-announces it.

    class OfficeWallModel(PageModel):
        ...
        self._say(lambda: office_words.failed_words(code))   # or plain text, or "" to clear it
        self._set_busy(True)

Thread: GUI.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal

from kiosk.shell.language import Words, words


class PageModel(QObject):
    messageChanged = Signal()
    busyChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._message: Words = ""
        self._busy = False

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        """What the page says about the last thing done (empty when nothing), in the language in use now."""
        return words(self._message)

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    def _say(self, message: Words) -> None:
        self._message = message
        self.messageChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    def retranslate(self) -> None:
        """The language changed: the message is said again in the new one (subclasses add their own words)."""
        self.messageChanged.emit()
