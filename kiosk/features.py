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
    from kiosk.data.services import Services

FEATURES = ("checkin", "staff", "whatson", "wall")


def modules() -> list[ModuleType]:
    return [importlib.import_module(f"kiosk.{name}.feature") for name in FEATURES]


def wire(services: Services) -> Services:
    """Gives the Services every feature's data hooks (e.g. how pulled wall decisions are applied)."""
    for feature in modules():
        hook = getattr(feature, "wire", None)
        if hook is not None:
            hook(services)
    return services
