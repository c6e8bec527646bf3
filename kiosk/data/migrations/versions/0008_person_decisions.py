"""only a person decides what a screen shows; each site's content changes are counted per site

Revision ID: 0008_person_decisions
Revises: 0004_content_changes
Create Date: 2026-11-27

Both dialects get `site_content_seq` (site, last): the last `change_seq` given to a site's content. On
PostgreSQL only (the SQLite central is the single-user demo, with no roles):

- `caller_is_kiosk()`: whether the logged-in role (`session_user`, so `SET ROLE` changes nothing) is a
  kiosk — listed in `kiosk_account` (revoked or not), or a plain member of this database's kiosk group.
- `content_change_authority()`, a BEFORE INSERT trigger on `content_change`: a kiosk's insert is refused
  (SQLSTATE 42501). Decisions — approve, pin, hide, reject, listing and photo edits — reach the site only
  when a person's own login inserts them; kiosk.sync.roles grants that to staff for their own sites.
- `site_content_stamp_change_seq()` (replacing 0003's): refuses any write to `site_content` by a kiosk,
  sets `updated_by` to the staff user whose login writes (a person answers for it, whatever label a kiosk
  sent), then stamps `change_seq` from the site's counter row (`INSERT … ON CONFLICT DO UPDATE … RETURNING`),
  whose row lock is held until the writer commits. One site's writers therefore take turns (a writer
  waits at most 30 s for its turn, then fails with "lock timeout" rather than hang), and a counter value
  that can be read is committed together with every row it numbered.
- `content_horizon(site)`: the site's counter + 1 — every change of the site below it is committed. A
  kiosk gets its own site's only (1 for any other). Unlike 0003's `sync_horizon()` (the oldest
  transaction still running anywhere), a transaction left open at one site holds back no other site.

The counters start at the current transaction id, above every `change_seq` stamped by 0003's trigger, so
no kiosk's cursor skips a change across the upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_person_decisions"
down_revision = "0010_alerts"
branch_labels = None
depends_on = None

_DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"  # pg_temp last: never shadows
_REFUSED = "USING ERRCODE = 'insufficient_privilege'"

PG_UPGRADE = (
    f"""CREATE OR REPLACE FUNCTION public.caller_is_kiosk() RETURNS boolean LANGUAGE plpgsql STABLE {_DEFINER} AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM public.kiosk_account WHERE role_name = session_user) THEN
                RETURN true;
            END IF;
            -- a plain member of the kiosk group (not the admin who created it, who holds it WITH ADMIN OPTION)
            RETURN EXISTS (
                SELECT 1 FROM pg_auth_members m
                JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                WHERE u.rolname = session_user AND NOT m.admin_option
                  AND g.rolname = 'kk_' || left(md5(current_database()), 10) || '_kiosk');
        END
    $$""",
    f"""CREATE OR REPLACE FUNCTION public.content_change_authority() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$
        BEGIN
            IF public.caller_is_kiosk() THEN
                RAISE EXCEPTION 'a kiosk may not publish a % decision for site %', NEW.kind, NEW.site
                    USING HINT = 'a person decides: a staff login of the site, or kiosk central moderate',
                    ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END
    $$""",
    "DROP TRIGGER IF EXISTS content_change_authority ON public.content_change",
    """CREATE TRIGGER content_change_authority BEFORE INSERT ON public.content_change
        FOR EACH ROW EXECUTE FUNCTION public.content_change_authority()""",
    f"""CREATE OR REPLACE FUNCTION public.site_content_stamp_change_seq() RETURNS trigger LANGUAGE plpgsql
        {_DEFINER} SET lock_timeout = '30s' AS $$
        BEGIN
            IF public.caller_is_kiosk() THEN
                RAISE EXCEPTION 'a kiosk may not write site content' {_REFUSED};
            END IF;
            IF EXISTS (SELECT 1 FROM public.staff_account WHERE role_name = session_user) THEN
                -- who answers for it is the person whose login wrote it, not a label the kiosk sent
                NEW.updated_by := left(regexp_replace(session_user, '^kk_[0-9a-f]{{10}}_u_', ''), 63);
            END IF;
            INSERT INTO public.site_content_seq AS s (site, last) VALUES (NEW.site, 1)
                ON CONFLICT (site) DO UPDATE SET last = s.last + 1
                RETURNING s.last INTO NEW.change_seq;
            RETURN NEW;
        END
    $$""",
    f"""CREATE OR REPLACE FUNCTION public.content_horizon(p_site text) RETURNS bigint LANGUAGE sql STABLE
        {_DEFINER} AS $$
        SELECT coalesce((SELECT s.last FROM public.site_content_seq s WHERE s.site = p_site
                         AND (NOT public.caller_is_kiosk() OR p_site = public.kiosk_site())), 0) + 1
    $$""",
    """INSERT INTO public.site_content_seq (site, last)
        SELECT site, greatest(max(change_seq), pg_current_xact_id()::text::bigint) FROM public.site_content
        GROUP BY site
        ON CONFLICT (site) DO NOTHING""",
    "REVOKE ALL ON FUNCTION public.caller_is_kiosk(), public.content_change_authority(), "
    "public.site_content_stamp_change_seq(), public.content_horizon(text) FROM PUBLIC",
)

PG_DOWNGRADE = (
    "DROP TRIGGER IF EXISTS content_change_authority ON public.content_change",
    "DROP FUNCTION IF EXISTS public.content_change_authority()",
    "DROP FUNCTION IF EXISTS public.content_horizon(text)",
    """CREATE OR REPLACE FUNCTION public.site_content_stamp_change_seq() RETURNS trigger LANGUAGE plpgsql
        SECURITY INVOKER SET search_path = pg_catalog AS $$
        BEGIN
            NEW.change_seq := pg_current_xact_id()::text::bigint;
            RETURN NEW;
        END
    $$""",
    "DROP FUNCTION IF EXISTS public.caller_is_kiosk()",
)


def upgrade() -> None:
    op.create_table(
        "site_content_seq",
        sa.Column("site", sa.String(length=63), nullable=False),
        sa.Column("last", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("site", name=op.f("pk_site_content_seq")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_DOWNGRADE:
            op.execute(statement)
    op.drop_table("site_content_seq")
