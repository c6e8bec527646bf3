"""device health in the heartbeat: free disk, available memory, last frame drawn, screen on or asleep

Revision ID: 0009_device_health
Revises: 0006_staff_pulse
Create Date: 2026-12-06

Four nullable columns on `heartbeat` (the kiosk's store and the central database alike; heartbeats sent before
have NULL, and their digests do not change: kiosk.core.records.LATER_FIELDS). On PostgreSQL, CHECKs keep what a
kiosk may claim within reason (named ck_heartbeat_<name>, like migration 0007's). A kiosk may INSERT the new
columns once `kiosk central init` has granted them again (kiosk.sync.roles grants the model's columns).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kiosk.data.models

revision = "0009_device_health"
down_revision = "0006_staff_pulse"
branch_labels = None
depends_on = None

CHECKS = (
    ("disk_free_mb", "disk_free_mb BETWEEN 0 AND 1000000000"),
    ("memory_free_mb", "memory_free_mb BETWEEN 0 AND 100000000"),
    ("last_frame_at", "last_frame_at <= sent_at + interval '5 minutes'"),
)


def upgrade() -> None:
    utc = kiosk.data.models.UTCDateTime(timezone=True)
    with op.batch_alter_table("heartbeat", schema=None) as batch_op:
        batch_op.add_column(sa.Column("disk_free_mb", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("memory_free_mb", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("last_frame_at", utc, nullable=True))
        batch_op.add_column(sa.Column("screen_on", sa.Boolean(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for name, expression in CHECKS:
            op.create_check_constraint(op.f(f"ck_heartbeat_{name}"), "heartbeat", expression)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, _ in CHECKS:
            op.drop_constraint(op.f(f"ck_heartbeat_{name}"), "heartbeat", type_="check")
    with op.batch_alter_table("heartbeat", schema=None) as batch_op:
        batch_op.drop_column("screen_on")
        batch_op.drop_column("last_frame_at")
        batch_op.drop_column("memory_free_mb")
        batch_op.drop_column("disk_free_mb")
