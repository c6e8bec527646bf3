"""One staff edit written from the office as the signed-in person: a `content_change` row, and its outcome.

    status, version = write_change(engine, site, "listing", content_id, base_version, payload_text, False, by="alice")

The same central path staff decisions from a kiosk take (kiosk.sync.decisions): on PostgreSQL the row is inserted
with the person's own login (row-level security lets staff write only for their sites) and the trigger of
migration 0004 applies it to `site_content` when the version it was based on is still current; on the demo's
SQLite central the office applies it in the same transaction (kiosk.data.changes.apply_changes). The outcome is
the `change_result` row the central database wrote: "applied", "stale" (someone else changed it meanwhile:
nothing is overwritten) or "refused". Used by the Wall (kiosk.office.wall_store) and Listings
(kiosk.office.listings_store) pages. Thread: the database thread.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.dialects import postgresql

from kiosk.core.records import record_digest
from kiosk.data.changes import CHANGES, CONTENT, REFUSED, apply_changes, parse_result

OFFICE = "office"  # the `kiosk` of an edit made in the office (no kiosk made it)


def write_change(engine: Engine, site: str, kind: str, content_id: uuid.UUID, base_version: int, payload: str,
                 archived: bool, by: str) -> tuple[str, int]:
    """Inserts one change as this login; returns its outcome (status, the item's version afterwards)."""
    now = datetime.now(UTC)
    change_id = uuid.uuid4()
    row = {"id": change_id, "site": site, "kiosk": OFFICE, "content_id": content_id, "kind": kind,
           "base_version": base_version, "follows_id": None, "payload": payload, "archived": archived,
           "staff_label": by[:63], "created_at": now}
    row["digest"] = record_digest(row)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # the server's clock marks it received; the trigger applies it
            conn.execute(postgresql.insert(CHANGES).values(**row, synced_at=func.now()))
        else:
            conn.execute(insert(CHANGES).values(**row, synced_at=now))
            apply_changes(conn, [change_id], now)
        found = conn.execute(select(CONTENT.c.payload).where(CONTENT.c.id == change_id)).scalar()
    result = parse_result(found) if found is not None else None
    if result is None:
        return REFUSED, 0
    return result.status, result.current_version
