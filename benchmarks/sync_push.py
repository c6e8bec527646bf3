"""Sync push throughput: 10,000 queued check-ins pushed to a local PostgreSQL, against a raw COPY of the same
rows into an identical empty table, in the same run.

    python -m benchmarks.sync_push [--rows 10000] [--rounds 5] [--batch-size N (default: sync.batch_size's)]

A throwaway PostgreSQL server (tests/support/pgserver.py, fsync on) holds a central database made by the
app's own `init_central`; the kiosk pushes as its own least-privilege login role (row-level security on),
exactly as in production. The kiosk's SQLite store holds the rows as the app writes them (each with the
digest CheckInService stores with it). Per round, interleaved in rotating order:
  raw       psycopg: COPY the 10,000 rows — already in memory as Python values (UUID, datetime, date),
            digest and receipt time included — into `raw_checkin` (LIKE checkin INCLUDING ALL: same primary
            key and indexes) and commit once
  raw-text  the same, but the values already as text (the form the push sends): the stricter baseline
  push      kiosk.sync.push.push() at the batch size (the configuration's default unless --batch-size):
            read the unsent rows from the kiosk's SQLite store (the next batch on a helper thread while one
            is sent), per batch one INSERT … SELECT FROM unnest(one binary text array per column) as the
            kiosk's role + commit, and mark them sent locally (SQLite, synchronous=FULL) once the central
            commit is done — on another helper thread, beside the next batch's central work — queued
            to confirmed, end to end
  push (no stored digests)  the same from a second store whose rows have no digest (written before digests
            were stored): the push computes them
  push (one batch)          the same as push with every row in one batch
  push (tallies off)        the same as push with the results tallies off (kiosk.data.tallies; on checkin, migration
            0007's checks alone in place of 0015's checks-and-tallies trigger): what keeping the per-site answer
            counts costs the push
Between rounds every table is emptied and the local rows marked unsent again (untimed). After the rounds
(untimed) each push path's central rows are compared field by field, digest included, with a raw COPY's.
Goal: push rows/s ≥ 0.5 × raw COPY rows/s; the verdict is against the faster of the two raw COPYs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Generator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks._stats import median, table

GOAL = 0.5
SEND = "central INSERTs"
READ = "local reads"
REST = "central commits + waits for reads and marks"
MARK = "local marks"


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


def default_batch_size() -> int:
    from kiosk.core import config as settings

    return int({k.name: k.default for k in settings.SCHEMA}["sync.batch_size"])


def _as_text(row: tuple[object, ...], now: datetime) -> tuple[object, ...]:
    """A check-in row (its columns, digest, synced_at) as text for COPY: the id's hex, timestamps as PostgreSQL
    reads them, and synced_at set to `now`."""
    row_id, site, kiosk, answered_at, local_day, *rest = row
    assert isinstance(row_id, uuid.UUID) and isinstance(answered_at, datetime) and isinstance(local_day, date)
    return (row_id.hex, site, kiosk, answered_at.strftime("%Y-%m-%d %H:%M:%S.%f+00"), local_day.isoformat(),
            *rest[:-1], now.strftime("%Y-%m-%d %H:%M:%S.%f+00"))


def run(rows: int, rounds: int, batch_size: int, root: Path) -> dict[str, Any]:
    from sqlalchemy import insert, text
    from sqlalchemy.engine import make_url

    from kiosk.core import config as settings
    from kiosk.core.clock import SystemClock, local_date
    from kiosk.core.records import record_digest
    from kiosk.data import migrate
    from kiosk.data.engine import make_engine, sqlite_engine
    from kiosk.data.models import CheckInRecord
    from kiosk.data.outbox import RECORD_TABLES, Batch, Outbox, RecordTable
    from kiosk.sync import central as admin
    from kiosk.sync import push as push_module
    from kiosk.sync.checks import ANSWERS_LIMIT
    from kiosk.sync.connect import central_engine, central_for
    from tests.support.pgserver import PgServer

    results: dict[str, Any] = {"parts": []}
    with PgServer(fsync=True) as server:
        server.create_database("central")
        admin_url = server.url("central")
        central_admin = make_engine(admin_url)
        admin.init_central(central_admin, {ANSWERS_LIMIT: 10_000_000})  # every round is the same day's rows
        admin.add_site(central_admin, "riverside", "Riverside", "Europe/London")
        creds = admin.add_kiosk(central_admin, "riverside", "kiosk-1")
        bare = make_url(admin_url)._replace(password=None).render_as_string(hide_password=False)
        config = settings.load(env={"KIOSK_DATA_DIR": str(root / "kiosk")},
                               overrides={"sync.central_url": admin.kiosk_url(bare, creds),
                                          "sync.batch_size": batch_size})
        kiosk_central = central_engine(central_for(config, {"KIOSK_CENTRAL_PASSWORD": creds.password}))
        local = sqlite_engine(config.database_path)
        legacy = sqlite_engine(root / "legacy" / "kiosk.sqlite3")  # the same rows, stored without digests
        start = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
        records = [{"id": uuid.uuid4(), "site": config.site_id, "kiosk": config.kiosk_id,
                    "answered_at": start + timedelta(seconds=i), "local_date": local_date(start, config.timezone),
                    "answer": ("yes", "not_sure", "no")[i % 3], "language": "en", "question": "kindness-1"}
                   for i in range(rows)]
        digests = [record_digest(r) for r in records]
        for engine, with_digests in ((local, True), (legacy, False)):
            migrate.upgrade(engine)
            with engine.begin() as conn:  # with digests: as CheckInService.record stores each answer
                conn.execute(insert(CheckInRecord), [{**r, "digest": d} if with_digests else r
                                                     for r, d in zip(records, digests, strict=True)])
        columns = [*RECORD_TABLES[0].columns, "digest", "synced_at"]
        now = datetime.now(UTC)
        raw_rows = [(*(r[c] for c in RECORD_TABLES[0].columns), d, now) for r, d in zip(records, digests, strict=True)]
        text_rows = [_as_text(r, now) for r in raw_rows]
        with server.connect("central") as su:
            su.execute("CREATE TABLE raw_checkin (LIKE checkin INCLUDING ALL)")
            version = su.execute("SHOW server_version").fetchone()
        results["server"] = version[0] if version else "?"

        def reset() -> None:
            with server.connect("central") as su:
                su.execute("TRUNCATE checkin, checkin_followup, heartbeat, sync_conflict, raw_checkin")
                su.execute("VACUUM ANALYZE checkin")
                su.execute("VACUUM ANALYZE raw_checkin")
            for engine in (local, legacy):
                with engine.begin() as conn:
                    conn.execute(text("UPDATE checkin SET synced_at = NULL"))

        def raw_copy(values: list[tuple[Any, ...]]) -> float:
            import psycopg

            with psycopg.connect(server.url("central").replace("+psycopg", "")) as conn:
                t0 = time.perf_counter()
                with conn.cursor() as cur, cur.copy(f"COPY raw_checkin ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in values:
                        copy.write_row(row)
                conn.commit()
                return time.perf_counter() - t0

        def tallies(on: bool) -> None:  # the results tallies' triggers (kiosk.data.tallies), untimed
            with server.connect("central") as su:
                # checkin's one trigger (migration 0015) checks and tallies: off, 0007's checks alone stand in for it
                su.execute("DROP TRIGGER central_accept ON checkin")
                su.execute("CREATE TRIGGER central_accept AFTER INSERT ON checkin REFERENCING NEW TABLE AS new_rows "
                           "FOR EACH STATEMENT EXECUTE FUNCTION " + ("checkin_accept()" if on else
                           "central_accept('max_answers_per_kiosk_day', '_', 'answered_at')"))
                switch = "ENABLE" if on else "DISABLE"
                su.execute(f"ALTER TABLE checkin_followup {switch} TRIGGER checkin_tally_followup")

        def pushed(store: Any, size: int, parts: bool = False, with_tallies: bool = True) -> float:
            if not with_tallies:
                tallies(False)
            try:
                return _pushed(store, size, parts)
            finally:
                if not with_tallies:
                    tallies(True)

        def _pushed(store: Any, size: int, parts: bool = False) -> float:
            timed = _Timed()
            outbox = Outbox(store, config.site_id, config.kiosk_id)
            real_batches = outbox.batches

            def batches(spec: RecordTable, n: int) -> Generator[Batch, None, None]:
                read = timed.wrap(READ, next)
                items = real_batches(spec, n)
                while (batch := read(items, None)) is not None:
                    yield batch

            # Timing wrappers on this one instance; mypy checks an assigned method against the unbound one (with self).
            outbox.batches = batches  # type: ignore[method-assign, assignment]
            outbox.mark_sent = timed.wrap(MARK, outbox.mark_sent)  # type: ignore[method-assign]
            real_send = push_module.send_batch
            push_module.send_batch = timed.wrap(SEND, real_send)
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
            if parts:
                timed.seconds[REST] = elapsed - timed.seconds.get(SEND, 0.0)
                results["parts"].append(timed.seconds)
            return elapsed

        paths: list[tuple[str, Callable[[], float]]] = [
            ("raw", lambda: raw_copy(raw_rows)), ("raw-text", lambda: raw_copy(text_rows)),
            ("push", lambda: pushed(local, batch_size, parts=True)),
            ("push-legacy", lambda: pushed(legacy, batch_size)),
            ("push-one-batch", lambda: pushed(local, rows)),
            ("push-no-tallies", lambda: pushed(local, batch_size, with_tallies=False))]
        results.update({name: [] for name, _ in paths})
        try:
            for i in range(rounds + 1):  # the first round warms up and is not counted
                k = i % len(paths)
                for name, fn in paths[k:] + paths[:k]:  # rotating order: a busy machine slows all alike
                    reset()
                    seconds = fn()
                    if i:
                        results[name].append(seconds)
            results["parts"] = results["parts"][1:]
            for store, values in ((local, raw_rows), (legacy, text_rows)):  # untimed: what arrived is exactly
                reset()                                                   # what raw COPY stores
                raw_copy(values)
                pushed(store, batch_size)
                with server.connect("central") as su:
                    counted = su.execute("SELECT count(*), count(DISTINCT id) FROM checkin").fetchone()
                    same = su.execute(
                        "SELECT count(*) FROM checkin c JOIN raw_checkin r USING (id) WHERE (c.site, c.kiosk, "
                        "c.answered_at, c.local_date, c.answer, c.language, c.digest) = (r.site, r.kiosk, "
                        "r.answered_at, r.local_date, r.answer, r.language, r.digest)").fetchone()
                if counted != (rows, rows) or same != (rows,):
                    raise RuntimeError(f"the central table holds {counted} rows ({same} as raw COPY stores them), "
                                       f"expected {rows}")
        finally:
            kiosk_central.dispose()
            central_admin.dispose()
            local.dispose()
            legacy.dispose()
    return results


def report(results: dict[str, Any], rows: int, batch_size: int) -> float:
    default = default_batch_size()
    which = "the default" if batch_size == default else f"NOT the default {default}"
    raw = min(median(results["raw"]), median(results["raw-text"]))
    lines = []
    for name, label in (("raw", "raw COPY, Python values (one transaction)"),
                        ("raw-text", "raw COPY, values as text (one transaction)"),
                        ("push", f"push, batch {batch_size} ({which})"),
                        ("push-legacy", f"push, batch {batch_size}, no stored digests"),
                        ("push-one-batch", f"push, one batch of {rows}"),
                        ("push-no-tallies", f"push, batch {batch_size}, results tallies off")):
        t = median(results[name])
        lines.append([label, t * 1e3, f"{rows / t:,.0f}", f"{raw / t:.2f}x"])
    print(table(["path", "median ms", "rows/s", "vs faster raw COPY"], lines))
    parts = results["parts"]
    if parts:
        def ms(name: str) -> str:
            return f"{name} {median([p.get(name, 0.0) for p in parts]) * 1e3:.0f} ms"

        print(f"push (batch {batch_size}), on the pushing thread: {ms(SEND)}, {ms(REST)}; on helper threads, "
              f"beside the central work: {ms(READ)} (the next batch), {ms(MARK)} (the batch before)")
    print(f"checked: both pushes stored all {rows:,} rows exactly as the raw COPYs do, digests included")
    push = median(results["push"])
    ratio = raw / push
    print(f"push: {ratio:.2f}× the faster raw COPY's rows/s ({median(results['raw']) / push:.2f}× the Python-value "
          f"COPY's) — {'meets' if ratio >= GOAL else 'MISSES'} the ≥ {GOAL}× goal at batch {batch_size} ({which})")
    return ratio


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.sync_push", description=__doc__.split("\n")[0])
    p.add_argument("--rows", type=int, default=10_000, help="queued check-ins (default 10000)")
    p.add_argument("--rounds", type=int, default=5, help="timed rounds after one warm-up (default 5)")
    p.add_argument("--batch-size", type=int, default=None,
                   help="push batch size (default: the configuration's default, sync.batch_size)")
    p.add_argument("--dir", type=Path, default=None, help="where the kiosk's SQLite store goes (default: temp)")
    args = p.parse_args(argv)
    batch_size = args.batch_size or default_batch_size()
    from tests.support.pgserver import find_pg_bin

    if find_pg_bin() is None:
        print("== sync push: skipped — PostgreSQL server binaries not found (packaging/system-deps.sh installs "
              "them)")
        return 0
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-push-", dir=args.dir) as tmp:
        which = "the default" if batch_size == default_batch_size() else "NOT the default"
        print(f"== sync push: {args.rows:,} queued check-ins → local PostgreSQL, batch {batch_size} ({which}), "
              f"{args.rounds} rounds after a warm-up; python {sys.version.split()[0]}")
        results = run(args.rows, args.rounds, batch_size, Path(tmp))
    print(f"PostgreSQL {results['server']} (fsync on, loopback TCP)")
    report(results, args.rows, batch_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
