"""The weekly control chart: is a week's kindness rate ordinary variation, or a special cause worth a look?

Method (NHS "Making Data Count"): an XmR chart of the weekly kindness rate — centre line the mean, limits the
mean ± 2.66 × the mean moving range. Limits are fixed from the first 12 shown weeks; before there are 12 they are
"trial limits", recalculated as weeks arrive. When the weekly number of answers varies a lot (the busiest week
has more than three times the answers of the quietest), a p-chart is drawn instead: the centre is all yes ÷ all
answers of the baseline weeks and each week gets its own ("stepped") limits p ± 3√(p(1−p)/n), so a quiet week
is not judged by a busy week's precision. Weeks whose figure is suppressed are gaps: never plotted, never used.

Signals, each with a direction: a week beyond a limit; 7 weeks in a row on one side of the centre; 7 weeks in a
row rising or falling; 2 of 3 weeks beyond two-thirds of the way to a limit on the same side. Thread: any (pure).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.results.rules.periods import Period

BASELINE = 12  # weeks that fix the limits
RUN = 7  # weeks in a row on one side / rising or falling
XMR_SCALE = 2.66
P_CHART_SPREAD = 3.0  # busiest ÷ quietest week above this → p-chart


class Method(StrEnum):
    XMR = "xmr"
    P_CHART = "p"


class Signal(StrEnum):
    ABOVE_LIMIT = "above_limit"
    BELOW_LIMIT = "below_limit"
    RUN_ABOVE = "run_above"
    RUN_BELOW = "run_below"
    RISING = "rising"
    FALLING = "falling"
    NEAR_UPPER = "near_upper"  # 2 of 3 beyond two-thirds of the way to the upper limit
    NEAR_LOWER = "near_lower"

    @property
    def low_side(self) -> bool:
        return self in (Signal.BELOW_LIMIT, Signal.RUN_BELOW, Signal.FALLING, Signal.NEAR_LOWER)


@dataclass(frozen=True, slots=True)
class Week:
    """One week's input: yes and answers, or shown=False when its figure is suppressed (a gap)."""

    period: Period
    yes: int
    answers: int
    shown: bool = True

    @property
    def rate(self) -> float | None:
        return self.yes / self.answers if self.shown and self.answers else None


@dataclass(frozen=True, slots=True)
class Point:
    period: Period
    rate: float | None  # None: a gap
    answers: int
    lower: float | None
    upper: float | None
    signals: frozenset[Signal] = frozenset()


@dataclass(frozen=True, slots=True)
class Chart:
    method: Method
    centre: float | None
    trial: bool  # limits not fixed yet (fewer than BASELINE weeks shown)
    points: tuple[Point, ...]
    mean_moving_range: float | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def signals(self) -> list[tuple[Period, Signal]]:
        return [(p.period, s) for p in self.points for s in sorted(p.signals)]

    def latest_low_signal(self) -> tuple[Period, Signal] | None:
        for p in reversed(self.points):
            if p.rate is not None:
                low = sorted(s for s in p.signals if s.low_side)
                return (p.period, low[0]) if low else None
        return None


def choose_method(weeks: Sequence[Week]) -> Method:
    sizes = [w.answers for w in weeks if w.rate is not None]
    if len(sizes) >= 2 and min(sizes) > 0 and max(sizes) / min(sizes) > P_CHART_SPREAD:
        return Method.P_CHART
    return Method.XMR


def control_chart(weeks: Sequence[Week], method: Method | None = None) -> Chart:
    """The chart of `weeks` (oldest first, gaps included). Needs 2 shown weeks for any limit."""
    shown = [w for w in weeks if w.rate is not None]
    method = method or choose_method(weeks)
    if len(shown) < 2:
        points = tuple(Point(w.period, w.rate, w.answers, None, None) for w in weeks)
        centre = shown[0].rate if shown else None
        return Chart(method, centre, True, points, notes=("Too few weeks with a shown figure for limits.",))
    base = shown[:BASELINE]
    trial = len(shown) < BASELINE
    rates = [w.rate for w in base if w.rate is not None]
    mr_bar: float | None = None
    if method is Method.XMR:
        centre = sum(rates) / len(rates)
        mr_bar = sum(abs(b - a) for a, b in itertools.pairwise(rates)) / (len(rates) - 1)
        half = XMR_SCALE * mr_bar
        limits = {w.period: (centre - half, centre + half) for w in shown}
    else:
        centre = sum(w.yes for w in base) / sum(w.answers for w in base)
        spread = math.sqrt(centre * (1 - centre))
        limits = {w.period: (centre - P_CHART_SPREAD * spread / math.sqrt(w.answers),
                             centre + P_CHART_SPREAD * spread / math.sqrt(w.answers)) for w in shown}
    marks = _signals(shown, centre, limits)
    points = tuple(
        Point(w.period, w.rate, w.answers,
              max(0.0, limits[w.period][0]) if w.rate is not None else None,
              min(1.0, limits[w.period][1]) if w.rate is not None else None,
              frozenset(marks.get(w.period, ())))
        for w in weeks)
    return Chart(method, centre, trial, points, mr_bar)


def _signals(shown: Sequence[Week], centre: float,
             limits: dict[Period, tuple[float, float]]) -> dict[Period, set[Signal]]:
    marks: dict[Period, set[Signal]] = {}

    def mark(ws: Sequence[Week], s: Signal) -> None:
        for w in ws:
            marks.setdefault(w.period, set()).add(s)

    rates = [w.rate or 0.0 for w in shown]
    for w, r in zip(shown, rates, strict=True):
        low, high = limits[w.period]
        if r > high:
            mark([w], Signal.ABOVE_LIMIT)
        elif r < low:
            mark([w], Signal.BELOW_LIMIT)
    for i in range(len(shown) - RUN + 1):
        window, values = shown[i:i + RUN], rates[i:i + RUN]
        if all(v > centre for v in values):
            mark(window, Signal.RUN_ABOVE)
        elif all(v < centre for v in values):
            mark(window, Signal.RUN_BELOW)
        steps = [b - a for a, b in itertools.pairwise(values)]
        if all(s > 0 for s in steps):
            mark(window, Signal.RISING)
        elif all(s < 0 for s in steps):
            mark(window, Signal.FALLING)
    for i in range(len(shown) - 2):
        window = shown[i:i + 3]
        upper = [w for w, r in zip(window, rates[i:i + 3], strict=True)
                 if r > centre + 2 / 3 * (limits[w.period][1] - centre)]
        lower = [w for w, r in zip(window, rates[i:i + 3], strict=True)
                 if r < centre - 2 / 3 * (centre - limits[w.period][0])]
        if len(upper) >= 2:
            mark(upper, Signal.NEAR_UPPER)
        if len(lower) >= 2:
            mark(lower, Signal.NEAR_LOWER)
    return marks
