"""`check_value`'s shortcut (a bound from the decimal's own text) refuses exactly the values the exact digit
count refuses: at the limit, just past it, with huge and tiny exponents, zeros with exponents, negatives."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from factx.model import MAX_VALUE_DIGITS, ValueTooLarge, check_value, value_digits


def _accepted(d: Decimal) -> bool:
    try:
        check_value(d)
    except ValueTooLarge:
        return False
    return True


def _exact(d: Decimal) -> bool:
    return d.is_finite() and value_digits(d) <= MAX_VALUE_DIGITS


EDGES = ["0", "-0", "0E-5000", "0E+5000", "1E-3999", "1E-4000", "1E+3999", "1E+4000", "9" * 4000, "9" * 4001,
         "0." + "1" * 3998, "0." + "1" * 3999, "-" + "9" * 3999 + ".5", "12.3400", "-1.5E+10", "NaN", "Infinity",
         "1" * 2000 + "E-1999", "1" * 2000 + "E-2001"]  # fmt: skip


def test_edges() -> None:
    for text in EDGES:
        d = Decimal(text)
        assert _accepted(d) == _exact(d), text
    assert _accepted(Decimal("9" * 4000)) and not _accepted(Decimal("9" * 4001))


@settings(max_examples=2000, deadline=None)
@given(
    st.booleans(),
    st.text("0123456789", min_size=1, max_size=60),
    st.integers(min_value=-4200, max_value=4200) | st.integers(min_value=-40, max_value=40),
)
def test_shortcut_agrees_with_the_exact_count(negative: bool, digits: str, exponent: int) -> None:
    d = Decimal(f"{'-' if negative else ''}{digits}E{exponent}")
    assert _accepted(d) == _exact(d)
