"""Every text colour in the theme meets WCAG AAA contrast (7:1) on the background it is used on."""

from __future__ import annotations

import re

import pytest

from kiosk.core.paths import qml_dir

PAIRS = [  # (text, background) as used by the QML
    ("ink", "background"), ("inkSoft", "background"), ("ink", "blobA"), ("ink", "blobB"),
    ("inkSoft", "blobA"), ("inkSoft", "blobB"), ("accentInk", "accent"), ("tileInk", "yes"),
    ("tileInk", "notSure"), ("tileInk", "no"), ("quietInk", "quiet"), ("noticeInk", "noticeBg"),
    ("ink", "surface"),
    # the kindness wall's cards
    ("inkSoft", "surface"), ("ink", "cardWarm"), ("inkSoft", "cardWarm"), ("ink", "cardSage"), ("inkSoft", "cardSage"),
    ("quoteInk", "surface"), ("quoteInk", "cardWarm"), ("quoteInk", "cardSage"), ("quoteInk", "background"),
    # What's on: category icons on the placeholder tints, "open now" and accent text on cards
    ("ink", "tintSand"), ("ink", "tintLavender"), ("ink", "tintSky"), ("ink", "tintRose"),
    ("yes", "surface"), ("yes", "background"), ("accent", "surface"),
]


def theme_colours() -> dict[str, str]:
    source = (qml_dir() / "Kiosk" / "Theme.qml").read_text(encoding="utf-8")
    return dict(re.findall(r'property color (\w+): "(#[0-9A-Fa-f]{6})"', source))


def luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("fg", "bg"), PAIRS)
def test_text_contrast_is_at_least_7_to_1(fg: str, bg: str) -> None:
    colours = theme_colours()
    ratio = contrast(colours[fg], colours[bg])
    assert ratio >= 7.0, f"{fg} on {bg}: {ratio:.2f}:1"
