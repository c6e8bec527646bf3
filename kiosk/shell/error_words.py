"""Typed error kinds mapped once to kind, plain words for the screen. Thread: GUI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.errors import KioskError


def error_words(error: BaseException) -> str:
    """Plain words for an error in the language in use now. Call it when the words are shown (a property
    getter), never at construction, so a language switch changes them."""
    kind = error.kind if isinstance(error, KioskError) else "unexpected"
    return kind_words(kind)


def kind_words(kind: str) -> str:
    if kind == "storage":
        return QCoreApplication.translate(
            "errors", "Sorry — that did not save. Please try again, or let a member of staff know.")
    if kind == "repeat":
        return QCoreApplication.translate("errors", "Thank you — we already have your answer.")
    if kind == "config":
        return QCoreApplication.translate("errors", "The kiosk needs a member of staff to check its settings.")
    if kind == "photo_not_image":
        return QCoreApplication.translate(
            "errors", "That file is not a photo. Please choose a JPEG, PNG or WebP picture.")
    if kind == "photo_truncated":
        return QCoreApplication.translate(
            "errors", "That photo file is damaged or incomplete — it may not have finished copying. Please copy it "
                      "again and try once more.")
    if kind == "photo_too_large":
        return QCoreApplication.translate(
            "errors", "That picture is far too large to use here. Please choose a smaller copy (for example, one "
                      "sent by email or saved for the web).")
    if kind == "photo_unsupported":
        return QCoreApplication.translate(
            "errors", "This kind of picture (for example HEIC from an iPhone, or GIF) cannot be used on this kiosk. "
                      "Please save it as JPEG or PNG and try again.")
    if kind == "photo":
        return QCoreApplication.translate(
            "errors", "That photo could not be read. Is the USB stick still plugged in? Please try again.")
    if kind == "stale_edit":
        return QCoreApplication.translate(
            "errors", "Someone else changed this first. Your change was kept aside for you to look at.")
    if kind == "wall_transition":
        return QCoreApplication.translate("errors", "That message has changed meanwhile. The list is up to date now.")
    if kind in ("poster", "poster_empty"):
        return QCoreApplication.translate(
            "errors", "The poster could not be made. There may be no messages on the wall for those dates yet.")
    if kind == "word_lists":
        return QCoreApplication.translate(
            "errors", "The kindness wall's word lists need a member of staff. Until then every message waits for "
                      "staff.")
    return QCoreApplication.translate("errors", "Sorry — something went wrong. Please try again in a moment.")
