"""The results report as an A4 PDF a manager can take to a meeting: `write_pdf(report, path)`.

In order: the site(s) and dates; the headline kindness rate with its 95% interval and n, and the answer split;
the weekly control chart with its signals in words; the weekday × hour pattern; follow-ups; the staff pulse;
sites side by side (only shown figures); open alerts; wall activity (counts only); what the figures mean. Every
figure comes from the `Report` (kiosk.results.report_model), where suppression has already been applied, so a
hidden figure cannot reach the page; where there is nothing to show the page says so in kind words. Vector
charts and text, fonts embedded (kiosk.results.report_page). Every word goes through `translate` (report_words).
Thread: any (the CLI's main thread, or the kiosk's database thread).
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.patches import Circle

from kiosk.results import report_words as w
from kiosk.results.report_charts import HATCH, heat_grid, split_bar, weekly_chart
from kiosk.results.report_model import Report
from kiosk.results.report_page import Pages, pitch, style, text_width, wrap
from kiosk.results.rules.summary import ALL_SITES, SummaryRow


def write_pdf(report: Report, path: Path, *, translate: w.Tr | None = None) -> None:
    """Renders `report` to `path` (A4, every page), written beside it then renamed."""
    translate = translate or w.translator()
    with style():
        pages = Pages()
        _title(pages, report, translate)
        _headline(pages, report, translate)
        _glance(pages, report, translate)
        _trend(pages, report, translate)
        _pattern(pages, report, translate)
        _followups(pages, report, translate)
        _pulse(pages, report, translate)
        _sites(pages, report, translate)
        _alerts(pages, report, translate)
        _wall(pages, report, translate)
        _notes(pages, report, translate)
        dates = w.dates(report.date_from, report.date_to, translate)
        pages.footers(translate("report", "Kindness Kiosk results · {dates}").format(dates=dates), translate("report", "Page {n} of {total}"))
        pages.save_pdf(path, title=title(report, translate), subject=dates)


def title(report: Report, translate: w.Tr) -> str:
    real = [s for s in report.sites if s != ALL_SITES]
    if len(real) == 1:
        return translate("report", "Kindness at {site}").format(site=real[0])
    if not real:
        return translate("report", "Kindness results")
    return translate("report", "Kindness across {n} sites").format(n=len(real))


def _title(pages: Pages, r: Report, translate: w.Tr) -> None:
    p = pages.p
    pages.paragraph(title(r, translate), 24, bold=True, after=0.5)
    pages.paragraph(w.dates(r.date_from, r.date_to, translate), 12.5, color=p.ink_soft, after=0.5)
    scope = {"kiosk": translate("report", "This kiosk's answers only"), "central": translate("report", "Every kiosk at these sites")}.get(r.scope, "")
    sites = [s for s in r.sites if s != ALL_SITES]
    small = [scope] if scope else []
    if 1 < len(sites) <= 6:
        small.append(", ".join(sites))
    if r.made_at:
        small.append(translate("report", "Made {day}").format(day=w.day(r.made_at.date(), translate)))
    if small:
        pages.paragraph("  ·  ".join(small), 8.5, color=p.ink_soft, after=0)
    if r.other_questions:
        names = ", ".join(sorted({s for s, _ in r.other_questions}))
        pages.paragraph(translate("report", "{sites} asked a different question; those answers are not added into these figures "
                           "(they are in the spreadsheet).").format(sites=names), 8.5, color=p.accent, after=0)
    pages.y += 5


def _headline(pages: Pages, r: Report, translate: w.Tr) -> None:
    p, row = pages.p, r.headline
    x, y, width, height = pages.margin, pages.y, pages.width, 44.0
    pages.card(x, y, width, height)
    if row.suppressed is not None or row.kindness_rate is None or row.ci_low is None or row.ci_high is None:
        words = translate(w.CONTEXT, w.NOT_ENOUGH) if row.suppressed is not None else translate(w.CONTEXT, w.NO_ANSWERS)
        pages.text(x + 8, y + 17, words, 17, bold=True, color=p.accent)
        detail = (translate("report", "There are fewer than {n} answers in these dates, so no rate or count is shown. It will "
                     "appear once at least {n} visitors have answered.").format(n=r.min_count)
                  if row.suppressed is not None else
                  translate("report", "Nobody answered the kindness question in these dates. Is the kiosk switched on and "
                     "where visitors can see it?"))
        for i, line in enumerate(wrap(detail, width - 16, 9.5)):
            pages.text(x + 8, y + 27 + i * pitch(9.5), line, 9.5, color=p.ink_soft)
        pages.y = y + height + 6
        return
    big = w.percent(row.kindness_rate)
    pages.text(x + 8, y + 23, big, 46, bold=True, color=p.accent)
    left = x + 14 + text_width(big, 46, True)
    room = x + width - left - 8
    lines = wrap(translate("report", "said yes: they experienced kindness"), room, 13, True)[:2]
    for i, line in enumerate(lines):
        pages.text(left, y + 12 + i * pitch(13), line, 13, bold=True)
    detail = translate("report", "{yes} of {n} answers  ·  {interval}").format(
        yes=w.count(row.yes or 0), n=w.count(row.answers or 0), interval=w.interval(row.ci_low, row.ci_high, translate))
    for i, line in enumerate(wrap(detail, room, 9.5)[:2]):
        pages.text(left, y + 13.5 + len(lines) * pitch(13) + i * pitch(9.5), line, 9.5, color=p.ink_soft)
    split_bar(pages, x + 8, y + 30, width - 16, row, translate)
    pages.y = y + height + 6


def _glance(pages: Pages, r: Report, translate: w.Tr) -> None:
    points = w.key_points(r, translate)
    if len(points) < 2:
        return
    pages.heading(translate("report", "At a glance"), keep_with=len(points) * 6)
    for point in points:
        pages.need(pitch(10))
        pages.ax.add_patch(Circle((pages.margin + 1.4, pages.y + 2.3), 0.9, color=pages.p.accent, lw=0, zorder=4))
        pages.paragraph(point, 10, x=pages.margin + 5, after=0.8)
    pages.y += 2


def _trend(pages: Pages, r: Report, translate: w.Tr) -> None:
    p, chart = pages.p, r.trend.chart
    pages.heading(translate("report", "Week by week"), keep_with=90)
    if r.trend.shown_weeks < 2:
        pages.paragraph(translate("report", "Not enough weeks with a figure to draw a chart yet: a week needs at least {n} "
                           "answers to be shown, and the chart needs two such weeks.").format(n=r.min_count),
                        10, color=p.ink_soft)
        return
    hidden = [r_.period_start for r_ in r.weekly if r_.site == r.headline.site and r_.suppressed is not None
              and r_.question_version == r.question]
    ax = pages.axes(pages.margin, pages.y, pages.width - 14, 72)
    weekly_chart(ax, r.trend, hidden, p, translate)
    pages.y += 72 + 9
    pages.paragraph(w.chart_method(chart.method, chart.trial, translate), 8.5, color=p.ink_soft, after=2)
    if not r.trend.spans:
        pages.paragraph(translate("report", "No signals: every week was within the usual variation."), 9.5)
        return
    for span in r.trend.spans[:10]:
        when = (w.week(span.first, translate) if span.first == span.last else
                translate("report", "weeks of {first} to {last}").format(first=w.day(span.first.start, translate),
                                                        last=w.day(span.last.start, translate)))
        colour = p.no if span.signal.low_side else p.yes
        pages.need(pitch(9.5))
        pages.triangle(pages.margin + 1.6, pages.y + 2.4, down=span.signal.low_side, color=colour)
        pages.paragraph(f"{translate(w.CONTEXT, w.SIGNAL_WORDS[span.signal])} — {when}", 9.5, x=pages.margin + 5, after=0.4)
    if len(r.trend.spans) > 10:
        pages.paragraph(translate("report", "… and {n} more signals (see the Weekly sheet of the spreadsheet).").format(
            n=len(r.trend.spans) - 10), 9, color=p.ink_soft)


def _pattern(pages: Pages, r: Report, translate: w.Tr) -> None:
    pages.heading(translate("report", "Through the week"), keep_with=86 if r.pattern.any_shown else 10)
    if not r.pattern.any_shown:
        pages.paragraph(translate(w.CONTEXT, w.NOT_ENOUGH) + ". " + translate("report", "Each weekday and hour needs at least {n} answers to be "
                                                      "shown.").format(n=r.min_count), 10, color=pages.p.ink_soft)
        return
    pages.paragraph(translate("report", "Kindness rate by day of the week and hour of the day (the site's local time)."), 9,
                    color=pages.p.ink_soft)
    heat_grid(pages, r.pattern, r.min_count, translate)


def _followups(pages: Pages, r: Report, translate: w.Tr) -> None:
    p, f = pages.p, r.followups
    pages.heading(translate("report", "Where people noticed kindness"), keep_with=30)
    if f.answered == 0:
        pages.paragraph(translate("report", "Nobody answered the follow-up question in these dates."), 10, color=p.ink_soft)
        return
    if f.answered is None:
        pages.paragraph(translate(w.CONTEXT, w.NOT_ENOUGH) + " " + translate("report", "({words}).").format(words=w.fewer_than(r.min_count, translate)),
                        10, color=p.ink_soft)
        return
    pages.paragraph(translate("report", "Of the {n} visitors who answered \u201cwhere did you notice kindness?\u201d:").format(
        n=w.count(f.answered)), 9.5, color=p.ink_soft)
    label_w, bar_w = 48.0, 80.0
    for line in f.lines:
        pages.need(8)
        y = pages.y
        pages.text(pages.margin, y + 4.2, translate(w.CONTEXT, w.FOLLOWUP_WORDS[line.where]), 9.5)
        x = pages.margin + label_w
        pages.rect(x, y + 1, bar_w, 4, p.quiet)
        if line.share is None:
            pages.rect(x, y + 1, bar_w, 4, p.surface, hatch="////", edge=HATCH)
            pages.text(x + bar_w + 4, y + 4.2, w.reason(line.hidden, r.min_count, translate), 8.5, color=p.ink_soft)
        else:
            s = line.share
            pages.rect(x, y + 1, bar_w * s.value, 4, p.accent, zorder=4)
            pages.ax.plot([x + bar_w * s.low, x + bar_w * s.high], [y + 3, y + 3], color=p.ink, lw=0.8, zorder=5)
            pages.text(x + bar_w + 4, y + 4.2, f"{w.percent(s.value)}  ({w.count(s.count)})", 9.5, bold=True)
            pages.text(x + bar_w + 30, y + 4.2, w.interval(s.low, s.high, translate), 8, color=p.ink_soft)
        pages.y += 7.5
    pages.y += 2


def _table(pages: Pages, headers: list[tuple[str, float]], rows: list[list[str | None]], *,
           dim: list[bool]) -> None:
    """A plain table: header row, zebra rows, columns at the given widths (mm). A cell of None joins the cell
    before it (for "fewer than 10 answers" across the figures' columns); long cells wrap."""
    p = pages.p

    def header() -> None:
        x = pages.margin
        for text, width in headers:
            pages.text(x + 1.5, pages.y + 4.2, text, 8, bold=True, color=p.ink_soft)
            x += width
        pages.y += 6.5

    pages.need(14)
    header()
    for i, (cells, faint) in enumerate(zip(rows, dim, strict=True)):
        merged: list[tuple[str, float]] = []
        for cell, (_, width) in zip(cells, headers, strict=True):
            if cell is None and merged:
                merged[-1] = (merged[-1][0], merged[-1][1] + width)
            else:
                merged.append((cell or "", width))
        wrapped = [(wrap(c, width - 3, 9), width) for c, width in merged]
        height = max(len(lines) for lines, _ in wrapped) * pitch(9) + 2
        if pages.y + height > pages.bottom:
            pages.new_page()
            header()
        if i % 2 == 0:
            pages.rect(pages.margin, pages.y, sum(wd for _, wd in headers), height, p.warm, zorder=2)
        x = pages.margin
        for lines, width in wrapped:
            for j, line in enumerate(lines):
                pages.text(x + 1.5, pages.y + 1 + (j + 0.78) * pitch(9), line, 9,
                           color=p.ink_soft if faint else p.ink)
            x += width
        pages.y += height
    pages.y += 4


def _cells(row: SummaryRow, r: Report, translate: w.Tr) -> tuple[list[str | None], bool]:
    """Answers, rate, interval — or the reason across all three when the figure is hidden."""
    if row.suppressed is not None:
        return [w.reason(row.suppressed, r.min_count, translate), None, None], True
    if not row.answers or row.kindness_rate is None or row.ci_low is None or row.ci_high is None:
        return [translate("report", "no answers"), None, None], True
    return [w.count(row.answers), w.percent(row.kindness_rate),
            f"{w.percent(row.ci_low)} – {w.percent(row.ci_high)}"], False


def _pulse(pages: Pages, r: Report, translate: w.Tr) -> None:
    if not r.pulse:
        return
    pages.heading(translate("report", "Staff pulse"), keep_with=25)
    pages.paragraph(translate("report", "Staff were asked \u201cDid you experience kindness at work today?\u201d when staff mode "
                       "opened, anonymously. Shown by month and site only."), 9, color=pages.p.ink_soft)
    rows: list[list[str | None]] = []
    dim: list[bool] = []
    for row in r.pulse:
        if row.suppressed or row.rate is None or row.low is None or row.high is None:
            rows.append([w.month(row.month, translate), row.site, translate("report", "too few answers to show"), None, None])
            dim.append(True)
        else:
            rows.append([w.month(row.month, translate), row.site, w.count(row.answers or 0), w.percent(row.rate),
                         f"{w.percent(row.low)} – {w.percent(row.high)}"])
            dim.append(False)
    _table(pages, [(translate("report", "Month"), 32), (translate("report", "Site"), 62), (translate("report", "Answers"), 20), (translate("report", "Said yes"), 30),
                   (translate("report", "95% interval"), 34)], rows, dim=dim)


def _sites(pages: Pages, r: Report, translate: w.Tr) -> None:
    if not r.site_lines:
        return
    pages.heading(translate("report", "Sites side by side"), keep_with=25)
    pages.paragraph(translate("report", "In name order, not a league table. A site is called higher or lower than all sites only "
                       "when the intervals do not overlap."), 9, color=pages.p.ink_soft)
    rows: list[list[str | None]] = []
    dim: list[bool] = []
    for line in r.site_lines:
        cells, faint = _cells(line.row, r, translate)
        rows.append([line.row.site, *cells, translate(w.CONTEXT, w.CHANGE_WORDS[line.versus])])
        dim.append(faint)
    _table(pages, [(translate("report", "Site"), 62), (translate("report", "Answers"), 20), (translate("report", "Kindness rate"), 26), (translate("report", "95% interval"), 24),
                   (translate("report", "Compared"), 46)], rows, dim=dim)


def _alerts(pages: Pages, r: Report, translate: w.Tr) -> None:
    if not r.alerts:
        return
    pages.heading(translate("report", "Open alerts"), keep_with=15)
    states = {"new": translate("report", "new"), "acknowledged": translate("report", "acknowledged")}
    rows: list[list[str | None]] = [[w.day(a.opened, translate), a.site, a.what, states.get(a.state, a.state)]
                                    for a in r.alerts]
    _table(pages, [(translate("report", "Since"), 24), (translate("report", "Site"), 46), (translate("report", "What"), 80), (translate("report", "State"), 28)], rows,
           dim=[False] * len(rows))


def _wall(pages: Pages, r: Report, translate: w.Tr) -> None:
    if r.wall is None:
        return
    a = r.wall
    pages.heading(translate("report", "Kindness wall"), keep_with=10)
    pages.paragraph(translate("report", "{written} messages written: {approved} put on the wall, {pending} waiting for staff, "
                       "{rejected} declined, {hidden} taken down later.").format(
        written=w.count(a.written), approved=w.count(a.approved), pending=w.count(a.pending),
        rejected=w.count(a.rejected), hidden=w.count(a.hidden)), 10)


def _notes(pages: Pages, r: Report, translate: w.Tr) -> None:
    pages.heading(translate("report", "About these figures"), keep_with=30)
    for heading, paragraph in w.method_notes(r.min_count, translate):
        pages.need(pitch(10) + 3 * pitch(9))
        pages.paragraph(heading, 10, bold=True, after=0.3)
        pages.paragraph(paragraph, 9, color=pages.p.ink_soft, after=2.5)
    pages.paragraph(translate("report", "Chart used in this report: {method}").format(
        method=w.chart_method(r.trend.chart.method, r.trend.chart.trial, translate)), 9, color=pages.p.ink_soft)
