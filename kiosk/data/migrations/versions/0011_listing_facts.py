"""listing facts: feed_state and feed_item, for `kiosk import-listings --from-url` (kiosk.data.feed_models)

Revision ID: 0011_listing_facts
Revises: 0009_device_health
Create Date: 2026-12-01

Local tables only (no roles, no triggers): where each polled feed was left (its next URL and that URL's
ETag / Last-Modified) and the latest version of every RPDE item of the feed. Listings themselves need no
change: "not known" booking, price and access are nulls inside the listing's JSON payload (schema 2).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kiosk.data.models

revision = "0011_listing_facts"
down_revision = "0009_device_health"
branch_labels = None
depends_on = None


def upgrade() -> None:
    utc = kiosk.data.models.UTCDateTime(timezone=True)
    op.create_table(
        "feed_state",
        sa.Column("feed", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("next_url", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=False),
        sa.Column("last_modified", sa.Text(), nullable=False),
        sa.Column("updated_at", utc, nullable=False),
        sa.PrimaryKeyConstraint("feed", name=op.f("pk_feed_state")),
    )
    op.create_table(
        "feed_item",
        sa.Column("feed", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=200), nullable=False),
        sa.Column("item_id", sa.String(length=500), nullable=False),
        sa.Column("modified", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("feed", "kind", "item_id", name=op.f("pk_feed_item")),
    )


def downgrade() -> None:
    op.drop_table("feed_item")
    op.drop_table("feed_state")
