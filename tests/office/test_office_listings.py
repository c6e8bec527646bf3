"""The office's Listings page on the demo's SQLite central, through the real office window: the list (search,
archived), adding through the desktop form (the kiosk editor's rules), the schedule's cancel and closure, a
photo through the kiosk's photo checks, the preview, a stale save's conflict view and its three choices, the
keyboard (Escape, Enter), and bad input — emoji, right-to-left text, 5,000-character pastes, markup and control
characters — each said in words with nothing lost."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPointF, Qt, QUrl
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.core import config as settings
from kiosk.data.changes import CONTENT
from kiosk.data.engine import make_engine
from kiosk.office.listings_model import OfficeListingsModel
from kiosk.office.listings_store import current, save
from kiosk.office.scenes import sample_listings
from kiosk.office.window import Office
from kiosk.whatson.listing_models import RowsModel
from kiosk.whatson.photos import MAX_SIDE
from kiosk.whatson.rules.listing_json import listing_from_json
from kiosk.whatson.rules.listings import Kind, Listing
from kiosk.whatson.store import photo_id
from tests.office.conftest import click as click_at
from tests.office.conftest import item, sign_in
from tests.support.qtprops import prop

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support setting window masks$")


@pytest.fixture
def central(sample: Path, config: settings.Config) -> Path:
    engine = make_engine(str(sample))
    try:
        sample_listings(engine, datetime.now(UTC), config)
    finally:
        engine.dispose()
    return sample


def _open(qtbot: QtBot, make_office: Callable[[str], Office], url: str) -> Office:
    office = make_office(url)
    with qtbot.waitSignal(office.listings.refreshed, timeout=30_000):
        assert sign_in(qtbot, office, "sam", "")
    office.office.setPage("listings")
    return office


def click(office: Office, name: str) -> None:
    """Clicks `name` as a person would: scrolled into view first (as the mouse wheel would), once the window's
    layouts have settled (a page or form just shown is laid out on the next polish, which grabbing the window
    runs at once)."""
    office.window.grabWindow()
    target = item(office, name)
    flick = target.parentItem()
    while flick is not None and not flick.inherits("QQuickFlickable"):
        flick = flick.parentItem()
    if flick is not None:
        y = target.mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()
        top = max(0.0, float(flick.property("contentHeight")) - flick.height())
        flick.setProperty("contentY", min(top, max(0.0, y - flick.height() / 2)))
        office.window.grabWindow()
    click_at(office, name)


def _titles(model: OfficeListingsModel) -> list[str]:
    return [str(t) for t in model.rows_model.column("title")]


def _stored(path: Path, listing_id: uuid.UUID) -> tuple[Listing, int, bool]:
    engine = make_engine(str(path))
    try:
        with engine.connect() as conn:
            row = conn.execute(select(CONTENT.c.payload, CONTENT.c.version, CONTENT.c.archived)
                               .where(CONTENT.c.id == listing_id)).one()
    finally:
        engine.dispose()
    return listing_from_json(json.loads(row.payload)), row.version, bool(row.archived)


def _type(office: Office, key: str, text: str) -> None:
    """Types into the editor's field `key` (its box, as the keyboard leaves it)."""
    box = item(office, f"listing.field.{key}")
    box.forceActiveFocus()
    box.setProperty("text", text)
    office.window.grabWindow()


def _save(qtbot: QtBot, office: Office) -> str:
    """Save clicked; what the page then says, once the list is read again."""
    model = office.listings
    with qtbot.waitSignals([model.done, model.refreshed], order="strict", timeout=20_000):
        click(office, "office.listing.save")
    return prop(model, "message", str)


def test_the_list_is_searchable_and_archive_restore_round_trip(
        qtbot: QtBot, make_office: Callable[[str], Office], central: Path) -> None:
    office = _open(qtbot, make_office, str(central))
    model = office.listings
    assert len(_titles(model)) == 22
    assert set(model.rows_model.column("site")) == {"riverside", "harbour"}
    knit = next(r for r in model.rows_model.rows() if r["title"] == "Knit and natter")
    assert knit["kindLabel"] == "Activity" and knit["next"] and not knit["archived"]
    model.setSearch("KNIT")
    assert _titles(model) == ["Knit and natter"]

    with qtbot.waitSignal(model.refreshed, timeout=20_000):
        click(office, f"office.listings.archive.{knit['id']}")
    assert prop(model, "message", str).startswith("Archived “Knit and natter”.")
    assert _titles(model) == []  # archived ones are hidden …
    assert _stored(central, uuid.UUID(knit["id"]))[1:] == (2, True)
    model.setShowArchived(True)
    assert model.rows_model.column("archived") == [True]  # … until asked for
    with qtbot.waitSignal(model.refreshed, timeout=20_000):
        click(office, f"office.listings.restore.{knit['id']}")
    assert _stored(central, uuid.UUID(knit["id"]))[1:] == (3, False)
    assert prop(model, "message", str).startswith("Restored “Knit and natter”.")


