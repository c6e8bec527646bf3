"""The central database's admin use cases: init, sites, kiosks, users, health, conflicts.

One code path for PostgreSQL (production) and a SQLite file (the embedded demo); on PostgreSQL each kiosk
also gets its own login role, and who may touch what is enforced by the server (`kiosk.sync.roles`).
Ids are checked against the config's identifier rule before anything reaches SQL; passwords are made
with `secrets`, returned to the caller once and never logged. Errors people can fix are `CentralError`
with a plain message (the CLI prints it, exit 2). Thread: the CLI's main thread (admin commands).
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import URL, Connection, Engine, event, func, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from kiosk.core.errors import CentralError
from kiosk.core.url_secrets import password_in_url, redact_url
from kiosk.data import migrate
from kiosk.data.engine import make_engine
from kiosk.data.sites import check_id as _check_id
from kiosk.data.sites import check_timezone as _check_timezone
from kiosk.data.sites import require_site as _require_site
from kiosk.data.sync_models import (
    HeartbeatRecord,
    KioskAccountRecord,
    SiteRecord,
    StaffAccountRecord,
    SyncConflictRecord,
)
from kiosk.sync.roles import RoleNames, role_names
from kiosk.sync.transport import VERIFIED, is_local, secure_url

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from kiosk.sync.converge import Convergence

__all__ = ["CentralError", "ConflictRow", "KioskCredentials", "KioskHealth", "RoleNames", "UserCredentials",
           "add_kiosk", "add_site", "add_user", "conflicts", "health", "init_central", "kiosk_url", "open_central",
           "revoke_kiosk", "role_names", "sqlite_path"]

UserKind = Literal["staff", "manager"]


@dataclass(frozen=True)
class KioskCredentials:
    """What a kiosk needs to log in. `password` is shown once (to a file); empty on a SQLite central."""

    kiosk_id: str
    site: str
    role_name: str
    password: str = field(repr=False)  # never reaches a log through repr()


@dataclass(frozen=True)
class UserCredentials:
    """A staff or manager login. `password` is empty when the user already existed (sites were added)."""

    name: str
    kind: str
    role_name: str
    sites: tuple[str, ...]
    created: bool
    password: str = field(repr=False)


@dataclass(frozen=True)
class KioskHealth:
    """One kiosk as its latest heartbeat describes it; never-seen kiosks have None for everything seen."""

    kiosk_id: str
    site: str
    last_seen: datetime | None
    app_version: str | None
    pending: int | None
    last_sync_at: datetime | None
    uptime_seconds: float | None
    revoked: bool
    silent: bool
    # The device, as its latest heartbeat tells (None: not told; heartbeats before migration 0009 do not).
    sent_at: datetime | None = None
    disk_free_mb: int | None = None
    memory_free_mb: int | None = None
    last_frame_at: datetime | None = None
    screen_on: bool | None = None
    # Its sync, as its latest heartbeat tells (None: not told; heartbeats before migration 0013 do not): when the
    # oldest answer waiting on it was given, and its last sync failure as a code (kiosk.sync.problems) and when.
    oldest_unsent_at: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None


@dataclass(frozen=True)
class ConflictRow:
    received_at: datetime
    site: str
    kiosk: str
    table_name: str
    record_id: str
    digest: str


# -- engines -------------------------------------------------------------------------------------------

def _normalise(url: str) -> str:
    """libpq-style `postgresql://` / `postgres://` URLs use psycopg 3 (the driver this app ships)."""
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    return url


def check_url(url: str) -> URL | None:
    """The parsed URL (None for a SQLite path); refuses a URL that carries a password anywhere (user part,
    query, percent-encoded); the URL in a message is always redacted."""
    if "://" not in url:
        return None
    if password_in_url(url):
        raise CentralError(f"the URL {redact_url(url)} contains a password, and shell history and process lists "
                           "keep it. Leave it out and use --password-file FILE (mode 0600), "
                           "KIOSK_CENTRAL_ADMIN_PASSWORD, PGPASSWORD or ~/.pgpass instead")
    try:
        parsed = make_url(_normalise(url))
    except Exception:  # sqlalchemy.exc.ArgumentError, ValueError: not a URL at all
        raise CentralError(f"{redact_url(url)!r} is not a database URL like postgresql://admin@db.example.org/kiosk "
                           "or a SQLite file path") from None
    if parsed.get_backend_name() not in ("postgresql", "sqlite"):
        raise CentralError(f"the central database must be PostgreSQL (postgresql://…) or a SQLite file, "
                           f"not {parsed.get_backend_name()}")
    return parsed


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite central (a path or a sqlite:// URL), else None."""
    if "://" not in url:
        return Path(url).expanduser().absolute()
    if url.startswith("sqlite"):
        database = make_url(url).database
        return Path(database).expanduser().absolute() if database and database != ":memory:" else None
    return None


