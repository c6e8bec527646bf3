"""The kindness wall on one kiosk's store (kiosk.wall.store): messages, the board, the staff queue and
decisions, the export rows, and how pulled decisions change the local state. No central database here
(tests/sync/test_changes.py covers the journey between kiosks)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, insert, select

from kiosk.core.clock import ManualClock
from kiosk.core.records import record_digest
from kiosk.data.models import Base
from kiosk.wall.rules.messages import MessageStatus, WallMessage, WallTransitionError
from kiosk.wall.store import WallService, apply_pulled, wall_payload

CHANGES = Base.metadata.tables["content_change"]
MESSAGES = Base.metadata.tables["wall_message"]


@pytest.fixture
def wall(engine: Engine, clock: ManualClock) -> WallService:
    return WallService(engine, "riverside", "kiosk-1", clock, timezone="Europe/London")


def _add(wall: WallService, clock: ManualClock, words: str, status: MessageStatus = MessageStatus.APPROVED,
         flags: frozenset[str] = frozenset()) -> WallMessage:
    clock.advance(60)
    return wall.add(WallMessage.new(text=words, site="riverside", kiosk="kiosk-1", language="en", status=status,
                                    clock=clock, flags=flags))


def _changes(engine: Engine) -> list[tuple[str, int, uuid.UUID | None, dict[str, object]]]:
    with engine.connect() as conn:
        rows = conn.execute(select(CHANGES).order_by(CHANGES.c.created_at)).all()
    return [(r.kind, r.base_version, r.follows_id, json.loads(r.payload)) for r in rows]


def test_a_new_message_is_stored_as_a_record_and_as_state(wall: WallService, engine: Engine,
                                                          clock: ManualClock) -> None:
    waiting = _add(wall, clock, "Please check me", MessageStatus.PENDING, frozenset({"shouting", "link"}))
    shown = _add(wall, clock, "Thank you!")

    assert [m.id for m in wall.queue()] == [waiting.id]
    assert wall.queue()[0] == waiting  # the same value back, flags and all
    assert [c.id for c in wall.board()] == [shown.id] and wall.board_count() == 1
    with engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(select(MESSAGES))}
    assert rows[waiting.id].flags == "link,shouting" and rows[waiting.id].status_at_creation == "pending"
    content = {c: getattr(rows[shown.id], c) for c in ("id", "site", "kiosk", "created_at", "text", "language",
                                                        "flags", "status_at_creation")}
    assert rows[shown.id].digest == record_digest(content)  # stored with it, like a check-in's
    assert _changes(engine) == []  # the filter's approval shows here only: nothing is queued for the site

    wall.decide(shown.id, MessageStatus.APPROVED, staff_label="sam")  # a person approves it for the site
    [(kind, base, follows, payload)] = _changes(engine)
    assert (kind, base, follows) == ("wall", 0, None)
    assert payload == {"message_id": str(shown.id), "text": "Thank you!", "kiosk": "kiosk-1", "status": "approved",
                       "pinned": False, "created_at": shown.created_at.isoformat()}
    wall.decide(shown.id, MessageStatus.APPROVED, staff_label="sam")  # and once is enough
    assert len(_changes(engine)) == 1


def test_a_message_of_another_kiosk_or_state_is_refused(wall: WallService, clock: ManualClock) -> None:
    other = WallMessage.new(text="hi", site="harbour", kiosk="kiosk-1", language="en",
                            status=MessageStatus.APPROVED, clock=clock)
    with pytest.raises(ValueError, match="cannot be stored"):
        wall.add(other)


def test_the_board_shows_pinned_first_then_newest_in_pages(wall: WallService, clock: ManualClock) -> None:
    messages = [_add(wall, clock, f"message {i}") for i in range(5)]
    _add(wall, clock, "not yet", MessageStatus.PENDING)
    wall.decide(messages[1].id, MessageStatus.APPROVED, pinned=True)

    order = [c.id for c in wall.board()]

    assert order == [messages[1].id, messages[4].id, messages[3].id, messages[2].id, messages[0].id]
    assert [c.id for c in wall.board(limit=2, offset=1)] == order[1:3]
    assert wall.board(limit=2, offset=10) == [] and wall.board_count() == 5
    assert wall.board()[0].pinned and not wall.board()[1].pinned


def test_staff_decisions_change_the_board_at_once_and_are_queued(wall: WallService, engine: Engine,
                                                                 clock: ManualClock) -> None:
    waiting = _add(wall, clock, "Kind staff", MessageStatus.PENDING)
    wall.decide(waiting.id, MessageStatus.APPROVED, staff_label="sam")
    assert [c.id for c in wall.board()] == [waiting.id]
    wall.decide(waiting.id, MessageStatus.HIDDEN, reason="asked by the writer")
    assert wall.board() == []
    hidden = wall.message(waiting.id)
    assert hidden is not None and (hidden.status, hidden.reason) == (MessageStatus.HIDDEN, "asked by the writer")
    wall.decide(waiting.id, "approved", pinned=True)  # unhide, pinned
    wall.decide(waiting.id, MessageStatus.APPROVED, pinned=True)  # nothing to change: nothing queued

    queued = _changes(engine)
    assert [(base, payload["status"], payload["pinned"], payload["text"]) for _, base, _, payload in queued] == [
        (0, "approved", False, "Kind staff"), (1, "hidden", False, ""), (2, "approved", True, "Kind staff")]
    follows = [f for _, _, f, _ in queued]
    assert follows[0] is None and all(f is not None for f in follows[1:])  # each builds on the one before


@pytest.mark.parametrize(("start", "step"), [(MessageStatus.PENDING, MessageStatus.HIDDEN),
                                             (MessageStatus.APPROVED, MessageStatus.REJECTED),
                                             (MessageStatus.APPROVED, MessageStatus.PENDING)])
def test_steps_the_state_does_not_allow_are_refused(wall: WallService, engine: Engine, clock: ManualClock,
                                                    start: MessageStatus, step: MessageStatus) -> None:
    message = _add(wall, clock, "hello", start)
    before = _changes(engine)
    with pytest.raises(WallTransitionError):
        wall.decide(message.id, step)
    assert _changes(engine) == before
    with pytest.raises(WallTransitionError, match="does not know"):
        wall.decide(uuid.uuid4(), MessageStatus.APPROVED)
    with pytest.raises(ValueError):
        wall.decide(message.id, "deleted")


def test_export_rows_by_site_local_date(wall: WallService) -> None:
    late = WallMessage.new(text="late evening", site="riverside", kiosk="kiosk-1", language="en",
                           status=MessageStatus.APPROVED, clock=ManualClock(datetime(2026, 7, 1, 23, 30, tzinfo=UTC)))
    early = WallMessage.new(text="morning", site="riverside", kiosk="kiosk-1", language="en",
                            status=MessageStatus.PENDING, clock=ManualClock(datetime(2026, 7, 1, 8, 0, tzinfo=UTC)))
    wall.add(late)  # 00:30 on 2 July in London (summer time)
    wall.add(early)
    assert [r.text for r in wall.rows()] == ["morning", "late evening"]
    assert [r.text for r in wall.rows(date_from=date(2026, 7, 2))] == ["late evening"]
    assert [r.text for r in wall.rows(date_to=date(2026, 7, 1))] == ["morning"]
    [row] = wall.rows(date_from=date(2026, 7, 1), date_to=date(2026, 7, 1))
    assert (row.site, row.kiosk, row.status, row.moderated_at, row.reason) == (
        "riverside", "kiosk-1", MessageStatus.PENDING, None, "")


def _pulled(message_id: uuid.UUID, version: int, status: MessageStatus, text_: str = "from kiosk-2",
            pinned: bool = False, kiosk: str = "kiosk-2") -> dict[str, object]:
    created = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    return {"id": message_id, "site": "riverside", "kind": "wall", "version": version, "archived": False,
            "updated_at": created + timedelta(hours=1), "updated_by": "sam", "change_seq": version,
            "payload": json.dumps(wall_payload(message_id, text_, created, kiosk, status, pinned))}


def test_pulled_decisions_update_the_state_unless_older(wall: WallService, engine: Engine) -> None:
    mid = uuid.uuid4()
    with engine.begin() as conn:
        apply_pulled(conn, [_pulled(mid, 1, MessageStatus.APPROVED)])
    [card] = wall.board()
    assert (card.id, card.text, card.kiosk, card.pinned) == (mid, "from kiosk-2", "kiosk-2", False)
    with engine.begin() as conn:
        apply_pulled(conn, [_pulled(mid, 3, MessageStatus.HIDDEN)])
        apply_pulled(conn, [_pulled(mid, 2, MessageStatus.APPROVED, pinned=True)])  # older: ignored
    assert wall.board() == []
    hidden = wall.message(mid)
    assert hidden is not None and hidden.text == "from kiosk-2"  # a hidden payload has no text; ours is kept
    with engine.begin() as conn:
        apply_pulled(conn, [{**_pulled(uuid.uuid4(), 1, MessageStatus.APPROVED), "payload": "{not json"},
                            {**_pulled(uuid.uuid4(), 1, MessageStatus.APPROVED), "payload": '{"status": "gone"}'}])
    assert wall.board_count() == 0


def test_a_message_first_seen_hidden_cannot_be_shown_from_here(wall: WallService, engine: Engine) -> None:
    mid = uuid.uuid4()
    with engine.begin() as conn:
        apply_pulled(conn, [_pulled(mid, 2, MessageStatus.HIDDEN)])
    [row] = wall.rows()
    assert (row.id, row.text, row.status) == (mid, "", MessageStatus.HIDDEN)
    with pytest.raises(WallTransitionError, match="never had the message's text"):
        wall.decide(mid, MessageStatus.APPROVED)


def test_an_own_decision_that_was_not_applied_gives_way(wall: WallService, engine: Engine,
                                                        clock: ManualClock) -> None:
    message = _add(wall, clock, "Lovely")
    wall.decide(message.id, MessageStatus.APPROVED)  # approved for the site by a person (version 1) …
    wall.decide(message.id, MessageStatus.HIDDEN)  # … then hidden, which turns out stale
    with engine.connect() as conn:
        hide = conn.execute(select(CHANGES.c.id).where(CHANGES.c.base_version == 1)).scalar_one()
    central = _pulled(message.id, 2, MessageStatus.APPROVED, text_="Lovely", pinned=True, kiosk="kiosk-1")
    result = {"id": hide, "site": "riverside", "kind": "change_result", "version": 1, "archived": False,
              "updated_at": clock.now(), "updated_by": "x", "change_seq": 9,
              "payload": json.dumps({"change_id": str(hide), "content_id": str(message.id), "kind": "wall",
                                     "kiosk": "kiosk-1", "status": "stale", "current_version": 2})}
    with engine.begin() as conn:  # as the pull does it: the mirror first, then the wall state
        conn.execute(insert(Base.metadata.tables["site_content"]), [central, result])
        apply_pulled(conn, [result])
    [card] = wall.board()
    assert (card.id, card.pinned) == (message.id, True)


def test_a_pulled_text_is_cleaned_again(wall: WallService, engine: Engine) -> None:
    """A tampered kiosk could publish control or direction-override characters; they never reach the board."""
    mid = uuid.uuid4()
    with engine.begin() as conn:
        apply_pulled(conn, [_pulled(mid, 1, MessageStatus.APPROVED, text_="kind\x1b[2J \u202eword\u200b")])
    [card] = wall.board()
    assert card.text == "kind[2J word"
