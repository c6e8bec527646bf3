"""Staff edits and wall decisions travel kiosk → central → every kiosk of the site, through the real sync
cycle; a stale edit is detected and reported, never silently applied. Each test runs on a SQLite central
file (the push applies changes in Python) and on a real PostgreSQL server where every kiosk logs in as its
own least-privilege role (a trigger applies them)."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from kiosk import features
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.core.errors import StaleEdit
from kiosk.data.content import publish_content
from kiosk.data.models import Base
from kiosk.data.services import Services
from kiosk.sync.cycle import SyncCycle
from kiosk.sync.decisions import PersonLogin
from kiosk.wall.rules.messages import MessageStatus, WallMessage
from kiosk.wall.store import WallService
from kiosk.whatson.rules.demo_listings import demo_listings
from kiosk.whatson.rules.listings import Listing
from kiosk.whatson.store import ListingService, photo_id
from tests.sync.kiosks import central_db, count, kiosk_config, kiosk_login, local_store, staff_person

CONTENT = Base.metadata.tables["site_content"]
TODAY = date(2026, 11, 25)
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"


@dataclass
class Kiosk:
    config: settings.Config
    local: Engine
    cycle: SyncCycle
    listings: ListingService
    wall: WallService

    def sync(self) -> None:
        report = self.cycle.run()
        assert report.ok, report.error


@dataclass
class Site:
    admin: Engine
    a: Kiosk  # riverside
    b: Kiosk  # riverside
    c: Kiosk  # harbour: another site
    sam: PersonLogin | None = None  # riverside's staff member (PostgreSQL only), signed in on a and b
    hal: PersonLogin | None = None  # harbour's


@contextlib.contextmanager
def _kiosk(admin: Engine, url: str, root: Path, site: str, kiosk_id: str, clock: ManualClock,
           person: PersonLogin | None = None) -> Iterator[Kiosk]:
    login = kiosk_login(admin, url, site, kiosk_id)
    config = kiosk_config(root, login.url, kiosk_id=kiosk_id, site=site)
    with local_store(config) as local:
        # the features' pull appliers (the wall's decisions), as the app and `kiosk sync` give them
        cycle = SyncCycle(config, clock, env=login.env, local=local, services=features.wire(Services(config, clock)))
        cycle.sign_in(person)  # on PostgreSQL a member of staff is signed in: their decisions travel
        try:
            yield Kiosk(config, local, cycle, ListingService(local, site, kiosk_id, clock, config.data_dir / "photos"),
                        WallService(local, site, kiosk_id, clock))
        finally:
            cycle.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def site(request: pytest.FixtureRequest, tmp_path: Path, clock: ManualClock) -> Iterator[Site]:
    url = str(tmp_path / "central.sqlite3") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    admin = central_db(url, sites=("riverside", "harbour"))
    river, harbour = staff_person(admin, "sam", ("riverside",)), staff_person(admin, "hal", ("harbour",))
    try:
        with (_kiosk(admin, url, tmp_path, "riverside", "a", clock, river) as a,
              _kiosk(admin, url, tmp_path, "riverside", "b", clock, river) as b,
              _kiosk(admin, url, tmp_path, "harbour", "c", clock, harbour) as c):
            yield Site(admin, a, b, c, river, harbour)
    finally:
        admin.dispose()


def _listing(n: int = 0) -> Listing:
    return demo_listings(TODAY)[n]


def _titles(k: Kiosk) -> dict[uuid.UUID, tuple[str, int, bool]]:
    return {s.listing.id: (s.listing.title, s.version, s.pending) for s in k.listings.listings()}


def _central_item(admin: Engine, content_id: uuid.UUID) -> tuple[int, dict[str, object]] | None:
    with admin.connect() as conn:
        row = conn.execute(select(CONTENT.c.version, CONTENT.c.payload).where(CONTENT.c.id == content_id)).first()
    return None if row is None else (row.version, json.loads(row.payload))


def _message(k: Kiosk, clock: ManualClock, words: str, status: MessageStatus) -> WallMessage:
    message = WallMessage.new(text=words, site=k.config.site_id, kiosk=k.config.kiosk_id, language="en",
                              status=status, clock=clock)
    return k.wall.add(message)


def test_a_staff_edit_reaches_every_kiosk_of_the_site_and_no_other(site: Site, clock: ManualClock) -> None:
    listing = _listing()
    shown = site.a.listings.save(listing, 0, "sam")
    assert (shown.version, shown.pending) == (1, True)
    assert _titles(site.a) == {listing.id: (listing.title, 1, True)}  # shown at once where it was made

    site.a.sync()
    site.b.sync()
    site.c.sync()

    assert _titles(site.a) == {listing.id: (listing.title, 1, False)}  # confirmed
    assert _titles(site.b) == {listing.id: (listing.title, 1, False)}
    assert _titles(site.c) == {}
    assert count(site.c.local, "site_content") == 0  # not even the outcome reaches another site
    edited = replace(listing, title="Café morning (new time)")
    site.b.listings.save(edited, 1, "alex")
    clock.advance(10)
    site.b.sync()
    site.a.sync()
    assert _titles(site.a) == {listing.id: ("Café morning (new time)", 2, False)}
    item = _central_item(site.admin, listing.id)
    assert item is not None and item[0] == 2 and item[1]["title"] == "Café morning (new time)"
    assert site.a.listings.stale_notices() == site.b.listings.stale_notices() == []


def test_a_stale_edit_is_reported_to_staff_and_not_applied(site: Site, clock: ManualClock) -> None:
    listing = _listing()
    site.a.listings.save(listing, 0, "sam")
    site.a.sync()
    site.b.sync()
    site.a.listings.save(replace(listing, title="A's title"), 1, "sam")  # both edit version 1
    site.b.listings.save(replace(listing, title="B's title"), 1, "alex")

    site.a.sync()  # A first: applied
    site.b.sync()  # B's edit was based on version 1, but it is now 2: stale
    site.a.sync()

    item = _central_item(site.admin, listing.id)
    assert item is not None and (item[0], item[1]["title"]) == (2, "A's title")
    assert _titles(site.a) == _titles(site.b) == {listing.id: ("A's title", 2, False)}
    [notice] = site.b.listings.stale_notices()
    assert (notice.listing_id, notice.status, notice.edited_version, notice.current_version) == (
        listing.id, "stale", 1, 2)
    assert notice.proposed is not None and notice.proposed.title == "B's title"  # B's edit is not lost
    assert notice.staff_label == "alex" and not notice.archiving
    assert [s.stale for s in site.b.listings.listings()] == [True]
    assert site.a.listings.stale_notices() == []

    site.b.listings.save(notice.proposed, 2, "alex")  # made again on the current version
    assert site.b.listings.stale_notices() == []  # and the notice is done
    site.b.sync()
    site.a.sync()
    assert _titles(site.a) == {listing.id: ("B's title", 3, False)}


def test_an_edit_based_on_an_old_version_is_refused_on_the_kiosk_at_once(site: Site) -> None:
    listing = _listing()
    site.a.listings.save(listing, 0, "sam")
    site.a.sync()
    site.b.sync()
    site.a.listings.save(replace(listing, title="newer"), 1, "sam")
    site.a.sync()
    site.b.sync()  # B now knows version 2
    with pytest.raises(StaleEdit) as info:
        site.b.listings.save(replace(listing, title="from an old screen"), 1, "alex")
    assert (info.value.expected, info.value.found) == (1, 2)
    assert count(site.b.local, "content_change") == 0


def test_two_edits_made_offline_one_after_the_other_both_apply(site: Site) -> None:
    listing = _listing()
    site.a.listings.save(listing, 0, "sam")
    second = site.a.listings.save(replace(listing, title="typo fixed"), 1, "sam")  # before any sync
    archived = site.a.listings.archive(listing.id, second.version, "sam")
    assert archived.version == 3 and archived.archived

    site.a.sync()
    site.b.sync()

    item = _central_item(site.admin, listing.id)
    assert item is not None and item[0] == 3
    assert site.b.listings.listings() == []
    [gone] = site.b.listings.listings(include_archived=True)
    assert (gone.listing.title, gone.version, gone.archived) == ("typo fixed", 3, True)
    assert site.a.listings.stale_notices() == []


def test_a_chained_offline_edit_does_not_land_on_someone_elses_version(site: Site) -> None:
    """A's second edit builds on its first; when the first turns out stale, the second must not apply even
    though its base version now matches B's."""
    listing = _listing()
    site.a.listings.save(listing, 0, "sam")
    site.a.sync()
    site.b.sync()
    site.a.listings.save(replace(listing, title="A1"), 1, "sam")
    site.a.listings.save(replace(listing, title="A2"), 2, "sam")  # builds on A1, still unconfirmed
    site.b.listings.save(replace(listing, title="B1"), 1, "alex")
    site.b.sync()  # B's edit makes version 2
    site.a.sync()

    item = _central_item(site.admin, listing.id)
    assert item is not None and (item[0], item[1]["title"]) == (2, "B1")
    assert sorted(n.proposed.title for n in site.a.listings.stale_notices() if n.proposed) == ["A1", "A2"]
    assert _titles(site.a) == {listing.id: ("B1", 2, False)}


