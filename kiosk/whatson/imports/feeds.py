"""Reading a feed from its URL, page after page, keeping its place between runs (`import-listings --from-url`).

  RPDE (OpenActive)  from where the last run stopped (the feed's last `next` link; the URL given the first
                     time), `next` links are followed until a page has no items or links to itself — the end
                     of the feed for now, which is where the next run starts. The first request is
                     conditional (ETag / Last-Modified): 304 means nothing new. Every item read is kept as its
                     latest version (`modified`: an older version never replaces a newer one), so a session
                     that arrives in a later run still joins its SessionSeries; the listings are parsed from
                     all kept items, and only this run's deletions archive anything.
  HSDS API           the first page (conditional, as above), then `page=2 … total_pages`; the services of
                     every page are parsed together, so a location given once on page 1 is found on page 2.
Nothing is saved here: `FeedResult` holds the parse and the new `FeedState`/items, which the caller saves
after the listings are saved (so a failed run starts from the same place next time). Thread: the CLI's main
thread.
"""

from __future__ import annotations

import hashlib
import json
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.whatson.imports.categories import CategoryMap
from kiosk.whatson.imports.common import ListingImportError, Parsed
from kiosk.whatson.imports.hsds import parse_services, services_of
from kiosk.whatson.imports.http import FeedError, Http
from kiosk.whatson.imports.openactive import SESSION, _items, _local, parse_rpde
from kiosk.whatson.imports.rules import Unusable

MAX_PAGES = 20_000
Key = tuple[str, str]  # (kind, id)


def feed_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class FeedState:
    url: str
    format: str
    next_url: str
    etag: str = ""
    last_modified: str = ""


@dataclass
class FeedResult:
    parsed: Parsed  # empty when nothing changed
    state: FeedState
    pages: int = 0
    not_modified: bool = False
    items: dict[Key, dict[str, Any]] = field(default_factory=dict)  # RPDE: to keep (new or replaced)
    forget: set[Key] = field(default_factory=set)  # RPDE: applied, no longer needed


def _json(body: bytes, name: str) -> Any:
    try:
        return json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ListingImportError("is not UTF-8 text", file=name) from None
    except json.JSONDecodeError as e:
        raise ListingImportError(f"is not valid JSON ({e.msg})", file=name,
                                 row=f"line {e.lineno}, column {e.colno}") from None


def _modified_key(value: object) -> tuple[int, Any]:
    return (0, value) if isinstance(value, int | float) and not isinstance(value, bool) else (1, str(value))


def _newer_or_same(new: Mapping[str, Any], old: Mapping[str, Any] | None) -> bool:
    if old is None:
        return True
    a, b = _modified_key(new.get("modified")), _modified_key(old.get("modified"))
    return a >= b if a[0] == b[0] else True


def read_rpde(http: Http, url: str, state: FeedState | None, kept: Mapping[Key, dict[str, Any]], *,
              timezone: str, today: date | None, categories: CategoryMap | None = None) -> FeedResult:
    """New RPDE pages from where `state` left off, merged with the `kept` items → what to import and save."""
    current = state.next_url if state else url
    etag, last_modified = (state.etag, state.last_modified) if state else ("", "")
    pages: list[tuple[str, Any]] = []
    seen: set[str] = set()
    while True:
        if len(pages) >= MAX_PAGES or current in seen:
            break
        seen.add(current)
        page = http.get(current, etag=etag if not pages else "", last_modified=last_modified if not pages else "")
        if page is None:  # 304 on the first request: nothing new
            if not pages:
                return FeedResult(Parsed(), FeedState(url, "openactive", current, etag, last_modified), 0, True)
            break
        name = f"{current} (page {len(pages) + 1})"
        data = _json(page.body, name)
        pages.append((name, data))
        etag, last_modified = page.etag, page.last_modified
        nxt = data.get("next") if isinstance(data, dict) else None
        if not isinstance(nxt, str) or not nxt.strip():
            raise ListingImportError("this is not an RPDE page: it needs a 'next' link", file=name)
        nxt = urllib.parse.urljoin(page.url, nxt.strip())
        items = data.get("items") if isinstance(data, dict) else None
        if not items or nxt == current:
            current = nxt
            break
        current = nxt
    fresh = _items(pages)  # checks every page is RPDE (ListingImportError names page, item and field)
    merged: dict[Key, dict[str, Any]] = dict(kept)
    changed: dict[Key, dict[str, Any]] = {}
    for key, (_, item) in fresh.items():
        if _newer_or_same(item, merged.get(key)):
            merged[key] = changed[key] = item
    alive = [item for key, item in merged.items() if item["state"] == "updated" or key in changed]
    parsed = parse_rpde([(url, {"items": alive})], timezone=timezone, today=today, categories=categories)
    forget = {key for key, item in merged.items() if item["state"] == "deleted" or _past(item, key, timezone, today)}
    return FeedResult(parsed, FeedState(url, "openactive", current, etag, last_modified), len(pages), False,
                      {k: v for k, v in changed.items() if k not in forget}, forget & set(kept))


def _past(item: Mapping[str, Any], key: Key, timezone: str, today: date | None) -> bool:
    """A session before today: applied (or reported) once, never needed again."""
    if key[0] != SESSION or today is None:
        return False
    from zoneinfo import ZoneInfo

    try:
        return _local(item["data"].get("startDate"), ZoneInfo(timezone))[0] < today
    except Unusable:  # an unreadable date was reported by the parse; keep the item
        return False


def _with_page(url: str, page: int) -> str:
    parts = urllib.parse.urlsplit(url)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True) if k != "page"]
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode([*query, ("page", str(page))])))


def read_hsds_api(http: Http, url: str, state: FeedState | None, *, kind: str = "auto",
                  categories: CategoryMap | None = None) -> FeedResult:
    """Every page of an HSDS API listing (page=1 … total_pages), parsed together."""
    etag, last_modified = (state.etag, state.last_modified) if state and state.next_url == url else ("", "")
    first = http.get(url, etag=etag, last_modified=last_modified)
    if first is None:
        return FeedResult(Parsed(), FeedState(url, "hsds", url, etag, last_modified), 0, True)
    data = _json(first.body, f"{url} (page 1)")
    services = list(services_of(data, file=f"{url} (page 1)"))
    total = data.get("total_pages") if isinstance(data, dict) else None
    if total is not None and (not isinstance(total, int) or isinstance(total, bool) or total < 0):
        raise ListingImportError(f"total_pages {total!r} is not a whole number", file=url, field="total_pages")
    pages = 1
    for n in range(2, min(total or 1, MAX_PAGES) + 1):
        page = http.get(_with_page(url, n))
        if page is None:
            raise FeedError(f"{url} answered 304 Not Modified for page {n}, which was not asked for conditionally")
        name = f"{_with_page(url, n)} (page {n})"
        services += services_of(_json(page.body, name), file=name)
        pages += 1
    parsed = parse_services(services, file=url, kind=kind, categories=categories)
    return FeedResult(parsed, FeedState(url, "hsds", url, first.etag, first.last_modified), pages)
