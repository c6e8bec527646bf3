"""`python -m benchmarks` (what `make bench` runs): every benchmark in turn, each printing its numbers.

    python -m benchmarks [--runs 7] [--taps 300] [--results-rows 1000000,10000000] [--dir DIR]
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
    startup,
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
    args = p.parse_args(argv)
    where = ["--dir", str(args.dir)] if args.dir else []
    status = startup.main(["--runs", str(args.runs), "--quiet", *where])
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
    return status


if __name__ == "__main__":
    sys.exit(main())
