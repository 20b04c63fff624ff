"""`check_facts` refuses exactly the facts whose value (or upper bound, or a duration's amount) `check_value`
refuses: its shortcut for plainly written whole numbers never lets a long figure through nor stops a short
one."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factx.model import (
    MAX_VALUE_DIGITS,
    DateValue,
    DurationValue,
    Fact,
    PartialDate,
    ValueTooLarge,
    check_facts,
    check_value,
)


def _refused(check: object, *args: object) -> bool:
    try:
        check(*args)  # type: ignore[operator]
    except ValueTooLarge:
        return True
    return False


def _fact(value: object, high: object = None) -> Fact:
    return Fact(type="count", text="3", start=0, end=1, value=value, max=high)  # type: ignore[arg-type]


decimals = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.builds(lambda d, e: Decimal(d).scaleb(e), st.integers(0, 10**50), st.integers(-5000, 5000)),
    st.builds(lambda n: Decimal("9" * n), st.integers(MAX_VALUE_DIGITS - 3, MAX_VALUE_DIGITS + 3)),
    st.builds(lambda n: Decimal("1." + "0" * n), st.integers(MAX_VALUE_DIGITS - 3, MAX_VALUE_DIGITS + 3)),
)


@given(decimals, st.one_of(st.none(), decimals))
def test_check_facts_refuses_what_check_value_refuses(value: Decimal, high: Decimal | None) -> None:
    expected = _refused(check_value, value) or (high is not None and _refused(check_value, high))
    assert _refused(check_facts, [_fact(value, high)]) == expected


@pytest.mark.parametrize(
    ("value", "refused"),
    [
        (Decimal("4725"), False),
        (Decimal("9" * MAX_VALUE_DIGITS), False),
        (Decimal("9" * (MAX_VALUE_DIGITS + 1)), True),
        (Decimal("1E+5000"), True),
        (Decimal("NaN"), True),
        (DurationValue(((Decimal("3"), "Y"), (Decimal("1E+4001"), "D"))), True),
        (DurationValue(((Decimal("7"), "TM"),)), False),
        (DateValue(PartialDate(2020, 3, 1)), False),
    ],
)
def test_check_facts_on_each_kind_of_value(value: object, refused: bool) -> None:
    assert _refused(check_facts, [_fact(Decimal(1)), _fact(value)]) == refused
    assert _refused(check_facts, [_fact(Decimal(1), value)]) == refused
