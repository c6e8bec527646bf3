"""Typed error kinds mapped once to kind, plain words for the screen. Thread: GUI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_words(kind: str) -> str:
    if kind == "storage":
        return QCoreApplication.translate(
            "errors", "Sorry — that did not save. Please try again, or let a member of staff know.")
    if kind == "repeat":
        return QCoreApplication.translate("errors", "Thank you — we already have your answer.")
    if kind == "config":
        return QCoreApplication.translate("errors", "The kiosk needs a member of staff to check its settings.")
    return QCoreApplication.translate("errors", "Sorry — something went wrong. Please try again in a moment.")