def test_add_an_activity_with_the_keyboard_form_cancel_a_date_and_close_a_week(
        qtbot: QtBot, make_office: Callable[[str], Office], central: Path) -> None:
    office = _open(qtbot, make_office, str(central))
    model = office.listings
    click(office, "office.listings.addActivity")
    editor = model.editor_model
    assert prop(editor, "heading", str) == "New activity"
    site = prop(editor, "site", str)
    _type(office, "title", "Board games afternoon")
    _type(office, "category", "Social")
    _type(office, "building", "Riverside Centre")
    click(office, "office.listing.day.WE")
    _type(office, "start", "14:00")
    _type(office, "end", "16:00")
    dates = editor.dates_model
    sessions = prop(dates, "sessions", RowsModel).rows()
    assert len(sessions) == 12 and all(not s["cancelled"] for s in sessions)
    first, second = sessions[0]["key"], sessions[1]["key"]
    click(office, f"office.listing.cancel.{first}")
    _type(office, "reason", "Room needed for the election count")
    click(office, "office.listing.cancelChosen")
    assert prop(dates, "sessions", RowsModel).rows()[0]["cancelled"] is True
    day = second.split("T")[0]
    _type(office, "closure_from", day)
    _type(office, "closure_to", day)
    _type(office, "closure_reason", "Closed for the holidays")
    click(office, "office.listing.addClosure")
    assert prop(dates, "message", str) == ""
    said = _save(qtbot, office)
    assert said.startswith("Saved “Board games afternoon”.") and "next sync" in said
    assert not prop(editor, "open", bool)
    row = next(r for r in model.rows_model.rows() if r["title"] == "Board games afternoon")
    assert row["site"] == site
    listing, version, archived = _stored(central, uuid.UUID(row["id"]))
    assert (version, archived, listing.kind) == (1, False, Kind.ACTIVITY)
    reasons = {c.on.isoformat(): c.reason for c in listing.schedule.cancellations}  # type: ignore[union-attr]
    assert reasons == {first.split("T")[0]: "Room needed for the election count", day: "Closed for the holidays"}


def test_bad_input_is_said_in_words_and_nothing_is_lost(
        qtbot: QtBot, make_office: Callable[[str], Office], central: Path) -> None:
    office = _open(qtbot, make_office, str(central))
    model = office.listings
    click(office, "office.listings.addSpace")
    editor = model.editor_model
    fields = editor.fields_model
    click(office, "office.listing.save")  # nothing typed
    assert prop(editor, "message", str) == "Title is required"
    assert prop(model, "count", int) == 22  # nothing was written

    paste = "🌱 Ceilidh night — " + "x" * 4990
    _type(office, "title", paste)
    assert prop(fields, "values", dict)["title"] == paste  # kept whole
    assert prop(fields, "notes", dict)["title"] == \
        f"Too long: {len(paste):,} characters, and 120 fit. Please shorten it by {len(paste) - 120:,}."
    click(office, "office.listing.save")
    assert prop(editor, "message", str).startswith("Title")
    assert prop(fields, "values", dict)["title"] == paste

    _type(office, "title", "Bell\x07 \x1b[31mringing\u200b")
    assert prop(fields, "values", dict)["title"] == "Bell [31mringing\u200b"
    assert prop(fields, "notes", dict)["title"] == "2 hidden control characters removed."

    title = "مقهى اللغة 🇵🇸👩🏽‍🤝‍👩🏻 <b>Language café</b>"
    _type(office, "title", title)
    _type(office, "category", "Social")
    _type(office, "building", "<script>alert(1)</script> Library")
    description = "שלום\n" + "é" * 4990
    _type(office, "description", description)
    editor.schedule_model.setHours("MO", 0, "25:00")
    editor.schedule_model.setHours("MO", 1, "17:00")
    click(office, "office.listing.save")
    assert prop(editor, "message", str).startswith("Opening hours on Monday")
    editor.schedule_model.setHours("MO", 0, "09:00")
    with qtbot.waitSignal(model.preview_model.shownChanged, timeout=5_000):
        click(office, "office.listing.preview")
    assert prop(item(office, "office.preview.title"), "text", str) == title  # markup shows as typed
    click(office, "office.preview.close")
    assert prop(editor, "open", bool)  # back in the form, nothing lost
    said = _save(qtbot, office)
    assert said.startswith("Saved")
    row = next(r for r in model.rows_model.rows() if r["title"] == title)
    listing, _version, _archived = _stored(central, uuid.UUID(row["id"]))
    assert (listing.title, listing.description, listing.place.building) == \
        (title, description, "<script>alert(1)</script> Library")


