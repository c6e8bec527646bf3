"""The office window: the view models, the QML engine with the kiosk's shared `Kiosk` module (theme, text,
buttons) and its fonts, and `Office.qml` loaded with the view models as required properties.

    office = build(config, central_url)    # the window, not yet shown
    office.show(); app.exec(); office.close()

Thread: GUI.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QObject, QUrl
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.core.background import Background
from kiosk.core.config import Config
from kiosk.core.paths import qml_dir
from kiosk.office.kiosks_model import OfficeKiosksModel
from kiosk.office.language_model import LANGUAGES, OfficeLanguageModel
from kiosk.office.listings_model import OfficeListingsModel
from kiosk.office.office_model import OfficeViewModel
from kiosk.office.people_model import OfficePeopleModel
from kiosk.office.results_model import OfficeResultsModel
from kiosk.office.settings_model import OfficeSettingsModel
from kiosk.office.wall_model import OfficeWallModel
from kiosk.shell.language import LanguageSwitch

MIN_WIDTH, MIN_HEIGHT = 1280, 800


@dataclass
class Office:
    background: Background
    office: OfficeViewModel
    results: OfficeResultsModel
    wall: OfficeWallModel
    kiosks: OfficeKiosksModel
    people: OfficePeopleModel
    engine: QQmlApplicationEngine
    settings: OfficeSettingsModel  # the Kiosks page's "Kiosk settings" panel
    listings: OfficeListingsModel
    language: OfficeLanguageModel
    switch: LanguageSwitch

    @property
    def window(self):  # type: ignore[no-untyped-def]  # the QQuickWindow
        from PySide6.QtQuick import QQuickWindow

        root = self.engine.rootObjects()[0]
        assert isinstance(root, QQuickWindow)
        return root

    @property
    def root(self):  # type: ignore[no-untyped-def]  # the QQuickItem holding the pages
        """The window's content item (read as a property: an ApplicationWindow's `contentItem()` call answers
        with another item's wrapper in PySide6 6.11)."""
        return self.window.property("contentItem")

    def item(self, name: str) -> QObject | None:
        """The visible item with this objectName (tests and scenes), or None; the header (the language) too."""
        todo = [self.root, self.window.property("header")]
        while todo:
            it = todo.pop()
            if it.objectName() == name and it.isVisible():
                return it
            todo.extend(it.childItems())
        return None

    def close(self) -> None:
        import shiboken6

        self.office.signOut()
        self.window.close()
        if shiboken6.isValid(self.engine):
            shiboken6.delete(self.engine)
        self.switch.close()  # its catalogue, locale and direction leave the application with the window
        self.background.shutdown()


def build(config: Config, central_url: str) -> Office:
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import qt_app
    from kiosk.shell.fonts import load_fonts
    from kiosk.shell.reading_order import register as register_reading_order

    if QGuiApplication.instance() is None:  # a desk has a real keyboard: the system's input method, never the
        os.environ.setdefault("QT_IM_MODULE", "")  # kiosk's on-screen keyboard (kiosk.app.qt_environment)
    app = qt_app()
    load_fonts(app)
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    background = Background()
    results = OfficeResultsModel(background, config)
    wall = OfficeWallModel(background)
    kiosks = OfficeKiosksModel(background)
    people = OfficePeopleModel(background, config)
    settings = OfficeSettingsModel(background)
    listings = OfficeListingsModel(background, config)
    office = OfficeViewModel(background, central_url, [results, wall, kiosks, people, settings, listings])
    # Before this process's first QML engine: PySide6 6.11 registering a QML singleton (KioskOrder's) once an
    # engine exists breaks every later component ("Cannot assign object of type QQuickRectangle to list property
    # data; expected QObject"), so an office made before a kiosk window in one process would break the kiosk's.
    register_reading_order()
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_dir()))
    switch = LanguageSwitch(LANGUAGES)
    switch.attach(engine)
    if config.language in LANGUAGES:  # the configured first language, as a kiosk starts in it
        switch.set(config.language)
    language = OfficeLanguageModel(switch, [office, results, wall, kiosks, people, settings, listings])
    engine.setInitialProperties({"office": office, "results": results, "wall": wall, "kiosks": kiosks,
                                 "people": people, "settings": settings, "listings": listings,
                                 "language": language})
    from pathlib import Path

    engine.load(QUrl.fromLocalFile(str(Path(__file__).resolve().parent / "qml" / "Office.qml")))
    if not engine.rootObjects():
        raise RuntimeError("the office window could not be loaded (see the QML errors above)")
    return Office(background, office, results, wall, kiosks, people, engine, settings, listings, language, switch)
