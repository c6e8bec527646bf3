"""Black box: a screen-reader user hears the kiosk. The real kiosk window (`kiosk demo` on a throwaway data
folder) runs on a real X server with the AT-SPI registry, and a reader under the system python3 walks the
application's accessibility tree as Orca does, presses controls by their accessible names and listens for
announcements (tests/support/atspi_rig.py says how the rig is built; docs/accessibility.md what each screen says).

Marker `atspi`; part of `make test`. Skips, naming what is missing, on a machine without the Debian packages
packaging/system-deps.sh installs (xvfb dbus-daemon dbus-bin at-spi2-core python3-pyatspi).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.atspi_rig import Said, atspi_kiosk, missing, spoken

pytestmark = [pytest.mark.atspi, pytest.mark.slow]

WELCOME = "Did you experience kindness today?"


@pytest.fixture(scope="module")
def lacking() -> str:
    return missing()


def names(said: Said) -> list[str]:
    return [name for _, name, _ in said]


def heard_in_order(said: Said, *expected: str) -> None:
    """Each expected name is said, in this order (other things may be said between them)."""
    order = names(said)
    at = -1
    for name in expected:
        assert name in order[at + 1:], f"{name!r} not heard after {order[at] if at >= 0 else 'the start'!r}:\n" \
                                       + spoken(said)
        at = order.index(name, at + 1)


def role_of(said: Said, name: str) -> str:
    return next(role for role, n, _ in said if n == name)


def test_a_screen_reader_user_hears_the_welcome_question_answers_and_thank_you(tmp_path: Path,
                                                                               lacking: str) -> None:
    if lacking:
        pytest.skip(f"the AT-SPI rig needs: {lacking} (packaging/system-deps.sh installs them)")
    with atspi_kiosk(tmp_path) as (rig, reader):
        try:
            home = reader.wait_for(WELCOME, timeout=90)
            heard_in_order(home, "Welcome to Riverside Customer Service Centre", WELCOME, "What's on",
                           "Kindness wall")  # then the hidden staff corner and the visitor's tools
            assert role_of(home, "Welcome to Riverside Customer Service Centre") == "heading"
            assert role_of(home, WELCOME) == "push button"
            assert ["push button", WELCOME, "Tap to answer. One touch, no names."] in home  # its description
            assert any(role == "label" and "We are glad you are here" in name for role, name, _ in home), \
                spoken(home)
            heard_in_order(home, "Your answer is anonymous. It helps us make this a kinder place.", "Staff access")

            reader.press(WELCOME)
            question = reader.wait_for("Not sure")
            heard_in_order(question, WELCOME, "Tap the face that fits. There is no wrong answer.", "Yes",
                           "Not sure", "No", "Back to the start")
            assert role_of(question, WELCOME) == "heading"
            assert [role_of(question, a) for a in ("Yes", "Not sure", "No")] == ["push button"] * 3

            reader.press("No")
            thanks = reader.wait_for("Thank you for telling us")
            heard_in_order(thanks, "Thank you for telling us", "Done")
            assert role_of(thanks, "Thank you for telling us") == "heading"
            assert any("Our staff are here to help" in name for name in names(thanks)), spoken(thanks)
            announced, said = reader.announcements("Your answer was kept")
            assert announced, f"no announcement that the answer was kept; announcements: {said}"
            assert any("Our staff are here to help" in a for a in said), said
        except BaseException:
            print(rig.kiosk_log())
            raise


def test_a_screen_reader_user_can_read_what_s_on_and_the_wall(tmp_path: Path, lacking: str) -> None:
    if lacking:
        pytest.skip(f"the AT-SPI rig needs: {lacking} (packaging/system-deps.sh installs them)")
    with atspi_kiosk(tmp_path, size="1280x720") as (rig, reader):
        try:
            reader.wait_for("What's on", timeout=90)
            reader.press("What's on")
            whatson = reader.wait_for("This week")
            heard_in_order(whatson, "What's on", "Today", "This week", "Open now")
            reader.press("This week")
            week = reader.wait_for_many("heading", 2)  # "What's on" and a day
            days = [name for role, name, _ in week if role == "heading" and name != "What's on"]
            order = names(week)
            for day in days:  # each row says its day too: every row of a day comes after the day's heading
                rows = [i for i, (role, name, _) in enumerate(week) if role == "push button" and f"{day}." in name]
                assert rows and min(rows) > order.index(day), f"{day!r} is not read before its rows:\n" \
                                                               + spoken(week)
            reader.press("Back to the start")
            reader.wait_for("Kindness wall")
            reader.press("Kindness wall")
            wall = reader.wait_for("Write a message")
            heard_in_order(wall, "Kindness wall", "Write a message", "Messages on the wall")
            assert role_of(wall, "Kindness wall") == "heading"
            messages = names(wall).index("Messages on the wall")
            assert any(role == "label" for role, _, _ in wall[messages + 1:]), spoken(wall)  # the cards are read
        except BaseException:
            print(rig.kiosk_log())
            raise

