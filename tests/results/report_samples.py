"""Made-up but plausible tallies for the report tests: sites open weekdays 9-17 and Saturday mornings, with a
kindness rate per site, a dip in a chosen week, and a site too small to show. Deterministic (seeded)."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from kiosk.core.answers import QUESTION_ID, Answer, Followup
from kiosk.results.report_model import PulseRow, ReportAlert, WallActivity
from kiosk.results.rules.tally import Tally

START = date(2026, 6, 1)  # a Monday
END = date(2026, 11, 29)  # a Sunday: 26 weeks


def site_tallies(site: str, *, rate: float, per_day: int, first: date = START, last: date = END,
                 dip_week: date | None = None, seed: int = 1, question: str = QUESTION_ID,
                 hours: Sequence[int] = range(9, 17)) -> Iterator[Tally]:
    rng = random.Random(f"{site}-{seed}")
    d = first
    while d <= last:
        wd = d.weekday()
        open_hours = list(hours) if wd < 5 else ([10, 11, 12] if wd == 5 else [])
        p = rate - (0.25 if dip_week and dip_week <= d < dip_week + timedelta(days=7) else 0.0)
        for hour in open_hours:
            n = max(0, round(rng.gauss(per_day / max(1, len(list(hours))), 1.0)))
            counts: dict[tuple[Answer, Followup | None], int] = {}
            for _ in range(n):
                r = rng.random()
                answer = Answer.YES if r < p else Answer.NOT_SURE if r < p + (1 - p) / 2 else Answer.NO
                f = rng.random()
                followup = None if answer is Answer.NO or f < 0.3 else (
                    Followup.STAFF if f < 0.75 else Followup.VISITOR if f < 0.9 else Followup.ELSEWHERE)
                counts[(answer, followup)] = counts.get((answer, followup), 0) + 1
            for (answer, followup), c in counts.items():
                yield Tally(site, question, d, hour, answer, followup, c)
        d += timedelta(days=1)


def three_sites() -> list[Tally]:
    """Riverside (busy, a dip in early October), Hillside (steady), Tiny Branch (4 answers: hidden)."""
    out = list(site_tallies("Riverside Library", rate=0.86, per_day=24, dip_week=date(2026, 10, 5)))
    out += site_tallies("Hillside Leisure Centre", rate=0.78, per_day=14)
    out += [Tally("Tiny Branch", QUESTION_ID, date(2026, 9, 2), 10, Answer.YES, None, 3),
            Tally("Tiny Branch", QUESTION_ID, date(2026, 9, 3), 11, Answer.NO, None, 1)]
    return out


PULSE = (
    PulseRow("Riverside Library", date(2026, 10, 1), 23, 17, 17 / 23, 0.535, 0.886, False),
    PulseRow("Riverside Library", date(2026, 11, 1), 19, 15, 15 / 19, 0.567, 0.915, False),
    PulseRow("Hillside Leisure Centre", date(2026, 11, 1), None, None, None, None, None, True),
)
ALERTS = (ReportAlert("Riverside Library", date(2026, 10, 9), "acknowledged",
                      "Unusually low week on the chart (week of 5 Oct 2026)"),)
WALL = WallActivity(written=212, approved=187, rejected=9, hidden=4, pending=12)
