"""The installed features, in home-screen door order — the only list of them (kiosk.app and kiosk.cli read it).

Each is a package with a `feature.py` (kiosk.shell.feature_api says what it provides). Importing this module
imports no feature; `modules()` does, and a feature.py imports no Qt at module level, so the CLI can read
the features' commands without starting Qt. Thread: any.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.core.commands import CentralAction
    from kiosk.data.services import Services

FEATURES = ("checkin", "staff", "whatson", "wall", "results", "upkeep")


def modules() -> list[ModuleType]:
    return [importlib.import_module(f"kiosk.{name}.feature") for name in FEATURES]


# The modules that register `kiosk …` sub-commands: `register(sub, central_actions=…)` adds the command's parser
# with `feature_run` set to the function kiosk.cli calls with the parsed arguments.
COMMANDS = ("kiosk.sync.central_cli", "kiosk.sync.cli", "kiosk.whatson.cli", "kiosk.wall.cli",
            "kiosk.results.group_cli", "kiosk.results.cli", "kiosk.office.cli")
# Modules with an ACTION under `kiosk central`.
CENTRAL_ACTIONS = ("kiosk.wall.central_cli", "kiosk.results.central_cli", "kiosk.sync.purge_cli")


def command_modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in COMMANDS]


def central_actions() -> list[CentralAction]:
    return [importlib.import_module(name).ACTION for name in CENTRAL_ACTIONS]


def wire(services: Services) -> Services:
    """Gives the Services every feature's data hooks (e.g. how pulled wall decisions are applied)."""
    for feature in modules():
        hook = getattr(feature, "wire", None)
        if hook is not None:
            hook(services)
    return services
