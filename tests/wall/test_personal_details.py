"""Personal and contact details: UK phone numbers, e-mail addresses, UK postcodes, links, handles and long
digit runs — written plainly and written to dodge a filter — and the numbers kind messages contain."""

from __future__ import annotations

import pytest

from kiosk.wall.rules.personal_details import Detail, find_details, is_uk_phone


def _kinds(text: str) -> set[Detail]:
    return {kind for kind, _ in find_details(text)}


@pytest.mark.parametrize(
    "text",
    [
        "call me 07700 900123", "07700900123", "07700-900-123", "07700.900.123", "(07700) 900123",
        "+44 7700 900123", "+447700900123", "+44 (0) 7700 900 123", "0044 7700 900123", "447700900123",
        "0141 496 0000", "(0141) 496-0000", "0131 496 0000", "01224 496000", "020 7946 0000", "0800 123 4567",
        "0300 123 4567", "028 9649 6000",
        "O77OO 9OO123", "077OO-9OO-l23",  # letter O for zero, l for one
        "０７７００ ９００１２３",  # fullwidth digits
        "٠٧٧٠٠٩٠٠١٢٣",  # Arabic-Indic digits
        "zero seven seven double oh nine oh oh one two three",
        "oh one four one, four nine six, treble oh",
        "+353 1 234 5678",  # any number written in international form
    ],
)
def test_phone_numbers_are_found_however_written(text: str) -> None:
    assert Detail.PHONE in _kinds(text), text


@pytest.mark.parametrize(
    ("digits", "plus", "phone"),
    [("07700900123", False, True), ("01414960000", False, True), ("0141496000", False, True),
     ("447700900123", False, True), ("4407700900123", True, True), ("00447700900123", False, True),
     ("0770090012", False, True), ("077009001234", False, False), ("0570090012", False, False),
     ("123456", False, False), ("12345678", True, True), ("4470", True, False)],
)
def test_uk_phone_shapes(digits: str, plus: bool, phone: bool) -> None:
    assert is_uk_phone(digits, plus) is phone


@pytest.mark.parametrize(
    "text",
    [
        "jo@example.com", "Jo.Bloggs+kiosk@mail.example.co.uk", "write to jo_b@x.io", "jo@localhost",
        "jo (at) example (dot) com", "jo [at] example [dot] co [dot] uk", "jo{at}example{dot}org",
        "jo at example dot com", "jo AT example DOT co DOT uk", "jo at example.com",
        "jo @ example.com", "jo@ example . com", "j o @ e x a m p l e . c o m",
        "ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ",  # fullwidth
        "jо@еxample.com",  # Cyrillic о and е
        "my gmail is jo.bloggs77", "find me on hotmail",
    ],
)
def test_email_addresses_are_found_however_written(text: str) -> None:
    assert Detail.EMAIL in _kinds(text), text


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("G3 7AB", "G3 7AB"), ("EH1 1YZ", "EH1 1YZ"), ("SW1A 1AA", "SW1A 1AA"), ("W1A 0AX", "W1A 0AX"),
        ("M1 1AE", "M1 1AE"), ("B33 8TH", "B33 8TH"), ("CR2 6XH", "CR2 6XH"), ("DN55 1PT", "DN55 1PT"),
        ("AB10 1XG", "AB10 1XG"), ("IV2 3EH", "IV2 3EH"), ("KW15 1HR", "KW15 1HR"),
        ("g37ab", "g37ab"), ("eh11yz", "eh11yz"), ("sw1a1aa", "sw1a1aa"), ("Sw1A  1aA", "Sw1A  1aA"),
        ("I live at G12 8QQ, Glasgow", "G12 8QQ"), ("GIR 0AA", "GIR 0AA"),
    ],
)
def test_uk_postcodes_in_every_format(text: str, postcode: str) -> None:
    assert (Detail.POSTCODE, postcode) in find_details(text)


@pytest.mark.parametrize(
    "text",
    [
        "https://example.com", "http://x.y", "HTTPS : // example.com", "hxxp://bad.example", "www.example.org",
        "WWW . example . com", "visit example.co.uk", "example.scot", "my-shop.online", "see t.me/someone",
        "wa.me/447700900123", "bit.ly/abc", "example dot com", "example (dot) co (dot) uk", "EXAMPLE.COM",
        '<a href="x">hi</a>', "javascript:alert(1)", "ехаmple.соm",
    ],
)
def test_links_are_found(text: str) -> None:
    assert Detail.LINK in _kinds(text), text


@pytest.mark.parametrize("text", ["follow @jane_doe", "@JaneDoe99 on insta", "(@jane.doe)"])
def test_social_media_handles_are_found(text: str) -> None:
    assert Detail.HANDLE in _kinds(text)


@pytest.mark.parametrize(
    "text",
    ["card 1234 5678 9012 3456", "ref 123456", "acc 12-34-56 87654321", "1 2 3 4 5 6", "NI 123 456",
     "sort code 12-34-56", "123.456.789"],
)
def test_six_or_more_digits_are_found_even_with_spaces(text: str) -> None:
    assert _kinds(text) & {Detail.LONG_DIGITS, Detail.PHONE}, text


@pytest.mark.parametrize(
    "text",
    [
        "To the lady at desk 3 who helped me with my forms, thank you",
        "She stayed until 17.30 on 25/11/2026 to help me",
        "Open 9.00-17.00, and 9:30 - 16:30 on Saturdays", "Born 1956, still learning!",
        "2026-11-25 was a good day", "Room 12, desk 4 and 5", "100% brilliant", "£1,000,000 thanks!",
        "Thanks @ the desk", "thanks to everyone @ the centre", "So kind.It was lovely", "Thank you.So kind",
        "Thanks.Me and my mum are grateful", "e.g. the staff, i.e. everyone", "B2 3rd floor were great",
        "The M8 was busy but worth it", "Went to the G3 office", "I <3 the staff",
        "Thanks for your help with my Universal Credit claim", "Oh, thank you so much!",
        "one of the best days", "five stars", "I have 2 kids aged 5 and 7",
        "شكرا جزيلا", "Dziękuję bardzo", "Tapadh leibh",
    ],
)
def test_kind_messages_with_numbers_and_dots_have_no_details(text: str) -> None:
    assert find_details(text) == []


def test_each_detail_is_reported_once_with_what_matched() -> None:
    found = find_details("Ring 07700 900123 or 07700 900123, mail jo@example.com, G3 7AB")
    assert found == [(Detail.EMAIL, "jo@example.com"), (Detail.PHONE, "07700 900123"), (Detail.POSTCODE, "G3 7AB")]


def test_the_domain_of_an_email_address_is_not_also_a_link() -> None:
    assert _kinds("jo@example.com") == {Detail.EMAIL}
    assert _kinds("jo (at) example (dot) com") == {Detail.EMAIL}
    assert _kinds("reach me at example.com") == {Detail.EMAIL, Detail.LINK}  # "at" could be either
