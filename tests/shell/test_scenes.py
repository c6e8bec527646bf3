"""The screenshot scenes: kept out of production code, driving the screens only through public slots and
methods (no private attributes, no sleeps), and reaching each screen for real — a PIN typed, an answer
tapped, a message sent — with animations finished."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.screenshot_command import scene_book
from kiosk.shell.stage import SceneError
from kiosk.staff.pin_store import read_hash, write_hash
from kiosk.staff.rules import hash_pin, verify_pin
from kiosk.staff.scenes import SCENE_PIN
from kiosk.wall.moderation_model import WallModerationViewModel
from kiosk.wall.send_model import WallSendViewModel
from kiosk.whatson.listings_staff import ListingsStaffViewModel
from tests.helpers import REPO
from tests.support.qmlhelpers import view_model
from tests.support.qtkiosk import rows

SCENES = scene_book()
SCENE_MODULES = sorted((REPO / "kiosk").glob("*/*scenes.py"))
SCENE_API = REPO / "kiosk" / "shell" / "stage.py"


def private_access(source: str) -> list[str]:
    """Every `x._name` (not `self._name`, not a dunder) and every sleep or fixed pause in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and re.match(r"_[a-z]", node.attr) and not (
                isinstance(node.value, ast.Name) and node.value.id == "self"):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
        if isinstance(node, ast.Call):
            called = ast.unparse(node.func)
            if called.endswith(("sleep", "_pause", "qWait")) or called == "QTest.qWait":
                found.append(f"line {node.lineno}: {called}()")
    return found


def test_the_checker_finds_private_access_and_sleeps() -> None:
    assert private_access("kiosk.staff._active = True\n") == ["line 1: kiosk.staff._active"]
    assert private_access("listings._loaded_ok(x)\ncompose._finish('pending')\n") == [
        "line 1: listings._loaded_ok", "line 2: compose._finish"]
    assert private_access("import time\ntime.sleep(0.4)\n_pause(1.0)\n") == ["line 2: time.sleep()",
                                                                            "line 3: _pause()"]
    assert private_access("self._sign_in = x\nstage.kiosk.staff.active\nobj.__class__\n") == []


@pytest.mark.parametrize("path", [*SCENE_MODULES, SCENE_API], ids=lambda p: str(p.relative_to(REPO)))
def test_scenes_use_no_private_attributes_and_never_sleep(path: Path) -> None:
    assert private_access(path.read_text(encoding="utf-8")) == []


