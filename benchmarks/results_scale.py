"""Results at scale: Summary reports and the raw CSV export over millions of central check-ins across 200 sites.

    python -m benchmarks.results_scale [--rows 1000000,10000000] [--rounds 5] [--dir DIR]

A throwaway PostgreSQL server (tests/support/pgserver.py, fsync on) holds a central database made by the app's
own `init_central`, with 200 sites, per size in --rows. Its check-ins are loaded with generate_series (ids in
ascending order so the load is quick, the tally and kiosk-check triggers off; then the tallies are counted with
`kiosk.data.tallies.PG_REBUILD`, timed, and the triggers are back on): over the year before today, opening hours
09:00-17:00, 70 % yes / 15 % not sure / 15 % no, 60 % of yes and not sure with a follow-up.
Each size has its own database; once all are loaded, every size is measured in the same interleaved rounds, as a
manager's own login role (row-level security on):
  report FILE.<ext>   `kiosk report --source central --out FILE.<ext>` in this process, default period (the last 12
                      full weeks), every site, by week — once per writer in kiosk.results.report_files.WRITERS, so a
                      new format (PDF, XLSX) is measured as soon as it is registered there
  where the time goes  for the PDF and XLSX (in-process, same rounds): reading the report's inputs as the manager
                      (CentralResults.report_inputs: tallies by site, day and answer, the weekday × hour pattern and
                      the follow-up counts, each summed in SQL), build_report, write_pdf, write_xlsx; and the rows
                      read, which must not grow with the check-ins once every site has answers most days
and, on the first size of at least 1,000,000 rows:
  raw COPY            psycopg `COPY checkin TO STDOUT (FORMAT csv)` into a file — the server's own floor
  export              `kiosk export --source central` as the manager (kiosk.checkin.central_export: COPY of the
                      export's query, same columns and safe cells as the Python writer)
Goals: each report ≤ 3 s and not growing with the rows (the largest size's median ≤ 1.5 × the smallest's);
export ≤ 2 × raw COPY. The sync push with the tallies on is `python -m benchmarks.sync_push` (its raw COPY
baseline table has no triggers; the push's `checkin` has them). Nothing is kept: the server and files live in a
temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks._stats import median, table

SITES = 200
REPORT_GOAL_S = 3.0
GROWTH_GOAL = 1.5
EXPORT_GOAL = 2.0

_LOAD = """
INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language, question, digest, synced_at)
SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g.i), 12, '0'))::uuid, s.site, s.site || '-1', g.at,
       (g.at AT TIME ZONE 'Europe/London')::date,
       CASE WHEN g.r < 0.70 THEN 'yes' WHEN g.r < 0.85 THEN 'not_sure' ELSE 'no' END, 'en', 'kindness-1',
       md5(g.i::text) || md5(g.i::text || 'x'), now()
FROM (SELECT i, random() AS r,
             (current_date - 365 + floor(random() * 365)::int + time '09:00'
              + random() * interval '8 hours') AT TIME ZONE 'Europe/London' AS at
      FROM generate_series(%(first)s::bigint, %(last)s::bigint) AS i) g
JOIN (SELECT n, 'site-' || lpad(n::text, 3, '0') AS site FROM generate_series(0, %(sites)s::int - 1) AS n) s
  ON s.n = g.i %% %(sites)s
"""
_FOLLOWUPS = """
INSERT INTO checkin_followup (id, checkin_id, site, kiosk, followup, answered_at, digest, synced_at)
SELECT overlay(c.id::text PLACING '9' FROM 20 FOR 1)::uuid, c.id, c.site, c.kiosk,
       (ARRAY['staff', 'staff', 'staff', 'visitor', 'elsewhere'])[1 + floor(random() * 5)::int],
       c.answered_at + interval '5 seconds', md5(c.id::text) || md5(c.id::text || 'f'), now()
