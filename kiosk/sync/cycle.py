"""One sync cycle: push the answers (then wall messages and staff edits), queue a heartbeat and push it,
pull the site's content, record how it went.

The heartbeat describes the kiosk as the central database will want to see it: what still waits after the
push (usually nothing), the last successful sync before this one, the app version and uptime. A cycle
that fails also queues one — unless one is already waiting — so an outage leaves a trace without piling up.

`SyncCycle.run()` never raises: a failure becomes a `CycleReport` with the reason in plain words, which
is also stored in `sync_state` (last error) for `kiosk sync --status`. It reaches the local store and the
central database through the process's Services (kiosk.data.services: one engine per file or URL; the sync
thread checks out its own connections, so it never shares one with the visitor's taps); pulled content is
applied by the features' pull appliers, and what changed is published (`ListingsChanged`, `WallChanged`).
Thread: one thread at a time — the runner's kiosk-sync thread, or the CLI's main thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import Engine

from kiosk import __version__
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.events import ListingsChanged, WallChanged
from kiosk.data.outbox import (
    ANSWER_TABLES,
    CONTENT_TABLES,
    HEARTBEATS,
    PULSE_TABLES,
    Outbox,
    RecordTable,
    SyncState,
)
from kiosk.data.services import Services
from kiosk.sync.connect import Central, central_engine, central_for, explain
from kiosk.sync.pull import PullReport, pull
from kiosk.sync.push import Outcome, PushReport, push

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CycleReport:
    ok: bool
    push: PushReport | None = None
    pull: PullReport | None = None
    error: str | None = None  # plain words, for people
    central: str = ""  # the central database, password hidden


class SyncCycle:
    def __init__(self, config: Config, clock: Clock, *, env: Mapping[str, str] | None = None,
                 local: Engine | None = None, services: Services | None = None,
                 on_batch: Callable[[RecordTable, Outcome], None] | None = None) -> None:
        self.config, self.clock, self.env, self.on_batch = config, clock, env, on_batch
        self._own_services = services is None
        self.services = services if services is not None else Services(config, clock)
        self.local = local if local is not None else self.services.engine()
        self.outbox = Outbox(self.local, config.site_id, config.kiosk_id)
        self.state = SyncState(self.local)
        self._started = clock.monotonic()
        self._central: tuple[Central, Engine] | None = None

    def _connect(self) -> tuple[Central, Engine]:
        if self._central is None:
            where = central_for(self.config, self.env)
            self._central = (where, self.services.central_engine(where.shown, lambda _key: central_engine(where)))
        return self._central

    def run(self) -> CycleReport:
        shown = ""
        try:
            where, central = self._connect()
            shown = where.shown
            pushed = push(central, self.outbox, self.clock, batch_size=self.config.sync_batch_size,
                          tables=(*ANSWER_TABLES, *PULSE_TABLES, *CONTENT_TABLES), on_batch=self.on_batch)
            self._heartbeat()  # as things stand now that the answers are in
            push(central, self.outbox, self.clock, batch_size=self.config.sync_batch_size, tables=(HEARTBEATS,),
                 report=pushed, on_batch=self.on_batch)
            pulled = pull(central, self.local, self.config.site_id, shown, apply=self.services.apply_pulled)
            self._announce(pulled)
        except Exception as e:
            words = explain(e)
            log.warning("sync with %s failed: %s (%s)", shown or "the central database", words,
                        e.__class__.__name__)
            try:
                if self.config.central_url:  # a trace of the kiosk's health while it could not sync
                    self._heartbeat(unless_one_waits=True)
                self.state.record_error(self.clock.now(), words)
            except Exception:
                log.exception("could not record the sync error in the local store")
            return CycleReport(False, error=words, central=shown)
        try:
            self.state.record_success(self.clock.now())
        except Exception:
            log.exception("could not record the sync success in the local store")
        return CycleReport(True, pushed, pulled, central=shown)

    def _announce(self, pulled: PullReport) -> None:
        """Tells the screens what the pull changed (delivered on the GUI thread by the event hub)."""
        site = self.config.site_id
        if pulled.kinds & {"listing", "photo", "change_result"}:
            self.services.publish(ListingsChanged(site))
        if "wall" in pulled.kinds:
            self.services.publish(WallChanged(site))

    def _heartbeat(self, *, unless_one_waits: bool = False) -> None:
        pending = self.outbox.pending()
        self.outbox.add_heartbeat(
            at=self.clock.now(), app_version=__version__,
            pending=pending["checkin"] + pending["checkin_followup"],
            last_sync_at=self.state.moment(SyncState.LAST_SUCCESS),
            uptime_seconds=max(0.0, self.clock.monotonic() - self._started), unless_one_waits=unless_one_waits)

    def close(self) -> None:
        if self._central is not None:
            self.services.forget_central(self._central[0].shown)
            self._central = None
        if self._own_services:
            self.services.close()
