"""The one place where an error becomes words people read: its `code` and `params` (kiosk.core.errors) turned
into a sentence in the language in use at that moment.

    error_words(error)                          # "Sorry — that did not save. …"
    error_words(listing_error, field="Title")   # "Title is 121 characters long; at most 120 fit on the screen"

Call it when the words are shown (a property getter), never when the error is caught, so a language switch
changes them. A screen that names form fields passes the field's label (in words) as `field`; otherwise the
field's name as the error gives it is used. Every sentence is one catalogue message with `%1`-style places
for the parameters and `%n` where a count decides the grammar: nothing is put together from English pieces
here. It needs no QGuiApplication (QCoreApplication.translate works without one), so the CLI may use it too.
Thread: any (the words follow the catalogue installed on the application).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject

from kiosk.core.errors import KioskError
from kiosk.shell.language import fill


class _Params:
    """An error's parameters as the words need them: numbers and dates in the locale in use now."""

    def __init__(self, params: Mapping[str, object], field: str) -> None:
        self._params, self.field = params, field or str(params.get("field", ""))

    def has(self, name: str) -> bool:
        return name in self._params

    def text(self, name: str) -> str:
        value = self._params.get(name, "")
        return "" if value is None else str(value)

    def count(self, name: str) -> int:
        value = self._params.get(name, 0)
        return value if isinstance(value, int) else 0

    def number(self, name: str) -> str:
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return locale.toString(self.count(name))

    def day(self, name: str) -> str:
        value = self._params.get(name)
        if isinstance(value, str):  # an ISO date, as the results' query errors carry them
            with contextlib.suppress(ValueError):
                value = date.fromisoformat(value)
        if isinstance(value, date):
            return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")
        return self.text(name)


