"""The What's on visit: reading the listings, and going between the list and one listing's details.

`models.whatson` holds three parts, each with one job: `filter` (the tab and chip, kiosk.whatson.filter_model),
`lists` (the lists and their kind words, kiosk.whatson.lists_model) and `detail` (the open listing, a
kiosk.whatson.detail_model.ListingDetail). This view model reads the listings on the database thread when a
visitor first opens What's on (`loader`, see kiosk.whatson.feature) — again only after `invalidate()`, which
the feature calls when the event hub says `ListingsChanged` (a staff edit, an import, a sync pull) — and
works the chosen tab's list out on the GUI thread with the pure kiosk.whatson.rules.tab_lists, at the injected
Clock's time in the site's zone. The lists are reset when the tab or chip changes, and not at all when a read
brings the same content. A language change
(kiosk.core.events.LanguageChanged) re-announces every word. Thread: GUI.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.event_hub import EventHub
from kiosk.shell.shell_model import ShellViewModel
from kiosk.whatson.detail_model import ListingDetail, detail_of
from kiosk.whatson.filter_model import WhatsOnFilter
from kiosk.whatson.language import LanguageNow
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.lists_model import WhatsOnLists

if TYPE_CHECKING:
    from kiosk.whatson.rules.listings import Listing
    from kiosk.whatson.rules.whats_on import WeekMemo

log = logging.getLogger(__name__)

# A visit reads the listings again when the last read is older than this (the sync brings changes about once a
# minute); 2,000 listings take ~0.25 s on the database thread, which a quick back-and-forth need not pay.


@dataclass(frozen=True)
class LoadedListings:
    """What the loader reads on the database thread: the listings to show and their photos' file URLs."""

    listings: tuple[Listing, ...]
    photos: dict[uuid.UUID, str] = field(default_factory=dict)  # listing id → file:// URL of a photo that exists
    signature: Hashable = None  # changes when the content changes (ids and versions)


