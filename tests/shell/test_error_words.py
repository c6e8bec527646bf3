"""Errors are codes with parameters; their words are made in one place (kiosk.shell.error_words), when shown, in
the language in use then — and every error the rules and stores raise has a code that has words."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.core.errors import KioskError, StaleEdit, StorageError
from kiosk.shell.error_words import ErrorWords, _Params, error_words, kind_words
from kiosk.staff.rules import PinError, validate_pin
from kiosk.wall.rules.wordlists import WordListSyntaxError, parse_terms
from kiosk.whatson.rules.listing_form import ListingForm
from kiosk.whatson.rules.listings import Kind, ListingError
from tests.shell.pseudo_catalogue import OPEN, make_catalogue

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
# Where domain errors are raised: every feature's pure rules and its stores.
RAISING = sorted([*KIOSK.glob("*/rules.py"), *KIOSK.glob("*/rules/*.py"), *KIOSK.glob("*/store.py")])
# Errors that are not the kiosk's own (ValueError, TypeError, …) are bugs or programmer mistakes, never shown.
DOMAIN_ERRORS = {"ListingError", "WallTransitionError", "PinError", "WordListSyntaxError", "StorageError",
                 "StaleEdit", "KioskError", "GuardedRepeat", "SyncError"}


def _raises(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and isinstance(node.exc.func, ast.Name) \
                and node.exc.func.id in DOMAIN_ERRORS:
            yield node.exc


def _codes() -> dict[str, str]:
    """Every error code raised in the rules and stores: code → where."""
    found: dict[str, str] = {}
    for path in RAISING:
        for call in _raises(path):
            for keyword in call.keywords:
                if keyword.arg == "code" and isinstance(keyword.value, ast.Constant):
                    found.setdefault(str(keyword.value.value), f"{path.relative_to(KIOSK)}:{call.lineno}")
    return found


def test_every_domain_error_in_the_rules_and_stores_is_raised_with_a_code() -> None:
    missing = []
    for path in RAISING:
        for call in _raises(path):
            keywords = {k.arg for k in call.keywords}
            passes_code = "code" in keywords or any(k.arg is None for k in call.keywords)  # **params pass it on
            # StorageError and StaleEdit: the kind is the code (StaleEdit adds its versions itself).
            if not passes_code and call.func.id not in ("StaleEdit", "StorageError"):  # type: ignore[attr-defined]
                missing.append(f"{path.relative_to(KIOSK)}:{call.lineno}")
    assert missing == [], "raise these with code=… (and the numbers as parameters)"
    assert len(_codes()) >= 40


def test_every_code_has_its_own_words() -> None:
    maker = ErrorWords()
    unexpected = maker.unexpected()
    codes = {*_codes(), "storage", "repeat", "config", "sync", "photo", "photo_not_image", "photo_truncated",
             "photo_too_large", "photo_unsupported", "stale_edit", "stale_edit_gone", "poster", "poster_empty",
             "word_lists", "results.dates_reversed", "results.period_too_long", "results.poster_suppressed",
             "results.poster_no_answers", "results.poster_format"}
    for code in sorted(codes):
        words = maker.make(code, _Params({"field": "x", "limit": 5, "length": 6, "text": "y"}, "Title"))
        assert words and words != unexpected, code
        assert "%" not in words.replace("%n", ""), (code, words)  # every place was filled


def test_an_errors_words_follow_the_language(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    error = ListingError("title", "is 121 characters long; at most 120 fit on the screen", code="too_long",
                         length=121, limit=120)
    english = error_words(error, field="Title")
    assert english == "Title is 121 characters long; at most 120 fit on the screen"
    make_catalogue(tmp_path)
    translator = QTranslator()
    assert translator.load("kiosk_cy", str(tmp_path))
    QCoreApplication.installTranslator(translator)
    try:
        other = error_words(error, field="Title")  # the same error object, read again after the switch
        assert other.startswith(OPEN) and "Title" in other and "121" in other and "120" in other
        assert "characters" not in other
    finally:
        QCoreApplication.removeTranslator(translator)
    assert error_words(error, field="Title") == english


def test_dates_and_numbers_in_error_words_follow_the_locale(qapp) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("en"))
    error = ListingError("valid_to", "…", code="ends_before_start", end=date(2026, 11, 1), start=date(2026, 12, 1))
    assert error_words(error, field="Showing until") == \
        "Showing until: 1 November 2026 is before the first date, 1 December 2026"
    QLocale.setDefault(QLocale("cy"))
    try:
        assert "1 Tachwedd 2026" in error_words(error, field="Showing until")
    finally:
        QLocale.setDefault(QLocale("en"))


def test_the_forms_problems_come_with_codes_and_numbers() -> None:
    form = ListingForm.new(Kind.ACTIVITY)
    form.values.update(title="x" * 130, category="Social", building="Hub", start="10:00", end="11:00")
    with pytest.raises(ListingError) as e:
        form.to_listing()
    assert (e.value.code, e.value.params["length"], e.value.params["limit"]) == ("too_long", 130, 120)
    assert e.value.field == "title" and e.value.problem  # the English line for logs and the CLI stays


def test_other_rules_raise_codes_too() -> None:
    with pytest.raises(PinError) as pin:
        validate_pin("12")
    assert pin.value.code == "pin_length" and error_words(pin.value) == "A staff PIN has 4 to 8 digits."
    with pytest.raises(WordListSyntaxError) as word:
        parse_terms("ok\n*a b*\n")
    assert (word.value.code, word.value.params["line"]) == ("word_list_phrase_star", 2)
    assert error_words(word.value).startswith("Line 2")


def test_kinds_without_parameters_and_unknown_errors() -> None:
    assert kind_words("storage") == error_words(StorageError("disk full"))
    assert error_words(StaleEdit("x", 3, None)) == error_words(StaleEdit("x", 3, 4))
    assert error_words(ValueError("a bug")) == error_words(KioskError(code="no-such-code"))
    assert "went wrong" in error_words(RuntimeError())
