"""Sync push throughput: 10,000 queued check-ins pushed to a local PostgreSQL, against a raw COPY of the same
rows into an identical empty table, in the same run.

    python -m benchmarks.sync_push [--rows 10000] [--rounds 5] [--batch-size 500]

A throwaway PostgreSQL server (tests/support/pgserver.py, fsync on) holds a central database made by the
app's own `init_central`; the kiosk pushes as its own least-privilege login role (row-level security on),
exactly as in production. Per round, interleaved in alternating order:
  raw   psycopg: COPY the 10,000 rows — already in memory, digest and receipt time included — into
        `raw_checkin` (LIKE checkin INCLUDING ALL: same primary key and indexes) and commit once
  push  kiosk.sync.push.push(): read the unsent rows from the kiosk's SQLite store, digest them, per batch
        COPY to a temp table + INSERT … ON CONFLICT DO NOTHING RETURNING + commit, then mark them sent
        locally (SQLite, synchronous=FULL) — queued to confirmed, end to end
Between rounds both tables are emptied and the local rows marked unsent again (untimed).
Goal: push rows/s ≥ 0.5 × raw COPY rows/s at the default batch size.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks._stats import median, table

GOAL = 0.5


class _Timed:
    """Adds up the seconds spent in wrapped calls, by name."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0

        return timed


