"""Alembic migration history. `HEAD` names the newest revision (a test checks it matches Alembic)."""

HEAD = "0015_push_faster"