class WhatsOnViewModel(QObject):
    loadingChanged = Signal()
    returnIndexChanged = Signal()
    detailChanged = Signal()

    def __init__(self, config: Config, clock: Clock, shell: ShellViewModel, background: Background,
                 loader: Callable[[], LoadedListings], events: EventHub | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._shell, self._background, self._loader = clock, shell, background, loader
        self._tz, self._site = ZoneInfo(config.timezone), config.site_id
        self._language = LanguageNow(shell.current_language(), events)  # a view model may be made after a switch
        self._filter = WhatsOnFilter(shell, self)
        self._lists = WhatsOnLists(self._language, self)
        self._detail = ListingDetail(None, "", self._language.words, self)
        self._shown: tuple[Listing, datetime] | None = None  # the open listing, and the moment it was opened
        self._loaded: LoadedListings | None = None
        self._by_id: dict[str, Listing] = {}
        self._reading = False
        self._failed = False
        self._dirty = True  # nothing read yet
        self._return_index = 0
        self._last_screen: str = str(shell.screen)
        self._now = clock.now().astimezone(self._tz)
        self._week: WeekMemo | None = None  # the week's sessions, worked out once a day per set of listings
        self._filter.chosen.connect(self._chosen)
        self._language.on_change(self._retranslate)
        shell.screenChanged.connect(self._on_screen)
        shell.on_home(self._reset)

    # -- properties -------------------------------------------------------------------------------------
    @Property(QObject, constant=True)
    def filter(self) -> WhatsOnFilter:
        return self._filter

    @Property(QObject, constant=True)
    def lists(self) -> WhatsOnLists:
        return self._lists

    @Property(QObject, notify=detailChanged)
    def detail(self) -> ListingDetail:
        """The open listing (an empty ListingDetail when none is open)."""
        return self._detail

    @Property(bool, notify=loadingChanged)
    def loading(self) -> bool:
        """True until the listings have been read once (the screen shows a kind "one moment")."""
        return self._loaded is None and not self._failed

    @Property(int, notify=returnIndexChanged)
    def returnIndex(self) -> int:
        """The row the visitor opened, so the list comes back where they were."""
        return self._return_index

    # -- slots ------------------------------------------------------------------------------------------
    @Slot(str, int)
    def openListing(self, listing_id: str, index: int = 0) -> None:
        self._shell.activity()
        listing = self._by_id.get(listing_id)
        if listing is None:
            return
        self._set_return_index(max(0, index))
        self.show_detail(listing)
        self._shell.show("listing")

    @Slot()
    def backToList(self) -> None:
        self._shell.activity()
        self._shell.show("whatson")

    @Slot()
    def goHome(self) -> None:
        self._shell.goHome()

    @Slot()
    def invalidate(self) -> None:
        """The listings have changed (a staff edit, an import, a pull): read them again now if What's on is
        showing, else when it next opens."""
        self._dirty = True
        if self._shell.screen in ("whatson", "listing"):
            self.reload()

    # -- loading ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Reads the listings again on the database thread; the lists update when they arrive."""
        if self._reading:
            return
        self._reading = True
        self._dirty = False
        self._background.op(self._loader).success(self._loaded_ok).failure(self._load_failed).run()

    @property
    def reading(self) -> bool:
        """A read of the listings is under way on the database thread."""
        return self._reading

    def _loaded_ok(self, loaded: LoadedListings) -> None:
        self._reading = False
        self._failed = False
        same = self._loaded is not None and loaded.signature is not None and loaded.signature == self._loaded.signature
        if not same:  # the same content again: the lists stay as they are under the visitor's finger
            self.set_listings(loaded)
        if self._dirty and self._shell.screen in ("whatson", "listing"):
            self.reload()  # changed again while this read was under way

    def _load_failed(self, error: BaseException) -> None:
        self._reading = False
        self._dirty = True  # try again on the next visit
        log.error("the listings could not be read", exc_info=error)
        if self._loaded is None:
            self._failed = True
            self.loadingChanged.emit()
            self._refresh()

    def set_listings(self, loaded: LoadedListings) -> None:
        """Shows these listings (the loader's result; benchmarks and screenshots call it directly)."""
        was_loading = self.loading
        self._loaded = loaded
        self._by_id = {str(x.id): x for x in loaded.listings}
        if was_loading:
            self.loadingChanged.emit()
        if self._shell.screen in ("whatson", "listing") or self._lists.entries_model.rowCount() or \
                self._lists.spaces_model.rowCount():
            self._refresh()

    def _on_screen(self) -> None:
        screen, previous = str(self._shell.screen), self._last_screen
        self._last_screen = screen
        if screen != "whatson":
            return
        if previous != "listing":  # a fresh visit starts at Today, Everything
            self._filter.reset()
            self._set_return_index(0)
            self._refresh()
        if self._dirty:
            self.reload()

    def _reset(self) -> None:
        self._filter.reset()
        self._set_return_index(0)
        if self._shown is not None:
            self._shown = None
            self._replace_detail(ListingDetail(None, "", self._language.words, self))

    def _chosen(self) -> None:
        self._set_return_index(0)
        self._refresh()

    def _set_return_index(self, index: int) -> None:
        if index != self._return_index:
            self._return_index = index
            self.returnIndexChanged.emit()

    # -- the lists and the detail -------------------------------------------------------------------------
    def _refresh(self) -> None:
        """Works out the chosen tab's list at the clock's time and shows it."""
        from kiosk.whatson.rules.schedules import new_day
        from kiosk.whatson.rules.tab_lists import tab_list
        from kiosk.whatson.rules.whats_on import WeekMemo

        if self._week is None:
            self._week = WeekMemo()
        if self._loaded is None:
            self._filter.hide_chips()
            self._lists.show(None, self._now, {}, failed=self._failed)
            return
        self._now = self._clock.now().astimezone(self._tz)
        new_day(self._now.date())  # the schedule memos keep only today's dates
        found = tab_list(self._loaded.listings, self._now, self._tz, self._filter.current,
                         self._filter.chosen_category, self._week)
        self._filter.show_chips(found.categories, found.category)
        self._lists.show(found, self._now, self._loaded.photos)

    def show_detail(self, listing: Listing) -> None:
        """Shows `listing` as the open listing, at the clock's time (the screen shows via openListing)."""
        self._now = self._clock.now().astimezone(self._tz)
        self._shown = (listing, self._now)
        self._replace_detail(self._make_detail(listing, self._now))

    def _make_detail(self, listing: Listing, now: datetime) -> ListingDetail:
        photo = self._loaded.photos.get(listing.id, "") if self._loaded else ""
        return detail_of(listing, photo, now, self._tz, self._language.words, self, site=self._site)

    def _replace_detail(self, detail: ListingDetail) -> None:
        old, self._detail = self._detail, detail
        self.detailChanged.emit()
        old.deleteLater()

    def _retranslate(self) -> None:
        """The language changed: every word again (a new detail: its properties are constant)."""
        self._filter.retranslate()
        self._lists.retranslate()
        if self._shown is not None:
            self._replace_detail(self._make_detail(*self._shown))

    # -- for Python callers (tests, the screenshots, the benchmark) ----------------------------------------------
    def now(self) -> datetime:
        """The moment the lists were last worked out, in the site's zone."""
        return self._now

    def setTab(self, tab: str) -> None:
        """As if the visitor tapped the tab `tab` (the filter's slot)."""
        self._filter.setTab(tab)

    def setCategory(self, category: str) -> None:
        """As if the visitor tapped the chip `category`."""
        self._filter.setCategory(category)

    def list_model(self, name: str) -> RowsModel:
        """A list by name: "tabs", "categories", "entries", "spaces", or the open listing's "times" or "features"."""
        models = {"tabs": self._filter.tabs_model, "categories": self._filter.categories_model,
                  "entries": self._lists.entries_model, "spaces": self._lists.spaces_model,
                  "times": self._detail.times_model, "features": self._detail.features_model}
        return models[name]
