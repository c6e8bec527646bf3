"""Applies the Alembic migrations at start-up (SQLite and PostgreSQL share one history).

A fast path reads the stored revision first and skips importing Alembic when the store is already at
`HEAD` — start-up time matters on a kiosk. Thread: the database worker thread or the CLI.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from kiosk.data.migrations import HEAD

MIGRATIONS = Path(__file__).with_name("migrations")


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):
        return None


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> bool:
    """Brings the database to the newest schema; returns True when anything was applied."""
    if current_revision(engine) == HEAD:
        return False
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return True
