"""`kiosk central …`: set up and look after the central database (init, sites, kiosks, users, health,
conflicts, quarantine; features add their own actions, e.g. the wall's `moderate`, as `CentralAction`s).

Argparse only at import time; database work is imported inside `run`. The admin's password never comes
from the command line: `--url` with a password is refused (shell history keeps it); it comes from
`--password-file`, KIOSK_CENTRAL_ADMIN_PASSWORD, or libpq's own PGPASSWORD / ~/.pgpass. A kiosk's new
password is written only to the `--password-out` file (created 0600, never overwritten), never printed.
Errors people can fix are one line on stderr, exit status 2. Thread: main.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.commands import CentralAction
from kiosk.core.terminal import table, when

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.sync.central import ConflictRow, KioskHealth

ADMIN_PASSWORD_ENV = "KIOSK_CENTRAL_ADMIN_PASSWORD"


def add_connection_args(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    p.add_argument("--url", required=required, metavar="URL",
                   help="the central database: postgresql://ADMIN@HOST[:PORT]/DB[?sslmode=verify-full] without a "
                        "password, or a SQLite file path for the embedded demo")
    p.add_argument("--password-file", metavar="FILE",
                   help=f"a file whose first line is the admin's password (else {ADMIN_PASSWORD_ENV}, "
                        "PGPASSWORD or ~/.pgpass)")


def register(sub: Any, central_actions: Sequence[CentralAction] = ()) -> None:
    p = sub.add_parser("central", help="set up and look after the central database",
                       description="Create or upgrade the central database and manage its sites, kiosks and users. "
                                   "On PostgreSQL every kiosk gets its own login role, and the server itself "
                                   "enforces what each role may do.")
    actions = p.add_subparsers(dest="central_command", metavar="ACTION", required=True)

    init = actions.add_parser("init", help="create or upgrade the central database (safe to run again)",
                              description="Create or upgrade the central schema and, on PostgreSQL, its roles, "
                                          "grants and row-level security. Running it again changes nothing.")
    add_connection_args(init)

    site = actions.add_parser("add-site", help="add a site (a building with kiosks)",
                              description="Add a site: its id (used in every record), name and time zone.")
    add_connection_args(site)
    site.add_argument("--id", required=True, help="the site id, e.g. riverside (letters, digits, - _ .)")
    site.add_argument("--name", required=True, help="the site's name, shown on its kiosks")
    site.add_argument("--timezone", default="Europe/London", help="IANA time zone (default Europe/London)")

    kiosk = actions.add_parser("add-kiosk", help="add a kiosk to a site and make its login",
                               description="Add a kiosk to a site. On PostgreSQL this creates the kiosk's own "
                                           "login role with a new password, written to --password-out only. "
                                           "Prints the settings to put in that kiosk's configuration file.")
    add_connection_args(kiosk)
    kiosk.add_argument("--site", required=True, help="the site the kiosk stands in")
    kiosk.add_argument("--id", required=True, help="the kiosk id, unique in the organisation, e.g. riverside-1")
    kiosk.add_argument("--password-out", metavar="FILE",
                       help="write the kiosk's new password to this new file (mode 0600; never overwritten). "
                            "Required on PostgreSQL")
    kiosk.add_argument("--kiosk-password-file", metavar="PATH",
                       help="where the password file will be on the kiosk, for the printed settings "
                            "(default: the --password-out path)")

    revoke = actions.add_parser("revoke-kiosk", help="stop a kiosk (lost, stolen or retired) at once",
                                description="Revoke a kiosk: its role can no longer log in, its open sessions "
                                            "are ended and its records are refused from then on.")
    add_connection_args(revoke)
    revoke.add_argument("--id", required=True, help="the kiosk id")

    user = actions.add_parser("add-user", help="add a staff user (some sites) or a manager (reads everything)",
                              description="Add a staff user, who edits listings and moderation for the given "
                                          "sites, or a manager, who reads every site for reports. Adding an "
                                          "existing staff user again gives them the extra sites.")
    add_connection_args(user)
    user.add_argument("name", help="the user's name (letters, digits, - _ .)")
    user.add_argument("--role", required=True, choices=["staff", "manager"], help="staff or manager")
    user.add_argument("--site", action="append", default=[], metavar="SITE",
                      help="a site this staff user looks after (repeatable)")
    user.add_argument("--password-out", metavar="FILE",
                      help="write the new user's password to this new file (mode 0600). Required on PostgreSQL")

    health = actions.add_parser("health", help="every kiosk with when it was last seen; silent ones flagged",
                                description="List every kiosk with its latest heartbeat: last seen, version, "
                                            "answers waiting to be sent, last sync, uptime and the device (screen "
                                            "on or asleep, last frame, free disk and memory). Kiosks not seen "
                                            "for --silent-after minutes (or never) are flagged SILENT.")
    add_connection_args(health)
    health.add_argument("--silent-after", type=_minutes, default=15.0, metavar="MINUTES",
                        help="flag kiosks not seen for this many minutes (default 15)")

    conflicts = actions.add_parser("conflicts", help="records that arrived twice with different content",
                                   description="List records a kiosk sent with an id already stored with other "
                                               "content; they are kept aside, never overwrite the original.")
    add_connection_args(conflicts)
    conflicts.add_argument("--site", metavar="SITE", help="only this site")

    quarantine = actions.add_parser(
        "quarantine", help="records the central database kept aside (over a kiosk's daily limit, or misdated)",
        description="List what the central PostgreSQL refused to store and kept aside: per day and kiosk, how "
                    "many records were stored, kept aside and (beyond the quarantine's own bound) only counted, "
                    "then the newest records kept aside and why. Limits: central.max_answers_per_kiosk_day and "
                    "central.max_conflicts_per_kiosk_day, applied by `kiosk central init`.")
    add_connection_args(quarantine)
    quarantine.add_argument("--kiosk", metavar="KIOSK", help="only this kiosk's records")
    quarantine.add_argument("--limit", type=int, default=50, metavar="N", help="show the newest N records (50)")
    p.set_defaults(feature_run=run)
    for action in central_actions:
        action.configure(actions, add_connection_args)
        actions.choices[action.name].set_defaults(central_run=action.run)



def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes") from None
    if not 0 < value <= 525_600:
        raise argparse.ArgumentTypeError(f"{text!r}: must be more than 0 and at most a year of minutes")
    return value


# -- connecting ---------------------------------------------------------------------------------------------

def admin_password(args: argparse.Namespace) -> str | None:
    """--password-file, else KIOSK_CENTRAL_ADMIN_PASSWORD, else None (libpq: PGPASSWORD, ~/.pgpass)."""
    from kiosk.sync.central import CentralError

    if getattr(args, "password_file", None):
        from kiosk.core.private_files import too_open

        path = Path(args.password_file).expanduser()
        problem = too_open(path)
        if problem:
            raise CentralError(problem)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            why = getattr(e, "strerror", None) or e.__class__.__name__
            raise CentralError(f"cannot read the password file {path}: {why}") from None
        if not lines or not lines[0].strip():
            raise CentralError(f"the password file {path} is empty")
        return lines[0].strip()
    return os.environ.get(ADMIN_PASSWORD_ENV) or None


def open_engine(args: argparse.Namespace, password: str | None, *, create: bool = False) -> Engine:
    """The central engine for --url and the admin's password. A SQLite central must exist unless `create`."""
    from kiosk.sync.central import CentralError, open_central, sqlite_path

    path = sqlite_path(args.url)
    if path is not None and not create and not path.is_file():
        raise CentralError(f"there is no central database at {path}: create it with `kiosk central init`")
    try:
        return open_central(args.url, password)
    except ModuleNotFoundError as e:
        raise CentralError(f"PostgreSQL support is not installed ({e.name}): "
                           "pip install 'kindness-kiosk[postgres]'") from None


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.sync.central import CentralError, explain

    password = admin_password(args)
    engine = open_engine(args, password, create=args.central_command == "init")
    try:
        action = getattr(args, "central_run", None) or _ACTIONS[args.central_command]
        return int(action(engine, args))
    except SQLAlchemyError as e:
        message = str(explain(engine, e))
        raise CentralError(message.replace(password, "***") if password else message) from None
    finally:
        engine.dispose()