def test_a_photo_goes_through_the_kiosks_checks(
        qtbot: QtBot, make_office: Callable[[str], Office], central: Path, tmp_path: Path) -> None:
    office = _open(qtbot, make_office, str(central))
    model = office.listings
    first = model.rows_model.row(0)
    click(office, f"office.listings.edit.{first['id']}")
    editor = model.editor_model
    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_text("this is not a picture")
    with qtbot.waitSignal(editor.busyChanged, check_params_cb=lambda *a: not prop(editor, "busy", bool),
                          timeout=20_000):
        editor.choosePhoto(QUrl.fromLocalFile(str(not_a_photo)).toString())
    assert prop(editor, "message", str) == "That file is not a photo. Please choose a JPEG, PNG or WebP picture."
    big = tmp_path / "garden.png"
    Image.new("RGB", (3000, 2000), (120, 160, 90)).save(big)
    with qtbot.waitSignal(editor.photoChanged, timeout=20_000):
        editor.choosePhoto(QUrl.fromLocalFile(str(big)).toString())
    assert prop(editor, "photo", str).endswith(".jpg")
    key = editor.form.photo
    said = _save(qtbot, office)
    assert said.startswith("Saved")
    listing, version, _archived = _stored(central, uuid.UUID(first["id"]))
    assert (listing.photo, version) == (key, 2)
    engine = make_engine(str(central))
    try:
        with engine.connect() as conn:
            payload = conn.execute(select(CONTENT.c.payload).where(CONTENT.c.id == photo_id(key))).scalar_one()
    finally:
        engine.dispose()
    import base64
    import io

    with Image.open(io.BytesIO(base64.b64decode(json.loads(payload)["jpeg_b64"]))) as sent:
        assert (sent.format, max(sent.size)) == ("JPEG", MAX_SIDE)  # resized as on a kiosk


def test_a_stale_save_shows_both_versions_and_nothing_is_overwritten(
        qtbot: QtBot, make_office: Callable[[str], Office], central: Path, config: settings.Config) -> None:
    office = _open(qtbot, make_office, str(central))
    model = office.listings
    knit = next(r for r in model.rows_model.rows() if r["title"] == "Knit and natter")
    knit_id = uuid.UUID(knit["id"])
    click(office, f"office.listings.edit.{knit['id']}")
    _type(office, "summary", "Bring your own needles.")
    engine = make_engine(str(central))  # meanwhile, someone else saves theirs
    try:
        from zoneinfo import ZoneInfo

        theirs = current(engine, knit["site"], knit_id, datetime.now(UTC), ZoneInfo(config.timezone))
        assert theirs is not None
        save(engine, knit["site"], replace(theirs.listing, title="Knit, natter and crochet"), theirs.version, "hana")
    finally:
        engine.dispose()
    conflict = model.conflict_model
    with qtbot.waitSignal(conflict.shownChanged, timeout=20_000):
        click(office, "office.listing.save")
    assert "Someone else changed" in prop(conflict, "text", str)
    differs = {r["key"]: (r["theirs"], r["mine"]) for r in prop(conflict, "rows", RowsModel).rows() if r["differs"]}
    assert differs["title"] == ("Knit, natter and crochet", "Knit and natter")
    assert differs["summary"][1] == "Bring your own needles."
    assert set(differs) == {"title", "summary"}
    assert _stored(central, knit_id)[0].title == "Knit, natter and crochet"  # theirs stands: nothing overwritten

    with qtbot.waitSignals([model.done, model.refreshed], order="strict", timeout=20_000):
        click(office, "office.conflict.keepTheirs")
    assert prop(model, "message", str) == "Kept the other version. Your change was dropped."
    assert _stored(central, knit_id)[1] == 2

    # again, and this time "combine by hand", then "use mine"
    click(office, f"office.listings.edit.{knit['id']}")
    assert model.editor_model.base_version == 2
    _type(office, "summary", "Bring your own needles.")
    engine = make_engine(str(central))
    try:
        theirs = current(engine, knit["site"], knit_id, datetime.now(UTC), ZoneInfo(config.timezone))
        assert theirs is not None
        save(engine, knit["site"], replace(theirs.listing, organiser="Harbour crafters"), theirs.version, "hana")
    finally:
        engine.dispose()
    with qtbot.waitSignal(conflict.shownChanged, timeout=20_000):
        click(office, "office.listing.save")
    click(office, "office.conflict.combine")
    assert prop(model.editor_model, "open", bool) and model.editor_model.base_version == 3
    assert model.editor_model.form.values["summary"] == "Bring your own needles."
    click(office, "office.listing.cancel")
    assert not prop(model.editor_model, "open", bool)

    engine = make_engine(str(central))
    try:
        theirs = current(engine, knit["site"], knit_id, datetime.now(UTC), ZoneInfo(config.timezone))
        assert theirs is not None
    finally:
        engine.dispose()
    mine = replace(theirs.listing, summary="Mine", organiser="")
    model.editor_model.stale.emit(mine, knit["site"], 1)  # as a stale save hands it on
    qtbot.waitUntil(lambda: prop(conflict, "shown", bool), timeout=20_000)
    with qtbot.waitSignals([model.done, model.refreshed], order="strict", timeout=20_000):
        click(office, "office.conflict.useMine")
    assert "based on theirs" in prop(model, "message", str)
    listing, version, _archived = _stored(central, knit_id)
    assert (listing.summary, listing.organiser, version) == ("Mine", "", 4)


