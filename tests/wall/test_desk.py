"""The wall's database-thread work (kiosk.wall.desk) without a window: send under each policy, the board's
pages, staff's lists, the poster and the demo's sample messages."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.wall.desk import WallDesk, cli_desk, seed_demo_wall
from kiosk.wall.poster import NothingToPrint, PosterText
from kiosk.wall.rules.demo_wall import SAMPLE_MESSAGES
from kiosk.wall.rules.messages import MessageStatus


def desk_for(engine: Engine, config: settings.Config, clock: ManualClock, policy: str = "pre") -> WallDesk:
    return cli_desk(engine, settings.load(env={"KIOSK_DATA_DIR": str(config.data_dir)},
                                          overrides={"wall.policy": policy}), clock)


@pytest.mark.parametrize(("policy", "text", "status", "flagged"), [
    ("pre", "Thank you to the library", MessageStatus.PENDING, False),
    ("pre", "Ring me on 07700 900123", MessageStatus.PENDING, True),
    ("auto", "Thank you to the library", MessageStatus.APPROVED, False),
    ("auto", "Ring me on 07700 900123", MessageStatus.PENDING, True),
    ("auto", "  Thank   you\u200b all  ", MessageStatus.PENDING, True),  # invisible characters: staff look first
])
def test_send_checks_decides_and_stores(engine: Engine, config: settings.Config, clock: ManualClock, policy: str,
                                        text: str, status: MessageStatus, flagged: bool) -> None:
    desk = desk_for(engine, config, clock, policy)
    sent = desk.send(text, "en")
    assert (sent.message.status, sent.flagged) == (status, flagged)
    assert sent.message.text == text.strip().replace("\u200b", "").replace("   ", " ")
    assert [r.status for r in desk.service().rows()] == [status]


def test_board_pages_and_staff_lists(engine: Engine, config: settings.Config, clock: ManualClock) -> None:
    desk = desk_for(engine, config, clock, "auto")
    for i in range(7):
        clock.advance(60)
        desk.send(f"Thank you number {i}", "en")
    page = desk.board_page(5, 5)
    assert (page.total, page.offset, [c.text for c in page.cards]) == (7, 5, ["Thank you number 1",
                                                                              "Thank you number 0"])
    first = desk.board_page(0, 5).cards[0]
    desk.decide(first.id, MessageStatus.HIDDEN, reason="Other reason")
    assert [r.text for r in desk.taken_down()] == ["Thank you number 6"]
    assert len(desk.approved_rows()) == 6
    assert desk.approved_rows(date(2026, 11, 26)) == []


def test_taken_down_is_the_latest_decisions_first_and_limited_by_the_database(
        engine: Engine, config: settings.Config, clock: ManualClock) -> None:
    desk = desk_for(engine, config, clock, "pre")  # every message waits for staff
    ids = []
    for i in range(6):
        clock.advance(60)
        ids.append(desk.send(f"Thank you number {i}", "en").message.id)
    for n in (0, 2, 3, 4, 5):
        desk.decide(ids[n], MessageStatus.APPROVED)
    # taken down in another order than sent: the list follows the decisions, the latest first
    for n, status in ((4, MessageStatus.HIDDEN), (1, MessageStatus.REJECTED), (3, MessageStatus.HIDDEN)):
        clock.advance(60)
        desk.decide(ids[n], status, reason="Other reason")
    assert [r.text for r in desk.taken_down()] == [f"Thank you number {n}" for n in (3, 1, 4)]
    assert [r.status for r in desk.taken_down()] == [MessageStatus.HIDDEN, MessageStatus.REJECTED,
                                                     MessageStatus.HIDDEN]
    assert [r.text for r in desk.taken_down(limit=2)] == ["Thank you number 3", "Thank you number 1"]
    assert desk.taken_down(limit=0) == []
    # another site's messages in the same store never show
    other = cli_desk(engine, settings.load(env={"KIOSK_DATA_DIR": str(config.data_dir)},
                                           overrides={"site.id": "other-site"}), clock)
    assert other.taken_down() == []


def test_taken_down_reads_only_what_it_shows(engine: Engine, config: settings.Config, clock: ManualClock,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Staff open the list often and a wall keeps thousands of messages: the database picks the few shown (the
    whole wall read each time was the soak's slow memory growth on the database thread)."""
    import kiosk.wall.store as store

    made: list[store.MessageRow] = []
    real = store.MessageRow

    def counted(*args: Any) -> store.MessageRow:
        made.append(real(*args))
        return made[-1]

    desk = desk_for(engine, config, clock, "auto")
    for i in range(60):
        clock.advance(60)
        message = desk.send(f"Thank you number {i}", "en").message
        if i % 2:
            desk.decide(message.id, MessageStatus.HIDDEN, reason="Other reason")
    monkeypatch.setattr(store, "MessageRow", counted)
    assert [r.text for r in desk.taken_down(limit=3)] == [f"Thank you number {n}" for n in (59, 57, 55)]
    assert len(made) == 3


def test_poster_from_the_desk(tmp_path: Path, engine: Engine, config: settings.Config, clock: ManualClock) -> None:
    desk = desk_for(engine, config, clock, "auto")
    with pytest.raises(NothingToPrint):
        desk.poster(tmp_path / "p.pdf", size="A4", dpi=150, date_from=None, date_to=None, words=PosterText(),
                    when=lambda d: d.strftime("%d %b"))
    desk.send("Thank you, Sam", "en")
    made = desk.poster(tmp_path / "p.pdf", size="A4", dpi=150, date_from=None, date_to=None,
                       words=PosterText(), when=lambda d: d.strftime("%d %b"))
    assert (made.pages, made.messages) == (1, 1)
    assert made.path.read_bytes().startswith(b"%PDF") and made.preview.exists()


def test_demo_messages_are_seeded_once(engine: Engine, config: settings.Config, clock: ManualClock) -> None:
    assert seed_demo_wall(engine, config, clock) == len(SAMPLE_MESSAGES)
    assert seed_demo_wall(engine, config, clock) == 0
    desk = cli_desk(engine, config, clock)
    waiting = desk.queue()
    assert len(waiting) == sum(1 for s in SAMPLE_MESSAGES if not s.approved)
    assert any(m.flags for m in waiting) and any(not m.flags for m in waiting)  # some held back by the filter
    cards = desk.board_page(0, 100).cards
    assert cards[0].pinned and len(cards) == sum(1 for s in SAMPLE_MESSAGES if s.approved)
