"""The kindness wall board: a paged list model of approved cards, and the board's view model (the wall
screen, and the home screen's attract strip after a minute without a touch).

The model never loads the whole wall: it holds the pages fetched so far and asks the database thread for
the next one when a view scrolls near its end (`canFetchMore`/`fetchMore`), so 10,000 messages cost only
what has been seen. A card's date is put in words when read (DateLabels), again after a language change.
Thread: GUI (pages come from kiosk.wall.desk through kiosk.core.background).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
    Slot,
)

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.event_hub import EventHub
from kiosk.core.events import LanguageChanged
from kiosk.shell.shell_model import ShellViewModel
from kiosk.wall.desk import BoardPage, WallDesk

_DISPLAY_ROLE = 0
_USER_ROLE = 0x0100
PAGE = 60  # cards per page fetched from the store
ATTRACT_AFTER_SECONDS = 60.0  # home screen untouched this long → recent cards drift over the welcome text
ATTRACT_REFRESH_SECONDS = 120.0  # while the attract strip shows, newly approved cards are picked up this often


class DateLabels:
    """"25 November" (with the year when it is not this year) in the site's time zone and the language in use:
    it follows kiosk.core.events.LanguageChanged (made before the lists that use it, so it has followed by the
    time they hear the news)."""

    def __init__(self, config: Config, clock: Clock, events: EventHub | None = None) -> None:
        self._zone = ZoneInfo(config.timezone)
        self._locale = QLocale()  # the language in use now (the switch keeps the default locale): made after one too
        self._clock = clock
        self._cache: dict[tuple[int, int, int], str] = {}
        if events is not None:
            events.subscribe(LanguageChanged, self._language_changed)

    def _language_changed(self, event: LanguageChanged) -> None:
        self._locale = QLocale(event.language)
        self._cache.clear()

    def __call__(self, moment: datetime) -> str:
        local = moment.astimezone(self._zone)
        key = (local.year, local.month, local.day)
        label = self._cache.get(key)
        if label is None:
            this_year = self._clock.now().astimezone(self._zone).year == local.year
            label = self._locale.toString(QDate(*key), "d MMMM" if this_year else "d MMMM yyyy")
            if len(self._cache) > 2000:
                self._cache.clear()
            self._cache[key] = label
        return label


class WallCardModel(QAbstractListModel):
    """Approved cards, pinned first then newest; fetched a page at a time on the database thread."""

    IdRole = _USER_ROLE + 1
    TextRole = _USER_ROLE + 2
    WhenRole = _USER_ROLE + 3
    PinnedRole = _USER_ROLE + 4
    KioskRole = _USER_ROLE + 5

    totalChanged = Signal()
    loadingChanged = Signal()
    loadedChanged = Signal()

    def __init__(self, background: Background, desk: WallDesk, labels: Callable[[datetime], str],
                 page: int = PAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background, self._desk, self._labels, self._page = background, desk, labels, page
        self._cards: list[tuple[str, str, datetime, bool, str]] = []  # id, text, created_at, pinned, kiosk
        self._ids: set[str] = set()
        self._total = 0
        self._loaded = False  # the first page has arrived
        self._fetching = False
        self._generation = 0  # a refresh makes older fetches stale

    # -- QAbstractListModel -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card_id, text, created_at, pinned, kiosk = self._cards[index.row()]
        if role in (_DISPLAY_ROLE, self.TextRole):
            return text
        if role == self.IdRole:
            return card_id
        if role == self.WhenRole:
            return self._labels(created_at)
        if role == self.PinnedRole:
            return pinned
        if role == self.KioskRole:
            return kiosk
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {self.IdRole: QByteArray(b"cardId"), self.TextRole: QByteArray(b"text"),
                self.WhenRole: QByteArray(b"when"), self.PinnedRole: QByteArray(b"pinned"),
                self.KioskRole: QByteArray(b"kiosk")}

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded and len(self._cards) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or not self.canFetchMore(parent):
            return
        self._set_fetching(True)
        generation = self._generation
        self._background.op(self._desk.board_page, len(self._cards), self._page) \
            .success(lambda page: self._more(page, generation)).failure(self._failed).run()

    # -- properties ---------------------------------------------------------------------------------
    @Property(int, notify=totalChanged)
    def total(self) -> int:
        """Cards on the whole wall (more than are loaded, on a big wall)."""
        return self._total

    @Property(bool, notify=loadingChanged)
    def loading(self) -> bool:
        return self._fetching

    @Property(bool, notify=loadedChanged)
    def loaded(self) -> bool:
        return self._loaded

    # plain accessors for Python callers (the properties above are for QML)
    def size(self) -> int:
        return self._total

    def is_loaded(self) -> bool:
        return self._loaded

    def is_loading(self) -> bool:
        return self._fetching

    def ids(self) -> list[str]:
        return [c[0] for c in self._cards]

    def retranslate(self) -> None:
        """The language changed: the views read every card's date again."""
        if self._cards:
            self.dataChanged.emit(self.index(0), self.index(len(self._cards) - 1), [self.WhenRole])

    def texts(self) -> list[str]:
        return [c[1] for c in self._cards]

    # -- loading ------------------------------------------------------------------------------------
    def refresh(self, done: Callable[[], None] | None = None) -> None:
        """Reloads the first page; the list is only reset when the wall's top has changed."""
        self._generation += 1
        generation = self._generation
        self._set_fetching(True)

        def fresh(page: BoardPage) -> None:
            self._fresh(page, generation)
            if done is not None:
                done()

        self._background.op(self._desk.board_page, 0, max(self._page, min(len(self._cards), 4 * self._page))) \
            .success(fresh).failure(self._failed).run()

    def _fresh(self, page: BoardPage, generation: int) -> None:
        if generation != self._generation:
            return
        self._set_fetching(False)
        cards = [self._row(c) for c in page.cards]
        same_top = [(c[0], c[3]) for c in cards] == [(c[0], c[3]) for c in self._cards[:len(cards)]]
        if not (same_top and page.total == self._total and self._loaded):
            self.beginResetModel()
            self._cards = cards
            self._ids = {c[0] for c in cards}
            self.endResetModel()
        self._set_total(page.total, loaded=True)

    def _more(self, page: BoardPage, generation: int) -> None:
        if generation != self._generation:
            return
        self._set_fetching(False)
        if page.offset != len(self._cards):
            return
        new = [row for row in map(self._row, page.cards) if row[0] not in self._ids]
        if new:
            self.beginInsertRows(QModelIndex(), len(self._cards), len(self._cards) + len(new) - 1)
            self._cards.extend(new)
            self._ids.update(c[0] for c in new)
            self.endInsertRows()
        # a short page means the wall ended sooner (messages hidden meanwhile): stop asking for more
        self._set_total(page.total if len(page.cards) == self._page else len(self._cards), loaded=True)

    def _failed(self, error: BaseException) -> None:
        self._set_fetching(False)
        self._background.errors.report(error)

    @staticmethod
    def _row(card: Any) -> tuple[str, str, datetime, bool, str]:
        return str(card.id), card.text, card.created_at, bool(card.pinned), card.kiosk

    def _set_total(self, total: int, *, loaded: bool) -> None:
        if total != self._total:
            self._total = total
            self.totalChanged.emit()
        if loaded != self._loaded:
            self._loaded = loaded
            self.loadedChanged.emit()

    def _set_fetching(self, fetching: bool) -> None:
        if fetching != self._fetching:
            self._fetching = fetching
            self.loadingChanged.emit()


