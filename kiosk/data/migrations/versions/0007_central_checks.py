"""nothing false gets in centrally: quarantine, kiosk_day_count, central_limit; on PostgreSQL CHECK constraints,
server-set receipt times and the triggers that keep implausible or excess records aside

Revision ID: 0007_central_checks
Revises: 0004_content_changes
Create Date: 2026-12-02

Both dialects get the three tables (kiosk.data.sync_models). On PostgreSQL only (a SQLite central is the
one-machine demo, where whoever holds the file holds everything):

- CHECK constraints on every enumerated column a kiosk writes (answers, follow-ups, wall statuses, change
  kinds, conflict tables), language codes, digests (64 hex digits), payload lengths and heartbeat figures.
  They are validated where the stored rows allow it; where an older row breaks one, that constraint stays
  NOT VALID (every new row is still checked, and the exports read the old row safely).
- `synced_at` (and `sync_conflict.received_at`) default to the server's `statement_timestamp()` (not `now()`,
  the start of a transaction a kiosk could hold open); kiosks get no INSERT grant on them (kiosk.sync.roles),
  so the receipt time is always the server's.
- `central_accept()`: an AFTER INSERT statement trigger (transition table `new_rows`) on checkin,
  checkin_followup, heartbeat, wall_message and sync_conflict. It moves into `quarantine` every new row dated
  more than 5 minutes ahead of the server's clock or before 2020, then every row over the kiosk's daily limit
  (`central_limit`; counted per server UTC day in `kiosk_day_count`). The quarantine itself keeps at most the
  limit's number of rows per kiosk, table and day; beyond that rows are counted (`discarded`), never silent.
- `central_accept_row()`: the same for content_change, row by row BEFORE INSERT (its AFTER trigger applies
  a change to site_content at once, so a change must be kept aside before it is stored).
- `central_followup_orphan()`: a follow-up whose check-in was kept aside is kept aside too (not refused by
  the foreign key, which would stop that kiosk's push for good).
- `central_wall_pending()`: a wall message arrives as 'pending' whatever the kiosk says; only a person's
  decision (site_content) approves it.
All are SECURITY DEFINER with a fixed search_path and executable by nobody directly. Keep the limits' names
and defaults in step with kiosk.sync.checks.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kiosk.data.models

revision = "0007_central_checks"
down_revision = "0004_content_changes"
branch_labels = None
depends_on = None

_DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
AHEAD = "5 minutes"  # kiosk.sync.checks.MAX_AHEAD
EARLIEST = "2020-01-01 00:00:00+00"  # kiosk.sync.checks.EARLIEST
_HEX64 = "digest ~ '^[0-9a-f]{64}$'"
_LANGUAGE = "language ~ '^[a-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,3}$'"

# (table, constraint name, expression); names follow the naming convention ck_<table>_<name>.
CHECKS = (
    ("checkin", "answer", "answer IN ('yes', 'not_sure', 'no')"),
    ("checkin", "language", _LANGUAGE),
    ("checkin", "digest", _HEX64),
    ("checkin", "local_date", "local_date BETWEEN (answered_at AT TIME ZONE 'UTC')::date - 1 "
                              "AND (answered_at AT TIME ZONE 'UTC')::date + 1"),
    ("checkin_followup", "followup", "followup IN ('staff', 'visitor', 'elsewhere')"),
    ("checkin_followup", "digest", _HEX64),
    ("heartbeat", "pending", "pending BETWEEN 0 AND 100000000"),
    ("heartbeat", "uptime", "uptime_seconds >= 0 AND uptime_seconds < 1e10"),  # also refuses NaN and Infinity
    ("heartbeat", "app_version", "app_version ~ '^[0-9A-Za-z.+_-]{1,32}$'"),
    ("heartbeat", "digest", _HEX64),
    ("wall_message", "status", "status_at_creation IN ('pending', 'approved')"),
    ("wall_message", "language", _LANGUAGE),
    ("wall_message", "text", "char_length(text) BETWEEN 1 AND 16000"),
    ("wall_message", "flags", "flags ~ '^[a-z0-9_,]*$'"),
    ("wall_message", "digest", _HEX64),
    # Twice kiosk.data.changes.MAX_PAYLOAD: a change just over it is still stored, and refused by its trigger
    # (content_change_apply) so the kiosk learns the outcome; far beyond it, the row itself is refused.
    ("content_change", "payload", "char_length(payload) <= 6000000"),
    ("content_change", "digest", _HEX64),
    ("sync_conflict", "table_name",
     "table_name IN ('checkin', 'checkin_followup', 'heartbeat', 'wall_message', 'content_change')"),
    ("sync_conflict", "payload", "char_length(payload) <= 6200000"),
    ("sync_conflict", "digest", _HEX64),
)

# table → (limit key, the time columns a kiosk sets; the first orders the rows)
STATEMENT_TABLES = {
    "checkin": ("max_answers_per_kiosk_day", ("answered_at",)),
    "checkin_followup": ("max_answers_per_kiosk_day", ("answered_at",)),
    "heartbeat": ("max_answers_per_kiosk_day", ("sent_at", "last_sync_at")),
    "wall_message": ("max_answers_per_kiosk_day", ("created_at",)),
    "sync_conflict": ("max_conflicts_per_kiosk_day", ()),
}
SERVER_TIME_COLUMNS = (("checkin", "synced_at"), ("checkin_followup", "synced_at"), ("heartbeat", "synced_at"),
                       ("wall_message", "synced_at"), ("content_change", "synced_at"),
                       ("sync_conflict", "received_at"))

_FUNCTIONS = (
    f"""CREATE OR REPLACE FUNCTION public.central_limit_of(key text) RETURNS integer LANGUAGE sql STABLE {_DEFINER}
        AS $$
        SELECT coalesce((SELECT value FROM public.central_limit l WHERE l.key = $1),
                        CASE $1 WHEN 'max_conflicts_per_kiosk_day' THEN 200 ELSE 5000 END)
    $$""",
    # One record kept aside (or, once the quarantine holds `room` rows of this kiosk, table and day, counted).
    f"""CREATE OR REPLACE FUNCTION public.central_keep_aside(p_site text, p_kiosk text, p_table text, p_record uuid,
            p_reason text, p_payload text, p_room integer) RETURNS void LANGUAGE plpgsql {_DEFINER} AS $$
        DECLARE
            today date := (now() AT TIME ZONE 'UTC')::date;
        BEGIN
            INSERT INTO public.kiosk_day_count (site, kiosk, day, table_name, accepted, quarantined, discarded)
            VALUES (p_site, p_kiosk, today, p_table, 0, 0, 0) ON CONFLICT DO NOTHING;
            UPDATE public.kiosk_day_count SET quarantined = quarantined + 1
             WHERE site = p_site AND kiosk = p_kiosk AND day = today AND table_name = p_table
               AND quarantined < p_room;
            IF FOUND THEN
                INSERT INTO public.quarantine (id, received_at, site, kiosk, table_name, record_id, reason, payload)
                VALUES (gen_random_uuid(), statement_timestamp(), p_site, p_kiosk, p_table, p_record,
                        left(p_reason, 200), left(p_payload, 6200000));
            ELSE
                UPDATE public.kiosk_day_count SET discarded = discarded + 1
                 WHERE site = p_site AND kiosk = p_kiosk AND day = today AND table_name = p_table;
            END IF;
        END
    $$""",
    f"""CREATE OR REPLACE FUNCTION public.central_accept() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$
        DECLARE
            limit_key text := TG_ARGV[0];
            order_col text := coalesce(TG_ARGV[2], 'id');
            lim integer := public.central_limit_of(TG_ARGV[0]);
            today date := (now() AT TIME ZONE 'UTC')::date;
            bad text := 'false';
            col text;
            moved_rows jsonb[];
            r jsonb;
            k record;
            total integer;
        BEGIN
            FOR i IN 2 .. TG_NARGS - 1 LOOP
                col := TG_ARGV[i];
                bad := bad || format(' OR coalesce(%1$I > statement_timestamp() + interval %2$L '
                                     'OR %1$I < timestamptz %3$L, false)', col, '{AHEAD}', '{EARLIEST}');
            END LOOP;
            -- 1. implausible times: kept aside, never stored
            EXECUTE format('WITH moved AS (DELETE FROM public.%1$I t '
                           'WHERE t.id IN (SELECT id FROM new_rows WHERE %2$s) RETURNING t.*) '
                           'SELECT array_agg(to_jsonb(moved) - ''synced_at'') FROM moved',
                           TG_TABLE_NAME, bad) INTO moved_rows;
            FOREACH r IN ARRAY coalesce(moved_rows, '{{}}') LOOP
                PERFORM public.central_keep_aside(r ->> 'site', r ->> 'kiosk', TG_TABLE_NAME, (r ->> 'id')::uuid,
                    'dated ahead of the server''s clock (more than {AHEAD}) or before 2020', r::text, lim);
            END LOOP;
            -- 2. more than the kiosk's daily limit: the newest of this statement kept aside
            FOR k IN EXECUTE format('SELECT site, kiosk, count(*)::integer AS n FROM new_rows WHERE NOT (%s) '
                                    'GROUP BY site, kiosk', bad) LOOP
                INSERT INTO public.kiosk_day_count AS c (site, kiosk, day, table_name, accepted, quarantined, discarded)
                VALUES (k.site, k.kiosk, today, TG_TABLE_NAME, k.n, 0, 0)
                ON CONFLICT (site, kiosk, day, table_name) DO UPDATE SET accepted = c.accepted + excluded.accepted
                RETURNING c.accepted INTO total;
                IF total > lim THEN
                    EXECUTE format('WITH moved AS (DELETE FROM public.%1$I t WHERE t.id IN (SELECT id FROM new_rows '
                                   'WHERE site = $1 AND kiosk = $2 AND NOT (%2$s) '
                                   'ORDER BY %3$I DESC, id DESC LIMIT $3) '
                                   'RETURNING t.*) SELECT array_agg(to_jsonb(moved) - ''synced_at'') FROM moved',
                                   TG_TABLE_NAME, bad, order_col)
                        USING k.site, k.kiosk, least(k.n, total - lim) INTO moved_rows;
                    UPDATE public.kiosk_day_count SET accepted = accepted - coalesce(cardinality(moved_rows), 0)
                     WHERE site = k.site AND kiosk = k.kiosk AND day = today AND table_name = TG_TABLE_NAME;
                    FOREACH r IN ARRAY coalesce(moved_rows, '{{}}') LOOP
                        PERFORM public.central_keep_aside(k.site, k.kiosk, TG_TABLE_NAME, (r ->> 'id')::uuid,
                            format('over the limit of %s %s rows per kiosk per day (%s)', lim, TG_TABLE_NAME,
                                   limit_key), r::text, lim);
                    END LOOP;
                END IF;
            END LOOP;
            RETURN NULL;
        END
    $$""",
    f"""CREATE OR REPLACE FUNCTION public.central_accept_row() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$
        DECLARE
            lim integer := public.central_limit_of(TG_ARGV[0]);
            today date := (now() AT TIME ZONE 'UTC')::date;
            total integer;
        BEGIN
            IF NEW.created_at > statement_timestamp() + interval '{AHEAD}'
                    OR NEW.created_at < timestamptz '{EARLIEST}' THEN
                PERFORM public.central_keep_aside(NEW.site, NEW.kiosk, TG_TABLE_NAME, NEW.id,
                    'dated ahead of the server''s clock (more than {AHEAD}) or before 2020',
                    (to_jsonb(NEW) - 'synced_at')::text, lim);
                RETURN NULL;
            END IF;
            INSERT INTO public.kiosk_day_count AS c (site, kiosk, day, table_name, accepted, quarantined, discarded)
            VALUES (NEW.site, NEW.kiosk, today, TG_TABLE_NAME, 1, 0, 0)
            ON CONFLICT (site, kiosk, day, table_name) DO UPDATE SET accepted = c.accepted + 1
            RETURNING c.accepted INTO total;
            IF total <= lim THEN
                RETURN NEW;
            END IF;
            UPDATE public.kiosk_day_count SET accepted = accepted - 1
             WHERE site = NEW.site AND kiosk = NEW.kiosk AND day = today AND table_name = TG_TABLE_NAME;
            PERFORM public.central_keep_aside(NEW.site, NEW.kiosk, TG_TABLE_NAME, NEW.id,
                format('over the limit of %s %s rows per kiosk per day (%s)', lim, TG_TABLE_NAME, TG_ARGV[0]),
                (to_jsonb(NEW) - 'synced_at')::text, lim);
            RETURN NULL;
        END
    $$""",
    f"""CREATE OR REPLACE FUNCTION public.central_followup_orphan() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM public.checkin WHERE id = NEW.checkin_id)
                    AND EXISTS (SELECT 1 FROM public.quarantine WHERE record_id = NEW.checkin_id
                                AND table_name = 'checkin') THEN
                PERFORM public.central_keep_aside(NEW.site, NEW.kiosk, TG_TABLE_NAME, NEW.id,
                    'its check-in was kept aside', (to_jsonb(NEW) - 'synced_at')::text,
                    public.central_limit_of('max_answers_per_kiosk_day'));
                RETURN NULL;
            END IF;
            RETURN NEW;  -- otherwise the foreign key decides
        END
    $$""",
    """CREATE OR REPLACE FUNCTION public.central_wall_pending() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog AS $$
        BEGIN
            NEW.status_at_creation := 'pending';
            RETURN NEW;
        END
    $$""",
)
_FUNCTION_NAMES = ("central_limit_of(text)", "central_keep_aside(text, text, text, uuid, text, text, integer)",
                   "central_accept()", "central_accept_row()", "central_followup_orphan()", "central_wall_pending()")


def _triggers() -> list[str]:
    out = []
    for table, (key, times) in STATEMENT_TABLES.items():
        args = ", ".join(f"'{a}'" for a in (key, "_", *times)) if times else f"'{key}'"
        # TG_ARGV[1] is a placeholder so that TG_ARGV[2:] are the time columns (TG_ARGV[2] orders the rows).
        out += [f"DROP TRIGGER IF EXISTS central_accept ON public.{table}",
                f"CREATE TRIGGER central_accept AFTER INSERT ON public.{table} REFERENCING NEW TABLE AS new_rows "
                f"FOR EACH STATEMENT EXECUTE FUNCTION public.central_accept({args})"]
    out += ["DROP TRIGGER IF EXISTS central_accept ON public.content_change",
            "CREATE TRIGGER central_accept BEFORE INSERT ON public.content_change FOR EACH ROW "
            "EXECUTE FUNCTION public.central_accept_row('max_answers_per_kiosk_day')",
            "DROP TRIGGER IF EXISTS central_followup_orphan ON public.checkin_followup",
            "CREATE TRIGGER central_followup_orphan BEFORE INSERT ON public.checkin_followup FOR EACH ROW "
            "EXECUTE FUNCTION public.central_followup_orphan()",
            "DROP TRIGGER IF EXISTS central_wall_pending ON public.wall_message",
            "CREATE TRIGGER central_wall_pending BEFORE INSERT ON public.wall_message FOR EACH ROW "
            "EXECUTE FUNCTION public.central_wall_pending()"]
    return out


def pg_upgrade() -> list[str]:
    out = [f"ALTER TABLE public.{t} ALTER COLUMN {c} SET DEFAULT statement_timestamp()" for t, c in SERVER_TIME_COLUMNS]
    out += [f"ALTER TABLE public.{t} ADD CONSTRAINT ck_{t}_{name} CHECK ({expr}) NOT VALID" for t, name, expr in CHECKS]
    # Validated where the stored rows allow it; where an older row breaks it, the constraint still checks every new
    # row (and the exports read the old one safely).
    out += [f"""DO $$ BEGIN ALTER TABLE public.{t} VALIDATE CONSTRAINT ck_{t}_{name};
               EXCEPTION WHEN check_violation THEN
                   RAISE NOTICE 'ck_{t}_{name}: stored rows break it; it checks new rows only';
               END $$""" for t, name, _ in CHECKS]
    out += list(_FUNCTIONS)
    out += [f"REVOKE ALL ON FUNCTION public.{f} FROM PUBLIC" for f in _FUNCTION_NAMES]
    return out + _triggers()


def pg_downgrade() -> list[str]:
    out = [f"DROP TRIGGER IF EXISTS central_accept ON public.{t}" for t in (*STATEMENT_TABLES, "content_change")]
    out += ["DROP TRIGGER IF EXISTS central_followup_orphan ON public.checkin_followup",
            "DROP TRIGGER IF EXISTS central_wall_pending ON public.wall_message"]
    out += [f"DROP FUNCTION IF EXISTS public.{f}" for f in reversed(_FUNCTION_NAMES)]
    out += [f"ALTER TABLE public.{t} DROP CONSTRAINT IF EXISTS ck_{t}_{name}" for t, name, _ in CHECKS]
    out += [f"ALTER TABLE public.{t} ALTER COLUMN {c} DROP DEFAULT" for t, c in SERVER_TIME_COLUMNS]
    return out


def upgrade() -> None:
    utc = kiosk.data.models.UTCDateTime(timezone=True)
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("received_at", utc, nullable=False),
        sa.Column("site", sa.String(length=63), nullable=False),
        sa.Column("kiosk", sa.String(length=63), nullable=False),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantine")),
    )
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.create_index("ix_quarantine_kiosk_received_at", ["kiosk", "received_at"], unique=False)
        batch_op.create_index("ix_quarantine_record_id", ["record_id"], unique=False)
    op.create_table(
        "kiosk_day_count",
        sa.Column("site", sa.String(length=63), nullable=False),
        sa.Column("kiosk", sa.String(length=63), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("accepted", sa.Integer(), nullable=False),
        sa.Column("quarantined", sa.Integer(), nullable=False),
        sa.Column("discarded", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("site", "kiosk", "day", "table_name", name=op.f("pk_kiosk_day_count")),
    )
    op.create_table(
        "central_limit",
        sa.Column("key", sa.String(length=63), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_central_limit")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in pg_upgrade():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in pg_downgrade():
            op.execute(statement)
    op.drop_table("central_limit")
    op.drop_table("kiosk_day_count")
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.drop_index("ix_quarantine_record_id")
        batch_op.drop_index("ix_quarantine_kiosk_received_at")
    op.drop_table("quarantine")
