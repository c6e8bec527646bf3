"""`kiosk import-listings`: bring activities and spaces in from Open Referral HSDS or OpenActive files.

    kiosk import-listings --format hsds PATH          an HSDS .json file, a folder of HSDS CSV tables, or a .zip
    kiosk import-listings --format openactive PATH    an RPDE page (.json), a file of pages, or a folder of pages
        [--kind auto|activity|space]                  HSDS: read every service as an activity or a space
        [--dry-run]                                   say what would change; change nothing

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
    p.add_argument("path", type=Path, metavar="PATH", help="the file or folder to import")
    p.add_argument("--kind", choices=KINDS, default="auto",
                   help="HSDS only: read every service as an activity or a space (default auto: plain weekly "
                        "hours on 3 or more days are a space, anything else an activity)")
    p.add_argument("--dry-run", action="store_true", help="print what would change, and change nothing")
    p.set_defaults(feature_run=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.core import config as settings
    from kiosk.core.clock import SystemClock, local_date
    from kiosk.core.errors import StorageError
    from kiosk.whatson.imports.command import import_listings
    from kiosk.whatson.imports.common import Action, ListingImportError

    config = settings.load(args.config)
    clock = SystemClock()
    exists = config.database_path.exists()
    services = service = None
    try:
        if exists or not args.dry_run:  # a dry run on a kiosk with no store yet creates none
            services, service = _open(config, clock)
        existing = service.existing() if service is not None else {}
        try:
            merged, report = import_listings(args.format, args.path, existing, timezone=config.timezone,
                                             today=local_date(clock.now(), config.timezone), kind=args.kind)
        except ListingImportError as e:
            print(f"kiosk import-listings: {e}\nNothing was changed.", file=sys.stderr)
            return 2
        print(report.text())
        if args.dry_run:
            print("(dry run: nothing was saved)")
            return 0
        assert service is not None
        saved = service.import_listings([merged[i] for i in report.ids(Action.ADDED, Action.UPDATED)],
                                        remove=report.ids(Action.REMOVED), staff_label=STAFF_LABEL)
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


def _open(config: Any, clock: Any) -> tuple[Any, Any]:
    from kiosk.data.services import Services
    from kiosk.whatson.store import ListingService

    services = Services(config, clock, repair=False)
    return services, services.get(ListingService.from_services)
