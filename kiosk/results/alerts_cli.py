"""`kiosk results alerts`: list, evaluate, acknowledge and close the results alerts.

    kiosk results alerts [--source local|central --url URL [--password-file FILE]] [--all]
                         [--evaluate] [--ack ID --by NAME [--comment TEXT]] [--close ID [--by NAME]]

Local (the default) reads and keeps this kiosk's alerts in its own store; central reads and keeps them in the
central database as the --url's role (staff: their sites; managers: every site; evaluating needs a manager).
Argparse only at import time. Thread: main.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.results.alerts import Alerts
    from kiosk.results.rules.alerts import Alert


def configure(actions: Any) -> None:
    p = actions.add_parser(
        "alerts", help="list, evaluate, acknowledge and close alerts",
        description="Alerts say when a site's results deserve a look: the kindness rate over the last "
                    "results.alert_days days below results.alert_below (on at least results.alert_min_answers "
                    "answers); an unusually low latest week on the weekly control chart; a kiosk that took no "
                    "answers on results.alert_silent_days opening days in a row. Each is raised once, then "
                    "acknowledged (by whom, with a comment) and closed — by itself when the figure recovers, or by "
                    "hand. With results.smtp_host set, each new alert is e-mailed once to results.smtp_recipients.")
    p.add_argument("--source", choices=["local", "central"], default="local",
                   help="local: this kiosk's own store (default); central: the central database given by --url")
    p.add_argument("--url", metavar="URL", help="with --source central: postgresql://USER@HOST/DB without a password "
                                                "(or a SQLite file)")
    p.add_argument("--password-file", metavar="FILE",
                   help="with --source central: a file holding the password (else KIOSK_CENTRAL_ADMIN_PASSWORD, "
                        "PGPASSWORD or ~/.pgpass)")
    p.add_argument("--all", action="store_true", help="list closed alerts too (newest first)")
    p.add_argument("--evaluate", action="store_true",
                   help="check the rules now: raise new alerts, close recovered ones, e-mail new ones")
    p.add_argument("--ack", metavar="ID", help="acknowledge this alert (its ID, or the start of it)")
    p.add_argument("--close", metavar="ID", help="close this alert by hand")
    p.add_argument("--by", metavar="NAME", help="who acknowledges or closes it: a name or a role (staff share a PIN)")
    p.add_argument("--comment", metavar="TEXT", default=None,
                   help="with --ack: what is being done about it (up to 1,000 characters)")
    p.set_defaults(results_run=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.core.errors import KioskError

    if args.ack and args.close:
        raise KioskError("use --ack or --close, not both")
    if args.ack and not args.by:
        raise KioskError("--ack needs --by NAME: who is acknowledging (a name or a role, e.g. 'duty manager')")
    if args.comment is not None and not args.ack:
        raise KioskError("--comment goes with --ack")
    if args.by and not (args.ack or args.close):
        raise KioskError("--by goes with --ack or --close")
    if args.source == "local" and (args.url or args.password_file):
        raise KioskError("--url and --password-file are for --source central")
    if args.source == "central" and not args.url:
        raise KioskError("--source central needs --url URL (the central database)")
    if args.source == "central":
        return _central(args)
    return _local(args)


def _local(args: argparse.Namespace) -> int:
    from kiosk.core.config import load
    from kiosk.data.services import Services
    from kiosk.results.alerts import Alerts

    services = Services(load(args.config), repair=False)  # a damaged file is reported, never swapped
    try:
        return _act(args, Alerts.from_services(services))
    finally:
        services.close()


def _central(args: argparse.Namespace) -> int:
    from kiosk.core.clock import SystemClock
    from kiosk.core.config import load
    from kiosk.core.errors import KioskError
    from kiosk.results.alerts import Alerts

    connect = getattr(args, "connect_central", None)
    if connect is None:  # set by kiosk.cli (the composition root owns the way into the central database)
        raise KioskError("the central database cannot be reached from here")
    engine = connect(args)
    try:
        return _act(args, Alerts.central(engine, load(args.config), SystemClock()))
    finally:
        engine.dispose()


def _act(args: argparse.Namespace, alerts: Alerts) -> int:
    if args.ack:
        change = alerts.acknowledge(args.ack, args.by, args.comment or "")
        _say(*change.notes, f"alert {change.alert.short_id} {change.alert.state_words()}")
    elif args.close:
        change = alerts.close(args.close, args.by or "")
        _say(*change.notes, f"alert {change.alert.short_id} {change.alert.state_words()}")
    if args.evaluate:
        alerts.evaluate()
        last = alerts.last
        _say(f"evaluated: {len(last.raised)} new alert(s), {len(last.closed)} closed (recovered)", *last.mail)
        if alerts.mail is None:  # a timer's run says in the journal why nothing was e-mailed
            _say("no alert is e-mailed: results.smtp_host is empty in the config")
    shown = alerts.all() if args.all else alerts.open()
    print(listing(shown) if shown else ("no alerts" if args.all else "no open alerts"))
    # An e-mail that could not be sent ends the run with status 1, so the timer's unit shows as failed
    # (`systemctl --failed`, monitoring) until the mail server takes it: the alert itself is kept either way.
    return 1 if args.evaluate and alerts.last.mail_failed else 0


def listing(alerts: list[Alert]) -> str:
    from kiosk.core.terminal import table
    from kiosk.results.rules.alerts import day_words

    rows = [(a.short_id, a.state_words(), a.site, day_words(a.since), a.mail_words(), a.words) for a in alerts]
    out = table(("ID", "STATE", "SITE", "SINCE", "E-MAIL", "WHAT"), rows)
    comments = [f"{a.short_id}: {a.comment}" for a in alerts if a.comment]
    return out + ("\n\nComments:\n" + "\n".join(comments) if comments else "")


def _say(*lines: str) -> None:
    for line in lines:
        print(line, file=sys.stderr)
