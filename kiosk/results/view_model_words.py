"""The Results screen's words, made from the service's plain data each time they are read (so a language switch
changes them at once). The reports' own phrases are reused through kiosk.results.report_words ("8 in 10",
"fewer than 10 answers", the signal words, the follow-up names), translated in their "report" context; the
screen's own sentences are in the "results" context. A hidden figure has no number in any of these words.
Thread: GUI.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from kiosk.core.answers import Followup
from kiosk.results import report_words as w
from kiosk.results.rules.control import Signal
from kiosk.results.rules.measure import Change, Share
from kiosk.results.service import Figure, Glance, WeekPoint
from kiosk.shell.language import fill

_qt = QCoreApplication.translate  # the report words' translate hook (context, text)

CONTEXT = "results"


translate = QCoreApplication.translate  # lupdate reads translate("results", "…") calls


class Plurals(QObject):
    """The sentences whose grammar follows a number (lupdate marks plurals only in `self.tr(…, "", n)`)."""

    def sites(self, n: int) -> str:
        return self.tr("%n sites", "", n)

    def headline(self, n: int) -> str:
        return self.tr("said yes, they experienced kindness — between %1 and %2 in 10, from %n answers", "", n)

    def followed_up(self, n: int) -> str:
        return self.tr("Of the %n people who said where:", "", n)

    def pulse(self, n: int) -> str:
        return self.tr("%1: %2 staff said yes, from %n answers", "", n)


_plurals: list[Plurals] = []


def plurals() -> Plurals:
    if not _plurals:
        _plurals.append(Plurals())
    return _plurals[0]


def making() -> str:
    return translate("results", "Making the report…")


def tenths(value: float) -> int:
    """A share as a whole number in 10, rounded half up (0.85 → 9)."""
    return math.floor(value * 10 + 0.5)


def scope(glance: Glance | None) -> str:
    if glance is None:
        return ""
    if glance.scope.kind == "kiosk":
        return translate("results", "This kiosk only")
    if len(glance.scope.sites) <= 1:
        return translate("results", "The whole site")
    return plurals().sites(len(glance.scope.sites))


def period(figure: Figure) -> str:
    return fill(translate("results", "Last 4 weeks: %1"), w.dates(figure.period.start, figure.period.end, _qt))


def big(figure: Figure, min_count: int) -> str:
    """"Nearly 9 in 10", or why there is no figure."""
    if figure.hidden:
        return QCoreApplication.translate(w.CONTEXT, w.NOT_ENOUGH)
    if figure.share is None:
        return translate("results", "No answers yet")
    frequency = w.InTen(figure.share.count, figure.share.of)
    return f"{frequency.lead(_qt)} {frequency.figure(_qt)}".strip()


def detail(figure: Figure, min_count: int) -> str:
    """"said yes — between 7 and 9 in 10, from 124 answers", or the hidden figure's words."""
    if figure.hidden:
        return fill(translate("results", "There are %1 in these 4 weeks. A figure shows from %2 answers, so nobody "
                                         "is judged on a handful."), w.fewer_than(min_count, _qt), min_count)
    share = figure.share
    if share is None:
        return translate("results", "Answers at the kiosk will show here.")
    return fill(plurals().headline(share.of), tenths(share.low), tenths(share.high))


def precise(figure: Figure) -> str:
    share = figure.share
    if figure.hidden or share is None:
        return ""
    return translate("results", "%1 said yes (%2)").replace("%1", w.percent(share.value)).replace(
        "%2", w.interval(share.low, share.high, _qt))


def change_words(change: Change) -> str:
    if change is Change.HIGHER:
        return translate("results", "Higher than the 4 weeks before (%1): the two 95% intervals do not overlap.")
    if change is Change.LOWER:
        return translate("results", "Lower than the 4 weeks before (%1): the two 95% intervals do not overlap.")
    return translate("results", "About the same as the 4 weeks before (%1).")


def comparison(glance: Glance | None) -> str:
    if glance is None or glance.headline.share is None:
        return ""
    before = glance.previous
    if glance.change is Change.UNKNOWN or before.share is None:
        why = w.fewer_than(glance.min_count, _qt) if before.hidden else translate("results", "no answers")
        return fill(translate("results", "The 4 weeks before had %1, so there is nothing to compare with."), why)
    return change_words(glance.change).replace("%1", w.InTen(before.share.count, before.share.of).phrase(_qt))


def week_label(start: date) -> str:
    """"2\nNov": the Monday a week starts, the day above the month (narrow columns), both in the language in use:
    the locale's own short month name and digits (a translated month name cut to three letters is no abbreviation
    in Polish, Arabic or Urdu)."""
    locale = QLocale()
    return f"{locale.toString(start.day)}\n{locale.standaloneMonthName(start.month, QLocale.FormatType.ShortFormat)}"


def gap(point: WeekPoint, min_count: int) -> str:
    if point.figure.hidden:
        return w.fewer_than(min_count, _qt)
    if point.figure.empty:
        return translate("results", "no answers")
    return ""


