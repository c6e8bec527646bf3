"""Pictures of every office screen (`kiosk office --screenshots DIR`): a sample central database
(kiosk.office.sample_store, with the demo's listings added by `sample_listings`) opened in the real office
window offscreen, signed in as a manager, each page shown and waited for (its view model's `refreshed`), then
grabbed to `office-<screen>-<W>x<H>.png`. The listings' editor and conflict view are reached as a person does:
Edit on a listing, and a save after someone else changed it.
Thread: GUI (the offscreen platform).
"""

from __future__ import annotations

import gc
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.config import Config

SIZES = ((1280, 800), (1920, 1080))
SCREENS = ("signin", "results", "wall", "listings", "listing-editor", "listing-preview", "listing-conflict", "kiosks",
           "settings", "people")
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
        sample_listings(sample, datetime.now(UTC), config)
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
                office.office.setPage("listings")
                _settle(office)
                saved.append(_grab(window, out, "listings", w, h))
                saved += _listing_screens(office, out, w, h)
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


def sample_listings(engine: object, now: datetime, config: Config) -> None:
    """The demo's week of listings, shared between the sample's two sites, written as "office" (version 1)."""
    from zoneinfo import ZoneInfo

    from kiosk.office.listings_store import save
    from kiosk.office.sample_store import SITES
    from kiosk.whatson.rules.demo_listings import demo_listings

    today = now.astimezone(ZoneInfo(config.timezone)).date()
    for i, listing in enumerate(demo_listings(today)):
        save(engine, SITES[i % 2][0], listing, 0, "sam")  # type: ignore[arg-type]


def _listing_screens(office: object, out: Path, w: int, h: int) -> list[Path]:
    """The editor (Edit on the first listing), its preview as a visitor sees it, and the conflict view (someone
    else saved it meanwhile)."""
    from dataclasses import replace

    from kiosk.office.listings_store import save
    from kiosk.office.window import Office

    assert isinstance(office, Office)
    model = office.listings
    first = model.rows_model.row(0)["id"]
    model.edit(first)
    editor = model.editor_model
    editor.fields_model.setField("summary", editor.form.values["summary"] + " Everyone welcome.")
    _settle(office)
    saved = [_grab(office.window, out, "listing-editor", w, h)]
    editor.preview()
    _settle(office)
    saved.append(_grab(office.window, out, "listing-preview", w, h))
    model.preview_model.close()
    session = office.office.session
    assert session is not None
    theirs = model.find(first)
    assert theirs is not None
    organiser = theirs.listing.organiser.split(" · ")[0] + " · ask for Room 2"  # hana's change, made meanwhile
    save(session.engine, theirs.site, replace(theirs.listing, organiser=organiser), theirs.version, "hana")
    _wait(model.conflict_model.shownChanged, editor.save)
    _settle(office)
    saved.append(_grab(office.window, out, "listing-conflict", w, h))
    model.conflict_model.keepTheirs()
    return saved
