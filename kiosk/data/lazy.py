"""The kiosk's local store, opened on first use rather than at start-up.

Importing SQLAlchemy and Alembic costs ~300 ms; the window's first frame must not wait for it. `build()`
queues `LocalStore.get()` on the database thread right after the first frame; a tap that comes sooner
simply opens the store itself (on the database thread). This module imports no SQLAlchemy.
Thread: `get()`, `record()` and `record_followup()` run on the database worker thread (or the CLI/tests).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.checkin.rules import CheckIn, CheckInFollowup
    from kiosk.checkin.store import CheckInService
    from kiosk.data.local import StoreOpened


class LocalStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._service: CheckInService | None = None
        self._engine: Engine | None = None
        self.opened: StoreOpened | None = None

    def get(self) -> CheckInService:
        """Opens the store once: the engine, migrations (a damaged file is kept aside), the service."""
        with self._lock:
            if self._service is None:
                from kiosk.checkin.store import CheckInService
                from kiosk.data import local
                from kiosk.data.engine import sqlite_engine

                engine = self._engine = sqlite_engine(self.path)
                self.opened = local.prepare(engine, self.path)
                self._service = CheckInService(engine)
            return self._service

    def engine(self) -> Engine:
        """The local SQLite engine (opening the store first if needed), for features' services."""
        self.get()
        assert self._engine is not None
        return self._engine

    def record(self, checkin: CheckIn) -> CheckIn:
        return self.get().record(checkin)

    def record_followup(self, followup: CheckInFollowup) -> CheckInFollowup:
        return self.get().record_followup(followup)

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