# -- actions -----------------------------------------------------------------------------------------------

def _init(engine: Engine, args: argparse.Namespace) -> int:
    from kiosk.core import config as settings
    from kiosk.data.migrations import HEAD
    from kiosk.sync.central import init_central, role_names, where
    from kiosk.sync.checks import ANSWERS_LIMIT, CONFLICTS_LIMIT

    cfg = settings.load(getattr(args, "config", None))
    limits = {ANSWERS_LIMIT: cfg.central_max_answers_per_kiosk_day,
              CONFLICTS_LIMIT: cfg.central_max_conflicts_per_kiosk_day}
    report = init_central(engine, limits)
    print(f"central database at {where(engine)} is ready (schema {HEAD})")
    if engine.dialect.name == "postgresql":
        names = role_names(engine)
        print(f"group roles: {names.kiosk} (kiosks), {names.staff} (staff), {names.manager} (managers)")
        print(f"daily limits per kiosk: {limits[ANSWERS_LIMIT]} records of each kind, "
              f"{limits[CONFLICTS_LIMIT]} conflicts (the rest kept aside: `kiosk central quarantine`)")
        if report.removed:
            print(f"\nremoved {len(report.removed)} grant(s), membership(s), setting(s) or policy(ies) "
                  "the model does not give:")
            for line in report.removed:
                print(f"  - {line}")
        else:
            print("every kiosk, staff and manager role holds exactly what the model grants (nothing removed)")
        for line in report.not_removed:
            print(f"NOT removed (this login may not): {line}", file=sys.stderr)
        for line in report.warnings:
            print(f"warning: {line}", file=sys.stderr)
    return 0


