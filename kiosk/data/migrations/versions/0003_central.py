"""central database: staff site assignments; PostgreSQL helper functions and the change_seq trigger

Revision ID: 0003_central
Revises: 0002_sync
Create Date: 2026-11-25

Both dialects get `staff_account` (which staff login role looks after which site). On PostgreSQL only:

- `kiosk_site()` / `kiosk_id()`: the site and kiosk id of the logged-in kiosk role (SECURITY DEFINER, so a
  kiosk never needs to read `kiosk_account`); NULL for anyone else or once the kiosk is revoked, so every
  row-level policy built on them fails closed.
- `staff_sites()`: the sites of the logged-in staff role, an empty array for anyone else.
- `sync_horizon()`: the oldest transaction id still running; every `change_seq` below it is final.
- a trigger stamping `site_content.change_seq` with the writing transaction's id on INSERT and UPDATE.

They look the caller up by `session_user` (the login role): inside a SECURITY DEFINER function
`current_user` is the function's owner. Roles, grants and policies are not here: they name roles, which
are per cluster, and `kiosk.sync.roles.ensure_access` (run by `kiosk central init`) applies them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_central"
down_revision = "0002_sync"
branch_labels = None
depends_on = None

_DEFINER = "STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"  # pg_temp last: never shadows

PG_UPGRADE = (
    f"""CREATE OR REPLACE FUNCTION public.kiosk_site() RETURNS text LANGUAGE sql {_DEFINER} AS $$
        SELECT site FROM public.kiosk_account WHERE role_name = session_user AND revoked_at IS NULL
    $$""",
    f"""CREATE OR REPLACE FUNCTION public.kiosk_id() RETURNS text LANGUAGE sql {_DEFINER} AS $$
        SELECT kiosk_id FROM public.kiosk_account WHERE role_name = session_user AND revoked_at IS NULL
    $$""",
    f"""CREATE OR REPLACE FUNCTION public.staff_sites() RETURNS text[] LANGUAGE sql {_DEFINER} AS $$
        SELECT coalesce(array_agg(site::text), '{{}}') FROM public.staff_account WHERE role_name = session_user
    $$""",
    """CREATE OR REPLACE FUNCTION public.sync_horizon() RETURNS bigint LANGUAGE sql VOLATILE
        SET search_path = pg_catalog AS $$
        SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint
    $$""",
    """CREATE OR REPLACE FUNCTION public.site_content_stamp_change_seq() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog AS $$
        BEGIN
            NEW.change_seq := pg_current_xact_id()::text::bigint;
            RETURN NEW;
        END
    $$""",
    "DROP TRIGGER IF EXISTS site_content_change_seq ON public.site_content",
    """CREATE TRIGGER site_content_change_seq BEFORE INSERT OR UPDATE ON public.site_content
        FOR EACH ROW EXECUTE FUNCTION public.site_content_stamp_change_seq()""",
    # Functions are executable by PUBLIC by default; kiosk.sync.roles grants them to the roles that need them.
    "REVOKE ALL ON FUNCTION public.kiosk_site(), public.kiosk_id(), public.staff_sites(), public.sync_horizon() "
    "FROM PUBLIC",
)

PG_DOWNGRADE = (
    # The grants and policies `kiosk central init` added (named kk_*) and row-level security go first.
    """DO $$ DECLARE p record; BEGIN
        FOR p IN SELECT policyname, tablename FROM pg_policies
                 WHERE schemaname = 'public' AND left(policyname, 3) = 'kk_' LOOP
            EXECUTE 'DROP POLICY ' || quote_ident(p.policyname) || ' ON public.' || quote_ident(p.tablename);
        END LOOP;
    END $$""",
    *(f"ALTER TABLE public.{t} DISABLE ROW LEVEL SECURITY"
      for t in ("checkin", "checkin_followup", "heartbeat", "sync_conflict", "site_content")),
    "DROP TRIGGER IF EXISTS site_content_change_seq ON public.site_content",
    "DROP FUNCTION IF EXISTS public.site_content_stamp_change_seq()",
    "DROP FUNCTION IF EXISTS public.kiosk_site(), public.kiosk_id(), public.staff_sites(), public.sync_horizon()",
)


def upgrade() -> None:
    op.create_table(
        "staff_account",
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("site", sa.String(length=63), nullable=False),
        sa.ForeignKeyConstraint(["site"], ["site.id"], name=op.f("fk_staff_account_site_site")),
        sa.PrimaryKeyConstraint("role_name", "site", name=op.f("pk_staff_account")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_DOWNGRADE:
            op.execute(statement)
    op.drop_table("staff_account")
