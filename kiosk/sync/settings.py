"""The site's settings from the centre, on a kiosk: read from the local mirror of the site's content (the pull
brings the "settings" row like any other: kiosk.sync.pull), checked by the config schema, laid over the kiosk's
own file, and announced as `SiteSettingsChanged` so the running kiosk uses them at once (kiosk.core.site_settings
says what is stored and why; the shell, the wall and the sleeping screen listen).

    announce(services, config, local)   # after a pull that brought "settings", and once when the store opens
    central_now(local, config)          # what the centre sets now (for `kiosk sync --status`)

A value this kiosk cannot use (written by an older or newer version, or by hand) is skipped: the kiosk keeps its
file's value for that key and logs one line naming the keys — never the values, which could say anything.
Thread: the kiosk-sync thread (after a pull), the database thread (at start-up) or the CLI's main thread.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, select

from kiosk.core.config import Config
from kiosk.core.events import SiteSettingsChanged
from kiosk.core.site_settings import KIND, Central, read_payload, settings_id, with_central
from kiosk.data.content import CONTENT
from kiosk.data.services import Services

log = logging.getLogger(__name__)


def central_now(local: Engine, config: Config) -> Central | None:
    """The centre's settings for this kiosk's site as last pulled, or None when the centre has set none."""
    site = config.site_id
    with local.connect() as conn:
        text = conn.execute(select(CONTENT.c.payload).where(
            CONTENT.c.id == settings_id(site), CONTENT.c.site == site, CONTENT.c.kind == KIND,
            CONTENT.c.archived.is_(False))).scalar()
    return None if text is None else read_payload(text)


def announce(services: Services, config: Config, local: Engine, *, always: bool = True) -> SiteSettingsChanged | None:
    """Publishes the settings in use from now on (`config`, the file's, with the centre's good values over it).
    With `always` False nothing is published while the centre has set nothing (start-up: the file rules)."""
    central = central_now(local, config)
    if central is None and not always:
        return None
    central = central or Central({})
    if central.rejected:
        log.warning("site settings from the centre: keeping this kiosk's own value for %s (not valid for this "
                    "version)", ", ".join(central.rejected))
    event = SiteSettingsChanged(with_central(config, central.values), tuple(central.values))
    services.publish(event)
    return event
