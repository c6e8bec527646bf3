"""How a pushed batch travels to PostgreSQL (kiosk.sync.push._transport): a column's values joined into one
text and split on the server when that gives back exactly those values, else one binary text array; and the
batches of a table read one ahead on a helper thread. Values that would split wrongly (the separator itself, a
lone empty string, NULLs) must arrive exactly as stored — on a real PostgreSQL as the kiosk's own role."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select

from kiosk.core.clock import ManualClock
from kiosk.data.content_models import WallMessageRecord
from kiosk.data.outbox import CONTENT_TABLES, RECORD_TABLES, Batch, Outbox, RecordTable
from kiosk.sync import push as push_module
from kiosk.sync.connect import central_engine, central_for
from kiosk.sync.push import _pg_sql, _transport, push
from tests.sync.kiosks import central_db, count, kiosk_config, kiosk_login, local_store, record_answers, unsent

CHECKIN = RECORD_TABLES[0]
WALL = CONTENT_TABLES[0]
SEP = "\x1f"


def _batch(spec: RecordTable, *columns: list[str | None]) -> Batch:
    return Batch(spec, [tuple(row) for row in zip(*columns, strict=True)])


def test_a_column_travels_joined_only_when_it_splits_back_exactly() -> None:
    ids = [uuid.uuid4().hex for _ in range(3)]
    texts: list[str | None] = ["hello", f"a{SEP}b", "c"]
    nullable: list[str | None] = ["x", None, "y"]
    batch = _batch(WALL, list[str | None](ids), ["s"] * 3, ["k"] * 3, ["2026-11-25 10:00:00.000000"] * 3, texts,
                   ["en"] * 3, nullable, ["pending"] * 3, ["d" * 64] * 3)

    forms, params = _transport(batch)

    assert forms == (True, True, True, True, False, True, False, True, True)
    assert params[0] == SEP.join(ids)
    assert params[4] == texts and params[6] == nullable  # the lists themselves: binary text arrays
    sql = _pg_sql(WALL, forms).insert
    assert sql.count("string_to_array(%b, chr(31))") == 7 and sql.count("%b::text[]") == 2


def test_a_lone_empty_string_is_not_joined() -> None:
    """'' joined is '', which the server splits into no value at all: it travels as an array of one ''."""
    forms, params = _transport(_batch(WALL, [uuid.uuid4().hex], ["s"], ["k"], ["2026-11-25 10:00:00"], ["hi"],
                                      ["en"], [""], ["pending"], ["d" * 64]))

    assert forms[6] is False and params[6] == [""]
    assert forms[4] is True and params[4] == "hi"


@pytest.fixture
def central(pg_url: str) -> Iterator[tuple[Engine, str, dict[str, str]]]:
    admin = central_db(pg_url, sites=("riverside",))
    login = kiosk_login(admin, pg_url, "riverside", "kiosk-1")
    yield admin, login.url, login.env
    admin.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("batch_size", [1, 4])
def test_awkward_values_arrive_exactly_as_stored(central: tuple[Engine, str, dict[str, str]], tmp_path: Path,
                                                 clock: ManualClock, batch_size: int) -> None:
    """Wall messages whose text holds the separator, whose flags are '' (a batch of one '' included) — pushed
    as the kiosk's own role, one at a time and four to a batch, beside check-ins."""
    admin, url, env = central
    config = kiosk_config(tmp_path, url)
    texts = [f"one{SEP}two", SEP, f"{SEP}{SEP}edge{SEP}", "plain", "tab\there", "ünïcode ✓"]
    flags = ["", "", "toxic,caps", "", "", ""]
    with local_store(config) as local:
        record_answers(local, config, clock, 5, followups=False)
        with local.begin() as conn:
            for words, flag in zip(texts, flags, strict=True):
                conn.execute(insert(WallMessageRecord).values(
                    id=uuid.uuid4(), site=config.site_id, kiosk=config.kiosk_id, created_at=clock.now(), text=words,
                    language="en", flags=flag, status_at_creation="pending", digest=None))
                clock.advance(1)
            stored = {r.id: (r.text, r.flags) for r in conn.execute(select(WallMessageRecord.__table__))}
        engine = central_engine(central_for(config, env))
        try:
            report = push(engine, Outbox(local, config.site_id, config.kiosk_id), clock, batch_size=batch_size)
        finally:
            engine.dispose()
        assert (report.tables["checkin"].stored, report.tables["wall_message"].stored) == (5, len(texts))
        assert unsent(local) == 0
    with admin.connect() as conn:
        arrived = {r.id: (r.text, r.flags) for r in conn.execute(select(WallMessageRecord.__table__))}
    assert arrived == stored
    assert count(admin, "checkin") == 5 and count(admin, "sync_conflict") == 0 and count(admin, "quarantine") == 0


@pytest.mark.postgres
def test_batches_are_read_ahead_on_one_helper_thread_and_closed_there(
        central: tuple[Engine, str, dict[str, str]], tmp_path: Path, clock: ManualClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every step of a table's batch generator — reads and close — runs on one helper thread, not the pushing
    one; a failed send still closes it (on that thread) and the rows stay unsent."""
    _, url, env = central
    config = kiosk_config(tmp_path, url)
    steps: list[tuple[str, str]] = []
    real_batches = Outbox.batches

    def watched(self: Outbox, spec: RecordTable, size: int) -> Generator[Batch, None, None]:
        inner = real_batches(self, spec, size)
        try:
            for batch in inner:
                steps.append(("read", threading.current_thread().name))
                yield batch
        finally:
            steps.append(("close", threading.current_thread().name))
            inner.close()

    def fails(*_: object) -> None:
        raise RuntimeError("the central side failed")

    with local_store(config) as local:
        record_answers(local, config, clock, 9, followups=False)
        monkeypatch.setattr(Outbox, "batches", watched)
        engine = central_engine(central_for(config, env))
        try:
            push(engine, Outbox(local, config.site_id, config.kiosk_id), clock, batch_size=4, tables=[CHECKIN])
            assert [s for s, _ in steps] == ["read", "read", "read", "close"]
            assert all(name.startswith("kiosk-sync-read") for _, name in steps)
            assert threading.current_thread().name not in {name for _, name in steps}
            assert unsent(local) == 0

            record_answers(local, config, clock, 3, followups=False)
            steps.clear()
            monkeypatch.setattr(push_module, "send_batch", fails)
            with pytest.raises(RuntimeError, match="central side failed"):
                push(engine, Outbox(local, config.site_id, config.kiosk_id), clock, batch_size=2, tables=[CHECKIN])
            assert steps[-1][0] == "close" and steps[-1][1].startswith("kiosk-sync-read")
            assert unsent(local) == 3
        finally:
            engine.dispose()
