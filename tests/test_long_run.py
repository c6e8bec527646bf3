"""Runs for weeks: the same visitor flows again and again leave nothing behind — the soak benchmark's
(benchmarks/soak.py) guard in the suite, counting objects rather than timing anything.

One round: a check-in with a follow-up, a No, What's on with a listing's detail (its QR code), reading the wall
(scrolled), writing on it, staff mode with a moderation decision, and back home. After a few warm-up rounds
(caches fill, the screens' QML is compiled, the store's statements are cached) more rounds must not add QML
items to the scene, nor Python objects beyond a small allowance that does not grow with the rounds.
"""

from __future__ import annotations

import gc
from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMetaObject
from PySide6.QtQml import QQmlExpression
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.demo import seed_demo_listings
from kiosk.staff.pin_store import write_hash
from kiosk.staff.rules import hash_pin
from kiosk.whatson.whatson_model import WhatsOnViewModel
from tests.support.qmlhelpers import view_model
from tests.support.wallhelpers import board, compose, moderation, sending

PIN = "4825"
TEXTS = ("Thank you to Sam at reception for the tea", "The staff at the library were so kind today",
         "Huge thanks to Aisha for sorting my bus pass")
COUNT_ITEMS = ("(function () { function count(i) { var n = 1; for (var k = 0; k < i.children.length; k++) "
               "n += count(i.children[k]); return n } return count(contentItem) })()")
SCROLL = ("(function () { function find(i) { if (i.objectName === 'wall.board') return i; "
          "for (var k = 0; k < i.children.length; k++) { var r = find(i.children[k]); if (r) return r } return null } "
          "var b = find(contentItem); if (!b) return false; b.contentY = b.contentY + 0.8 * b.height; return true })()")


_EXPRESSIONS: dict[tuple[int, str], QQmlExpression] = {}


def js(kiosk: Kiosk, source: str) -> Any:
    """JavaScript in the window's context: reaches QML items without making Python wrappers of them (a wrapper,
    once made, is kept by the window's wrapper: the test's own leak). Each source is compiled once (a new
    QQmlExpression per call would cost memory for good)."""
    key = (id(kiosk), source)
    expression = _EXPRESSIONS.get(key)
    if expression is None:
        expression = _EXPRESSIONS[key] = QQmlExpression(kiosk.window.engine.rootContext(), kiosk.window.window,
                                                        source)
    value = expression.evaluate()[0]
    assert not expression.hasError(), expression.error().toString()
    return value


def column(model: Any, role: str) -> list[Any]:
    number = next(n for n, name in model.roleNames().items() if bytes(name.data()) == role.encode())
    return [model.data(model.index(i, 0), number) for i in range(model.rowCount())]


def one_round(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock, n: int) -> None:
    shell = kiosk.shell

    def at(screen: str) -> None:
        qtbot.waitUntil(lambda: shell.screen == screen)

    clock.advance(3600)  # an hour between rounds: no repeat guard or limit applies
    shell.openCheckin()
    kiosk.checkin.answer("yes")
    at("followup")
    kiosk.checkin.followup("staff")
    at("thanks")
    shell.goHome()
    clock.advance(120)
    shell.openCheckin()
    kiosk.checkin.answer("no")
    at("thanks")
    shell.goHome()

    shell.openDoor("whatson")
    at("whatson")
    whatson = view_model(kiosk, "whatson", WhatsOnViewModel)
    qtbot.waitUntil(lambda: not whatson.loading)
    whatson.setTab("week")
    ids = column(whatson.list_model("entries"), "listingId")
    assert ids, "the sample listings have sessions this week"
    whatson.openListing(ids[n % len(ids)], n % len(ids))
    at("listing")
    assert whatson.property("detail").property("qr")  # the QR code was made
    whatson.backToList()
    at("whatson")
    shell.goHome()

    shell.openDoor("wall")
    at("wall")
    cards = board(kiosk).card_model
    qtbot.waitUntil(lambda: cards.is_loaded() and not cards.is_loading())
    assert js(kiosk, SCROLL)
    board(kiosk).write()
    at("wall.write")
    draft = compose(kiosk)
    draft.setText(TEXTS[n % len(TEXTS)])
    draft.showPreview()
    at("wall.preview")
    draft.send()
    at("wall.sent")
    sending(kiosk).done()
    at("home")

    kiosk.staff.openPin()
    for d in PIN:
        kiosk.staff.digit(d)
    kiosk.staff.submit()
    qtbot.waitUntil(lambda: shell.screen in ("staff", "staff.pulse"))
    if shell.screen == "staff.pulse":  # the staff pulse's question, the first time each day
        QMetaObject.invokeMethod(shell.models["staffPulse"], "skip")
    at("staff")
    kiosk.staff.openTool("wall")
    at("wall.moderate")
    staff_wall = moderation(kiosk)
    qtbot.waitUntil(lambda: len(staff_wall.waiting_model.ids()) == 1)
    staff_wall.approve(staff_wall.waiting_model.ids()[0])
    qtbot.waitUntil(lambda: not staff_wall.property("busy") and not staff_wall.waiting_model.ids())
    kiosk.staff.leave()
    at("home")
    qtbot.waitUntil(lambda: kiosk.background.pending == 0)
    upkeep_settled(qtbot, kiosk)


