"""A member of staff signs in on the kiosk's own screen (the real QML kiosk, a real PostgreSQL central): the
decisions made in staff mode on kiosk A wait until a person's own login sends them, then reach kiosk B; a
wrong password says so in words and keeps them waiting; leaving staff mode signs out again."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from kiosk import features
from kiosk.app import Kiosk, sync_runner
from kiosk.core.clock import ManualClock
from kiosk.data.services import Services
from kiosk.staff.pin_store import write_hash
from kiosk.staff.rules import hash_pin
from kiosk.staff.sign_in_model import StaffSignInViewModel
from kiosk.sync.connect import PASSWORD_ENV
from kiosk.sync.cycle import SyncCycle
from kiosk.sync.runner import SyncRunner
from kiosk.wall.rules.messages import MessageStatus, WallMessage
from kiosk.wall.store import WallService
from tests.support.qmlhelpers import find, tap, view_model
from tests.support.qtkiosk import make_kiosk
from tests.support.staff_helpers import past_the_pulse
from tests.sync.kiosks import central_db, count, kiosk_config, kiosk_login, local_store, staff_person

pytestmark = pytest.mark.postgres
PIN = "4825"


@dataclass
class Pair:
    admin: Engine
    a: Kiosk  # the QML kiosk where staff decide
    runner: SyncRunner  # a's sync (not started: cycles run when asked, on its sync thread)
    wall_a: WallService
    b: SyncCycle  # another kiosk of the site
    wall_b: WallService
    password: str  # sam's own central password


@pytest.fixture
def pair(qtbot: QtBot, pg_url: str, tmp_path: Path, clock: ManualClock,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[Pair]:
    admin = central_db(pg_url, sites=("riverside",))
    sam = staff_person(admin, "sam", ("riverside",))
    assert sam is not None
    login_a, login_b = (kiosk_login(admin, pg_url, "riverside", k) for k in ("a", "b"))
    config_a = kiosk_config(tmp_path, login_a.url, kiosk_id="a")
    config_b = kiosk_config(tmp_path, login_b.url, kiosk_id="b")
    monkeypatch.setenv(PASSWORD_ENV, login_a.password)  # kiosk a's own login, as its service would be given
    kiosk = make_kiosk(qtbot, config_a, clock, QSize(1080, 1920))
    runner = sync_runner(config_a, clock, kiosk.services, shell=kiosk.shell)
    assert runner is not None
    with contextlib.ExitStack() as stack:
        local_b = stack.enter_context(local_store(config_b))
        b = SyncCycle(config_b, clock, env=login_b.env, local=local_b,
                      services=features.wire(Services(config_b, clock)))
        stack.callback(b.close)
        try:
            yield Pair(admin, kiosk, runner, WallService(kiosk.services.engine(), "riverside", "a", clock), b,
                       WallService(local_b, "riverside", "b", clock), sam.password)
        finally:
            asyncio.run(runner.stop())
            kiosk.close()
            gc.collect()
            admin.dispose()


def _staff_mode(qtbot: QtBot, kiosk: Kiosk) -> None:
    write_hash(kiosk.config.data_dir, hash_pin(PIN))
    kiosk.staff.openPin()
    for d in PIN:
        tap(kiosk.window.window, f"staff.pin.{d}")
    tap(kiosk.window.window, "staff.pin.ok")
    past_the_pulse(qtbot, kiosk)


def _type(qtbot: QtBot, kiosk: Kiosk, name: str, text: str) -> None:
    w = kiosk.window.window
    field = find(w, name)
    assert field is not None
    tap(w, name)
    qtbot.waitUntil(lambda: field.hasActiveFocus())
    field.setProperty("text", "")
    for ch in text:  # key events with their text, as the keyboard sends them
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QGuiApplication.sendEvent(w, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    qtbot.waitUntil(lambda: field.property("text") == text)


def _sign_in(qtbot: QtBot, kiosk: Kiosk, user: str, password: str) -> str:
    """Types the login on the sign-in screen and taps Send; the words the screen shows after."""
    sign_in = view_model(kiosk, "staffSignIn", StaffSignInViewModel)
    _type(qtbot, kiosk, "staff.signin.user", user)
    _type(qtbot, kiosk, "staff.signin.password", password)
    tap(kiosk.window.window, "staff.signin.send")
    # "Sending…" shows from the tap until the sync thread's outcome arrives
    qtbot.waitUntil(lambda: not bool(sign_in.busy) and sign_in.message not in ("", "Sending…"), timeout=60000)
    assert find(kiosk.window.window, "staff.signin.password").property("text") == ""  # type: ignore[union-attr]
    shown = find(kiosk.window.window, "staff.signin.message")
    assert shown is not None
    qtbot.waitUntil(lambda: shown.property("text") == sign_in.message)
    return str(shown.property("text"))


def _pending_message(pair: Pair, clock: ManualClock) -> WallMessage:
    return pair.wall_a.add(WallMessage.new(text="Thank you for the soup", site="riverside", kiosk="a", language="en",
                                           status=MessageStatus.PENDING, clock=clock))


def test_staff_sign_in_on_the_screen_sends_their_decisions_to_the_other_kiosks(qtbot: QtBot, pair: Pair,
                                                                              clock: ManualClock) -> None:
    kiosk = pair.a
    sign_in = view_model(kiosk, "staffSignIn", StaffSignInViewModel)
    message = _pending_message(pair, clock)
    _staff_mode(qtbot, kiosk)
    tap(kiosk.window.window, "staff.tool.wall")  # wall moderation
    qtbot.waitUntil(lambda: kiosk.shell.screen == "wall.moderate")
    pair.wall_a.decide(message.id, MessageStatus.APPROVED, pinned=True, staff_label="staff")  # as moderation does
    report = pair.runner.run_once().result(timeout=60)  # the kiosk's own sync: the message goes, the decision waits
    assert report.ok, report.error
    assert report.push is not None and report.push.tables["content_change"].sent == 0
    assert pair.b.run().ok and pair.wall_b.board() == []
    assert [c.id for c in pair.wall_a.board()] == [message.id]  # applied on kiosk a at once

    kiosk.shell.show("staff")  # back from moderation: the line counts again
    button = find(kiosk.window.window, "staff.signin.open")
    qtbot.waitUntil(lambda: sign_in.waiting == 1)
    assert button is not None and button.isVisible()
    assert button.property("text") == "1 decision waits to reach the other kiosks — Sign in to send it"
    tap(kiosk.window.window, "staff.signin.open")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "staff.signin")

    said = _sign_in(qtbot, kiosk, "sam", "not-the-password")
    assert "did not accept the staff login sam (wrong name or password)" in said
    assert "not-the-password" not in said
    assert sign_in.signedInAs == ""
    assert count(kiosk.services.engine(), "content_change", "WHERE synced_at IS NULL") == 1
    assert pair.b.run().ok and pair.wall_b.board() == []

    assert _sign_in(qtbot, kiosk, "sam", pair.password) == "Sent as sam."
    assert count(kiosk.services.engine(), "content_change", "WHERE synced_at IS NULL") == 0
    assert pair.b.run().ok
    [card] = pair.wall_b.board()
    assert (card.id, card.pinned) == (message.id, True)
    tap(kiosk.window.window, "staff.signin.cancel")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "staff")
    qtbot.waitUntil(lambda: sign_in.waiting == 0)
    button = find(kiosk.window.window, "staff.signin.open")
    assert button is not None and str(button.property("text")).startswith("Signed in as sam")

    tap(kiosk.window.window, "staff.leave")  # staff mode ends: sam is signed out
    qtbot.waitUntil(lambda: kiosk.shell.screen == "home")
    assert sign_in.signedInAs == ""
    pair.wall_a.decide(message.id, MessageStatus.HIDDEN, staff_label="staff")  # a later decision
    report = pair.runner.run_once().result(timeout=60)  # (after the sign-out: one sync thread, in order)
    assert report.ok and report.decisions_error is None
    assert report.push is not None and report.push.tables["content_change"].sent == 0
    assert count(kiosk.services.engine(), "content_change", "WHERE synced_at IS NULL") == 1  # it waits again
    assert pair.b.run().ok and [c.id for c in pair.wall_b.board()] == [message.id]

