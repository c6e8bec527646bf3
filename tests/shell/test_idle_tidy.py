"""The idle tidy (kiosk.shell.idle_tidy): once a visitor has gone and the kiosk rests at home, the JavaScript heap
is collected and malloc's free pages go back to the system — never during a visitor's flow, at most once a
minute. On the real window, with the kiosk's hand-moved clock (never a real wait)."""

from __future__ import annotations

import ctypes.util
import sys

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.shell.idle_tidy import MIN_GAP_SECONDS, IdleTidy, malloc_trim


class Counted:
    """Stands in for the engine's collectGarbage and malloc_trim, counting the calls."""

    def __init__(self) -> None:
        self.collected = self.trimmed = 0

    def collect(self) -> None:
        self.collected += 1

    def trim(self) -> bool:
        self.trimmed += 1
        return True


def idle(kiosk: Kiosk, clock: ManualClock, seconds: float) -> None:
    """Nobody touches the kiosk for `seconds` (the shell's one-second tick, run at once)."""
    clock.advance(seconds)
    kiosk.shell.tick()


def test_the_kiosk_tidies_once_the_visitor_has_gone_and_it_is_home(
        qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    tidy = kiosk.window.tidy
    before = tidy.runs
    kiosk.shell.openCheckin()
    qtbot.waitUntil(lambda: kiosk.shell.screen == "checkin")
    idle(kiosk, clock, kiosk.config.idle_timeout_seconds - 1)  # mid-flow: the visitor is still there
    assert kiosk.shell.screen == "checkin" and tidy.runs == before
    idle(kiosk, clock, 1)  # gone: the idle timeout sends the kiosk home, then it tidies
    assert kiosk.shell.screen == "home" and tidy.runs == before + 1
    idle(kiosk, clock, 600)  # the same idle spell: once only
    assert tidy.runs == before + 1


def test_no_tidy_during_a_flow_and_at_most_once_a_minute(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    counted = Counted()
    tidy = IdleTidy(kiosk.shell, counted.collect, trim=counted.trim)  # timed by the kiosk's clock
    kiosk.shell.openCheckin()
    qtbot.waitUntil(lambda: kiosk.shell.screen == "checkin")
    kiosk.shell.visitorLeft.emit()  # (as if): a visitor's screen is never tidied under them
    assert (counted.collected, counted.trimmed, tidy.runs) == (0, 0, 0)

    idle(kiosk, clock, kiosk.config.idle_timeout_seconds)
    assert kiosk.shell.screen == "home"
    assert (counted.collected, counted.trimmed, tidy.runs) == (1, 1, 1)

    timeout = kiosk.config.idle_timeout_seconds
    assert timeout < MIN_GAP_SECONDS
    kiosk.shell.openCheckin()  # the next visitor leaves again within the minute: not again yet
    idle(kiosk, clock, timeout)
    assert kiosk.shell.screen == "home" and tidy.runs == 1
    kiosk.shell.openCheckin()  # and the one after, a minute or more since the tidy
    clock.advance(MIN_GAP_SECONDS - timeout)
    idle(kiosk, clock, timeout)
    assert kiosk.shell.screen == "home" and tidy.runs == 2


@pytest.mark.skipif(not sys.platform.startswith("linux") or ctypes.util.find_library("c") is None,
                    reason="malloc_trim is glibc's")
def test_malloc_trim_gives_freed_pages_back() -> None:
    blocks = [bytes(4096) for _ in range(20_000)]  # ~80 MB through malloc (over pymalloc's 512-byte limit)
    keep = blocks[-1]  # holds the top of the heap, so only a trim (not free's own) can give the rest back
    del blocks
    assert malloc_trim() is True
    assert keep
