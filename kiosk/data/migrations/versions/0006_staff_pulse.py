"""staff pulse: staff_pulse (anonymous staff answers, pushed) and staff_pulse_quiet (local); on PostgreSQL
the function a kiosk's push uses instead of reading the table, and the central checks 0007 gives every table a
kiosk sends

Revision ID: 0006_staff_pulse
Revises: 0005_results
Create Date: 2026-11-27

Both dialects get the two tables (kiosk.data.pulse_models), with a CHECK on the answer. On PostgreSQL only:
- `staff_pulse_seen(ids, digests)` — SECURITY DEFINER with a fixed search_path — is how a kiosk's push tells a
  record it sent before (a duplicate) from a different record that reuses its id (a conflict), without any
  right to read `staff_pulse`: for each given id stored for the caller's own site it returns the id with the
  digest when the stored digest is the one given, and with '' when it is not. A kiosk learns nothing it did
  not already hold (the record's whole content is needed to know its digest). A caller who may read the table
  anyway (the owner, a superuser pushing in a test or demo set-up) is answered for every site.
  `kiosk.sync.roles` grants it to kiosks; nobody else needs it.
- As migration 0007 does for check-ins: `synced_at` defaults to the server's `statement_timestamp()` (kiosks
  get no INSERT grant on it), a CHECK that the digest is 64 hex digits, `sync_conflict.table_name` may name
  `staff_pulse` (a conflicting answer is kept aside like any other), and `staff_pulse_accept()`, an AFTER
  INSERT statement trigger, moves into `quarantine` every new answer dated more than a day ahead of the
  server's UTC date or before 2020, then every answer over the daily limit (`max_answers_per_kiosk_day`).
  An answer carries no kiosk id (by design), and counting it per kiosk in `kiosk_day_count` — which managers
  read — would say which kiosk each day's answers came from: so staff answers are counted per site, under
  the kiosk name `*` (kiosk.sync.checks.SITE_WIDE), in `kiosk_day_count` and `quarantine` alike.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kiosk.data.models

revision = "0006_staff_pulse"
down_revision = "0005_results"
branch_labels = None
depends_on = None

_DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
SITE_WIDE = "*"  # kiosk.sync.checks.SITE_WIDE
EARLIEST = "2020-01-01"  # kiosk.sync.checks.EARLIEST (a date here: an answer has no time of day)


def _misdated(row: str) -> str:
    """SQL: whether `row`'s answer is dated implausibly (the site's date may be a day ahead of UTC's)."""
    return (f"({row}.local_date > (statement_timestamp() AT TIME ZONE 'UTC')::date + 1 "
            f"OR {row}.local_date < date '{EARLIEST}')")


# 0007's list, and staff_pulse.
_CONFLICT_TABLES = "'checkin', 'checkin_followup', 'heartbeat', 'wall_message', 'content_change'"

