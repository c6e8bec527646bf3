"""results: the question each check-in answered; per-site tallies kept as answers arrive

Revision ID: 0005_results
Revises: 0004_content_changes
Create Date: 2026-12-07

Both dialects: `checkin.question` (NOT NULL, server default 'kindness-1': every answer stored before this
answered the first wording with the usual three answers), and the tables `checkin_tally` (site, question,
local date, local hour, answer, follow-up → count) and `checkin_tally_day` (the same without the hour), see
kiosk.data.tallies.

PostgreSQL only: statement-level AFTER INSERT triggers on `checkin` and `checkin_followup` that add each
statement's new rows to the tallies (SECURITY DEFINER with a fixed search_path: a kiosk inserts answers but may
not read or write the tallies), then the tallies are counted from the rows already there. Row-level security
and grants (staff read their sites' tallies, managers all, kiosks none) come from `kiosk central init`
(kiosk.sync.roles). On SQLite the push keeps a demo central's tallies (kiosk.data.tallies.refresh); a SQLite
file with registered kiosks (a demo central) gets its tallies counted here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_results"
down_revision = "0008_person_decisions"
branch_labels = None
depends_on = None

ZONE = "coalesce(s.timezone, 'Europe/London')"  # kiosk.data.tallies.DEFAULT_ZONE
_DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
_HOURLY_KEY = "site, question, local_date, local_hour, answer, followup"
_DAY_KEY = "site, question, local_date, answer, followup"

# `deltas` (site, question, local_date, local_hour, answer, followup, n) → both tallies, keys in sorted order so
# two pushes of one site lock the same rows in the same order (they wait; they never deadlock).
_APPLY = f"""
        hourly AS (
            INSERT INTO public.checkin_tally AS t ({_HOURLY_KEY}, count)
            SELECT {_HOURLY_KEY}, n FROM deltas ORDER BY {_HOURLY_KEY}
            ON CONFLICT ({_HOURLY_KEY}) DO UPDATE SET count = t.count + excluded.count)
        INSERT INTO public.checkin_tally_day AS t ({_DAY_KEY}, count)
        SELECT {_DAY_KEY}, sum(n) FROM deltas GROUP BY {_DAY_KEY} HAVING sum(n) <> 0 ORDER BY {_DAY_KEY}
        ON CONFLICT ({_DAY_KEY}) DO UPDATE SET count = t.count + excluded.count;"""

PG_UPGRADE = (
    f"""CREATE OR REPLACE FUNCTION public.checkin_tally_add() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$
        BEGIN
            WITH deltas AS (
                SELECT n.site, n.question, n.local_date,
                       extract(hour FROM n.answered_at AT TIME ZONE {ZONE})::smallint AS local_hour,
                       n.answer, ''::varchar AS followup, count(*) AS n
                FROM new_checkins n LEFT JOIN public.site s ON s.id = n.site
                GROUP BY 1, 2, 3, 4, 5),{_APPLY}
            RETURN NULL;
        END
    $$""",
    f"""CREATE OR REPLACE FUNCTION public.checkin_tally_followup() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$
        BEGIN
            WITH touched AS (SELECT DISTINCT checkin_id FROM new_followups),
            now_latest AS (
                SELECT DISTINCT ON (f.checkin_id) f.checkin_id, f.followup
                FROM public.checkin_followup f JOIN touched t ON t.checkin_id = f.checkin_id
                ORDER BY f.checkin_id, f.answered_at DESC, f.id DESC),
            was_latest AS (
                SELECT DISTINCT ON (f.checkin_id) f.checkin_id, f.followup
                FROM public.checkin_followup f JOIN touched t ON t.checkin_id = f.checkin_id
                WHERE NOT EXISTS (SELECT 1 FROM new_followups n WHERE n.id = f.id)
                ORDER BY f.checkin_id, f.answered_at DESC, f.id DESC),
            moved AS (
                SELECT c.site, c.question, c.local_date,
                       extract(hour FROM c.answered_at AT TIME ZONE {ZONE})::smallint AS local_hour,
                       c.answer, coalesce(w.followup, '') AS before, l.followup AS after
                FROM now_latest l JOIN public.checkin c ON c.id = l.checkin_id
                LEFT JOIN was_latest w ON w.checkin_id = l.checkin_id
                LEFT JOIN public.site s ON s.id = c.site
                WHERE l.followup <> coalesce(w.followup, '')),
            deltas AS (
                SELECT site, question, local_date, local_hour, answer, followup, sum(n) AS n FROM (
                    SELECT site, question, local_date, local_hour, answer, before AS followup, -1 AS n FROM moved
                    UNION ALL
                    SELECT site, question, local_date, local_hour, answer, after AS followup, 1 AS n FROM moved) d
                GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0),{_APPLY}
            RETURN NULL;
        END
    $$""",
    "REVOKE ALL ON FUNCTION public.checkin_tally_add(), public.checkin_tally_followup() FROM PUBLIC",
    "DROP TRIGGER IF EXISTS checkin_tally_add ON public.checkin",
    """CREATE TRIGGER checkin_tally_add AFTER INSERT ON public.checkin REFERENCING NEW TABLE AS new_checkins
        FOR EACH STATEMENT EXECUTE FUNCTION public.checkin_tally_add()""",
    "DROP TRIGGER IF EXISTS checkin_tally_followup ON public.checkin_followup",
    """CREATE TRIGGER checkin_tally_followup AFTER INSERT ON public.checkin_followup
        REFERENCING NEW TABLE AS new_followups
        FOR EACH STATEMENT EXECUTE FUNCTION public.checkin_tally_followup()""",
)

PG_DOWNGRADE = (
    "DROP TRIGGER IF EXISTS checkin_tally_followup ON public.checkin_followup",
    "DROP TRIGGER IF EXISTS checkin_tally_add ON public.checkin",
    "DROP FUNCTION IF EXISTS public.checkin_tally_add(), public.checkin_tally_followup()",
)


def upgrade() -> None:
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.add_column(sa.Column("question", sa.String(length=63), server_default="kindness-1",
                                      nullable=False))
    op.create_table(
        "checkin_tally",
        sa.Column("site", sa.String(length=63), nullable=False),
        sa.Column("question", sa.String(length=63), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("local_hour", sa.SmallInteger(), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=False),
        sa.Column("followup", sa.String(length=16), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("site", "question", "local_date", "local_hour", "answer", "followup",
                                name=op.f("pk_checkin_tally")),
    )
    op.create_table(
        "checkin_tally_day",
        sa.Column("site", sa.String(length=63), nullable=False),
        sa.Column("question", sa.String(length=63), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=False),
        sa.Column("followup", sa.String(length=16), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("site", "question", "local_date", "answer", "followup",
                                name=op.f("pk_checkin_tally_day")),
    )
    with op.batch_alter_table("checkin_tally_day", schema=None) as batch_op:
        batch_op.create_index("ix_checkin_tally_day_local_date", ["local_date"], unique=False)
    bind = op.get_bind()
    from kiosk.data import tallies

    if bind.dialect.name == "postgresql":
        for statement in PG_UPGRADE:
            op.execute(statement)
        tallies.rebuild(bind)
    elif bind.execute(sa.text("SELECT count(*) FROM kiosk_account")).scalar_one():  # a demo central
        tallies.rebuild(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_DOWNGRADE:
            op.execute(statement)
    with op.batch_alter_table("checkin_tally_day", schema=None) as batch_op:
        batch_op.drop_index("ix_checkin_tally_day_local_date")
    op.drop_table("checkin_tally_day")
    op.drop_table("checkin_tally")
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.drop_column("question")
