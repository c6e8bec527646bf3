"""The Wilson score interval for a proportion — the one formula every figure with an interval uses (the
kindness rate in results, the staff pulse). Thread: any (pure arithmetic).
"""

from __future__ import annotations

import math

Z95 = 1.959963984540054  # the two-sided 95% normal quantile


def wilson_interval(count: int, of: int, z: float = Z95) -> tuple[float, float]:
    """(low, high) for `count` successes in `of` trials (8 of 10 → 0.490–0.943); needs 0 ≤ count ≤ of, of ≥ 1."""
    if of < 1 or not 0 <= count <= of:
        raise ValueError(f"a share needs 0 ≤ count ≤ of and of ≥ 1 (got {count} of {of})")
    p = count / of
    z2 = z * z
    centre = (p + z2 / (2 * of)) / (1 + z2 / of)
    half = z * math.sqrt(p * (1 - p) / of + z2 / (4 * of * of)) / (1 + z2 / of)
    return max(0.0, centre - half), min(1.0, centre + half)
