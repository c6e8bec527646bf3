"""Cold start to the home screen's first frame, as a ratio to a minimal PySide6 QML window.

    python -m benchmarks.startup [--runs 7] [--config FILE]

Spawns child processes (benchmarks/_startup_child.py) in rotating order, one round at a time:
  minimal     a QML Window with one Text, same size as the kiosk
  kiosk-cold  kiosk.app.build(config) on a fresh KIOSK_DATA_DIR (first start: migrations run)
  kiosk-warm  the same on an already-migrated data dir (a restart)
  kiosk-cli   the real command `kiosk run --windowed` (argparse, config, qasync, kiosk.app.run) on
              the migrated data dir: what a kiosk's autostart actually pays
Each time is from just before the spawn in this process to the child's first `frameSwapped`
(CLOCK_MONOTONIC, shared by parent and child). One untimed warm-up round first fills the OS page
cache, Qt's QML disk cache and Python's bytecode cache, as on a kiosk that has started before.
Goal: kiosk ≤ 1.3× minimal. The children import the kiosk of this checkout (PYTHONPATH), not an
installed copy. The kiosk variants use the built-in default config (sync off) unless --config names a file.
The CPU time each child used until its first frame (all its threads) is shown too: on a shared machine it
varies less than the wall-clock time, so its ratio is a second opinion on the same goal.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._stats import median, table

CHILD = Path(__file__).with_name("_startup_child.py")
REPO = Path(__file__).resolve().parent.parent  # the children import the kiosk from here, not an installed copy
VARIANTS = ("minimal", "kiosk-cold", "kiosk-warm", "kiosk-cli")
RATIOED = VARIANTS[1:]
GOAL = 1.3


PYCACHE: list[Path] = []  # where the children keep their compiled Python (set by run(); empty: as the parent)


def child_env(data_dir: Path | None, config: Path | None) -> dict[str, str]:
    """The parent's environment without KIOSK_* settings, offscreen, plus the data dir and config given.

    Python's bytecode is cached (under the run's temporary folder) even when PYTHONDONTWRITEBYTECODE is
    set here: an installed kiosk has its .pyc files (pip compiles them; a source checkout writes them on the
    first start), and without them every start would re-compile the kiosk's modules from source
    (--no-bytecode-cache measures that case)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    if PYCACHE:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE[0])
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, [env.get("PYTHONPATH")])])
    env["QT_QPA_PLATFORM"] = "offscreen"
    if data_dir is not None:
        env["KIOSK_DATA_DIR"] = str(data_dir)
    if config is not None:
        env["KIOSK_CONFIG"] = str(config)
    return env


