"""A share written as a fraction (三分之一, "a third", "one in seven", 1/3), in percent points.

A fraction that ends within four decimal places is written exactly (一半 → 50, "one in 16" → 6.25, "one out of
2,500" → 0.04). One that repeats is written the way reporters and annotators round it: to two decimal places
(33.33, 66.67, 14.29), or, below one percent, to two significant digits after the zeros (0.033 for one in
3,000) — the four-place form (33.3333) is precise to no purpose and matches nobody's writing.
"""

from __future__ import annotations

from decimal import Decimal

_EXACT = Decimal("0.0001")
_CENTS = Decimal("0.01")


def share_percent(num: Decimal, den: Decimal) -> Decimal:
    """num/den in percent points, rounded as the module doc says; `den` must not be zero."""
    value = num * 100 / den
    exact = value.quantize(_EXACT)
    if exact == value:
        return exact.normalize()
    if abs(value) >= 1:
        return value.quantize(_CENTS).normalize()
    return Decimal(f"{value:.2g}").normalize() if value else Decimal(0)
