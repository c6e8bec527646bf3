"""`kiosk central purge` on SQLite and a real PostgreSQL, with exact counts of what was kept and removed: check-ins
coarsened to site and date with the day tallies unchanged (and `rebuild-tallies` agreeing), wall messages deleted
with every copy unless pinned, heartbeats (each kiosk's newest kept), conflicts, quarantine, staff labels and
alert comments; a dry run reports the same and changes nothing; only the database owner may purge (a kiosk's
own PostgreSQL role is refused)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, func, insert, select, text

from kiosk.core.clock import local_date
from kiosk.core.errors import CentralError
from kiosk.data import tallies
from kiosk.data.alert_models import ResultAlertRecord
from kiosk.data.content_models import ContentChangeRecord, WallMessageRecord
from kiosk.data.engine import make_engine
from kiosk.data.models import CheckInFollowupRecord, CheckInRecord
from kiosk.data.sync_models import HeartbeatRecord, QuarantineRecord, SiteContentRecord, SyncConflictRecord
from kiosk.sync.central import add_kiosk, add_site, init_central, open_central
from kiosk.sync.purge import RetentionPolicy, erase_wall_message, purge
from tests.support.pgserver import PgServer
from tests.sync.kiosks import without_password

NOW = datetime.now(UTC).replace(microsecond=0)
OLD = NOW - timedelta(days=200)  # older than every limit below
RECENT = NOW - timedelta(days=10)  # newer than every limit
POLICY = RetentionPolicy(checkin_days=100, wall_days=90, heartbeat_days=30, other_days=90)


@pytest.fixture(params=[pytest.param("postgresql", marks=pytest.mark.postgres), "sqlite"])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else str(tmp_path / "central.sqlite3")
    engine = make_engine(url)
    init_central(engine)
    add_site(engine, "north", "North Library", "Europe/London")
    add_site(engine, "south", "South Hub", "Pacific/Auckland")
    yield engine
    engine.dispose()


def _checkin(conn: Connection, site: str, kiosk: str, at: datetime, answer: str, zone: str,
             followups: tuple[str, ...] = ()) -> uuid.UUID:
    cid = uuid.uuid4()
    conn.execute(insert(CheckInRecord), [{"id": cid, "site": site, "kiosk": kiosk, "answered_at": at,
                                          "local_date": local_date(at, zone), "answer": answer, "language": "pl"}])
    for i, follow in enumerate(followups):
        conn.execute(insert(CheckInFollowupRecord), [{"id": uuid.uuid4(), "checkin_id": cid, "site": site,
                                                      "kiosk": kiosk, "followup": follow,
                                                      "answered_at": at + timedelta(seconds=10 * (i + 1))}])
    return cid


def _message(conn: Connection, at: datetime, decision: dict[str, Any] | None = None) -> uuid.UUID:
    mid = uuid.uuid4()
    conn.execute(insert(WallMessageRecord), [{"id": mid, "site": "north", "kiosk": "north-1", "created_at": at,
                                              "text": "Thank you Ann at the desk", "language": "en", "flags": "",
                                              "status_at_creation": "pending"}])
    if decision is not None:
        payload = {"message_id": str(mid), "text": "Thank you Ann at the desk", "created_at": at.isoformat(),
                   "kiosk": "north-1"} | decision
        conn.execute(insert(SiteContentRecord), [{"id": mid, "site": "north", "kind": "wall", "version": 1,
                                                  "payload": json.dumps(payload), "archived": False,
                                                  "updated_at": at, "updated_by": "ann", "change_seq": 0}])
    return mid


def _beat(conn: Connection, kiosk: str, at: datetime) -> None:
    conn.execute(insert(HeartbeatRecord), [{"id": uuid.uuid4(), "site": "north", "kiosk": kiosk, "sent_at": at,
                                            "app_version": "1.0", "pending": 0, "uptime_seconds": 5.0}])


def _aside(conn: Connection, at: datetime, record: uuid.UUID | None = None) -> None:
    conn.execute(insert(SyncConflictRecord), [{"id": uuid.uuid4(), "table_name": "wall_message",
                                               "record_id": record or uuid.uuid4(), "site": "north",
                                               "kiosk": "north-1", "received_at": at, "digest": "a" * 64,
                                               "payload": "{}"}])
    conn.execute(insert(QuarantineRecord), [{"id": uuid.uuid4(), "received_at": at, "site": "north",
                                             "kiosk": "north-1", "table_name": "wall_message", "record_id": record,
                                             "reason": "over the limit", "payload": "{}"}])


def _alert(conn: Connection, state: str, closed: datetime | None) -> None:
    conn.execute(insert(ResultAlertRecord), [{
        "id": uuid.uuid4(), "key": f"north:rate:{uuid.uuid4()}", "site": "north", "rule": "rate", "kiosk": "",
        "state": state, "since": OLD.date(), "details": "{}", "raised_at": OLD, "checked_at": OLD,
        "acknowledged_by": "ann", "acknowledged_at": OLD, "comment": "Spoke to Bob about it", "closed_at": closed,
        "closed_by": "ann" if closed else None, "mail_attempts": 0}])


def _seed(engine: Engine) -> dict[str, uuid.UUID]:
    with engine.begin() as conn:
        old_day = [_checkin(conn, "north", "north-1", OLD + timedelta(minutes=i), a, "Europe/London", f)
                   for i, (a, f) in enumerate([("yes", ("staff", "visitor")), ("yes", ("staff",)), ("no", ()),
                                               ("not_sure", ("elsewhere",)), ("no", ())])]
        _checkin(conn, "south", "south-1", OLD, "yes", "Pacific/Auckland", ("visitor",))
        for i in range(3):
            _checkin(conn, "north", "north-2", RECENT + timedelta(minutes=i), "yes", "Europe/London", ("staff",))
        ids = {"pinned": _message(conn, OLD, {"status": "approved", "pinned": True}),
               "decided": _message(conn, OLD, {"status": "approved", "pinned": False}),
               "waiting": _message(conn, OLD),
               "recent": _message(conn, RECENT, {"status": "approved", "pinned": False}),
               "first": old_day[0]}
        conn.execute(insert(ContentChangeRecord), [{
            "id": uuid.uuid4(), "site": "north", "kiosk": "north-1", "content_id": uuid.uuid4(), "kind": "listing",
            "base_version": 0, "payload": "{}", "archived": False, "staff_label": "Ann", "created_at": OLD}])
        for at in (OLD, OLD + timedelta(hours=1), OLD + timedelta(hours=2), RECENT):
            _beat(conn, "north-1", at)
        for at in (OLD, OLD + timedelta(hours=1)):
            _beat(conn, "north-2", at)
        _aside(conn, OLD)
        _aside(conn, RECENT)
        _aside(conn, RECENT, ids["decided"])  # a recent copy of an old message goes with the message
        _alert(conn, "closed", OLD)
        _alert(conn, "acknowledged", None)
        _alert(conn, "closed", RECENT)
        if engine.dialect.name == "sqlite":  # PostgreSQL's triggers counted them as they went in
            tallies.rebuild(conn)
    return ids


def _tallies(engine: Engine) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    d, h = tallies.CheckInTallyDayRecord, tallies.CheckInTallyRecord
    with engine.connect() as conn:
        # (PostgreSQL's trigger leaves a count of 0 behind when a follow-up moves an answer: not a figure)
        days = conn.execute(select(d.site, d.question, d.local_date, d.answer, d.followup, d.count).where(d.count > 0)
                            .order_by(d.site, d.local_date, d.answer, d.followup)).all()
        hours = conn.execute(select(h.site, h.local_date, func.sum(h.count)).group_by(h.site, h.local_date)
                             .order_by(h.site, h.local_date)).all()
    return [tuple(r) for r in days], [tuple(r) for r in hours]


def _count(engine: Engine, table: str, where: str = "") -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table} {where}")).scalar_one())


def test_purge_removes_exactly_what_the_policy_says(central: Engine) -> None:
    ids = _seed(central)
    before = _tallies(central)
    assert sum(r[-1] for r in before[0]) == 9

    dry = purge(central, POLICY, NOW, dry_run=True)
    assert _count(central, "heartbeat") == 6 and _count(central, "wall_message") == 4  # nothing changed
    report = purge(central, POLICY, NOW)
    assert [(x.what, x.done, x.count) for x in dry.lines] == [(x.what, x.done, x.count) for x in report.lines]
    assert {(x.what, x.done): x.count for x in report.lines} == {
        ("check-ins", "coarsened to site and date"): 6,
        ("follow-ups", "deleted (superseded by a later one)"): 1,
        ("wall messages", "deleted"): 2, ("wall decisions", "deleted"): 1, ("staff decisions about them", "deleted"): 0,
        ("kept-aside copies", "deleted"): 2, ("wall messages", "kept (pinned)"): 1,
        ("heartbeats", "deleted (each kiosk's newest kept)"): 4,
        ("sync conflicts", "deleted"): 1, ("quarantined records", "deleted"): 1,
        ("staff edits", "staff label removed"): 1, ("closed alerts", "comment and names removed"): 1}

    # Check-ins: kept, coarsened to site and date; the recent ones untouched; results by day unchanged.
    assert _count(central, "checkin") == 9
    assert _count(central, "checkin", "WHERE kiosk = '' AND language = 'und'") == 6
    assert _count(central, "checkin", "WHERE kiosk = 'north-2' AND language = 'pl'") == 3
    assert _count(central, "checkin_followup") == 7  # 9 follow-ups less the superseded one... and none else
    with central.connect() as conn:
        moments = set(conn.execute(select(CheckInRecord.answered_at).where(CheckInRecord.site == "north",
                                                                           CheckInRecord.kiosk == "")).scalars())
        latest = conn.execute(select(CheckInFollowupRecord.followup)
                              .where(CheckInFollowupRecord.checkin_id == ids["first"])).scalars().all()
    assert len(moments) == 1  # one moment for the whole day: no order, no time of day left
    assert latest == ["visitor"]  # the latest follow-up, the one the results counted
    after = _tallies(central)
    assert after[0] == before[0]  # every day's counts by answer and follow-up
    assert after[1] == before[1]  # and the hourly ones still add up to the day's
    with central.begin() as conn:
        tallies.rebuild(conn)
    assert _tallies(central) == after  # `kiosk central rebuild-tallies` agrees

    # Wall: the pinned and the recent stay; the rest, and every copy, go.
    with central.connect() as conn:
        left = set(conn.execute(select(WallMessageRecord.id)).scalars())
        decisions = set(conn.execute(select(SiteContentRecord.id).where(SiteContentRecord.kind == "wall")).scalars())
    assert left == {ids["pinned"], ids["recent"]} and decisions == {ids["pinned"], ids["recent"]}
    assert _count(central, "heartbeat") == 2  # north-1: the recent one; north-2: its newest, though old
    assert _count(central, "sync_conflict") == 1 and _count(central, "quarantine") == 1  # the unrelated recent
    assert _count(central, "content_change", "WHERE staff_label = ''") == 1
    assert _count(central, "result_alert", "WHERE comment IS NULL AND acknowledged_by IS NULL") == 1
    assert _count(central, "result_alert", "WHERE comment IS NOT NULL") == 2  # open, and recently closed

    again = purge(central, POLICY, NOW)  # nothing left to do
    assert sum(x.count for x in again.lines if x.done != "kept (pinned)") == 0


def test_one_wall_message_is_erased_on_request(central: Engine) -> None:
    ids = _seed(central)
    counts = erase_wall_message(central, ids["pinned"])
    assert counts == {"wall messages": 1, "wall decisions": 1, "staff decisions about them": 0,
                      "kept-aside copies": 0}
    with pytest.raises(CentralError, match="no wall message"):
        erase_wall_message(central, ids["pinned"])


@pytest.mark.postgres
def test_a_kiosks_role_cannot_purge(pg_url: str, pg_server: PgServer) -> None:
    central = make_engine(pg_url)
    init_central(central)
    add_site(central, "north", "North Library", "Europe/London")
    _seed(central)
    creds = add_kiosk(central, "north", "north-9")
    bare, _ = without_password(pg_server.url(central.url.database or "", creds.role_name, creds.password))
    kiosk = open_central(bare, creds.password)  # as `kiosk central purge --url …` would connect
    try:
        with pytest.raises(CentralError, match="needs the central database's owner"):
            purge(kiosk, POLICY, NOW)
        with pytest.raises(CentralError, match="needs the central database's owner"):
            erase_wall_message(kiosk, uuid.uuid4())
        # and the server itself refuses, whatever the program says: no DELETE for a kiosk
        with pytest.raises(Exception, match="permission denied"), kiosk.begin() as conn:
            conn.execute(text("DELETE FROM heartbeat"))
    finally:
        kiosk.dispose()
    try:
        assert _count(central, "heartbeat") == 6 and _count(central, "checkin", "WHERE kiosk = ''") == 0
    finally:
        central.dispose()


def test_the_command_prints_what_it_did_per_type(tmp_path: Path) -> None:
    from tests.helpers import run_kiosk

    url = str(tmp_path / "central.sqlite3")
    engine = make_engine(url)
    try:
        init_central(engine)
        add_site(engine, "north", "North Library", "Europe/London")
        _seed(engine)
    finally:
        engine.dispose()
    (tmp_path / "kiosk.toml").write_text("[retention]\ncheckin_days = 100\nheartbeat_days = 30\n", encoding="utf-8")
    args = ["--config", "kiosk.toml", "central", "purge", "--url", url]
    dry = run_kiosk([*args, "--dry-run"], cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr
    out = dry.stdout.decode()
    assert out.startswith("DRY RUN — nothing changed. retention at ")
    assert "  check-ins from before " in out and ": 6 would be coarsened to site and date" in out
    assert ": 4 would be deleted (each kiosk's newest kept)" in out
    real = run_kiosk(args, cwd=tmp_path)
    assert real.returncode == 0, real.stderr
    assert ": 6 were coarsened to site and date" in real.stdout.decode()
    assert ": 2 were kept (pinned)" not in real.stdout.decode() and ": 1 were kept (pinned)" in real.stdout.decode()
    bad = run_kiosk(["central", "purge", "--url", url, "--erase-wall-message", "not-an-id"], cwd=tmp_path)
    assert bad.returncode == 2 and b"is not a message id" in bad.stderr and b"Traceback" not in bad.stderr
