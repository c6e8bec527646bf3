"""What features contribute to the `kiosk` command besides their own sub-commands: actions under
`kiosk central` (kiosk.sync.central_cli), e.g. the wall's `moderate`. Argparse only. Thread: main.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass(frozen=True)
class CentralAction:
    """A feature's own `kiosk central NAME …` action (e.g. the wall's `moderate`): `configure(actions,
    add_connection_args)` adds its parser; `run(engine, args)` does it on the admin's engine."""

    name: str
    configure: Callable[[Any, Callable[..., None]], None]
    run: Callable[[Engine, argparse.Namespace], int]
