"""Sync between the local store and the central database (outbox push, listings pull). Issue 3."""