def test_a_change_for_another_sites_content_is_refused(site: Site) -> None:
    theirs = publish_content(site.admin, "harbour", "listing", {"title": "harbour's"}, "admin")
    listing = replace(_listing(), id=theirs.id)
    site.a.listings.save(listing, 0, "sam")
    site.a.sync()
    with site.admin.connect() as conn:
        assert conn.execute(select(CONTENT.c.site, CONTENT.c.payload).where(CONTENT.c.id == theirs.id)).one() == (
            "harbour", '{"title": "harbour\'s"}')
    [notice] = site.a.listings.stale_notices()
    assert (notice.status, notice.current_version) == ("refused", 0)


def test_a_change_sent_twice_is_applied_once(site: Site) -> None:
    listing = _listing()
    site.a.listings.save(listing, 0, "sam")
    site.a.sync()
    with site.a.local.begin() as conn:  # as if the mark had been lost
        conn.execute(text("UPDATE content_change SET synced_at = NULL"))
    site.a.sync()
    item = _central_item(site.admin, listing.id)
    assert item is not None and item[0] == 1
    assert count(site.admin, "site_content", "WHERE kind = 'change_result'") == 1
    assert site.a.listings.stale_notices() == []


def test_an_auto_approved_message_shows_on_its_kiosk_only_until_a_person_approves_it(site: Site,
                                                                                      clock: ManualClock) -> None:
    message = _message(site.a, clock, "The librarian found my lost glasses!", MessageStatus.APPROVED)
    waiting = _message(site.a, clock, "Waiting for staff", MessageStatus.PENDING)
    assert [c.id for c in site.a.wall.board()] == [message.id]
    assert count(site.a.local, "content_change") == 0  # the filter is not a person: nothing for the site

    site.a.sync()
    site.b.sync()
    assert site.b.wall.board() == [] and site.b.wall.message(message.id) is None
    with site.admin.connect() as conn:  # the full text of both reached the central database
        texts = set(conn.execute(text("SELECT text FROM wall_message")).scalars())
    assert texts == {message.text, waiting.text}

    site.a.wall.decide(message.id, MessageStatus.APPROVED, staff_label="sam")  # a person approves it for the site
    site.a.sync()
    site.b.sync()
    site.c.sync()
    [card] = site.b.wall.board()
    assert (card.id, card.text, card.kiosk, card.created_at, card.pinned) == (
        message.id, message.text, "a", message.created_at, False)
    assert site.b.wall.queue() == [] and site.c.wall.board() == []
    assert site.b.wall.message(waiting.id) is None  # a message waiting for staff stays on its kiosk


