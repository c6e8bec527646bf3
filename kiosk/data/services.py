"""The one way into the data: one `Services` object per process, built by the composition root (kiosk.app)
or by the CLI from the config.

    services = Services(config, clock, publish=hub.publish)
    desk = services.get(WallDesk)        # each feature's service, built once on first use: WallDesk(services)
    with services.engine().begin() as conn: ...

It owns the one engine of the local store (opened lazily: importing SQLAlchemy and migrating cost ~300 ms
that the first frame must not wait for), applies the migrations once (a damaged file is kept aside, see
kiosk.data.local), hands out each feature's service from a cache, owns one engine per central database URL,
and carries two hooks the features fill in: `publish` (the event hub: what a use case changed) and the
pull appliers (how a kind of pulled content updates a feature's local tables). Nothing else builds an engine.
This module imports no SQLAlchemy at import time and no feature.
Thread: `engine()`, `get()` and the services run on the database thread (kiosk.core.background) in the app,
or on the main thread in the CLI; `central_engine()` on the kiosk-sync thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kiosk.core.clock import Clock, SystemClock
from kiosk.core.config import Config
from kiosk.core.events import Event

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from kiosk.data.local import StoreOpened

T = TypeVar("T")
PullApplier = Callable[["Connection", list[Mapping[str, Any]]], None]


class Services:
    def __init__(self, config: Config, clock: Clock | None = None,
                 publish: Callable[[Event], None] | None = None, *, path: Path | None = None,
                 repair: bool = True) -> None:
        """`repair`: a damaged store file is moved aside and a fresh one started (the kiosk keeps answering);
        the CLI passes False, so a command reading a damaged file says so instead of reading an empty one."""
        self.config = config
        self._repair = repair
        self.clock = clock or SystemClock()
        self.path = path or config.database_path
        self._publish = publish
        self._lock = threading.RLock()
        self._engine: Engine | None = None
        self._cache: dict[Callable[[Services], Any], Any] = {}
        self._central: dict[str, Engine] = {}
        self._appliers: list[PullApplier] = []
        self.opened: StoreOpened | None = None

    # -- the local store --------------------------------------------------------------------------------
    def engine(self) -> Engine:
        """The local SQLite engine, opened and migrated once (a damaged file is moved aside, never lost)."""
        with self._lock:
            if self._engine is None:
                from kiosk.core.private_files import private_file, private_folder
                from kiosk.data import local
                from kiosk.data.engine import sqlite_engine

                private_folder(self.path.parent)  # 0700: answers and the PIN hash are the kiosk user's alone
                private_file(self.path)  # 0600, and SQLite gives its -wal and -shm files the same mode
                engine = sqlite_engine(self.path)
                try:
                    if self._repair:
                        self.opened = local.prepare(engine, self.path)
                    else:
                        from kiosk.data import migrate

                        self.opened = local.StoreOpened(migrate.upgrade(engine), None)
                except BaseException:
                    engine.dispose()
                    raise
                self._engine = engine
            return self._engine

    def get(self, factory: Callable[[Services], T]) -> T:
        """The process's one instance of a feature's service, made as `factory(self)` on first use (a class
        taking Services, or a function such as `ListingService.from_services`)."""
        with self._lock:
            if factory not in self._cache:
                self._cache[factory] = factory(self)
            return self._cache[factory]

    # -- hooks the features fill in ---------------------------------------------------------------------
    def publish(self, event: Event) -> None:
        """Says what a use case changed (delivered on the GUI thread by the event hub; a no-op in the CLI)."""
        if self._publish is not None:
            self._publish(event)

    def on_pull(self, applier: PullApplier) -> None:
        """A feature's way of applying pulled content rows (e.g. the wall's decisions) to its own tables, in
        the pull's local transaction."""
        with self._lock:
            if applier not in self._appliers:
                self._appliers.append(applier)

    def apply_pulled(self, conn: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
        batch = list(rows)
        for applier in list(self._appliers):
            applier(conn, batch)

    # -- central databases ------------------------------------------------------------------------------
    def central_engine(self, url: str, make: Callable[[str], Engine] | None = None) -> Engine:
        """One engine per central database URL for the life of the process."""
        with self._lock:
            if url not in self._central:
                if make is None:
                    from kiosk.data.engine import make_engine

                    make = make_engine
                self._central[url] = make(url)
            return self._central[url]

    def forget_central(self, url: str) -> None:
        with self._lock:
            engine = self._central.pop(url, None)
        if engine is not None:
            engine.dispose()

    def close(self) -> None:
        with self._lock:
            engines = [*self._central.values(), *([self._engine] if self._engine is not None else [])]
            self._central.clear()
            self._engine = None
            self._cache.clear()
        for engine in engines:
            engine.dispose()
