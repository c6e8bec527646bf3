"""The Results screen's words, made from the service's plain data each time they are read (so a language switch
changes them at once). The reports' own phrases are reused through kiosk.results.report_words ("8 in 10",
"fewer than 10 answers", the signal words, the follow-up names), translated in their "report" context; the
screen's own sentences are in the "results" context. A hidden figure has no number in any of these words.
Thread: GUI.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QCoreApplication

from kiosk.core.answers import Followup
from kiosk.results import report_words as w
from kiosk.results.rules.control import Signal
from kiosk.results.rules.measure import Change, Share
from kiosk.results.service import Figure, Glance, WeekPoint

CONTEXT = "results"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, "", n)


def report_tr(text: str) -> str:
    return QCoreApplication.translate(w.CONTEXT, text)


def tenths(value: float) -> int:
    """A share as a whole number in 10, rounded half up (0.85 → 9)."""
    return math.floor(value * 10 + 0.5)


def scope(glance: Glance | None) -> str:
    if glance is None:
        return ""
    if glance.scope.kind == "kiosk":
        return tr("This kiosk only")
    if len(glance.scope.sites) <= 1:
        return tr("The whole site")
    return tr("%n sites", len(glance.scope.sites))


def period(figure: Figure) -> str:
    return tr("Last 4 weeks: %1").replace("%1", w.dates(figure.period.start, figure.period.end, report_tr))


def big(figure: Figure, min_count: int) -> str:
    """"Nearly 9 in 10", or why there is no figure."""
    if figure.hidden:
        return report_tr(w.NOT_ENOUGH)
    if figure.share is None:
        return tr("No answers yet")
    frequency = w.InTen(figure.share.count, figure.share.of)
    return f"{frequency.lead(report_tr)} {frequency.figure(report_tr)}".strip()


def detail(figure: Figure, min_count: int) -> str:
    """"said yes — between 7 and 9 in 10, from 124 answers", or the hidden figure's words."""
    if figure.hidden:
        return tr("There are %1 in these 4 weeks. A figure shows from %2 answers, so nobody is judged on a handful.") \
            .replace("%1", w.fewer_than(min_count, report_tr)).replace("%2", str(min_count))
    share = figure.share
    if share is None:
        return tr("Answers at the kiosk will show here.")
    return tr("said yes, they experienced kindness — between %1 and %2 in 10, from %n answers", share.of) \
        .replace("%1", str(tenths(share.low))).replace("%2", str(tenths(share.high)))


def precise(figure: Figure) -> str:
    share = figure.share
    if figure.hidden or share is None:
        return ""
    return tr("%1 said yes (%2)").replace("%1", w.percent(share.value)).replace(
        "%2", w.interval(share.low, share.high, report_tr))


CHANGE = {Change.HIGHER: "Higher than the 4 weeks before (%1): the two 95% intervals do not overlap.",
          Change.LOWER: "Lower than the 4 weeks before (%1): the two 95% intervals do not overlap.",
          Change.ABOUT_THE_SAME: "About the same as the 4 weeks before (%1)."}


def comparison(glance: Glance | None) -> str:
    if glance is None or glance.headline.share is None:
        return ""
    before = glance.previous
    if glance.change is Change.UNKNOWN or before.share is None:
        why = w.fewer_than(glance.min_count, report_tr) if before.hidden else tr("no answers")
        return tr("The 4 weeks before had %1, so there is nothing to compare with.").replace("%1", why)
    return tr(CHANGE[glance.change]).replace("%1", w.InTen(before.share.count, before.share.of).phrase(report_tr))


def week_label(start: date) -> str:
    """"2 Nov": the Monday a week starts."""
    return f"{start.day} {report_tr(w.MONTHS[start.month - 1])[:3]}"


def gap(point: WeekPoint, min_count: int) -> str:
    if point.figure.hidden:
        return w.fewer_than(min_count, report_tr)
    if point.figure.empty:
        return tr("no answers")
    return ""


SIGNAL_ORDER = (Signal.BELOW_LIMIT, Signal.ABOVE_LIMIT, Signal.NEAR_LOWER, Signal.NEAR_UPPER, Signal.RUN_BELOW,
                Signal.RUN_ABOVE, Signal.FALLING, Signal.RISING)


