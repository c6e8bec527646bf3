"""The kindness wall's work on the database thread: a visitor's message checked, decided and stored; pages of
the board; the staff queue and decisions; the poster's messages.

The view models call these through `background.op(desk.<method>, …)` only. The store (kiosk.wall.store), the
word lists and the statistical filter's model (kiosk.wall.filter_files) are opened on first use, on the
database thread. If the word lists or the model cannot be read the wall *fails closed*: every message waits
for a member of staff, whatever the policy.
Thread: the database worker thread ("kiosk-db"), or the CLI / tests.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.clock import Clock
from kiosk.core.events import Event, WallChanged
from kiosk.wall.rules.messages import MessageStatus, WallMessage, clean_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.core.config import Config
    from kiosk.data.services import Services
    from kiosk.wall.poster import PosterText
    from kiosk.wall.rules.classifier import FilterModel
    from kiosk.wall.rules.moderation import Verdict
    from kiosk.wall.rules.wordlists import WordLists
    from kiosk.wall.store import MessageRow, WallCard, WallService

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Sent:
    """What became of a visitor's message: stored as `status`; `flagged` when the filter held it back."""

    message: WallMessage
    flagged: bool


@dataclass(frozen=True, slots=True)
class BoardPage:
    total: int  # approved, not hidden, on the whole board
    offset: int
    cards: tuple[WallCard, ...]


@dataclass(frozen=True, slots=True)
class PosterMade:
    path: Path  # the PDF (or the first PNG)
    pages: int
    messages: int
    preview: Path  # a small PNG of the first page, for the staff screen


