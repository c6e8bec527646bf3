"""Renders every screen offscreen to PNG: `<screen>-<W>x<H>.png`. Thread: GUI (offscreen platform).

Each screen is reached through the real view models, so the pictures show what a visitor sees.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtQuick import QQuickWindow

from kiosk.app import Kiosk
from kiosk.wall import feature as wall
from kiosk.whatson import feature as whatson
from kiosk.whatson import staff_feature as listings_staff


def _thanks_after(answer: str) -> Callable[[Kiosk], None]:
    def step(kiosk: Kiosk) -> None:
        kiosk.checkin._set_last_answer(answer)
        kiosk.shell.show("thanks")

    return step


def _staff_home(kiosk: Kiosk) -> None:
    kiosk.staff._active = True  # screenshots only: what staff see after the right PIN
    kiosk.shell.show("staff")


# screen name → how to get there from home
STEPS: dict[str, Callable[[Kiosk], None]] = {
    "home": lambda k: k.shell.show("home"),
    "checkin": lambda k: k.shell.show("checkin"),
    "followup": lambda k: k.shell.show("followup"),
    "thanks": _thanks_after("yes"),
    "thanks-no": _thanks_after("no"),
    "staff-pin": lambda k: k.staff.openPin(),
    "staff": _staff_home,
    "whatson": whatson.screenshot_step("today"),
    "whatson-week": whatson.screenshot_step("week"),
    "whatson-open": whatson.screenshot_step("open"),
    "listing": whatson.screenshot_listing,
    "home-wall": wall.shot_home_attract,
    "wall": wall.shot_wall,
    "wall-write": wall.shot_write,
    "wall-preview": wall.shot_preview,
    "wall-sent": wall.shot_sent,
    "wall-moderate": wall.shot_moderate,
    "wall-poster": wall.shot_poster,
    "staff-listings": listings_staff.screenshot_list,
    "staff-listing-edit": listings_staff.screenshot_editor("activity"),
    "staff-listing-space": listings_staff.screenshot_editor("space"),
    "staff-listing-problem": listings_staff.screenshot_editor("problem"),
    "staff-listing-photo": listings_staff.screenshot_photos,
    "staff-listing-stale": listings_staff.screenshot_stale,
    "staff-listing-preview": listings_staff.screenshot_preview,
}


def settle(window: QQuickWindow, rounds: int = 6) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def render(kiosk: Kiosk, out: Path, sizes: list[QSize]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    window = kiosk.window.window
    saved: list[Path] = []
    for size in sizes:
        window.resize(size)
        window.show()
        for name, step in STEPS.items():
            step(kiosk)
            settle(window)
            image = window.grabWindow()
            path = out / f"{name}-{size.width()}x{size.height()}.png"
            if image.isNull() or not image.save(str(path)):
                raise RuntimeError(f"could not render {path.name}")
            saved.append(path)
        kiosk.shell.show("home")
    return saved