def _shown_on_the_site(site: Site, clock: ManualClock, words: str) -> WallMessage:
    """A message the filter approved on kiosk A and a person then approved for the whole site."""
    message = _message(site.a, clock, words, MessageStatus.APPROVED)
    site.a.wall.decide(message.id, MessageStatus.APPROVED, staff_label="sam")
    return message


def test_a_message_hidden_on_one_kiosk_disappears_from_the_others_in_one_cycle(site: Site,
                                                                               clock: ManualClock) -> None:
    message = _shown_on_the_site(site, clock, "Thank you to the man who held the door")
    site.a.sync()
    site.b.sync()
    assert site.b.wall.board_count() == 1

    site.a.wall.decide(message.id, MessageStatus.HIDDEN, reason="asked to by the writer", staff_label="sam")
    assert site.a.wall.board() == []  # at once where it was hidden
    site.a.sync()
    site.b.sync()

    assert site.b.wall.board() == [] and site.b.wall.board_count() == 0
    hidden = site.b.wall.message(message.id)
    assert hidden is not None and hidden.status is MessageStatus.HIDDEN
    with site.admin.connect() as conn:
        payload = json.loads(conn.execute(select(CONTENT.c.payload).where(CONTENT.c.id == message.id)).scalar_one())
    assert (payload["status"], payload["text"]) == ("hidden", "")  # the text no longer travels

    site.b.wall.decide(message.id, MessageStatus.APPROVED, pinned=True)  # unhide and pin, on the other kiosk
    site.b.sync()
    site.a.sync()
    [card] = site.a.wall.board()
    assert (card.id, card.pinned, card.text) == (message.id, True, message.text)


def test_a_pending_message_approved_by_staff_reaches_the_site(site: Site, clock: ManualClock) -> None:
    message = _message(site.a, clock, "Lovely staff", MessageStatus.PENDING)
    site.a.sync()
    site.b.sync()
    assert site.b.wall.board() == []
    assert [m.id for m in site.a.wall.queue()] == [message.id]
    site.a.wall.decide(message.id, MessageStatus.APPROVED, staff_label="sam")
    assert site.a.wall.queue() == []
    site.a.sync()
    site.b.sync()
    assert [c.id for c in site.b.wall.board()] == [message.id]


