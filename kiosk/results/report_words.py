"""The words of the reports (PDF, XLSX, poster): one place, each through a translate hook, so both writers say
the same thing and a translator finds every sentence.

`translator()` gives `translate(context, text) -> str`: QCoreApplication.translate when Qt is loaded and an
application exists (the kiosk), else the English text unchanged (the CLI, tests) — the module itself never
imports Qt. Templates carry `{name}` places filled after translation, so word order is the translator's.
Percentages are rounded half up (86.5% → 87%), never banker's rounding. Thread: any (pure words).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from kiosk.core.answers import Followup
from kiosk.results.rules.control import Method, Signal
from kiosk.results.rules.measure import Change
from kiosk.results.rules.periods import Period

if TYPE_CHECKING:
    from kiosk.results.report_model import Report

Tr = Callable[[str, str], str]  # (context, text) -> words, as QCoreApplication.translate
CONTEXT = "report"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a constant for the catalogue (lupdate reads the call); translated where it is shown."""
    return text


MONTHS = (
    QT_TRANSLATE_NOOP("report", "January"),
    QT_TRANSLATE_NOOP("report", "February"),
    QT_TRANSLATE_NOOP("report", "March"),
    QT_TRANSLATE_NOOP("report", "April"),
    QT_TRANSLATE_NOOP("report", "May"),
    QT_TRANSLATE_NOOP("report", "June"),
    QT_TRANSLATE_NOOP("report", "July"),
    QT_TRANSLATE_NOOP("report", "August"),
    QT_TRANSLATE_NOOP("report", "September"),
    QT_TRANSLATE_NOOP("report", "October"),
    QT_TRANSLATE_NOOP("report", "November"),
    QT_TRANSLATE_NOOP("report", "December"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("report", "Mon"),
    QT_TRANSLATE_NOOP("report", "Tue"),
    QT_TRANSLATE_NOOP("report", "Wed"),
    QT_TRANSLATE_NOOP("report", "Thu"),
    QT_TRANSLATE_NOOP("report", "Fri"),
    QT_TRANSLATE_NOOP("report", "Sat"),
    QT_TRANSLATE_NOOP("report", "Sun"),
)


def identity(context: str, text: str) -> str:
    return text


def translator() -> Tr:
    """The translate hook: Qt's catalogue when a Qt application is running, else English as written."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication
        if QCoreApplication.instance() is not None:
            return QCoreApplication.translate
    return identity


# -- Numbers and dates ---------------------------------------------------------------------------------

def percent(value: float) -> str:
    """0.865 → "87%" (half up)."""
    return f"{math.floor(value * 100 + 0.5)}%"


def count(n: int) -> str:
    return f"{n:,}"


def _qt_date(d: date, fmt: str, translate: Tr) -> str | None:
    """Qt's own date words in the language in use (QLocale's: "2 listopada 2026", Arabic-Indic digits in Arabic),
    when the words are for the kiosk's Qt (translate is Qt's); None for plain English words (the CLI, tests)."""
    if translate is identity or "PySide6.QtCore" not in sys.modules:
        return None
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(d.year, d.month, d.day), fmt)


def day(d: date, translate: Tr = identity) -> str:
    """"2 Nov 2026" style, the month name translated."""
    return _qt_date(d, "d MMM yyyy", translate) or f"{d.day} {translate(CONTEXT, MONTHS[d.month - 1])[:3]} {d.year}"


def long_day(d: date, translate: Tr = identity) -> str:
    return _qt_date(d, "d MMMM yyyy", translate) or f"{d.day} {translate(CONTEXT, MONTHS[d.month - 1])} {d.year}"


def month(d: date, translate: Tr = identity) -> str:
    if (year := _qt_date(d, "yyyy", translate)) is not None:  # the month on its own: its standalone name
        from PySide6.QtCore import QLocale

        return f"{QLocale().standaloneMonthName(d.month)} {year}"
    return f"{translate(CONTEXT, MONTHS[d.month - 1])} {d.year}"


def dates(first: date, last: date, translate: Tr = identity) -> str:
    """"1 September – 30 November 2026", "3 – 9 November 2026", "28 December 2025 – 3 January 2026"."""
    if first == last:
        return long_day(first, translate)
    if first.year != last.year:
        return f"{long_day(first, translate)} – {long_day(last, translate)}"
    if first.month != last.month:
        start = _qt_date(first, "d MMMM", translate) or f"{first.day} {translate(CONTEXT, MONTHS[first.month - 1])}"
        return f"{start} – {long_day(last, translate)}"
    return f"{_qt_date(first, 'd', translate) or first.day} – {long_day(last, translate)}"


def week(period: Period, translate: Tr = identity) -> str:
    return translate("report", "week of {day}").format(day=day(period.start, translate))


def interval(low: float, high: float, translate: Tr = identity) -> str:
    return translate("report", "95% interval {low} to {high}").format(low=percent(low), high=percent(high))


def fewer_than(min_count: int, translate: Tr = identity) -> str:
    return translate("report", "fewer than {n} answers").format(n=min_count)


# -- Fixed phrases ---------------------------------------------------------------------------------------

NOT_ENOUGH = QT_TRANSLATE_NOOP("report", "Not enough answers yet to show a figure")
NO_ANSWERS = QT_TRANSLATE_NOOP("report", "No answers in these dates")

SIGNAL_WORDS: dict[Signal, str] = {
    Signal.BELOW_LIMIT: QT_TRANSLATE_NOOP("report", "Unusually low week"),
    Signal.ABOVE_LIMIT: QT_TRANSLATE_NOOP("report", "Unusually high week"),
    Signal.RUN_BELOW: QT_TRANSLATE_NOOP("report", "Seven weeks in a row below average"),
    Signal.RUN_ABOVE: QT_TRANSLATE_NOOP("report", "Seven weeks in a row above average"),
    Signal.FALLING: QT_TRANSLATE_NOOP("report", "Seven weeks in a row falling"),
    Signal.RISING: QT_TRANSLATE_NOOP("report", "Seven weeks in a row rising"),
    Signal.NEAR_LOWER: QT_TRANSLATE_NOOP("report", "Two of three weeks close to the lower limit"),
    Signal.NEAR_UPPER: QT_TRANSLATE_NOOP("report", "Two of three weeks close to the upper limit"),
}

FOLLOWUP_WORDS: dict[Followup, str] = {
    Followup.STAFF: QT_TRANSLATE_NOOP("report", "From staff here"),
    Followup.VISITOR: QT_TRANSLATE_NOOP("report", "From another visitor"),
    Followup.ELSEWHERE: QT_TRANSLATE_NOOP("report", "Somewhere else"),
}

CHANGE_WORDS: dict[Change, str] = {
    Change.HIGHER: QT_TRANSLATE_NOOP("report", "higher than all sites"),
    Change.LOWER: QT_TRANSLATE_NOOP("report", "lower than all sites"),
    Change.ABOUT_THE_SAME: QT_TRANSLATE_NOOP("report", "about the same as all sites"),
    Change.UNKNOWN: "",
}

REASON_WORDS = {
    "small": QT_TRANSLATE_NOOP("report", "fewer than {n} answers"),
    "secondary": QT_TRANSLATE_NOOP("report", "hidden so a small figure cannot be worked out"),
}


def reason(value: str | None, min_count: int, translate: Tr = identity) -> str:
    return translate(CONTEXT, REASON_WORDS.get(value or "small", REASON_WORDS["small"])).format(n=min_count)


def chart_method(method: Method, trial: bool, translate: Tr = identity) -> str:
    if method is Method.P_CHART:
        words = translate("report", "p-chart: the number of answers changes a lot from week to week, so each week gets its own "
                   "limits — wider in a quiet week, narrower in a busy one.")
    else:
        words = translate("report", "XmR chart: weekly numbers of answers are similar, so the limits are the average ± 2.66 × the "
                   "average week-to-week change.")
    if trial:
        words += " " + translate("report", "Trial limits: fewer than 12 weeks so far, so the limits will move as weeks arrive.")
    return words


def method_notes(min_count: int, translate: Tr = identity) -> list[tuple[str, str]]:
    """(heading, paragraph) pairs: what the figures mean, in plain words."""
    return [
        (translate("report", "What the kindness rate means"),
         translate("report", "Each visitor who used the kiosk answered one question: \u201cDid you experience kindness today?\u201d "
            "with yes, not sure or no. The kindness rate is the number who said yes divided by everyone who "
            "answered. Repeat taps within a short time are not counted, so one person is not counted twice "
            "in a row. Days and hours are the site's own local time.")),
        (translate("report", "What the 95% interval means"),
         translate("report", "A rate from a few hundred answers is an estimate. The interval (a Wilson score interval) is the "
            "range the true rate very probably lies in: the fewer the answers, the wider it is. Two figures "
            "are called different only when their intervals do not overlap; otherwise we say they are about "
            "the same.")),
        (translate("report", "What is hidden, and why"),
         translate("report", "A figure from fewer than {n} answers is never shown: it says \u201cfewer than {n} answers\u201d "
            "instead, with no rate and no counts, so nobody can be picked out and nobody is judged on a handful "
            "of answers. Where a hidden figure could be worked out by subtracting the shown ones from a total, "
            "the next-smallest figure beside it is hidden too (secondary suppression). Hidden cells are marked, "
            "never left to look like zero.").format(n=min_count)),
        (translate("report", "How to read the weekly chart"),
         translate("report", "Each dot is one week's kindness rate. The solid line is the average; the shaded band between the "
            "limits is the ordinary week-to-week variation. A week outside the band, seven weeks in a row on "
            "one side of the average, seven weeks in a row rising or falling, or two of three weeks close to a "
            "limit are signals that something changed — worth a conversation, not a verdict. Limits are fixed "
            "from the first 12 weeks; before that they are trial limits. Weeks with too few answers are gaps. "
            "(Method: NHS \u201cMaking Data Count\u201d statistical process control.)")),
        (translate("report", "Which chart, and why"),
         translate("report", "When every week has a similar number of answers we draw an XmR chart (limits at the average ± 2.66 "
            "× the average change from one week to the next). When the busiest week has more than three times "
            "the answers of the quietest, we draw a p-chart instead, whose limits step with each week's number "
            "of answers, so a quiet week is not judged by a busy week's precision.")),
    ]


class InTen:
    """A rate as a natural frequency for a poster, rounded honestly — never more than the answers say.

    Rule (exact arithmetic on yes ÷ answers, x = 10 × rate):
      * x a whole number → "N in 10" (80% → "8 in 10", 100% → "10 in 10");
      * otherwise N = ⌊x⌋: if x − N ≤ ½ → "more than N in 10" (83%, and 85% exactly, → "more than 8 in 10"),
        if x − N > ½ → "nearly N+1 in 10" (87% → "nearly 9 in 10");
      * two edges: above 90% but not 100% is always "more than 9 in 10" (never "nearly 10 in 10"), and
        below 5% is "fewer than 1 in 10" (never "more than 0 in 10").
    So 0.87 is "nearly 9 in 10", never a bare "9 in 10", and 0.85 is not 9 in 10 at all.
    """

    def __init__(self, yes: int, answers: int) -> None:
        if answers < 1 or not 0 <= yes <= answers:
            raise ValueError(f"a natural frequency needs 0 ≤ yes ≤ answers and answers ≥ 1 (got {yes} of {answers})")
        tenths = 10 * yes  # x = tenths / answers
        whole, rest = divmod(tenths, answers)
        if rest == 0:
            self.qualifier, self.n = "", whole
        elif whole >= 9:
            self.qualifier, self.n = "more than", 9
        elif 2 * rest <= answers:
            self.qualifier, self.n = ("fewer than", 1) if whole == 0 else ("more than", whole)
        else:
            self.qualifier, self.n = "nearly", whole + 1

    def figure(self, translate: Tr = identity) -> str:
        return translate("report", "{n} in 10").format(n=self.n)

    def lead(self, translate: Tr = identity) -> str:
        """The qualifier with a capital, for the line above the big figure ("Nearly", "More than", "")."""
        return {"": "", "more than": translate("report", "More than"), "nearly": translate("report", "Nearly"), "fewer than": translate("report", "Fewer than")}[
            self.qualifier]

    def phrase(self, translate: Tr = identity) -> str:
        """"nearly 9 in 10", "8 in 10"."""
        words = {"": "", "more than": translate("report", "more than"), "nearly": translate("report", "nearly"), "fewer than": translate("report", "fewer than")}[
            self.qualifier]
        return f"{words} {self.figure(translate)}".strip()


def key_points(report: Report, translate: Tr = identity) -> list[str]:
    """A few plain sentences for the top of the report: only figures the report shows anyway."""
    r, points = report, []
    head = r.headline
    if head.suppressed is not None:
        points.append(translate(CONTEXT, NOT_ENOUGH) + " " + translate("report", "({words}).").format(words=fewer_than(r.min_count, translate)))
    elif not head.answers or head.kindness_rate is None:
        points.append(translate(CONTEXT, NO_ANSWERS) + ".")
    else:
        points.append(translate("report", "{rate} of {n} answers were yes, they experienced kindness.").format(
            rate=percent(head.kindness_rate), n=count(head.answers)))
    if r.trend.shown_weeks >= 2:
        low = [s for s in r.trend.spans if s.signal.low_side]
        high = [s for s in r.trend.spans if not s.signal.low_side]
        if not low and not high:
            points.append(translate("report", "Week by week: every week was within the usual variation."))
        if low:
            last = low[-1]
            points.append(translate("report", "Week by week: {words} ({when}) — worth a look.").format(
                words=translate(CONTEXT, SIGNAL_WORDS[last.signal]).lower(), when=week(last.last, translate)))
        if high:
            last = high[-1]
            points.append(translate("report", "Week by week: {words} ({when}).").format(
                words=translate(CONTEXT, SIGNAL_WORDS[last.signal]).lower(), when=week(last.last, translate)))
    shown = [line for line in r.followups.lines if line.share is not None]
    if shown:
        top = max(shown, key=lambda line: line.share.value if line.share else 0.0)
        if top.share is not None:
            points.append(translate("report", "Where people noticed kindness: most often \u201c{where}\u201d ({rate}).").format(
                where=translate(CONTEXT, FOLLOWUP_WORDS[top.where]), rate=percent(top.share.value)))
    if r.site_lines:
        hidden = sum(1 for line in r.site_lines if line.row.suppressed is not None)
        if hidden:
            points.append(translate("report", "{hidden} of {n} sites have too few answers to show on their own.").format(
                hidden=hidden, n=len(r.site_lines)))
    if r.alerts:
        points.append(translate("report", "Open alerts: {n}.").format(n=len(r.alerts)))
    return points
