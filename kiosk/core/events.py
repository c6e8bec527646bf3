"""What changed: the events every write use case reports, and the sync pull too (kiosk.core.event_hub
delivers them). Small immutable values that say what changed, never how to redraw it. Pure: no Qt.
Thread: any.

Each is a plain class with `__slots__` on the `Event` base, which gives every event a value's behaviour: equal
to an event of the same type with the same fields, hashable, immutable, shown with its fields. Not frozen
dataclasses, though they read like one: `@dataclass(frozen=True)` writes and compiles six methods per class when
the module is imported (`exec`), about 0.3 ms a class, and this module is imported before the home screen's first
frame — the seven classes cost 2.2 ms of it, on the path to the first frame (README "Where the start-up time goes").
"""

from __future__ import annotations

from typing import Any

from kiosk.core.errors import KioskError


class Event:
    """The base of every event: what changed, never how to redraw it. Its fields are its `__slots__`."""

    __slots__: tuple[str, ...] = ()

    def _set(self, **fields: object) -> None:
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, Event) and other._values() == self._values()

    def __hash__(self) -> int:
        return hash((type(self), self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"an event cannot be changed ({type(self).__name__}.{name})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"an event cannot be changed ({type(self).__name__}.{name})")


class CheckInRecorded(Event):
    __slots__ = ("answer",)
    answer: str

    def __init__(self, answer: str) -> None:
        self._set(answer=answer)


class ListingsChanged(Event):
    __slots__ = ("site",)
    site: str

    def __init__(self, site: str) -> None:
        self._set(site=site)


class WallChanged(Event):
    __slots__ = ("site",)
    site: str

    def __init__(self, site: str) -> None:
        self._set(site=site)


class SyncFinished(Event):
    """A sync cycle ended; `applied` is what the pull changed (e.g. ("listing", "wall")); `problem` is what
    went wrong (a typed error with a code: the words for staff come from kiosk.shell.error_words)."""

    __slots__ = ("applied", "ok", "problem")
    ok: bool
    applied: tuple[str, ...]
    problem: KioskError | None

    def __init__(self, ok: bool, applied: tuple[str, ...] = (), problem: KioskError | None = None) -> None:
        self._set(ok=ok, applied=applied, problem=problem)


class LanguageChanged(Event):
    __slots__ = ("language",)
    language: str

    def __init__(self, language: str) -> None:
        self._set(language=language)


class SiteSettingsChanged(Event):
    """The site's settings from the centre arrived or changed (kiosk.core.site_settings): `config` is what the
    kiosk uses from now on (its file with the centre's values over it), `central` the keys the centre set."""

    __slots__ = ("central", "config")
    config: Any  # a kiosk.core.config.Config (not imported: events are pure, the config module reads files)
    central: tuple[str, ...]

    def __init__(self, config: Any, central: tuple[str, ...] = ()) -> None:
        self._set(config=config, central=central)
