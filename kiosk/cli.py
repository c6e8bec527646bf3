"""The `kiosk` command: run, demo, screenshots, export, config. Thread: main.

Errors people can fix (bad config, bad dates, unwritable paths) are printed as one clear message with
exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.core.errors import ConfigError, KioskError, StorageError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.checkin.rules import CheckInRow

DEFAULT_SIZES = ("1080x1920", "1920x1080")
SCREENSHOT_AT = "2026-11-24T10:30"  # `kiosk screenshots` and the README's pictures: a Tuesday morning, site-local


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1080x1920") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be 200-8000 pixels")
    return w, h


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 2026-11-24T10:30") from None


def _moment_or_now(text: str) -> datetime | None:
    return None if text.strip().lower() == "now" else _moment(text)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from None


def _base() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction[argparse.ArgumentParser]]:
    p = argparse.ArgumentParser(
        prog="kiosk",
        description="Kindness Kiosk: asks visitors 'Did you experience kindness today?' and keeps every answer.",
        epilog="Configuration: --config FILE or KIOSK_CONFIG=FILE; KIOSK_DATA_DIR moves the data. "
               "See config/default.toml for every key.",
    )
    p.add_argument("--version", action="version", version=f"kindness-kiosk {__version__}")
    p.add_argument("--config", metavar="FILE", help="a TOML file overriding config/default.toml")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = sub.add_parser("run", help="run the kiosk full screen (the normal mode on a kiosk)",
                         description="Run the kiosk. Full screen unless --windowed.")
    run.add_argument("--windowed", action="store_true", help="show in a window instead of full screen")
    run.add_argument("--size", type=_size, metavar="WxH", help="window size with --windowed, e.g. 540x960")
    return p, sub


def _is_run(argv: Sequence[str]) -> bool:
    """`kiosk [--config FILE] run …`: the kiosk's autostart, parsed without building every other command
    (the features' commands cost ~13 ms of a start-up budgeted in milliseconds; benchmarks/startup.py)."""
    i = 0
    while i < len(argv) and argv[i].startswith("--config"):
        i += 1 if "=" in argv[i] else 2
    return i < len(argv) and argv[i] == "run"


def _autostart_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """`kiosk [--config FILE] run [--windowed] [--size WxH]` — the kiosk's autostart — read without argparse, to the
    same namespace: argparse's first parser costs ≈ 2.5 ms of the start-up (it asks gettext for each of its words,
    and gettext imports `locale` to look for catalogues). Anything else — help, a typo, a bad size, another
    spelling — is None, and argparse reads it with its usual messages (tests/test_cli_autostart.py)."""
    rest = list(argv)
    config = None
    if len(rest) >= 2 and rest[0] == "--config" and not rest[1].startswith("-"):
        config, rest = rest[1], rest[2:]
    elif rest and rest[0].startswith("--config="):
        config, rest = rest[0].removeprefix("--config="), rest[1:]
    if rest[:1] != ["run"]:
        return None
    windowed, size, rest = False, None, rest[1:]
    while rest:
        if rest[0] == "--windowed":
            windowed, rest = True, rest[1:]
        elif rest[0] == "--size" and len(rest) >= 2 and not rest[1].startswith("-"):
            try:
                size = _size(rest[1])
            except argparse.ArgumentTypeError:
                return None  # argparse says what is wrong with it
            rest = rest[2:]
        else:
            return None
    return argparse.Namespace(config=config, command="run", windowed=windowed, size=size)


def parser() -> argparse.ArgumentParser:
    p, sub = _base()
    demo = sub.add_parser("demo", help="try the kiosk in a window with sample content (no server needed)",
                          description="Run a demo kiosk in a window on an embedded SQLite store, with a few "
                                      "weeks of sample answers. Data lives in the demo folder (or KIOSK_DATA_DIR).")
    demo.add_argument("--size", type=_size, default=(608, 1080), metavar="WxH",
                      help="window size (default 608x1080, a portrait kiosk scaled down)")
    demo.add_argument("--full-screen", action="store_true", help="full screen instead of a window")
    demo.add_argument("--kiosk-id", metavar="ID",
                      help="run as this kiosk (its own demo data folder), e.g. kiosk-2 for a second kiosk")
    demo.add_argument("--central", type=Path, metavar="FILE",
                      help="sync with a central database in this SQLite file (made if missing); start a second "
                           "demo with another --kiosk-id and the same FILE to see two kiosks syncing")

    shots = sub.add_parser("screenshots", help="render every screen to PNG files",
                           description="Render every screen offscreen to <screen>-<W>x<H>.png.")
    shots.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PNG files")
    shots.add_argument("--at", type=_moment_or_now, default=SCREENSHOT_AT, metavar="YYYY-MM-DDTHH:MM",
                       help=f"render as if it were this site-local time (default {SCREENSHOT_AT}, a Tuesday "
                            "morning: the README's pictures, the same every time); 'now' for the present moment")
    shots.add_argument("--size", type=_size, action="append", metavar="WxH",
                       help=f"a size to render (repeatable; default {' and '.join(DEFAULT_SIZES)})")
    shots.add_argument("--only", action="append", metavar="SCENE",
                       help="render only this scene, e.g. home or wall-write (repeatable; default every scene)")
    shots.add_argument("--language", metavar="CODE",
                       help="the language the pictures are in: en (the default), gd, pl, uk, ar or ur; pictures in "
                            "another language than English are named <scene>-<CODE>-<W>x<H>.png")
    shots.add_argument("--mode", action="append", choices=["large", "contrast", "reach"], default=[],
                       help="a visitor's accessibility mode to render in: large text, high contrast or reach "
                            "(repeatable, combined; the pictures are named <scene>-<mode>-<W>x<H>.png)")

    exp = sub.add_parser("export", help="export answers (or wall messages, or listings) to a CSV file for a "
                                        "spreadsheet",
                         description="Export check-ins as CSV (UTF-8, opens in Excel and LibreOffice). Columns: "
                                     "id, site, kiosk, answered_at (UTC), local_date, answer, followup, language. "
                                     "--what messages exports the kindness wall's messages (CSV or JSON): id, site, "
                                     "kiosk, created_at, text, status, moderated_at, reason. --what listings exports "
                                     "every listing this kiosk holds (CSV or JSON): category, place, booking, price, "
                                     "access (unknown when not known), schedule in words, next dates, source.")
    exp.add_argument("--what", choices=["checkins", "messages", "listings"], default="checkins",
                     help="what to export (default checkins)")
    exp.add_argument("--format", choices=["csv", "json"], default="csv",
                     help="file format (default csv; json for --what messages or listings)")
    exp.add_argument("--out", metavar="FILE",
                     help="file to write, or - for standard output (needed, except for --what listings, which "
                          "writes to standard output without it)")
    exp.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                     help="first site-local date to include, e.g. 2026-11-01")
    exp.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last site-local date to include")
    exp.add_argument("--source", choices=["local", "central"], default="local",
                     help="local: this kiosk's own store (default); central: every kiosk, from the central "
                          "database given by --url")
    exp.add_argument("--site", metavar="SITE", help="only this site's answers")
    exp.add_argument("--url", metavar="URL",
                     help="with --source central: the central database, postgresql://USER@HOST/DB without a "
                          "password (or a SQLite file)")
    exp.add_argument("--password-file", metavar="FILE",
                     help="with --source central: a file holding the password (else KIOSK_CENTRAL_ADMIN_PASSWORD, "
                          "PGPASSWORD or ~/.pgpass)")

    from kiosk import features  # the features' own commands: argparse only, no heavy imports

    for command in features.command_modules():
        command.register(sub, central_actions=features.central_actions())

    staff = sub.add_parser("staff", help="staff PIN for this kiosk",
                           description="Staff mode opens with a hidden gesture (press and hold the top-left "
                                       "corner for 3 seconds) and a PIN. The PIN is stored only as a scrypt hash.")
    staff_sub = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    set_pin = staff_sub.add_parser("set-pin", help="set or change the staff PIN (asked for, never on the command line)",
                                   description="Set the staff PIN (4-8 digits). It is typed at a prompt, or read "
                                               "from standard input when that is not a terminal.")
    set_pin.add_argument("--pin-file", metavar="FILE", help="read the PIN from the first line of this file")

    cfg = sub.add_parser("config", help="check a configuration file and show the settings in use",
                         description="Check the configuration and print the settings in use, or the "
                                     "documented defaults with --defaults, or the README's table of keys with "
                                     "--markdown. `make config-docs` rewrites config/default.toml and that table.")
    shown = cfg.add_mutually_exclusive_group()
    shown.add_argument("--defaults", action="store_true", help="print the documented default file")
    shown.add_argument("--markdown", action="store_true", help="print every key as a Markdown table")
    return p


