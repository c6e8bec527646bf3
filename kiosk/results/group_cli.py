"""`kiosk results …`: the results command group. Each action is a module in `ACTIONS` with `configure(actions)`,
which adds its parser to the group's sub-parsers and sets `results_run` to the function that runs it — so
another action (the poster) is one more module name here. Argparse only at import time. Thread: main.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from typing import Any

ACTIONS = ("kiosk.results.alerts_cli", "kiosk.results.poster_cli")


def register(sub: Any, central_actions: Sequence[Any] = ()) -> None:
    """Adds `kiosk results` (its `feature_run` is `run`); `central_actions` are for `kiosk central` only."""
    p = sub.add_parser("results", help="results: alerts and the entrance poster of the kindness measure",
                       description="The kindness measure's results from this kiosk's store or the central database.")
    actions = p.add_subparsers(dest="results_command", metavar="ACTION", required=True)
    for name in ACTIONS:
        importlib.import_module(name).configure(actions)
    p.set_defaults(feature_run=run)


def run(args: argparse.Namespace) -> int:
    return int(args.results_run(args))
