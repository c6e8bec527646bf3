"""What's on this week for 2,000 listings: p50/p95 per call of the model-side functions.

    python -m benchmarks.whatson [--listings 2000] [--calls 200] [--seed 3]

The listings are a realistic mix, made with a fixed seed: weekly activities on 1-3 weekdays (most),
fortnightly ones (each with its own first date, so they do not share memoised months), monthly "2nd Tuesday"
/ "last Friday" / "the 15th" ones, one-offs in the next two months, a few with exceptions and cancellations,
and spaces with opening hours (some past midnight, some with closures), over 12 categories, in Europe/London.
Each call is `whats_on(..., span="week")` at a different moment, walking forward 1 h 17 min a time over
about ten days (crossing into a new month, so some calls expand new months). Reported:
  cold   the first call of the run, every memo emptied (what a kiosk pays once after start)
  week   every call, memo as the walk leaves it (the steady state: the memo fills as time moves on)
  today  `whats_on(..., span="today")`;  open  `open_spaces(...)` over the same listings
Goal: week p95 ≤ 33 ms.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial

from benchmarks._stats import median, percentile, table
from kiosk.whatson.rules.listings import Kind, Listing, Place
from kiosk.whatson.rules.schedules import (
    Cancellation,
    Freq,
    OneOff,
    OpeningHours,
    Recurring,
    Sessions,
    clear_caches,
    parse_time,
)
from kiosk.whatson.rules.whats_on import open_spaces, whats_on

GOAL_MS = 33.0
TZ = "Europe/London"
START = datetime(2026, 10, 24, 8, 0, tzinfo=UTC)  # the walk crosses the October DST change and into November
CATEGORIES = ("Food & drink", "Social", "Warm spaces", "Advice", "Getting active", "Outdoors", "Community",
              "Learning", "Health", "Families", "Arts & crafts", "Faith")
CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _times(rng: random.Random) -> tuple[str, str]:
    h = rng.randint(8, 19)
    m = rng.choice((0, 15, 30))
    return f"{h:02d}:{m:02d}", f"{(h + rng.randint(1, 3)) % 24:02d}:{m:02d}"


def _sessions(rng: random.Random, today: date) -> Sessions:
    start, end = _times(rng)
    first = today - timedelta(days=rng.randint(0, 900))
    roll = rng.random()
    if roll < 0.55:
        rule: Recurring | OneOff = Recurring.weekly(",".join(rng.sample(CODES, rng.randint(1, 3))), start, end,
                                                    starts_on=first)
    elif roll < 0.70:
        rule = Recurring.weekly(rng.choice(CODES), start, end, interval=2, starts_on=first)
    elif roll < 0.90:
        nth = rng.choice(("1", "2", "3", "4", "-1"))
        rule = Recurring.monthly(nth + rng.choice(CODES[:5]), start, end, starts_on=first)
    elif roll < 0.93:
        rule = Recurring(freq=Freq.MONTHLY, monthdays=(15,), start=parse_time(start), end=parse_time(end),
                         starts_on=first)
    else:
        rule = OneOff.at(today + timedelta(days=rng.randint(0, 60)), start, end)
    exceptions: frozenset[date] = frozenset()
    cancellations: tuple[Cancellation, ...] = ()
    if rng.random() < 0.1:
        exceptions = frozenset({today + timedelta(days=rng.randint(0, 20))})
    if rng.random() < 0.1:
        day = today + timedelta(days=rng.randint(21, 40))
        cancellations = (Cancellation(day, "Leader away"),)
    return Sessions((rule,), exceptions, cancellations)


def make_listings(n: int, seed: int) -> list[Listing]:
    rng = random.Random(seed)
    today = START.date()
    out = []
    for i in range(n):
        space = rng.random() < 0.15
        if space:
            late = rng.random() < 0.1
            hours = {"MO,TU,WE,TH,FR": [("09:00", "12:30"), ("13:30", "17:00")], "SA": [("10:00", "16:00")]}
            if late:
                hours = {"FR,SA": [("21:00", "03:00")]}
            schedule: Sessions | OpeningHours = OpeningHours.of(
                hours, closures={today + timedelta(days=rng.randint(0, 30))} if rng.random() < 0.2 else ())
        else:
            schedule = _sessions(rng, today)
        out.append(Listing(id=uuid.UUID(int=rng.getrandbits(128), version=4),
                           kind=Kind.SPACE if space else Kind.ACTIVITY, title=f"Listing {i:04d}",
                           category=rng.choice(CATEGORIES), place=Place("Riverside Community Hub"),
                           schedule=schedule))
    return out


def _time_ms(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def run(n: int, calls: int, seed: int) -> dict[str, list[float]]:
    listings = make_listings(n, seed)
    clear_caches()
    moments = [START + timedelta(minutes=77 * i) for i in range(calls)]
    results: dict[str, list[float]] = {"cold": [_time_ms(lambda: whats_on(listings, START, TZ, "week"))],
                                       "week": [], "today": [], "open": []}
    for now in moments:
        results["week"].append(_time_ms(partial(whats_on, listings, now, TZ, "week")))
        results["today"].append(_time_ms(partial(whats_on, listings, now, TZ, "today")))
        results["open"].append(_time_ms(partial(open_spaces, listings, now, TZ)))
    return results


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.whatson", description=__doc__.split("\n")[0])
    p.add_argument("--listings", type=int, default=2000, help="how many listings (default 2000)")
    p.add_argument("--calls", type=int, default=200, help="calls per measurement (default 200)")
    p.add_argument("--seed", type=int, default=3, help="random seed for the listings (default 3)")
    args = p.parse_args(argv)
    results = run(args.listings, args.calls, args.seed)
    listings = make_listings(args.listings, args.seed)
    sample = whats_on(listings, START, TZ, "week")
    shown = sum(len(d.entries) for d in sample.days)
    print(f"What's on: {args.listings} listings, {args.calls} calls each, Europe/London "
          f"({shown} sessions in the first week)")
    rows = [(name, median(v), percentile(v, 95), max(v)) for name, v in results.items()]
    print(table(["call", "p50 ms", "p95 ms", "max ms"], rows))
    p95 = percentile(results["week"], 95)
    ok = p95 <= GOAL_MS
    print(f"goal: week p95 ≤ {GOAL_MS:.0f} ms — {'met' if ok else 'NOT met'} ({p95:.2f} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
