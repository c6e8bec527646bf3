"""A real HTTP server on localhost (http.server in a thread) serving pages a test writes, for feed imports.

    with FeedServer() as server:
        server.route("/feed", body)                        # JSON-encodes dicts and lists
        server.route("/feed", body, etag='"v1"')           # answers 304 to If-None-Match: "v1"
        server.route("/busy", status=503, headers={"Retry-After": "7"}, then=body)   # once 503, then the body
        server.url("/feed") → "http://127.0.0.1:PORT/feed";  server.requests → [(path, headers), ...]

A route may be replaced between runs (the feed changed). Thread: the server runs on its own thread; tests
call `route` between requests only.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    etag: str = ""


class FeedServer:
    def __init__(self) -> None:
        self._routes: dict[str, list[Reply]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server._lock:
                    server.requests.append((self.path, dict(self.headers.items())))
                    replies = server._routes.get(self.path)
                    reply = (replies.pop(0) if len(replies) > 1 else replies[0]) if replies else Reply(404, b"{}")
                if reply.etag and self.headers.get("If-None-Match") == reply.etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply.body)))
                if reply.etag:
                    self.send_header("ETag", reply.etag)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="feed-server", daemon=True)

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_port}{path}"

    def route(self, path: str, body: Any = None, *, status: int = 200, etag: str = "",
              headers: dict[str, str] | None = None, then: Any = None) -> None:
        """Serve `body` at `path` (replacing what was there); with `then`, `body` once and `then` after."""
        def reply(b: Any, s: int, h: dict[str, str] | None, e: str) -> Reply:
            raw = b if isinstance(b, bytes) else json.dumps(b if b is not None else {}).encode("utf-8")
            return Reply(s, raw, h or {}, e)

        replies = [reply(body, status, headers, etag if then is None else "")]
        if then is not None:
            replies.append(reply(then, 200, None, etag))
        with self._lock:
            self._routes[path] = replies

    def paths(self) -> list[str]:
        with self._lock:
            return [p for p, _ in self.requests]
