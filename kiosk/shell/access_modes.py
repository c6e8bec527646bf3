"""The visitor's accessibility modes: large text, high contrast and reach (issue 11, items 6 and 7).

One small view model, `models.access` in QML. Main.qml binds the theme to it (`Theme.textScale`,
`Theme.highContrast`) and lays each visitor screen out inside `reachTop`..`reachBottom` (fractions of the
window's height); the accessibility panel (AccessPanel.qml, opened from the visitor bar) switches the modes.

- Large text makes every text on a visitor screen 1.5 times as big; staff screens keep their size (they are
  dense forms, and staff are not the visitor who asked).
- High contrast swaps the theme to its second palette (near-black on white and yellow, borders on controls,
  a thicker focus ring) on every screen.
- Reach lays visitor screens out in the part of the screen 380–1220 mm above the floor (kiosk.shell.reach),
  from screen.mount_bottom_mm and screen.visible_height_mm. When the whole screen is in reach it changes
  nothing and says so.

Every mode is for one visitor: when nobody has touched the kiosk for screen.idle_timeout_seconds, all are
off again, so the next visitor starts plain. Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, SignalInstance, Slot

from kiosk.core.config import Config
from kiosk.shell.reach import ReachBand, reach_band
from kiosk.shell.shell_model import ShellViewModel

LARGE_TEXT_SCALE = 1.5


class AccessModes(QObject):
    largeTextChanged = Signal()
    highContrastChanged = Signal()
    reachChanged = Signal()
    textScaleChanged = Signal()
    reachTopChanged = Signal()
    reachBottomChanged = Signal()
    anyOnChanged = Signal()

    def __init__(self, config: Config, shell: ShellViewModel, staff_active: Callable[[], bool] = lambda: False,
                 staff_changed: SignalInstance | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config, self._shell, self._staff_active = config, shell, staff_active
        self._large = self._contrast = self._reach = False
        self.band: ReachBand = reach_band(config.mount_bottom_mm, config.visible_height_mm)
        self._visitor = self._on_visitor_screen()
        shell.ticked.connect(self._ticked)
        shell.screenChanged.connect(self._screen_changed)
        if staff_changed is not None:  # staff mode ends just after the home screen shows
            staff_changed.connect(self._screen_changed)

    # -- the three switches ---------------------------------------------------------------------------
    def _get_large(self) -> bool:
        return self._large

    @Slot(bool)
    def setLargeText(self, on: bool) -> None:
        if on != self._large:
            self._large = on
            self.largeTextChanged.emit()
            self.textScaleChanged.emit()
            self.anyOnChanged.emit()

    largeText = Property(bool, _get_large, setLargeText, notify=largeTextChanged)

    def _get_contrast(self) -> bool:
        return self._contrast

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        if on != self._contrast:
            self._contrast = on
            self.highContrastChanged.emit()
            self.anyOnChanged.emit()

    highContrast = Property(bool, _get_contrast, setHighContrast, notify=highContrastChanged)

    def _get_reach(self) -> bool:
        return self._reach

    @Slot(bool)
    def setReach(self, on: bool) -> None:
        if on != self._reach:
            self._reach = on
            self.reachChanged.emit()
            self._band_changed()
            self.anyOnChanged.emit()

    reach = Property(bool, _get_reach, setReach, notify=reachChanged)

    @Property(bool, notify=anyOnChanged)
    def anyOn(self) -> bool:
        """Some mode is on (the visitor bar's button shows it)."""
        return self._large or self._contrast or self._reach

    @Slot()
    def reset(self) -> None:
        """Every mode off: the next visitor starts plain."""
        self.setLargeText(False)
        self.setHighContrast(False)
        self.setReach(False)

    # -- what the theme and the window read ------------------------------------------------------------
    @Property(float, notify=textScaleChanged)
    def textScale(self) -> float:
        """What every text's size is multiplied by: 1.5 in large text on a visitor screen, else 1."""
        return LARGE_TEXT_SCALE if self._large and self._visitor else 1.0

    def _reach_applies(self) -> bool:
        return self._reach and self._visitor and self.band.usable and not self.band.whole_screen

    @Property(float, notify=reachTopChanged)
    def reachTop(self) -> float:
        """Where the visitor screen's area starts, as a fraction of the window's height (0 = the top)."""
        return self.band.top if self._reach_applies() else 0.0

    @Property(float, notify=reachBottomChanged)
    def reachBottom(self) -> float:
        """Where the visitor screen's area ends, as a fraction of the window's height (1 = the bottom)."""
        return self.band.bottom if self._reach_applies() else 1.0

    @Property(str, constant=True)
    def reachFit(self) -> str:
        """How this kiosk's screen sits against the 380–1220 mm band: "whole" (all of it is in reach: the mode
        changes nothing), "band" (the mode moves the screen's content into the band) or "none" (too little is
        in reach to lay a screen out there). The panel says which in words."""
        return "whole" if self.band.whole_screen else "band" if self.band.usable else "none"

    # -- following the shell ---------------------------------------------------------------------------
    def _on_visitor_screen(self) -> bool:
        return not str(self._shell.property("screen")).startswith("staff") and not self._staff_active()

    @Slot()
    def _screen_changed(self) -> None:
        visitor = self._on_visitor_screen()
        if visitor != self._visitor:
            self._visitor = visitor
            if self._large:
                self.textScaleChanged.emit()
            self._band_changed()

    def _band_changed(self) -> None:
        self.reachTopChanged.emit()
        self.reachBottomChanged.emit()

    @Slot()
    def _ticked(self) -> None:
        if self._shell.idle_seconds() >= self._shell.config.idle_timeout_seconds:  # (as in use now)
            self.reset()
