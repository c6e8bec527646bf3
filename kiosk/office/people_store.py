"""Sites & people (managers only): the `kiosk central` admin operations, sharing their code
(kiosk.sync.central, kiosk.sync.central_cli.add_kiosk_with_files), run with the admin's login — asked for on
this page only, held by this page's engine while it is open and never stored.

    admin = admin_engine(url, "admin", password)     # AdminError(code) when it is not accepted
    overview(admin)                                  # sites, kiosks, people
    add_site / add_kiosk / revoke_kiosk / add_person / remove_person / reset_login

A person removed can no longer log in (their role is switched off and leaves its group; their sites are
forgotten); a reset gives a new password, shown once to the manager who asked. Passwords travel to PostgreSQL
only as SCRAM verifiers made on this machine (kiosk.sync.roles). Thread: the database thread.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, delete, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from kiosk.core.errors import CentralError, KioskError
from kiosk.data.sites import check_id
from kiosk.data.sync_models import KioskAccountRecord, SiteRecord, StaffAccountRecord
from kiosk.sync import roles
from kiosk.sync.central import add_site, add_user, open_central, revoke_kiosk, role_names
from kiosk.sync.central_cli import NewKiosk, add_kiosk_with_files

__all__ = ["NewKiosk", "Overview", "add_kiosk", "add_person", "add_site", "admin_engine", "overview",
           "remove_person", "reset_login", "revoke_kiosk"]


@dataclass(frozen=True)
class PersonRow:
    name: str
    kind: str  # staff | manager
    sites: tuple[str, ...]
    can_log_in: bool


@dataclass(frozen=True)
class Overview:
    sites: tuple[tuple[str, str, str], ...]  # id, name, time zone
    kiosks: tuple[tuple[str, str, bool], ...]  # id, site, revoked
    people: tuple[PersonRow, ...]


def admin_engine(url: str, admin: str, password: str) -> Engine:
    """The admin's engine (the database owner with CREATEROLE): for this page only."""
    url = url.strip()
    if "://" in url and not url.startswith("sqlite"):
        check_id("admin name", admin.strip()) if admin.strip() else None
        parsed = make_url(url.replace("postgresql://", "postgresql+psycopg://", 1))
        url = parsed.set(username=admin.strip() or parsed.username).render_as_string(hide_password=False)
    engine = open_central(url, password or None)
    try:
        with engine.connect() as conn:
            conn.execute(select(SiteRecord.id).limit(1)).all()
    except SQLAlchemyError as e:
        engine.dispose()
        raise e
    return engine


def overview(engine: Engine) -> Overview:
    with engine.connect() as conn:
        sites = tuple((r.id, r.name, r.timezone) for r in conn.execute(
            select(SiteRecord.id, SiteRecord.name, SiteRecord.timezone).order_by(SiteRecord.id)))
        kiosks = tuple((r.kiosk_id, r.site, r.revoked_at is not None) for r in conn.execute(
            select(KioskAccountRecord.kiosk_id, KioskAccountRecord.site, KioskAccountRecord.revoked_at)
            .order_by(KioskAccountRecord.site, KioskAccountRecord.kiosk_id)))
        staff_sites: dict[str, list[str]] = {}
        for r in conn.execute(select(StaffAccountRecord.role_name, StaffAccountRecord.site)
                              .order_by(StaffAccountRecord.site)):
            staff_sites.setdefault(r.role_name, []).append(r.site)
        people: list[PersonRow] = []
        if conn.dialect.name == "postgresql":
            names = role_names(conn)
            marker = f"{names.prefix}_u_"
            rows = conn.execute(text(
                "SELECT r.rolname, r.rolcanlogin, pg_has_role(r.oid, :m, 'MEMBER') FROM pg_roles r "
                "WHERE left(r.rolname, :n) = :p ORDER BY r.rolname"),
                {"m": names.manager, "n": len(marker), "p": marker}).all()
            for role, login, manager in rows:
                people.append(PersonRow(role[len(marker):], "manager" if manager else "staff",
                                        tuple(staff_sites.get(role, ())), bool(login)))
        else:
            prefix = "kk_local_u_"
            for role, sites_of in staff_sites.items():
                people.append(PersonRow(role.removeprefix(prefix), "staff", tuple(sites_of), True))
    return Overview(sites, kiosks, tuple(people))


def add_kiosk(engine: Engine, url: str, site: str, kiosk_id: str, folder: Path) -> NewKiosk:
    """A kiosk at `site`; on PostgreSQL its password goes to `<folder>/<kiosk id>.password` (0600, new)."""
    out = str(folder / f"{check_id('kiosk id', kiosk_id)}.password") if engine.dialect.name == "postgresql" else None
    return add_kiosk_with_files(engine, url, site, kiosk_id, out)


def add_person(engine: Engine, kind: str, name: str, sites: tuple[str, ...]) -> str:
    """A staff user (for `sites`) or a manager; returns the new password ("" when they existed or on SQLite)."""
    if kind not in ("staff", "manager"):
        raise KioskError(f"unknown kind {kind!r}")
    user = add_user(engine, "staff" if kind == "staff" else "manager", name, sites if kind == "staff" else ())
    return user.password if user.created else ""


def remove_person(engine: Engine, name: str) -> None:
    """They can no longer log in, their open sessions end, and the sites they looked after are forgotten."""
    check_id("user name", name)
    role = role_names(engine).user_login(name)
    with engine.begin() as conn:
        conn.execute(delete(StaffAccountRecord).where(StaffAccountRecord.role_name == role))
        if conn.dialect.name == "postgresql":
            if not roles.role_exists(conn, role):
                raise CentralError(f"there is no user {name!r}")
            names = role_names(conn)
            for group in (names.staff, names.manager):
                roles.disable_login(conn, role, group)
    if engine.dialect.name == "postgresql":
        try:
            with engine.begin() as conn:
                roles.terminate_sessions(conn, role)
        except SQLAlchemyError:
            pass  # needs pg_signal_backend; a removed role's open session has no privileges left anyway


def reset_login(engine: Engine, name: str) -> str:
    """A new password for a staff user or manager (and their login switched on again); returns it once."""
    check_id("user name", name)
    if engine.dialect.name != "postgresql":
        raise CentralError("the demo's SQLite central has no logins to reset")
    from psycopg import sql

    role = role_names(engine).user_login(name)
    password = secrets.token_urlsafe(18)
    with engine.begin() as conn:
        if not roles.role_exists(conn, role):
            raise CentralError(f"there is no user {name!r}")
        verifier = roles.scram_verifier(conn, role, password)
        with conn.connection.driver_connection.cursor() as cur:  # type: ignore[union-attr]
            cur.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role),
                                                                         sql.Literal(verifier)))
    return password
