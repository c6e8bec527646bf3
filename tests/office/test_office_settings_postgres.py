"""Kiosk settings on a real PostgreSQL, each as the person's or kiosk's own login: a manager changes site A's
welcome line and idle timeout in the office window, and after a real sync a kiosk of site A uses them and a kiosk
of site B does not; staff of site B cannot change site A's settings (PostgreSQL refuses, whatever the window
does) but may change their own site's; a kiosk's login can never write settings."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from kiosk import features
from kiosk.core.clock import ManualClock
from kiosk.core.event_hub import EventHub
from kiosk.core.events import SiteSettingsChanged
from kiosk.core.site_settings import settings_id
from kiosk.data.engine import make_engine
from kiosk.data.services import Services
from kiosk.office.settings_store import SettingsError, read, save
from kiosk.office.window import Office
from kiosk.shell.shell_model import ShellViewModel
from kiosk.sync.central import add_user
from kiosk.sync.cycle import SyncCycle
from tests.office.conftest import click, sign_in
from tests.office.test_office_settings import _choose, _paste, _save
from tests.support.qtprops import prop
from tests.sync.kiosks import central_db, kiosk_config, kiosk_login, local_store

pytestmark = [pytest.mark.postgres,
              pytest.mark.qt_log_ignore(r"^This plugin does not support setting window masks$")]


@contextlib.contextmanager
def _kiosk(admin: Engine, url: str, root: Path, site: str, clock: ManualClock) -> Iterator[
        tuple[SyncCycle, ShellViewModel, str]]:
    """A kiosk's own sync (its own PostgreSQL login) and the shell that shows its welcome line and counts idle time,
    wired as kiosk.app wires them (the event hub delivers what the pull brought)."""
    login = kiosk_login(admin, url, site, f"{site}-1")
    config = kiosk_config(root, login.url, kiosk_id=f"{site}-1", site=site)
    with local_store(config) as local:
        hub = EventHub()
        shell = ShellViewModel(config, clock)
        hub.subscribe(SiteSettingsChanged, lambda e: shell.use_config(e.config))
        cycle = SyncCycle(config, clock, env=login.env, local=local,
                          services=features.wire(Services(config, clock, publish=hub.publish)))
        try:
            yield cycle, shell, login.url
        finally:
            cycle.close()
            shell.deleteLater()


def _sync(cycle: SyncCycle) -> None:
    report = cycle.run()
    assert report.ok, report.error


def test_a_manager_sets_site_as_settings_in_the_office_and_only_its_kiosks_use_them(
        qtbot: QtBot, make_office: Callable[[str], Office], pg_url: str, tmp_path: Path,
        clock: ManualClock) -> None:
    admin = central_db(pg_url, sites=("riverside", "harbour"))
    office_url = make_url(pg_url)._replace(username=None, password=None).render_as_string(hide_password=False)
    try:
        with _kiosk(admin, pg_url, tmp_path, "riverside", clock) as (river, river_shell, _), \
                _kiosk(admin, pg_url, tmp_path, "harbour", clock) as (harbour, harbour_shell, _):
            mia = add_user(admin, "manager", "mia")
            office = make_office(office_url)
            with qtbot.waitSignal(office.settings.loaded, timeout=30_000):
                assert sign_in(qtbot, office, "mia", mia.password), prop(office.office, "message", str)
            office.office.setPage("kiosks")
            click(office, "office.kiosks.settings")
            _choose(office, "riverside")
            _paste(qtbot, office, "site.welcome", "Tea is free on the first floor")
            _paste(qtbot, office, "screen.idle_timeout_seconds", "30")
            assert _save(qtbot, office), prop(office.settings, "message", str)

            _sync(river)
            _sync(harbour)
            assert prop(river_shell, "welcome", str) == "Tea is free on the first floor"
            assert river_shell.config.idle_timeout_seconds == 30
            assert prop(harbour_shell, "welcome", str) == "" and harbour_shell.config.idle_timeout_seconds == 45
            stored = read(admin, ("riverside",))["riverside"]
            assert stored.updated_by == "mia" and stored.version == 1

            # Staff of harbour, as their own login: not riverside's settings (row-level security), their own yes.
            bob = add_user(admin, "staff", "bob", ["harbour"])
            bob_url = make_url(office_url.replace("postgresql://", "postgresql+psycopg://", 1)).set(
                username=office.office.session.engine.url.username.replace("_u_mia", "_u_bob"),  # type: ignore[union-attr]
                password=bob.password)
            staff = make_engine(bob_url.render_as_string(hide_password=False))
            try:
                with pytest.raises(SettingsError):  # the row is not there for them: nothing to update
                    save(staff, "riverside", {"site.welcome": "Hacked"}, by="bob", version=1)
                with pytest.raises(DBAPIError):  # nor may they add one for that site (row-level security)
                    save(staff, "riverside", {"site.welcome": "Hacked"}, by="bob", version=0)
                with staff.begin() as conn:  # by hand: another site's row is not there for them
                    changed = conn.execute(text("UPDATE site_content SET payload = '{}' WHERE id = :id"),
                                           {"id": settings_id("riverside")}).rowcount
                assert changed == 0
                assert dict(read(admin, ("riverside",))["riverside"].values)["site.welcome"] == \
                    "Tea is free on the first floor"
                assert save(staff, "harbour", {"wall.policy": "auto"}, by="bob", version=0).version == 1
            finally:
                staff.dispose()

            # A kiosk's own login: never, not even its own site's settings.
            kiosk_engine = river._connect()[1]  # the kiosk's own engine, its own login
            for attempt in (lambda: save(kiosk_engine, "riverside", {"site.welcome": "Hi"}, by="k", version=1),
                            lambda: save(kiosk_engine, "riverside", {"site.welcome": "Hi"}, by="k", version=0)):
                with pytest.raises(DBAPIError):
                    attempt()
            assert dict(read(admin, ("riverside",))["riverside"].values)["site.welcome"] == \
                "Tea is free on the first floor"
    finally:
        admin.dispose()
