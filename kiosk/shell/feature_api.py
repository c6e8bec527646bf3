"""What a feature gets to install itself, and what a feature module provides.

Every feature package (checkin, staff, whatson, wall) has a `feature.py` with:

    install(ctx: FeatureContext) -> None     register screens, home doors, staff tools, home overlays and a
                                              factory for its view models (made on first use); Qt side only
    wire(services: Services) -> None          (optional) data hooks, e.g. how pulled content updates its tables;
                                              called in the app and in the CLI
    IMPORTS: tuple[str, ...]                  (optional) the modules `install` imports: the kiosk imports them
                                              on a helper thread while Qt loads the window (kiosk.app)

Its `kiosk …` sub-commands live in their own module (`kiosk/<feature>/cli.py`: `register(sub, central_actions)`
and `run(args)`, argparse only at import time), listed in kiosk/features.py `COMMANDS`.

The composition root (kiosk/app.py, kiosk/cli.py) imports the feature modules listed in kiosk/features.py;
nothing else imports a feature. Thread: GUI (install).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple, Protocol

from PySide6.QtCore import QObject

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.event_hub import EventHub
from kiosk.data.services import Services
from kiosk.shell.language import Words
from kiosk.shell.shell_model import ShellViewModel
from kiosk.shell.view_models import ViewModels


class StaffAccess(Protocol):
    """Staff mode as other features see it: a button on the staff home screen, whether staff are in, and notices
    for staff on their home screen."""

    def add_tool(self, key: str, label: Words, screen: str, hint: Words = "") -> None: ...

    def is_active(self) -> bool: ...

    def set_notice(self, key: str, text: Words) -> None:
        """A line on the staff home (e.g. the disk is nearly full) under `key`; "" takes it down."""


class FeatureContext(NamedTuple):
    """What a feature's `install` gets: the kiosk's parts it may use. (A NamedTuple rather than a frozen
    dataclass: this module loads before the home screen's first frame, where a frozen dataclass's generated
    methods cost ≈ 0.3 ms a class: README "Where the start-up time goes".)"""

    config: Config
    clock: Clock
    services: Services  # the one way into the data (engine, each feature's service, publish)
    background: Background  # database work on the one database thread
    shell: ShellViewModel
    staff: StaffAccess
    events: EventHub  # subscribe to what changed (ListingsChanged, WallChanged, LanguageChanged, …)
    models: ViewModels

    def provide(self, names: Iterable[str], factory: Callable[[], dict[str, QObject]]) -> None:
        """The feature's view models, made by `factory` the first time a screen needs one of `names`."""
        self.models.provide(names, factory)
