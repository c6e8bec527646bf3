"""results alerts: result_alert (kiosk.data.alert_models), on the kiosk and in the central database

Revision ID: 0010_alerts
Revises: 0004_content_changes
Create Date: 2026-11-27

Both dialects get the table; at most one open (not closed) alert per key (a partial unique index). Who may
read or change it centrally is set by `kiosk central init` (kiosk.sync.roles): staff their sites' alerts,
managers every site's, kiosks none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kiosk.data.models

revision = "0010_alerts"
down_revision = "0007_central_checks"
branch_labels = None
depends_on = None

_OPEN = sa.text("state <> 'closed'")


def upgrade() -> None:
    utc = kiosk.data.models.UTCDateTime(timezone=True)
    op.create_table(
        "result_alert",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("site", sa.String(length=63), nullable=False),
        sa.Column("rule", sa.String(length=32), nullable=False),
        sa.Column("kiosk", sa.String(length=63), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("raised_at", utc, nullable=False),
        sa.Column("checked_at", utc, nullable=False),
        sa.Column("acknowledged_by", sa.String(length=60), nullable=True),
        sa.Column("acknowledged_at", utc, nullable=True),
        sa.Column("comment", sa.String(length=1000), nullable=True),
        sa.Column("closed_at", utc, nullable=True),
        sa.Column("closed_by", sa.String(length=60), nullable=True),
        sa.Column("emailed_at", utc, nullable=True),
        sa.Column("mail_claimed_at", utc, nullable=True),
        sa.Column("mail_attempts", sa.Integer(), nullable=False),
        sa.Column("mail_error", sa.String(length=300), nullable=True),
        sa.CheckConstraint("state IN ('new', 'acknowledged', 'closed')", name=op.f("ck_result_alert_state")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_result_alert")),
    )
    with op.batch_alter_table("result_alert", schema=None) as batch_op:
        batch_op.create_index("ix_result_alert_open_key", ["key"], unique=True,
                              sqlite_where=_OPEN, postgresql_where=_OPEN)
        batch_op.create_index("ix_result_alert_site_state", ["site", "state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("result_alert", schema=None) as batch_op:
        batch_op.drop_index("ix_result_alert_site_state")
        batch_op.drop_index("ix_result_alert_open_key", sqlite_where=_OPEN, postgresql_where=_OPEN)
    op.drop_table("result_alert")
