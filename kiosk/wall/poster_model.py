"""Staff tool "Print a wall poster": choose the paper and the dates, and the kiosk renders a PDF of the
approved messages (kiosk.wall.poster) into its data folder, with a preview of the first page.

Rendering runs on the database thread (kiosk.wall.desk.WallDesk.poster). The screen's labels and messages are
translated when read (the poster itself is printed in the language in use when it is made). Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QCoreApplication, QDate, QLocale, QObject, QUrl, Signal, Slot

from kiosk.core.background import Background
from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.shell.choices import Choice, ChoiceListModel
from kiosk.shell.language import Words, fill, later, words
from kiosk.shell.shell_model import ShellViewModel
from kiosk.wall.board_model import DateLabels
from kiosk.wall.desk import PosterMade, WallDesk

PERIOD_DAYS = {"week": 7, "month": 30}
DPI = 300


def _sizes() -> list[Choice]:
    return [Choice("A4", later.translate("wall", "A4"), later.translate("wall", "For a noticeboard")),
            Choice("A3", later.translate("wall", "A3"), later.translate("wall", "Bigger, for a wall"))]


def _periods() -> list[Choice]:
    return [Choice("week", later.translate("wall", "Last 7 days")),
            Choice("month", later.translate("wall", "Last 30 days")), Choice("all", later.translate("wall", "All"))]


class WallPosterViewModel(QObject):
    changed = Signal()
    made = Signal(str)  # the poster's path

    def __init__(self, config: Config, clock: Clock, background: Background, desk: WallDesk,
                 shell: ShellViewModel, is_staff: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config, self._clock, self._background, self._desk = config, clock, background, desk
        self._shell, self._is_staff = shell, is_staff
        self._sizes = ChoiceListModel(_sizes(), self, retranslate_on=shell.languageChanged)
        self._periods = ChoiceListModel(_periods(), self, retranslate_on=shell.languageChanged)
        self._size = "A4"
        self._period = "month"
        self._busy = False
        self._message: Words = ""
        self._preview = ""
        self._path = ""
        shell.screenChanged.connect(self._screen_changed)
        shell.languageChanged.connect(self._language_switched)

    @Slot()
    def _language_switched(self) -> None:
        self.changed.emit()  # the message's words are made when read

    @Property(QObject, constant=True)
    def sizes(self) -> ChoiceListModel:
        return self._sizes

    @Property(QObject, constant=True)
    def periods(self) -> ChoiceListModel:
        return self._periods

    @Property(str, notify=changed)
    def size(self) -> str:
        return self._size

    @Property(str, notify=changed)
    def period(self) -> str:
        return self._period

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    @Property(str, notify=changed)
    def message(self) -> str:
        return words(self._message)

    @Property(str, notify=changed)
    def preview(self) -> str:
        """A file URL of the first page's preview, or empty."""
        return self._preview

    @Property(str, notify=changed)
    def path(self) -> str:
        return self._path

    @Slot(str)
    def setSize(self, size: str) -> None:
        self._shell.activity()
        if size in ("A4", "A3") and size != self._size:
            self._size = size
            self.changed.emit()

    @Slot(str)
    def setPeriod(self, period: str) -> None:
        self._shell.activity()
        if period in ("week", "month", "all") and period != self._period:
            self._period = period
            self.changed.emit()

    @Slot()
    def backToStaff(self) -> None:
        self._shell.activity()
        self._shell.show("staff")

    def _screen_changed(self) -> None:
        if self._shell.screen == "wall.poster" and not self._busy:
            self._message, self._preview, self._path = "", "", ""
            self.changed.emit()

    def dates(self) -> tuple[date | None, date]:
        today = self._clock.now().astimezone(ZoneInfo(self._config.timezone)).date()
        days = PERIOD_DAYS.get(self._period)
        return (today - timedelta(days=days - 1) if days else None), today

    def _period_label(self, first: date | None, last: date) -> str:
        locale = QLocale()  # the language in use now (kiosk.shell.language sets the default)
        translate = QCoreApplication.translate

        def day(d: date) -> str:
            return locale.toString(QDate(d.year, d.month, d.day), "d MMMM yyyy")

        if first is None:
            return translate("wall", "Every message up to %1").replace("%1", day(last))
        return translate("wall", "%1 to %2").replace("%1", day(first)).replace("%2", day(last))

    @Slot()
    def make(self) -> None:
        from kiosk.wall.poster import PosterText

        self._shell.activity()
        if self._busy or not self._is_staff():
            return
        translate = QCoreApplication.translate
        first, last = self.dates()
        words = PosterText(
            title=translate("wall", "Kindness noticed here"), site=self._config.site_name,
            period=self._period_label(first, last),
            continued=translate("wall", "Kindness noticed here (continued)"),
            footer=translate("wall", "Written by visitors on our kindness kiosk"),
            page=translate("wall", "Page {n} of {total}"))
        out = Path(self._config.data_dir) / "posters" / f"kindness-wall-{last.isoformat()}-{self._size}.pdf"
        size, labels = self._size, DateLabels(self._config, self._clock)
        self._busy = True
        self._message = later.translate("wall", "Making the poster…")
        self.changed.emit()
        self._background.op(lambda: self._desk.poster(
            out, size=size, dpi=DPI, date_from=first, date_to=last, words=words, when=labels)) \
            .success(self._made).failure(self._failed).run()

    def _made(self, result: PosterMade) -> None:
        self._busy = False
        self._path = str(result.path)
        self._preview = QUrl.fromLocalFile(str(result.preview)).toString()
        self._message = lambda: fill(QCoreApplication.translate(
            "wall", "Saved as %1 in the folder %2. Copy it to a staff computer to print it."),
            result.path.name, result.path.parent)
        self.changed.emit()
        self.made.emit(self._path)

    def _failed(self, error: BaseException) -> None:
        from kiosk.wall.poster import NothingToPrint

        self._busy = False
        self._preview = ""
        if isinstance(error, NothingToPrint):
            self._message = later.translate("wall", "There are no messages on the wall for these dates yet, so "
                                                    "there is nothing to print. Try a longer time.")
        else:
            self._message = later.translate("wall", "The poster could not be made. Please try again, or make it "
                                                    "with `kiosk wall poster` on a staff computer.")
            self._background.errors.report(error)
        self.changed.emit()
