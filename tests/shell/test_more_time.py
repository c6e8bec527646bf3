"""'Do you need more time?' (WCAG 2.2.1) before the idle timeout drops an unfinished flow, and holding the
thank-you — on the real window, with the kiosk's hand-moved clock (never a real wait)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.shell.more_time import MoreTime
from tests.support.qmlhelpers import find, must_find, tap, walk
from tests.support.qtkiosk import make_kiosk


def more_time(kiosk: Kiosk) -> MoreTime:
    model = kiosk.shell.models["moreTime"]
    assert isinstance(model, MoreTime)
    return model


def on_checkin(qtbot: QtBot, kiosk: Kiosk) -> None:
    tap(kiosk.window.window, "home.checkin")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "checkin")


def wait(kiosk: Kiosk, clock: ManualClock, seconds: float) -> None:
    """Nobody touches the kiosk for `seconds` (the shell's one-second tick, run at once)."""
    clock.advance(seconds)
    kiosk.shell.tick()


def prompt_made(kiosk: Kiosk) -> bool:
    """Whether the prompt exists at all, shown or not."""
    return any(item.objectName() == "moreTime" for item in walk(kiosk.window.window.contentItem()))


def prompt_shown(kiosk: Kiosk) -> bool:
    return find(kiosk.window.window, "moreTime.yes") is not None


def test_the_question_comes_before_the_timeout_and_nobody_answering_goes_home(
        qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    timeout, warning = kiosk.config.idle_timeout_seconds, kiosk.config.more_time_seconds
    assert (timeout, warning) == (45, 20)
    on_checkin(qtbot, kiosk)
    wait(kiosk, clock, timeout - warning - 1)
    assert not more_time(kiosk).asking and not prompt_shown(kiosk)
    wait(kiosk, clock, 1)
    assert more_time(kiosk).asking and more_time(kiosk).secondsLeft == 20
    qtbot.waitUntil(lambda: prompt_shown(kiosk))
    countdown = find(kiosk.window.window, "moreTime.countdown")
    assert countdown is not None and "20" in countdown.property("text")
    wait(kiosk, clock, 15)
    qtbot.waitUntil(lambda: "5" in countdown.property("text"))
    assert kiosk.shell.screen == "checkin"
    wait(kiosk, clock, 5)
    assert kiosk.shell.screen == "home" and not more_time(kiosk).asking
    qtbot.waitUntil(lambda: not prompt_shown(kiosk))


def test_the_question_takes_the_focus_and_is_said_each_time_it_asks(
        qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    """Enter or Space answers "yes" at once, and a screen reader interrupts with the question — the second time it
    asks too (the prompt is made each time it asks: nothing of it exists in between, not even hidden)."""
    voice = kiosk.window.engine.singletonInstance("Kiosk", "Announcer")
    assert isinstance(voice, QObject)
    on_checkin(qtbot, kiosk)
    assert not prompt_made(kiosk)  # not hidden: not made
    for _ in range(2):
        before = int(voice.property("count"))
        wait(kiosk, clock, kiosk.config.idle_timeout_seconds - 10)
        qtbot.waitUntil(lambda: prompt_shown(kiosk))
        qtbot.waitUntil(lambda: bool(must_find(kiosk.window.window, "moreTime.yes").property("activeFocus")))
        assert int(voice.property("count")) == before + 1
        assert voice.property("lastMessage") == "Do you need more time?"
        tap(kiosk.window.window, "moreTime.yes")
        qtbot.waitUntil(lambda: not prompt_made(kiosk))


@pytest.mark.parametrize("how", ["the button", "anywhere"])
def test_a_tap_gives_the_full_time_again(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock, how: str) -> None:
    timeout = kiosk.config.idle_timeout_seconds
    on_checkin(qtbot, kiosk)
    wait(kiosk, clock, timeout - 10)
    qtbot.waitUntil(lambda: prompt_shown(kiosk))
    tap(kiosk.window.window, "moreTime.yes" if how == "the button" else "moreTime.veil")
    qtbot.waitUntil(lambda: not prompt_shown(kiosk))
    wait(kiosk, clock, timeout - 21)  # past the first deadline, not yet near the new one
    assert kiosk.shell.screen == "checkin" and not more_time(kiosk).asking
    wait(kiosk, clock, 1)
    assert more_time(kiosk).asking  # asked again before the new deadline
    wait(kiosk, clock, 20)
    assert kiosk.shell.screen == "home"


def test_no_i_have_finished_goes_home_now(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    on_checkin(qtbot, kiosk)
    wait(kiosk, clock, kiosk.config.idle_timeout_seconds - 5)
    qtbot.waitUntil(lambda: prompt_shown(kiosk))
    tap(kiosk.window.window, "moreTime.no")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "home" and not prompt_shown(kiosk))


def test_home_is_never_asked_about(kiosk: Kiosk, clock: ManualClock) -> None:
    wait(kiosk, clock, kiosk.config.idle_timeout_seconds - 5)
    assert not more_time(kiosk).asking


def test_staff_screens_are_never_asked_about(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    """The question is for a visitor's unfinished flow: the staff PIN pad (a lock-out counting down on it) keeps its
    own rules, and a tap on it is never taken by the question."""
    kiosk.staff.openPin()
    qtbot.waitUntil(lambda: kiosk.shell.screen == "staff.pin")
    wait(kiosk, clock, kiosk.config.idle_timeout_seconds - 5)
    assert kiosk.shell.screen == "staff.pin"
    assert not more_time(kiosk).asking and not prompt_shown(kiosk)


def test_a_short_timeout_asks_for_half_of_it(qtbot: QtBot, data_dir: object, clock: ManualClock) -> None:
    config = settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides={"screen.idle_timeout_seconds": 10})
    from PySide6.QtCore import QSize

    kiosk = make_kiosk(qtbot, config, clock, QSize(1080, 1920))
    try:
        assert more_time(kiosk).warning_seconds == 5
        on_checkin(qtbot, kiosk)
        wait(kiosk, clock, 4)
        assert not more_time(kiosk).asking
        wait(kiosk, clock, 1)
        assert more_time(kiosk).asking and more_time(kiosk).secondsLeft == 5
    finally:
        kiosk.close()


def thanks(qtbot: QtBot, kiosk: Kiosk) -> None:
    on_checkin(qtbot, kiosk)
    tap(kiosk.window.window, "checkin.answer.no")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "thanks" and find(kiosk.window.window, "thanks.hold") is not None)


def test_the_thank_you_goes_by_itself_unless_it_is_kept(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    thanks(qtbot, kiosk)
    wait(kiosk, clock, kiosk.config.thanks_seconds)
    assert kiosk.shell.screen == "home"  # as before: a few seconds
    thanks(qtbot, kiosk)
    tap(kiosk.window.window, "thanks.hold")
    qtbot.waitUntil(lambda: find(kiosk.window.window, "thanks.held") is not None)
    assert more_time(kiosk).held and find(kiosk.window.window, "thanks.hold") is None
    wait(kiosk, clock, kiosk.config.idle_timeout_seconds - 21)
    assert kiosk.shell.screen == "thanks"  # kept well past its few seconds
    wait(kiosk, clock, 1)
    assert more_time(kiosk).asking  # untouched that long: asked, like any screen
    tap(kiosk.window.window, "moreTime.yes")
    wait(kiosk, clock, kiosk.config.idle_timeout_seconds - 21)
    assert kiosk.shell.screen == "thanks" and not more_time(kiosk).asking
    tap(kiosk.window.window, "thanks.done")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "home")
    assert not more_time(kiosk).held
