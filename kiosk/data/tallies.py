"""The central database's per-site answer counts, kept as answers arrive, so results never read raw rows.

`checkin_tally` counts check-ins by (site, question, local date, local hour, answer, follow-up); the hour is
the site's own (the `site` table's time zone; Europe/London, the site default, for a site not registered)
and the follow-up is the check-in's latest one ('' while it has none). `checkin_tally_day` is the same summed
over the hours: a Summary of 200 sites over 12 weeks reads at most 200 × 84 × 9 rows of it, however many
millions of check-ins there are.

How they stay right:
  PostgreSQL  statement-level AFTER INSERT triggers on `checkin` and `checkin_followup` (migration
              0005_results; on `checkin` since 0015_push_faster the one `central_accept` trigger, which counts
              only the rows it did not keep aside; SECURITY DEFINER: kiosks may not touch the tallies) add each
              inserted batch's counts with one INSERT … ON CONFLICT DO UPDATE per table, keys in sorted order
              (two kiosks of a site pushing at once wait for each other, never deadlock). A follow-up moves its
              check-in's count from the old latest follow-up (or '') to the new one. Rows skipped by ON CONFLICT
              DO NOTHING are not in the trigger's transition table, so a re-pushed duplicate never counts twice;
              a rolled-back push takes its counts with it.
  SQLite      (the embedded demo central, one writer at a time) the push calls `refresh()` for the (site, local
              date) keys a batch touched, in the batch's transaction: those days are recounted from raw rows.
`rebuild()` recounts everything (after loading rows by hand, or a change of a site's time zone).
Thread: the CLI's main thread or the kiosk-sync thread (inside the push's central transaction).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    Connection,
    Date,
    Index,
    SmallInteger,
    String,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.data.base import Base

DEFAULT_ZONE = "Europe/London"  # SiteRecord.timezone's default
NO_FOLLOWUP = ""


class CheckInTallyRecord(Base):
    """How many check-ins of a site answered `question` with `answer` (then `followup`) in one local hour."""

    __tablename__ = "checkin_tally"

    site: Mapped[str] = mapped_column(String(63), primary_key=True)
    question: Mapped[str] = mapped_column(String(63), primary_key=True)
    local_date: Mapped[date] = mapped_column(Date, primary_key=True)
    local_hour: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    answer: Mapped[str] = mapped_column(String(16), primary_key=True)
    followup: Mapped[str] = mapped_column(String(16), primary_key=True)  # '' = no follow-up
    count: Mapped[int] = mapped_column(BigInteger)


class CheckInTallyDayRecord(Base):
    """`checkin_tally` summed over the local day's hours (what tables by day, week, month and period read)."""

    __tablename__ = "checkin_tally_day"

    site: Mapped[str] = mapped_column(String(63), primary_key=True)
    question: Mapped[str] = mapped_column(String(63), primary_key=True)
    local_date: Mapped[date] = mapped_column(Date, primary_key=True)
    answer: Mapped[str] = mapped_column(String(16), primary_key=True)
    followup: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_checkin_tally_day_local_date", "local_date"),)


TALLY_TABLES = ("checkin_tally", "checkin_tally_day")

# The whole recount on PostgreSQL (the trigger's arithmetic over every row): `rebuild()` and migration 0005.
PG_REBUILD = (
    "DELETE FROM public.checkin_tally_day",
    "DELETE FROM public.checkin_tally",
    f"""WITH latest AS (
            SELECT DISTINCT ON (checkin_id) checkin_id, followup FROM public.checkin_followup
            ORDER BY checkin_id, answered_at DESC, id DESC),
        counted AS (
            SELECT c.site, c.question, c.local_date,
                   extract(hour FROM c.answered_at AT TIME ZONE coalesce(s.timezone, '{DEFAULT_ZONE}'))::smallint
                       AS local_hour,
                   c.answer, coalesce(l.followup, '') AS followup, count(*) AS n
            FROM public.checkin c LEFT JOIN latest l ON l.checkin_id = c.id LEFT JOIN public.site s ON s.id = c.site
            GROUP BY 1, 2, 3, 4, 5, 6),
        hourly AS (
            INSERT INTO public.checkin_tally (site, question, local_date, local_hour, answer, followup, count)
            SELECT * FROM counted)
        INSERT INTO public.checkin_tally_day (site, question, local_date, answer, followup, count)
        SELECT site, question, local_date, answer, followup, sum(n) FROM counted GROUP BY 1, 2, 3, 4, 5""",
)