def _load_config(args: argparse.Namespace, *, demo: bool = False):  # type: ignore[no-untyped-def]
    from kiosk.core import config as settings

    overrides: dict[str, object] = {}
    if demo:
        from kiosk.demo import demo_overrides

        overrides.update(demo_overrides(args.kiosk_id, args.central))
        if not os.environ.get("KIOSK_DATA_DIR"):
            folder = f"demo-{args.kiosk_id}" if args.kiosk_id else "demo"
            overrides["kiosk.data_dir"] = str(settings.default_data_dir() / folder)
    return settings.load(args.config, overrides=overrides)


STDOUT_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for `yes | head`


def _export(args: argparse.Namespace) -> int:
    """`kiosk export`: the output folder is checked before anything is opened, and a reader that stops early
    (`--out - | head`) ends the export quietly with status 141, as other Unix tools do."""
    if args.out is None:
        if args.what != "listings":
            raise KioskError("--out FILE is needed (or --out - for standard output)")
        args.out = "-"
    if args.out != "-":
        _check_out_folder(args.out)
    try:
        status = _export_to(args)
        if args.out == "-":
            sys.stdout.flush()  # a closed pipe shows here, not at exit as "Exception ignored … BrokenPipeError"
        return status
    except BrokenPipeError:
        # Nobody reads any more: point stdout at /dev/null so the interpreter's last flush finds no pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return STDOUT_CLOSED