PG_UPGRADE = (
    f"""CREATE OR REPLACE FUNCTION public.staff_pulse_seen(ids uuid[], digests text[])
        RETURNS TABLE (id uuid, digest text) LANGUAGE sql STABLE {_DEFINER} AS $$
        SELECT p.id, CASE WHEN p.digest = g.digest THEN p.digest ELSE '' END
          FROM unnest(ids, digests) AS g(id, digest)
          JOIN public.staff_pulse AS p ON p.id = g.id
         WHERE p.site = (SELECT public.kiosk_site())
            OR has_column_privilege(session_user, 'public.staff_pulse', 'digest', 'SELECT')
    $$""",
    "REVOKE ALL ON FUNCTION public.staff_pulse_seen(uuid[], text[]) FROM PUBLIC",
    "ALTER TABLE public.staff_pulse ALTER COLUMN synced_at SET DEFAULT statement_timestamp()",
    "ALTER TABLE public.staff_pulse ADD CONSTRAINT ck_staff_pulse_digest CHECK (digest ~ '^[0-9a-f]{64}$')",
    "ALTER TABLE public.sync_conflict DROP CONSTRAINT IF EXISTS ck_sync_conflict_table_name",
    "ALTER TABLE public.sync_conflict ADD CONSTRAINT ck_sync_conflict_table_name "
    f"CHECK (table_name IN ({_CONFLICT_TABLES}, 'staff_pulse')) NOT VALID",
    """DO $$ BEGIN ALTER TABLE public.sync_conflict VALIDATE CONSTRAINT ck_sync_conflict_table_name;
       EXCEPTION WHEN check_violation THEN
           RAISE NOTICE 'ck_sync_conflict_table_name: stored rows break it; it checks new rows only';
       END $$""",
    # As 0007's central_accept(), with the site alone in place of (site, kiosk): see the module's docstring.
    f"""CREATE OR REPLACE FUNCTION public.staff_pulse_accept() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$
        DECLARE
            lim integer := public.central_limit_of('max_answers_per_kiosk_day');
            today date := (now() AT TIME ZONE 'UTC')::date;
            moved_rows jsonb[];
            r jsonb;
            k record;
            total integer;
        BEGIN
            -- 1. implausible dates: kept aside, never stored
            WITH moved AS (DELETE FROM public.staff_pulse t
                           WHERE t.id IN (SELECT n.id FROM new_rows n WHERE {_misdated("n")})
                           RETURNING t.*)
            SELECT array_agg(to_jsonb(moved) - 'synced_at') FROM moved INTO moved_rows;
            FOREACH r IN ARRAY coalesce(moved_rows, '{{}}') LOOP
                PERFORM public.central_keep_aside(r ->> 'site', '{SITE_WIDE}', 'staff_pulse', (r ->> 'id')::uuid,
                    'dated more than a day ahead of the server''s clock, or before 2020', r::text, lim);
            END LOOP;
            -- 2. more than the daily limit, counted per site: the latest of this statement kept aside
            FOR k IN SELECT n.site, count(*)::integer AS n FROM new_rows n
                      WHERE NOT {_misdated("n")} GROUP BY n.site LOOP
                INSERT INTO public.kiosk_day_count AS c (site, kiosk, day, table_name, accepted, quarantined, discarded)
                VALUES (k.site, '{SITE_WIDE}', today, 'staff_pulse', k.n, 0, 0)
                ON CONFLICT (site, kiosk, day, table_name) DO UPDATE SET accepted = c.accepted + excluded.accepted
                RETURNING c.accepted INTO total;
                IF total > lim THEN
                    WITH moved AS (DELETE FROM public.staff_pulse t WHERE t.id IN (
                                       SELECT n.id FROM new_rows n
                                        WHERE n.site = k.site AND NOT {_misdated("n")}
                                        ORDER BY n.local_date DESC, n.id DESC LIMIT least(k.n, total - lim))
                                   RETURNING t.*)
                    SELECT array_agg(to_jsonb(moved) - 'synced_at') FROM moved INTO moved_rows;
                    UPDATE public.kiosk_day_count SET accepted = accepted - coalesce(cardinality(moved_rows), 0)
                     WHERE site = k.site AND kiosk = '{SITE_WIDE}' AND day = today AND table_name = 'staff_pulse';
                    FOREACH r IN ARRAY coalesce(moved_rows, '{{}}') LOOP
                        PERFORM public.central_keep_aside(k.site, '{SITE_WIDE}', 'staff_pulse', (r ->> 'id')::uuid,
                            format('over the limit of %s staff_pulse rows per site per day '
                                   '(max_answers_per_kiosk_day)', lim), r::text, lim);
                    END LOOP;
                END IF;
            END LOOP;
            RETURN NULL;
        END
    $$""",
    "REVOKE ALL ON FUNCTION public.staff_pulse_accept() FROM PUBLIC",
    "DROP TRIGGER IF EXISTS central_accept ON public.staff_pulse",
    "CREATE TRIGGER central_accept AFTER INSERT ON public.staff_pulse REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION public.staff_pulse_accept()",
)

PG_DOWNGRADE = (
    "DROP TRIGGER IF EXISTS central_accept ON public.staff_pulse",
    "DROP FUNCTION IF EXISTS public.staff_pulse_accept()",
    "DROP FUNCTION IF EXISTS public.staff_pulse_seen(uuid[], text[])",
    "ALTER TABLE public.sync_conflict DROP CONSTRAINT IF EXISTS ck_sync_conflict_table_name",
    "ALTER TABLE public.sync_conflict ADD CONSTRAINT ck_sync_conflict_table_name "
    f"CHECK (table_name IN ({_CONFLICT_TABLES})) NOT VALID",
)

_UNSYNCED = sa.text("synced_at IS NULL")


def upgrade() -> None:
    utc = kiosk.data.models.UTCDateTime(timezone=True)
    op.create_table(
        "staff_pulse",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site", sa.String(length=63), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("synced_at", utc, nullable=True),
        sa.CheckConstraint("answer IN ('yes', 'not_sure', 'no')", name=op.f("ck_staff_pulse_answer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_pulse")),
    )
    with op.batch_alter_table("staff_pulse", schema=None) as batch_op:
        batch_op.create_index("ix_staff_pulse_site_local_date", ["site", "local_date"], unique=False)
        batch_op.create_index("ix_staff_pulse_unsynced", ["local_date"], unique=False,
                              sqlite_where=_UNSYNCED, postgresql_where=_UNSYNCED)
    op.create_table(
        "staff_pulse_quiet",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("quiet_until", utc, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_pulse_quiet")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_DOWNGRADE:
            op.execute(statement)
    op.drop_table("staff_pulse_quiet")
    with op.batch_alter_table("staff_pulse", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_pulse_unsynced", sqlite_where=_UNSYNCED, postgresql_where=_UNSYNCED)
        batch_op.drop_index("ix_staff_pulse_site_local_date")
    op.drop_table("staff_pulse")
