"""The office and the kiosk in one process: an office window made first, then a kiosk window, both load; and
then an office again, whose Listings page (with its editor) and Kiosk settings panel open.

PySide6 6.11 breaks every QML component made after a Python QML singleton is registered once some QML engine
already exists ("Cannot assign object of type QQuickRectangle to list property "data"; expected "QObject""), and
the kiosk registers its `KioskOrder` singleton when its first window is made — so an office engine made first
broke every later kiosk window. The office now registers it before its own engine (kiosk.office.window.build).

It runs in a fresh interpreter: in this test process an earlier kiosk may have registered the singleton already,
and then the order could not matter (a test that cannot fail)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import gc, sys
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtCore import QSize
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.office.sample_store import make_sample
from kiosk.office.window import build as build_office

tmp = Path(sys.argv[1])
config = settings.load(env={"KIOSK_DATA_DIR": str(tmp / "data")}, overrides={"device.reserve_mb": 0})
make_sample(tmp / "central.sqlite3", datetime.now(UTC), config).dispose()
office = build_office(config, str(tmp / "central.sqlite3"))
office.window.show()
assert office.item("office.signIn") is not None
office.close()
gc.collect()
from kiosk.app import build
kiosk = build(config, ManualClock(datetime(2026, 11, 25, 10, 0, tzinfo=UTC)), size=QSize(1080, 1920))
kiosk.window.window.show()
print("kiosk window:", kiosk.window.window.contentItem().childItems() != [])
kiosk.close()
if "--then-office" in sys.argv:  # and then an office again: its Listings page and Kiosk settings panel work
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtQuick import QQuickItem

    def wait(signal, seconds=60):
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(seconds * 1000, loop.quit)
        return loop

    office = build_office(config, str(tmp / "central.sqlite3"))
    office.window.resize(1280, 800)
    office.window.show()
    loop = wait(office.listings.refreshed)
    office.office.signIn("desk", "")
    loop.exec()
    office.office.setPage("listings")
    office.window.grabWindow()
    page = office.item("office.listings.addActivity") is not None
    office.listings.addActivity(office.listings.property("sites")[0])
    office.window.grabWindow()
    print("listings page:", page, office.item("office.listing.save") is not None)
    office.listings.editor_model.close()
    office.office.setPage("kiosks")
    office.window.grabWindow()
    button = office.item("office.kiosks.settings")
    assert isinstance(button, QQuickItem)
    from PySide6.QtCore import QMetaObject
    QMetaObject.invokeMethod(button, "clicked")  # as a click does
    office.window.grabWindow()
    print("settings panel:", office.item("office.settings.save") is not None,
          office.item("office.settings.site.welcome") is not None)
    office.close()
"""


def test_an_office_window_then_a_kiosk_window_in_one_process(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_CONTROLS_STYLE": "Basic"}
    root = Path(__file__).resolve().parents[2]  # this checkout's kiosk/, not an installed one
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=root, env=env, capture_output=True,
                          text=True, timeout=240, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "kiosk window: True" in done.stdout, output
    assert "Cannot assign object" not in output, output


def test_an_office_then_a_kiosk_then_the_offices_listings_and_settings_in_one_process(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_CONTROLS_STYLE": "Basic"}
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path), "--then-office"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=240, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "kiosk window: True" in done.stdout, output
    assert "listings page: True True" in done.stdout, output
    assert "settings panel: True True" in done.stdout, output
    assert "Cannot assign object" not in output, output
