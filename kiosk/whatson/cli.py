"""`kiosk import-listings`: bring activities and spaces in from Open Referral HSDS or OpenActive, from files or
from a feed's URL.

    kiosk import-listings --format hsds PATH          an HSDS .json file, a folder of HSDS CSV tables, or a .zip
    kiosk import-listings --format openactive PATH    an RPDE page (.json), a file of pages, or a folder of pages
    kiosk import-listings --format openactive --from-url URL   an RPDE feed, from where the last run stopped
    kiosk import-listings --format hsds --from-url URL         an HSDS API's services, every page
        [--kind auto|activity|space]                  HSDS: read every service as an activity or a space
        [--report FILE]                               the report as JSON too
        [--dry-run]                                   say what would change; change nothing (a feed keeps its place)
Categories come through the mapping file (whatson.categories_file, else the shipped config/categories.toml).
A feed's place (its next URL, ETag / Last-Modified) and its RPDE items are kept in the local store
(kiosk.whatson.feed_store), saved only after the listings are, so a failed run starts again from the same place.

The file is read and checked completely before anything is saved (kiosk.whatson.imports), then merged with this
kiosk's listings: an item imported before is updated (its id comes from the source's own ids), never added
twice, and items the feed deleted are archived. What changed is saved to the local store as staff edits
(kiosk.whatson.store), so it shows on this kiosk at once and reaches the site's other kiosks with the next
sync. The report says what was added, updated, unchanged, archived and skipped, and why. A malformed file
exits with status 2, the reason (file, row, field) and "Nothing was changed."
Argparse only at import time; the importers and the store are imported inside `run`. Thread: main.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FORMATS = ("hsds", "openactive")
KINDS = ("auto", "activity", "space")  # kiosk.whatson.imports.hsds.KINDS (a test keeps them equal)
STAFF_LABEL = "import"


def register(sub: Any, central_actions: Sequence[Any] = ()) -> None:
    """Adds the command (its `feature_run` is `run`); `central_actions` are for `kiosk central` only."""
    p = sub.add_parser(
        "import-listings", help="import listings from HSDS or OpenActive files",
        description="Import activities and spaces from an Open Referral HSDS 3 package or OpenActive RPDE pages "
                    "into this kiosk's listings. Re-importing updates, never duplicates; listings the feed deleted "
                    "are archived. Changes reach the site's other kiosks with the next sync. A malformed file "
                    "changes nothing.")
    p.add_argument("--format", choices=FORMATS, required=True,
                   help="hsds: Open Referral HSDS 3 JSON, or a folder or .zip of its CSV tables; "
                        "openactive: an RPDE page (.json), a file holding a list of pages, or a folder of pages")
    p.add_argument("path", type=Path, metavar="PATH", nargs="?", help="the file or folder to import")
    p.add_argument("--from-url", metavar="URL",
                   help="read a feed instead of a file: an OpenActive RPDE feed (its `next` links are followed to "
                        "the end, and the next run starts where this one stopped) or an HSDS API's services "
                        "endpoint (every page). Conditional requests: an unchanged feed costs one request.")
    p.add_argument("--report", type=Path, metavar="FILE",
                   help="also write the report as JSON: every record added, updated, archived or skipped (with the "
                        "reason) and the source fields each listing left out")
    p.add_argument("--kind", choices=KINDS, default="auto",
                   help="HSDS only: read every service as an activity or a space (default auto: plain weekly "
                        "hours on 3 or more days are a space, anything else an activity)")
    p.add_argument("--dry-run", action="store_true", help="print what would change, and change nothing")
    p.set_defaults(feature_run=run)


def run(args: argparse.Namespace, http: Any = None) -> int:
    """`http`: a kiosk.whatson.imports.http.Http to use (tests give one that never sleeps)."""
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.core import config as settings
    from kiosk.core.clock import SystemClock, local_date
    from kiosk.core.errors import StorageError
    from kiosk.whatson.imports.command import load_categories, read_listings, write_report
    from kiosk.whatson.imports.common import Action, ListingImportError, merge
    from kiosk.whatson.imports.http import FeedError

    if (args.path is None) == (args.from_url is None):
        print("kiosk import-listings: give a PATH or --from-url URL (one of them)\nNothing was changed.",
              file=sys.stderr)
        return 2
    config = settings.load(args.config)
    clock = SystemClock()
    exists = config.database_path.exists()
    services = service = None
    feed = None
    try:
        if exists or not args.dry_run or args.from_url:  # a dry run on a kiosk with no store yet creates none
            services, service = _open(config, clock)
        existing = service.existing() if service is not None else {}
        today = local_date(clock.now(), config.timezone)
        try:
            categories = load_categories(config.categories_file or None)
            if args.from_url:
                assert services is not None
                feed = _read_feed(args, services.engine(), http, config.timezone, today, categories)
                parsed = feed.parsed
            else:
                parsed = read_listings(args.format, args.path, timezone=config.timezone, today=today,
                                       kind=args.kind, categories=categories)
            merged, report = merge(existing, parsed)
            if args.report:
                write_report(report, args.report)
        except (ListingImportError, FeedError) as e:
            print(f"kiosk import-listings: {e}\nNothing was changed.", file=sys.stderr)
            return 2
        if feed is not None and feed.not_modified:
            print(f"Nothing new: {args.from_url} has not changed since the last run.")
            return 0
        print(report.text())
        if feed is not None:
            print(f"Read {feed.pages} page(s) of {args.from_url}.")
        if args.dry_run:
            print("(dry run: nothing was saved)")
            return 0
        assert service is not None and services is not None
        saved = service.import_listings([merged[i] for i in report.ids(Action.ADDED, Action.UPDATED)],
                                        remove=report.ids(Action.REMOVED), staff_label=STAFF_LABEL)
        if feed is not None:
            from kiosk.whatson import feed_store

            feed_store.save(services.engine(), feed.state, clock.now(), feed.items, feed.forget)
    except SQLAlchemyError as e:  # a locked, damaged or foreign store: say which, no traceback
        reason = getattr(e, "orig", None) or e.__class__.__name__
        raise StorageError(f"cannot use the listings in {config.database_path}: {reason}") from None
    finally:
        if services is not None:
            services.close()
    if saved.saved or saved.archived:
        print(f"Saved {saved.saved} listing(s) and archived {saved.archived} on this kiosk; they reach the other "
              f"kiosks of site {config.site_id} with the next sync.")
    else:
        print("Nothing to save: this kiosk's listings already match the file.")
    return 0


def _read_feed(args: argparse.Namespace, engine: Any, http: Any, timezone: str, today: Any,
               categories: Any) -> Any:
    from kiosk.whatson import feed_store
    from kiosk.whatson.imports.feeds import read_hsds_api, read_rpde
    from kiosk.whatson.imports.http import Http

    http = http or Http()
    state = feed_store.load_state(engine, args.from_url)
    if state is not None and state.format != args.format:
        state = None  # the same URL read as the other format: start from the beginning
    if args.format == "openactive":
        return read_rpde(http, args.from_url, state, feed_store.load_items(engine, args.from_url),
                         timezone=timezone, today=today, categories=categories)
    return read_hsds_api(http, args.from_url, state, kind=args.kind, categories=categories)


def _open(config: Any, clock: Any) -> tuple[Any, Any]:
    from kiosk.data.services import Services
    from kiosk.whatson.store import ListingService

    services = Services(config, clock, repair=False)
    return services, services.get(ListingService.from_services)


def export_listings(args: argparse.Namespace) -> int:
    """`kiosk export --what listings`: every listing this kiosk holds (archived ones too, marked), with what
    is not known shown as unknown (kiosk.whatson.export)."""
    from zoneinfo import ZoneInfo

    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.core import config as settings
    from kiosk.core.clock import SystemClock
    from kiosk.core.errors import KioskError, StorageError
    from kiosk.whatson.export import export_listings as write_file
    from kiosk.whatson.export import write_listings

    if args.source != "local" or args.url or args.password_file or args.date_from or args.date_to or args.site:
        raise KioskError("listings are exported from this kiosk's own store; --source central, --url, "
                         "--password-file, --from, --to and --site are for check-ins")
    config = settings.load(args.config)
    clock = SystemClock()
    services = None
    try:
        services, service = _open(config, clock)
        rows = sorted(((x.listing, x.archived) for x in service.listings(include_archived=True)),
                      key=lambda r: (r[1], r[0].title.casefold(), str(r[0].id)))
    except SQLAlchemyError as e:
        reason = getattr(e, "orig", None) or e.__class__.__name__
        raise StorageError(f"cannot read the listings in {config.database_path}: {reason}") from None
    finally:
        if services is not None:
            services.close()
    now, tz = clock.now(), ZoneInfo(config.timezone)
    if args.out == "-":
        n = write_listings(rows, sys.stdout, args.format, now, tz)
        sys.stdout.flush()
    else:
        try:
            n = write_file(rows, Path(args.out), args.format, now, tz)
        except (FileExistsError, NotADirectoryError):
            raise KioskError(f"cannot write {args.out}: part of that path is a file, not a folder") from None
        except OSError as e:
            raise KioskError(f"cannot write {args.out}: {e.strerror or e}") from None
    print(f"exported {n} listing(s)", file=sys.stderr)
    return 0
