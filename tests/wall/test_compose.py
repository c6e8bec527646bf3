"""Writing a kindness-wall message on the real window: home door → wall → write with the on-screen keyboard
(tapping its keys) → preview → send → the thank-you; under the default `pre` policy it is not on the wall until
a member of staff approves it in staff mode. Also: the live count and the limit, prompts, and the idle timeout
dropping an unfinished message."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core.clock import ManualClock
from kiosk.wall.rules.messages import MessageStatus
from tests.support.qmlhelpers import find, must_find, settle, tap
from tests.support.qtprops import prop
from tests.support.wallhelpers import (
    PLAIN_TEXT,
    Store,
    board,
    compose,
    enter_staff_mode,
    keyboard_hidden,
    keyboard_keys,
    keyboard_shown,
    moderation,
    screen_is,
    sending,
    tap_keys,
    text_format,
    type_text,
)


@pytest.fixture
def store(kiosk: Kiosk, clock: ManualClock) -> Iterator[Store]:
    s = Store(kiosk, clock)
    yield s
    s.close()


def open_compose(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    tap(w, "home.wall")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall"))
    tap(w, "wall.write")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.write"))


def staff_approves_first(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Staff mode by the PIN pad, then Approve on the first waiting message."""
    enter_staff_mode(qtbot, kiosk, "wall")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.moderate"))
    qtbot.waitUntil(lambda: find(kiosk.window.window, "wall.mod.approve.0") is not None)
    tap(kiosk.window.window, "wall.mod.approve.0")
    qtbot.waitUntil(lambda: "Approved" in moderation(kiosk).property("message"))


def test_write_with_the_on_screen_keyboard_preview_send_then_staff_approves(
        qtbot: QtBot, kiosk: Kiosk, store: Store) -> None:
    w = kiosk.window.window
    open_compose(qtbot, kiosk)

    # The text field takes focus and the in-app keyboard (Main.qml's "keyboard" Loader) slides up.
    tap(w, "wall.write.field")
    qtbot.waitUntil(lambda: keyboard_shown(kiosk))
    field = find(w, "wall.write.field")
    assert field is not None and field.hasActiveFocus()
    keyboard_top = float(w.property("keyboardTop"))
    send = find(w, "wall.write.send")
    assert send is not None and not send.isEnabled()  # nothing written yet
    settle(w)
    assert send.mapToScene(send.boundingRect().bottomLeft()).y() <= keyboard_top  # above the keyboard

    # A tap-to-start prompt, then letters tapped on the keyboard, then the rest typed.
    tap(w, "wall.prompt.thanks")
    qtbot.waitUntil(lambda: compose(kiosk).property("text") == "Thank you to ")
    tap_keys(qtbot, kiosk, "sam")
    qtbot.waitUntil(lambda: find(w, "wall.prompt.thanks") is None)  # prompts are for starting
    type_text(w, " at desk 3 😊")
    qtbot.waitUntil(lambda: compose(kiosk).property("text") == "Thank you to sam at desk 3 😊")
    assert field.property("text") == "Thank you to sam at desk 3 😊"
    assert text_format(field) == PLAIN_TEXT
    assert send.isEnabled()
    counter = find(w, "wall.write.counter")
    assert counter is None  # far from the limit: no count to worry about

    tap(w, "wall.write.preview")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.preview"))
    card = find(w, "wall.preview.card")
    assert card is not None and card.property("message") == "Thank you to sam at desk 3 😊"
    qtbot.waitUntil(lambda: keyboard_hidden(kiosk))  # the keyboard leaves with the text field

    tap(w, "wall.preview.send")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.sent"))
    message = find(w, "wall.sent.message")
    assert message is not None
    assert message.property("text") == "It will appear on the wall once a member of staff has seen it."
    assert sending(kiosk).property("outcome") == "pending"
    assert store.status_of("Thank you to sam at desk 3 😊") == [MessageStatus.PENDING]
    assert "Thank you to sam at desk 3 😊" not in store.on_board()

    # The wall does not show it …
    tap(w, "wall.sent.wall")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall"))
    qtbot.waitUntil(lambda: board(kiosk).card_model.is_loaded() and not board(kiosk).card_model.is_loading())
    assert "Thank you to sam at desk 3 😊" not in board(kiosk).card_model.texts()
    assert find(w, "wall.empty") is not None

    # … until a member of staff approves it.
    staff_approves_first(qtbot, kiosk)
    assert store.status_of("Thank you to sam at desk 3 😊") == [MessageStatus.APPROVED]
    kiosk.shell.goHome()
    tap(w, "home.wall")
    qtbot.waitUntil(lambda: "Thank you to sam at desk 3 😊" in board(kiosk).card_model.texts())


def test_sent_thanks_goes_home_by_itself(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock) -> None:
    open_compose(qtbot, kiosk)
    compose(kiosk).setText("Thank you to the library team")
    tap(kiosk.window.window, "wall.write.send")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.sent"))
    clock.advance(kiosk.config.thanks_seconds + 3)
    kiosk.shell.tick()
    assert kiosk.shell.screen == "wall.sent"
    clock.advance(2)
    kiosk.shell.tick()
    qtbot.waitUntil(lambda: screen_is(kiosk, "home"))


