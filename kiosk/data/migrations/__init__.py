"""Alembic migration history. `HEAD` names the newest revision (a test checks it matches Alembic)."""

HEAD = "0004_content_changes"
