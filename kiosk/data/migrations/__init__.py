"""Alembic migration history. `HEAD` names the newest revision (a test checks it matches Alembic)."""

HEAD = "0014_push_speed"