SIGNAL_ORDER = (Signal.BELOW_LIMIT, Signal.ABOVE_LIMIT, Signal.NEAR_LOWER, Signal.NEAR_UPPER, Signal.RUN_BELOW,
                Signal.RUN_ABOVE, Signal.FALLING, Signal.RISING)


def signal(point: WeekPoint) -> str:
    """The most telling special cause of a week, in words ("Unusually low week"), or ""."""
    for s in SIGNAL_ORDER:
        if s in point.signals:
            return QCoreApplication.translate(w.CONTEXT, w.SIGNAL_WORDS[s])
    return ""


def spoken(point: WeekPoint, min_count: int) -> str:
    """One week for a screen reader: "Week of 2 Nov 2026: 82% said yes. Unusually low week." (a week's number of
    answers is never said: kiosk.results.service says why)."""
    when = w.week(point.figure.period, _qt)
    when = when[:1].upper() + when[1:]  # it starts the sentence
    share = point.figure.share
    if share is None:
        said = f"{when}: {gap(point, min_count)}."
    else:
        said = translate("results", "%1: %2 said yes.").replace("%1", when).replace("%2", w.percent(share.value))
    if point.so_far:
        said += " " + translate("results", "This week so far.")
    words = signal(point)
    return f"{said} {words}." if words else said


def chart_description(glance: Glance | None) -> str:
    if glance is None:
        return ""
    parts = [translate("results", "Kindness rate week by week, the last 8 weeks.")]
    parts += [spoken(p, glance.min_count) for p in glance.weeks]
    if glance.centre is not None:
        parts.append(translate("results", "Average %1.").replace("%1", w.percent(glance.centre)))
    return " ".join(parts)


def signals(glance: Glance | None) -> str:
    """Each special cause among the shown weeks, once per run of weeks: "Unusually low week: week of 9 Nov 2026"."""
    if glance is None:
        return ""
    lines: list[str] = []
    for s in SIGNAL_ORDER:
        run: list[WeekPoint] = []
        for point in [*[p for p in glance.weeks if p.figure.share is not None], None]:
            if point is not None and s in point.signals:
                run.append(point)
                continue
            if run:
                first, last = run[0].figure.period, run[-1].figure.period
                when = w.week(first, _qt) if first == last else \
                    fill(translate("results", "%1 to %2"), w.week(first, _qt), w.week(last, _qt))
                lines.append(f"{QCoreApplication.translate(w.CONTEXT, w.SIGNAL_WORDS[s])}: {when}")
                run = []
    if not lines and sum(1 for p in glance.weeks if p.figure.share is not None) >= 2:
        return QCoreApplication.translate("report", "Week by week: every week was within the usual variation.")
    return "\n".join(lines)


def chart_note(glance: Glance | None) -> str:
    if glance is None or glance.centre is None:
        return ""
    note = translate("results", "Dashed line: the average. Green band: the usual week-to-week variation.")
    if glance.trial:
        note += " " + translate("results", "Trial limits: fewer than 12 weeks so far.")
    return note


def followup_label(where: Followup) -> str:
    return QCoreApplication.translate(w.CONTEXT, w.FOLLOWUP_WORDS[where])


def followup_value(share: Share | None, hidden: bool, min_count: int) -> str:
    if hidden or share is None:
        return w.fewer_than(min_count, _qt) if hidden else translate("results", "no answers")
    return w.percent(share.value)


def followups_note(glance: Glance | None) -> str:
    if glance is None:
        return ""
    if glance.followed_up is None:
        return translate("results", "Fewer than %1 people said where they noticed kindness, so no shares are shown.") \
            .replace("%1", str(glance.min_count))
    if glance.followed_up == 0:
        return translate("results", "Nobody has said where they noticed kindness in these 4 weeks.")
    return plurals().followed_up(glance.followed_up)


def pulse(glance: Glance | None) -> str:
    if glance is None or not glance.pulse:
        return translate("results", "No staff answers yet this month.") if glance is not None and glance.pulse \
            is not None else ""
    lines = []
    for row in glance.pulse:
        month = w.month(row.month, _qt)
        if row.suppressed or row.rate is None or row.answers is None or row.yes is None:
            lines.append(f"{month}: {w.fewer_than(glance.min_count, _qt)}")
        else:
            lines.append(plurals().pulse(row.answers).replace("%1", month)
                         .replace("%2", w.InTen(row.yes, row.answers).phrase(_qt)))
    return "\n".join(lines)


def alert_line(state: str, sentence: str) -> str:
    """"New · Kindness rate below 60%: …" (the sentence is the alerts module's, never with a hidden figure)."""
    said = translate("results", "Acknowledged") if state == "acknowledged" else translate("results", "New")
    return f"{said} · {sentence}"


def saved(path_name: str, folder: str, on_usb: bool) -> str:
    if on_usb:
        return translate("results", "Saved as %1 on the USB stick (%2). You can take the stick out now.") \
            .replace("%1", path_name).replace("%2", folder)
    return fill(translate("results", "No USB stick was found, so the report was saved as %1 in the kiosk's data "
                                     "folder (%2)."), path_name, folder)