class WallDesk:
    def __init__(self, store: Services | None, config: Config, clock: Clock, *,
                 service: WallService | None = None, publish: Callable[[Event], None] | None = None) -> None:
        """`store` is the process's Services (the store opens on first use); the CLI may pass a ready `service`
        instead. `publish` hears `WallChanged` after each change that shows on the wall."""
        self._store, self._config, self._clock = store, config, clock
        self._publish = publish or (lambda _event: None)
        # The filter (kiosk.wall.rules.moderation: word lists, patterns) is imported on first use, on the database
        # thread, so it costs the kiosk's start-up nothing. The policy was checked when the config was read.
        self.use_policy(config.wall_policy)
        self.limit = config.wall_max_length
        self._service: WallService | None = service
        self._lists: WordLists | None = None
        self._lists_failed = False
        self._model: FilterModel | None = None
        self._model_failed = False
        self._lock = threading.Lock()

    def use_policy(self, policy: str) -> None:
        """The moderation policy for the next message ("pre" | "auto", checked by the config schema): the file's,
        or the site's from the centre (kiosk.core.site_settings), which may change while the kiosk runs."""
        self.policy, self.auto = policy, policy == "auto"

    @classmethod
    def from_services(cls, services: Services) -> WallDesk:
        return cls(services, services.config, services.clock, publish=services.publish)

    # -- opened on first use ----------------------------------------------------------------------
    def service(self) -> WallService:
        with self._lock:
            if self._service is None:
                from kiosk.wall.store import WallService

                if self._store is None:
                    raise ValueError("a WallDesk needs a store or a service")
                self._service = WallService(self._store.engine(), self._config.site_id, self._config.kiosk_id,
                                            self._clock, timezone=self._config.timezone)
            return self._service

    def _word_lists(self) -> WordLists | None:
        if self._lists is None and not self._lists_failed:
            from kiosk.wall.wordlist_files import WordListError, load_word_lists

            try:
                self._lists = load_word_lists()
            except WordListError:
                log.exception("the moderation word lists cannot be used: every wall message waits for staff")
                self._lists_failed = True
        return self._lists

    def _filter_model(self) -> FilterModel | None:
        if self._model is None and not self._model_failed:
            from kiosk.wall.filter_files import FilterModelError, load_filter_model

            try:
                self._model = load_filter_model()
            except FilterModelError:
                log.exception("the wall's filter model cannot be used: every wall message waits for staff")
                self._model_failed = True
        return self._model

    # -- a visitor's message ----------------------------------------------------------------------
    def verdict(self, text: str) -> Verdict | None:
        """The offline filter's verdict, or None when the word lists cannot be used (fail closed). Without the
        model the verdict has no kindness reading, so `auto` holds it too."""
        lists = self._word_lists()
        if lists is None:
            return None
        from kiosk.wall.rules.moderation import check

        return check(text, lists, self._config.languages, limit=self.limit, model=self._filter_model())

    def send(self, text: str, language: str) -> Sent:
        """Checks, decides and stores one message: `text` exactly as typed (the filter sees what was removed
        by cleaning); the cleaned text is what is stored."""
        cleaned = clean_text(text, self.limit)
        verdict = self.verdict(text)  # the text as typed: invisible or stacked characters are flagged too
        if verdict is None:
            status, flags, flagged = MessageStatus.PENDING, frozenset[str](), True
        else:
            from kiosk.wall.rules.moderation import decide

            status, flags, flagged = decide(self.policy, verdict), verdict.keys, not verdict.publishable
        message = WallMessage.new(text=cleaned.text, site=self._config.site_id, kiosk=self._config.kiosk_id,
                                  language=language, status=status, clock=self._clock, flags=flags,
                                  limit=self.limit)
        sent = Sent(self.service().add(message), flagged)
        if sent.message.status == MessageStatus.APPROVED:
            self._publish(WallChanged(self._config.site_id))
        return sent

    # -- the board --------------------------------------------------------------------------------
    def board_page(self, offset: int, limit: int) -> BoardPage:
        service = self.service()
        return BoardPage(service.board_count(), offset, tuple(service.board(limit=limit, offset=offset)))

    # -- staff ------------------------------------------------------------------------------------
    def queue(self) -> list[WallMessage]:
        return self.service().queue()

    def taken_down(self, limit: int = 200) -> list[MessageRow]:
        """Hidden and rejected messages, newest first (staff may put them back on the wall)."""
        return self.service().taken_down(limit)

    def decide(self, message_id: uuid.UUID, status: MessageStatus, pinned: bool = False, reason: str = "") -> None:
        self.service().decide(message_id, status, pinned=pinned, reason=reason)
        self._publish(WallChanged(self._config.site_id))

    def approved_rows(self, date_from: date | None = None, date_to: date | None = None) -> list[MessageRow]:
        """Approved messages in the range, oldest first (what a poster prints)."""
        rows = self.service().rows(date_from=date_from, date_to=date_to)
        return sorted((r for r in rows if r.status == MessageStatus.APPROVED), key=lambda r: r.created_at)

    # -- the poster -------------------------------------------------------------------------------
    def poster(self, out: Path, *, size: str, dpi: int, date_from: date | None, date_to: date | None,
               words: PosterText, when: Callable[[datetime], str], preview_height: int = 900) -> PosterMade:
        """Renders the approved messages in the dates to `out` (PDF or PNG) and a small preview PNG of the
        first page beside it. Raises NothingToPrint when there are none."""
        from kiosk.wall.poster import PosterNote, save_poster

        rows = self.approved_rows(date_from, date_to)
        made = save_poster([PosterNote(r.text, when(r.created_at)) for r in rows], out, size=size, dpi=dpi,
                           words=words, preview_height=preview_height)
        assert made.preview is not None
        return PosterMade(made.paths[0], made.pages, len(rows), made.preview)

    # -- demo ---------------------------------------------------------------------------------------
    def seed_demo(self) -> int:
        """Adds the sample messages (kiosk.wall.rules.demo_wall) to a wall that has none. Returns how many."""
        from kiosk.wall.rules.demo_wall import SAMPLE_MESSAGES

        service = self.service()
        if service.board_count() or service.queue():
            return 0
        now = self._clock.now()
        for sample in SAMPLE_MESSAGES:
            text = clean_text(sample.text, self.limit).text
            verdict = self.verdict(text)
            flags = verdict.keys if verdict is not None else frozenset[str]()
            message = WallMessage.new(text=text, site=self._config.site_id, kiosk=self._config.kiosk_id,
                                      language=self._config.language, status=MessageStatus.PENDING,
                                      clock=_Earlier(self._clock, now - timedelta(hours=sample.hours_ago)),
                                      flags=flags, limit=self.limit)
            service.add(message)
            if sample.approved:
                service.decide(message.id, MessageStatus.APPROVED, pinned=sample.pinned, staff_label="demo")
        return len(SAMPLE_MESSAGES)


class _Earlier:
    """A clock stopped at a moment in the past (sample messages), with the real monotonic time."""

    def __init__(self, clock: Clock, at: datetime) -> None:
        self._clock, self._at = clock, at

    def now(self) -> datetime:
        return self._at

    def monotonic(self) -> float:
        return self._clock.monotonic()


def cli_desk(engine: Engine, config: Config, clock: Clock) -> WallDesk:
    """A desk on an open engine, for the command line (poster, demo seeding)."""
    from kiosk.wall.store import WallService

    service = WallService(engine, config.site_id, config.kiosk_id, clock, timezone=config.timezone)
    return WallDesk(None, config, clock, service=service)


def seed_demo_wall(engine: Engine, config: Config, clock: Clock) -> int:
    """`kiosk demo`: sample messages on an empty wall (the CLI's main thread, before the window opens)."""
    return cli_desk(engine, config, clock).seed_demo()
