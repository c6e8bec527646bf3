"""Listings (what's on, open spaces) and their photos on a kiosk: read the site's listings, and let staff
edit, archive and import them so every kiosk of the site shows the change.

The site's listings live in the local `site_content` mirror (kind 'listing', pulled from the central
database). A staff edit is never written into the mirror: it is queued as a `content_change`
(kiosk.data.changes) based on the version staff edited, and shown here at once as *pending* over the
pulled copy until its outcome comes back with the pull. If someone else changed the listing first, the
central database does not apply it, and `stale_notices()` tells staff (with their edit, to make again on
the current version) until they dismiss it. An edit based on a version older than this kiosk already
knows is refused at once with `StaleEdit`.
Photos are content-addressed: the key is the JPEG's SHA-256 (64 hex digits), which a listing's `photo`
field holds; `add_photo` stores the file under `photos_dir` and queues it (kind 'photo', payload
{"sha256", "jpeg_b64"}); `photo_path` writes a pulled photo out to `photos_dir/<sha256>.jpg` on first use.
One transaction per use case; callers get plain dataclasses, never ORM objects.
Thread: the database worker thread (from the UI) or the CLI's main thread.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, Table, select

from kiosk.core.clock import Clock
from kiosk.core.errors import StaleEdit
from kiosk.core.events import Event, ListingsChanged
from kiosk.data import changes
from kiosk.data.models import Base
from kiosk.data.outbox import local_store
from kiosk.whatson.rules.listing_json import listing_from_json, listing_to_json
from kiosk.whatson.rules.listings import Listing, ListingError

if TYPE_CHECKING:
    from kiosk.data.services import Services

log = logging.getLogger(__name__)
LISTING, PHOTO = "listing", "photo"
CONTENT: Table = Base.metadata.tables["site_content"]
PHOTO_NAMESPACE = uuid.UUID("0b9a4b52-7a0e-4d1c-9f3c-2e6c1d8a5f17")  # never change: photo ids hang on it
MAX_PHOTO_BYTES = 2_000_000
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class StoredListing:
    """A listing as this kiosk shows it. `version` is what the next edit must be based on; `pending`: an
    edit made here is waiting for the central database; `stale`: an edit made here was not applied because
    someone else changed the listing first (see `stale_notices`)."""

    listing: Listing
    version: int
    pending: bool
    stale: bool
    archived: bool = False


@dataclass(frozen=True)
class StaleNotice:
    """An edit made on this kiosk that the central database did not apply."""

    change_id: uuid.UUID  # for dismiss()
    listing_id: uuid.UUID
    title: str
    status: str  # 'stale': someone else changed it first; 'refused': it is not this site's listing
    edited_version: int  # the version staff edited
    current_version: int  # the version the central database has (0: none)
    staff_label: str
    edited_at: datetime
    proposed: Listing | None  # the edit itself, to make again on the current version
    archiving: bool  # the edit was an archive


@dataclass(frozen=True)
class ImportSaved:
    """What `import_listings` queued."""

    saved: int  # new or changed listings queued
    archived: int
    unchanged: int


def photo_id(sha256: str) -> uuid.UUID:
    return uuid.uuid5(PHOTO_NAMESPACE, sha256)


def is_photo_key(key: str | None) -> bool:
    return bool(key) and _SHA256.match(key or "") is not None


def _parse(payload: str, where: object) -> Listing | None:
    try:
        return listing_from_json(json.loads(payload))
    except (ListingError, ValueError, TypeError) as e:
        log.warning("ignored listing %s that this kiosk cannot read (%s)", where, e)
        return None


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class ListingService:
    def __init__(self, engine: Engine, site: str, kiosk: str, clock: Clock, photos_dir: Path,
                 publish: Callable[[Event], None] | None = None) -> None:
        self.engine, self.site, self.kiosk, self.clock, self.photos_dir = engine, site, kiosk, clock, photos_dir
        self._publish = publish or (lambda _event: None)

    @classmethod
    def from_services(cls, services: Services) -> ListingService:
        """The site's listings, through the process's one engine; saves say `ListingsChanged`."""
        c = services.config
        return cls(services.engine(), c.site_id, c.kiosk_id, services.clock, c.data_dir / "photos",
                   publish=services.publish)

    def _changed(self) -> None:
        self._publish(ListingsChanged(self.site))

    # -- reading -------------------------------------------------------------------------------------------

    def _current(self, conn: Connection) -> dict[uuid.UUID, StoredListing]:
        """Every listing of the site as this kiosk shows it: pulled copies, with own pending edits over them."""
        out: dict[uuid.UUID, StoredListing] = {}
        rows = conn.execute(select(CONTENT.c.id, CONTENT.c.payload, CONTENT.c.version, CONTENT.c.archived)
                            .where(CONTENT.c.site == self.site, CONTENT.c.kind == LISTING))
        for r in rows:
            listing = _parse(r.payload, r.id)
            if listing is not None and listing.id == r.id:
                out[r.id] = StoredListing(listing, r.version, False, False, bool(r.archived))
        for change in changes.pending_changes(conn, self.site, self.kiosk, LISTING):  # oldest first: newest wins
            listing = _parse(change.payload, change.content_id)
            if listing is not None:
                out[change.content_id] = StoredListing(listing, change.base_version + 1, True, False,
                                                       bool(change.archived))
        for notice in self._notices(conn):
            item = out.get(notice.listing_id)
            if item is not None:
                out[notice.listing_id] = StoredListing(item.listing, item.version, item.pending, True, item.archived)
        return out

    @local_store
    def listings(self, include_archived: bool = False) -> list[StoredListing]:
        """The site's listings by title; archived ones only when asked for."""
        with self.engine.connect() as conn:
            items = self._current(conn).values()
        return sorted((i for i in items if include_archived or not i.archived),
                      key=lambda i: (i.listing.title.casefold(), str(i.listing.id)))

    @local_store
    def listing(self, listing_id: uuid.UUID) -> StoredListing | None:
        with self.engine.connect() as conn:
            return self._current(conn).get(listing_id)

    @local_store
    def existing(self) -> dict[uuid.UUID, Listing]:
        """The listings an import merges into (kiosk.whatson.imports.command.import_listings): those not archived."""
        with self.engine.connect() as conn:
            return {k: v.listing for k, v in self._current(conn).items() if not v.archived}

    # -- editing -------------------------------------------------------------------------------------------

    def _queue(self, conn: Connection, listing: Listing, base_version: int, staff_label: str,
               archived: bool) -> StoredListing:
        payload = listing_to_json(listing)  # the listing is valid: it is a constructed Listing
        known = changes.known_version(conn, self.site, self.kiosk, LISTING, listing.id)
        if base_version != known.version:
            raise StaleEdit(listing.id, base_version, known.version or None)
        changes.queue_change(conn, site=self.site, kiosk=self.kiosk, kind=LISTING, content_id=listing.id,
                             base_version=base_version, payload=payload, staff_label=staff_label,
                             at=self.clock.now(), archived=archived, known=known)
        for notice in self._notices(conn):  # made again on the current version: the old notices are done
            if notice.listing_id == listing.id:
                changes.dismiss(conn, notice.change_id, self.clock.now())
        return StoredListing(listing, base_version + 1, True, False, archived)

    @local_store
    def save(self, listing: Listing, base_version: int, staff_label: str) -> StoredListing:
        """A new listing (`base_version` 0) or an edit of the version staff saw; shown here at once as
        pending, and sent to the central database with the next sync. StaleEdit if this kiosk already knows
        a newer version (reload and edit that)."""
        with self.engine.begin() as conn:
            saved = self._queue(conn, listing, base_version, staff_label, archived=False)
        self._changed()
        return saved

    @local_store
    def archive(self, listing_id: uuid.UUID, base_version: int, staff_label: str) -> StoredListing:
        """Takes a listing off the screens (kept, never deleted); `save` it again to bring it back."""
        with self.engine.begin() as conn:
            item = self._current(conn).get(listing_id)
            if item is None:
                raise StaleEdit(listing_id, base_version, None)
            archived = self._queue(conn, item.listing, base_version, staff_label, archived=True)
        self._changed()
        return archived

    @local_store
    def import_listings(self, listings: Sequence[Listing], *, remove: Sequence[uuid.UUID] = (),
                        staff_label: str = "import") -> ImportSaved:
        """Queues imported listings (new or changed ones; identical ones are left alone) and archives the
        `remove`d ones, each based on the version this kiosk knows, in one local transaction. Use with
        kiosk.whatson.imports.command.import_listings(…, existing=self.existing(), …) and its report:
        `listings` = the merged listings of report.ids(ADDED, UPDATED), `remove` = report.ids(REMOVED)."""
        saved = archived = unchanged = 0
        with self.engine.begin() as conn:
            current = self._current(conn)
            for listing in listings:
                item = current.get(listing.id)
                if item is not None and item.listing == listing and not item.archived:
                    unchanged += 1
                    continue
                self._queue(conn, listing, item.version if item else 0, staff_label, archived=False)
                saved += 1
            for listing_id in dict.fromkeys(remove):
                item = current.get(listing_id)
                if item is None or item.archived:
                    continue
                self._queue(conn, item.listing, item.version, staff_label, archived=True)
                archived += 1
        if saved or archived:
            self._changed()
        return ImportSaved(saved, archived, unchanged)

    # -- stale edits -----------------------------------------------------------------------------------------

    def _notices(self, conn: Connection) -> list[StaleNotice]:
        out = []
        for result, change in changes.own_results(conn, self.site, self.kiosk, kinds=(LISTING,), undismissed=True):
            if result.status == changes.APPLIED:
                continue
            proposed = _parse(change.payload, change.content_id)
            out.append(StaleNotice(
                change_id=change.id, listing_id=change.content_id, title=proposed.title if proposed else "",
                status=result.status, edited_version=change.base_version, current_version=result.current_version,
                staff_label=change.staff_label, edited_at=change.created_at, proposed=proposed,
                archiving=bool(change.archived)))
        return out

    @local_store
    def stale_notices(self) -> list[StaleNotice]:
        """Edits made on this kiosk that were not applied, oldest first, until dismissed."""
        with self.engine.connect() as conn:
            return self._notices(conn)

    @local_store
    def dismiss(self, change_id: uuid.UUID) -> None:
        with self.engine.begin() as conn:
            changes.dismiss(conn, change_id, self.clock.now())

    # -- photos ----------------------------------------------------------------------------------------------

    def _photo_file(self, sha256: str) -> Path:
        if not is_photo_key(sha256):
            raise ValueError(f"{sha256!r} is not a photo key (64 lower-case hex digits)")
        return self.photos_dir / f"{sha256}.jpg"

    @local_store
    def add_photo(self, sha256: str, jpeg_bytes: bytes) -> str:
        """Keeps a JPEG here and sends it to the site's kiosks; returns its key (put it in Listing.photo)."""
        path = self._photo_file(sha256)
        if hashlib.sha256(jpeg_bytes).hexdigest() != sha256:
            raise ValueError("the photo's bytes do not match its SHA-256")
        if not jpeg_bytes.startswith(b"\xff\xd8\xff"):
            raise ValueError("the photo is not a JPEG")
        if len(jpeg_bytes) > MAX_PHOTO_BYTES:
            raise ValueError(f"the photo is {len(jpeg_bytes)} bytes; at most {MAX_PHOTO_BYTES} are sent to kiosks")
        _write_atomic(path, jpeg_bytes)
        content_id = photo_id(sha256)
        with self.engine.begin() as conn:
            known = changes.known_version(conn, self.site, self.kiosk, PHOTO, content_id)
            if known.version == 0:  # content-addressed: once there (or on its way), it never changes
                changes.queue_change(conn, site=self.site, kiosk=self.kiosk, kind=PHOTO, content_id=content_id,
                                     base_version=0, staff_label="staff", at=self.clock.now(), known=known,
                                     payload={"sha256": sha256,
                                              "jpeg_b64": base64.b64encode(jpeg_bytes).decode("ascii")})
        return sha256

    @local_store
    def photo_path(self, sha256: str) -> Path | None:
        """The photo's file, written out from the pulled copy on first use; None if this kiosk has not got it."""
        if not is_photo_key(sha256):
            return None
        path = self._photo_file(sha256)
        if path.is_file():
            return path
        with self.engine.connect() as conn:
            payload = conn.execute(select(CONTENT.c.payload).where(
                CONTENT.c.id == photo_id(sha256), CONTENT.c.site == self.site, CONTENT.c.kind == PHOTO)).scalar()
        if payload is None:
            return None
        try:
            data = base64.b64decode(json.loads(payload)["jpeg_b64"], validate=True)
        except (ValueError, TypeError, KeyError, binascii.Error) as e:
            log.warning("ignored photo %s that this kiosk cannot read (%s)", sha256, e)
            return None
        if hashlib.sha256(data).hexdigest() != sha256:
            log.warning("ignored photo %s: its bytes do not match its key", sha256)
            return None
        _write_atomic(path, data)
        return path
