"""The office pages' one base (kiosk.office.page_model.PageModel): the message and busy flag each page shows, the
message made again in the language in use when read, and every page built on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from kiosk.core.background import Background
from kiosk.core.config import Config
from kiosk.office import words as office_words
from kiosk.office.kiosks_model import OfficeKiosksModel
from kiosk.office.page_model import PageModel
from kiosk.office.people_model import OfficePeopleModel
from kiosk.office.results_model import OfficeResultsModel
from kiosk.office.wall_model import OfficeWallModel
from tests.support.qtprops import prop


class Shouting(QTranslator):
    """The office's words in capitals, so a sentence made again after a switch shows it."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return source.upper() if context == "office" else None

    def isEmpty(self) -> bool:
        return False


class Page(PageModel):
    def fail(self, code: str) -> None:
        self._say(lambda: office_words.failed_words(code))


def test_the_message_is_made_when_read_and_said_again_on_retranslate(qtbot: QtBot) -> None:
    page = Page()
    with qtbot.waitSignal(page.messageChanged, timeout=1000):
        page.fail("refused")
    assert prop(page, "message", str) == "The central database did not allow this for your login."
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        with qtbot.waitSignal(page.messageChanged, timeout=1000):
            page.retranslate()
        assert prop(page, "message", str) == "THE CENTRAL DATABASE DID NOT ALLOW THIS FOR YOUR LOGIN."
    finally:
        QCoreApplication.removeTranslator(translator)
    page._say("plain")
    assert prop(page, "message", str) == "plain"


def test_busy_is_announced_when_it_changes_only(qtbot: QtBot) -> None:
    page = Page()
    seen: list[bool] = []
    page.busyChanged.connect(lambda: seen.append(prop(page, "busy", bool)))
    page._set_busy(True)
    page._set_busy(True)
    page._set_busy(False)
    assert seen == [True, False]


def test_every_office_page_is_a_page_model(config: Config) -> None:
    background = Background()
    try:
        pages = [OfficeResultsModel(background, config), OfficeWallModel(background), OfficeKiosksModel(background),
                 OfficePeopleModel(background, config)]
        for page in pages:
            assert isinstance(page, PageModel)
            assert prop(page, "message", str) == "" and prop(page, "busy", bool) is False
    finally:
        background.shutdown()
