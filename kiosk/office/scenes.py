"""Pictures of every office screen (`kiosk office --screenshots DIR`): a sample central database
(kiosk.office.sample_store) opened in the real office window offscreen, signed in as a manager, each page shown
and waited for (its view model's `refreshed`), then grabbed to `office-<screen>-<W>x<H>.png`.
Thread: GUI (the offscreen platform).
"""

from __future__ import annotations

import gc
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.config import Config

SIZES = ((1280, 800), (1920, 1080))
SCREENS = ("signin", "results", "wall", "kiosks", "settings", "people")
SAMPLE_SETTINGS = {"site.welcome": "Tea and coffee are free on the first floor.", "screen.idle_timeout_seconds": 60.0,
                   "kiosk.languages": ["en", "gd", "pl"]}  # the sample's Harbour Library (shown first)


def _wait(signal: object, start: object, timeout_ms: int = 20_000) -> None:
    """Starts something and waits for `signal` (the view model's), keeping Qt's events flowing."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    start()  # type: ignore[operator]
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


def _settle(office: object) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def render_all(config: Config, out: Path, sizes: tuple[tuple[int, int], ...] = SIZES) -> list[Path]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.office.sample_store import make_sample
    from kiosk.office.window import build

    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        central = Path(tmp) / "central.sqlite3"
        sample = make_sample(central, datetime.now(UTC), config)
        from kiosk.office.settings_store import save

        save(sample, "harbour", SAMPLE_SETTINGS, by="manager", version=0)
        sample.dispose()
        for w, h in sizes:
            office = build(config, str(central))
            try:
                window = office.window
                window.resize(w, h)
                window.show()
                office.office.setCentralUrl("postgresql://db.example.org/kindness")  # as a person would see it
                name = office.item("office.name.box")
                if name is not None:
                    name.setProperty("text", "sam")
                _settle(office)
                saved.append(_grab(window, out, "signin", w, h))
                office.office.setCentralUrl(str(central))
                _wait(office.results.refreshed, lambda o=office: o.office.signIn("manager", ""))
                _settle(office)
                saved.append(_grab(window, out, "results", w, h))
                office.office.setPage("wall")
                _settle(office)
                saved.append(_grab(window, out, "wall", w, h))
                office.office.setPage("kiosks")
                _settle(office)
                saved.append(_grab(window, out, "kiosks", w, h))
                _click(office, "office.kiosks.settings")  # the Kiosk settings panel, as a manager opens it
                _settle(office)
                saved.append(_grab(window, out, "settings", w, h))
                _click(office, "office.settings.back")
                office.office.setPage("people")
                _settle(office)
                saved.append(_grab(window, out, "people", w, h))
            finally:
                office.close()
                gc.collect()
    return saved


def _click(office: object, name: str) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    target = office.item(name)  # type: ignore[attr-defined]
    if target is None:
        raise LookupError(f"no {name} in the office window")
    centre = target.mapToScene(target.boundingRect().center())
    QTest.mouseClick(office.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,  # type: ignore[attr-defined]
                     QPoint(int(centre.x()), int(centre.y())))


def _grab(window: object, out: Path, screen: str, w: int, h: int) -> Path:
    from PySide6.QtCore import QCoreApplication

    path = out / f"office-{screen}-{w}x{h}.png"
    for _ in range(3):  # each grab polishes the layouts once; a layout bound to another's size needs a second
        window.grabWindow()  # type: ignore[attr-defined]
        QCoreApplication.processEvents()
    image = window.grabWindow()  # type: ignore[attr-defined]
    if image.isNull() or not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path