def _check_out_folder(out: str) -> None:
    """The file's folder must already exist: a mistyped path is reported, never made (nor the data folder)."""
    folder = Path(out).parent
    if folder.is_dir():
        return
    nearest = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if nearest is not None and not nearest.is_dir():
        raise KioskError(f"cannot write {out}: part of that path is a file, not a folder")
    raise KioskError(f"cannot write {out}: the folder {folder} does not exist")


def _export_to(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.checkin.use_cases import CheckIns
    from kiosk.data.services import Services

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise KioskError(f"--from {args.date_from} is after --to {args.date_to}")
    if args.what == "messages":
        from kiosk.wall.cli import export_messages

        return export_messages(args)
    if args.what == "listings":
        from kiosk.whatson.cli import export_listings

        return export_listings(args)
    if args.format != "csv":
        raise KioskError("check-ins are exported as CSV; --format json is for --what messages")
    if args.source == "central":
        return _export_central(args)
    if args.url or args.password_file:
        raise KioskError("--url and --password-file are for --source central")
    config = _load_config(args)
    services = Services(config, repair=False)  # a damaged file is reported, never swapped for an empty one
    left_out: list[str] = []
    try:
        rows = services.get(CheckIns).store().rows(date_from=args.date_from, date_to=args.date_to, site=args.site,
                                                   left_out=left_out)
        n = _write_export(rows, args.out)
    except SQLAlchemyError as e:  # a corrupt, locked or foreign file: say which, no traceback
        reason = getattr(e, "orig", None) or e.__class__.__name__
        raise StorageError(f"cannot read the answers in {config.database_path}: {reason}") from None
    finally:
        services.close()
    print(f"exported {n} check-in(s)", file=sys.stderr)
    _tell_left_out(left_out)
    return 0


def _tell_left_out(left_out: list[str]) -> None:
    """Rows an export could not read are said in words (the first few), never a traceback."""
    if not left_out:
        return
    print(f"left out {len(left_out)} check-in(s) with values this version does not know:", file=sys.stderr)
    for line in left_out[:10]:
        print(f"  {line}", file=sys.stderr)
    if len(left_out) > 10:
        print(f"  … and {len(left_out) - 10} more", file=sys.stderr)


def _write_export(rows: Iterable[CheckInRow], out: str) -> int:
    from kiosk.checkin.export import export_checkins_csv, write_checkins

    if out == "-":
        n = write_checkins(rows, sys.stdout)
        sys.stdout.flush()  # before "exported N" is said: a reader that stopped early raises BrokenPipeError here
        return n
    try:
        return export_checkins_csv(rows, Path(out))
    except (FileExistsError, NotADirectoryError):  # a file stands where a folder should be
        raise KioskError(f"cannot write {out}: part of that path is a file, not a folder") from None
    except OSError as e:
        raise KioskError(f"cannot write {out}: {e.strerror or e}") from None


def _export_central(args: argparse.Namespace) -> int:
    """Every kiosk's answers (or one site's) from the central database, read as the --url's user."""
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.checkin.store import CheckInService
    from kiosk.sync.central import explain
    from kiosk.sync.central_cli import admin_password, open_engine

    if not args.url:
        raise KioskError("--source central needs --url URL (the central database)")
    password = admin_password(args)
    engine = open_engine(args, password)
    left_out: list[str] = []
    try:
        if engine.dialect.name == "postgresql":  # the server writes the CSV (kiosk.checkin.central_export)
            n = _copy_export(engine, args, left_out)
        else:
            rows = CheckInService(engine).rows(date_from=args.date_from, date_to=args.date_to, site=args.site,
                                               left_out=left_out)
            n = _write_export(rows, args.out)
    except SQLAlchemyError as e:
        message = str(explain(engine, e))
        raise KioskError(message.replace(password, "***") if password else message) from None
    finally:
        engine.dispose()
    print(f"exported {n} check-in(s) from the central database", file=sys.stderr)
    _tell_left_out(left_out)
    return 0


def _connect_central(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The central engine for --url (and --password-file), as kiosk central and kiosk export open it."""
    from kiosk.sync.central_cli import admin_password, open_engine

    return open_engine(args, admin_password(args))


def _copy_export(engine: Engine, args: argparse.Namespace, left_out: list[str]) -> int:
    from kiosk.checkin.central_export import copy_checkins, unknown_answers

    where = {"date_from": args.date_from, "date_to": args.date_to, "site": args.site}
    left_out += unknown_answers(engine, **where)  # rows this version cannot read stay out, said in words
    if args.out == "-":
        sys.stdout.flush()
        n = copy_checkins(engine, sys.stdout.buffer, **where, bom=False)  # as write_checkins: no BOM on a pipe
        sys.stdout.buffer.flush()
        return n
    path = Path(args.out)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as f:
            n = copy_checkins(engine, f, **where)
        tmp.replace(path)
    except (FileExistsError, NotADirectoryError):
        tmp.unlink(missing_ok=True)
        raise KioskError(f"cannot write {args.out}: part of that path is a file, not a folder") from None
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise KioskError(f"cannot write {args.out}: {e.strerror or e}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)  # never leave a half-written "<name>.part" beside the export
        raise
    return n


def _run(args: argparse.Namespace, *, demo: bool) -> int:
    from kiosk.app import qt_app, run

    config = _load_config(args, demo=demo)  # before PySide6: see kiosk.app._skip_pyside_import_scan
    if demo:
        from kiosk.checkin.use_cases import CheckIns
        from kiosk.core.clock import SystemClock
        from kiosk.data.services import Services
        from kiosk.demo import demo_seed, prepare_demo_central, seed_checkins, seed_demo_listings
        from kiosk.wall.desk import seed_demo_wall

        services = Services(config, SystemClock())
        try:
            engine = services.engine()
            seed_checkins(services.get(CheckIns).store(), config, SystemClock(), seed=demo_seed(config.kiosk_id))
            seed_demo_listings(engine, config, SystemClock())
            seed_demo_wall(engine, config, SystemClock())
        finally:
            services.close()
        print(f"demo data in {config.data_dir}", file=sys.stderr)
        if args.central is not None:
            new = prepare_demo_central(config, SystemClock())
            print(f"{'made' if new else 'using'} the central database {config.central_url}; kiosk "
                  f"{config.kiosk_id} of site {config.site_id} syncs every {config.sync_interval_seconds:g} s "
                  "and after each answer", file=sys.stderr)
    # Qt through kiosk.app.qt_app before anything here imports PySide6: it pauses Python's collector while PySide
    # imports and turns off PySide's import scan (importing QSize first cost `kiosk run` ≈ 6 ms of its start-up).
    qt_app()
    from PySide6.QtCore import QSize

    if demo:
        return run(config, fullscreen=args.full_screen, size=QSize(*args.size), locked=False)  # a demo may be closed
    size = QSize(*args.size) if args.size else None
    return run(config, fullscreen=not args.windowed, size=size)


def _staff(args: argparse.Namespace) -> int:
    import getpass

    from kiosk.staff.pin_store import clear_lock, write_hash
    from kiosk.staff.rules import hash_pin

    config = _load_config(args)
    if args.pin_file:
        try:
            pin = Path(args.pin_file).read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError) as e:
            raise KioskError(f"cannot read a PIN from {args.pin_file}: {getattr(e, 'strerror', None) or e}") from None
    elif sys.stdin.isatty():
        pin = getpass.getpass("New staff PIN (4-8 digits): ")
        if getpass.getpass("The same PIN again: ") != pin:
            raise KioskError("the two PINs were not the same; nothing was changed")
    else:
        pin = sys.stdin.readline().strip()
    path = write_hash(config.data_dir, hash_pin(pin))
    clear_lock(config.data_dir)  # whoever may set the PIN here may end a lock-out of the PIN pad
    print(f"staff PIN set (stored as a scrypt hash in {path}; any lock-out of the PIN pad ended)", file=sys.stderr)
    return 0


def _config(args: argparse.Namespace) -> int:
    from kiosk.core import config as settings

    if args.defaults:
        print(settings.render_default_toml(), end="")
        return 0
    if args.markdown:
        from kiosk.core.config_docs import render_markdown_table

        print(render_markdown_table(), end="")
        return 0
    config = _load_config(args)
    for key in settings.SCHEMA:  # text as is, everything else as it is written in TOML
        print(f"{key.attr} = {key.display(getattr(config, key.attr))}")
    print(f"source = {config.source}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    args = _autostart_args(given) or (_base()[0] if _is_run(given) else parser()).parse_args(given)
    try:
        if args.command == "screenshots":
            from kiosk import screenshot_command

            args.size = args.size or [_size(s) for s in DEFAULT_SIZES]
            return screenshot_command.run(args)
        if args.command == "export":
            return _export(args)
        if getattr(args, "feature_run", None) is not None:  # a command a feature registered
            from kiosk import features

            args.wire = features.wire  # the features' data hooks, for commands that sync
            args.connect_central = _connect_central  # for commands with --source central --url URL
            return int(args.feature_run(args))
        if args.command == "staff":
            return _staff(args)
        if args.command == "config":
            return _config(args)
        return _run(args, demo=args.command == "demo")
    except ConfigError as e:
        print(f"kiosk: {e}", file=sys.stderr)
        return 2
    except KioskError as e:
        print(f"kiosk: {e}", file=sys.stderr)
        return 2
