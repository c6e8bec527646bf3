"""Reach mode's rule: which part of the screen a seated or standing visitor can reach.

EN 301 549 §8.3 (after ADA 308) puts every operable part of a terminal between 380 mm and 1220 mm above the
floor. Given where the screen is mounted (its visible bottom edge above the floor) and how tall its visible
picture is, `reach_band` says which slice of the screen lies inside that band, as fractions of the screen's
height measured from its top — the shell lays each visitor screen out inside that slice. Pure: no Qt, no I/O.
Thread: any.

Worked example (docs/accessibility-modes.md): a 32-inch screen standing upright, 700 mm of picture, bottom
edge 760 mm above the floor, spans 760–1460 mm. The band 380–1220 mm covers 760–1220 mm of it: the lower
460 mm, so the content goes in the lower 460 / 700 = 65.7 % of the screen (top at 34.3 %).
"""

from __future__ import annotations

from typing import NamedTuple

REACH_LOW_MM = 380  # EN 301 549 §8.3.2.5 / §8.3.3.5: lowest operable part above the floor
REACH_HIGH_MM = 1220  # highest operable part above the floor
MIN_SHARE = 0.25  # a slice thinner than this is too small to lay a screen out in: the kiosk says so instead


class ReachBand(NamedTuple):
    """The reachable slice of the screen: `top` and `bottom` as fractions of its height from the top edge
    (0 = top, 1 = bottom), and the heights above the floor it spans. (A NamedTuple rather than a frozen
    dataclass: this module loads before the home screen's first frame, where a frozen dataclass's generated
    methods cost ≈ 0.3 ms a class: README "Where the start-up time goes".)"""

    top: float
    bottom: float
    low_mm: float
    high_mm: float

    @property
    def share(self) -> float:
        return self.bottom - self.top

    @property
    def whole_screen(self) -> bool:
        """The whole screen is already within reach: reach mode changes nothing."""
        return self.top <= 0 and self.bottom >= 1

    @property
    def usable(self) -> bool:
        """Enough of the screen is in reach to lay a screen out in it."""
        return self.share >= MIN_SHARE


def reach_band(bottom_mm: float, height_mm: float, *, low_mm: float = REACH_LOW_MM,
               high_mm: float = REACH_HIGH_MM) -> ReachBand:
    """The slice of a screen whose visible bottom edge is `bottom_mm` above the floor and whose picture is
    `height_mm` tall that lies between `low_mm` and `high_mm` above the floor. A screen wholly above or below
    the band gets an empty slice (share 0) at the edge nearest to it."""
    if height_mm <= 0:
        raise ValueError("the screen's visible height must be more than 0 mm")
    top_mm = bottom_mm + height_mm
    reach_low, reach_high = max(bottom_mm, low_mm), min(top_mm, high_mm)
    if reach_low >= reach_high:  # no overlap: the nearest edge, empty
        edge = 1.0 if bottom_mm >= high_mm else 0.0
        return ReachBand(edge, edge, reach_low, reach_low)
    return ReachBand(top=(top_mm - reach_high) / height_mm, bottom=(top_mm - reach_low) / height_mm,
                     low_mm=reach_low, high_mm=reach_high)