class ErrorWords(QObject):
    """The catalogue context of every error's words (`self.tr` is what lupdate reads, plural forms too)."""

    def make(self, code: str, p: _Params) -> str | None:
        f = p.field
        match code:
            # -- anything, anywhere ---------------------------------------------------------------------------
            case "storage":
                return self.tr("Sorry — that did not save. Please try again, or let a member of staff know.")
            case "repeat":
                return self.tr("Thank you — we already have your answer.")
            case "config":
                return self.tr("The kiosk needs a member of staff to check its settings.")
            case "sync":
                return self.tr("The kiosk could not reach the central database. It will try again by itself.")
            case "disk_full":
                return self.tr("This kiosk's storage is full, so it cannot save anything more. Please free some "
                               "space on it (old log files or photos) or replace its storage card. Answers already "
                               "stored are kept.")
            # -- the central database: what staff or an administrator must do ---------------------------------
            case "central_revoked":
                return self.tr("This kiosk has been switched off at the central database (revoked), so it cannot "
                               "send answers. If that was a mistake, ask an administrator to add it again and copy "
                               "its new password file to this kiosk. Answers are kept here meanwhile.")
            case "central_password":
                return self.tr("The central database did not accept this kiosk's password. Ask an administrator "
                               "for this kiosk's current password file and copy it to the kiosk. Answers are kept "
                               "here meanwhile.")
            case "central_no_password":
                return self.tr("This kiosk has no password for the central database. Ask an administrator for its "
                               "password file. Answers are kept here meanwhile.")
            case "central_certificate":
                return self.tr("This kiosk could not confirm it is talking to the real central database: the "
                               "server's certificate has expired or is not trusted. Ask an administrator to renew "
                               "the certificate or to install the organisation's root certificate on this kiosk. "
                               "Answers are kept here meanwhile.")
            case "central_no_tls":
                return self.tr("The central database does not offer an encrypted connection, and this kiosk sends "
                               "answers only encrypted. Ask an administrator to switch on TLS on the database "
                               "server. Answers are kept here meanwhile.")
            case "central_disk_full":
                return self.tr("The central database's disk is full. Ask an administrator to free space on the "
                               "database server. Answers are kept here meanwhile.")
            case "central_refused":
                return self.tr("The central database refused this kiosk's answers. The kiosk may have been revoked "
                               "or its account changed: ask an administrator to check it. Answers are kept here "
                               "meanwhile.")
            case "central_not_set_up" | "central_not_found":
                return self.tr("The central database is not ready for this kiosk. Ask an administrator to check "
                               "the kiosk's sync settings. Answers are kept here meanwhile.")
            case "central_plaintext" | "central_sslmode":
                return self.tr("This kiosk's settings would send answers without a checked encrypted connection, "
                               "so it does not send them. Ask an administrator to use sslmode=verify-full. Answers "
                               "are kept here meanwhile.")
            case "url_password":
                return self.tr("This kiosk's settings have a password inside the central database's address. Ask "
                               "an administrator to move it to the password file. Answers are kept here meanwhile.")
            case "password_file_open":
                return fill(self.tr("The password file %1 can be read by others, so this kiosk does not use it. Ask "
                                    "an administrator to run: chmod 600 %1"), p.text("path"))
            # -- photos ---------------------------------------------------------------------------------------
            case "photo_not_image":
                return self.tr("That file is not a photo. Please choose a JPEG, PNG or WebP picture.")
            case "photo_truncated":
                return self.tr("That photo file is damaged or incomplete — it may not have finished copying. "
                               "Please copy it again and try once more.")
            case "photo_too_large":
                return self.tr("That picture is far too large to use here. Please choose a smaller copy (for "
                               "example, one sent by email or saved for the web).")
            case "photo_unsupported":
                return self.tr("This kind of picture (for example HEIC from an iPhone, or GIF) cannot be used on "
                               "this kiosk. Please save it as JPEG or PNG and try again.")
            case "photo":
                return self.tr("That photo could not be read. Is the USB stick still plugged in? Please try again.")
            # -- staff edits and the kindness wall ------------------------------------------------------------
            case "stale_edit" | "stale_edit_gone":
                return self.tr("Someone else changed this first. Your change was kept aside for you to look at.")
            case "wall_transition" | "wall_pin_not_on_wall" | "wall_unknown_message":
                return self.tr("That message has changed meanwhile. The list is up to date now.")
            case "wall_text_missing":
                return self.tr("This kiosk never had that message's words, so it cannot show it. Show it again "
                               "from the kiosk where it was written.")
            case "poster" | "poster_empty":
                return self.tr("The poster could not be made. There may be no messages on the wall for those "
                               "dates yet.")
            case "word_lists":
                return self.tr("The kindness wall's word lists need a member of staff. Until then every message "
                               "waits for staff.")
            case "word_list_star":
                return fill(self.tr("Line %1 (%2): a * may only begin or end a single word."),
                            p.number("line"), p.text("entry"))
            case "word_list_digits":
                return fill(self.tr("Line %1 (%2): write words in plain letters; the filter reads digits used "
                                    "as letters by itself."), p.number("line"), p.text("entry"))
            case "word_list_no_letters":
                return fill(self.tr("Line %1 (%2) has no letters."), p.number("line"), p.text("entry"))
            case "word_list_phrase_star":
                return fill(self.tr("Line %1 (%2): a phrase cannot have a *."), p.number("line"), p.text("entry"))
            case "word_list_too_short":
                return fill(self.tr("Line %1 (%2) is too short to match safely."), p.number("line"),
                            p.text("entry"))
            case "word_list_allow_word":
                return fill(self.tr("Line %1 (%2): an allow list holds single words, without *."),
                            p.number("line"), p.text("entry"))
            # -- results: the period asked for, and the entrance poster ----------------------------------------
            case "results.dates_reversed":
                return fill(self.tr("The period ends (%1) before it starts (%2). Please swap the two dates."),
                            p.day("end"), p.day("start"))
            case "results.period_too_long":
                return fill(self.tr("The period from %1 to %2 is longer than %n year(s). Please choose a shorter "
                                    "one.", "", p.count("years")), p.day("start"), p.day("end"))
            case "results.poster_suppressed":
                if p.text("site"):
                    return fill(self.tr("There are not enough answers for %1 at %2 to make a poster: a figure needs "
                                        "at least %n answer(s). Try a month with more answers, or all sites "
                                        "together.", "", p.count("min_count")), p.text("month"), p.text("site"))
                return fill(self.tr("There are not enough answers for %1 to make a poster: a figure needs at least "
                                    "%n answer(s). Try a month with more answers.", "", p.count("min_count")),
                            p.text("month"))
            case "results.poster_no_answers":
                if p.text("site"):
                    return fill(self.tr("Nobody answered the kindness question in %1 at %2, so there is nothing to "
                                        "put on a poster yet."), p.text("month"), p.text("site"))
                return fill(self.tr("Nobody answered the kindness question in %1, so there is nothing to put on a "
                                    "poster yet."), p.text("month"))
            case "results.poster_format":
                return self.tr("A poster is saved as a PDF or a PNG file: please end the file name with .pdf or "
                               ".png.")
            # -- the staff PIN --------------------------------------------------------------------------------
            case "pin_length":
                return fill(self.tr("A staff PIN has %1 to %2 digits."), p.number("shortest"), p.number("longest"))
            case "pin_too_simple":
                return self.tr("Please choose a PIN that is not all one digit or a simple run like 1234.")
            # -- listings: a field and what is wrong with it ---------------------------------------------------
            case "required":
                return fill(self.tr("%1 is required"), f)
            case "too_long":
                if p.has("length"):
                    return fill(self.tr("%1 is %2 characters long; at most %n fit on the screen", "",
                                        p.count("limit")), f, p.number("length"))
                return fill(self.tr("%1: at most %n character(s) fit", "", p.count("limit")), f)
            case "one_line":
                return fill(self.tr("%1 must be one line"), f)
            case "not_an_email":
                return fill(self.tr("%1: '%2' is not an email address"), f, p.text("text"))
            case "no_price":
                return fill(self.tr("%1: say what it costs, or switch on Free"), f)
            case "price_varies":
                return fill(self.tr("%1: say what it costs when the price varies"), f)
            case "not_an_amount":
                return fill(self.tr("%1: '%2' is not an amount like 2.50"), f, p.text("text"))
            case "not_a_date":
                if p.text("text"):
                    return fill(self.tr("%1: '%2' is not a date like 2026-12-05 or 5/12/2026"), f, p.text("text"))
                return fill(self.tr("%1 must be a date"), f)
            case "ends_before_start":
                return fill(self.tr("%1: %2 is before the first date, %3"), f, p.day("end"), p.day("start"))
            case "not_a_time":
                return fill(self.tr("%1: '%2' is not a time like 09:30"), f, p.text("text"))
            case "not_a_time_of_day":
                return fill(self.tr("%1: '%2' is not a time of day (00:00 to 23:59)"), f, p.text("text"))
            case "ends_when_it_starts":
                return fill(self.tr("%1: a session cannot end when it starts"), f)
            case "opening_half":
                return fill(self.tr("%1 needs both an opening and a closing time"), f)
            case "openings_overlap":
                return fill(self.tr("%1: two openings overlap"), f)
            case "no_opening_hours":
                return fill(self.tr("%1: give the opening hours of at least one day"), f)
            case "no_pattern":
                return fill(self.tr("%1: choose when it happens"), f)
            case "no_nth_day":
                return fill(self.tr("%1: choose which week of the month and which day"), f)
            case "weekly_no_day":
                return fill(self.tr("%1: a weekly session needs at least one weekday"), f)
            case "weekly_nth_day" | "monthly_no_day":
                return fill(self.tr("%1: a monthly session needs a day, like the 2nd Tuesday"), f)
            case "day_twice":
                return fill(self.tr("%1: a day is listed twice"), f)
            case "first_date_needed":
                return fill(self.tr("%1: a session that skips weeks or months needs a first date"), f)
            case "no_sessions":
                return fill(self.tr("%1: an activity needs at least one session time"), f)
            case "cancelled_twice":
                return fill(self.tr("%1: the same session is cancelled twice"), f)
            case "closure_ends_before_start":
                return fill(self.tr("%1: %2 is before the first day closed, %3"), f, p.day("end"), p.day("start"))
            case "closure_too_long":
                return fill(self.tr("%1: a closure can be at most %2 days; to stop showing it, set \"Showing "
                                    "until\" instead"), f, p.number("limit"))
            case "no_sessions_to_close":
                return fill(self.tr("%1: there are no sessions from %2 to %3, so there is nothing to close"), f,
                            p.day("start"), p.day("end"))
            case "no_session_then":
                return fill(self.tr("%1: there is no session on %2 at that time any more"), f, p.day("day"))
            case "session_exists":
                return fill(self.tr("%1: there is a session on %2 at that time already"), f, p.day("day"))
            case "excepted_day":
                return fill(self.tr("%1: %2 is a day this activity is left out"), f, p.day("day"))
            case "rule_not_editable":
                return fill(self.tr("%1: these times cannot be changed here; remove them and add new ones"), f)
            case "cancellation_no_date":
                return fill(self.tr("%1: a cancellation needs a date"), f)
            case "excepted_and_cancelled":
                return fill(self.tr("%1: %2 is both left out and cancelled; choose one"), f, p.day("day"))
            case "language_twice":
                return fill(self.tr("%1: a language is listed twice"), f)
            case "activity_needs_sessions":
                return fill(self.tr("%1: an activity needs session times, not opening hours"), f)
            case "space_needs_hours":
                return fill(self.tr("%1: a space needs opening hours, not session times"), f)
            case "schema_version":
                return fill(self.tr("This listing was written by a newer kiosk (format %1); this kiosk reads "
                                    "format %2."), p.text("text"), p.text("supported"))
            case ("not_text" | "not_pence" | "not_a_currency" | "not_features" | "not_a_uuid" | "not_a_kind"
                  | "wrong_type" | "not_yes_no" | "not_languages" | "not_wall_time" | "not_a_weekday"
                  | "not_an_nth" | "not_a_day_code" | "not_a_freq" | "not_an_interval" | "not_a_monthday"
                  | "not_a_rule" | "not_openings" | "not_an_opening" | "not_a_week" | "missing" | "unknown_field"
                  | "not_a_schedule" | "listing"):
                # What only a listing file or the sync can get wrong: the field's name is all staff need.
                return fill(self.tr("This listing's data cannot be used (%1). Please check it where it came "
                                    "from."), f)
        return None

    def unexpected(self) -> str:
        return self.tr("Sorry — something went wrong. Please try again in a moment.")


_words: ErrorWords | None = None


def _maker() -> ErrorWords:
    global _words
    if _words is None:
        _words = ErrorWords()
    return _words


def error_words(error: BaseException, *, field: str = "") -> str:
    """Plain words for an error in the language in use now. Call it when the words are shown (a property
    getter), never at construction, so a language switch changes them. `field`: the label, in words, of the
    form field the error is about (when the screen has one)."""
    code = getattr(error, "code", None)
    params = getattr(error, "params", None)
    maker = _maker()
    if isinstance(code, str) and isinstance(params, Mapping):
        made = maker.make(code, _Params(params, field))
        if made is None and isinstance(error, KioskError):
            made = maker.make(error.kind, _Params(params, field))
        if made is not None:
            return made
    return maker.unexpected()


def kind_words(kind: str) -> str:
    """The words for an error kind (or code) without parameters: "storage", "repeat", "photo", …"""
    return error_words(KioskError(code=kind))
