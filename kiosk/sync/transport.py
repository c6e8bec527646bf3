"""How the kiosk (and `kiosk central`) reach a PostgreSQL server: TLS with the server's certificate checked
(`sslmode=verify-full`) unless the server is this machine.

    secure_url(url, allow_plaintext=False)  # adds sslmode=verify-full for a remote host; refuses a weaker
                                            # sslmode unless allowed (then `Transport.plain` is True)
    describe(url)                           # "TLS, server certificate checked (sslmode=verify-full)", …

This machine is: no host (libpq's default Unix socket), a socket folder (`/run/postgresql`, also as
`?host=/…`), `localhost`, or a loopback address (127.x.x.x, ::1) — for every host the URL names.
Anything else may be reached over a network someone else controls, so a password and every answer would
travel in plain text without TLS, and without verify-full a machine in the middle could pose as the server.
A weaker mode is a deliberate choice: `sync.allow_plaintext = true` on a kiosk
(logged as a warning on every connect by kiosk.sync.connect).
Pure URL work (SQLAlchemy's URL objects). Thread: any.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from sqlalchemy import URL

from kiosk.core.errors import SyncError

VERIFIED = "verify-full"
LOCAL_HOSTS = frozenset({"localhost"})
_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class Transport:
    url: URL  # the URL to connect with (sslmode added when it named none)
    local: bool  # the server is this machine (Unix socket or loopback)
    plain: bool  # remote, and not verified TLS: allowed only by sync.allow_plaintext
    sslmode: str  # as used ("" for a local server that names none: libpq's own default)


def _query_value(url: URL, key: str) -> str:
    value = url.query.get(key, "")
    return value[-1] if isinstance(value, tuple) else value


def _loopback(host: str) -> bool:
    if host.startswith("/") or host.lower() in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name: it may resolve anywhere


def is_local(url: URL) -> bool:
    """Whether the server is this machine: no host, a Unix socket folder, or a loopback name or address
    (every host libpq may use — the URL's, `?host=`, `?hostaddr=`, each of a comma-separated list)."""
    named = (url.host or "", _query_value(url, "host"), _query_value(url, "hostaddr"))
    hosts = [h.strip() for each in named for h in each.split(",") if h.strip()]
    return all(_loopback(h) for h in hosts)


def secure_url(url: URL, *, allow_plaintext: bool = False, setting: str = "sync.allow_plaintext") -> Transport:
    """The URL to connect with. Remote: sslmode=verify-full added when absent; a weaker sslmode is refused
    (SyncError, code "central_plaintext") unless `allow_plaintext`. SQLite and local servers: as given."""
    if url.get_backend_name() != "postgresql":
        return Transport(url, True, False, "")
    mode = _query_value(url, "sslmode").strip().lower()
    if mode and mode not in _MODES:
        raise SyncError(f"sslmode={mode} is not a PostgreSQL sslmode (use {VERIFIED})", code="central_sslmode",
                        mode=mode)
    if is_local(url):
        return Transport(url, True, False, mode)
    if not mode:
        return Transport(url.update_query_dict({"sslmode": VERIFIED}), False, False, VERIFIED)
    if mode == VERIFIED:
        return Transport(url, False, False, mode)
    if not allow_plaintext:
        raise SyncError(
            f"The central database at {url.host} is on another machine, and sslmode={mode} would "
            f"{'send everything unencrypted' if mode in ('disable', 'allow', 'prefer') else 'not check who answers'}"
            f". Use sslmode={VERIFIED} (the default when the URL names no sslmode), or set {setting} = true "
            "if this network is trusted.", code="central_plaintext", mode=mode, host=url.host or "")
    return Transport(url, False, True, mode)


def describe(transport: Transport) -> str:
    """The transport in words, for `kiosk sync --status` and logs."""
    if transport.url.get_backend_name() != "postgresql":
        return "a database file on this machine"
    if transport.local:
        return "this machine (no network)"
    if transport.plain:
        return (f"NOT VERIFIED (sslmode={transport.sslmode}): passwords and answers may be read or changed on "
                "the way (sync.allow_plaintext = true)")
    return f"TLS, server certificate checked (sslmode={VERIFIED})"