def signal(point: WeekPoint) -> str:
    """The most telling special cause of a week, in words ("Unusually low week"), or ""."""
    for s in SIGNAL_ORDER:
        if s in point.signals:
            return report_tr(w.SIGNAL_WORDS[s])
    return ""


def spoken(point: WeekPoint, min_count: int) -> str:
    """One week for a screen reader: "Week of 2 Nov 2026: 82% said yes. Unusually low week." (a week's number of
    answers is never said: kiosk.results.service says why)."""
    when = w.week(point.figure.period, report_tr)
    share = point.figure.share
    if share is None:
        said = f"{when}: {gap(point, min_count)}."
    else:
        said = tr("%1: %2 said yes.").replace("%1", when).replace("%2", w.percent(share.value))
    if point.so_far:
        said += " " + tr("This week so far.")
    words = signal(point)
    return f"{said} {words}." if words else said


def chart_description(glance: Glance | None) -> str:
    if glance is None:
        return ""
    parts = [tr("Kindness rate week by week, the last 8 weeks.")]
    parts += [spoken(p, glance.min_count) for p in glance.weeks]
    if glance.centre is not None:
        parts.append(tr("Average %1.").replace("%1", w.percent(glance.centre)))
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
                when = w.week(first, report_tr) if first == last else \
                    tr("%1 to %2").replace("%1", w.week(first, report_tr)).replace("%2", w.week(last, report_tr))
                lines.append(f"{report_tr(w.SIGNAL_WORDS[s])}: {when}")
                run = []
    if not lines and sum(1 for p in glance.weeks if p.figure.share is not None) >= 2:
        return report_tr("Week by week: every week was within the usual variation.")
    return "\n".join(lines)


def chart_note(glance: Glance | None) -> str:
    if glance is None or glance.centre is None:
        return ""
    note = tr("Dots: each week's kindness rate. Line: the average. Band: the usual week-to-week variation.")
    if glance.trial:
        note += " " + tr("Trial limits: fewer than 12 weeks so far.")
    return note


def followup_label(where: Followup) -> str:
    return report_tr(w.FOLLOWUP_WORDS[where])


def followup_value(share: Share | None, hidden: bool, min_count: int) -> str:
    if hidden or share is None:
        return w.fewer_than(min_count, report_tr) if hidden else tr("no answers")
    return w.percent(share.value)


def followups_note(glance: Glance | None) -> str:
    if glance is None:
        return ""
    if glance.followed_up is None:
        return tr("Fewer than %1 people said where they noticed kindness, so no shares are shown.") \
            .replace("%1", str(glance.min_count))
    if glance.followed_up == 0:
        return tr("Nobody has said where they noticed kindness in these 4 weeks.")
    return tr("Of the %n people who said where they noticed kindness in these 4 weeks:", glance.followed_up)


def pulse(glance: Glance | None) -> str:
    if glance is None or not glance.pulse:
        return tr("No staff answers yet this month.") if glance is not None and glance.pulse is not None else ""
    lines = []
    for row in glance.pulse:
        month = w.month(row.month, report_tr)
        if row.suppressed or row.rate is None or row.answers is None or row.yes is None:
            lines.append(f"{month}: {w.fewer_than(glance.min_count, report_tr)}")
        else:
            lines.append(tr("%1: %2 staff said yes, from %n answers", row.answers).replace("%1", month)
                         .replace("%2", w.InTen(row.yes, row.answers).phrase(report_tr)))
    return "\n".join(lines)


def alert_line(state: str, sentence: str) -> str:
    """"New · Kindness rate below 60%: …" (the sentence is the alerts module's, never with a hidden figure)."""
    return f"{tr('Acknowledged') if state == 'acknowledged' else tr('New')} · {sentence}"


def saved(path_name: str, folder: str, on_usb: bool) -> str:
    if on_usb:
        return tr("Saved as %1 on the USB stick (%2). You can take the stick out now.") \
            .replace("%1", path_name).replace("%2", folder)
    return tr("No USB stick was found, so the report was saved as %1 in the kiosk's data folder (%2).") \
        .replace("%1", path_name).replace("%2", folder)
