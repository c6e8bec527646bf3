"""`python -m benchmarks` (what `make bench` runs): every benchmark in turn, each printing its numbers.

    python -m benchmarks [--runs 7] [--taps 300] [--results-rows 1000000,10000000] [--dir DIR] [--soak FLOWS]

Not in the default set, as it takes long: the soak (`python -m benchmarks.soak`, 20,000 visitor flows with sync
on, about half an hour on a busy 2-core machine); `--soak 2000` adds a quick one (about five minutes) at the
end, `--soak 20000` the full one.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from benchmarks import (
    moderation,
    photo_import,
    results_scale,
    soak,
    startup,
    startup_instructions,
    sync_push,
    tap_commit,
    wall_filter,
    whatson_screen,
)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description="Runs every kiosk benchmark.")
    p.add_argument("--runs", type=int, default=7, help="start-up runs per variant (default 7)")
    p.add_argument("--taps", type=int, default=300, help="taps per path (default 300)")
    p.add_argument("--results-rows", default="1000000,10000000",
                   help="central check-ins for the results benchmark (default 1000000,10000000; 100000 is quick)")
    p.add_argument("--dir", type=Path, default=None, help="where temporary data goes (default: system temp)")
    p.add_argument("--soak", type=int, default=0, metavar="FLOWS",
                   help="also run the soak benchmark with this many visitor flows (default: not run)")
    args = p.parse_args(argv)
    where = ["--dir", str(args.dir)] if args.dir else []
    status = startup.main(["--runs", str(args.runs), "--quiet", *where])
    print(flush=True)
    status |= startup_instructions.main(where)  # the same start-up's work, counted (valgrind): no noise
    print(flush=True)
    status |= tap_commit.main(["--taps", str(args.taps), *where])
    print(flush=True)
    status |= sync_push.main(where)
    print(flush=True)
    status |= results_scale.main(["--rows", args.results_rows, *where])
    print(flush=True)
    status |= whatson_screen.main(where)
    print(flush=True)
    status |= photo_import.main(where)
    print(flush=True)
    status |= moderation.main([])
    print(flush=True)
    status |= wall_filter.main([])
    print(flush=True)
    # Its own process, so its RSS figure is the wall's and not what earlier benchmarks left behind.
    status |= subprocess.run([sys.executable, "-m", "benchmarks.wall_scroll", *where], check=False).returncode
    if args.soak:
        print(flush=True)
        status |= soak.main(["--flows", str(args.soak), *where])
    return status


if __name__ == "__main__":
    sys.exit(main())
