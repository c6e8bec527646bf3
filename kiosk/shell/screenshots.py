"""Renders every scene offscreen to PNG: `<scene>-<W>x<H>.png`. Thread: GUI (offscreen platform).

The scenes come in a SceneBook (kiosk.shell.stage) that the caller collects from the scene modules — the
shell names no feature. Each size gets a fresh kiosk from `make_kiosk` (its own throwaway data folder, so
what one orientation's scenes wrote — a message sent, a PIN set — never shows in the other's). Before each
scene the kiosk goes home, as it does after every visitor, so a scene starts where a visitor would.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize

from kiosk.shell.stage import SceneBook, SceneError

if TYPE_CHECKING:
    from kiosk.app import Kiosk


def render(book: SceneBook, make_kiosk: Callable[[QSize], Kiosk], out: Path, sizes: list[QSize],
           prepare: Callable[[Kiosk], None] | None = None, tag: str = "") -> list[Path]:
    """Each scene at each size. `prepare` runs before each scene, once the kiosk is home (a visitor's
    accessibility modes, say); `tag` goes in each picture's name: `<scene>-<tag>-<W>x<H>.png`."""
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    for size in sizes:
        kiosk = make_kiosk(size)
        try:
            window = kiosk.window.window
            window.resize(size)
            window.show()
            for scene in book.scenes:
                kiosk.shell.goHome()
                if prepare is not None:
                    prepare(kiosk)
                book.play(scene.name, kiosk)  # and waits for the finished picture
                image = window.grabWindow()
                name = f"{scene.name}-{tag}" if tag else scene.name
                path = out / f"{name}-{size.width()}x{size.height()}.png"
                if image.isNull() or not image.save(str(path)):
                    raise SceneError(f"could not write {path}")
                saved.append(path)
        finally:
            kiosk.close()
            gc.collect()  # drop Python wrappers of this kiosk's Qt items before the next kiosk reuses their addresses
    return saved
