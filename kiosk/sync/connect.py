"""The link to the central database: its URL, the transport (TLS verify-full to another machine, see
kiosk.sync.transport), the engine, and what went wrong in plain words.

`sync.central_url` never holds a password (refused in any spelling): it comes from KIOSK_CENTRAL_PASSWORD
or the first line of `sync.password_file` (refused when others may read it) and is handed to the driver
on connect, never put into a URL. Anything shown to people, logged or stored uses `Central.shown` (every
password redacted). Thread: the kiosk-sync thread or the CLI's main thread.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url

from kiosk.core.config import Config
from kiosk.core.errors import SyncError
from kiosk.core.private_files import too_open
from kiosk.core.url_secrets import password_in_url, redact_url
from kiosk.data.engine import sqlite_engine
from kiosk.sync.problems import PASSWORD_ENV, sync_problem
from kiosk.sync.transport import Transport, secure_url

log = logging.getLogger(__name__)

NOT_CONFIGURED = ("Sync is off: sync.central_url is not set in the kiosk configuration. "
                  "Answers stay on this kiosk.")


@dataclass(frozen=True)
class Central:
    """Where the central database is. `url` never holds the password (it is handed to the driver on connect);
    `shown` is the URL as configured, every password redacted: for messages, logs and the pull cursor's source."""

    url: URL
    path: Path | None  # the file, for a SQLite central
    password: str | None = field(default=None, repr=False)  # never reaches a log through repr()
    shown: str = ""
    transport: Transport | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None


def _shown(url: URL) -> str:
    return redact_url(url._replace(password=None).render_as_string(hide_password=False))


def central_for(config: Config, env: Mapping[str, str] | None = None) -> Central:
    """The configured central database; raises SyncError (plain words) when sync is off or unusable: a
    password in the URL, a weaker sslmode than verify-full to another machine without sync.allow_plaintext,
    a password file others may read."""
    env = os.environ if env is None else env
    text = config.central_url.strip()
    if not text:
        raise SyncError(NOT_CONFIGURED)
    if "://" not in text:
        path = Path(text).expanduser().absolute()
        url = URL.create("sqlite+pysqlite", database=str(path))
        return Central(url, path, shown=_shown(url))
    if password_in_url(text):
        raise SyncError("sync.central_url contains a password. Take it out and put it in the password file "
                        f"(sync.password_file, mode 0600) or in {PASSWORD_ENV}.", code="url_password")
    url = make_url(text)
    if url.get_backend_name() == "sqlite":
        if not url.database:
            raise SyncError("sync.central_url names no SQLite file.")
        path = Path(url.database).expanduser().absolute()
        url = url.set(drivername="sqlite+pysqlite", database=str(path))
        return Central(url, path, shown=_shown(url))
    if url.drivername in ("postgresql", "postgres"):  # libpq-style URLs: the driver this app ships
        url = url.set(drivername="postgresql+psycopg")
    shown = _shown(url)  # as configured: the pull cursor's source stays the same when sslmode is added
    transport = secure_url(url, allow_plaintext=config.allow_plaintext)
    password = env.get(PASSWORD_ENV) or _password_from_file(config.password_file)
    return Central(transport.url, None, password or None, shown, transport)


def _password_from_file(name: str) -> str | None:
    if not name:
        return None
    path = Path(name).expanduser()
    problem = too_open(path)
    if problem:
        raise SyncError(problem[:1].upper() + problem[1:] + " (sync.password_file).", code="password_file_open",
                        path=str(path))
    try:
        first = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise SyncError(f"The password file {path} (sync.password_file) does not exist.") from None
    except (OSError, UnicodeDecodeError) as e:
        why = getattr(e, "strerror", None) or e.__class__.__name__
        raise SyncError(f"The password file {path} (sync.password_file) cannot be read: {why}.") from None
    return first[0].strip() if first and first[0].strip() else None


def central_engine(central: Central) -> Engine:
    """An engine for the central database. A SQLite central must already exist (see `kiosk central`)."""
    if central.path is not None:
        if not central.path.is_file():
            raise SyncError(f"The central database file {central.path} does not exist. "
                            "Create it with `kiosk central init` (or start `kiosk demo --central FILE`).")
        return sqlite_engine(central.path)
    connect_args: dict[str, object] = {"password": central.password} if central.password else {}
    engine = create_engine(
        central.url, pool_size=1, max_overflow=1, pool_pre_ping=True, pool_recycle=600,
        connect_args={
            **connect_args,
            "connect_timeout": 10,
            "application_name": "kindness-kiosk sync",
            # A server that vanishes without closing the connection must not hang a push forever.
            "keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3,
            "tcp_user_timeout": 30_000,
            "prepare_threshold": None,  # prepared push plans: measured, no gain
            "options": "-c statement_timeout=120000 -c idle_in_transaction_session_timeout=120000",
        },
    )
    transport = central.transport
    if transport is not None and transport.plain:
        shown = central.shown

        @event.listens_for(engine, "connect")
        def _warn(_dbapi: object, _record: object) -> None:  # every new connection, as the setting promises
            log.warning("connected to the central database %s WITHOUT verified TLS (sslmode=%s): passwords and "
                        "answers can be read or changed on the way. sync.allow_plaintext = true allows this; "
                        "use sslmode=verify-full", shown, transport.sslmode)
    return engine


def explain(error: BaseException) -> str:
    """What went wrong with a sync, in plain words for staff; no URL, password or SQL in it."""
    return str(sync_problem(error))