class WallBoardViewModel(QObject):
    """`models.wall`: the board's cards, the "Write a message" door, and the home screen's attract strip."""

    attractChanged = Signal()

    def __init__(self, config: Config, clock: Clock, background: Background, desk: WallDesk,
                 shell: ShellViewModel, *, attract_after: float = ATTRACT_AFTER_SECONDS,
                 events: EventHub | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._shell = clock, shell
        self.desk = desk
        self._attract_after = attract_after
        self._forced = False  # show_attract_now(): on until the screen changes or a touch
        self._cards = WallCardModel(background, desk, DateLabels(config, clock, events), parent=self)
        if events is not None:
            events.subscribe(LanguageChanged, lambda _e: self._cards.retranslate())
        self.card_model = self._cards  # for Python callers
        self._attract = False
        self._asked_at: float | None = None  # when the attract strip last asked for fresh cards
        self._write: Callable[[], None] = lambda: None
        shell.ticked.connect(self._tick)
        shell.screenChanged.connect(self._screen_changed)
        self._cards.totalChanged.connect(self._tick)

    @Property(QObject, constant=True)
    def cards(self) -> WallCardModel:
        return self._cards

    @Property(bool, notify=attractChanged)
    def attract(self) -> bool:
        """True while the home screen shows recent cards (after a minute without a touch)."""
        return self._attract

    def on_write(self, callback: Callable[[], None]) -> None:
        self._write = callback

    @Slot()
    def refresh(self) -> None:
        self._cards.refresh()

    @Slot()
    def write(self) -> None:
        """The "Write a message" button: a fresh compose screen."""
        self._shell.activity()
        self._write()

    @Slot()
    def dismissAttract(self) -> None:
        """Any touch on the home screen while the cards drift: back to the plain welcome."""
        self._shell.activity()
        self._forced = False
        self._set_attract(False)

    def show_attract_now(self) -> None:
        """Screenshots: the attract strip at once (until the screen changes or a touch)."""
        self._forced = True
        self._set_attract(self._cards.size() > 0)

    def _screen_changed(self) -> None:
        if self._shell.screen == "wall":
            self._cards.refresh()
        if self._shell.screen != "home":
            self._forced = False
            self._set_attract(False)

    def _tick(self) -> None:
        if self._forced and self._shell.screen == "home":
            return
        idle = self._shell.screen == "home" and self._shell.idle_seconds() >= self._attract_after
        if not idle:
            self._asked_at = None
            self._set_attract(False)
            return
        now = self._clock.monotonic()
        if self._asked_at is None or now - self._asked_at >= ATTRACT_REFRESH_SECONDS:
            self._asked_at = now
            self._cards.refresh()  # picks up cards approved meanwhile (here or, by sync, elsewhere)
        self._set_attract(self._cards.size() > 0)

    def _set_attract(self, on: bool) -> None:
        if on != self._attract:
            self._attract = on
            self.attractChanged.emit()
