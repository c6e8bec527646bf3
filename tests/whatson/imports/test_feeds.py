"""`kiosk import-listings --from-url` against a real HTTP server on localhost serving pages the test writes:
RPDE `next` links followed to the end, the place kept between runs, deletions and newer versions applied,
an older version ignored, a session that arrives after its series joins it, 304 = nothing to do, a 503 with
Retry-After then success (waits recorded by an injected sleeper, never slept), a server that keeps failing
(one sentence, nothing changed, the place kept), and HSDS API paging with a location given once on page 1
and used on page 2."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.core.clock import SystemClock, local_date
from kiosk.core.config import load
from kiosk.data.services import Services
from kiosk.whatson import feed_store
from kiosk.whatson.cli import run
from kiosk.whatson.imports.http import FeedError, Http
from kiosk.whatson.rules.listings import Listing
from kiosk.whatson.rules.schedules import OneOff, Sessions
from kiosk.whatson.store import ListingService
from tests.support.feed_server import FeedServer
from tests.whatson.imports.samples import HUB, ORG, item, series, session, weekly


class Waits:
    def __init__(self) -> None:
        self.seconds: list[float] = []

    def __call__(self, s: float) -> None:
        self.seconds.append(s)


@pytest.fixture
def cfg(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[kiosk]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    return path


def _run(cfg: Path, fmt: str, url: str, waits: Waits | None = None, **extra: Any) -> int:
    args = argparse.Namespace(config=str(cfg), format=fmt, path=None, from_url=url, kind="auto", report=None,
                              dry_run=False)
    for k, v in extra.items():
        setattr(args, k, v)
    return run(args, http=Http(sleep=waits or Waits(), attempts=3, base_delay=1.5))


def _listings(cfg: Path) -> dict[str, tuple[Listing, bool]]:
    services = Services(load(cfg))
    try:
        service = services.get(ListingService.from_services)
        return {x.listing.source: (x.listing, x.archived) for x in service.listings(include_archived=True)}
    finally:
        services.close()


def _day(n: int) -> str:
    return (local_date(SystemClock().now(), "Europe/London") + timedelta(days=n)).isoformat()


def _page(items: list[dict[str, Any]], nxt: str) -> dict[str, Any]:
    return {"items": items, "next": nxt, "license": "https://creativecommons.org/licenses/by/4.0/"}


SERIES, SESSION = "SessionSeries", "ScheduledSession"


def test_rpde_pages_runs_deletions_updates_and_304(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with FeedServer() as server:
        a = series("a", "Walk and talk", None)
        b = series("b", "Knit club", [weekly("Thursday", "14:00", "16:00", startDate="2026-01-01")])
        server.route("/feed", _page([item(SERIES, "a", 1, a), item(SERIES, "b", 2, b)], "/feed?after=2"))
        server.route("/feed?after=2", _page([
            item(SESSION, "s1", 3, session("s1", "a", f"{_day(2)}T10:00:00", f"{_day(2)}T11:00:00")),
            item(SESSION, "old", 4, session("old", "a", f"{_day(-3)}T10:00:00", f"{_day(-3)}T11:00:00",
                                            "EventCancelled"))], "/feed?after=4"))
        server.route("/feed?after=4", _page([], "/feed?after=4"), etag='"e4"')
        assert _run(cfg, "openactive", server.url("/feed")) == 0
        out = capsys.readouterr().out
        assert out.startswith("2 added, 0 updated, 0 unchanged, 0 removed, 1 skipped")
        assert "past and cancelled: the session on" in out and "Read 3 page(s)" in out
        got = _listings(cfg)
        walk = got["openactive:SessionSeries:a"][0]
        assert isinstance(walk.schedule, Sessions) and [r.on for r in walk.schedule.rules
                                                         if isinstance(r, OneOff)] == [date.fromisoformat(_day(2))]
        services = Services(load(cfg))
        try:
            state = feed_store.load_state(services.engine(), server.url("/feed"))
        finally:
            services.close()
        assert state is not None and state.next_url == server.url("/feed?after=4") and state.etag == '"e4"'

        # run 2: the feed moved on from where run 1 stopped: a newer walk, knit club deleted, a new session
        # of the walk (its series is not on these pages: it is joined from what run 1 kept)
        server.requests.clear()
        server.route("/feed?after=4", _page([
            item(SERIES, "a", 5, series("a", "Walk and talk (longer route)", None)),
            item(SERIES, "b", 6),
            item(SESSION, "s2", 7, session("s2", "a", f"{_day(4)}T10:00:00", f"{_day(4)}T11:00:00")),
        ], "/feed?after=7"))
        server.route("/feed?after=7", _page([item(SERIES, "a", 4, series("a", "An older walk", None))],
                                            "/feed?after=8"))
        server.route("/feed?after=8", _page([], "/feed?after=8"), etag='"e8"')
        assert _run(cfg, "openactive", server.url("/feed")) == 0
        out = capsys.readouterr().out
        assert server.paths()[0] == "/feed?after=4"  # the place was kept: never back to the start
        assert "updated  Walk and talk (longer route)" in out and "removed  Knit club" in out
        got = _listings(cfg)
        walk = got["openactive:SessionSeries:a"][0]
        assert walk.title == "Walk and talk (longer route)"  # modified 4 came later but is older: ignored
        assert isinstance(walk.schedule, Sessions)
        assert sorted(r.on for r in walk.schedule.rules if isinstance(r, OneOff)) == [
            date.fromisoformat(_day(2)), date.fromisoformat(_day(4))]
        assert got["openactive:SessionSeries:b"][1] is True  # archived

        # run 3: nothing new → one conditional request, 304, nothing to do
        server.requests.clear()
        assert _run(cfg, "openactive", server.url("/feed")) == 0
        assert "Nothing new" in capsys.readouterr().out
        assert server.paths() == ["/feed?after=8"] and server.requests[0][1].get("If-None-Match") == '"e8"'


def test_a_busy_server_is_waited_for_and_a_failing_one_changes_nothing(
        cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with FeedServer() as server:
        page = _page([item(SERIES, "a", 1, series("a", "Walk and talk", [weekly("Monday", "10:00", "11:00")]))],
                     "/feed?after=1")
        server.route("/feed", b"busy", status=503, headers={"Retry-After": "7"}, then=page)
        server.route("/feed?after=1", _page([], "/feed?after=1"))
        waits = Waits()
        assert _run(cfg, "openactive", server.url("/feed"), waits) == 0
        assert waits.seconds == [7.0] and "1 added" in capsys.readouterr().out

        server.route("/down", b"oops", status=500)
        waits = Waits()
        assert _run(cfg, "openactive", server.url("/down"), waits) == 2
        err = capsys.readouterr().err
        assert "answered 500" in err and "3 times" in err and "Nothing was changed." in err
        assert "Traceback" not in err and waits.seconds == [1.5, 3.0]  # exponential back-off
        assert list(_listings(cfg)) == ["openactive:SessionSeries:a"]

        server.route("/gone", b"{}", status=404)
        assert _run(cfg, "openactive", server.url("/gone")) == 2
        assert "answered 404" in capsys.readouterr().err


def test_retry_after_is_capped_and_backoff_is_capped() -> None:
    http = Http(sleep=Waits(), base_delay=2, max_delay=5, max_wait=60)
    assert [http._delay(n, None, "u") for n in range(5)] == [2, 4, 5, 5, 5]
    assert http._delay(0, "30", "u") == 30
    with pytest.raises(FeedError, match="asks to wait 2 minutes"):
        http._delay(0, "120", "u")


def test_hsds_api_pages_share_a_location_given_once(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sched = [{"id": "sch", "freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "12:00"}]

    def service(sid: str, name: str, sal: dict[str, Any]) -> dict[str, Any]:
        return {"id": sid, "name": name, "status": "active", "organization": ORG, "schedules": sched,
                "service_at_locations": [sal]}

    with FeedServer() as server:
        server.route("/services", {"total_pages": 2, "page_number": 1, "contents": [
            service("s1", "Benefits advice", {"id": "sal1", "location": HUB})]})
        server.route("/services?page=2", {"total_pages": 2, "page_number": 2, "contents": [
            service("s2", "Money clinic", {"id": "sal2", "location_id": "loc-hub"}),
            service("s3", "Lost place", {"id": "sal3", "location": {"id": "loc-nowhere"}})]})
        assert _run(cfg, "hsds", server.url("/services")) == 0
        out = capsys.readouterr().out
        assert "unmappable: its location 'loc-nowhere' is not given anywhere in this import" in out
        got = _listings(cfg)
        clinic = got["hsds:s2@loc-hub"][0]
        assert clinic.place.building == "Riverside Community Hub"
        assert clinic.place.address == "12 Kelvin Street, Glasgow, G3 7AB"
        assert clinic.accessibility is not None and clinic.price is None and clinic.drop_in is None
        assert server.paths() == ["/services", "/services?page=2"]
