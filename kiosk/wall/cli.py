"""`kiosk wall …`: the kindness wall from the command line.

    kiosk wall poster --out FILE.png|pdf [--from DATE] [--to DATE] [--size A4|A3] [--dpi 150|300]
    kiosk wall check TEXT … | --file FILE.txt|FILE.json [--json]   (kiosk.wall.check_command)

Argparse only at import time. Thread: main.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.wall import check_command


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from None


def register(sub: Any, central_actions: Sequence[Any] = ()) -> None:
    """Adds the command (its `feature_run` is `run`); `central_actions` are for `kiosk central` only."""
    p = sub.add_parser("wall", help="the kindness wall: print a poster; check what the filter would do",
                       description="Kindness wall tools.")
    actions = p.add_subparsers(dest="wall_command", metavar="ACTION", required=True)
    poster = actions.add_parser(
        "poster", help="a printable A4/A3 poster (PNG or PDF) of the approved messages",
        description="Renders the wall's approved messages as a printable poster: the title 'Kindness noticed "
                    "here', the site's name and the dates, and the messages as cards in columns, over as many "
                    "pages as it takes. A PDF holds every page; PNG pages are FILE.png, FILE-2.png, …")
    poster.add_argument("--out", type=Path, required=True, metavar="FILE", help="FILE.png or FILE.pdf")
    poster.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                        help="first site-local date to include, e.g. 2026-11-01")
    poster.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last site-local date to include")
    poster.add_argument("--size", choices=["A4", "A3"], default="A4", type=str.upper,
                        help="paper size, portrait (default A4)")
    poster.add_argument("--dpi", type=int, choices=[150, 300], default=300,
                        help="resolution (default 300, for printing; 150 for a quick look)")
    check_command.add_parser(actions)
    p.set_defaults(feature_run=run)


def run(args: argparse.Namespace) -> int:
    if args.wall_command == "poster":
        return _poster(args)
    if args.wall_command == "check":
        return check_command.run(args)
    raise AssertionError(args.wall_command)


def _poster(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.core.clock import SystemClock
    from kiosk.core.config import load as load_config
    from kiosk.core.errors import KioskError, StorageError
    from kiosk.data import migrate
    from kiosk.data.engine import sqlite_engine
    from kiosk.shell.printing import ensure_gui_app
    from kiosk.wall.desk import cli_desk
    from kiosk.wall.poster import PosterError, PosterNote, PosterText, period_label, poster_format, write_poster

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise KioskError(f"--from {args.date_from} is after --to {args.date_to}")
    try:
        poster_format(args.out)
    except PosterError as e:
        raise KioskError(str(e)) from None
    config = load_config(args.config)
    engine = sqlite_engine(config.database_path)
    try:
        migrate.upgrade(engine)
        rows = cli_desk(engine, config, SystemClock()).approved_rows(args.date_from, args.date_to)
    except SQLAlchemyError as e:
        reason = getattr(e, "orig", None) or e.__class__.__name__
        raise StorageError(f"cannot read the wall's messages in {config.database_path}: {reason}") from None
    finally:
        engine.dispose()
    if not rows:
        span = period_label(args.date_from, args.date_to)
        raise KioskError("there are no approved wall messages" + (f" for {span}" if span else "")
                         + " — nothing to print")
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(config.timezone)
    days = [r.created_at.astimezone(zone).date() for r in rows]
    notes = [PosterNote(r.text, _day(d)) for r, d in zip(rows, days, strict=True)]
    # the dates asked for, or else the dates the messages span
    words = PosterText(site=config.site_name, period=period_label(args.date_from or min(days),
                                                                   args.date_to or max(days)))
    ensure_gui_app()  # Qt lays the poster out: an offscreen QGuiApplication for its fonts
    try:
        written = write_poster(notes, args.out, size=args.size, dpi=args.dpi, words=words)
    except (FileExistsError, NotADirectoryError):
        raise KioskError(f"cannot write {args.out}: part of that path is a file, not a folder") from None
    except OSError as e:
        raise KioskError(f"cannot write {args.out}: {e.strerror or e}") from None
    for path in written:
        print(path)
    print(f"a poster of {len(rows)} approved message(s), {args.size} at {args.dpi} dpi", file=sys.stderr)
    return 0


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def export_messages(args: argparse.Namespace) -> int:
    """`kiosk export --what messages`: this kiosk's wall messages (its own, and the site's it has pulled)."""
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.core.clock import SystemClock
    from kiosk.core.config import load as load_config
    from kiosk.core.errors import KioskError, StorageError
    from kiosk.data import migrate
    from kiosk.data.engine import sqlite_engine
    from kiosk.wall.export import export_messages as write_file
    from kiosk.wall.export import write_messages
    from kiosk.wall.store import WallService

    if args.source != "local" or args.url or args.password_file:
        raise KioskError("wall messages are exported from this kiosk's own store; --source central, --url and "
                         "--password-file are for check-ins")
    config = load_config(args.config)
    engine = sqlite_engine(config.database_path)
    try:
        migrate.upgrade(engine)
        service = WallService(engine, args.site or config.site_id, config.kiosk_id, SystemClock(),
                              timezone=config.timezone)
        rows = service.rows(date_from=args.date_from, date_to=args.date_to)
    except SQLAlchemyError as e:
        reason = getattr(e, "orig", None) or e.__class__.__name__
        raise StorageError(f"cannot read the wall's messages in {config.database_path}: {reason}") from None
    finally:
        engine.dispose()
    if args.out == "-":
        n = write_messages(rows, sys.stdout, args.format)
    else:
        try:
            n = write_file(rows, Path(args.out), args.format)
        except (FileExistsError, NotADirectoryError):
            raise KioskError(f"cannot write {args.out}: part of that path is a file, not a folder") from None
        except OSError as e:
            raise KioskError(f"cannot write {args.out}: {e.strerror or e}") from None
    print(f"exported {n} wall message(s)", file=sys.stderr)
    return 0
