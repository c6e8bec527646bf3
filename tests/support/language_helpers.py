"""Switching the language under a running kiosk, the way the language switch does: a translator installed,
then kiosk.core.events.LanguageChanged published on the kiosk's hub. The test translator "shouts" (upper
case) every phrase of the feature contexts, so any word made in Python shows whether it was made again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.app import Kiosk
from kiosk.core.events import LanguageChanged

CONTEXTS = ("whatson", "listings", "wall", "errors")


class Shouting(QTranslator):
    """Every phrase of CONTEXTS in capitals (what a real catalogue's words would be, recognisably)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return source.upper() if context in CONTEXTS else None

    def isEmpty(self) -> bool:
        return False


@contextmanager
def shouting(kiosk: Kiosk, language: str = "en") -> Iterator[None]:
    """Within the block the kiosk speaks in capitals; the switch is announced on the kiosk's event hub."""
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        kiosk.events.publish(LanguageChanged(language))
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        kiosk.events.publish(LanguageChanged(language))
