"""Fetching feed pages over HTTP(S) for `kiosk import-listings --from-url`: conditional GETs and patient retries.

`Http.get(url, etag=…, last_modified=…)` returns a `Page` (body, ETag, Last-Modified) or None when the server
answers 304 Not Modified (nothing to do). Busy or failing servers are retried: 429, 5xx, timeouts and refused
connections wait `base_delay`·2ⁿ seconds (at most `max_delay`), or what Retry-After asks (seconds or an HTTP
date) when it is no more than `max_wait`; after `attempts` tries, or at once for other 4xx answers, TLS
failures and bad URLs, `FeedError` says what happened in one sentence. TLS certificates are always verified
(the system's trust store). Only the standard library (urllib). Sleeping and the clock are injectable, so
tests never sleep. Thread: the CLI's main thread.
"""

from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from kiosk.core.errors import KioskError

MAX_BYTES = 64 * 1024 * 1024  # a feed page larger than this is refused
USER_AGENT = "KindnessKiosk/1 (+listings import; polite: honours Retry-After and ETag)"
RETRY = frozenset({429, 500, 502, 503, 504})


class FeedError(KioskError):
    """A feed could not be read; the message is one sentence saying what happened and what to do."""

    kind = "feed"


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    body: bytes
    etag: str = ""
    last_modified: str = ""


class Http:
    def __init__(self, *, sleep: Callable[[float], None] | None = None, now: Callable[[], datetime] | None = None,
                 attempts: int = 5, base_delay: float = 2.0, max_delay: float = 60.0, max_wait: float = 600.0,
                 timeout: float = 30.0, context: ssl.SSLContext | None = None) -> None:
        import time

        self.sleep = sleep or time.sleep
        self.now = now or (lambda: datetime.now(UTC))
        self.attempts, self.base_delay, self.max_delay, self.max_wait = attempts, base_delay, max_delay, max_wait
        self.timeout = timeout
        self.context = context or ssl.create_default_context()
        self.waited: list[float] = []  # every wait, in seconds (for the report and for tests)

    def get(self, url: str, *, etag: str = "", last_modified: str = "") -> Page | None:
        """The page at `url`, or None for 304 Not Modified. Raises FeedError."""
        if not url.lower().startswith(("https://", "http://")):
            raise FeedError(f"{url!r} is not an http:// or https:// address")
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        problem = ""
        for attempt in range(self.attempts):
            try:
                request = urllib.request.Request(url, headers=headers)
                with urllib.request.urlopen(request, timeout=self.timeout, context=self.context) as r:
                    body = r.read(MAX_BYTES + 1)
                    if len(body) > MAX_BYTES:
                        raise FeedError(f"{url} sent more than {MAX_BYTES // 2**20} MB; that is not a feed page")
                    return Page(r.geturl(), body, r.headers.get("ETag", "") or "",
                                r.headers.get("Last-Modified", "") or "")
            except urllib.error.HTTPError as e:
                if e.code == 304:
                    return None
                if e.code not in RETRY:
                    raise FeedError(f"{url} answered {e.code} {e.reason}: check the address "
                                    f"(nothing was changed)") from None
                problem = f"the server answered {e.code} {e.reason}"
                wait = self._delay(attempt, e.headers.get("Retry-After") if e.headers else None, url)
            except urllib.error.URLError as e:
                reason: Any = e.reason
                if isinstance(reason, ssl.SSLCertVerificationError | ssl.SSLError):
                    raise FeedError(f"{url}: the server's TLS certificate could not be verified "
                                    f"({getattr(reason, 'verify_message', '') or reason}); nothing was changed") \
                        from None
                if isinstance(reason, socket.gaierror):
                    raise FeedError(f"{url}: the server's name could not be found; check the address and the "
                                    f"network (nothing was changed)") from None
                problem = f"it could not be reached ({getattr(reason, 'strerror', None) or reason})"
                wait = self._delay(attempt, None, url)
            except TimeoutError:
                problem = f"it did not answer within {self.timeout:g} seconds"
                wait = self._delay(attempt, None, url)
            except (ConnectionError, OSError) as e:
                problem = f"the connection failed ({e.strerror or e.__class__.__name__})"
                wait = self._delay(attempt, None, url)
            if attempt + 1 < self.attempts:
                self._wait(wait)
        raise FeedError(f"{url}: {problem}, {self.attempts} times over {sum(self.waited):g} seconds; it will be "
                        f"tried again on the next run (nothing was changed)")

    def _delay(self, attempt: int, retry_after: str | None, url: str) -> float:
        backoff = min(self.max_delay, self.base_delay * 2 ** attempt)
        if not retry_after:
            return backoff
        asked = _seconds(retry_after.strip(), self.now())
        if asked is None:
            return backoff
        if asked > self.max_wait:
            raise FeedError(f"{url} is busy and asks to wait {asked / 60:.0f} minutes; it will be tried again on "
                            f"the next run (nothing was changed)")
        return asked

    def _wait(self, seconds: float) -> None:
        self.waited.append(seconds)
        self.sleep(seconds)


def _seconds(retry_after: str, now: datetime) -> float | None:
    """Retry-After as seconds from now: "120", or an HTTP date. None when it is neither."""
    if retry_after.isdigit():
        return float(retry_after)
    try:
        when = parsedate_to_datetime(retry_after)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())
