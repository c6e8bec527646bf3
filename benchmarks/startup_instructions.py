"""Instructions executed to the home screen's first frame, as a ratio to the minimal QML window: start-up's
second opinion, free of the machine's noise.

    python -m benchmarks.startup_instructions [--config FILE]

The wall-clock benchmark (benchmarks/startup.py) moves by a quarter from one run to the next on a shared VM, so a
change of a few percent in the kiosk's own start-up cannot be seen there. This runs the same children
(benchmarks/_startup_child.py: `minimal`, and `kiosk` on a migrated data dir) under valgrind's callgrind, after
one untimed start of each (Python's bytecode and Qt's QML caches filled), and counts the instructions each
executes from the process's start to its first frame (the child exits there: BENCH_EXIT_AT_FRAME). The counts
repeat to within ±0.01% (PYTHONHASHSEED fixed), so a 0.3% change shows.

Shown per variant: every thread's instructions, and the GUI thread's own (the thread the first frame waits for;
the QML loader thread and the kiosk's import helper run beside it, on the other core). Instructions are work,
not time: waiting (for Python's lock, the disk, a page fault) costs time and no instructions, and work done in
parallel counts in full. The goal stays the wall-clock one (benchmarks/startup.py); this says where the work
went, and whether a change removed some. Needs valgrind (packaging/system-deps.sh installs it); without it,
says so and skips.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks._stats import table
from benchmarks.startup import CHILD, PYCACHE, child_env

VARIANTS = {"minimal": "minimal", "kiosk-warm": "kiosk"}


def count(mode: str, data_dir: Path | None, out: Path, config: Path | None = None) -> tuple[int, int]:
    """(all threads, GUI thread) instructions of one child start-up to its first frame, under callgrind."""
    env = {**child_env(data_dir, config), "PYTHONHASHSEED": "0", "BENCH_EXIT_AT_FRAME": "1"}
    subprocess.run([sys.executable, str(CHILD), mode], env=env, capture_output=True, timeout=300, check=True)
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--separate-threads=yes",
                           f"--callgrind-out-file={out}", sys.executable, str(CHILD), mode],
                          env=env, capture_output=True, text=True, timeout=900, check=False)
    total = re.search(r"Collected : (\d+)", proc.stderr)
    gui = _summary(Path(f"{out}-01"))
    if proc.returncode != 0 or total is None or gui is None:
        raise RuntimeError(f"{mode} under callgrind failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return int(total.group(1)), gui


def _summary(path: Path) -> int | None:
    if not path.exists():
        return None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("summary:"):
            return int(line.split()[1])
    return None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.startup_instructions", description=__doc__.split("\n")[0])
    p.add_argument("--config", type=Path, default=None, help="a kiosk config file (default: the built-in one)")
    p.add_argument("--dir", type=Path, default=None, help="where temporary data goes (default: system temp)")
    args = p.parse_args(argv)
    print("Start-up, instructions to the first frame (callgrind; benchmarks/startup_instructions.py)")
    if shutil.which("valgrind") is None:
        print("  skipped: valgrind is not installed (packaging/system-deps.sh installs it)")
        return 0
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        root = Path(tmp)
        PYCACHE[:] = [root / "pycache"]
        data = root / "warm"
        subprocess.run([sys.executable, str(CHILD), "prepare"], env=child_env(data, args.config), capture_output=True,
                       timeout=300, check=True)
        counts = {name: count(mode, None if mode == "minimal" else data, root / f"{name}.out", args.config)
                  for name, mode in VARIANTS.items()}
    base_total, base_gui = counts["minimal"]
    rows = [[name, total / 1e6, total / base_total, gui / 1e6, gui / base_gui]
            for name, (total, gui) in counts.items()]
    print(table(["variant", "all threads M", "ratio", "GUI thread M", "ratio"], rows))
    total, gui = counts["kiosk-warm"]
    more = (total - base_total) / 1e6
    print(f"kiosk-warm: {total / base_total:.3f}x the minimal window's instructions ({more:.1f} M more), "
          f"{gui / base_gui:.3f}x on the GUI thread; the wall-clock goal is benchmarks/startup.py's")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
