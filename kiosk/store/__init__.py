"""Persistence: SQLAlchemy 2 models, engines and sessions, Alembic migrations, per-use-case services."""
