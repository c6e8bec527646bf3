"""Open Referral HSDS 3 import: nested JSON and the CSV package give the same listings; re-imports update,
never duplicate; malformed files raise a clear error naming the file, row and field, and change nothing."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kiosk.whatson.imports.command import import_listings, read_hsds
from kiosk.whatson.imports.common import Action, ListingImportError, stable_id
from kiosk.whatson.imports.hsds import parse_hsds_json
from kiosk.whatson.rules.listings import AccessFeature, Contact, Kind, Listing, Place, Price
from kiosk.whatson.rules.schedules import Freq, OpeningHours, Recurring, Sessions
from kiosk.whatson.rules.whats_on import OpenState, open_now, whats_on
from tests.whatson.imports.samples import hsds_services, hsds_tables, write_csv_package, write_json

TZ = "Europe/London"
TODAY = date(2026, 11, 25)


def _by_service(listings: dict[Any, Listing]) -> dict[str, Listing]:
    return {x.source.split(":")[1].split("@")[0]: x for x in listings.values()}


def _import(path: Path, existing: dict[Any, Listing] | None = None, kind: str = "auto") -> Any:
    return import_listings("hsds", path, existing or {}, timezone=TZ, today=TODAY, kind=kind)


@pytest.fixture
def json_file(tmp_path: Path) -> Path:
    return write_json(tmp_path / "services.json", hsds_services())


@pytest.fixture
def csv_folder(tmp_path: Path) -> Path:
    return write_csv_package(tmp_path / "package", hsds_tables())


def test_json_import_maps_every_field(json_file: Path) -> None:
    listings, report = _import(json_file)
    got = _by_service(listings)
    assert sorted(got) == ["svc-advice", "svc-books", "svc-cafe", "svc-walk", "svc-warm"]
    cafe = got["svc-cafe"]
    assert cafe.id == stable_id("hsds", "svc-cafe", "loc-hub") and cafe.source == "hsds:svc-cafe@loc-hub"
    assert cafe.kind is Kind.ACTIVITY
    assert cafe.schedule == Sessions((Recurring.weekly("WE,FR", "10:00", "12:00"),))
    assert cafe.title == "Community café" and cafe.category == "Food & drink"
    assert cafe.description == "Tea, coffee and toast with your neighbours. Soup on Fridays."
    assert cafe.summary == cafe.description
    assert cafe.place == Place("Riverside Community Hub", "", "12 Kelvin Street, Glasgow, G3 7AB")
    assert cafe.organiser == "Riverside Community Trust"
    assert cafe.contact == Contact("0141 496 0123", "hello@riverside-trust.example", "https://riverside-trust.example")
    assert cafe.price == Price(0, "GBP", "Pay what you can") and cafe.drop_in is True
    assert cafe.languages == ("English", "Polish")
    assert cafe.accessibility is not None
    assert cafe.accessibility.features == {AccessFeature.STEP_FREE, AccessFeature.ACCESSIBLE_TOILET,
                                           AccessFeature.HEARING_LOOP}
    assert "Induction loop at reception." in cafe.accessibility.note

    advice = got["svc-advice"]
    assert advice.price == Price(100, "GBP", "per session; concessions")
    assert advice.audience == "Anyone living in Glasgow" and advice.contact.email == "advice@example.org"
    assert advice.drop_in is None and advice.category == "Other"  # the source says neither: nothing invented
    assert got["svc-walk"].audience == "Ages 18 and over"
    assert got["svc-warm"].price == Price(0)  # fees_description "Free"
    assert report.count(Action.ADDED) == 5 and report.count(Action.UPDATED) == 0


def test_weekly_hours_on_many_days_become_a_space_and_a_location_schedule_is_used(json_file: Path) -> None:
    got = _by_service(_import(json_file)[0])
    warm, books = got["svc-warm"], got["svc-books"]
    assert warm.kind is Kind.SPACE and isinstance(warm.schedule, OpeningHours)
    assert warm.schedule.week == ((((time(10), time(16)),),) * 5) + (((time(10), time(13)),), ())
    # The library's own schedule (00:00–23:59 every day) is "open all day".
    assert books.kind is Kind.SPACE and isinstance(books.schedule, OpeningHours)
    assert books.schedule.week == (((time(0), time(0)),),) * 7
    assert open_now(books, datetime(2026, 11, 25, 3, tzinfo=UTC), TZ) == OpenState(True, closes_at=None)
    # Saturday 28 November, 14:00: closed since 13:00; Sunday closed; opens Monday at 10:00.
    assert open_now(warm, datetime(2026, 11, 28, 14, tzinfo=UTC), TZ) == OpenState(
        False, opens_at=datetime(2026, 11, 30, 10, tzinfo=ZoneInfo(TZ)))


def test_monthly_rules_and_count(json_file: Path) -> None:
    got = _by_service(_import(json_file)[0])
    walk = got["svc-walk"]
    assert isinstance(walk.schedule, Sessions)
    rule = walk.schedule.rules[0]
    assert isinstance(rule, Recurring) and rule.freq is Freq.MONTHLY and str(rule.days[0]) == "-1FR"
    # 12 last Fridays from 30 January 2026: the last is Christmas Day.
    assert (rule.starts_on, rule.until) == (date(2026, 1, 30), date(2026, 12, 25))
    advice = whats_on([got["svc-advice"]], datetime(2026, 12, 8, 8, tzinfo=UTC), TZ)  # 2nd Tuesday of December
    assert [e.occurrence.start.time() for d in advice.days for e in d.entries] == [time(10), time(17)]


def test_the_report_says_what_was_skipped_and_why(json_file: Path) -> None:
    _, report = _import(json_file)
    skipped = {line.title: line.reason for line in report.lines if line.action is Action.SKIPPED}
    assert skipped["Old lunch club"] == "inactive: status is 'defunct'"
    assert skipped["Online advice"] == "unmappable: has no physical location to show on the kiosk"
    assert skipped["Choir"] == "unmappable: opens_at '25:00' is not a time like 09:30"
    assert "status is 'defunct', and not here to remove" in skipped.values()
    text = report.text()
    assert text.startswith("5 added, 0 updated, 0 unchanged, 0 removed, 4 skipped")
    assert "  added    Community café (hsds:svc-cafe@loc-hub)" in text
    assert "  skipped  Choir (hsds:svc-bad@loc-hub): unmappable: opens_at '25:00' is not a time like 09:30" in text


def test_the_csv_package_gives_exactly_the_same_listings(json_file: Path, csv_folder: Path, tmp_path: Path) -> None:
    from_json, _ = _import(json_file)
    from_csv, report = _import(csv_folder)
    assert from_csv == from_json
    assert report.count(Action.ADDED) == 5
    # services.csv itself, and a zip of the folder (tables in a sub-folder), read the same package.
    assert _import(csv_folder / "services.csv")[0] == from_json
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in csv_folder.iterdir():
            z.write(f, f"export/{f.name}")
    assert _import(archive)[0] == from_json
    # The same tables as JSON.
    tables = write_json(tmp_path / "tables.json", hsds_tables())
    assert _import(tables)[0] == from_json


def test_api_page_and_single_service_shapes(tmp_path: Path) -> None:
    services = hsds_services()
    page = parse_hsds_json({"total_items": 8, "page_number": 1, "contents": services})
    assert len(page.listings) == 5
    one = parse_hsds_json(services[0])
    assert [x.title for x in one.listings] == ["Community café"]


def test_reimporting_updates_and_never_duplicates(json_file: Path) -> None:
    first, _ = _import(json_file)
    again, report = _import(json_file, first)
    assert again == first
    assert report.count(Action.UNCHANGED) == 5 and report.count(Action.ADDED) == 0
    assert report.text().startswith("0 added, 0 updated, 5 unchanged")

    services = hsds_services()
    services[0]["schedules"][0]["opens_at"] = "09:30"
    services[0]["status"] = "active"
    services[3]["status"] = "inactive"  # the walk stops
    write_json(json_file, services)
    changed, report = _import(json_file, first)
    assert len(changed) == 4
    cafe = changed[stable_id("hsds", "svc-cafe", "loc-hub")]
    assert isinstance(cafe.schedule, Sessions) and cafe.schedule.rules[0].start == time(9, 30)
    updated = [line for line in report.lines if line.action is Action.UPDATED]
    assert [(u.title, u.reason) for u in updated] == [("Community café", "changed schedule")]
    removed = [line for line in report.lines if line.action is Action.REMOVED]
    assert [(r.title, r.reason, r.id) for r in removed] == [
        ("Health walk", "status is 'inactive'", stable_id("hsds", "svc-walk", "loc-hub"))]
    assert report.ids(Action.ADDED, Action.UPDATED) == (cafe.id,)


def test_listings_from_elsewhere_are_left_alone(json_file: Path) -> None:
    from kiosk.whatson.rules.demo_listings import demo_listings

    mine = {x.id: x for x in demo_listings(TODAY)}
    merged, _ = _import(json_file, mine)
    assert len(merged) == len(mine) + 5
    assert all(merged[k] == v for k, v in mine.items())


def test_kind_can_be_forced(json_file: Path) -> None:
    got = _by_service(_import(json_file, kind="activity")[0])
    assert {x.kind for x in got.values()} == {Kind.ACTIVITY}
    spaces, report = _import(json_file, kind="space")
    assert {x.kind for x in spaces.values()} == {Kind.SPACE}
    reasons = {line.title: line.reason for line in report.lines if line.action is Action.SKIPPED}
    assert "only weekly hours" in reasons["Health walk"] and "only weekly hours" in reasons["Money advice"]


# -- malformed files ----------------------------------------------------------------------------------------------


def _error(path: Path) -> ListingImportError:
    existing = {stable_id("x"): None}
    with pytest.raises(ListingImportError) as e:
        import_listings("hsds", path, existing, timezone=TZ, today=TODAY)  # type: ignore[arg-type]
    assert existing == {stable_id("x"): None}
    return e.value


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('[{"id": "svc-1", "name": "Café",}]', encoding="utf-8")
    e = _error(bad)
    assert e.kind == "import" and e.file.endswith("broken.json") and e.row == "line 1, column 33"
    assert str(e).endswith("line 1, column 33: is not valid JSON (Expecting property name enclosed in double quotes)")


@pytest.mark.parametrize(("data", "row", "field", "words"), [
    ("just text", None, "", "this is not HSDS"),
    ({"hello": 1}, None, "", "this is not HSDS"),
    ([{"name": "Café"}], "service 1", "id", "needs an id"),
    ([{"id": "a", "name": "Café"}, {"id": "a", "name": "Bar"}], "service 2", "id", "appears twice"),
    ([{"id": "a", "name": " "}], "service 1", "name", "needs a name"),
    ([{"id": "a", "name": "Café", "schedules": {}}], "service 1", "schedules", "must be a list"),
    ([{"id": "a", "name": "Café", "service_at_locations": [{"id": "x"}]}], "service 1",
     "service_at_locations[0].location", "needs its location object or a location_id"),
    ([7], "service 1", "", "must be an object"),
])
def test_malformed_json_names_row_and_field(tmp_path: Path, data: Any, row: Any, field: str, words: str) -> None:
    e = _error(write_json(tmp_path / "s.json", data))
    assert words in e.problem and e.row == row and e.field == field and e.file == "s.json"


@pytest.mark.parametrize(("table", "change", "file", "row", "field", "words"), [
    ("services", lambda rows: [{k: v for k, v in r.items() if k != "name"} for r in rows], "services.csv", 1, "name",
     "column 'name' is missing"),
    ("services", lambda rows: [*rows, rows[0]], "services.csv", 10, "id", "'svc-cafe' appears twice"),
    ("services", lambda rows: [rows[0] | {"name": ""}, *rows[1:]], "services.csv", 2, "name", "required"),
    ("service_at_locations", lambda rows: [rows[0] | {"location_id": "loc-moon"}, *rows[1:]],
     "service_at_locations.csv", 2, "location_id", "location 'loc-moon' is not in locations.csv"),
    ("service_at_locations", lambda rows: [*rows, rows[0] | {"id": "sal-x", "service_id": "svc-none"}],
     "service_at_locations.csv", 10, "service_id", "service 'svc-none' is not in services.csv"),
    ("locations", lambda rows: [rows[0] | {"id": ""}, *rows[1:]], "locations.csv", 2, "id", "required"),
])
def test_malformed_csv_names_file_row_and_field(tmp_path: Path, table: str, change: Any, file: str, row: int,
                                                field: str, words: str) -> None:
    tables = hsds_tables()
    tables[table] = change(tables[table])
    e = _error(write_csv_package(tmp_path / "pkg", tables))
    assert (e.file, e.row, e.field) == (file, row, field)
    assert words in e.problem
    assert str(e).startswith(f"{file}, row {row}, field '{field}': ")


def test_broken_csv_and_packages(tmp_path: Path) -> None:
    folder = write_csv_package(tmp_path / "pkg", hsds_tables())
    (folder / "services.csv").write_bytes("id,name\nsvc,Caf\xe9\n".encode("latin-1"))
    assert _error(folder).problem == "is not UTF-8 text"
    (folder / "services.csv").unlink()
    assert "no services.csv" in _error(folder).problem
    bogus = tmp_path / "package.zip"
    bogus.write_text("not a zip", encoding="utf-8")
    assert _error(bogus).problem == "is not a zip file"
    assert _error(tmp_path / "missing.json").problem == "does not exist"
    assert _error(tmp_path / "missing").problem == "does not exist"
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    assert "is not an HSDS .json file" in _error(tmp_path / "notes.txt").problem


def test_read_hsds_parses_without_merging(json_file: Path) -> None:
    parsed = read_hsds(json_file)
    assert len(parsed.listings) == 5 and len(parsed.removals) == 1 and len(parsed.skipped) == 3
    assert json.loads(json_file.read_text(encoding="utf-8")) == hsds_services()  # reading does not touch the file
