"""Where results come from: anything that can count answers into tallies for a query (the local store, the
central aggregates). Screens, reports and alerts take a `TallySource`, so they work the same on a kiosk offline
and against the central database. Thread: whichever thread the source's owner uses (the database thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kiosk.results.rules.tally import ResultsQuery, Tally


@dataclass(frozen=True, slots=True)
class Scope:
    """What a source covers, said to the reader: "this kiosk only" or the sites of the central database."""

    kind: str  # "kiosk" (this kiosk's own answers) or "central" (every kiosk of the sites below)
    sites: tuple[str, ...]
    kiosk: str = ""


class TallySource(Protocol):
    def scope(self) -> Scope: ...

    def tallies(self, query: ResultsQuery) -> list[Tally]: ...
