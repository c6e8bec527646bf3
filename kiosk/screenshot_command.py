"""`kiosk screenshots`: every screen rendered offscreen to `<scene>-<W>x<H>.png` (`<scene>-<modes>-<W>x<H>.png`
with `--mode large|contrast|reach`: a visitor's accessibility modes, switched on before each scene).

The composition of the screenshot scenes: `scene_book()` names the scene modules, in picture order — the
shell's home, then each feature's `kiosk/<feature>/scenes.py`. They are imported here only (for this
command and the screen tests): the running kiosk never imports them, and the shell that plays them
(kiosk.shell.screenshots) names no feature. Each size gets a fresh kiosk in its own throwaway data folder
(with the demo's listings, offering the demo's languages) on a clock stopped at the chosen moment — by default
the README's Tuesday morning, so the pictures only change when the screens do. `--language ar` starts the kiosk in
that language (the pictures are then named `<scene>-ar-<W>x<H>.png`). Thread: main (the GUI thread, offscreen).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kiosk.core.errors import KioskError

if TYPE_CHECKING:
    from kiosk.core.clock import Clock
    from kiosk.core.config import Config
    from kiosk.shell.stage import SceneBook


def scene_book() -> SceneBook:
    """Every screenshot scene, in picture order."""
    from kiosk.checkin import scenes as checkin
    from kiosk.results import scenes as results
    from kiosk.shell import scenes as shell
    from kiosk.shell.stage import collect
    from kiosk.staff import scenes as staff
    from kiosk.wall import scenes as wall
    from kiosk.whatson import scenes as whatson
    from kiosk.whatson import staff_scenes as listings_staff

    return collect([shell.register, checkin.register, staff.register, whatson.register, wall.register,
                    listings_staff.register, results.register])


def moment(at: datetime | None, timezone: str) -> datetime:
    """When the pictures are taken: `at` (site-local unless it says otherwise), or the present moment."""
    if at is None:
        return datetime.now(UTC)
    return at if at.tzinfo else at.replace(tzinfo=ZoneInfo(timezone))


def run(args: argparse.Namespace) -> int:
    """Renders the scenes (all, or --only) at each of args.size (width, height) and prints each picture's
    path. A scene that cannot reach its screen is reported in one line (exit status 1); an unknown scene or
    an unwritable folder is a KioskError (exit status 2)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from kiosk.app import Kiosk, build
    from kiosk.core import config as settings
    from kiosk.core.clock import ManualClock
    from kiosk.demo import DEMO_LANGUAGES
    from kiosk.shell.screenshots import render
    from kiosk.shell.stage import SceneError

    sizes = [QSize(w, h) for w, h in args.size]
    language = getattr(args, "language", None) or DEMO_LANGUAGES[0]
    if language not in DEMO_LANGUAGES:
        raise KioskError(f"--language {language}: the pictures can be in {', '.join(DEMO_LANGUAGES)}")
    languages = [language, *(code for code in DEMO_LANGUAGES if code != language)]
    book = scene_book()
    if args.only:
        try:
            book = book.only(args.only)
        except SceneError as e:
            raise KioskError(str(e)) from None
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KioskError(f"cannot write the pictures to {args.out}: {e.strerror or e}") from None
    with contextlib.ExitStack() as folders:

        def make_kiosk(size: QSize) -> Kiosk:
            """A fresh kiosk for each size, in its own throwaway data folder, at the chosen moment."""
            folder = folders.enter_context(tempfile.TemporaryDirectory(prefix="kiosk-shots-"))
            config = settings.load(args.config, env={"KIOSK_DATA_DIR": folder},
                                   overrides={"kiosk.languages": languages})
            clock = ManualClock(moment(args.at, config.timezone))  # moves only when a scene says so
            seed_listings(config, clock)
            return build(config, clock, size=size)

        modes = list(dict.fromkeys(getattr(args, "mode", None) or []))

        def prepare(kiosk: Kiosk) -> None:
            """The visitor's accessibility modes, as their panel switches them (kiosk.shell.access_modes)."""
            access = kiosk.shell.models["access"]
            access.setProperty("largeText", "large" in modes)
            access.setProperty("highContrast", "contrast" in modes)
            access.setProperty("reach", "reach" in modes)

        try:
            tag = "-".join(([] if language == DEMO_LANGUAGES[0] else [language]) + modes)
            paths = render(book, make_kiosk, args.out, sizes, prepare if modes else None, tag)
        except SceneError as e:
            print(f"kiosk: screenshots: {e}", file=sys.stderr)
            return 1
    for path in paths:
        print(path)
    return 0


def seed_listings(config: Config, clock: Clock) -> None:
    """The demo's listings in the screenshots' throwaway store, so What's on shows a real week."""
    from kiosk.data import migrate
    from kiosk.data.engine import sqlite_engine
    from kiosk.demo import seed_demo_listings

    engine = sqlite_engine(config.database_path)
    try:
        migrate.upgrade(engine)
        seed_demo_listings(engine, config, clock)
    finally:
        engine.dispose()
