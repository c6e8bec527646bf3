"""staff pulse: staff_pulse (anonymous staff answers, pushed) and staff_pulse_quiet (local); on PostgreSQL
the function a kiosk's push uses instead of reading the table

Revision ID: 0006_staff_pulse
Revises: 0004_content_changes
Create Date: 2026-11-27

Both dialects get the two tables (kiosk.data.pulse_models). On PostgreSQL only,
`staff_pulse_seen(ids, digests)` — SECURITY DEFINER with a fixed search_path — is how a kiosk's push tells a
record it sent before (a duplicate) from a different record that reuses its id (a conflict), without any
right to read `staff_pulse`: for each given id stored for the caller's own site it returns the id with the
digest when the stored digest is the one given, and with '' when it is not. A kiosk learns nothing it did not
already hold (the record's whole content is needed to know its digest). A caller who may read the table
anyway (the owner, a superuser pushing in a test or demo set-up) is answered for every site.
`kiosk.sync.roles` grants it to kiosks; nobody else needs it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kiosk.data.models

revision = "0006_staff_pulse"
down_revision = "0004_content_changes"
branch_labels = None
depends_on = None

PG_UPGRADE = (
    """CREATE OR REPLACE FUNCTION public.staff_pulse_seen(ids uuid[], digests text[])
        RETURNS TABLE (id uuid, digest text) LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT p.id, CASE WHEN p.digest = g.digest THEN p.digest ELSE '' END
          FROM unnest(ids, digests) AS g(id, digest)
          JOIN public.staff_pulse AS p ON p.id = g.id
         WHERE p.site = (SELECT public.kiosk_site())
            OR has_column_privilege(session_user, 'public.staff_pulse', 'digest', 'SELECT')
    $$""",
    "REVOKE ALL ON FUNCTION public.staff_pulse_seen(uuid[], text[]) FROM PUBLIC",
)

PG_DOWNGRADE = ("DROP FUNCTION IF EXISTS public.staff_pulse_seen(uuid[], text[])",)

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
