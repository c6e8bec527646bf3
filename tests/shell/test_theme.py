"""Every text colour in the theme meets WCAG AAA contrast (7:1) on the background it is used on, in both palettes
(everyday and high contrast); high contrast is clearly stronger, and its focus ring shows on every background."""

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


PALETTES = ("everyday", "contrast")
# Backgrounds the focus ring is drawn on (it sits just outside a control, on the screen's own background).
RING_GROUNDS = ("background", "surface", "cardWarm", "cardSage")


def theme_palettes() -> dict[str, dict[str, str]]:
    """Each palette's colours by name, read from Theme.qml's `pick(everyday, contrast)` lines."""
    source = (qml_dir() / "Kiosk" / "Theme.qml").read_text(encoding="utf-8")
    found = re.findall(r'property color (\w+): pick\("(#[0-9A-Fa-f]{6})", "(#[0-9A-Fa-f]{6})"\)', source)
    assert len(found) >= 25, "Theme.qml's colours are no longer written as pick(everyday, contrast)"
    return {"everyday": {n: a for n, a, _ in found}, "contrast": {n: b for n, _, b in found}}


def theme_colours(palette: str = "everyday") -> dict[str, str]:
    return theme_palettes()[palette]


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


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize(("fg", "bg"), PAIRS)
def test_text_contrast_is_at_least_7_to_1(fg: str, bg: str, palette: str) -> None:
    colours = theme_colours(palette)
    ratio = contrast(colours[fg], colours[bg])
    assert ratio >= 7.0, f"{palette}: {fg} on {bg}: {ratio:.2f}:1"


@pytest.mark.parametrize(("fg", "bg"), PAIRS)
def test_high_contrast_is_clearly_stronger(fg: str, bg: str) -> None:
    """Not just a second 7:1 palette: every pair at least as strong as everyday, and at least 12:1."""
    everyday, strong = theme_colours("everyday"), theme_colours("contrast")
    before, after = contrast(everyday[fg], everyday[bg]), contrast(strong[fg], strong[bg])
    assert after >= max(before - 0.01, 12.0), f"{fg} on {bg}: {before:.2f}:1 everyday, {after:.2f}:1 high contrast"


@pytest.mark.parametrize("palette", PALETTES)
def test_the_focus_ring_stands_out_on_every_background(palette: str) -> None:
    """WCAG 2.4.13 asks 3:1 of a focus indicator; the ring gets 7:1 in high contrast."""
    colours = theme_colours(palette)
    need = 7.0 if palette == "contrast" else 3.0
    for ground in RING_GROUNDS:
        ratio = contrast(colours["focus"], colours[ground])
        assert ratio >= need, f"{palette}: focus ring on {ground}: {ratio:.2f}:1"


def test_the_check_reads_both_palettes() -> None:
    palettes = theme_palettes()
    assert palettes["everyday"]["background"] == "#FBF4EA"
    assert palettes["contrast"]["ink"] == "#000000"
    assert set(palettes["everyday"]) == set(palettes["contrast"])
