"""`kiosk report`: the kindness results of a period as a file, from this kiosk's store or the central database.

    kiosk report --out FILE.pdf|.xlsx|.csv|.json [--from YYYY-MM-DD --to YYYY-MM-DD] [--site S ...]
                 [--by week|month|all] [--source local|central --url URL [--password-file FILE]]

The file's extension chooses the writer (kiosk.results.report_files.WRITERS): the PDF and XLSX are the whole
report (with the open alerts and the staff pulse of the same source and, from this kiosk's store, its wall's
counts); CSV and JSON the Summary table by --by. The default period is the last 12
full weeks (Monday to Sunday) in the site's time zone. Figures from fewer than `results.min_count` answers are
suppressed. Everything a person can get wrong — dates, the period's length, the extension, the folder, a site
they cannot see, a central database that fails — is one line on stderr and exit status 2, never a traceback;
a period with no answers at all still writes its file (every site with 0 answers) and says so, status 2.
Argparse only at import time. Thread: main.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

WEEKS = 12
PASSWORD_ENV = "KIOSK_CENTRAL_ADMIN_PASSWORD"  # as `kiosk export --source central`


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from None


def register(sub: Any, central_actions: Sequence[Any] = ()) -> None:
    """Adds `kiosk report` (its `feature_run` is `run`)."""
    p = sub.add_parser(
        "report", help="the kindness results of a period as a file (PDF, XLSX, CSV or JSON)",
        description="Write the kindness results to FILE. A PDF is the report for a meeting (headline with its "
                    "95%% interval, the weekly control chart, the weekday × hour pattern, follow-ups, sites side by "
                    "side, open alerts, what the figures mean); an XLSX holds its tables (Summary, Weekly, Monthly, "
                    "Follow-ups, Staff pulse, Answers, About). CSV and JSON hold the Summary table, per period "
                    "(--by) and site: answers, yes / not sure / no, the kindness rate with its 95%% interval. "
                    "Summary columns: period_start, period_end, site, "
                    "question_version, answers, yes, not_sure, no, kindness_rate, ci_low, ci_high, suppressed. "
                    "Figures from fewer than results.min_count answers (default 10) are left empty and "
                    "'suppressed' says why. Default period: the last 12 full weeks.")
    p.add_argument("--out", required=True, type=Path, metavar="FILE",
                   help="the file to write; its extension chooses the format (.pdf, .xlsx, .csv or .json)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                   help="first site-local date, e.g. 2026-09-07")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last site-local date, e.g. 2026-11-29")
    p.add_argument("--site", action="append", default=[], metavar="SITE",
                   help="only this site (repeatable; default: every site you may see)")
    p.add_argument("--by", choices=["week", "month", "all"], default="week",
                   help="CSV and JSON: one row per site and week (default), month, or the whole period (a PDF or "
                        "XLSX has every one of them)")
    p.add_argument("--source", choices=["local", "central"], default="local",
                   help="local: this kiosk's own answers (default); central: every kiosk of the sites your "
                        "database user may see, from --url")
    p.add_argument("--url", metavar="URL",
                   help="with --source central: postgresql://YOU@HOST/DB (your own staff or manager login, without "
                        "the password) or the demo's SQLite file")
    p.add_argument("--password-file", metavar="FILE",
                   help=f"with --source central: a file holding your password (else {PASSWORD_ENV}, PGPASSWORD or "
                        "~/.pgpass)")
    p.set_defaults(feature_run=run)


def default_period(today: date) -> tuple[date, date]:
    """The last `WEEKS` full ISO weeks before `today` (this week is not over, so not full)."""
    last = today - timedelta(days=today.weekday() + 1)  # the Sunday before this week's Monday
    return last - timedelta(days=7 * WEEKS - 1), last


def run(args: argparse.Namespace) -> int:
    from kiosk.core.errors import KioskError

    writer = _writer(args.out)
    _check_folder(args.out)
    if args.source == "local" and (args.url or args.password_file):
        raise KioskError("--url and --password-file are for --source central")
    if args.source == "central" and not args.url:
        raise KioskError("--source central needs --url URL (the central database, as your own login)")
    from kiosk.core.clock import SystemClock, local_date
    from kiosk.core.config import load as load_config
    from kiosk.results.rules.periods import Grain
    from kiosk.results.rules.tally import ResultsQuery

    config = load_config(args.config)
    first, last = default_period(local_date(SystemClock().now(), config.timezone))
    if args.date_from and not args.date_to:
        last = max(local_date(SystemClock().now(), config.timezone), args.date_from)
    if args.date_to and not args.date_from:
        first = args.date_to - timedelta(days=7 * WEEKS - 1)
    ResultsQuery(args.date_from or first, args.date_to or last)  # the dates' own errors before any connection
    grain = None if args.by == "all" else Grain(args.by)
    opened = _source(args, config)
    with opened as source:
        report = _report(source, opened, ResultsQuery(args.date_from or first, args.date_to or last), grain,
                         args.site, config)
        try:  # inside: a PDF or XLSX reads more from the source while it writes
            writer(report, args.out)
        except (FileExistsError, NotADirectoryError, IsADirectoryError):
            raise KioskError(f"cannot write {args.out}: part of that path is a file, not a folder") from None
        except OSError as e:
            raise KioskError(f"cannot write {args.out}: {e.strerror or e}") from None
    print(args.out)
    if not any(r.answers or r.suppressed for r in report.summary):
        print(f"kiosk: No answers in this period ({report.query.date_from} to {report.query.date_to}); the file "
              "lists every site with 0 answers", file=sys.stderr)
        return 2
    print(f"{len(report.summary)} row(s), {len(report.query.sites)} site(s), {report.query.date_from} to "
          f"{report.query.date_to}", file=sys.stderr)
    return 0


def _writer(out: Path) -> Any:
    from kiosk.core.errors import KioskError
    from kiosk.results.report_files import WRITERS

    writer = WRITERS.get(out.suffix.lower())
    if writer is None:
        raise KioskError(f"cannot write {out}: a report is one of {', '.join(sorted(WRITERS))} — the file name's "
                         "ending chooses the format")
    return writer


def _check_folder(out: Path) -> None:
    """The folder must exist and be writable: a mistyped path is reported, never made."""
    from kiosk.core.errors import KioskError

    folder = out.parent
    if not folder.is_dir():
        nearest = next((p for p in (folder, *folder.parents) if p.exists()), None)
        if nearest is not None and not nearest.is_dir():
            raise KioskError(f"cannot write {out}: part of that path is a file, not a folder")
        raise KioskError(f"cannot write {out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise KioskError(f"cannot write {out}: the folder {folder} is not writable")
    if out.is_dir():
        raise KioskError(f"cannot write {out}: it is a folder")


class _source:
    """The tally source for --source, closed afterwards (a context manager)."""

    def __init__(self, args: argparse.Namespace, config: Any) -> None:
        self.args, self.config = args, config
        self._close: Any = None
        self.alerts: Any = None  # made when first asked: `alerts().for_report()` (the same source's alerts)
        self.engine: Any = None  # the database read (the staff pulse is read there too)

    def __enter__(self) -> Any:
        if self.args.source == "central":
            from kiosk.core.clock import SystemClock
            from kiosk.results.alerts import Alerts
            from kiosk.results.central import CentralResults, open_engine, read_password

            password = read_password(self.args.password_file, os.environ.get(PASSWORD_ENV))
            engine = open_engine(self.args.url, password)
            self._close, self.engine = engine.dispose, engine
            self.alerts = lambda: Alerts.central(engine, self.config, SystemClock())
            return CentralResults(engine)
        from sqlalchemy.exc import SQLAlchemyError

        from kiosk.core.errors import StorageError
        from kiosk.data.services import Services
        from kiosk.results.store import LocalResults

        services = Services(self.config, repair=False)  # a damaged file is reported, never swapped for an empty one
        self._close = services.close
        try:
            engine = services.engine()
        except SQLAlchemyError as e:
            reason = getattr(e, "orig", None) or e.__class__.__name__
            raise StorageError(f"cannot read the answers in {self.config.database_path}: {reason}") from None
        from kiosk.results.alerts import Alerts

        self.alerts, self.engine = (lambda: services.get(Alerts.from_services)), engine
        return LocalResults(engine, site=self.config.site_id, kiosk=self.config.kiosk_id,
                            timezone=self.config.timezone)

    def __exit__(self, *_: object) -> None:
        if self._close is not None:
            self._close()


def _report(source: Any, opened: _source, query: Any, grain: Any, sites: list[str], config: Any) -> Any:
    from kiosk.core.answers import Answer, question_version
    from kiosk.core.clock import SystemClock
    from kiosk.core.errors import KioskError
    from kiosk.results.report_files import ReportRequest
    from kiosk.results.rules.summary import summary
    from kiosk.results.rules.tally import ResultsQuery, Tally

    scope = source.scope()
    unknown = [s for s in dict.fromkeys(sites) if s not in scope.sites]
    if unknown:
        seen = ", ".join(scope.sites) or "none"
        raise KioskError(f"unknown site {', '.join(unknown)}: the sites {_whose(scope)} are {seen}")
    query = ResultsQuery(query.date_from, query.date_to, tuple(dict.fromkeys(sites)) or scope.sites)
    by_period = getattr(source, "period_tallies", None)  # summed in the database where the source can
    tallies = by_period(query, grain) if by_period is not None else source.tallies(query)
    if not tallies:  # still one row per site, each with 0 answers, for the question this kiosk asks
        question = question_version(list(config.answers))
        tallies = [Tally(s, question, query.date_from, 0, Answer.YES, None, 0) for s in query.sites]
    rows = summary(tallies, query, grain, config.results_min_count)
    from kiosk.results.pulse_source import StorePulse

    wall = getattr(source, "wall_activity", None)  # this kiosk's wall (the central one is the wall feature's)
    pulse = StorePulse(opened.engine, config.results_staff_min_count)
    return ReportRequest(source=source, scope=scope, query=query, grain=grain, min_count=config.results_min_count,
                         summary=rows, alerts=lambda: opened.alerts().for_report(),
                         pulse=lambda: pulse.months(query.sites, query.date_from, query.date_to),
                         wall=lambda: wall(query) if wall is not None else None, made_at=SystemClock().now())


def _whose(scope: Any) -> str:
    return "of this kiosk" if scope.kind == "kiosk" else "your database user may see"
