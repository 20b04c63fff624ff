"""Shares written as fractions, in percent points (`factx.rates`)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factx.rates import share_percent


@pytest.mark.parametrize(
    ("num", "den", "want"),
    [
        (1, 2, "50"), (3, 4, "75"), (1, 16, "6.25"), (1, 2500, "0.04"),  # exact: as written
        (1, 3, "33.33"), (2, 3, "66.67"), (1, 7, "14.29"), (5, 6, "83.33"),  # repeating: two places
        (1, 3000, "0.033"), (1, 300, "0.33"),  # below one percent: two significant digits
    ],
)  # fmt: skip
def test_share_percent(num: int, den: int, want: str) -> None:
    assert share_percent(Decimal(num), Decimal(den)) == Decimal(want)


@given(st.integers(1, 10_000), st.integers(1, 10_000))
def test_share_is_close_to_the_fraction(num: int, den: int) -> None:
    exact = Decimal(num) * 100 / Decimal(den)
    got = share_percent(Decimal(num), Decimal(den))
    assert abs(got - exact) <= max(Decimal("0.005"), abs(exact) * Decimal("0.03"))