def open_central(url: str, password: str | None = None) -> Engine:
    """An engine on the central database: a PostgreSQL URL (without a password; `password` is handed to
    the driver on connect, or libpq finds PGPASSWORD / ~/.pgpass) or a SQLite path/URL (the demo). Another
    machine is reached with sslmode=verify-full unless --url names an sslmode (then a warning per connect)."""
    parsed = check_url(url)
    if parsed is None or parsed.get_backend_name() == "sqlite":
        return make_engine(url)
    transport = secure_url(parsed, allow_plaintext=True)
    engine = make_engine(transport.url.render_as_string(hide_password=False))
    if password:
        @event.listens_for(engine, "do_connect")
        def _password(dialect: object, record: object, cargs: object, cparams: dict[str, object]) -> None:
            cparams["password"] = password
    if transport.plain:
        @event.listens_for(engine, "connect")
        def _warn(_dbapi: object, _record: object) -> None:
            log.warning("connected to %s WITHOUT verified TLS (sslmode=%s): the password and the data can be read "
                        "or changed on the way; use sslmode=verify-full", where(engine), transport.sslmode)
    return engine


def where(engine: Engine) -> str:
    """The database for messages: host:port/db for a server, the file for SQLite; never a password."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return url.database or "(memory)"
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def explain(engine: Engine, error: SQLAlchemyError) -> CentralError:
    """A database error as a plain message (no traceback, no password)."""
    orig = getattr(error, "orig", None)
    detail = str(orig or error).strip().splitlines()[0] if str(orig or error).strip() else type(error).__name__
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if sqlstate == "42501" or "permission denied" in detail:
        return CentralError(f"missing permission on the central database at {where(engine)}: {detail}. "
                            "The user in --url may not do this: `kiosk central` needs the database owner with "
                            "CREATEROLE (or a superuser); an export needs a manager")
    if sqlstate in ("42P01", "42883") or "no such table" in detail:
        return CentralError(f"the central database at {where(engine)} is not set up (or is older than this "
                            f"program): run `kiosk central init` ({detail})")
    connecting = type(orig).__name__ == "OperationalError" and not sqlstate  # failed before any statement
    if connecting or sqlstate.startswith("08") or (isinstance(error, DBAPIError) and error.connection_invalidated):
        return CentralError(f"cannot reach the central database at {where(engine)}: {detail}")
    return CentralError(f"the central database at {where(engine)} refused: {detail}")


# -- validation ----------------------------------------------------------------------------------------

def _is_pg(bind: Engine | Connection) -> bool:
    return bind.dialect.name == "postgresql"


# -- use cases -----------------------------------------------------------------------------------------

def init_central(engine: Engine, limits: dict[str, int] | None = None) -> Convergence:
    """Creates or upgrades the central schema, stores the limits the server enforces on kiosks
    (kiosk.sync.checks), then (PostgreSQL) brings every kiosk, staff and manager role to exactly the model's
    grants and policies, taking away anything else. Returns what it removed (and what it could not).
    Safe to run again: nothing changes the second time."""
    from kiosk.sync.converge import Convergence

    migrate.upgrade(engine)
    if limits:
        from kiosk.sync.checks import set_limits

        set_limits(engine, limits)
    report = Convergence()
    if _is_pg(engine):
        from kiosk.sync import converge
        from kiosk.sync.roles import ensure_access, public_can_create

        with engine.begin() as conn:
            names = role_names(conn)
            before = converge.snapshot(conn, names)
            converge.strip(conn, names, report)
            ensure_access(conn)
            report.removed = sorted(before - converge.snapshot(conn, names))
            if public_can_create(conn):  # PostgreSQL < 15, and schema public belongs to someone else
                raise CentralError("every role may still create objects in schema public (PostgreSQL before 15 "
                                   "grants it): as a superuser run REVOKE CREATE ON SCHEMA public FROM PUBLIC, "
                                   "then `kiosk central init` again")
            others = converge.other_databases(conn, names)
            if others:
                report.warnings.append(
                    f"kiosks may still connect to the other databases of this server ({', '.join(others)}): "
                    "PUBLIC may connect there, which only pg_hba.conf can stop — see docs/security.md")
    return report


def add_site(engine: Engine, site_id: str, name: str, timezone: str = "Europe/London") -> None:
    _check_id("site id", site_id)
    _check_timezone(timezone)
    if not name.strip() or len(name) > 120:
        raise CentralError("the site name must be 1-120 characters")
    with engine.begin() as conn:
        if conn.execute(select(SiteRecord.id).where(SiteRecord.id == site_id)).first():
            raise CentralError(f"site {site_id!r} already exists")
        conn.execute(insert(SiteRecord), [{"id": site_id, "name": name.strip(), "timezone": timezone,
                                                      "created_at": datetime.now(UTC)}])


def add_kiosk(engine: Engine, site_id: str, kiosk_id: str) -> KioskCredentials:
    """Registers a kiosk at a site; on PostgreSQL also creates its login role with a new password."""
    _check_id("site id", site_id)
    _check_id("kiosk id", kiosk_id)
    names = role_names(engine)
    role = names.kiosk_login(kiosk_id)
    password = secrets.token_urlsafe(32) if _is_pg(engine) else ""
    with engine.begin() as conn:
        _require_site(conn, site_id)
        existing = conn.execute(select(KioskAccountRecord.site).where(KioskAccountRecord.kiosk_id == kiosk_id)).first()
        if existing:
            raise CentralError(f"kiosk {kiosk_id!r} already exists (site {existing.site!r}); "
                               "every kiosk id is used once, so choose a new one")
        if _is_pg(conn):
            from kiosk.sync import roles

            if roles.role_exists(conn, role):
                raise CentralError(f"a database role named {role!r} already exists; choose another kiosk id")
            roles.create_login_role(conn, role, names.kiosk, password, connection_limit=roles.KIOSK_CONNECTION_LIMIT,
                                    settings=roles.KIOSK_ROLE_SETTINGS)
        conn.execute(insert(KioskAccountRecord), [{"kiosk_id": kiosk_id, "site": site_id, "role_name": role,
                                                              "created_at": datetime.now(UTC)}])
    return KioskCredentials(kiosk_id=kiosk_id, site=site_id, role_name=role, password=password)


def revoke_kiosk(engine: Engine, kiosk_id: str) -> None:
    """Marks the kiosk revoked (its row policies fail from the next statement on); on PostgreSQL its role
    can no longer log in, leaves the kiosk group, and its open sessions are ended. Idempotent."""
    _check_id("kiosk id", kiosk_id)
    with engine.begin() as conn:
        account = conn.execute(select(KioskAccountRecord).where(KioskAccountRecord.kiosk_id == kiosk_id)).first()
        if account is None:
            raise CentralError(f"unknown kiosk {kiosk_id!r}")
        if account.revoked_at is None:
            conn.execute(update(KioskAccountRecord).where(KioskAccountRecord.kiosk_id == kiosk_id)
                         .values(revoked_at=datetime.now(UTC)))
        if _is_pg(conn):
            from kiosk.sync import roles

            if roles.role_exists(conn, account.role_name):
                roles.disable_login(conn, account.role_name, role_names(conn).kiosk)
    if _is_pg(engine):
        from kiosk.sync import roles

        try:
            with engine.begin() as conn:
                roles.terminate_sessions(conn, account.role_name)
        except DBAPIError as e:
            # Ending other sessions needs pg_signal_backend (or superuser). Not fatal: a revoked kiosk's open
            # session has no privileges left and every row policy already refuses it.
            if getattr(e.orig, "sqlstate", None) != "42501":
                raise


def add_user(engine: Engine, kind: UserKind, name: str, sites: tuple[str, ...] | list[str] = ()) -> UserCredentials:
    """A staff user (looks after `sites`) or a manager (reads everything). On PostgreSQL a login role with a
    new password; an existing staff user only gains the listed sites and keeps its password."""
    if kind not in ("staff", "manager"):
        raise CentralError(f"unknown user kind {kind!r}: use staff or manager")
    _check_id("user name", name)
    sites = tuple(dict.fromkeys(_check_id("site id", s) for s in sites))
    if kind == "staff" and not sites:
        raise CentralError("a staff user needs at least one --site")
    if kind == "manager" and sites:
        raise CentralError("a manager reads every site; leave out --site")
    names = role_names(engine)
    role = names.user_login(name)
    password = ""
    created = True
    with engine.begin() as conn:
        for site in sites:
            _require_site(conn, site)
        if _is_pg(conn):
            from kiosk.sync import roles

            group = names.group(kind)
            if roles.role_exists(conn, role):
                member = conn.execute(select(func.pg_has_role(role, group, "MEMBER"))).scalar_one()
                if not member or kind == "manager":
                    raise CentralError(f"user {name!r} already exists" + ("" if member else f" and is not {kind}"))
                created = False
            else:
                password = secrets.token_urlsafe(32)
                roles.create_login_role(conn, role, group, password)
        known = set(conn.execute(select(StaffAccountRecord.site).where(StaffAccountRecord.role_name == role))
                    .scalars())
        if known and not _is_pg(conn):
            created = False
        new = [{"role_name": role, "site": s} for s in sites if s not in known]
        if new:
            conn.execute(insert(StaffAccountRecord), new)
    return UserCredentials(name=name, kind=kind, role_name=role, sites=sites, created=created, password=password)


def health(engine: Engine, now: datetime | None = None,
           silent_after: timedelta = timedelta(minutes=15)) -> list[KioskHealth]:
    """Every kiosk (including never-seen and revoked ones) with its latest heartbeat, by site and id.
    A kiosk in service is silent when it was never seen or not seen for longer than `silent_after`.

    Seen means a heartbeat *received*: `synced_at`, which on PostgreSQL is the server's clock (a column default a
    kiosk may not set), never the `sent_at` the kiosk claims — a heartbeat dated 2099 keeps nobody alive (and
    is kept aside anyway). The last sync is the later of the success the heartbeat reports and that arrival: a
    heartbeat is queued during a sync and reports the success *before* it, yet its arrival proves the push."""
    now = now or datetime.now(UTC)
    received = func.coalesce(HeartbeatRecord.synced_at, HeartbeatRecord.sent_at)  # NULL only if written by hand
    ranked = select(HeartbeatRecord, received.label("received_at"), func.row_number().over(
        partition_by=HeartbeatRecord.kiosk,
        order_by=(received.desc(), HeartbeatRecord.id)).label("n")).subquery()
    q = (select(KioskAccountRecord.kiosk_id, KioskAccountRecord.site, KioskAccountRecord.revoked_at,
                ranked.c.received_at, ranked.c.synced_at, ranked.c.app_version, ranked.c.pending,
                ranked.c.last_sync_at, ranked.c.uptime_seconds, ranked.c.sent_at, ranked.c.disk_free_mb,
                ranked.c.memory_free_mb, ranked.c.last_frame_at, ranked.c.screen_on, ranked.c.oldest_unsent_at,
                ranked.c.last_error, ranked.c.last_error_at)
         .outerjoin(ranked, (ranked.c.kiosk == KioskAccountRecord.kiosk_id) & (ranked.c.n == 1))
         .order_by(KioskAccountRecord.site, KioskAccountRecord.kiosk_id))
    out: list[KioskHealth] = []
    with engine.connect() as conn:
        for r in conn.execute(q):
            revoked = r.revoked_at is not None
            last = r.received_at
            # What the kiosk reports is at most 5 minutes ahead of the arrival (later ones are kept aside).
            synced = max((m for m in (r.last_sync_at, r.synced_at) if m is not None), default=None)
            out.append(KioskHealth(
                kiosk_id=r.kiosk_id, site=r.site, last_seen=last, app_version=r.app_version, pending=r.pending,
                last_sync_at=synced, uptime_seconds=r.uptime_seconds, revoked=revoked,
                silent=not revoked and (last is None or now - last > silent_after), sent_at=r.sent_at,
                disk_free_mb=r.disk_free_mb, memory_free_mb=r.memory_free_mb, last_frame_at=r.last_frame_at,
                screen_on=None if r.screen_on is None else bool(r.screen_on), oldest_unsent_at=r.oldest_unsent_at,
                last_error=r.last_error, last_error_at=r.last_error_at))
    return out


def conflicts(engine: Engine, site: str | None = None) -> list[ConflictRow]:
    """Records that arrived with a known id but different content, newest first."""
    q = select(SyncConflictRecord).order_by(SyncConflictRecord.received_at.desc(), SyncConflictRecord.id)
    if site is not None:
        q = q.where(SyncConflictRecord.site == _check_id("site id", site))
    with engine.connect() as conn:
        return [ConflictRow(received_at=r.received_at, site=r.site, kiosk=r.kiosk, table_name=r.table_name,
                            record_id=str(r.record_id), digest=r.digest) for r in conn.execute(q)]


def kiosk_url(admin_url: str, credentials: KioskCredentials) -> str:
    """The URL the kiosk connects with: the admin's server, database and options (sslmode=verify-full…)
    with the kiosk's role as the user and no password (that comes from the kiosk's password file)."""
    parsed = check_url(admin_url)
    if parsed is None or parsed.get_backend_name() == "sqlite":
        return admin_url
    url = parsed.set(username=credentials.role_name, password=None)
    if not is_local(url):  # a kiosk reaches another machine only over TLS that checks who answers
        url = url.update_query_dict({"sslmode": VERIFIED})
    return url.render_as_string(hide_password=False)
