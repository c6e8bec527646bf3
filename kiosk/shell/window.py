"""Loads the QML window: fonts, style, the view models as required properties, the language switch's hold
on the QML engine (so qsTr follows a switch: kiosk.shell.language), and an event filter that turns every
touch into "activity" for the idle timeout. Thread: GUI.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.core.paths import assets_dir, qml_dir
from kiosk.shell.language import LanguageSwitch
from kiosk.shell.shell_model import ShellViewModel
from kiosk.shell.view_models import ViewModels

log = logging.getLogger(__name__)
_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress, QEvent.Type.Wheel}


def load_fonts(app: QGuiApplication) -> str:
    family = ""
    for ttf in sorted((assets_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family:
        font = QFont(family)
        font.setPixelSize(28)
        app.setFont(font)
    else:
        log.warning("bundled fonts not found under %s", assets_dir() / "fonts")
    return family


class ActivityFilter(QObject):
    def __init__(self, shell: ShellViewModel) -> None:
        super().__init__(shell)
        self._shell = shell

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._shell.activity()
        return False


class KioskWindow:
    """Owns the QML engine and the window; keeps Python references alive as long as the window."""

    def __init__(self, shell: ShellViewModel, models: ViewModels, language: LanguageSwitch | None = None) -> None:
        # The plain Basic style, set without importing QtQuickControls2 (a few ms at start-up).
        os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
        self.shell, self.models = shell, models
        self.engine = QQmlApplicationEngine()
        self.engine.addImportPath(str(qml_dir()))
        if language is not None:
            language.attach(self.engine)
        self.engine.setInitialProperties({"shell": shell})
        self.engine.load(QUrl.fromLocalFile(str(qml_dir() / "Kiosk" / "Main.qml")))
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the kiosk window could not be loaded (see the QML errors above)")
        self.window: QQuickWindow = roots[0]
        self._filter = ActivityFilter(shell)
        self.window.installEventFilter(self._filter)

    def close(self) -> None:
        """Destroys the QML scene now, while the view models it binds to are still alive."""
        import shiboken6

        self.window.removeEventFilter(self._filter)
        self.window.close()
        if shiboken6.isValid(self.engine):
            shiboken6.delete(self.engine)
