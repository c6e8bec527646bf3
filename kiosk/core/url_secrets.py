"""Passwords in database URLs: found wherever they hide, and redacted before a URL is shown, logged or stored.

A password may sit in the user part (`postgresql://kiosk:SECRET@host/db`), in the query (`?password=SECRET`,
`&password=SECRET`, `?PassWord=…`), percent-encoded (`?pass%77ord=…`, even twice), or in the fragment. The
kiosk refuses all of them (shell history, process lists, logs and backups keep URLs): passwords come from a
password file or an environment variable. `redact_url` is what any message, log line or stored note uses.

Plain string work (urllib.parse), no SQLAlchemy, so the configuration can use it while it loads.
Thread: any.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

MASK = "***"
PASSWORD_HINT = ("a password does not belong in a URL (shell history, logs and process lists keep it): "
                 "leave it out and put it in the password file instead")
_PASSWORD_KEY = re.compile(r"pass(?:word)?\s*$", re.IGNORECASE)
_ANY_PASSWORD = re.compile(r"password\s*=", re.IGNORECASE)


def _decoded(text: str) -> str:
    """Percent-decoding until nothing changes (a few rounds at most): `%2570` hides a `p` twice."""
    for _ in range(4):
        plain = unquote(text)
        if plain == text:
            break
        text = plain
    return text


def _split(text: str) -> tuple[str, str, str, str, str] | None:
    """(scheme://, userinfo, rest of the authority and path, query, fragment) of a URL; None for a file path."""
    head, sep, tail = text.partition("://")
    if not sep:
        return None
    tail, hash_, fragment = tail.partition("#")
    tail, q, query = tail.partition("?")
    slash = tail.find("/")
    authority, path = (tail, "") if slash < 0 else (tail[:slash], tail[slash:])
    userinfo, at, host = authority.rpartition("@")
    return head + sep, userinfo + at, host + path, q + query, hash_ + fragment


def password_in_url(text: str) -> bool:
    """Whether a URL carries a password anywhere (user part, query, fragment; percent-encoded or not)."""
    parts = _split(text)
    if parts is None:
        return False  # a file path (a SQLite file)
    _, userinfo, _, query, fragment = parts
    if ":" in _decoded(userinfo):  # user:password@ (a `:` percent-encoded in the user name counts too)
        return True
    return bool(_ANY_PASSWORD.search(_decoded(query + fragment)))


def _redact_query(query: str) -> str:
    pieces = []
    for piece in re.split(r"([&;])", query):
        key, eq, _value = piece.partition("=")
        pieces.append(f"{key}={MASK}" if eq and _PASSWORD_KEY.search(_decoded(key)) else piece)
    return "".join(pieces)


def redact_url(text: str) -> str:
    """The URL with every password replaced by *** (user part, query values, fragment); a path as it is."""
    parts = _split(text)
    if parts is None:
        return text
    scheme, userinfo, rest, query, fragment = parts
    if userinfo:
        raw = userinfo[:-1]
        if ":" in raw:
            userinfo = f"{raw.split(':', 1)[0]}:{MASK}@"
        elif ":" in _decoded(raw):  # user%3Apassword@
            userinfo = f"{_decoded(raw).split(':', 1)[0]}:{MASK}@"
    if query:
        query = "?" + _redact_query(query[1:])
    if fragment and _ANY_PASSWORD.search(_decoded(fragment)):
        fragment = "#" + MASK
    shown = scheme + userinfo + rest + query + fragment
    return shown if not _ANY_PASSWORD.search(_decoded(shown).replace(f"={MASK}", "")) else _last_resort(shown)


def _last_resort(text: str) -> str:
    """Whatever survived the careful pass (an odd encoding): everything after `password=` goes."""
    return _ANY_PASSWORD.split(_decoded(text), maxsplit=1)[0] + "password=" + MASK
