"""The idle tidy (kiosk.shell.idle_tidy): once a visitor has gone and the kiosk rests at home, the JavaScript heap
is collected and malloc's free pages go back to the system — never during a visitor's flow, at most once a
minute. On the real window, with the kiosk's hand-moved clock (never a real wait)."""

from __future__ import annotations

import ctypes.util
import json
import subprocess
import sys

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.shell.idle_tidy import MIN_GAP_SECONDS, IdleTidy, malloc_trim
from tests.helpers import REPO, child_env

GLIBC = sys.platform.startswith("linux") and ctypes.util.find_library("c") is not None


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


@pytest.mark.skipif(not GLIBC, reason="malloc_trim is glibc's")
def test_malloc_trim_gives_freed_pages_back() -> None:
    blocks = [bytes(4096) for _ in range(20_000)]  # ~80 MB through malloc (over pymalloc's 512-byte limit)
    keep = blocks[-1]  # holds the top of the heap, so only a trim (not free's own) can give the rest back
    del blocks
    assert malloc_trim() is True
    assert keep


# In a fresh interpreter (the test process's heap settings are shared by every test): a block bigger than glibc's
# start threshold is freed, then a 1 MB block is asked for — does it get a mapping of its own (given back to the
# kernel when freed) or a piece of the heap?
_TUNE_CHILD = r"""
import ctypes, json
from kiosk.shell.idle_tidy import tune_malloc

class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                              "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2
libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]

def own_mapping_after_a_large_block_was_freed():
    libc.free(libc.malloc(8 << 20))  # (glibc's dynamic threshold rises to 8 MB here, unless it is fixed)
    before = libc.mallinfo2().hblks
    block = libc.malloc(1 << 20)
    mapped = libc.mallinfo2().hblks - before
    libc.free(block)
    return mapped

seen = {"untuned": own_mapping_after_a_large_block_was_freed()}
seen["tuned"] = tune_malloc()
seen["after"] = own_mapping_after_a_large_block_was_freed()
print("RESULT " + json.dumps(seen), flush=True)
"""


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_tuned_malloc_keeps_large_blocks_out_of_the_heap() -> None:
    proc = subprocess.run([sys.executable, "-c", _TUNE_CHILD], cwd=REPO, capture_output=True, text=True,
                          timeout=60, env=child_env(GLIBC_TUNABLES=""), check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, proc.stdout + proc.stderr
    seen = json.loads(lines[-1][len("RESULT "):])
    assert seen["untuned"] == 0, "glibc's own threshold moved up: the 1 MB block came from the heap"
    assert seen["tuned"] is True
    assert seen["after"] == 1, "with the threshold fixed, a 1 MB block gets a mapping of its own"


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_the_kiosk_tunes_its_heap_once_after_the_first_frame(qtbot: QtBot, kiosk: Kiosk) -> None:
    tidy = kiosk.window.tidy
    qtbot.waitUntil(lambda: tidy.heap_tuned is not None)  # (kiosk.app, right after the first frame)
    assert tidy.heap_tuned is True
