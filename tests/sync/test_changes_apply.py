"""The rule that applies a `content_change` to `site_content` is the same on PostgreSQL (the trigger of
migration 0004) and on a SQLite central (kiosk.data.changes.apply_changes): every case below runs on both
and must give the same outcome, version and content."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select

from kiosk.data.changes import MAX_PAYLOAD, apply_changes, parse_result
from kiosk.data.content import publish_content
from kiosk.data.models import Base
from tests.sync.kiosks import central_db

CHANGES = Base.metadata.tables["content_change"]
CONTENT = Base.metadata.tables["site_content"]
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)

Propose = Callable[..., tuple[str, int]]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = str(tmp_path / "central.sqlite3") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    engine = central_db(url, sites=("north", "south"))
    yield engine
    engine.dispose()


@pytest.fixture
def propose(central: Engine) -> Propose:
    """Inserts one change as the push would (and, on SQLite, applies it); returns (status, current_version)."""
    moments = iter(NOW + timedelta(seconds=i) for i in range(1000))

    def _propose(content_id: uuid.UUID, base_version: int, payload: dict[str, Any] | str, *, kind: str = "listing",
                 site: str = "north", follows: uuid.UUID | None = None, change_id: uuid.UUID | None = None,
                 archived: bool = False) -> tuple[str, int]:
        cid = change_id or uuid.uuid4()
        body = payload if isinstance(payload, str) else json.dumps(payload)
        with central.begin() as conn:
            conn.execute(insert(CHANGES).values(
                id=cid, site=site, kiosk=f"{site}-1", content_id=content_id, kind=kind, base_version=base_version,
                follows_id=follows, payload=body, archived=archived, staff_label="sam", created_at=next(moments),
                digest="d" * 64, synced_at=NOW))
            if conn.dialect.name == "sqlite":
                apply_changes(conn, [cid], NOW)
            found = conn.execute(select(CONTENT.c.payload).where(CONTENT.c.id == cid)).scalar_one()
        result = parse_result(found)
        assert result is not None and result.change_id == cid and result.content_id == content_id
        return result.status, result.current_version

    return _propose


def _item(central: Engine, content_id: uuid.UUID) -> tuple[str, str, int, bool, dict[str, Any]] | None:
    with central.connect() as conn:
        row = conn.execute(select(CONTENT.c.site, CONTENT.c.kind, CONTENT.c.version, CONTENT.c.archived,
                                  CONTENT.c.payload).where(CONTENT.c.id == content_id)).first()
    return None if row is None else (row.site, row.kind, row.version, row.archived, json.loads(row.payload))


def test_new_then_edits_on_the_current_version_apply(central: Engine, propose: Propose) -> None:
    item = uuid.uuid4()
    assert propose(item, 0, {"v": 1}) == ("applied", 1)
    assert propose(item, 1, {"v": 2}) == ("applied", 2)
    assert propose(item, 2, {"v": 3}, archived=True) == ("applied", 3)
    assert _item(central, item) == ("north", "listing", 3, True, {"v": 3})


def test_an_edit_of_an_older_version_is_stale_and_changes_nothing(central: Engine, propose: Propose) -> None:
    item = uuid.uuid4()
    propose(item, 0, {"v": 1})
    propose(item, 1, {"v": 2})
    assert propose(item, 1, {"v": "late"}) == ("stale", 2)
    assert propose(item, 0, {"v": "new again"}) == ("stale", 2)
    assert propose(uuid.uuid4(), 3, {"v": "gone"}) == ("stale", 0)
    assert _item(central, item) == ("north", "listing", 2, False, {"v": 2})


def test_a_follower_applies_only_after_what_it_follows(central: Engine, propose: Propose) -> None:
    item = uuid.uuid4()
    first = uuid.uuid4()
    assert propose(item, 0, {"v": 1}, change_id=first) == ("applied", 1)
    assert propose(item, 1, {"v": 2}, follows=first) == ("applied", 2)
    lost = uuid.uuid4()
    assert propose(item, 1, {"v": "stale"}, change_id=lost) == ("stale", 2)
    assert propose(item, 2, {"v": "builds on stale"}, follows=lost) == ("stale", 2)
    assert propose(item, 2, {"v": "follows nothing known"}, follows=uuid.uuid4()) == ("stale", 2)
    assert _item(central, item) == ("north", "listing", 2, False, {"v": 2})


def test_other_sites_other_kinds_and_oversized_changes_are_refused(central: Engine, propose: Propose) -> None:
    south = publish_content(central, "south", "listing", {"v": "south"}, "admin")
    assert propose(south.id, 1, {"v": "mine now"}) == ("refused", 0)
    wall = uuid.uuid4()
    propose(wall, 0, {"status": "approved"}, kind="wall")
    assert propose(wall, 1, {"v": "a listing now"}) == ("refused", 0)
    assert propose(uuid.uuid4(), 0, "x" * (MAX_PAYLOAD + 1)) == ("refused", 0)
    assert _item(central, south.id) == ("south", "listing", 1, False, {"v": "south"})
    assert _item(central, wall) == ("north", "wall", 1, False, {"status": "approved"})


def test_an_outcome_is_recorded_once(central: Engine, propose: Propose) -> None:
    item = uuid.uuid4()
    change = uuid.uuid4()
    propose(item, 0, {"v": 1}, change_id=change)
    with central.begin() as conn:  # applying again (a re-sent change) does nothing
        assert apply_changes(conn, [change], NOW) == []
    assert _item(central, item) == ("north", "listing", 1, False, {"v": 1})


@pytest.mark.postgres
def test_two_kiosks_editing_the_same_version_at_once_one_wins(pg_url: str) -> None:
    """The trigger locks the item: the second transaction waits for the first, then sees its version."""
    import threading

    engine = central_db(pg_url, sites=("north",))
    try:
        item = publish_content(engine, "north", "listing", {"v": 1}, "admin").id
        ids = [uuid.uuid4(), uuid.uuid4()]

        def row(i: int) -> dict[str, Any]:
            return {"id": ids[i], "site": "north", "kiosk": f"north-{i}", "content_id": item, "kind": "listing",
                    "base_version": 1, "follows_id": None, "payload": json.dumps({"v": f"kiosk {i}"}),
                    "archived": False, "staff_label": "sam", "created_at": NOW, "digest": "d" * 64}

        with engine.connect() as first:
            first.begin()
            first.execute(insert(CHANGES).values(**row(0)))  # holds the item's row lock until commit
            second_done = threading.Event()

            def second() -> None:
                with engine.begin() as conn:
                    conn.execute(insert(CHANGES).values(**row(1)))
                second_done.set()

            worker = threading.Thread(target=second)
            worker.start()
            assert not second_done.wait(0.5)  # waiting for the first
            first.commit()
            worker.join(30)
            assert second_done.is_set()
        with engine.connect() as conn:
            outcomes = {r.id: parse_result(r.payload) for r in conn.execute(
                select(CONTENT.c.id, CONTENT.c.payload).where(CONTENT.c.id.in_(ids)))}
        found = [o for o in (outcomes[i] for i in ids) if o is not None]
        assert [(o.status, o.current_version) for o in found] == [
            ("applied", 2), ("stale", 2)]
        assert _item(engine, item) == ("north", "listing", 2, False, {"v": "kiosk 0"})
    finally:
        engine.dispose()