def _add_site(engine: Engine, args: argparse.Namespace) -> int:
    from kiosk.sync.central import add_site

    add_site(engine, args.id, args.name, args.timezone)
    print(f"site {args.id!r} added: {args.name} ({args.timezone})")
    return 0


def _new_secret_file(path_text: str | None, what: str) -> tuple[Path, int] | None:
    """Creates the password file now (0600, exclusive) so a clash is found before anything is created."""
    from kiosk.sync.central import CentralError

    if not path_text:
        return None
    path = Path(path_text).expanduser().absolute()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise CentralError(f"{path} already exists; not overwriting it (choose another --password-out)") from None
    except OSError as e:
        raise CentralError(f"cannot create {path} for the {what}'s password: {e.strerror or e}") from None
    os.fchmod(fd, 0o600)
    return path, fd


def _write_secret(out: tuple[Path, int], password: str) -> None:
    _, fd = out
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(password + "\n")
        f.flush()
        os.fsync(f.fileno())


def _discard(out: tuple[Path, int] | None) -> None:
    if out is not None:
        path, fd = out
        with contextlib.suppress(OSError):  # already closed when writing it failed
            os.close(fd)
        path.unlink(missing_ok=True)


def _toml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


@dataclass(frozen=True)
class NewKiosk:
    """A kiosk just added: its login, the password file written (PostgreSQL), and its config snippet."""

    kiosk_id: str
    site: str
    role_name: str
    password_file: Path | None
    snippet: str


