"""Tables of `kiosk import-listings --from-url`: where each feed was left, and the feed's latest items.

Local only (a kiosk or the central side's import host polls a feed; nothing here is synced or pushed):
- `feed_state`: one row per feed URL — the URL to fetch next (an RPDE feed's last `next` link; an HSDS API's
  first page), and that URL's ETag / Last-Modified for a conditional GET (304: nothing to do).
- `feed_item`: the latest version of every RPDE item of a feed (kind, id, modified, state, data as JSON), so a
  run that reads only the new pages still joins a ScheduledSession to the SessionSeries an earlier run read.
  Items already applied that can never matter again (deleted ones, sessions in the past) are removed.
Thread: any (declarations).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.data.base import Base, UTCDateTime


class FeedStateRecord(Base):
    """Where a feed was left: `feed` is the SHA-256 of the URL given on the command line."""

    __tablename__ = "feed_state"

    feed: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))
    next_url: Mapped[str] = mapped_column(Text)
    etag: Mapped[str] = mapped_column(Text, default="")
    last_modified: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FeedItemRecord(Base):
    """The latest version of one RPDE item of a feed."""

    __tablename__ = "feed_item"

    feed: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(200), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(500), primary_key=True)
    modified: Mapped[str] = mapped_column(Text, default="")  # JSON of the item's `modified` (number or text)
    body: Mapped[str] = mapped_column(Text)  # the whole item as JSON
