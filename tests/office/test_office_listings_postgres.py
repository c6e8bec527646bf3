"""The office's Listings page on a real PostgreSQL, as a staff member's own login: they see and edit only their
site's listings (another site's is neither listed nor writable — PostgreSQL refuses it), an edit made in the
office reaches a kiosk of that site through a real sync and no kiosk of another site, and a stale edit shows the
conflict view without overwriting anyone's change."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from kiosk import features
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.data.services import Services
from kiosk.office.listings_store import ListingSaveError, current, listings, save
from kiosk.office.window import Office
from kiosk.sync.central import add_user
from kiosk.sync.cycle import SyncCycle
from kiosk.whatson.rules.demo_listings import demo_listings
from kiosk.whatson.rules.listings import Listing
from kiosk.whatson.store import ListingService
from tests.office.conftest import sign_in
from tests.office.test_office_listings import _save, _type, click
from tests.support.qtprops import prop
from tests.sync.kiosks import central_db, kiosk_config, kiosk_login, local_store

pytestmark = [pytest.mark.postgres,
              pytest.mark.qt_log_ignore(r"^This plugin does not support setting window masks$")]


@dataclass
class Kiosk:
    listings: ListingService
    cycle: SyncCycle

    def sync(self) -> None:
        report = self.cycle.run()
        assert report.ok, report.error

    def titles(self) -> dict[uuid.UUID, str]:
        return {x.listing.id: x.listing.title for x in self.listings.listings()}

    def whats_on(self, tz: ZoneInfo) -> set[str]:
        """The titles its What's on shows for the coming week (the visitors' own rules)."""
        from kiosk.whatson.rules.whats_on import whats_on

        week = whats_on([x.listing for x in self.listings.listings()], datetime.now(UTC), tz, "week")
        return {e.listing.title for d in week.days for e in d.entries}


@contextlib.contextmanager
def _kiosk(admin: Engine, url: str, root: Path, site: str, kiosk_id: str, clock: ManualClock) -> Iterator[Kiosk]:
    login = kiosk_login(admin, url, site, kiosk_id)
    config = kiosk_config(root, login.url, kiosk_id=kiosk_id, site=site)
    with local_store(config) as local:
        cycle = SyncCycle(config, clock, env=login.env, local=local, services=features.wire(Services(config, clock)))
        try:
            yield Kiosk(ListingService(local, site, kiosk_id, clock, root / kiosk_id / "photos"), cycle)
        finally:
            cycle.close()


@dataclass
class Setup:
    admin: Engine
    url: str
    a: Kiosk  # riverside
    h: Kiosk  # harbour
    riverside: Listing
    harbour: Listing


@pytest.fixture
def setup(pg_url: str, tmp_path: Path, clock: ManualClock) -> Iterator[Setup]:
    admin = central_db(pg_url, sites=("riverside", "harbour"))
    office_url = make_url(pg_url)._replace(username=None, password=None).render_as_string(hide_password=False)
    demo = demo_listings(datetime.now(UTC).date())
    river, harbour = demo[1], demo[2]  # knit and natter; the warm space
    save(admin, "riverside", river, 0, "seed")
    save(admin, "harbour", harbour, 0, "seed")
    try:
        with _kiosk(admin, pg_url, tmp_path, "riverside", "a", clock) as a, \
                _kiosk(admin, pg_url, tmp_path, "harbour", "h", clock) as h:
            for k in (a, h):
                k.sync()
            assert a.titles() == {river.id: river.title} and h.titles() == {harbour.id: harbour.title}
            yield Setup(admin, office_url, a, h, river, harbour)
    finally:
        admin.dispose()


def _open(qtbot: QtBot, make_office: Callable[[str], Office], url: str, name: str, password: str) -> Office:
    office = make_office(url)
    with qtbot.waitSignal(office.listings.refreshed, timeout=30_000):
        assert sign_in(qtbot, office, name, password), prop(office.office, "message", str)
    office.office.setPage("listings")
    return office


def test_staff_edit_only_their_sites_listings_and_the_edit_reaches_its_kiosks(
        qtbot: QtBot, make_office: Callable[[str], Office], setup: Setup, config: settings.Config) -> None:
    alice = add_user(setup.admin, "staff", "alice", ["riverside"])
    office = _open(qtbot, make_office, setup.url, "alice", alice.password)
    model = office.listings
    assert model.rows_model.column("id") == [str(setup.riverside.id)]  # only her site's: RLS decides
    assert prop(model, "canEdit", bool) and prop(model, "sites", list) == ["riverside"]

    engine = office.office.session.engine  # type: ignore[union-attr]
    tz = ZoneInfo(config.timezone)
    asked = listings(engine, ("riverside", "harbour"), datetime.now(UTC), tz)  # asking for both sites …
    assert [x.listing.id for x in asked] == [setup.riverside.id]  # … PostgreSQL gives her own only
    assert current(engine, "harbour", setup.harbour.id, datetime.now(UTC), tz) is None  # not readable either
    with pytest.raises((DBAPIError, ListingSaveError)):  # … nor writable, as her own role
        save(engine, "harbour", replace(setup.harbour, title="Taken over"), 1, "alice")
    with pytest.raises((DBAPIError, ListingSaveError)):  # nor through her own site's name
        save(engine, "riverside", replace(setup.harbour, title="Taken over"), 1, "alice")

    click(office, f"office.listings.edit.{setup.riverside.id}")
    _type(office, "title", "Knit and natter — now with crochet")
    said = _save(qtbot, office)
    assert said.startswith("Saved “Knit and natter — now with crochet”.")
    setup.a.sync()
    setup.h.sync()
    assert setup.a.titles() == {setup.riverside.id: "Knit and natter — now with crochet"}  # her site's kiosk
    assert setup.h.titles() == {setup.harbour.id: setup.harbour.title}  # and no other site's
    assert setup.a.whats_on(tz) == {"Knit and natter — now with crochet"}  # its What's on shows it
    assert "Knit and natter — now with crochet" not in setup.h.whats_on(tz)
    theirs = current(setup.admin, "harbour", setup.harbour.id, datetime.now(UTC), tz)
    assert theirs is not None and (theirs.listing.title, theirs.version) == (setup.harbour.title, 1)


def test_a_stale_edit_shows_the_conflict_view(qtbot: QtBot, make_office: Callable[[str], Office], setup: Setup,
                                              config: settings.Config) -> None:
    alice = add_user(setup.admin, "staff", "alice", ["riverside"])
    bob = add_user(setup.admin, "staff", "bob", ["riverside"])
    office = _open(qtbot, make_office, setup.url, "alice", alice.password)
    model = office.listings
    click(office, f"office.listings.edit.{setup.riverside.id}")
    _type(office, "summary", "Alice's words")
    from kiosk.office.session_store import sign_in as person

    other = person(setup.url, "bob", bob.password, allow_plaintext=True)  # bob, at another desk, saves first
    try:
        save(other.engine, "riverside", replace(setup.riverside, summary="Bob's words"), 1, "bob")
    finally:
        other.close()
    with qtbot.waitSignal(model.conflict_model.shownChanged, timeout=20_000):
        click(office, "office.listing.save")
    conflict = model.conflict_model
    assert "Someone else changed “Knit and natter”" in prop(conflict, "text", str)
    assert "bob" in prop(conflict, "theirsBy", str)
    tz = ZoneInfo(config.timezone)
    now = current(setup.admin, "riverside", setup.riverside.id, datetime.now(UTC), tz)
    assert now is not None and (now.listing.summary, now.version) == ("Bob's words", 2)  # nothing overwritten
    with qtbot.waitSignals([model.done, model.refreshed], order="strict", timeout=20_000):
        click(office, "office.conflict.useMine")
    now = current(setup.admin, "riverside", setup.riverside.id, datetime.now(UTC), tz)
    assert now is not None and (now.listing.summary, now.version, now.updated_by) == ("Alice's words", 3, "alice")
