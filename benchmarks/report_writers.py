"""How long the results report takes to assemble and write as PDF and XLSX for a big organisation:
`python -m benchmarks.report_writers [--sites 200] [--weeks 52]`.

Made-up tallies (three opening hours a day, six days a week, sites from very quiet to busy) go through
build_report, write_pdf and write_xlsx; each is timed twice (wall clock and CPU, the better of the two runs).
The writers read only the Report, never raw rows, so their time grows with sites × weeks, not with answers.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from kiosk.core.answers import QUESTION_ID, Answer, Followup
from kiosk.results.report_model import build_report
from kiosk.results.report_pdf import write_pdf
from kiosk.results.report_xlsx import write_xlsx
from kiosk.results.rules.tally import ResultsQuery, Tally


def tallies(sites: int, weeks: int) -> tuple[list[Tally], ResultsQuery]:
    rng = random.Random(7)
    first = date(2025, 12, 1)
    out: list[Tally] = []
    for s in range(sites):
        name = f"Site {s:03d} " + ("Library" if s % 3 else "Leisure Centre")
        per, rate = rng.choice([0.2, 2, 6, 12]), rng.uniform(0.7, 0.92)
        for d in range(weeks * 7):
            day = first + timedelta(days=d)
            if day.weekday() == 6:
                continue
            for hour in (10, 13, 16):
                n = int(rng.expovariate(1 / per))
                if n:
                    yes = sum(rng.random() < rate for _ in range(n))
                    out.append(Tally(name, QUESTION_ID, day, hour, Answer.YES, Followup.STAFF, yes))
                    if n - yes:
                        out.append(Tally(name, QUESTION_ID, day, hour, Answer.NO, None, n - yes))
    return out, ResultsQuery(first, first + timedelta(days=weeks * 7 - 1))


def _best(run: Callable[[], object]) -> tuple[float, float]:
    best = (float("inf"), float("inf"))
    for _ in range(2):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        best = min(best, (time.perf_counter() - wall, time.process_time() - cpu))
    return best


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.report_writers")
    p.add_argument("--sites", type=int, default=200)
    p.add_argument("--weeks", type=int, default=52)
    args = p.parse_args(argv)
    rows, query = tallies(args.sites, args.weeks)
    report = build_report(rows, query, 10, scope="central")
    print(f"results report: {args.sites} sites × {args.weeks} weeks, {len(rows):,} tallies, "
          f"{sum(t.count for t in rows):,} answers")
    with tempfile.TemporaryDirectory() as tmp:
        for name, run in (("assemble (build_report)", lambda: build_report(rows, query, 10, scope="central")),
                          ("PDF", lambda: write_pdf(report, Path(tmp) / "r.pdf")),
                          ("XLSX", lambda: write_xlsx(report, Path(tmp) / "r.xlsx"))):
            wall, cpu = _best(run)
            print(f"  {name:<24} {wall:6.2f} s wall  {cpu:6.2f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
