"""The check-in CSV export from a central PostgreSQL, as fast as the server can send it: `COPY (…) TO STDOUT`.

The same file `kiosk.checkin.export` writes from Python rows — the same columns (CHECKIN_COLUMNS), oldest first
(answered_at, id), the latest follow-up, answered_at as YYYY-MM-DDTHH:MM:SSZ, the formula guard of
kiosk.core.csv_files.safe_cell on every text cell, UTF-8 with a BOM and CRLF line ends — but made by the server:
PostgreSQL's CSV quoting is Python's QUOTE_MINIMAL (a cell is quoted when it holds a comma, a quote or a line
break), empty cells are NULLs so they come out bare as Python writes them, and the server sends exactly one
message per row, so only each message's final "\\n" becomes "\\r\\n" (a line break inside a quoted cell stays
as it is, as in Python's file). Nothing is parsed or built per cell in Python: a million rows take about as long
as the server's own COPY. Thread: the CLI's main thread.
"""

from __future__ import annotations

from datetime import date
from typing import IO, Any

from sqlalchemy import Engine

from kiosk.checkin.export import CHECKIN_COLUMNS

KNOWN_ANSWERS = "('yes', 'not_sure', 'no')"  # a row stored before the CHECK constraints is left out, said in words
_FORMULA = "('=', '+', '-', '@', E'\\t', E'\\r')"  # kiosk.core.csv_files._FORMULA_START


def _safe(column: str) -> str:
    """safe_cell in SQL; an empty text is NULL, so it is written bare."""
    return f"NULLIF(CASE WHEN left({column}, 1) IN {_FORMULA} THEN '''' || {column} ELSE {column} END, '')"


def export_sql(date_from: date | None, date_to: date | None, site: str | None) -> Any:
    from psycopg import sql

    where: list[sql.Composable] = [sql.SQL(f"c.answer IN {KNOWN_ANSWERS}")]
    if date_from:
        where.append(sql.SQL("c.local_date >= {}").format(sql.Literal(date_from)))
    if date_to:
        where.append(sql.SQL("c.local_date <= {}").format(sql.Literal(date_to)))
    if site:
        where.append(sql.SQL("c.site = {}").format(sql.Literal(site)))
    return sql.SQL(f"""COPY (
        SELECT c.id, {_safe('c.site')}, {_safe('c.kiosk')},
               to_char(c.answered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
               to_char(c.local_date, 'YYYY-MM-DD'), NULLIF(c.answer, ''), NULLIF(f.followup, ''),
               {_safe('c.language')}
        FROM public.checkin c
        LEFT JOIN (SELECT DISTINCT ON (checkin_id) checkin_id, followup FROM public.checkin_followup
                   ORDER BY checkin_id, answered_at DESC) f ON f.checkin_id = c.id
        WHERE {{}}
        ORDER BY c.answered_at, c.id
    ) TO STDOUT (FORMAT csv)""").format(sql.SQL(" AND ").join(where))


def copy_checkins(engine: Engine, out: IO[bytes], *, date_from: date | None = None, date_to: date | None = None,
                  site: str | None = None, bom: bool = True) -> int:
    """Writes the export (the BOM for a file, header, rows) to the binary stream `out`; returns how many rows.
    Read as the engine's user (a manager reads every site), in one read-only transaction."""
    statement = export_sql(date_from, date_to, site)
    out.write((("\ufeff" if bom else "") + ",".join(CHECKIN_COLUMNS) + "\r\n").encode("utf-8"))
    n = 0
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        with conn.begin(), raw.cursor() as cur:
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute("SET LOCAL work_mem = '256MB'")  # the sort by time stays in memory
            cur.execute("SET LOCAL client_encoding = 'UTF8'")
            with cur.copy(statement) as copy:
                write = out.write
                for data in copy:  # one message per row, ending in "\n"
                    write(data[:-1])
                    write(b"\r\n")
                    n += 1
    return n


def unknown_answers(engine: Engine, *, date_from: date | None = None, date_to: date | None = None,
                    site: str | None = None, limit: int = 1000) -> list[str]:
    """The rows the export leaves out (an answer this version does not know), described for people."""
    from sqlalchemy import text

    query = (f"SELECT id, kiosk, answer FROM public.checkin WHERE answer NOT IN {KNOWN_ANSWERS}"
             " AND (CAST(:f AS date) IS NULL OR local_date >= :f) AND (CAST(:t AS date) IS NULL OR local_date <= :t)"
             " AND (CAST(:s AS text) IS NULL OR site = :s) ORDER BY answered_at LIMIT :n")
    with engine.connect() as conn:
        rows = conn.execute(text(query), {"f": date_from, "t": date_to, "s": site, "n": limit}).all()
    return [f"check-in {i} from kiosk {k!r} has an unknown answer {a!r}" for i, k, a in rows]
