"""Publishing site content on the central database: what staff edit (listings, moderation decisions) and
kiosks pull (kiosk.sync.pull).

`publish_content` inserts a new item (version 1) or updates one (version + 1), stamping `change_seq` so
the pull cursor sees the change. Given `expected_version`, an edit based on an older version raises
`StaleEdit` instead of overwriting someone else's change; `expected_version=0` with a `content_id` means "a new
item only": written when no item has that id, `StaleEdit` when someone made it meanwhile (two first saves at
once: the second insert fails on the primary key). Content is archived, never deleted.
Thread: whatever thread the staff tool or CLI runs on (it opens its own connection).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, literal_column, select, update

from kiosk.core.clock import Clock, SystemClock
from kiosk.core.errors import StaleEdit
from kiosk.data.models import Base

CONTENT: Table = Base.metadata.tables["site_content"]


@dataclass(frozen=True)
class ContentItem:
    id: uuid.UUID
    site: str
    kind: str
    version: int
    archived: bool
    change_seq: int


def _change_seq(conn: Connection) -> Any:
    if conn.dialect.name == "postgresql":
        return literal_column("0")  # the central trigger numbers it from the site's counter (migration 0008)
    # SQLite: writers take turns on one lock, so max + 1 inside the write is a strict order.
    return select(func.coalesce(func.max(CONTENT.c.change_seq), 0) + 1).scalar_subquery()


def publish_content(central: Engine, site: str, kind: str, payload: Mapping[str, Any], updated_by: str,
                    expected_version: int | None = None, *, content_id: uuid.UUID | None = None,
                    archived: bool = False, clock: Clock | None = None) -> ContentItem:
    """Inserts (no `content_id`, or an unknown one) or updates an item; returns what is now stored."""
    if expected_version is not None and content_id is None:
        raise ValueError("expected_version needs the content_id of the item being edited")
    now = (clock or SystemClock()).now()
    body = json.dumps(dict(payload), ensure_ascii=False, sort_keys=True)
    cid = content_id or uuid.uuid4()
    returning = (CONTENT.c.version, CONTENT.c.change_seq, CONTENT.c.kind)
    with central.begin() as conn:
        if content_id is not None:
            # The write comes first, so SQLite takes its write lock before anything is read.
            q = update(CONTENT).where(CONTENT.c.id == cid, CONTENT.c.site == site)
            if expected_version is not None:
                q = q.where(CONTENT.c.version == expected_version)
            row = conn.execute(q.values(
                kind=kind, payload=body, version=CONTENT.c.version + 1, archived=archived, updated_at=now,
                updated_by=updated_by, change_seq=_change_seq(conn)).returning(*returning)).first()
            if row is not None:
                return ContentItem(cid, site, row.kind, row.version, archived, row.change_seq)
            found = conn.execute(select(CONTENT.c.site, CONTENT.c.version).where(CONTENT.c.id == cid)).first()
            if found is not None and found.site != site:
                raise ValueError(f"content {cid} belongs to site {found.site!r}, not {site!r}")
            if expected_version is not None and (found is not None or expected_version != 0):
                raise StaleEdit(cid, expected_version, found.version if found else None)
        row = conn.execute(insert(CONTENT).values(
            id=cid, site=site, kind=kind, payload=body, version=1, archived=archived, updated_at=now,
            updated_by=updated_by, change_seq=_change_seq(conn)).returning(*returning)).one()
    return ContentItem(cid, site, row.kind, row.version, archived, row.change_seq)
