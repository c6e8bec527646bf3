"""Opens the kiosk's own SQLite store at start-up and keeps the kiosk working if the file is damaged.

A damaged file (power cut on a bad SD card, a copied half file) is moved aside — never deleted — as
`kiosk.sqlite3.damaged-<UTC time>` together with its -wal/-shm files, and a fresh store is created so
visitors can keep answering. Staff or a technician can recover the old answers from the kept file.
Thread: the database worker thread (first job at start-up) or the CLI.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from kiosk.core.private_files import private_file
from kiosk.data import migrate

log = logging.getLogger(__name__)
_DAMAGE_WORDS = ("file is not a database", "malformed", "disk image is malformed", "file is encrypted")


@dataclass(frozen=True)
class StoreOpened:
    migrated: bool  # a migration was applied
    moved_aside: Path | None  # where a damaged file was put, if any


def _is_damage(error: DatabaseError) -> bool:
    text = str(error.orig if error.orig is not None else error).lower()
    return any(w in text for w in _DAMAGE_WORDS)


def prepare(engine: Engine, path: Path, now: datetime | None = None) -> StoreOpened:
    """Migrates the store; if the file is damaged, moves it aside and starts a fresh one."""
    try:
        return StoreOpened(migrate.upgrade(engine), None)
    except DatabaseError as e:
        if not _is_damage(e):
            raise
        engine.dispose()
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(path) + suffix)
            if src.exists():
                src.replace(Path(str(aside) + suffix))
        log.error("the local store %s was damaged (%s); kept it as %s and started a fresh one", path, e.orig, aside)
        private_file(path)  # the fresh one is as private as the old one
        return StoreOpened(migrate.upgrade(engine), aside)