def test_the_count_shows_near_the_limit_and_over_it_nothing_is_cut(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    open_compose(qtbot, kiosk)
    limit = kiosk.config.wall_max_length
    vm = compose(kiosk)

    vm.setText("a" * (limit - 50))
    settle(w)
    assert find(w, "wall.write.counter") is None

    vm.setText("kind " * ((limit - 30) // 5))  # 170 characters: the count appears
    qtbot.waitUntil(lambda: find(w, "wall.write.counter") is not None)
    counter = find(w, "wall.write.counter")
    assert counter is not None and counter.property("text") == "Room for 31 more"

    too_long = "Thank you " * 21 + "🙂🙂"  # 212 characters as a reader counts them
    vm.setText(too_long)
    qtbot.waitUntil(lambda: "too long" in must_find(w, "wall.write.counter").property("text"))
    counter = find(w, "wall.write.counter")
    assert counter is not None
    assert counter.property("text") == "A little too long: 12 over the limit. Please shorten it — nothing has been cut."
    field = find(w, "wall.write.field")
    assert field is not None and field.property("text") == too_long  # never silently truncated
    for name in ("wall.write.send", "wall.write.preview"):
        button = find(w, name)
        assert button is not None and not button.isEnabled()
    overflow = find(w, "wall.write.overflow")
    assert overflow is not None and "you 🙂🙂" in overflow.property("text")
    vm.send()  # even by a stray call: nothing over the limit is sent
    vm.showPreview()
    assert kiosk.shell.screen == "wall.write"

    vm.setText(too_long[:-12])
    qtbot.waitUntil(lambda: vm.property("canSend"))


def test_every_prompt_starts_a_message(qtbot: QtBot, kiosk: Kiosk) -> None:
    open_compose(qtbot, kiosk)
    vm = compose(kiosk)
    starts: dict[str, str] = {}
    for key in ("thanks", "today", "saw"):
        tap(kiosk.window.window, f"wall.prompt.{key}")  # one prompt replaces another while nothing else is typed
        qtbot.waitUntil(lambda: vm.property("text") != "" and vm.property("text") not in starts.values())
        starts[key] = vm.property("text")
    assert starts == {"thanks": "Thank you to ", "today": "Today someone ", "saw": "A kind thing I saw: "}


def test_idle_timeout_drops_an_unfinished_message(qtbot: QtBot, kiosk: Kiosk, clock: ManualClock, store: Store) -> None:
    w = kiosk.window.window
    open_compose(qtbot, kiosk)
    qtbot.waitUntil(lambda: keyboard_shown(kiosk))
    tap_keys(qtbot, kiosk, "thanks")
    clock.advance(kiosk.config.idle_timeout_seconds - 1)
    kiosk.shell.tick()
    assert kiosk.shell.screen == "wall.write"
    clock.advance(1)
    kiosk.shell.tick()
    qtbot.waitUntil(lambda: screen_is(kiosk, "home"))
    qtbot.waitUntil(lambda: keyboard_hidden(kiosk))
    assert compose(kiosk).property("text") == ""
    assert store.rows() == []  # nothing was stored
    open_compose(qtbot, kiosk)
    field = find(w, "wall.write.field")
    assert field is not None and field.property("text") == ""


def test_back_keeps_nothing_and_change_it_keeps_the_words(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    open_compose(qtbot, kiosk)
    compose(kiosk).setText("Thanks to the café team")
    tap(w, "wall.write.preview")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.preview"))
    tap(w, "wall.preview.edit")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.write"))
    field = find(w, "wall.write.field")
    assert field is not None and field.property("text") == "Thanks to the café team"
    tap(w, "wall.write.back")
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall"))
    tap(w, "wall.write")  # "Write a message" always starts afresh
    qtbot.waitUntil(lambda: screen_is(kiosk, "wall.write"))
    assert compose(kiosk).property("text") == ""


def test_a_failed_save_keeps_the_words_and_says_so(qtbot: QtBot, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch,
                                                   store: Store) -> None:
    from kiosk.core.errors import StorageError

    def broken(_text: str, _language: str) -> None:
        raise StorageError("disk full")

    monkeypatch.setattr(board(kiosk).desk, "send", broken)
    open_compose(qtbot, kiosk)
    compose(kiosk).setText("Thank you all")
    tap(kiosk.window.window, "wall.write.send")
    qtbot.waitUntil(lambda: kiosk.shell.notice != "")
    assert "did not save" in prop(kiosk.shell, "notice", str)
    assert kiosk.shell.screen == "wall.write"
    assert compose(kiosk).property("text") == "Thank you all"
    assert store.rows() == []


def test_the_keyboard_follows_the_kiosk_language(qtbot: QtBot, kiosk: Kiosk) -> None:
    from PySide6.QtGui import QGuiApplication

    open_compose(qtbot, kiosk)
    qtbot.waitUntil(lambda: keyboard_shown(kiosk))
    assert QGuiApplication.inputMethod().locale().name().startswith(kiosk.config.language)
    assert "a" in keyboard_keys(kiosk)


def test_the_text_field_never_takes_rich_text(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window.window
    open_compose(qtbot, kiosk)
    compose(kiosk).setText("<b>bold</b> <img src=x>")
    settle(w)
    field = find(w, "wall.write.field")
    assert field is not None
    assert text_format(field) == PLAIN_TEXT
    assert field.property("text") == "<b>bold</b> <img src=x>"
    # A rich-text field would report the visible text without the tags.
    QTest.keyClick(w, Qt.Key.Key_End)
    assert field.property("length") == len("<b>bold</b> <img src=x>")
