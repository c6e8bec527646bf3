"""The report's pictures, drawn with matplotlib onto a page (kiosk.results.report_page): the weekly control chart,
the weekday × hour heat grid and the answer split bar. Only figures the report model lets through are drawn:
a hidden week is a gap (marked at the foot of the chart), a hidden grid cell is hatched and blank.
Thread: any (matplotlib's Figure API, no pyplot).
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap, to_hex
from matplotlib.ticker import FixedLocator, FuncFormatter

from kiosk.results import report_words as w
from kiosk.results.report_model import Pattern, Trend
from kiosk.results.report_page import Pages, Palette, text_width
from kiosk.results.rules.control import Method
from kiosk.results.rules.summary import SummaryRow

HATCH = "#9C8C80"  # the lines over a hidden cell: plainly not a colour of the scale
LOW_MARK = "v"
HIGH_MARK = "^"


def weekly_chart(ax: Axes, trend: Trend, hidden: list[date], p: Palette, translate: w.Tr) -> None:
    """Points, centre line, limits (a band; stepped for a p-chart), signal weeks marked and the biggest ones
    named; weeks whose figure is hidden are small open rings on the floor of the chart."""
    chart = trend.chart
    points = chart.points
    xs = [_num(pt.period.start) for pt in points]  # days since 1970: plain numbers, labelled by _date_ticks
    ys = [pt.rate * 100 if pt.rate is not None else math.nan for pt in points]
    lows = [pt.lower * 100 if pt.lower is not None else math.nan for pt in points]
    highs = [pt.upper * 100 if pt.upper is not None else math.nan for pt in points]
    shown = [y for y in ys if not math.isnan(y)]
    floor_values = [*shown, *(v for v in lows if not math.isnan(v))]
    top_values = [*shown, *(v for v in highs if not math.isnan(v))]
    bottom = max(0.0, math.floor((min(floor_values) - 6) / 5) * 5) if floor_values else 0.0
    top = min(100.0, math.ceil((max(top_values) + 4) / 5) * 5) if top_values else 100.0
    ax.set_facecolor(p.surface)
    if chart.method is Method.P_CHART:
        ax.fill_between(xs, lows, highs, step="mid", color=p.blob_b, lw=0, zorder=1)
    else:
        ax.fill_between(xs, lows, highs, color=p.blob_b, lw=0, zorder=1)
    if chart.centre is not None and shown:
        ax.axhline(chart.centre * 100, color=p.yes, lw=1.2, zorder=2)
        ax.text(1.005, chart.centre * 100, translate("report", "average {rate}").format(rate=w.percent(chart.centre)),
                transform=ax.get_yaxis_transform(), fontsize=7, color=p.yes, va="center", ha="left")
    ax.plot(xs, ys, color=p.ink, lw=1.1, marker="o", ms=3.2, zorder=3)
    low = [pt for pt in points if pt.rate is not None and any(s.low_side for s in pt.signals)]
    high = [pt for pt in points if pt.rate is not None and any(not s.low_side for s in pt.signals)]
    if low:
        ax.scatter([_num(pt.period.start) for pt in low], [(pt.rate or 0) * 100 for pt in low], s=46,
                   color=p.no, marker=LOW_MARK, zorder=4, label=translate("report", "signal: lower than usual"))
    if high:
        ax.scatter([_num(pt.period.start) for pt in high], [(pt.rate or 0) * 100 for pt in high], s=46,
                   color=p.yes, marker=HIGH_MARK, zorder=4, label=translate("report", "signal: higher than usual"))
    if hidden:
        ax.scatter([_num(d) for d in hidden], [bottom + (top - bottom) * 0.03] * len(hidden), s=14,
                   facecolors="none",
                   edgecolors=p.ink_soft, lw=0.7, zorder=4, label=translate("report", "week hidden (too few answers)"))
    for span in trend.spans[:4]:
        rate = next((pt.rate for pt in points if pt.period == span.first), None)
        if rate is None:
            continue
        below = rate * 100 > (bottom + top) / 2  # the label goes where there is room
        ax.annotate(translate(w.CONTEXT, w.SIGNAL_WORDS[span.signal]), (_num(span.first.start), rate * 100),
                    xytext=(0, -16 if below else 12), textcoords="offset points", fontsize=7,
                    color=p.no if span.signal.low_side else p.yes, ha="center", va="top" if below else "bottom",
                    zorder=5, arrowprops={"arrowstyle": "-", "color": p.ink_soft, "lw": 0.5},
                    bbox={"boxstyle": "round,pad=0.2", "fc": p.surface, "ec": "none", "alpha": 0.85})
    ax.set_ylim(bottom, top)
    if xs:
        ax.set_xlim(xs[0] - 4, xs[-1] + 4)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.0f}%"))
    _date_ticks(ax, [pt.period.start for pt in points], translate)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(p.ink_soft)
        ax.spines[side].set_linewidth(0.6)
    ax.tick_params(colors=p.ink_soft, labelsize=7.5, length=3, width=0.6)
    ax.grid(axis="y", color=p.quiet, lw=0.5, zorder=0)
    if low or high or hidden:
        legend = ax.legend(loc="lower left", fontsize=7, frameon=True, ncols=3, borderpad=0.4,
                           handletextpad=0.3, columnspacing=1.0)
        legend.get_frame().set_edgecolor(p.quiet)
        for text in legend.get_texts():
            text.set_color(p.ink_soft)


def _date_ticks(ax: Axes, xs: list[date], translate: w.Tr) -> None:
    if len(xs) <= 10:
        ax.xaxis.set_major_locator(FixedLocator([_num(d) for d in xs]))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _label_day(v, translate)))
        return
    firsts = [d.replace(day=1) for d in xs]
    months = sorted({d for d in firsts if xs[0] <= d + timedelta(days=6)} | {xs[0].replace(day=1)})
    months = [m for m in months if xs[0] - timedelta(days=7) <= m <= xs[-1]]
    step = max(1, math.ceil(len(months) / 12))
    ticks = months[::step]
    ax.xaxis.set_major_locator(FixedLocator([_num(d) for d in ticks]))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, pos: _label_month(v, pos, translate)))


def _num(d: date) -> float:
    return float((d - date(1970, 1, 1)).days)


def _from_num(v: float) -> date:
    return date(1970, 1, 1) + timedelta(days=round(v))


def _label_day(v: float, translate: w.Tr) -> str:
    d = _from_num(v)
    return f"{d.day} {translate(w.CONTEXT, w.MONTHS[d.month - 1])[:3]}"


def _label_month(v: float, pos: int | None, translate: w.Tr) -> str:
    """"Sep", with the year under the first month and under each January."""
    d = _from_num(v)
    name = translate(w.CONTEXT, w.MONTHS[d.month - 1])[:3]
    return f"{name}\n{d.year}" if d.month == 1 or pos == 0 else name


def split_bar(pages: Pages, x: float, y: float, width: float, row: SummaryRow, translate: w.Tr) -> None:
    """Yes / not sure / no as one bar with the counts under it (only for a shown figure)."""
    p = pages.p
    total = row.answers or 0
    parts = [(row.yes or 0, p.yes, translate("report", "Yes")), (row.not_sure or 0, p.not_sure, translate("report", "Not sure")),
             (row.no or 0, p.no, translate("report", "No"))]
    if not total:
        return
    left = x
    for n, colour, _ in parts:
        share = width * n / total
        if share > 0:
            pages.rect(left, y, share, 4.2, colour, zorder=4)
        left += share
    cursor = x
    for n, colour, label in parts:
        pages.rect(cursor, y + 6.4, 2.6, 2.6, colour, zorder=4)
        words = f"{label} {w.count(n)} ({w.percent(n / total)})"
        pages.text(cursor + 3.6, y + 8.8, words, 8, color=p.ink_soft)
        cursor += 3.6 + text_width(words, 8) + 6


def heat_grid(pages: Pages, pattern: Pattern, min_count: int, translate: w.Tr) -> None:
    """Weekday rows × hour columns: each shown cell coloured by its rate with the % in it; a hidden cell
    hatched and blank; an hour with no answers left white. A legend says which is which."""
    p = pages.p
    left = pages.margin + 14
    cell_w = min(14.0, (pages.width - 14) / max(1, len(pattern.hours)))
    cell_h = 7.5
    rates = [c.rate for c in pattern.cells.values() if c.rate is not None]
    lo, hi = (min(rates), max(rates)) if rates else (0.0, 1.0)
    scale = LinearSegmentedColormap.from_list("kindness", [p.sand, "#8DB48E", p.yes])
    height = 7 * cell_h + 22
    pages.need(height)
    top = pages.y + 6
    for i, h in enumerate(pattern.hours):
        pages.text(left + (i + 0.5) * cell_w, top - 1.5, f"{h:02d}", 7.5, color=p.ink_soft, ha="center")
    for wd in range(7):
        y = top + wd * cell_h
        pages.text(pages.margin, y + cell_h * 0.68, translate(w.CONTEXT, w.WEEKDAYS[wd]), 8, color=p.ink)
        for i, h in enumerate(pattern.hours):
            cell = pattern.cells[(wd, h)]
            x = left + i * cell_w
            if cell.hidden is not None:
                pages.rect(x + 0.3, y + 0.3, cell_w - 0.6, cell_h - 0.6, p.surface, hatch="////", edge=HATCH)
            elif cell.rate is None:
                pages.rect(x + 0.3, y + 0.3, cell_w - 0.6, cell_h - 0.6, p.surface, edge=p.quiet)
            else:
                t = 0.5 if hi == lo else (cell.rate - lo) / (hi - lo)
                colour = to_hex(scale(t))
                pages.rect(x + 0.3, y + 0.3, cell_w - 0.6, cell_h - 0.6, colour)
                pages.text(x + cell_w / 2, y + cell_h * 0.66, w.percent(cell.rate), 7,
                           color=p.surface if t > 0.55 else p.ink, ha="center")
    y = top + 7 * cell_h + 4
    x = pages.margin
    legend = [(to_hex(scale(0.0)), None, translate("report", "lower ({rate})").format(rate=w.percent(lo))),
              (to_hex(scale(1.0)), None, translate("report", "higher ({rate})").format(rate=w.percent(hi))),
              (p.surface, "////", translate("report", "hidden: fewer than {n} answers, or hidden so one cannot be worked out")
               .format(n=min_count)),
              (p.surface, None, translate("report", "no answers"))]
    for colour, hatch, label in legend:
        width = 4 + text_width(label, 7.5) + 5
        if x + width > pages.margin + pages.width:
            x, y = pages.margin, y + 5
        pages.rect(x, y, 3, 3, colour, hatch=hatch, edge=HATCH if hatch else p.shadow)
        pages.text(x + 4.2, y + 2.6, label, 7.5, color=p.ink_soft)
        x += width
    pages.y = y + 8
