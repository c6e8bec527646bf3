"""UK street addresses and full names next to places (kiosk.wall.rules.addresses), and what is left alone."""

from __future__ import annotations

import pytest

from kiosk.wall.rules.addresses import find_addresses, find_named_people
from kiosk.wall.rules.personal_details import Detail, find_details


@pytest.mark.parametrize("text", [
    "14 Kelvin Way", "14 kelvin road", "14a Kelvin Way", "flat 2/1, 33 Byres Rd", "14, The Crescent",
    "12 Sauchiehall St.", "3 Park Lane", "45 Hillhead Gardens", "7 Elm Grove", "9 Kirk Wynd", "6 Castle Terrace",
    "22 Shore Place", "8 Abbey Court", "2 Millbrae Close", "She lives on Argyle Street", "I stay at Maryhill Road",
    "1０ Downing Street",  # a fullwidth digit
])
def test_street_addresses_are_found(text: str) -> None:
    assert find_addresses(text), text
    assert Detail.ADDRESS in {kind for kind, _ in find_details(text)}


@pytest.mark.parametrize("text", [
    "Thank you to Sam at desk 3", "My 2 kids love the park", "2 lovely ladies on the High Street",
    "She stayed until 17.30 on 25/11/2026 to help me", "10 out of 10 for the Park Road team",
    "we waited 2 hours in the Green Park", "5 stars for the Kelvin Hall staff", "I came 3 times this week",
])
def test_everyday_numbers_and_places_are_not_addresses(text: str) -> None:
    assert find_addresses(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("John Smith from Paisley", "John Smith from Paisley"),
    ("Mrs Agnes McLeod at 14 Kelvin Way", "Mrs Agnes McLeod at 14 Kelvin Way"),
    ("Agnes McLeod, Paisley", "Agnes McLeod, Paisley"),
    ("Love from David Jones, Motherwell", "David Jones, Motherwell"),
    ("Thank you Mrs Patel from Govan", "Mrs Patel from Govan"),
    ("Thanks to Fiona MacDonald of Stornoway", "Fiona MacDonald of Stornoway"),
])
def test_full_names_next_to_places_are_found(text: str, found: str) -> None:
    assert find_named_people(text) == [found]


@pytest.mark.parametrize("text", [
    "Thank You from Glasgow", "Thank you to Sam at desk 3", "Thanks to Dick on the front desk",
    "Mòran Taing from Stornoway", "Mr Brown at the desk", "Thank you to Mrs Patel for the help today",
    "Scunthorpe lad says thanks to the Essex team", "Passing through Cockburnspath, Twatt and Cumbernauld",
    "Happy Christmas from Glasgow",
])
def test_first_names_and_everyday_capitals_are_not_full_names(text: str) -> None:
    assert find_named_people(text) == []


def test_a_5000_character_paste_is_quick_and_safe() -> None:
    text = ("12 " + "Aa " * 3) * 600 + "Road"
    find_addresses(text[:5000])
    find_named_people(("Ab Cd " * 1000)[:5000])
