"""Listings and photos on one kiosk's store (kiosk.whatson.store): the pulled mirror, staff edits shown at
once as pending, stale edits refused or reported, imports, and photos by their SHA-256. No central
database here (tests/sync/test_changes.py covers the journey between kiosks)."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select

from kiosk.core.clock import ManualClock
from kiosk.core.errors import StaleEdit
from kiosk.data.models import Base
from kiosk.whatson.imports.common import Action, Parsed, Removal, merge
from kiosk.whatson.rules.demo_listings import demo_listings
from kiosk.whatson.rules.listing_json import listing_to_json
from kiosk.whatson.rules.listings import Listing
from kiosk.whatson.store import MAX_PHOTO_BYTES, ListingService, photo_id

CHANGES = Base.metadata.tables["content_change"]
CONTENT = Base.metadata.tables["site_content"]
LISTINGS = demo_listings(date(2026, 11, 25))
JPEG = b"\xff\xd8\xff\xe0" + b"kindness" * 100 + b"\xff\xd9"
SHA = hashlib.sha256(JPEG).hexdigest()


@pytest.fixture
def service(engine: Engine, clock: ManualClock, tmp_path: Path) -> ListingService:
    return ListingService(engine, "riverside", "kiosk-1", clock, tmp_path / "photos")


def _mirror(engine: Engine, content_id: uuid.UUID, kind: str, payload: object, version: int = 1,
            site: str = "riverside", archived: bool = False) -> None:
    body = payload if isinstance(payload, str) else json.dumps(payload)
    with engine.begin() as conn:
        conn.execute(insert(CONTENT).values(id=content_id, site=site, kind=kind, payload=body, version=version,
                                            archived=archived, updated_at=datetime(2026, 11, 25, tzinfo=UTC),
                                            updated_by="admin", change_seq=1))


def _outcome(engine: Engine, change_id: uuid.UUID, content_id: uuid.UUID, status: str, current: int) -> None:
    _mirror(engine, change_id, "change_result", {"change_id": str(change_id), "content_id": str(content_id),
                                                 "kind": "listing", "kiosk": "kiosk-1", "status": status,
                                                 "current_version": current})


def _change_ids(engine: Engine) -> list[uuid.UUID]:
    with engine.connect() as conn:
        return list(conn.execute(select(CHANGES.c.id).order_by(CHANGES.c.created_at)).scalars())


def _shown(service: ListingService, **kw: bool) -> list[tuple[str, int, bool, bool]]:
    return [(s.listing.title, s.version, s.pending, s.stale) for s in service.listings(**kw)]


def test_pulled_listings_are_shown_by_title(service: ListingService, engine: Engine) -> None:
    for listing in LISTINGS[:3]:
        _mirror(engine, listing.id, "listing", listing_to_json(listing), version=4)
    _mirror(engine, uuid.uuid4(), "listing", {"schema": 99})  # a newer program's listing: left out
    _mirror(engine, LISTINGS[3].id, "listing", listing_to_json(LISTINGS[3]), site="harbour")
    _mirror(engine, LISTINGS[4].id, "listing", listing_to_json(LISTINGS[4]), archived=True)

    shown = service.listings()

    assert [s.listing for s in shown] == sorted(LISTINGS[:3], key=lambda x: x.title.casefold())
    assert {(s.version, s.pending, s.stale, s.archived) for s in shown} == {(4, False, False, False)}
    assert [s.listing.id for s in service.listings(include_archived=True) if s.archived] == [LISTINGS[4].id]
    assert set(service.existing()) == {x.id for x in LISTINGS[:3]}
    assert service.listing(LISTINGS[0].id) is not None and service.listing(uuid.uuid4()) is None


def test_an_edit_is_pending_at_once_and_chains_on_the_one_before(service: ListingService, engine: Engine) -> None:
    listing = LISTINGS[0]
    first = service.save(listing, 0, "sam")
    second = service.save(replace(listing, title="Renamed"), first.version, "sam")

    assert (first.version, second.version, second.pending) == (1, 2, True)
    assert _shown(service) == [("Renamed", 2, True, False)]
    with engine.connect() as conn:
        rows = conn.execute(select(CHANGES).order_by(CHANGES.c.created_at)).all()
    assert [(r.base_version, r.follows_id, r.staff_label, r.kind) for r in rows] == [
        (0, None, "sam", "listing"), (1, rows[0].id, "sam", "listing")]
    assert rows[1].created_at > rows[0].created_at  # applied in order even on a stopped clock
    assert json.loads(rows[1].payload)["title"] == "Renamed"


@pytest.mark.parametrize("base", [0, 2, 5])
def test_an_edit_of_a_version_this_kiosk_knows_is_old_is_refused(service: ListingService, engine: Engine,
                                                                  base: int) -> None:
    listing = LISTINGS[0]
    _mirror(engine, listing.id, "listing", listing_to_json(listing), version=3)
    with pytest.raises(StaleEdit) as info:
        service.save(replace(listing, title="late"), base, "sam")
    assert (info.value.expected, info.value.found) == (base, 3)
    assert _change_ids(engine) == []
    assert service.save(replace(listing, title="on time"), 3, "sam").version == 4


def test_an_id_of_other_content_cannot_be_saved_as_a_listing(service: ListingService, engine: Engine) -> None:
    _mirror(engine, LISTINGS[0].id, "wall", {"status": "approved"})
    with pytest.raises(ValueError, match="is a wall, not a listing"):
        service.save(LISTINGS[0], 1, "sam")


def test_archive_and_bring_back(service: ListingService, engine: Engine) -> None:
    listing = LISTINGS[0]
    _mirror(engine, listing.id, "listing", listing_to_json(listing), version=2)
    gone = service.archive(listing.id, 2, "sam")
    assert (gone.version, gone.archived, gone.pending) == (3, True, True)
    assert service.listings() == [] and service.existing() == {}
    back = service.save(listing, 3, "sam")
    assert (back.version, back.archived) == (4, False)
    assert _shown(service) == [(listing.title, 4, True, False)]
    with pytest.raises(StaleEdit):
        service.archive(uuid.uuid4(), 1, "sam")


def test_stale_outcomes_become_notices_until_dismissed_or_made_again(service: ListingService,
                                                                     engine: Engine) -> None:
    listing, other = LISTINGS[0], LISTINGS[1]
    _mirror(engine, listing.id, "listing", listing_to_json(listing), version=1)
    service.save(replace(listing, title="Mine"), 1, "sam")
    service.save(other, 0, "alex")
    mine, theirs = _change_ids(engine)
    with engine.begin() as conn:  # the central copy moved on: someone else's version 2
        conn.execute(CONTENT.update().where(CONTENT.c.id == listing.id).values(
            version=2, payload=json.dumps(listing_to_json(replace(listing, title="Theirs")))))
    _outcome(engine, mine, listing.id, "stale", 2)
    _outcome(engine, uuid.uuid4(), other.id, "stale", 1)  # another kiosk's stale change: not ours to show

    [notice] = service.stale_notices()
    assert (notice.change_id, notice.listing_id, notice.title, notice.status) == (mine, listing.id, "Mine", "stale")
    assert (notice.edited_version, notice.current_version, notice.staff_label) == (1, 2, "sam")
    assert notice.proposed == replace(listing, title="Mine") and not notice.archiving
    shown = {s.listing.id: s for s in service.listings()}
    assert (shown[listing.id].listing.title, shown[listing.id].version) == ("Theirs", 2)
    assert shown[listing.id].stale and not shown[listing.id].pending
    assert shown[other.id].pending and not shown[other.id].stale  # its outcome is not here yet

    service.dismiss(mine)
    service.dismiss(mine)  # twice: fine
    assert service.stale_notices() == []
    _outcome(engine, theirs, other.id, "refused", 0)
    [refused] = service.stale_notices()
    assert refused.status == "refused"
    service.save(other, 0, "alex")  # made again: the notice is done
    assert service.stale_notices() == []


def test_an_import_queues_only_what_changed(service: ListingService, engine: Engine) -> None:
    for listing in LISTINGS[:3]:
        _mirror(engine, listing.id, "listing", listing_to_json(listing), version=2)
    changed = replace(LISTINGS[1], summary="New summary")
    parsed = Parsed(listings=(LISTINGS[0], changed, LISTINGS[5]),
                    removals=(Removal(LISTINGS[2].id, "feed", "deleted in the feed"),))
    merged, report = merge(service.existing(), parsed)

    saved = service.import_listings([merged[i] for i in report.ids(Action.ADDED, Action.UPDATED)],
                                    remove=report.ids(Action.REMOVED))

    assert (saved.saved, saved.archived, saved.unchanged) == (2, 1, 0)
    again = service.import_listings([LISTINGS[0], changed], staff_label="import")
    assert (again.saved, again.archived, again.unchanged) == (0, 0, 2)
    shown = {s.listing.id: (s.version, s.pending, s.archived) for s in service.listings(include_archived=True)}
    assert shown == {LISTINGS[0].id: (2, False, False), LISTINGS[1].id: (3, True, False),
                     LISTINGS[2].id: (3, True, True), LISTINGS[5].id: (1, True, False)}


def test_photos_are_kept_by_their_sha256_and_sent_once(service: ListingService, engine: Engine,
                                                       tmp_path: Path) -> None:
    assert service.add_photo(SHA, JPEG) == SHA
    assert service.add_photo(SHA, JPEG) == SHA
    assert (tmp_path / "photos" / f"{SHA}.jpg").read_bytes() == JPEG
    assert service.photo_path(SHA) == tmp_path / "photos" / f"{SHA}.jpg"
    with engine.connect() as conn:
        [row] = conn.execute(select(CHANGES)).all()
    assert (row.kind, row.content_id, row.base_version) == ("photo", photo_id(SHA), 0)
    assert base64.b64decode(json.loads(row.payload)["jpeg_b64"]) == JPEG
    with pytest.raises(ValueError, match="do not match"):
        service.add_photo(SHA, JPEG + b"x")
    with pytest.raises(ValueError, match="not a JPEG"):
        service.add_photo(hashlib.sha256(b"GIF89a").hexdigest(), b"GIF89a")
    big = b"\xff\xd8\xff" + bytes(MAX_PHOTO_BYTES)
    with pytest.raises(ValueError, match="at most"):
        service.add_photo(hashlib.sha256(big).hexdigest(), big)
    with pytest.raises(ValueError, match="not a photo key"):
        service.add_photo("../../etc/passwd", JPEG)


def test_a_pulled_photo_is_written_out_on_first_use(service: ListingService, engine: Engine,
                                                    tmp_path: Path) -> None:
    _mirror(engine, photo_id(SHA), "photo", {"sha256": SHA, "jpeg_b64": base64.b64encode(JPEG).decode()})
    other = hashlib.sha256(b"\xff\xd8\xffother").hexdigest()
    _mirror(engine, photo_id(other), "photo", {"sha256": other, "jpeg_b64": base64.b64encode(JPEG).decode()})

    path = service.photo_path(SHA)

    assert path == tmp_path / "photos" / f"{SHA}.jpg" and path.read_bytes() == JPEG
    assert service.photo_path(other) is None  # its bytes are not what its key says
    assert service.photo_path("f" * 64) is None and service.photo_path("not a key") is None
    assert not (tmp_path / "photos" / f"{other}.jpg").exists()


def _listing_with_photo(listing: Listing) -> Listing:
    return replace(listing, photo=SHA)


def test_a_listing_names_its_photo_by_key(service: ListingService) -> None:
    service.add_photo(SHA, JPEG)
    saved = service.save(_listing_with_photo(LISTINGS[0]), 0, "sam")
    [shown] = service.listings()
    assert shown.listing.photo == SHA == saved.listing.photo
    assert service.photo_path(shown.listing.photo or "") is not None