def test_a_stale_wall_decision_gives_way_to_the_central_one(site: Site, clock: ManualClock) -> None:
    message = _shown_on_the_site(site, clock, "Kind words")
    site.a.sync()
    site.b.sync()
    site.b.wall.decide(message.id, MessageStatus.APPROVED, pinned=True)  # B pins …
    site.a.wall.decide(message.id, MessageStatus.HIDDEN)  # … while A hides the same version
    site.b.sync()
    site.a.sync()
    site.b.sync()
    for k in (site.a, site.b):  # both show what the central database has: pinned, on the wall
        [card] = k.wall.board()
        assert (card.id, card.pinned) == (message.id, True)


def test_photos_travel(site: Site) -> None:
    sha = hashlib.sha256(JPEG).hexdigest()
    assert site.a.listings.add_photo(sha, JPEG) == sha
    assert site.a.listings.add_photo(sha, JPEG) == sha  # twice: sent once
    listing = replace(_listing(), photo=sha)
    site.a.listings.save(listing, 0, "sam")
    site.a.sync()
    site.b.sync()
    site.c.sync()

    [shown] = site.b.listings.listings()
    assert shown.listing.photo == sha
    path = site.b.listings.photo_path(sha)
    assert path is not None and path.read_bytes() == JPEG and path.name == f"{sha}.jpg"
    assert site.c.listings.photo_path(sha) is None
    with site.admin.connect() as conn:
        payload = json.loads(conn.execute(select(CONTENT.c.payload).where(CONTENT.c.id == photo_id(sha))).scalar_one())
    assert base64.b64decode(payload["jpeg_b64"]) == JPEG
    assert count(site.a.local, "content_change", "WHERE kind = 'photo'") == 1


# -- a person's authority (PostgreSQL: a kiosk's own login may not send decisions) ------------------------

@pytest.fixture
def pg_site(site: Site) -> Site:
    if site.sam is None:
        pytest.skip("a SQLite central has no logins")
    return site


def test_without_a_person_signed_in_decisions_show_on_their_kiosk_only(pg_site: Site, clock: ManualClock) -> None:
    site = pg_site
    assert site.sam is not None
    message = _message(site.a, clock, "Lovely staff", MessageStatus.PENDING)
    site.a.cycle.sign_in(None)  # staff left; what they decided stays here, and waits for a person
    site.a.wall.decide(message.id, MessageStatus.APPROVED, pinned=True, staff_label="sam")
    listing = _listing()
    site.a.listings.save(listing, 0, "sam")
    report = site.a.cycle.run()
    assert report.ok and report.push is not None
    assert report.push.tables["content_change"].sent == 0 and report.push.tables["wall_message"].sent == 1
    site.b.sync()
    assert site.b.wall.board() == [] and _titles(site.b) == {}
    assert [c.id for c in site.a.wall.board()] == [message.id]  # applied here at once
    assert _titles(site.a) == {listing.id: (listing.title, 1, True)}  # and shown as waiting
    assert count(site.a.local, "content_change", "WHERE synced_at IS NULL") == 2

    site.a.cycle.sign_in(site.sam)  # a member of staff signs in with their own login
    report = site.a.cycle.run()
    assert report.ok and report.push is not None and report.decisions_error is None
    assert report.push.tables["content_change"].stored == 2
    site.b.sync()
    [card] = site.b.wall.board()
    assert (card.id, card.pinned) == (message.id, True)
    assert _titles(site.b) == {listing.id: (listing.title, 1, False)}
    with site.admin.connect() as conn:  # the server names the person whose login sent them
        assert set(conn.execute(text("SELECT updated_by FROM site_content")).scalars()) == {"sam"}


def test_a_wrong_staff_password_keeps_the_decisions_and_the_answers_still_go(pg_site: Site,
                                                                           clock: ManualClock) -> None:
    site = pg_site
    site.a.cycle.sign_in(PersonLogin("sam", "not-the-password"))
    site.a.listings.save(_listing(), 0, "sam")
    message = _message(site.a, clock, "Kind", MessageStatus.PENDING)
    report = site.a.cycle.run()
    assert report.ok and report.push is not None
    assert report.decisions_error is not None and "did not accept the staff login 'sam'" in report.decisions_error
    assert "not-the-password" not in report.decisions_error
    assert report.push.tables["wall_message"].sent == 1
    assert count(site.a.local, "content_change", "WHERE synced_at IS NULL") == 1
    assert count(site.admin, "wall_message", "WHERE id = :i", i=message.id) == 1
    assert count(site.admin, "site_content") == 0


def test_staff_of_another_site_cannot_send_this_sites_decisions(pg_site: Site) -> None:
    site = pg_site
    assert site.hal is not None
    site.a.cycle.sign_in(site.hal)  # harbour's staff member, at a riverside kiosk
    site.a.listings.save(_listing(), 0, "hal")
    report = site.a.cycle.run()
    assert report.ok and report.decisions_error is not None
    assert "may not decide for this site" in report.decisions_error
    assert count(site.admin, "site_content") == 0
    assert count(site.a.local, "content_change", "WHERE synced_at IS NULL") == 1
