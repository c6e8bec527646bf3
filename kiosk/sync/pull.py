"""Pull: copy the site's content (listings, moderation decisions) from the central database by a change
cursor that never skips a row that commits late.

Every write to `site_content` stamps `change_seq`:
  PostgreSQL  the next number of the row's site, from its counter row in `site_content_seq` (a trigger,
              migration 0008), whose row lock the writer holds until it commits
  SQLite      max(change_seq) + 1, taken by the writer, which holds the only write lock
and each pull reads a horizon first — every write of the site with change_seq below it has finished:
  PostgreSQL  content_horizon(site) = the site's committed counter + 1
  SQLite      max(change_seq) + 1
then takes `cursor <= change_seq < horizon` and stores cursor := horizon with the rows, in one local
transaction. A writer that numbered a change but has not committed still holds the counter's row lock, so
the counter a pull reads never includes it; the next pull, starting at that horizon, gets it. Per site: a
transaction left open at one site (a stolen kiosk after `SET idle_in_transaction_session_timeout = 0`)
holds back nothing at another — kiosks cannot write `site_content` at all. The cursor is kept per central
database and site. The horizon never goes backwards; if it ever does (a central database restored from a
backup) the cursor starts again from 0 and the upsert, which keeps the higher version, makes that harmless.
In the same local transaction, `apply` (kiosk.data.services.Services.apply_pulled: each feature's applier,
e.g. the wall's decisions into its wall state) sees the pulled rows; 'listing', 'photo' and 'change_result'
rows stay in the mirror, where the listing service reads them. The report says which kinds arrived.
Thread: the kiosk-sync thread or the CLI's main thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from kiosk.data.models import Base
from kiosk.data.outbox import SyncState

CONTENT: Table = Base.metadata.tables["site_content"]
COLUMNS = tuple(c.name for c in CONTENT.columns)
CURSOR_SITE = "pull.site"  # the site whose changes the cursor counts (sync_state key)


@dataclass(frozen=True)
class PullReport:
    changes: int  # rows received (new or changed content)
    cursor: int  # where the next pull starts
    kinds: frozenset[str] = field(default_factory=frozenset)  # the kinds of content received


def horizon(conn: Connection, site: str) -> int:
    """Every write of `site`'s content with a change_seq below this has finished (committed or rolled back)."""
    if conn.dialect.name == "postgresql":
        return int(conn.execute(text("SELECT content_horizon(:site)"), {"site": site}).scalar_one())
    return int(conn.execute(select(func.coalesce(func.max(CONTENT.c.change_seq), 0) + 1)).scalar_one())


Apply = Callable[[Connection, list[Mapping[str, Any]]], None]


def pull(central: Engine, local: Engine, site: str, source: str, apply: Apply | None = None) -> PullReport:
    """Brings the local mirror of `site`'s content up to date; `source` names the central database."""
    state = SyncState(local)
    saved = state.get_all()
    same = saved.get(SyncState.CURSOR_SOURCE) == source and saved.get(CURSOR_SITE) == site  # counted per site
    cursor = int(saved.get(SyncState.CURSOR, "0")) if same else 0
    with central.connect() as conn, conn.begin():
        upto = horizon(conn, site)  # first: rows read after it can only be newer, never missing
        if upto < cursor:
            cursor = 0
        rows = conn.execute(
            select(*(CONTENT.c[c] for c in COLUMNS))
            .where(CONTENT.c.site == site, CONTENT.c.change_seq >= cursor, CONTENT.c.change_seq < upto)
            .order_by(CONTENT.c.change_seq, CONTENT.c.id)).all()
    with local.begin() as lconn:
        if rows:
            ins = sqlite_insert(CONTENT)
            lconn.execute(ins.on_conflict_do_update(
                index_elements=["id"], set_={c: ins.excluded[c] for c in COLUMNS if c != "id"},
                where=ins.excluded.version > CONTENT.c.version), [r._asdict() for r in rows])
            if apply is not None:
                apply(lconn, [r._asdict() for r in rows])  # e.g. the wall's decisions, into its wall state
        state.set({SyncState.CURSOR: str(upto), SyncState.CURSOR_SOURCE: source, CURSOR_SITE: site}, lconn)
    return PullReport(len(rows), upto, frozenset(str(r.kind) for r in rows))
