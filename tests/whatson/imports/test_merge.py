"""`merge` is pure and says what happened to each listing; the small text rules importers share."""

from __future__ import annotations

import dataclasses
import uuid

import pytest

from kiosk.whatson.imports.common import (
    Action,
    ImportReport,
    Parsed,
    Removal,
    ReportLine,
    Skip,
    accessibility_from,
    group_skips,
    mentions_drop_in,
    merge,
    plain,
    stable_id,
    summary_from,
    unique,
)
from kiosk.whatson.rules.listings import AccessFeature, Kind, Listing, Place
from kiosk.whatson.rules.schedules import Recurring, Sessions


def _l(n: int, title: str = "", **kw: object) -> Listing:
    return Listing(id=stable_id("test", str(n)), kind=Kind.ACTIVITY, title=title or f"Group {n}", category="Social",
                   place=Place("Hub"), schedule=Sessions((Recurring.weekly("MO", "10:00", "11:00"),)),
                   source=f"test:{n}", **kw)  # type: ignore[arg-type]


def test_stable_ids_depend_only_on_the_source_ids() -> None:
    assert stable_id("hsds", "a", "b") == stable_id("hsds", "a", "b")
    assert stable_id("hsds", "a", "b").version == 5
    assert len({stable_id("hsds", "a", "b"), stable_id("hsds", "ab"), stable_id("hsds", "a", "c"),
                stable_id("openactive", "a", "b"), stable_id("hsds", "b", "a")}) == 5


def test_merge_adds_updates_keeps_and_removes_without_touching_the_input() -> None:
    existing = {x.id: x for x in (_l(1), _l(2), _l(3), _l(4))}
    before = dict(existing)
    parsed = Parsed(listings=(_l(1), _l(2, "Group two", drop_in=True), _l(5)),
                    removals=(Removal(_l(3).id, "test:3", "deleted in the feed"),
                              Removal(stable_id("test", "9"), "test:9", "deleted in the feed"),
                              Removal(stable_id("test", "8"), "test:8", "deleted in the feed")),
                    skipped=(Skip("test:6", "Group 6", "has no name"),))
    result, report = merge(existing, parsed)
    assert existing == before
    assert sorted(x.title for x in result.values()) == ["Group 1", "Group 4", "Group 5", "Group two"]
    assert [(line.action, line.title, line.reason, line.count) for line in report.lines] == [
        (Action.UNCHANGED, "Group 1", "", 1),
        (Action.UPDATED, "Group two", "changed title, drop_in", 1),
        (Action.ADDED, "Group 5", "", 1),
        (Action.REMOVED, "Group 3", "deleted in the feed", 1),
        (Action.SKIPPED, "", "deleted in the feed, and not here to remove", 1),
        (Action.SKIPPED, "", "deleted in the feed, and not here to remove", 1),
        (Action.SKIPPED, "Group 6", "has no name", 1)]
    assert [line.source for line in report.lines if line.reason.endswith("not here to remove")] == [
        "test:9", "test:8"]  # every record named
    assert report.ids(Action.ADDED, Action.UPDATED) == (_l(2).id, _l(5).id)
    assert report.ids(Action.REMOVED) == (_l(3).id,)
    assert report.summary() == "1 added, 1 updated, 1 unchanged, 1 removed, 3 skipped"
    assert report.text().splitlines() == [
        "1 added, 1 updated, 1 unchanged, 1 removed, 3 skipped",
        "  updated  Group two (test:2): changed title, drop_in",
        "  added    Group 5 (test:5)",
        "  removed  Group 3 (test:3): deleted in the feed",
        "  skipped  item (test:9): deleted in the feed, and not here to remove",
        "  skipped  item (test:8): deleted in the feed, and not here to remove",
        "  skipped  Group 6 (test:6): has no name"]
    assert report.text(same_reason_lines=1).splitlines()[-2:] == [
        "  skipped  Group 6 (test:6): has no name",
        "  skipped  … and 1 more: deleted in the feed, and not here to remove"]


def test_a_listing_both_removed_and_brought_back_by_the_same_file_stays() -> None:
    result, report = merge({_l(1).id: _l(1)}, Parsed((_l(1),), (Removal(_l(1).id, "test:1", "deleted"),)))
    assert list(result) == [_l(1).id]
    assert [line.action for line in report.lines] == [Action.UNCHANGED]


def test_merge_refuses_two_listings_with_one_id() -> None:
    with pytest.raises(ValueError, match="same id"):
        merge({}, Parsed((_l(1), _l(1, "Other"))))


def test_an_empty_report() -> None:
    report = ImportReport(())
    assert report.text() == "0 added, 0 updated, 0 unchanged, 0 removed, 0 skipped"
    assert report.ids(*Action) == ()
    one = ImportReport((ReportLine(Action.SKIPPED, "", "x", None, "why"),))
    assert one.text().splitlines()[1] == "  skipped  item (x): why"


def test_group_skips_counts_untitled_skips_by_reason() -> None:
    skips = [Skip("a", "", "slots"), Skip("a", "", "slots"), Skip("b", "Named", "why"), Skip("a", "", "other", 3)]
    assert group_skips(skips) == (Skip("b", "Named", "why"), Skip("a", "", "slots", 2), Skip("a", "", "other", 3))


@pytest.mark.parametrize(("raw", "limit", "expected"), [
    ("<p>Tea &amp; toast</p><p>Soup  on\tFridays</p>", None, "Tea & toast Soup on Fridays"),
    ("Line one<br>Line two", None, "Line one Line two"),
    ("a" * 30, 10, "aaaaaaaaa…"),
    (None, None, ""),
    (42, None, ""),
])
def test_plain_text(raw: object, limit: int | None, expected: str) -> None:
    assert plain(raw, limit) == expected


def test_plain_text_can_keep_lines() -> None:
    assert plain("<p>One</p><p>Two</p>\n\n", one_line=False) == "One\nTwo"


def test_summary_is_the_first_sentence_when_the_text_is_long() -> None:
    assert summary_from("Short text. Two sentences.") == "Short text. Two sentences."
    long = "Free help with benefits and debt. " + "More detail. " * 40
    assert summary_from(long) == "Free help with benefits and debt."
    assert len(summary_from("x" * 400)) == 280


def test_accessibility_words_and_notes() -> None:
    a = accessibility_from(["Level access and an accessible toilet.", "Induction loop; BSL on request.", ""])
    assert a is not None
    assert a.features == {AccessFeature.STEP_FREE, AccessFeature.ACCESSIBLE_TOILET, AccessFeature.HEARING_LOOP,
                          AccessFeature.BSL}
    assert a.note == "Level access and an accessible toilet.\nInduction loop; BSL on request."
    assert accessibility_from([]) is None and accessibility_from(["", " "]) is None  # nothing said: not known
    no = accessibility_from(["No wheelchair access, but there is a hearing loop.", "Not step-free; no lift"])
    assert no is not None and no.features == {AccessFeature.HEARING_LOOP}  # a "no" names no feature


@pytest.mark.parametrize(("text", "expected"), [
    ("Just drop in!", True), ("Drop-in session", True), ("No appointment needed", True),
    ("Please book by phone", False), (None, False)])
def test_drop_in_words(text: object, expected: bool) -> None:
    assert mentions_drop_in(text) is expected


def test_unique_names() -> None:
    assert unique(["English", "english", "", " Polish ", "BSL"]) == ("English", "Polish", "BSL")


def test_parsed_and_report_are_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Parsed().listings = ()  # type: ignore[misc]
    assert uuid.UUID(str(stable_id("x"))) == stable_id("x")
