"""push faster: one AFTER INSERT trigger on checkin instead of two, and it counts only the rows that stay

Revision ID: 0015_push_faster
Revises: 0014_push_speed
Create Date: 2026-12-16

PostgreSQL only (a SQLite central keeps its tallies in the push itself: kiosk.data.tallies.refresh).
`checkin` had two statement-level AFTER INSERT triggers over the same transition table: 0007's generic
`central_accept(...)` (misdated and excess rows kept aside in `quarantine`) and 0005's `checkin_tally_add()`
(the results tallies). Now one trigger, still named `central_accept` (as on every other record table), runs
`checkin_accept()`, which does both in one function:

- the checks are 0007's, word for word in effect (same reasons, same order: misdated rows first, then the
  newest rows over the kiosk's daily limit), but with static SQL for this one table (0007's function builds
  and plans its SQL on every statement) and one pass over the new rows for both counts;
- the tallies count only the rows that stayed. Before, a row kept aside by `central_accept` was still in
  the transition table `checkin_tally_add` read, so it was counted in the tallies though it is not in
  `checkin`;
- the local hour is worked out once per distinct UTC minute, not per row: rows are grouped by
  `date_trunc('minute', answered_at)` first. Every time zone's offset since 1972 is a whole number of minutes
  and changes on a minute boundary, so every instant of one UTC minute has the same local hour.

Measured with benchmarks/sync_push.py (see README, "Sync push of 10,000 queued check-ins"). Downgrade puts
0005's and 0007's two triggers back.
"""

from __future__ import annotations

from alembic import op

revision = "0015_push_faster"
down_revision = "0014_push_speed"
branch_labels = None
depends_on = None

_DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
AHEAD = "5 minutes"  # kiosk.sync.checks.MAX_AHEAD (as migration 0007)
EARLIEST = "2020-01-01 00:00:00+00"  # kiosk.sync.checks.EARLIEST (as migration 0007)
_BAD = (f"coalesce(answered_at > statement_timestamp() + interval '{AHEAD}' "
        f"OR answered_at < timestamptz '{EARLIEST}', false)")
_ZONE = "coalesce(s.timezone, 'Europe/London')"  # kiosk.data.tallies.DEFAULT_ZONE
_HOURLY_KEY = "site, question, local_date, local_hour, answer, followup"
_DAY_KEY = "site, question, local_date, answer, followup"