def _key(office: Office, key: Qt.Key) -> None:
    """A key the form's fields leave to the form (Escape, Enter), as it reaches the form."""
    from PySide6.QtCore import QCoreApplication

    form = item(office, "office.listing.editor")
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(form, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def test_escape_cancels_and_enter_saves(qtbot: QtBot, make_office: Callable[[str], Office], central: Path) -> None:
    office = _open(qtbot, make_office, str(central))
    model = office.listings
    first = model.rows_model.row(0)
    click(office, f"office.listings.edit.{first['id']}")
    _type(office, "summary", "Not kept")
    _key(office, Qt.Key.Key_Escape)
    assert not prop(model.editor_model, "open", bool)
    assert _stored(central, uuid.UUID(first["id"]))[1] == 1  # nothing written
    click(office, f"office.listings.edit.{first['id']}")
    _type(office, "summary", "Changed with the keyboard")
    with qtbot.waitSignal(model.done, timeout=20_000):
        _key(office, Qt.Key.Key_Return)
    assert _stored(central, uuid.UUID(first["id"]))[0].summary == "Changed with the keyboard"


_INTERACTIVE = ("QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit", "QQuickComboBox", "QQuickListView")


CHECKED: list[str] = []


def _unnamed(office: Office, where: str) -> list[str]:
    from PySide6.QtGui import QAccessible

    office.window.grabWindow()  # laid out, delegates made
    out = []
    todo = [office.root]
    while todo:
        it = todo.pop()
        todo.extend(c for c in it.childItems() if c.isVisible())
        if not any(it.inherits(k) for k in _INTERACTIVE):
            continue
        parent = it.parentItem()
        if parent is not None and parent.inherits("QQuickComboBox"):
            continue  # a drop-down's own text: said by the drop-down
        face = QAccessible.queryAccessibleInterface(it)
        CHECKED.append(where)
        if face is None or not face.text(QAccessible.Text.Name):
            out.append(f"{where}: {it.metaObject().className()} {it.objectName()}")
    return out


def test_every_control_of_the_listings_page_has_an_accessible_name(
        qtbot: QtBot, make_office: Callable[[str], Office], central: Path) -> None:
    office = _open(qtbot, make_office, str(central))
    model = office.listings
    unnamed = _unnamed(office, "list")
    click(office, "office.listings.addActivity")
    for pattern in ("weekly", "monthly", "once"):
        model.editor_model.schedule_model.setPattern(pattern)
        unnamed += _unnamed(office, f"activity {pattern}")
    model.editor_model.close()
    click(office, "office.listings.addSpace")
    unnamed += _unnamed(office, "space")
    model.editor_model.close()
    space = next(r for r in model.rows_model.rows() if r["kind"] == "space")
    with qtbot.waitSignal(model.preview_model.shownChanged, timeout=5_000):
        click(office, f"office.listings.preview.{space['id']}")
    unnamed += _unnamed(office, "preview")
    assert unnamed == [], "\n".join(unnamed)
    assert all(CHECKED.count(w) >= 5 for w in ("list", "activity weekly", "space", "preview")), CHECKED


NASTY = ("🌱👩🏽‍🤝‍👩🏻 שלום مرحبا <b>bold</b> <script>x()</script> \x07\x1b[31m\u200b\u202e ")


@pytest.mark.parametrize("kind", ["activity", "space"])
def test_every_field_takes_a_nasty_5000_character_paste_without_a_traceback(
        qtbot: QtBot, make_office: Callable[[str], Office], central: Path, kind: str) -> None:
    from kiosk.whatson.rules.listing_form import LIMITS

    office = _open(qtbot, make_office, str(central))
    model = office.listings
    editor = model.editor_model
    fields = editor.fields_model
    paste = (NASTY * 200)[:5000]
    kept = paste.replace("\x07", "").replace("\x1b", "")
    outcomes: dict[str, str] = {}
    for key in LIMITS:
        (model.addActivity if kind == "activity" else model.addSpace)("riverside")
        for k, v in (("title", "Safe"), ("category", "Social"), ("building", "Hall")):
            fields.setField(k, v)
        if kind == "space":
            editor.schedule_model.setHours("MO", 0, "09:00")
            editor.schedule_model.setHours("MO", 1, "17:00")
        else:
            editor.schedule_model.toggleDay("MO")
        fields.setField(key, paste)
        value = prop(fields, "values", dict)[key]
        assert value.replace("\n", " ") == kept.replace("\n", " "), key  # nothing lost but hidden characters
        note = prop(fields, "notes", dict)[key]  # too long (by how much), or hidden characters removed
        assert note.startswith("Too long") or note.endswith("hidden control characters removed."), key
        editor.save()
        if prop(editor, "busy", bool):  # it passed the form's checks (the schedule's inputs are not saved)
            with qtbot.waitSignal(model.done, timeout=20_000):
                pass
            outcomes[key] = "saved"
        else:
            said = prop(editor, "message", str)
            assert said and "Traceback" not in said, key
            assert prop(fields, "values", dict)[key] == value, key  # still there to fix
            outcomes[key] = said
            editor.close()
    assert outcomes["description"] == "saved"  # 5,000 characters fit a description
    assert outcomes["title"] == f"Title is {len(kept)} characters long; at most 120 fit on the screen"
    assert sum(v == "saved" for v in outcomes.values()) >= 2


def test_tab_goes_through_the_form_in_the_order_shown(
        qtbot: QtBot, make_office: Callable[[str], Office], central: Path) -> None:
    office = _open(qtbot, make_office, str(central))
    click(office, "office.listings.addActivity")
    office.window.grabWindow()
    start = item(office, "listing.field.title")
    order: list[str] = []
    it = start
    for _ in range(400):
        it = it.nextItemInFocusChain(True)
        if it is None or it is start:
            break
        if it.objectName():
            order.append(it.objectName())
    fields = [n.removeprefix("listing.field.") for n in order if n.startswith("listing.field.")]
    assert fields[:5] == ["category", "summary", "description", "start", "end"]
    assert fields.index("closure_from") < fields.index("building") < fields.index("room") < fields.index("phone") \
        < fields.index("valid_to")
    assert order.index("office.listing.choosePhoto") < order.index("office.listing.cancel") \
        < order.index("office.listing.preview") < order.index("office.listing.save")


def test_archiving_a_listing_someone_else_changed_asks_first(
        qtbot: QtBot, make_office: Callable[[str], Office], central: Path, config: settings.Config) -> None:
    from zoneinfo import ZoneInfo

    office = _open(qtbot, make_office, str(central))
    model = office.listings
    row = model.rows_model.row(0)
    listing_id = uuid.UUID(row["id"])
    engine = make_engine(str(central))
    try:
        theirs = current(engine, row["site"], listing_id, datetime.now(UTC), ZoneInfo(config.timezone))
        assert theirs is not None
        save(engine, row["site"], replace(theirs.listing, summary="Changed meanwhile"), theirs.version, "hana")
    finally:
        engine.dispose()
    conflict = model.conflict_model
    with qtbot.waitSignal(conflict.shownChanged, timeout=20_000):
        click(office, f"office.listings.archive.{row['id']}")
    differs = {r["key"]: (r["theirs"], r["mine"]) for r in prop(conflict, "rows", RowsModel).rows() if r["differs"]}
    assert differs == {"archived": ("Yes", "No")}  # shown to visitors: theirs yes, mine (archived) no
    assert _stored(central, listing_id)[1:] == (2, False)  # not archived behind their back
    with qtbot.waitSignals([model.done, model.refreshed], order="strict", timeout=20_000):
        click(office, "office.conflict.useMine")
    listing, version, archived = _stored(central, listing_id)
    assert (listing.summary, version, archived) == ("Changed meanwhile", 3, True)  # their words, archived
