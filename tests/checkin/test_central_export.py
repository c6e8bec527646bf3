"""The central check-in export made by PostgreSQL's COPY is byte for byte the file the Python writer makes from
the same rows: formula-like text, quotes, commas, line breaks, empty cells, the latest follow-up, filters."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from kiosk.checkin.central_export import copy_checkins
from kiosk.checkin.export import export_checkins_csv, write_checkins
from kiosk.checkin.store import CheckInService
from tests.sync.kiosks import central_db

pytestmark = pytest.mark.postgres

TRICKY = ["en", "=1+1", "+gd", "-x", "@cmd", "\tindent", 'say "hi"', "a,b", "two\nlines", "cr\rhere", "", "'"]


@pytest.fixture
def central(pg_url: str) -> Iterator[Engine]:
    engine = central_db(pg_url, sites=("north",))  # rows of "=south" are put in by hand: a hostile name
    with engine.begin() as conn:
        # Hostile languages as rows stored before migration 0007 checked them: the export must still be safe.
        conn.execute(text("ALTER TABLE checkin DROP CONSTRAINT ck_checkin_language"))
        for i, language in enumerate(TRICKY):
            cid = uuid.uuid4()
            conn.execute(text("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language) "
                              "VALUES (:id, :site, :kiosk, :at, :day, :answer, :language)"),
                         {"id": cid, "site": "north" if i % 2 else "=south", "kiosk": f"k-{i}" if i % 3 else "@k",
                          "at": datetime(2026, 11, 20 + i % 5, 10, i, 7, 123456, tzinfo=UTC),
                          "day": date(2026, 11, 20 + i % 5), "answer": ("yes", "not_sure", "no")[i % 3],
                          "language": language})
            for n, follow in enumerate(("staff", "visitor")[: i % 3]):  # none, one, or two (the later one wins)
                conn.execute(text("INSERT INTO checkin_followup (id, checkin_id, site, kiosk, followup, answered_at) "
                                  "SELECT :id, id, site, kiosk, :f, answered_at + make_interval(secs => :s) "
                                  "FROM checkin WHERE id = :cid"), {"id": uuid.uuid4(), "cid": cid, "f": follow,
                                                                     "s": 5 + n})
        # two answers in the same second: the id breaks the tie, in both
        for _ in range(2):
            conn.execute(text("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language) "
                              "VALUES (gen_random_uuid(), 'north', 'k', '2026-11-22 09:00:00+00', '2026-11-22', "
                              "'yes', 'en')"))
    yield engine
    engine.dispose()


@pytest.mark.parametrize("where", [{}, {"site": "north"}, {"site": "=south", "date_from": date(2026, 11, 21)},
                                   {"date_from": date(2026, 11, 22), "date_to": date(2026, 11, 23)}])
def test_copy_writes_the_same_file_as_python(central: Engine, tmp_path: Path, where: dict[str, object]) -> None:
    python_file = tmp_path / "python.csv"
    expected = export_checkins_csv(CheckInService(central).rows(**where), python_file)  # type: ignore[arg-type]
    copied = io.BytesIO()
    n = copy_checkins(central, copied, **where)  # type: ignore[arg-type]
    assert n == expected > 0
    assert copied.getvalue() == python_file.read_bytes()
    piped = io.BytesIO()
    copy_checkins(central, piped, bom=False, **where)  # type: ignore[arg-type]
    text_out = io.StringIO(newline="")
    write_checkins(CheckInService(central).rows(**where), text_out)  # type: ignore[arg-type]
    assert piped.getvalue() == text_out.getvalue().encode("utf-8")
