"""Alembic environment: runs migrations on the engine handed over in `config.attributes`."""

from __future__ import annotations

from alembic import context

from kiosk.data.models import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