FROM checkin c WHERE c.answer <> 'no' AND c.synced_at >= %(since)s AND random() < 0.6
"""
# Off while the rows are loaded: the tallies (counted afterwards by PG_REBUILD, timed) and the kiosk checks
# (migration 0007's `central_accept`: its per-kiosk daily limit counts rows by the day they arrive, so a year of one
# kiosk's answers loaded at once would be kept aside row by row — an administrator's load, not a kiosk's push).
_TRIGGERS = (("checkin_followup", "checkin_tally_followup"),  # checkin's central_accept tallies too (0015)
             ("checkin", "central_accept"), ("checkin_followup", "central_accept"))


def _load(server: Any, db: str, first: int, last: int) -> float:
    """Adds check-ins first..last (and their follow-ups), triggers off; returns the seconds the rebuild took."""
    with server.connect(db) as su:
        since = (su.execute("SELECT clock_timestamp()").fetchone() or [None])[0]
        for table, trigger in _TRIGGERS:
            su.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
        su.execute(_LOAD, {"first": first, "last": last, "sites": SITES})
        su.execute(_FOLLOWUPS, {"since": since})
        su.execute("VACUUM ANALYZE checkin")
        su.execute("VACUUM ANALYZE checkin_followup")
        t0 = time.perf_counter()
        with su.transaction():
            from kiosk.data.tallies import PG_REBUILD

            for statement in PG_REBUILD:
                su.execute(statement)
        rebuilt = time.perf_counter() - t0
        for table, trigger in _TRIGGERS:
            su.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
        su.execute("VACUUM ANALYZE checkin_tally")
        su.execute("VACUUM ANALYZE checkin_tally_day")
    return rebuilt


def _report(url: str, password_file: Path, out: Path) -> float:
    from kiosk import cli

    said = io.StringIO()
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):  # the file name and a count
        status = cli.main(["report", "--out", str(out), "--source", "central", "--url", url,
                           "--password-file", str(password_file)])
    seconds = time.perf_counter() - t0
    if status != 0:
        raise RuntimeError(f"kiosk report --out {out.name} ended with status {status}")
    return seconds


PHASES = ("read", "build", "write .pdf", "write .xlsx")


def _phases(engine: Any, root: Path, size: int, into: dict[str, list[float]], rows: list[int]) -> float:
    """One PDF and one XLSX report made step by step (as `kiosk report` does), each step timed into `into`."""
    from datetime import date

    from kiosk.results.central import CentralResults
    from kiosk.results.cli import default_period
    from kiosk.results.report_model import build_report
    from kiosk.results.report_pdf import write_pdf
    from kiosk.results.report_xlsx import write_xlsx
    from kiosk.results.rules.tally import ResultsQuery

    t0 = time.perf_counter()
    source = CentralResults(engine)
    first, last = default_period(date.today())
    query = ResultsQuery(first, last, source.scope().sites)
    inputs = source.report_inputs(query)
    t1 = time.perf_counter()
    report = build_report(inputs.tallies, query, 10, scope="central", grid=inputs.grid, followups=inputs.followups)
    t2 = time.perf_counter()
    write_pdf(report, root / f"phases-{size}.pdf")
    t3 = time.perf_counter()
    write_xlsx(report, root / f"phases-{size}.xlsx")
    t4 = time.perf_counter()
    for name, seconds in zip(PHASES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
        into[name].append(seconds)
    rows[:] = [len(inputs.tallies), len(inputs.grid), len(inputs.followups)]
    return t4 - t0


def _export(engine: Any, out: Path, rows: int) -> float:
    from kiosk.checkin.central_export import copy_checkins

    t0 = time.perf_counter()
    with open(out, "wb") as f:
        n = copy_checkins(engine, f)
    seconds = time.perf_counter() - t0
    if n != rows:
        raise RuntimeError(f"the export wrote {n} rows, expected {rows}")
    return seconds


def _raw_copy(server: Any, db: str, out: Path) -> float:
    import psycopg

    with psycopg.connect(server.url(db).replace("+psycopg", "")) as conn:
        t0 = time.perf_counter()
        with open(out, "wb") as f, conn.cursor() as cur, cur.copy("COPY checkin TO STDOUT (FORMAT csv)") as copy:
            for data in copy:
                f.write(data)
        return time.perf_counter() - t0


def _central(server: Any, db: str, root: Path) -> tuple[str, Path, Any]:
    """A central database with SITES sites and a manager: (the manager's URL, password file, engine)."""
    from sqlalchemy.engine import make_url

    from kiosk.data.engine import make_engine
    from kiosk.sync import central as admin

    server.create_database(db)
    owner = make_engine(server.url(db))
    admin.init_central(owner)
    with server.connect(db) as su:
        su.execute("INSERT INTO site (id, name, timezone, created_at) SELECT 'site-' || lpad(n::text, 3, '0'), "
                   "'Site ' || n, 'Europe/London', now() FROM generate_series(0, %(n)s::int - 1) AS n", {"n": SITES})
    manager = admin.add_user(owner, "manager", f"bench_{db}")
    owner.dispose()
    secret = root / f"{db}.password"
    secret.write_text(manager.password + "\n", encoding="utf-8")
    url = make_url(server.url(db))._replace(username=manager.role_name, password=None)
    engine = make_engine(url._replace(password=manager.password).render_as_string(hide_password=False))
    return url.render_as_string(hide_password=False), secret, engine


def run(sizes: list[int], rounds: int, root: Path) -> dict[str, Any]:
    """One database per size, loaded first; then every size's reports in the same interleaved rounds, so a busy
    machine slows every size alike."""
    import os

    from kiosk.results.report_files import WRITERS
    from tests.support.pgserver import PgServer

    results: dict[str, Any] = {"sizes": {size: {} for size in sizes}, "export": {}}
    os.environ["KIOSK_DATA_DIR"] = str(root / "kiosk")  # `kiosk report` reads the time zone and min count there
    engines: list[Any] = []
    with PgServer(fsync=True) as server:
        try:
            paths: list[tuple[str, Callable[[], float]]] = []
            for size in sizes:
                db = f"central_{size}"
                url, secret, engine = _central(server, db, root)
                engines.append(engine)
                t0 = time.perf_counter()
                rebuilt = _load(server, db, 0, size - 1)
                with server.connect(db) as su:
                    counts = su.execute("SELECT (SELECT count(*) FROM checkin), (SELECT count(*) FROM "
                                        "checkin_followup), (SELECT count(*) FROM checkin_tally), (SELECT count(*) "
                                        "FROM checkin_tally_day)").fetchone()
                    results["server"] = (su.execute("SHOW server_version").fetchone() or ["?"])[0]
                print(f"  loaded {size:,} check-ins in {time.perf_counter() - t0:.0f} s (tallies rebuilt in "
                      f"{rebuilt:.1f} s): check-ins, follow-ups, hourly and daily tallies {counts}", flush=True)
                phases: dict[str, list[float]] = {name: [] for name in PHASES}
                results["sizes"][size] = {"rebuild": rebuilt, "counts": counts, **{e: [] for e in WRITERS},
                                          "phases": phases, "inputs": []}
                paths += [(f"{size}{ext}", functools.partial(_report, url, secret, root / f"report-{size}{ext}"))
                          for ext in WRITERS]
                paths.append((f"{size} phases", functools.partial(
                    _phases, engine, root, size, phases, results["sizes"][size]["inputs"])))
                if size >= 1_000_000 and not results["export"]:
                    results["export"] = {"size": size, "raw COPY": [], "export": []}
                    paths += [("raw COPY", functools.partial(_raw_copy, server, db, root / "raw.csv")),
                              ("export", functools.partial(_export, engine, root / "export.csv", size))]
            timings: dict[str, list[float]] = {name: [] for name, _ in paths}
            for i in range(rounds + 1):  # the first round warms up and is not counted
                k = i % len(paths)
                for name, fn in paths[k:] + paths[:k]:
                    if name.endswith(" phases") and not i:
                        continue  # its steps are recorded as they run: warmed up by the reports themselves
                    seconds = fn()
                    if i:
                        timings[name].append(seconds)
            for size in sizes:
                for ext in WRITERS:
                    results["sizes"][size][ext] = timings[f"{size}{ext}"]
            if results["export"]:
                results["export"].update({"raw COPY": timings["raw COPY"], "export": timings["export"]})
        finally:
            for engine in engines:
                engine.dispose()
    return results


def report(results: dict[str, Any]) -> bool:
    from kiosk.results.report_files import WRITERS

    ok = True
    sizes = sorted(results["sizes"])
    lines = []
    for size in sizes:
        row = results["sizes"][size]
        lines.append([f"{size:,} check-ins", *(median(row[e]) for e in WRITERS), row["counts"][3],
                      f"{row['rebuild']:.1f} s"])
    print(table(["central rows", *(f"report {e} s" for e in WRITERS), "daily tallies", "tally rebuild"], lines))
    print("where the PDF and XLSX time goes (median s; rows read: tallies by site/day/answer, pattern cells, "
          "follow-up counts):")
    print(table(["central rows", *PHASES, "rows read"],
                [[f"{size:,} check-ins", *(median(results["sizes"][size]["phases"][p]) for p in PHASES),
                  " / ".join(f"{n:,}" for n in results["sizes"][size]["inputs"])] for size in sizes]))
    for ext in WRITERS:
        first, last = median(results["sizes"][sizes[0]][ext]), median(results["sizes"][sizes[-1]][ext])
        growth = last / first if first else float("nan")
        meets = last <= REPORT_GOAL_S and (len(sizes) == 1 or growth <= GROWTH_GOAL)
        ok &= meets
        print(f"report {ext}: {last:.2f} s at {sizes[-1]:,} rows, {growth:.2f}× the time at {sizes[0]:,} — "
              f"{'meets' if meets else 'MISSES'} ≤ {REPORT_GOAL_S:g} s and not growing (≤ {GROWTH_GOAL}×)")
    export = results["export"]
    if export:
        raw, mine = median(export["raw COPY"]), median(export["export"])
        meets = mine <= EXPORT_GOAL * raw
        ok &= meets
        print(f"raw CSV export of {export['size']:,} rows: {mine:.2f} s vs raw COPY … TO STDOUT {raw:.2f} s = "
              f"{mine / raw:.2f}× — {'meets' if meets else 'MISSES'} ≤ {EXPORT_GOAL:g}×")
    return ok


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.results_scale", description=__doc__.split("\n")[0])
    p.add_argument("--rows", default="1000000,10000000",
                   help="central check-in counts to measure at, comma-separated (default 1000000,10000000; "
                        "e.g. 100000 for a quick run)")
    p.add_argument("--rounds", type=int, default=5, help="timed rounds after one warm-up (default 5)")
    p.add_argument("--dir", type=Path, default=None, help="where the server and files go (default: temp)")
    args = p.parse_args(argv)
    try:
        sizes = sorted({int(x.replace("_", "")) for x in args.rows.split(",") if x.strip()})
    except ValueError:
        p.error(f"--rows {args.rows!r}: give whole numbers separated by commas")
    if not sizes or sizes[0] < SITES:
        p.error(f"--rows: at least {SITES} (one per site)")
    from tests.support.pgserver import find_pg_bin

    if find_pg_bin() is None:
        print("== results at scale: skipped — PostgreSQL server binaries not found (packaging/system-deps.sh "
              "installs them)")
        return 0
    print(f"== results at scale: {', '.join(f'{s:,}' for s in sizes)} central check-ins across {SITES} sites, "
          f"{args.rounds} rounds after a warm-up; python {sys.version.split()[0]}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-results-", dir=args.dir) as tmp:
        results = run(sizes, args.rounds, Path(tmp))
    print(f"PostgreSQL {results['server']} (fsync on, loopback TCP), as a manager's own role")
    report(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