def rebuild(conn: Connection) -> None:
    """Recounts every tally from the raw rows, in the caller's transaction (the tables' owner on PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        for statement in PG_REBUILD:
            conn.execute(text(statement))
        return
    checkin = Base.metadata.tables["checkin"]
    keys = {(site, day) for site, day in conn.execute(select(checkin.c.site, checkin.c.local_date).distinct())}
    conn.execute(delete(CheckInTallyDayRecord))
    conn.execute(delete(CheckInTallyRecord))
    refresh(conn, keys)


def keys_of_followups(conn: Connection, checkin_ids: Iterable[object]) -> set[tuple[str, date]]:
    """The (site, local date) of the check-ins these follow-ups belong to (what their arrival changes)."""
    checkin = Base.metadata.tables["checkin"]
    ids = list(checkin_ids)
    found: set[tuple[str, date]] = set()
    for i in range(0, len(ids), 500):
        q = select(checkin.c.site, checkin.c.local_date).where(checkin.c.id.in_(ids[i:i + 500])).distinct()
        found.update((site, day) for site, day in conn.execute(q))
    return found


def refresh(conn: Connection, keys: Iterable[tuple[str, date]]) -> None:
    """Recounts the tallies of these (site, local date) days from the raw rows (SQLite: the demo central)."""
    wanted = sorted(set(keys))
    if not wanted:
        return
    checkin = Base.metadata.tables["checkin"]
    followup = Base.metadata.tables["checkin_followup"]
    site_table = Base.metadata.tables["site"]
    zones = {s: ZoneInfo(z) for s, z in conn.execute(select(site_table.c.id, site_table.c.timezone))}
    latest = (select(followup.c.followup).where(followup.c.checkin_id == checkin.c.id)
              .order_by(followup.c.answered_at.desc(), followup.c.id.desc()).limit(1)
              .correlate(checkin).scalar_subquery())
    hours: Counter[tuple[str, str, date, int, str, str]] = Counter()
    for i in range(0, len(wanted), 200):
        part = wanted[i:i + 200]
        match = or_(*(and_(checkin.c.site == s, checkin.c.local_date == d) for s, d in part))
        conn.execute(delete(CheckInTallyRecord).where(
            tuple_(CheckInTallyRecord.site, CheckInTallyRecord.local_date).in_(part)))
        conn.execute(delete(CheckInTallyDayRecord).where(
            tuple_(CheckInTallyDayRecord.site, CheckInTallyDayRecord.local_date).in_(part)))
        rows = conn.execute(select(checkin.c.site, checkin.c.question, checkin.c.local_date, checkin.c.answered_at,
                                   checkin.c.answer, func.coalesce(latest, NO_FOLLOWUP)).where(match))
        for site, question, day, at, answer, follow in rows:
            zone = zones.get(site) or ZoneInfo(DEFAULT_ZONE)
            moment = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
            hours[(site, question, day, _hour(moment, zone), answer, follow)] += 1
    days: Counter[tuple[str, str, date, str, str]] = Counter()
    for (site, question, day, _, answer, follow), n in hours.items():
        days[(site, question, day, answer, follow)] += n
    if hours:
        conn.execute(insert(CheckInTallyRecord), [
            {"site": s, "question": q, "local_date": d, "local_hour": h, "answer": a, "followup": f, "count": n}
            for (s, q, d, h, a, f), n in sorted(hours.items())])
        conn.execute(insert(CheckInTallyDayRecord), [
            {"site": s, "question": q, "local_date": d, "answer": a, "followup": f, "count": n}
            for (s, q, d, a, f), n in sorted(days.items())])


def _hour(moment: datetime, zone: ZoneInfo) -> int:
    return moment.astimezone(zone).hour