def test_every_feature_has_its_scenes_and_production_code_never_imports_them() -> None:
    assert {p.parent.name for p in SCENE_MODULES} >= {"shell", "checkin", "staff", "whatson", "wall"}
    scene_names = {".".join(p.relative_to(REPO).with_suffix("").parts) for p in SCENE_MODULES}
    importers = set()
    for path in (REPO / "kiosk").rglob("*.py"):
        if path in SCENE_MODULES or "__pycache__" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            if scene_names & set(names):
                importers.add(str(path.relative_to(REPO)))
    # scene_book(): `kiosk screenshots` and the screen tests; the office's own pictures: `kiosk office --screenshots`
    assert importers == {"kiosk/screenshot_command.py", "kiosk/office/cli.py"}
    for path in (REPO / "kiosk").glob("*/feature*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"def (shot|screenshot)_", source), f"{path.name} still has screenshot code"


def test_the_book_has_every_screen_in_picture_order() -> None:
    names = SCENES.names
    assert names[:10] == ["home", "languages", "checkin", "followup", "thanks", "thanks-no", "staff-pin",
                          "staff-pulse", "staff", "staff-signin"]
    assert {"whatson", "listing", "listing-calendar", "listing-imported", "home-wall", "wall-write", "wall-sent",
            "wall-poster", "staff-listings", "staff-listing-stale", "staff-listing-preview"} <= set(names)
    assert len(names) == 33  # … "results", the language chooser, "listing-imported", "staff-listing-dates",
    # "-closures", "listing-calendar"


def test_staff_mode_comes_from_a_real_pin_typed_on_the_pad(kiosk: Kiosk, config: settings.Config) -> None:
    assert read_hash(config.data_dir) is None
    SCENES.play("staff", kiosk)
    assert kiosk.staff.active and kiosk.shell.screen == "staff"
    stored = read_hash(config.data_dir)
    assert stored is not None and verify_pin(SCENE_PIN, stored)


def test_scenes_leave_a_data_folder_with_its_own_pin_alone(kiosk: Kiosk, config: settings.Config) -> None:
    theirs = hash_pin("8142")
    write_hash(config.data_dir, theirs)
    with pytest.raises(SceneError, match="already has a staff PIN of its own"):
        SCENES.play("staff", kiosk)
    assert read_hash(config.data_dir) == theirs and not kiosk.staff.active


def test_the_thank_you_screens_come_from_real_taps(kiosk: Kiosk, config: settings.Config) -> None:
    SCENES.play("thanks", kiosk)
    assert kiosk.shell.screen == "thanks" and kiosk.checkin.lastAnswer == "yes"
    SCENES.play("thanks-no", kiosk)  # the next visitor, a few seconds later: not refused as a repeat
    assert kiosk.shell.screen == "thanks" and kiosk.checkin.lastAnswer == "no"
    assert [r["answer"] for r in rows(config)] == ["yes", "no"]
    assert kiosk.shell.notice == ""


def test_the_keyboard_has_finished_sliding_in_the_wall_pictures(kiosk: Kiosk) -> None:
    window = kiosk.window.window
    stage = SCENES.play("wall-write", kiosk)
    keyboard, panel = stage.item("keyboard"), stage.item("keyboard.panel")
    assert keyboard is not None and panel is not None
    assert keyboard.y() == pytest.approx(window.height() - panel.height(), abs=0.5)
    assert float(window.property("keyboardTop")) < window.height() - 1
    SCENES.play("wall-preview", kiosk)
    assert kiosk.shell.screen == "wall.preview"
    assert keyboard.y() == pytest.approx(window.height(), abs=0.5)


def test_the_thank_you_after_a_message_is_a_message_really_sent(kiosk: Kiosk) -> None:
    SCENES.play("wall-sent", kiosk)
    sending = kiosk.window.models["wallSend"]
    assert isinstance(sending, WallSendViewModel)
    assert kiosk.shell.property("screen") == "wall.sent"
    assert sending.property("outcome") == "pending"  # the default policy: staff read first
    SCENES.play("wall-moderate", kiosk)
    texts = [i.text for i in view_model(kiosk, "wallModeration", WallModerationViewModel).waiting_model.items()]
    assert any("Sam at counter 12" in t for t in texts)


def test_the_home_screen_cards_have_faded_in(kiosk: Kiosk) -> None:
    stage = SCENES.play("home-wall", kiosk)
    assert stage.opacity("home.wallAttract.title") == pytest.approx(1.0)
    assert stage.opacity("home.greeting") == pytest.approx(0.0)


def test_the_listings_show_every_state_from_real_edits(kiosk: Kiosk) -> None:
    SCENES.play("staff-listings", kiosk)
    listings = kiosk.window.models["listingsStaff"]
    assert isinstance(listings, ListingsStaffViewModel)
    states = [r["statusKind"] for r in listings.property("rows").rows()]
    assert states.count("stale") == 1 and states.count("pending") == 1 and states.count("archived") == 1
    assert len(listings.property("notices").rows()) == 1
    SCENES.play("staff-listing-stale", kiosk)  # a second time on the same kiosk: the edits are not made again
    assert kiosk.shell.property("screen") == "staff.listing.stale"
    assert listings.property("conflict").property("title") == "Bookbug: songs and rhymes"
    assert [r["key"] for r in listings.property("conflict").property("rows").rows()] == ["title", "summary", "where"]
