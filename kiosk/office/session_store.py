"""Signing in to the office: a person's own central login (a staff or manager user made by `kiosk central
add-user`), never the admin's, so PostgreSQL's row-level security decides what they see.

    session = sign_in(url, "alice", password)   # Session(engine, person) or SignInError(code)

The URL names the server and database only (no user, never a password: refused in any spelling); the person's
login role is worked out here from the name (`kk_<md5(database)[:10]>_u_<name>`, kiosk.sync.roles.RoleNames)
and the password goes to the driver on connect, never into a URL or a log. Another machine is reached with TLS
that checks its certificate (kiosk.sync.transport: sslmode=verify-full added when the URL names none). A SQLite
file (the demo's central) has no logins: whoever opens it sees every site, as a manager.
Errors are a `SignInError` with a code the view model turns into a sentence: password, revoked, unreachable,
tls, url, not_person, failed. Thread: the database thread.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from kiosk.core.errors import KioskError, SyncError
from kiosk.core.url_secrets import password_in_url
from kiosk.data.engine import make_engine
from kiosk.data.sites import check_id
from kiosk.sync.problems import sync_problem
from kiosk.sync.roles import RoleNames
from kiosk.sync.transport import secure_url

STAFF, MANAGER = "staff", "manager"


class SignInError(KioskError):
    """Why signing in failed; `code` picks the sentence (kiosk.office.words.sign_in_words)."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message, code=code)


@dataclass(frozen=True)
class Person:
    name: str
    kind: str  # staff | manager
    sites: tuple[str, ...]  # the sites they may see (RLS decides; read once at sign-in)


@dataclass
class Session:
    engine: Engine = field(repr=False)
    person: Person
    url: str  # as typed (no password)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def role_prefix(database: str) -> str:
    """The central database's role prefix, as PostgreSQL works it out (kiosk.sync.roles.role_names)."""
    return "kk_" + hashlib.md5(database.encode()).hexdigest()[:10]


def login_role(database: str, name: str) -> str:
    """The PostgreSQL role of a staff or manager user `name` (a full role name is taken as it is)."""
    prefix = role_prefix(database)
    if name.startswith(prefix + "_u_"):
        return name
    return RoleNames(prefix).user_login(name)


def _sqlite(url: str) -> Path | None:
    if "://" not in url:
        return Path(url).expanduser().absolute()
    if url.startswith("sqlite"):
        return Path(make_url(url).database or "").expanduser().absolute()
    return None


def sign_in(url: str, name: str, password: str, *, allow_plaintext: bool = False) -> Session:
    url, name = url.strip(), name.strip()
    if not url:
        raise SignInError("no central database is given", code="url")
    path = _sqlite(url)
    if path is not None:
        if not path.is_file():
            raise SignInError(f"there is no central database at {path}", code="unreachable")
        engine = make_engine(str(path))
        try:
            sites = _sites(engine)
        except SQLAlchemyError:
            engine.dispose()
            raise SignInError("the file is not a central database", code="failed") from None
        return Session(engine, Person(name or "office", MANAGER, sites), url)
    if password_in_url(url):
        raise SignInError("the URL holds a password", code="url")
    try:
        check_id("user name", name)
    except KioskError:
        raise SignInError("not a user name", code="password") from None
    try:
        parsed = make_url(url.replace("postgresql://", "postgresql+psycopg://", 1)
                          .replace("postgres://", "postgresql+psycopg://", 1))
        if parsed.get_backend_name() != "postgresql" or not parsed.database:
            raise ValueError(url)
        transport = secure_url(parsed.set(username=login_role(parsed.database, name), password=None),
                               allow_plaintext=allow_plaintext, setting="--allow-plaintext")
    except SyncError as e:
        raise SignInError(str(e), code="tls") from None
    except Exception:  # ArgumentError, ValueError: not a database URL
        raise SignInError("not a database URL", code="url") from None
    engine = create_engine(transport.url, pool_size=2, max_overflow=2, pool_pre_ping=True, pool_recycle=600,
                           connect_args={"password": password, "connect_timeout": 10,
                                         "application_name": "kindness-kiosk office"})
    try:
        kind = _kind(engine, parsed.database)
        sites = _sites(engine)
    except SQLAlchemyError as e:
        engine.dispose()
        raise _problem(e) from None
    except KioskError:
        engine.dispose()
        raise
    return Session(engine, Person(name, kind, sites), url)


def _problem(error: BaseException) -> SignInError:
    """A driver's error as one of the codes (never its text, which may name the server's internals)."""
    problem = sync_problem(error)
    code = {"central_password": "password", "central_no_password": "password", "central_revoked": "revoked",
            "sync": "unreachable", "central_certificate": "tls", "central_no_tls": "tls",
            "central_not_found": "unreachable", "central_not_set_up": "failed"}.get(problem.code or "", "failed")
    return SignInError(str(problem), code=code)


def _kind(engine: Engine, database: str) -> str:
    names = RoleNames(role_prefix(database))
    with engine.connect() as conn:
        manager, staff = conn.execute(text(
            "SELECT pg_has_role(session_user, :m, 'MEMBER'), pg_has_role(session_user, :s, 'MEMBER')"),
            {"m": names.manager, "s": names.staff}).one()
    if manager:
        return MANAGER
    if staff:
        return STAFF
    raise SignInError("this login is not a staff or manager user", code="not_person")


def _sites(engine: Engine) -> tuple[str, ...]:
    from kiosk.results.central import CentralResults

    return CentralResults(engine).scope().sites


def site_names(engine: Engine, sites: tuple[str, ...]) -> dict[str, str]:
    """Each site's name where this login may read the `site` table (managers), else its id."""
    from sqlalchemy import select

    from kiosk.data.sync_models import SiteRecord

    names = {s: s for s in sites}
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "postgresql" and not conn.execute(
                    text("SELECT has_table_privilege('public.site', 'SELECT')")).scalar_one():
                return names
            names.update({r.id: r.name for r in conn.execute(select(SiteRecord.id, SiteRecord.name))})
    except SQLAlchemyError:
        pass
    return {s: names[s] for s in sites}