def add_kiosk_with_files(engine: Engine, url: str, site_id: str, kiosk_id: str, password_out: str | None,
                         kiosk_password_file: str | None = None) -> NewKiosk:
    """Adds a kiosk (kiosk.sync.central.add_kiosk); on PostgreSQL writes its new password to `password_out`
    (created 0600, never overwritten; required there) and returns the settings for that kiosk's configuration
    file. Shared by `kiosk central add-kiosk` and the office's Sites & people page."""
    from sqlalchemy import select

    from kiosk.data.sync_models import SiteRecord
    from kiosk.sync.central import CentralError, add_kiosk, kiosk_url

    postgres = engine.dialect.name == "postgresql"
    if postgres and not password_out:
        raise CentralError("--password-out FILE is required: the kiosk's new password is written there, "
                           "and nowhere else")
    out = _new_secret_file(password_out, "kiosk") if postgres else None
    try:
        creds = add_kiosk(engine, site_id, kiosk_id)
        if out is not None:
            _write_secret(out, creds.password)
    except BaseException:
        _discard(out)
        raise
    with engine.connect() as conn:
        site = conn.execute(select(SiteRecord).where(SiteRecord.id == creds.site)).one()
    kiosk_db = kiosk_url(url, creds) if postgres else str(Path(engine.url.database or url).absolute())
    lines = [f"# Kindness Kiosk: settings for kiosk {creds.kiosk_id} at site {creds.site}.",
             "# Put them in that kiosk's configuration file (--config FILE or KIOSK_CONFIG)."]
    if out is not None:
        on_kiosk = kiosk_password_file or str(out[0])
        lines += [f"# Its password is in {out[0]} (mode 0600).",
                  f"# Copy that file to the kiosk as {on_kiosk}, readable only by the kiosk's user;",
                  "# then delete it here. The password is not shown anywhere else."]
    lines += ["", "[site]", f"id = {_toml(creds.site)}", f"name = {_toml(site.name)}",
              f"timezone = {_toml(site.timezone)}", "", "[kiosk]", f"id = {_toml(creds.kiosk_id)}", "", "[sync]",
              f"central_url = {_toml(kiosk_db)}"]
    if out is not None:
        lines.append(f"password_file = {_toml(kiosk_password_file or str(out[0]))}")
    return NewKiosk(creds.kiosk_id, creds.site, creds.role_name, out[0] if out is not None else None,
                    "\n".join(lines))


def _add_kiosk(engine: Engine, args: argparse.Namespace) -> int:
    made = add_kiosk_with_files(engine, args.url, args.site, args.id, args.password_out, args.kiosk_password_file)
    if made.password_file is None and args.password_out:
        print(f"(a SQLite central has no passwords: nothing written to {args.password_out})", file=sys.stderr)
    print(made.snippet)
    if engine.dialect.name == "postgresql":
        print(f"kiosk {made.kiosk_id!r} added to site {made.site!r} as role {made.role_name}", file=sys.stderr)
    return 0


def _revoke_kiosk(engine: Engine, args: argparse.Namespace) -> int:
    from kiosk.sync.central import revoke_kiosk

    revoke_kiosk(engine, args.id)
    print(f"kiosk {args.id!r} revoked: it can no longer log in, and its records are refused")
    return 0


def _add_user(engine: Engine, args: argparse.Namespace) -> int:
    from kiosk.sync.central import CentralError, add_user

    postgres = engine.dialect.name == "postgresql"
    if postgres and not args.password_out:
        raise CentralError("--password-out FILE is required: the new user's password is written there, "
                           "and nowhere else")
    out = _new_secret_file(args.password_out, "user") if postgres else None
    try:
        user = add_user(engine, args.role, args.name, args.site)
        if out is not None:
            if user.created:
                _write_secret(out, user.password)
            else:
                _discard(out)
                out = None
    except BaseException:
        _discard(out)
        raise
    sites = f" for site(s) {', '.join(user.sites)}" if user.sites else ""
    if user.created:
        where_pw = f"; password in {out[0]}" if out is not None else ""
        print(f"{user.kind} user {user.name!r} added{sites} as role {user.role_name}{where_pw}")
    else:
        print(f"{user.kind} user {user.name!r} already existed; now also{sites} (password unchanged)")
    return 0


