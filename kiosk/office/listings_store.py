"""The office's listings: every listing of the person's sites as the central database holds it, and their edits
written as them.

    listings(engine, sites, now, tz)                       # by site and title, each with its version and next date
    load(engine, sites, now, tz, cache)                     # the same, with the photos' files (the page's data)
    current(engine, site, listing_id, now, tz)             # one listing read fresh (the conflict view's "theirs")
    save(engine, site, listing, base_version, by)           # a new version, or ListingSaveError("stale" | "refused")
    save(engine, site, listing, base_version, by, archived=True)   # archive; save again unarchived to restore
    add_photo(engine, site, clean_photo, by) / photo_file(engine, site, sha256, folder)

Reads are plain SELECTs of `site_content` (kind 'listing') with the person's own login: PostgreSQL's row-level
security leaves out every site they may not see. An edit is a `content_change` of kind 'listing' inserted as the
person, based on the version they opened — the path staff edits from a kiosk take (kiosk.data.changes): the
trigger of migration 0004 applies it when that version is still current and leaves it alone (`stale`) when
someone else changed the listing meanwhile, so nothing is silently overwritten; PostgreSQL refuses an edit for
a site that is not theirs. On the demo's SQLite central the office applies it in the same transaction
(kiosk.data.changes.apply_changes), as kiosk.office.wall_store does. Photos are content-addressed, as on a
kiosk (kiosk.whatson.store): kind 'photo', id from the JPEG's SHA-256, payload {"sha256", "jpeg_b64"}.
Thread: the database thread.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select

from kiosk.core.errors import KioskError
from kiosk.data.changes import (
    APPLIED,
    CONTENT,
    MAX_PAYLOAD,
    STALE,
    payload_json,
)
from kiosk.office.change_writer import write_change
from kiosk.whatson.photos import CleanPhoto
from kiosk.whatson.rules.listing_detail import listing_detail
from kiosk.whatson.rules.listing_json import listing_from_json, listing_to_json
from kiosk.whatson.rules.listings import Listing, ListingError
from kiosk.whatson.store import is_photo_key, photo_id

log = logging.getLogger(__name__)
LISTING, PHOTO = "listing", "photo"


class ListingSaveError(KioskError):
    """An edit the central database did not apply: code "stale" (someone else changed it first, `version` is
    theirs) or "refused" (not a site of this login, or too large)."""

    kind = "listings"

    def __init__(self, message: str, *, code: str, version: int = 0) -> None:
        super().__init__(message, code=code)
        self.version = version


@dataclass(frozen=True)
class OfficeListing:
    """A listing as the central database holds it: `version` is what the next edit must be based on."""

    site: str
    listing: Listing
    version: int
    archived: bool
    updated_at: datetime | None
    updated_by: str
    next_on: datetime | None  # an activity's next session that goes ahead (None: none planned, or a space)


def _next_on(listing: Listing, now: datetime, tz: ZoneInfo) -> datetime | None:
    facts = listing_detail(listing, now, tz)
    going = facts.on_now or facts.next_session
    return going.start if going is not None else None


def _row_to_listing(row: Any, now: datetime, tz: ZoneInfo) -> OfficeListing | None:
    try:
        listing = listing_from_json(json.loads(row.payload))
    except (ListingError, ValueError, TypeError) as e:
        log.warning("left out listing %s that the office cannot read (%s)", row.id, e)
        return None
    return OfficeListing(row.site, listing, row.version, bool(row.archived), row.updated_at, row.updated_by or "",
                         _next_on(listing, now, tz))


def _query() -> Any:
    return select(CONTENT.c.id, CONTENT.c.site, CONTENT.c.version, CONTENT.c.payload, CONTENT.c.archived,
                  CONTENT.c.updated_at, CONTENT.c.updated_by).where(CONTENT.c.kind == LISTING)


def listings(engine: Engine, sites: tuple[str, ...], now: datetime, tz: ZoneInfo) -> list[OfficeListing]:
    """Every listing of `sites` that this login may read, by site and title."""
    if not sites:
        return []
    with engine.connect() as conn:
        rows = conn.execute(_query().where(CONTENT.c.site.in_(list(sites)))).all()
    found = [x for r in rows if (x := _row_to_listing(r, now, tz)) is not None]
    return sorted(found, key=lambda x: (x.site, x.listing.title.casefold(), str(x.listing.id)))


def current(engine: Engine, site: str, listing_id: uuid.UUID, now: datetime, tz: ZoneInfo) -> OfficeListing | None:
    """The listing as it is now (None: it is not there, or not this login's to see)."""
    with engine.connect() as conn:
        row = conn.execute(_query().where(CONTENT.c.id == listing_id, CONTENT.c.site == site)).first()
    return _row_to_listing(row, now, tz) if row is not None else None


def save(engine: Engine, site: str, listing: Listing, base_version: int, by: str, *, archived: bool = False) -> int:
    """Writes `listing` (new when `base_version` is 0) as the signed-in person; returns its new version.
    ListingSaveError "stale" when someone else changed it since `base_version`, "refused" otherwise."""
    body = payload_json(listing_to_json(listing))
    if len(body) > MAX_PAYLOAD:
        raise ListingSaveError("the listing is too large to send", code="refused")
    status, version = write_change(engine, site, LISTING, listing.id, base_version, body, archived, by)
    if status == STALE:
        raise ListingSaveError("someone else changed this listing meanwhile", code="stale", version=version)
    if status != APPLIED:
        raise ListingSaveError("the central database did not take this listing", code="refused")
    return version


def add_photo(engine: Engine, site: str, photo: CleanPhoto, by: str) -> str:
    """Sends a cleaned photo to the site's kiosks (once: it is content-addressed); returns its key."""
    content_id = photo_id(photo.sha256)
    with engine.connect() as conn:
        there = conn.execute(select(CONTENT.c.id).where(CONTENT.c.id == content_id, CONTENT.c.site == site)).first()
    if there is None:
        body = payload_json({"sha256": photo.sha256, "jpeg_b64": base64.b64encode(photo.jpeg_bytes).decode("ascii")})
        status, _v = write_change(engine, site, PHOTO, content_id, 0, body, False, by)
        if status not in (APPLIED, STALE):  # stale: someone sent the same photo just now
            raise ListingSaveError("the central database did not take this photo", code="refused")
    return photo.sha256


def photo_file(engine: Engine, site: str, sha256: str, folder: Path) -> Path | None:
    """The photo `sha256` of `site` as a file in `folder` (written on first use); None if it is not there."""
    if not is_photo_key(sha256):
        return None
    path = folder / f"{sha256}.jpg"
    if path.is_file():
        return path
    with engine.connect() as conn:
        payload = conn.execute(select(CONTENT.c.payload).where(
            CONTENT.c.id == photo_id(sha256), CONTENT.c.site == site, CONTENT.c.kind == PHOTO)).scalar()
    if payload is None:
        return None
    try:
        data = base64.b64decode(json.loads(payload)["jpeg_b64"], validate=True)
    except (ValueError, TypeError, KeyError, binascii.Error):
        return None
    if hashlib.sha256(data).hexdigest() != sha256:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def keep_photo(photo: CleanPhoto, folder: Path) -> Path:
    """A cleaned photo kept in `folder` so the editor and the preview can show it before it is saved."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / photo.file_name
    path.write_bytes(photo.jpeg_bytes)
    return path


@dataclass(frozen=True)
class Loaded:
    """The Listings page's data: the listings, and their photos' files by (site, key) as file URLs."""

    items: tuple[OfficeListing, ...] = ()
    photos: dict[tuple[str, str], str] = field(default_factory=dict)


def load(engine: Engine, sites: tuple[str, ...], now: datetime, tz: ZoneInfo, cache: Path) -> Loaded:
    """The listings of `sites` and their photos, written to `cache` on first use."""
    items = listings(engine, sites, now, tz)
    photos: dict[tuple[str, str], str] = {}
    for x in items:
        key = x.listing.photo
        if key and (x.site, key) not in photos:
            path = photo_file(engine, x.site, key, cache)
            if path is not None:
                photos[(x.site, key)] = path.as_uri()
    return Loaded(tuple(items), photos)
