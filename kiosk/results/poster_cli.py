"""`kiosk results poster`: the entrance poster of one month's kindness figure, as PDF or PNG.

    kiosk results poster --out FILE.pdf|.png --month YYYY-MM [--site S]
                         [--source local|central --url URL [--password-file FILE]]

The month's figure is that month's Summary row (kiosk.results.rules.summary, by month) for the site — or for all
the sites together when the source covers several and no --site is given — from this kiosk's store or the central
database as the person's own role, exactly as `kiosk report` counts it. The poster is refused, kindly, in one line
and with exit status 2, when that figure is hidden (too few answers), nobody answered, the month or the file name
is wrong, or the folder does not exist (kiosk.results.poster says the words). Argparse only at import time.
Thread: main.
"""

from __future__ import annotations

import argparse
import re
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.results.rules.summary import SummaryRow

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def configure(actions: Any) -> None:
    p = actions.add_parser(
        "poster", help="a poster of one month's kindness figure for the entrance (PDF or PNG)",
        description="Make an A4 poster saying how many visitors in 10 told us they experienced kindness in a month "
                    "(with how many answered). It is refused when the month's figure is hidden — fewer than "
                    "results.min_count answers, or hidden so a small figure cannot be worked out — or nobody "
                    "answered.")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the poster: FILE.pdf or FILE.png")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="the month, e.g. 2026-11")
    p.add_argument("--site", metavar="SITE",
                   help="the site (default: this kiosk's site; from the central database: all your sites together, "
                        "or the one site you may see)")
    p.add_argument("--source", choices=["local", "central"], default="local",
                   help="local: this kiosk's own answers (default); central: every kiosk of the sites your database "
                        "user may see, from --url")
    p.add_argument("--url", metavar="URL", help="with --source central: postgresql://YOU@HOST/DB without the password "
                                                "(or the demo's SQLite file)")
    p.add_argument("--password-file", metavar="FILE",
                   help="with --source central: a file holding your password (else KIOSK_CENTRAL_ADMIN_PASSWORD, "
                        "PGPASSWORD or ~/.pgpass)")
    p.set_defaults(results_run=run)


def month_of(text: str) -> tuple[date, date]:
    """"2026-11" → (1 November 2026, 30 November 2026); anything else is one plain line."""
    from kiosk.core.errors import KioskError

    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match[2]) <= 12 or int(match[1]) < 1:
        raise KioskError(f"--month {text!r} is not a month like 2026-11", code="results.poster_month", month=text)
    first = date(int(match[1]), int(match[2]), 1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def run(args: argparse.Namespace) -> int:
    from kiosk.core.config import load as load_config
    from kiosk.core.errors import KioskError
    from kiosk.results.cli import _check_folder, _source, _whose
    from kiosk.results.poster import PosterRefused, write_poster
    from kiosk.results.rules.periods import Grain
    from kiosk.results.rules.summary import ALL_SITES, summary
    from kiosk.results.rules.tally import ResultsQuery

    out: Path = args.out
    if out.suffix.lower() not in (".pdf", ".png"):
        raise PosterRefused(f"cannot write {out}: a poster is a .pdf or a .png file — the file name's ending "
                            "chooses the format", code="results.poster_format", file=out.name)
    first, last = month_of(args.month)
    _check_folder(out)
    if args.source == "local" and (args.url or args.password_file):
        raise KioskError("--url and --password-file are for --source central")
    if args.source == "central" and not args.url:
        raise KioskError("--source central needs --url URL (the central database, as your own login)")
    config = load_config(args.config)
    with _source(args, config) as source:
        scope = source.scope()
        if args.site and args.site not in scope.sites:
            raise KioskError(f"unknown site {args.site}: the sites {_whose(scope)} are "
                             f"{', '.join(scope.sites) or 'none'}")
        sites = (args.site,) if args.site else scope.sites
        query = ResultsQuery(first, last, sites)
        by_period = getattr(source, "period_tallies", None)  # summed in the database where the source can
        tallies = by_period(query, Grain.MONTH) if by_period is not None else source.tallies(query)
    target = sites[0] if len(sites) == 1 else ALL_SITES
    row = _main_row([r for r in summary(tallies, query, Grain.MONTH, config.results_min_count) if r.site == target],
                    query, target)
    if args.source == "local" and row.site == config.site_id:
        from dataclasses import replace

        row = replace(row, site=config.site_name or row.site)  # the poster names the site as people know it
    try:
        write_poster(row, out, min_count=config.results_min_count)
    except (FileExistsError, NotADirectoryError, IsADirectoryError):
        raise KioskError(f"cannot write {out}: part of that path is a file, not a folder") from None
    except OSError as e:
        raise KioskError(f"cannot write {out}: {e.strerror or e}") from None
    print(out)
    return 0


def _main_row(rows: list[SummaryRow], query: Any, site: str) -> SummaryRow:
    """The row of the usual question (else the first); with no answers at all, an empty row (refused as such)."""
    from kiosk.core.answers import QUESTION_ID
    from kiosk.results.rules.summary import SummaryRow

    for row in rows:
        if row.question_version == QUESTION_ID:
            return row
    if rows:
        return rows[0]
    return SummaryRow(query.date_from, query.date_to, site, QUESTION_ID, 0, 0, 0, 0, None, None, None, None)