def _span(seconds: float) -> str:
    minutes = int(seconds // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    return f"{days}d {hours}h" if days else f"{hours}h {mins:02d}m"


def _status(h: KioskHealth, now: datetime) -> str:
    if h.revoked:
        return "revoked"
    if h.last_seen is None:
        return "SILENT: never seen"
    if h.silent:
        return f"SILENT for {_span((now - h.last_seen).total_seconds())}"
    return "ok"


def _health(engine: Engine, args: argparse.Namespace) -> int:
    from datetime import UTC

    from kiosk.sync.central import health

    now = datetime.now(UTC)
    report = health(engine, now=now, silent_after=timedelta(minutes=args.silent_after))
    if not report:
        print("no kiosks yet: add one with `kiosk central add-kiosk`")
        return 0
    from kiosk.sync.health_words import device_warnings, device_words, sync_warnings

    rows = [(h.kiosk_id, h.site, when(h.last_seen), h.app_version or "-",
             "-" if h.pending is None else str(h.pending), when(h.oldest_unsent_at) if h.oldest_unsent_at else "-",
             when(h.last_sync_at) if h.last_seen else "-",
             f"{h.last_error} ({when(h.last_error_at)})" if h.last_error else "-",
             "-" if h.uptime_seconds is None else _span(h.uptime_seconds), _status(h, now), device_words(h))
            for h in report]
    print(table(("KIOSK", "SITE", "LAST SEEN (UTC)", "VERSION", "PENDING", "OLDEST UNSENT (UTC)", "LAST SYNC (UTC)",
                 "LAST ERROR (UTC)", "UPTIME", "STATUS", "DEVICE"), rows))
    warnings = [line for h in report for line in (*sync_warnings(h), *device_warnings(h))]
    if warnings:
        print("\n" + "\n".join(f"! {line}" for line in warnings))
    silent = sum(h.silent for h in report)
    revoked = sum(h.revoked for h in report)
    print(f"\n{len(report)} kiosk(s): {len(report) - silent - revoked} ok, {silent} silent "
          f"(not seen for {args.silent_after:g} min or never), {revoked} revoked")
    return 0


def _quarantine(engine: Engine, args: argparse.Namespace) -> int:
    from kiosk.sync.checks import kept_aside, quarantined

    days = kept_aside(engine)
    rows, total = quarantined(engine, kiosk=args.kiosk, limit=args.limit)
    if not days and not total:
        print("nothing kept aside: every record the kiosks sent was stored")
        return 0
    if days:
        print(table(("DAY (UTC)", "SITE", "KIOSK", "TABLE", "STORED", "KEPT ASIDE", "REFUSED, COUNTED ONLY"),
                    [(d.day.isoformat(), d.site, d.kiosk, d.table_name, str(d.accepted), str(d.quarantined),
                      str(d.discarded)) for d in days]))
    if rows:
        print()
        print(table(("RECEIVED (UTC)", "SITE", "KIOSK", "TABLE", "RECORD", "WHY"),
                    [(when(r.received_at), r.site, r.kiosk, r.table_name, r.record_id, r.reason) for r in rows]))
    print(f"\n{total} record(s) kept aside in the quarantine table (newest {len(rows)} shown); they were not "
          "stored. A kiosk far over its limit, or dated ahead of the server's clock, may be stolen or broken: "
          "see docs/security.md")
    return 0


def _conflicts(engine: Engine, args: argparse.Namespace) -> int:
    from kiosk.sync.central import conflicts

    found: list[ConflictRow] = conflicts(engine, site=args.site)
    if not found:
        print("no conflicts" + (f" for site {args.site!r}" if args.site else ""))
        return 0
    print(table(("RECEIVED (UTC)", "SITE", "KIOSK", "TABLE", "RECORD", "DIGEST"),
                 [(when(c.received_at), c.site, c.kiosk, c.table_name, c.record_id, c.digest[:12])
                  for c in found]))
    print(f"\n{len(found)} conflict(s): the stored record was kept; these copies are set aside")
    return 0


_ACTIONS = {
    "init": _init, "add-site": _add_site, "add-kiosk": _add_kiosk, "revoke-kiosk": _revoke_kiosk,
    "add-user": _add_user, "health": _health, "conflicts": _conflicts, "quarantine": _quarantine,
}
