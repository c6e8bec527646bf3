"""The office's per-site kiosk settings: read and write each site's settings record on the central database,
as the signed-in person (kiosk.core.site_settings says what the record is and why it is a `site_content` row).

    read(engine, sites)                                   # {site: SiteSettings(values, version, by, at)}
    save(engine, site, values, by="alice", version=3)     # the new SiteSettings; `values` checked first

Who may write is decided by PostgreSQL, not here: managers any site's settings (a policy for this kind only),
staff their own sites' (their `site_content` policy), kiosks nothing (kiosk.sync.roles; migration 0008's trigger
refuses any kiosk login too). Values are checked by the config schema before anything is written (a problem is a
`SettingsError` with code "settings_invalid" and the schema's sentences); an edit based on a version someone else
changed meanwhile is refused ("settings_stale"), never overwritten. On the demo's SQLite central whoever opens the
file may write every site's. Thread: the database thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from kiosk.core.errors import KioskError, StaleEdit
from kiosk.core.site_settings import KIND, check, payload, read_payload, settings_id
from kiosk.data.content import CONTENT, publish_content


class SettingsError(KioskError):
    kind = "office"

    def __init__(self, message: str, *, code: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message, code=code)
        self.problems = problems


@dataclass(frozen=True)
class SiteSettings:
    values: Mapping[str, Any] = field(default_factory=dict)  # the keys set centrally (good values only)
    version: int = 0  # 0: never written
    updated_by: str = ""
    updated_at: datetime | None = None
    unusable: tuple[str, ...] = ()  # keys stored with a value this version cannot use (kept by kiosks' files)


def read(engine: Engine, sites: tuple[str, ...]) -> dict[str, SiteSettings]:
    """Each of `sites`' settings (an empty SiteSettings where none were ever saved, or none may be read)."""
    ids = {settings_id(s): s for s in sites}
    found = {s: SiteSettings() for s in sites}
    if not ids:
        return found
    q = select(CONTENT.c.id, CONTENT.c.site, CONTENT.c.payload, CONTENT.c.version, CONTENT.c.updated_by,
               CONTENT.c.updated_at).where(CONTENT.c.id.in_(list(ids)), CONTENT.c.kind == KIND)
    with engine.connect() as conn:
        for row in conn.execute(q):
            if ids.get(row.id) != row.site:
                continue
            central = read_payload(row.payload)
            found[row.site] = SiteSettings(central.values, row.version, row.updated_by or "", row.updated_at,
                                           central.rejected)
    return found


def save(engine: Engine, site: str, values: Mapping[str, Any], *, by: str, version: int) -> SiteSettings:
    """Checks `values` (the keys set centrally; the rest: the kiosk's file decides) and writes them as the
    signed-in person, based on `version` (0: none saved yet)."""
    good, problems = check(values)
    if problems:
        raise SettingsError("; ".join(problems), code="settings_invalid", problems=tuple(problems))
    try:
        publish_content(engine, site, KIND, payload(good), by[:63], version, content_id=settings_id(site))
    except (StaleEdit, IntegrityError):  # changed meanwhile, or two people saved a site's first settings at once
        raise SettingsError("someone else changed these settings meanwhile", code="settings_stale") from None
    return read(engine, (site,))[site]

