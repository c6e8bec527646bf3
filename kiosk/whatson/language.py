"""The language the What's on and staff listing screens speak now: the config's language at first, then what
kiosk.core.events.LanguageChanged on the event hub says. View models ask `on_change` to hear of a switch —
after this object has followed it — and re-announce their words; `words()` gives the listing words (times,
days, prices) for the language in use. Nothing here caches a translated phrase. Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.core.event_hub import EventHub
from kiosk.core.events import LanguageChanged

if TYPE_CHECKING:
    from kiosk.whatson.listing_text import ListingWords


class LanguageNow:
    def __init__(self, language: str, events: EventHub | None = None) -> None:
        self.code = language
        self._listeners: list[Callable[[], None]] = []
        if events is not None:
            events.subscribe(LanguageChanged, self._changed)

    def words(self) -> ListingWords:
        """The listing words in the language in use now (imported on first use: it pulls in the domain)."""
        from kiosk.whatson.listing_text import words_for

        return words_for(self.code)

    def on_change(self, callback: Callable[[], None]) -> None:
        self._listeners.append(callback)

    def _changed(self, event: LanguageChanged) -> None:
        self.code = event.language
        for callback in list(self._listeners):
            callback()
