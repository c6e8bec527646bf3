"""Changes that matter are announced to a screen reader (the `Kiosk` module's `Announcer` singleton, which
Main.qml turns into Qt's `Accessible.announce`): the thank-you, the follow-up's "your answer is saved", every
notice or error, "your message was sent". Offscreen no screen reader listens, so this reads what the Announcer
was asked to say; tests/shell/test_atspi.py hears the thank-you's announcement through AT-SPI itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.app import Kiosk
from tests.shell.test_accessibility import play
from tests.support.qmlhelpers import must_find, settle


def announcer(kiosk: Kiosk) -> QObject:
    found = kiosk.window.engine.singletonInstance("Kiosk", "Announcer")
    assert isinstance(found, QObject), found
    return found


def said_after(kiosk: Kiosk, screen: str) -> tuple[int, str]:
    """How many announcements playing `screen` made, and the last one."""
    voice = announcer(kiosk)
    before = int(voice.property("count"))
    play(screen, kiosk)
    settle(kiosk.window.window)
    return int(voice.property("count")) - before, str(voice.property("lastMessage"))


def test_the_thank_you_says_the_answer_was_kept(kiosk: Kiosk) -> None:
    n, last = said_after(kiosk, "thanks")
    assert n >= 1 and last.startswith("Thank you. Your answer was kept."), last
    assert "kinder place" in last  # and the screen's message
    n, last = said_after(kiosk, "thanks-no")
    assert n >= 1 and last.startswith("Thank you for telling us. Your answer was kept."), last
    assert "Our staff are here to help" in last


def test_the_follow_up_says_the_answer_is_saved_and_asks_where(kiosk: Kiosk) -> None:
    n, last = said_after(kiosk, "followup")
    assert n >= 1 and last == "Thank you, your answer is saved. Where did you notice kindness?", last


def test_a_notice_interrupts_and_taking_it_down_says_nothing(kiosk: Kiosk) -> None:
    n, last = said_after(kiosk, "notice")
    assert n == 1 and last == "Sorry, that did not save. Please try again.", last
    count = int(announcer(kiosk).property("count"))
    kiosk.shell.dismissNotice()
    settle(kiosk.window.window)
    assert int(announcer(kiosk).property("count")) == count


def test_a_sent_message_is_announced(kiosk: Kiosk) -> None:
    n, last = said_after(kiosk, "wall-sent")
    title = str(must_find(kiosk.window.window, "wall.sent.title").property("text"))
    message = str(must_find(kiosk.window.window, "wall.sent.message").property("text"))
    assert n >= 1 and title and last == f"{title} {message}", last
