"""Typed error kinds mapped once to kind, plain words for the screen. Thread: GUI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_words(kind: str) -> str:
    tr = QCoreApplication.translate
    words = {
        "storage": tr("errors", "Sorry — that did not save. Please try again, or let a member of staff know."),
        "repeat": tr("errors", "Thank you — we already have your answer."),
        "config": tr("errors", "The kiosk needs a member of staff to check its settings."),
    }
    return words.get(kind, tr("errors", "Sorry — something went wrong. Please try again in a moment."))