def upkeep_settled(qtbot: QtBot, kiosk: Kiosk) -> None:
    """The shell's tick (kiosk.upkeep) runs once a second of real time, but its jobs are timed by the hand-moved
    clock: a round is usually shorter than a second, and the disk check, due at every tick after the hour's jump,
    keeps the first daily retention waiting until two ticks fall in one round — in any round, by the machine's
    speed. Its first run caches its seven statements in the store (≈ 500 objects, 17 BinaryExpression): inside
    the counted rounds that is a spurious failure. Two ticks at the end of each round, each waiting for its job,
    make the upkeep's work happen at the same point every run: the disk check, then (in round 0 only) the
    retention."""
    for _ in range(2):
        kiosk.shell.tick()
        qtbot.waitUntil(lambda: kiosk.background.pending == 0)


def counts(kiosk: Kiosk) -> tuple[Counter[str], int]:
    """Python objects by type, and QML items in the window."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return Counter(type(o).__qualname__ for o in gc.get_objects()), int(js(kiosk, COUNT_ITEMS))


def grown(before: Counter[str], after: Counter[str]) -> list[tuple[str, int]]:
    """The types that grew most — what a failure names, so a leak can be found from CI's log alone."""
    growth = Counter({name: after[name] - before[name] for name in after if after[name] > before[name]})
    return growth.most_common(12)


def test_repeated_visitor_flows_leave_no_objects_behind(qtbot: QtBot, kiosk: Kiosk) -> None:
    clock = kiosk.clock
    assert isinstance(clock, ManualClock)
    write_hash(kiosk.config.data_dir, hash_pin(PIN))
    seed_demo_listings(kiosk.services.engine(), kiosk.config, clock)
    try:
        samples_before = []
        for n in range(5):  # warm-up: every screen made once, caches filled; the last two rounds are counted
            one_round(qtbot, kiosk, clock, n)
            if n >= 3:
                samples_before.append(counts(kiosk))
        samples_after = []
        for n in range(5, 15):
            one_round(qtbot, kiosk, clock, n)
            if n >= 12:
                samples_after.append(counts(kiosk))
    finally:
        _EXPRESSIONS.clear()  # they belong to this kiosk's engine
    assert len({items for _, items in samples_before + samples_after}) == 1, (samples_before, samples_after)
    # A count is one instant: a timer's work in flight then (a heartbeat, a refresh) is a few hundred objects
    # that are gone a moment later. So each side is the smallest of its samples: a leak is in every sample and
    # grows with the rounds — eight or more rounds apart, even a few objects per screen shown would be hundreds.
    before = min((c for c, _ in samples_before), key=lambda c: c.total())
    after = min((c for c, _ in samples_after), key=lambda c: c.total())
    growth = after.total() - before.total()
    assert growth < 150, (growth, grown(before, after))
