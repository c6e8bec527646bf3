"""The office's language, switchable while the window is open: the kiosk's own switch (kiosk.shell.language:
catalogue, locale, text direction, the QML engine's qsTr bindings) over the six languages the kiosk ships, and
each page told to say its Python-made words again (`retranslate()`). A language written right to left mirrors
the window (Office.qml binds LayoutMirroring to `rightToLeft`). Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.shell.language import LanguageSwitch, language_name

LANGUAGES = ("en", "gd", "pl", "uk", "ar", "ur")  # the catalogues the kiosk ships (kiosk.demo.DEMO_LANGUAGES)


class Retranslates(Protocol):
    def retranslate(self) -> None: ...


class OfficeLanguageModel(QObject):
    indexChanged = Signal()
    codeChanged = Signal()
    rightToLeftChanged = Signal()

    def __init__(self, switch: LanguageSwitch, pages: Sequence[Retranslates] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._switch, self._pages = switch, list(pages)
        switch.changed.connect(self._switched)

    @Property(list, constant=True)
    def choices(self) -> list[str]:
        """Each language in its own name and script ("Polski", "العربية")."""
        return [language_name(code) for code in self._switch.languages]

    @Property(int, notify=indexChanged)
    def index(self) -> int:
        return self._switch.languages.index(self._switch.current)

    @Property(str, notify=codeChanged)
    def code(self) -> str:
        return self._switch.current

    @Property(bool, notify=rightToLeftChanged)
    def rightToLeft(self) -> bool:
        return self._switch.right_to_left

    @Slot(int)
    def choose(self, index: int) -> None:
        if 0 <= index < len(self._switch.languages):
            self._switch.set(self._switch.languages[index])

    @Slot(str)
    def set(self, code: str) -> None:
        self._switch.set(code)

    def _switched(self, _code: str) -> None:
        for page in self._pages:
            page.retranslate()
        self.indexChanged.emit()
        self.codeChanged.emit()
        self.rightToLeftChanged.emit()