def run(rows: int, rounds: int, batch_size: int, root: Path) -> dict[str, Any]:
    from sqlalchemy import insert, text
    from sqlalchemy.engine import make_url

    from kiosk import settings
    from kiosk.domain.clock import SystemClock, local_date
    from kiosk.domain.records import record_digest
    from kiosk.store import migrate
    from kiosk.store.engine import make_engine, sqlite_engine
    from kiosk.store.models import CheckInRecord
    from kiosk.sync import central as admin
    from kiosk.sync import push as push_module
    from kiosk.sync.connect import central_engine, central_for
    from kiosk.sync.outbox import RECORD_TABLES, Outbox
    from tests.support.pgserver import PgServer

    results: dict[str, Any] = {"parts": []}
    with PgServer(fsync=True) as server:
        server.create_database("central")
        admin_url = server.url("central")
        central_admin = make_engine(admin_url)
        admin.init_central(central_admin)
        admin.add_site(central_admin, "riverside", "Riverside", "Europe/London")
        creds = admin.add_kiosk(central_admin, "riverside", "kiosk-1")
        bare = make_url(admin_url)._replace(password=None).render_as_string(hide_password=False)
        config = settings.load(env={"KIOSK_DATA_DIR": str(root / "kiosk")},
                               overrides={"sync.central_url": admin.kiosk_url(bare, creds),
                                          "sync.batch_size": batch_size})
        kiosk_central = central_engine(central_for(config, {"KIOSK_CENTRAL_PASSWORD": creds.password}))
        local = sqlite_engine(config.database_path)
        migrate.upgrade(local)
        start = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
        records = [{"id": uuid.uuid4(), "site": config.site_id, "kiosk": config.kiosk_id,
                    "answered_at": start + timedelta(seconds=i), "local_date": local_date(start, config.timezone),
                    "answer": ("yes", "not_sure", "no")[i % 3], "language": "en"} for i in range(rows)]
        with local.begin() as conn:
            conn.execute(insert(CheckInRecord), records)
        columns = [*RECORD_TABLES[0].columns, "digest", "synced_at"]
        now = datetime.now(UTC)
        raw_rows = [(*(r[c] for c in RECORD_TABLES[0].columns), record_digest(r), now) for r in records]
        with server.connect("central") as su:
            su.execute("CREATE TABLE raw_checkin (LIKE checkin INCLUDING ALL)")
            version = su.execute("SHOW server_version").fetchone()
        results["server"] = version[0] if version else "?"

        def reset() -> None:
            with server.connect("central") as su:
                su.execute("TRUNCATE checkin, checkin_followup, heartbeat, sync_conflict, raw_checkin")
                su.execute("VACUUM ANALYZE checkin")
                su.execute("VACUUM ANALYZE raw_checkin")
            with local.begin() as conn:
                conn.execute(text("UPDATE checkin SET synced_at = NULL"))

        def raw_copy() -> float:
            import psycopg

            with psycopg.connect(server.url("central").replace("+psycopg", "")) as conn:
                t0 = time.perf_counter()
                with conn.cursor() as cur, cur.copy(f"COPY raw_checkin ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in raw_rows:
                        copy.write_row(row)
                conn.commit()
                return time.perf_counter() - t0

        def pushed(size: int) -> float:
            timed = _Timed()
            outbox = Outbox(local, config.site_id, config.kiosk_id)
            outbox.take = timed.wrap("local read + digest", outbox.take)  # type: ignore[method-assign]
            outbox.mark_sent = timed.wrap("local mark sent", outbox.mark_sent)  # type: ignore[method-assign]
            real_send = push_module.send_batch
            push_module.send_batch = timed.wrap("central (COPY, INSERT, commit)", real_send)
            try:
                with kiosk_central.connect() as warm:  # a pooled connection, as between a kiosk's syncs
                    warm.execute(text("SELECT 1"))
                t0 = time.perf_counter()
                report = push_module.push(kiosk_central, outbox, SystemClock(), batch_size=size)
                elapsed = time.perf_counter() - t0
            finally:
                push_module.send_batch = real_send
            if report.tables["checkin"].stored != rows:
                raise RuntimeError(f"push stored {report.tables['checkin'].stored} of {rows} rows")
            if size == batch_size:
                results["parts"].append(timed.seconds)
            return elapsed

        paths: list[tuple[str, Callable[[], float]]] = [
            ("raw", raw_copy), ("push", lambda: pushed(batch_size)), ("push-one-batch", lambda: pushed(rows))]
        results.update({name: [] for name, _ in paths})
        try:
            for i in range(rounds + 1):  # the first round warms up and is not counted
                for name, fn in paths[i % 3:] + paths[:i % 3]:  # rotating order: a busy machine slows all alike
                    reset()
                    seconds = fn()
                    if i:
                        results[name].append(seconds)
            results["parts"] = results["parts"][1:]
            with server.connect("central") as su:
                counted = su.execute("SELECT count(*), count(DISTINCT id) FROM checkin").fetchone()
            if counted != (rows, rows):
                raise RuntimeError(f"the central table holds {counted} rows, expected {rows}")
        finally:
            kiosk_central.dispose()
            central_admin.dispose()
            local.dispose()
    return results


def report(results: dict[str, Any], rows: int, batch_size: int) -> float:
    raw = median(results["raw"])
    lines = [["raw COPY (one transaction)", raw * 1e3, f"{rows / raw:,.0f}", "1.00x"]]
    for name, label in (("push", f"push, batch {batch_size} (the default)"),
                        ("push-one-batch", f"push, one batch of {rows}")):
        t = median(results[name])
        lines.append([label, t * 1e3, f"{rows / t:,.0f}", f"{raw / t:.2f}x"])
    print(table(["path", "median ms", "rows/s", "vs raw COPY"], lines))
    parts = results["parts"]
    if parts:
        split = ", ".join(f"{name} {median([p.get(name, 0.0) for p in parts]) * 1e3:.0f} ms" for name in parts[0])
        print(f"push (batch {batch_size}) time split: {split}")
    ratio = raw / median(results["push"])
    print(f"push: {ratio:.2f}× raw COPY rows/s — {'meets' if ratio >= GOAL else 'MISSES'} the ≥ {GOAL}× goal")
    return ratio


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.sync_push", description=__doc__.split("\n")[0])
    p.add_argument("--rows", type=int, default=10_000, help="queued check-ins (default 10000)")
    p.add_argument("--rounds", type=int, default=5, help="timed rounds after one warm-up (default 5)")
    p.add_argument("--batch-size", type=int, default=500, help="push batch size (default 500, the config default)")
    p.add_argument("--dir", type=Path, default=None, help="where the kiosk's SQLite store goes (default: temp)")
    args = p.parse_args(argv)
    from tests.support.pgserver import find_pg_bin

    if find_pg_bin() is None:
        print("== sync push: skipped — PostgreSQL server binaries not found (packaging/system-deps.sh installs "
              "them)")
        return 0
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-push-", dir=args.dir) as tmp:
        print(f"== sync push: {args.rows:,} queued check-ins → local PostgreSQL, batch {args.batch_size}, "
              f"{args.rounds} rounds after a warm-up; python {sys.version.split()[0]}")
        results = run(args.rows, args.rounds, args.batch_size, Path(tmp))
    print(f"PostgreSQL {results['server']} (fsync on, loopback TCP)")
    report(results, args.rows, args.batch_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
