"""Where each polled feed was left, and its kept RPDE items, in the local store (tables `feed_state`,
`feed_item`: kiosk.data.feed_models). Plain functions on an Engine, one transaction each; callers get
plain dataclasses (kiosk.whatson.imports.feeds.FeedState) and dicts. Thread: the CLI's main thread.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Table, delete, select, tuple_
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from kiosk.data.models import Base
from kiosk.whatson.imports.feeds import FeedState, Key, feed_key

STATE: Table = Base.metadata.tables["feed_state"]
ITEM: Table = Base.metadata.tables["feed_item"]


def load_state(engine: Engine, url: str) -> FeedState | None:
    with engine.connect() as conn:
        row = conn.execute(select(STATE).where(STATE.c.feed == feed_key(url))).mappings().first()
    if row is None:
        return None
    return FeedState(row["url"], row["format"], row["next_url"], row["etag"], row["last_modified"])


def load_items(engine: Engine, url: str) -> dict[Key, dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(ITEM.c.kind, ITEM.c.item_id, ITEM.c.body).where(ITEM.c.feed == feed_key(url)))
        return {(kind, item_id): json.loads(body) for kind, item_id, body in rows}


def save(engine: Engine, state: FeedState, now: datetime, items: Mapping[Key, Mapping[str, Any]] = {},
         forget: Iterable[Key] = ()) -> None:
    """The feed's new place, its new or replaced items, and the items it no longer needs — in one go."""
    feed = feed_key(state.url)
    values = {"url": state.url, "format": state.format, "next_url": state.next_url, "etag": state.etag,
              "last_modified": state.last_modified, "updated_at": now}
    with engine.begin() as conn:
        stmt = sqlite_insert(STATE).values(feed=feed, **values)
        conn.execute(stmt.on_conflict_do_update(index_elements=[STATE.c.feed], set_=values))
        gone = list(forget)
        for i in range(0, len(gone), 400):
            conn.execute(delete(ITEM).where(ITEM.c.feed == feed,
                                            tuple_(ITEM.c.kind, ITEM.c.item_id).in_(gone[i:i + 400])))
        for (kind, item_id), item in items.items():
            row = {"modified": json.dumps(item.get("modified")), "body": json.dumps(item, ensure_ascii=False)}
            stmt = sqlite_insert(ITEM).values(feed=feed, kind=kind, item_id=item_id, **row)
            conn.execute(stmt.on_conflict_do_update(index_elements=[ITEM.c.feed, ITEM.c.kind, ITEM.c.item_id],
                                                    set_=row))
