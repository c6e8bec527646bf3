"""A language switch under a running kiosk: What's on's and the listing editor's words are made when read and
re-announced when kiosk.core.events.LanguageChanged arrives — on screen, without leaving the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.whatson.rules.tabs import TABS
from tests.support.language_helpers import shouting
from tests.support.listing_helpers import editor_model, shown, staff_listings
from tests.support.qmlhelpers import find, settle, tap
from tests.support.whatson_support import (
    TUESDAY_10AM,
    demo_week,
    detail_part,
    kiosk_with,
    lists_part,
    london,
    open_whatson,
)


@pytest.fixture
def tuesday(qtbot: QtBot, config: settings.Config) -> Iterator[Kiosk]:
    k = kiosk_with(qtbot, config, london(TUESDAY_10AM), demo_week(TUESDAY_10AM.date()))
    yield k
    k.close()


def on_screen(kiosk: Kiosk, name: str) -> str:
    settle(kiosk.window.window)
    item = find(kiosk.window.window, name)
    assert item is not None, name
    return str(item.property("text"))


def test_the_lists_tabs_and_kind_words_follow_the_language(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    model.setCategory("Families")
    assert on_screen(tuesday, "whatson.empty.title") == "Nothing on today"
    assert on_screen(tuesday, "whatson.tab.week") == "This week"
    assert [r["key"] for r in model.list_model("tabs").rows()] == [t.value for t in TABS]  # the keys, once
    heading = model.list_model("entries").column("section")[0]
    with shouting(tuesday):
        assert lists_part(model).emptyTitle == "NOTHING ON TODAY"  # made when read
        assert on_screen(tuesday, "whatson.empty.title") == "NOTHING ON TODAY"  # and announced
        assert on_screen(tuesday, "whatson.empty.text").startswith("HERE IS WHAT'S ON TOMORROW, ")
        assert on_screen(tuesday, "whatson.tab.week") == "THIS WEEK"
        assert model.list_model("entries").column("section")[0] == heading.replace("Tomorrow", "TOMORROW")
        assert model.list_model("categories").row(0)["label"] == "EVERYTHING"
    assert on_screen(tuesday, "whatson.empty.title") == "Nothing on today"  # and back


def test_an_open_listing_is_made_again_in_the_new_language(qtbot: QtBot, tuesday: Kiosk) -> None:
    model = open_whatson(qtbot, tuesday)
    first = model.list_model("entries").column("listingId")[0]
    model.openListing(first, 0)
    qtbot.waitUntil(lambda: find(tuesday.window.window, "listing.status") is not None)
    before = detail_part(model)
    status = on_screen(tuesday, "listing.status")
    assert status.startswith("On now, until ")
    with shouting(tuesday):
        assert detail_part(model) is not before and detail_part(model).id == first  # the same listing, a new snapshot
        assert on_screen(tuesday, "listing.status") == status.replace("On now, until", "ON NOW, UNTIL")
        assert on_screen(tuesday, "listing.qr.caption").startswith("SCAN WITH YOUR PHONE'S CAMERA TO ")


def test_the_editor_heading_and_save_problem_follow_the_language(qtbot: QtBot, kiosk: Kiosk) -> None:
    staff_listings(qtbot, kiosk)
    editor = editor_model(kiosk)
    tap(kiosk.window.window, "listings.addActivity")
    shown(qtbot, kiosk, "staff.listing.edit")
    editor.saving_model.save()  # nothing typed: the title is needed
    qtbot.waitUntil(lambda: editor.fields_model.problemKey == "title")
    assert on_screen(kiosk, "listing.edit.message") == "Title is required"
    with shouting(kiosk):
        assert on_screen(kiosk, "listing.edit.heading") == "NEW ACTIVITY"
        assert on_screen(kiosk, "listing.edit.message") == "TITLE is required"  # the field's name is words
    assert on_screen(kiosk, "listing.edit.heading") == "New activity"
