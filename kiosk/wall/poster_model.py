"""Staff tool "Print a wall poster": choose the paper and the dates, and the kiosk renders a PDF of the
approved messages (kiosk.wall.poster) into its data folder, with a preview of the first page.

Rendering runs on the database thread (kiosk.wall.desk.WallDesk.poster). The message (making it, where it was
saved, or why not — kiosk.shell.error_words) is made when read and re-announced when the language changes.
Thread: GUI.
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
from kiosk.core.event_hub import EventHub
from kiosk.core.events import LanguageChanged
from kiosk.shell.error_words import error_words
from kiosk.shell.shell_model import ShellViewModel
from kiosk.wall.board_model import DateLabels
from kiosk.wall.choices_model import WordChoices
from kiosk.wall.desk import PosterMade, WallDesk

PERIOD_DAYS = {"week": 7, "month": 30}
SIZES, PERIODS = ("A4", "A3"), ("week", "month", "all")
DPI = 300


def size_words(key: str) -> tuple[str, str]:
    if key == "A4":
        return QCoreApplication.translate("wall", "A4"), QCoreApplication.translate("wall", "For a noticeboard")
    return QCoreApplication.translate("wall", "A3"), QCoreApplication.translate("wall", "Bigger, for a wall")


def period_words(key: str) -> tuple[str, str]:
    if key == "week":
        return QCoreApplication.translate("wall", "Last 7 days"), ""
    if key == "month":
        return QCoreApplication.translate("wall", "Last 30 days"), ""
    return QCoreApplication.translate("wall", "All"), ""


class WallPosterViewModel(QObject):
    sizeChanged = Signal()
    periodChanged = Signal()
    busyChanged = Signal()
    messageChanged = Signal()
    previewChanged = Signal()
    pathChanged = Signal()
    made = Signal(str)  # the poster's path

    def __init__(self, config: Config, clock: Clock, background: Background, desk: WallDesk,
                 shell: ShellViewModel, is_staff: Callable[[], bool], events: EventHub | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config, self._clock, self._background, self._desk = config, clock, background, desk
        self._shell, self._is_staff = shell, is_staff
        self._language = shell.current_language()  # a view model may be made after a switch
        self._sizes = WordChoices(SIZES, size_words, self)
        self._periods = WordChoices(PERIODS, period_words, self)
        self._size = "A4"
        self._period = "month"
        self._busy = False
        self._result: PosterMade | None = None  # the poster made …
        self._error: BaseException | None = None  # … or why it could not be
        self._preview = ""
        self._path = ""
        shell.screenChanged.connect(self._screen_changed)
        if events is not None:
            events.subscribe(LanguageChanged, self._language_changed)

    @Property(QObject, constant=True)
    def sizes(self) -> WordChoices:
        return self._sizes

    @Property(QObject, constant=True)
    def periods(self) -> WordChoices:
        return self._periods

    @Property(str, notify=sizeChanged)
    def size(self) -> str:
        return self._size

    @Property(str, notify=periodChanged)
    def period(self) -> str:
        return self._period

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        """Making it, where it was saved, or why it could not be made (in words when read)."""
        if self._busy:
            return QCoreApplication.translate("wall", "Making the poster…")
        if self._error is not None:
            return error_words(self._error)
        if self._result is not None:
            path = self._result.path
            return QCoreApplication.translate(
                "wall", "Saved as %1 in the folder %2. Copy it to a staff computer to print it.") \
                .replace("%1", path.name).replace("%2", str(path.parent))
        return ""

    @Property(str, notify=previewChanged)
    def preview(self) -> str:
        """A file URL of the first page's preview, or empty."""
        return self._preview

    @Property(str, notify=pathChanged)
    def path(self) -> str:
        return self._path

    @Slot(str)
    def setSize(self, size: str) -> None:
        self._shell.activity()
        if size in SIZES and size != self._size:
            self._size = size
            self.sizeChanged.emit()

    @Slot(str)
    def setPeriod(self, period: str) -> None:
        self._shell.activity()
        if period in PERIODS and period != self._period:
            self._period = period
            self.periodChanged.emit()

    @Slot()
    def backToStaff(self) -> None:
        self._shell.activity()
        self._shell.show("staff")

    def _screen_changed(self) -> None:
        if self._shell.screen == "wall.poster" and not self._busy:
            self._show(None, None)

    def dates(self) -> tuple[date | None, date]:
        today = self._clock.now().astimezone(ZoneInfo(self._config.timezone)).date()
        days = PERIOD_DAYS.get(self._period)
        return (today - timedelta(days=days - 1) if days else None), today

    def _period_label(self, first: date | None, last: date) -> str:
        locale = QLocale(self._language)

        def words(d: date) -> str:
            return locale.toString(QDate(d.year, d.month, d.day), "d MMMM yyyy")

        if first is None:
            return QCoreApplication.translate("wall", "Every message up to %1").replace("%1", words(last))
        return QCoreApplication.translate("wall", "%1 to %2").replace("%1", words(first)).replace("%2", words(last))

    @Slot()
    def make(self) -> None:
        from kiosk.wall.poster import PosterText

        self._shell.activity()
        if self._busy or not self._is_staff():
            return
        first, last = self.dates()
        words = PosterText(  # the poster's own words, in the language in use now
            title=QCoreApplication.translate("wall", "Kindness noticed here"), site=self._config.site_name,
            period=self._period_label(first, last),
            continued=QCoreApplication.translate("wall", "Kindness noticed here (continued)"),
            footer=QCoreApplication.translate("wall", "Written by visitors on our kindness kiosk"),
            page=QCoreApplication.translate("wall", "Page {n} of {total}"))
        out = Path(self._config.data_dir) / "posters" / f"kindness-wall-{last.isoformat()}-{self._size}.pdf"
        size, labels = self._size, DateLabels(self._config, self._clock)
        self._set_busy(True)
        self._show(None, None)
        self._background.op(lambda: self._desk.poster(
            out, size=size, dpi=DPI, date_from=first, date_to=last, words=words, when=labels)) \
            .success(self._made).failure(self._failed).run()

    def _made(self, result: PosterMade) -> None:
        self._set_busy(False)
        self._show(result, None)
        self.made.emit(self._path)

    def _failed(self, error: BaseException) -> None:
        from kiosk.wall.poster import PosterError

        self._set_busy(False)
        if not isinstance(error, PosterError):
            self._background.errors.report(error)
            error = PosterError(str(error))  # said as "the poster could not be made"
        self._show(None, error)

    def _show(self, result: PosterMade | None, error: BaseException | None) -> None:
        self._result, self._error = result, error
        preview = QUrl.fromLocalFile(str(result.preview)).toString() if result is not None else ""
        path = str(result.path) if result is not None else ""
        if preview != self._preview:
            self._preview = preview
            self.previewChanged.emit()
        if path != self._path:
            self._path = path
            self.pathChanged.emit()
        self.messageChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()
            self.messageChanged.emit()

    def _language_changed(self, event: LanguageChanged) -> None:
        self._language = event.language
        self._sizes.retranslate()
        self._periods.retranslate()
        self.messageChanged.emit()