def spawn(mode: str, data_dir: Path | None, config: Path | None = None,
          timeout: float = 120.0) -> dict[str, float]:
    """One child start-up; returns its timestamps relative to the spawn, in ms, plus RSS in MiB."""
    env = child_env(data_dir, config)
    t_spawn = time.monotonic_ns()
    proc = subprocess.run([sys.executable, str(CHILD), mode], env=env, capture_output=True,
                          text=True, timeout=timeout)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("BENCH ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{mode} child failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    raw = json.loads(lines[-1][len("BENCH "):])
    if raw.get("store_error"):
        raise RuntimeError(f"{mode} child: the store failed after start-up: {raw['store_error']}\n{proc.stderr}")

    def ms(key: str) -> float:
        return (raw[key] - t_spawn) / 1e6

    return {
        "frame": ms("t_frame"), "python": ms("t_start"), "imports": ms("t_imports"), "app": ms("t_app"),
        "loaded": ms("t_loaded"), "ready": max(ms("t_ready"), ms("t_frame")),
        "cpu": raw["cpu_ns"] / 1e6,
        "maxrss": raw["maxrss_kb"] / 1024, "rss": raw["rss_kb"] / 1024,
    }


def run(runs: int, root: Path, config: Path | None = None, verbose: bool = True,
        bytecode_cache: bool = True) -> dict[str, list[dict[str, float]]]:
    warm_dir = root / "warm"
    PYCACHE[:] = [root / "pycache"] if bytecode_cache else []
    prep = subprocess.run([sys.executable, str(CHILD), "prepare"], env=child_env(warm_dir, config),
                          capture_output=True, text=True, timeout=120)
    if prep.returncode != 0:
        raise RuntimeError(f"could not prepare the warm data dir:\n{prep.stderr}")
    counter = 0

    def once(variant: str) -> dict[str, float]:
        nonlocal counter
        if variant == "minimal":
            return spawn("minimal", None)
        if variant == "kiosk-warm":
            return spawn("kiosk", warm_dir, config)
        if variant == "kiosk-cli":
            return spawn("cli", warm_dir, config)
        counter += 1
        return spawn("kiosk", root / f"cold-{counter}", config)

    for v in VARIANTS:  # warm-up round, not counted
        once(v)
    results: dict[str, list[dict[str, float]]] = {v: [] for v in VARIANTS}
    for i in range(runs):
        k = i % len(VARIANTS)
        order = VARIANTS[k:] + VARIANTS[:k]  # rotate so no variant always runs first
        for v in order:
            results[v].append(once(v))
        if verbose:
            got = "  ".join(f"{v} {results[v][-1]['frame']:.0f}" for v in VARIANTS)
            print(f"  round {i + 1}/{runs}: {got} ms", file=sys.stderr, flush=True)
    return results


def report(results: dict[str, list[dict[str, float]]]) -> dict[str, float]:
    def med(v: str, key: str, since: str | None = None) -> float:
        return median([r[key] - (r[since] if since else 0.0) for r in results[v]])

    base = med("minimal", "frame")
    rows = []
    for v in VARIANTS:
        rows.append([v, med(v, "python"), med(v, "imports", "python"), med(v, "app", "imports"),
                     med(v, "loaded", "app"), med(v, "frame", "loaded"), med(v, "frame"),
                     med(v, "frame") / base, med(v, "cpu"), med(v, "ready"), med(v, "maxrss"), med(v, "rss")])
    print(table(["variant", "python", "imports", "app", "build", "paint", "FRAME ms", "ratio", "CPU ms",
                 "ready ms", "maxRSS MiB", "RSS MiB"], rows))
    n = len(results["minimal"])

    def paired(key: str, v: str) -> float:
        return median([k[key] / m[key] for k, m in zip(results[v], results["minimal"], strict=True)])

    print(f"\nmedians of {n} alternating runs per variant, ms. python = spawn → child's first line; then\n"
          "imports = the child's imports (minimal: PySide6; kiosk: kiosk.app and the config, which import no\n"
          "Qt); app = until a QGuiApplication exists (kiosk: importing PySide6 and the config too; kiosk-cli:\n"
          "the command line and the config first); build = kiosk.app.build (the shell's and the features'\n"
          "imports, fonts, QML; minimal: the QML load); paint = until the first frameSwapped.\n"
          "FRAME = spawn → first frame. CPU = the child's CPU time (all threads) at its first frame.\n"
          "ready = spawn → the store answers a query queued on the database thread right after the first\n"
          "frame (behind the start-up migrations): when a tap would be stored without waiting.\n"
          "RSS at the first frame (maxRSS = ru_maxrss, the peak so far).")
    out: dict[str, float] = {"minimal_ms": base}
    for v in RATIOED:
        ratio, cpu = paired("frame", v), paired("cpu", v)
        verdict = "meets" if ratio <= GOAL else "MISSES"
        print(f"{v}: {med(v, 'frame'):.0f} ms vs minimal {base:.0f} ms; ratio {med(v, 'frame') / base:.2f}× "
              f"(median of paired ratios {ratio:.2f}×; CPU {cpu:.2f}×) — {verdict} the ≤ {GOAL}× goal")
        out[f"{v}_ratio"], out[f"{v}_cpu_ratio"] = ratio, cpu
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=7, help="timed runs per variant (default 7)")
    p.add_argument("--dir", type=Path, default=None,
                   help="where the temporary data dirs go (default: the system temp folder)")
    p.add_argument("--config", type=Path, default=None,
                   help="a kiosk config file for the kiosk variants (default: the built-in defaults)")
    p.add_argument("--quiet", action="store_true", help="no per-round progress on stderr")
    p.add_argument("--no-bytecode-cache", action="store_true",
                   help="leave Python's bytecode caching as this environment has it (PYTHONDONTWRITEBYTECODE)")
    args = p.parse_args(argv)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    cache = "" if not args.no_bytecode_cache else "; no bytecode cache"
    print(f"== start-up: spawn → first frame (offscreen, {args.runs} runs each, "
          f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load}{cache})", flush=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-start-", dir=args.dir) as tmp:
        results = run(args.runs, Path(tmp), args.config.resolve() if args.config else None,
                      verbose=not args.quiet, bytecode_cache=not args.no_bytecode_cache)
    report(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
