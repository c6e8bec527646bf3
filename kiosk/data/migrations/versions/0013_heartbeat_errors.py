"""the kiosk's sync in the heartbeat: the oldest answer still waiting, and the last sync failure as a code

Revision ID: 0013_heartbeat_errors
Revises: 0011_listing_facts
Create Date: 2026-12-14

Three nullable columns on `heartbeat` (the kiosk's store and the central database alike; heartbeats sent before
have NULL, and their digests do not change: kiosk.core.records.LATER_FIELDS): `oldest_unsent_at`, when the
oldest answer still waiting on the kiosk was given; `last_error`, the code of the kiosk's last sync failure
(kiosk.sync.problems: e.g. `sync`, `central_password`; the office and `kiosk central health` turn it into words),
and `last_error_at`, when that was. On PostgreSQL, CHECKs (named ck_heartbeat_<name>, like migrations 0007 and
0009's) keep what a kiosk may claim within reason: the code is a short lower-case identifier (so no words,
names or other personal data fit in it), the error and its time come together, and neither moment is after
the heartbeat itself (the kiosk clamps them to it, so a kiosk whose clock stepped back is not refused).
A kiosk may INSERT the new columns once `kiosk central init` has granted them again (kiosk.sync.roles grants
the model's columns).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kiosk.data.models

revision = "0013_heartbeat_errors"
down_revision = "0011_listing_facts"
branch_labels = None
depends_on = None

CHECKS = (
    ("oldest_unsent_at", "oldest_unsent_at <= sent_at + interval '5 minutes'"),
    ("last_error", "last_error ~ '^[a-z][a-z0-9_]{0,39}$'"),
    ("last_error_at", "last_error_at <= sent_at + interval '5 minutes'"),
    ("last_error_told", "(last_error IS NULL) = (last_error_at IS NULL)"),
)


def upgrade() -> None:
    utc = kiosk.data.models.UTCDateTime(timezone=True)
    with op.batch_alter_table("heartbeat", schema=None) as batch_op:
        batch_op.add_column(sa.Column("oldest_unsent_at", utc, nullable=True))
        batch_op.add_column(sa.Column("last_error", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("last_error_at", utc, nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for name, expression in CHECKS:
            op.create_check_constraint(op.f(f"ck_heartbeat_{name}"), "heartbeat", expression)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, _ in CHECKS:
            op.drop_constraint(op.f(f"ck_heartbeat_{name}"), "heartbeat", type_="check")
    with op.batch_alter_table("heartbeat", schema=None) as batch_op:
        batch_op.drop_column("last_error_at")
        batch_op.drop_column("last_error")
        batch_op.drop_column("oldest_unsent_at")
