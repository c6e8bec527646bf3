"""Tapered push batches (kiosk.data.outbox.batch_sizes): a large backlog goes in batches that start small and end
small — so the push waits less for the first local read and the last local mark — and every row still arrives
once; small batch sizes are never split."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

import pytest

from kiosk.core.clock import ManualClock
from kiosk.data.outbox import TAPER_FROM, Outbox, RecordTable, batch_sizes
from kiosk.sync.connect import central_engine, central_for
from kiosk.sync.push import Outcome, push
from tests.sync.kiosks import bulk_answers, central_db, count, kiosk_config, kiosk_login, local_store, unsent


def _planned(pending: int, size: int) -> list[int]:
    out: list[int] = []
    for n in batch_sizes(pending, size):
        if sum(out) >= pending:
            break
        out.append(n)
    return out


def test_ten_thousand_rows_at_5000_start_and_end_small() -> None:
    assert _planned(10_000, 5000) == [1250, 2500, 3125, 1563, 1562]


@pytest.mark.parametrize("pending", [1, 999, 1250, 1875, 1876, 3000, 6000, 10_000, 123_457])
@pytest.mark.parametrize("size", [TAPER_FROM, 5000, 10_000])
def test_the_sizes_cover_the_rows_with_small_ends(pending: int, size: int) -> None:
    sizes = _planned(pending, size)
    assert sum(sizes) == pending and all(0 < n <= size for n in sizes)
    small = size // 4
    assert sizes[0] <= max(small, pending if 2 * pending <= 3 * small else 0)  # a quick first read
    assert sizes[-1] <= 3 * small // 2  # a quick last mark
    assert len(sizes) <= 7 + pending // size  # a few extra batches, not many
    assert list(islice(batch_sizes(pending, size), len(sizes), len(sizes) + 2)) == [size, size]  # rows that came later


def test_small_batch_sizes_are_not_split() -> None:
    assert list(islice(batch_sizes(10_000, TAPER_FROM - 1), 3)) == [TAPER_FROM - 1] * 3
    assert list(islice(batch_sizes(0, 7), 2)) == [7, 7]


def test_a_tapered_push_sends_every_row_once_in_the_planned_batches(tmp_path: Path) -> None:
    url = str(tmp_path / "central.sqlite3")
    admin = central_db(url)
    login = kiosk_login(admin, url, "riverside", "kiosk-1")
    clock = ManualClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    config = kiosk_config(tmp_path, login.url)
    sizes: list[int] = []

    def on_batch(spec: RecordTable, outcome: Outcome) -> None:
        if spec.name == "checkin":
            sizes.append(outcome.stored)

    with local_store(config) as local:
        bulk_answers(local, config, clock, 3000)
        engine = central_engine(central_for(config, login.env))
        try:
            outbox = Outbox(local, config.site_id, config.kiosk_id)
            report = push(engine, outbox, clock, batch_size=1000, on_batch=on_batch)
            assert unsent(local) == 0
        finally:
            engine.dispose()
    assert sizes == _planned(3000, 1000) == [250, 500, 1000, 625, 313, 312]
    assert report.tables["checkin"].stored == count(admin, "checkin") == 3000
    admin.dispose()
