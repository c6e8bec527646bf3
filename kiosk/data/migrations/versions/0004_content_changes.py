"""staff edits and the kindness wall: content_change, wall_message; local wall_state, dismissed_change;
on PostgreSQL the trigger that applies a pushed content_change to site_content

Revision ID: 0004_content_changes
Revises: 0003_central
Create Date: 2026-11-26

Both dialects get the four tables. On PostgreSQL only, `content_change_apply()` — an AFTER INSERT trigger
on `content_change`, SECURITY DEFINER (a kiosk may not write `site_content` itself) with a fixed
search_path — applies each new change exactly as kiosk.data.changes.apply_changes does on a SQLite
central: when the change's `base_version` is the item's current version (or the item does not exist and
`base_version` is 0), and the change it `follows` (if any) was applied, the item is written with
version + 1; otherwise it is left alone. A change for an item of another site or another kind is
refused. Either way the outcome is recorded as a `site_content` row of kind 'change_result' whose id is
the change's id, so the proposing kiosk learns it through the pull. Keep the two in step.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kiosk.data.models

revision = "0004_content_changes"
down_revision = "0003_central"
branch_labels = None
depends_on = None

MAX_PAYLOAD = 3_000_000  # characters; kiosk.data.changes.MAX_PAYLOAD

PG_UPGRADE = (
    f"""CREATE OR REPLACE FUNCTION public.content_change_apply() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            found_row boolean;
            cur_site text;
            cur_kind text;
            cur_version integer;
            outcome text;
        BEGIN
            SELECT site, kind, version INTO cur_site, cur_kind, cur_version
                FROM public.site_content WHERE id = NEW.content_id FOR UPDATE;
            found_row := FOUND;
            IF NOT found_row THEN
                cur_version := 0;
            END IF;
            IF NEW.kind NOT IN ('listing', 'wall', 'photo') OR length(NEW.payload) > {MAX_PAYLOAD}
                    OR (found_row AND (cur_site <> NEW.site OR cur_kind <> NEW.kind)) THEN
                outcome := 'refused';
                cur_version := 0;  -- nothing about another site's item is told
            ELSIF NEW.follows_id IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM public.site_content r
                    WHERE r.id = NEW.follows_id AND r.site = NEW.site
                      AND CASE WHEN r.kind = 'change_result' THEN r.payload::jsonb ->> 'status' END = 'applied') THEN
                outcome := 'stale';
            ELSIF NOT found_row AND NEW.base_version = 0 THEN
                INSERT INTO public.site_content (id, site, kind, payload, version, archived, updated_at, updated_by,
                                                 change_seq)
                VALUES (NEW.content_id, NEW.site, NEW.kind, NEW.payload, 1, NEW.archived, now(), NEW.staff_label, 0)
                ON CONFLICT (id) DO NOTHING;
                IF FOUND THEN
                    outcome := 'applied';
                    cur_version := 1;
                ELSE  -- created by someone else at the same moment
                    outcome := 'stale';
                    SELECT version INTO cur_version FROM public.site_content
                        WHERE id = NEW.content_id AND site = NEW.site;
                    cur_version := coalesce(cur_version, 0);
                END IF;
            ELSIF found_row AND NEW.base_version = cur_version THEN
                UPDATE public.site_content SET payload = NEW.payload, version = version + 1, archived = NEW.archived,
                       updated_at = now(), updated_by = NEW.staff_label
                 WHERE id = NEW.content_id;
                outcome := 'applied';
                cur_version := cur_version + 1;
            ELSE
                outcome := 'stale';
            END IF;
            INSERT INTO public.site_content (id, site, kind, payload, version, archived, updated_at, updated_by,
                                             change_seq)
            VALUES (NEW.id, NEW.site, 'change_result',
                    json_build_object('change_id', NEW.id, 'content_id', NEW.content_id, 'kind', NEW.kind,
                                      'kiosk', NEW.kiosk, 'status', outcome, 'current_version', cur_version)::text,
                    1, false, now(), NEW.staff_label, 0)
            ON CONFLICT (id) DO NOTHING;
            RETURN NULL;
        END
    $$""",
    "REVOKE ALL ON FUNCTION public.content_change_apply() FROM PUBLIC",
    "DROP TRIGGER IF EXISTS content_change_apply ON public.content_change",
    """CREATE TRIGGER content_change_apply AFTER INSERT ON public.content_change
        FOR EACH ROW EXECUTE FUNCTION public.content_change_apply()""",
)

PG_DOWNGRADE = (
    "DROP TRIGGER IF EXISTS content_change_apply ON public.content_change",
    "DROP FUNCTION IF EXISTS public.content_change_apply()",
)

_UNSYNCED = sa.text("synced_at IS NULL")


def upgrade() -> None:
    utc = kiosk.data.models.UTCDateTime(timezone=True)
    op.create_table(
        "content_change",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site", sa.String(length=63), nullable=False),
        sa.Column("kiosk", sa.String(length=63), nullable=False),
        sa.Column("content_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("follows_id", sa.Uuid(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("staff_label", sa.String(length=63), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("synced_at", utc, nullable=True),
        sa.CheckConstraint("kind IN ('listing', 'wall', 'photo')", name=op.f("ck_content_change_kind")),
        sa.CheckConstraint("base_version >= 0", name=op.f("ck_content_change_base_version")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_change")),
    )
    with op.batch_alter_table("content_change", schema=None) as batch_op:
        batch_op.create_index("ix_content_change_content_id", ["content_id"], unique=False)
        batch_op.create_index("ix_content_change_unsynced", ["created_at"], unique=False,
                              sqlite_where=_UNSYNCED, postgresql_where=_UNSYNCED)

    op.create_table(
        "wall_message",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site", sa.String(length=63), nullable=False),
        sa.Column("kiosk", sa.String(length=63), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("flags", sa.String(length=500), nullable=False),
        sa.Column("status_at_creation", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("synced_at", utc, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wall_message")),
    )
    with op.batch_alter_table("wall_message", schema=None) as batch_op:
        batch_op.create_index("ix_wall_message_site_created_at", ["site", "created_at"], unique=False)
        batch_op.create_index("ix_wall_message_unsynced", ["created_at"], unique=False,
                              sqlite_where=_UNSYNCED, postgresql_where=_UNSYNCED)

    op.create_table(
        "wall_state",
        sa.Column("message_id", sa.Uuid(), nullable=False),
        sa.Column("site", sa.String(length=63), nullable=False),
        sa.Column("kiosk", sa.String(length=63), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("moderated_at", utc, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('pending', 'approved', 'rejected', 'hidden')",
                           name=op.f("ck_wall_state_status")),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_wall_state")),
    )
    with op.batch_alter_table("wall_state", schema=None) as batch_op:
        batch_op.create_index("ix_wall_state_site_status_created_at", ["site", "status", "created_at"], unique=False)

    op.create_table(
        "dismissed_change",
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("dismissed_at", utc, nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_dismissed_change")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_DOWNGRADE:
            op.execute(statement)
    op.drop_table("dismissed_change")
    with op.batch_alter_table("wall_state", schema=None) as batch_op:
        batch_op.drop_index("ix_wall_state_site_status_created_at")
    op.drop_table("wall_state")
    with op.batch_alter_table("wall_message", schema=None) as batch_op:
        batch_op.drop_index("ix_wall_message_unsynced", sqlite_where=_UNSYNCED, postgresql_where=_UNSYNCED)
        batch_op.drop_index("ix_wall_message_site_created_at")
    op.drop_table("wall_message")
    with op.batch_alter_table("content_change", schema=None) as batch_op:
        batch_op.drop_index("ix_content_change_unsynced", sqlite_where=_UNSYNCED, postgresql_where=_UNSYNCED)
        batch_op.drop_index("ix_content_change_content_id")
    op.drop_table("content_change")