CHECKIN_ACCEPT = f"""CREATE OR REPLACE FUNCTION public.checkin_accept() RETURNS trigger LANGUAGE plpgsql {_DEFINER}
    AS $$
    DECLARE
        lim integer := public.central_limit_of('max_answers_per_kiosk_day');
        today date := (now() AT TIME ZONE 'UTC')::date;
        moved_rows jsonb[];
        moved uuid[] := '{{}}';
        r jsonb;
        total integer;
        sites text[];
        kiosks text[];
        counts integer[];
        misdated bigint;
    BEGIN
        -- One pass over the new rows: per site and kiosk, how many are plausibly dated; and how many are not.
        SELECT array_agg(g.site ORDER BY g.site, g.kiosk), array_agg(g.kiosk ORDER BY g.site, g.kiosk),
               array_agg(g.n ORDER BY g.site, g.kiosk), coalesce(sum(g.bad), 0)
          INTO sites, kiosks, counts, misdated
          FROM (SELECT site, kiosk, (count(*) FILTER (WHERE NOT {_BAD}))::integer AS n,
                       count(*) FILTER (WHERE {_BAD}) AS bad
                FROM new_rows GROUP BY site, kiosk) g;
        -- 1. implausible times: kept aside, never stored
        IF misdated > 0 THEN
            WITH m AS (DELETE FROM public.checkin t WHERE t.id IN (SELECT id FROM new_rows WHERE {_BAD})
                       RETURNING t.*)
            SELECT array_agg(to_jsonb(m) - 'synced_at') FROM m INTO moved_rows;
            FOREACH r IN ARRAY coalesce(moved_rows, '{{}}') LOOP
                moved := moved || (r ->> 'id')::uuid;
                PERFORM public.central_keep_aside(r ->> 'site', r ->> 'kiosk', 'checkin', (r ->> 'id')::uuid,
                    'dated ahead of the server''s clock (more than {AHEAD}) or before 2020', r::text, lim);
            END LOOP;
        END IF;
        -- 2. more than the kiosk's daily limit: the newest of this statement kept aside
        FOR i IN 1 .. coalesce(cardinality(sites), 0) LOOP
            CONTINUE WHEN counts[i] = 0;
            INSERT INTO public.kiosk_day_count AS c (site, kiosk, day, table_name, accepted, quarantined, discarded)
            VALUES (sites[i], kiosks[i], today, 'checkin', counts[i], 0, 0)
            ON CONFLICT (site, kiosk, day, table_name) DO UPDATE SET accepted = c.accepted + excluded.accepted
            RETURNING c.accepted INTO total;
            IF total > lim THEN
                WITH m AS (DELETE FROM public.checkin t WHERE t.id IN (
                               SELECT id FROM new_rows WHERE site = sites[i] AND kiosk = kiosks[i] AND NOT {_BAD}
                               ORDER BY answered_at DESC, id DESC LIMIT least(counts[i], total - lim))
                           RETURNING t.*)
                SELECT array_agg(to_jsonb(m) - 'synced_at') FROM m INTO moved_rows;
                UPDATE public.kiosk_day_count SET accepted = accepted - coalesce(cardinality(moved_rows), 0)
                 WHERE site = sites[i] AND kiosk = kiosks[i] AND day = today AND table_name = 'checkin';
                FOREACH r IN ARRAY coalesce(moved_rows, '{{}}') LOOP
                    moved := moved || (r ->> 'id')::uuid;
                    PERFORM public.central_keep_aside(sites[i], kiosks[i], 'checkin', (r ->> 'id')::uuid,
                        format('over the limit of %s checkin rows per kiosk per day (max_answers_per_kiosk_day)',
                               lim), r::text, lim);
                END LOOP;
            END IF;
        END LOOP;
        -- 3. the results tallies, of the rows that stayed; the local hour once per UTC minute (see the migration)
        WITH minutes AS (
            SELECT site, question, local_date, date_trunc('minute', answered_at) AS minute, answer, count(*) AS n
            FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM unnest(moved) AS x(id) WHERE x.id = n.id)
            GROUP BY 1, 2, 3, 4, 5),
        deltas AS (
            SELECT m.site, m.question, m.local_date,
                   extract(hour FROM m.minute AT TIME ZONE {_ZONE})::smallint AS local_hour,
                   m.answer, ''::varchar AS followup, sum(m.n) AS n
            FROM minutes m LEFT JOIN public.site s ON s.id = m.site
            GROUP BY 1, 2, 3, 4, 5),
        hourly AS (
            INSERT INTO public.checkin_tally AS t ({_HOURLY_KEY}, count)
            SELECT {_HOURLY_KEY}, n FROM deltas ORDER BY {_HOURLY_KEY}
            ON CONFLICT ({_HOURLY_KEY}) DO UPDATE SET count = t.count + excluded.count)
        INSERT INTO public.checkin_tally_day AS t ({_DAY_KEY}, count)
        SELECT {_DAY_KEY}, sum(n) FROM deltas GROUP BY {_DAY_KEY} HAVING sum(n) <> 0 ORDER BY {_DAY_KEY}
        ON CONFLICT ({_DAY_KEY}) DO UPDATE SET count = t.count + excluded.count;
        RETURN NULL;
    END
$$"""

_GENERIC = ("CREATE TRIGGER central_accept AFTER INSERT ON public.checkin REFERENCING NEW TABLE AS new_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION public.central_accept('max_answers_per_kiosk_day', '_', "
            "'answered_at')")  # migration 0007's


def pg_upgrade() -> list[str]:
    return [
        CHECKIN_ACCEPT,
        "REVOKE ALL ON FUNCTION public.checkin_accept() FROM PUBLIC",
        "DROP TRIGGER IF EXISTS checkin_tally_add ON public.checkin",
        "DROP TRIGGER IF EXISTS central_accept ON public.checkin",
        "CREATE TRIGGER central_accept AFTER INSERT ON public.checkin REFERENCING NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION public.checkin_accept()",
    ]


def pg_downgrade() -> list[str]:
    return [
        "DROP TRIGGER IF EXISTS central_accept ON public.checkin",
        _GENERIC,
        "DROP TRIGGER IF EXISTS checkin_tally_add ON public.checkin",
        """CREATE TRIGGER checkin_tally_add AFTER INSERT ON public.checkin REFERENCING NEW TABLE AS new_checkins
            FOR EACH STATEMENT EXECUTE FUNCTION public.checkin_tally_add()""",  # migration 0005's
        "DROP FUNCTION IF EXISTS public.checkin_accept()",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in pg_upgrade():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in pg_downgrade():
            op.execute(statement)
