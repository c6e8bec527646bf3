"""What changed: the events every write use case reports, and the sync pull too (kiosk.core.event_hub
delivers them). Small frozen dataclasses that say what changed, never how to redraw it. Pure: no Qt.
Thread: any.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.core.errors import KioskError


@dataclass(frozen=True)
class Event:
    """The base of every event: what changed, never how to redraw it."""


@dataclass(frozen=True)
class CheckInRecorded(Event):
    answer: str


@dataclass(frozen=True)
class ListingsChanged(Event):
    site: str


@dataclass(frozen=True)
class WallChanged(Event):
    site: str


@dataclass(frozen=True)
class SyncFinished(Event):
    """A sync cycle ended; `applied` is what the pull changed (e.g. ("listing", "wall")); `problem` is what
    went wrong (a typed error with a code: the words for staff come from kiosk.shell.error_words)."""

    ok: bool
    applied: tuple[str, ...] = ()
    problem: KioskError | None = None


@dataclass(frozen=True)
class LanguageChanged(Event):
    language: str


@dataclass(frozen=True)
class SiteSettingsChanged(Event):
    """The site's settings from the centre arrived or changed (kiosk.core.site_settings): `config` is what the
    kiosk uses from now on (its file with the centre's values over it), `central` the keys the centre set."""

    config: Any  # a kiosk.core.config.Config (not imported: events are pure, the config module reads files)
    central: tuple[str, ...] = ()
