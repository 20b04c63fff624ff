"""Which named day a date is (`review.named_days`): a draft that moves one of a notice's dates onto another day's
name is a mismatch; a day's name the source never uses, or a date listed under two names, says nothing."""

from __future__ import annotations

import pytest
from check_verdict import verdict

# Written for this test: a fund notice with its days side by side, in both scripts.
_FUND = "華信穩健基金公告，本次分紅的權益登記日為2024年3月12日，紅利發放日為3月14日。"
_BOND = "该债券的权益登记日、除息日为4月8日，付息日为4月9日，到期日为2027年4月9日。"


@pytest.mark.parametrize(
    ("source", "draft", "figure", "expected"),
    [
        # the registration date given as the payment date, and the other way round
        (_FUND, "華信穩健基金的紅利發放日為3月12日。", "3月12日", "mismatch"),
        (_FUND, "华信稳健基金的权益登记日为3月14日。", "3月14日", "mismatch"),
        (_BOND, "该债券的付息日为4月8日。", "4月8日", "mismatch"),
    ],
)
def test_a_date_moved_to_another_named_day(source: str, draft: str, figure: str, expected: str) -> None:
    v = verdict(source, draft, figure)
    assert v.verdict == expected
    assert "日, not the" in v.detail + v.reason  # says which day the source's date is


@pytest.mark.parametrize(
    ("source", "draft", "figure"),
    [
        (_FUND, "華信穩健基金的紅利發放日為3月14日。", "3月14日"),  # the same day's name
        (_FUND, "华信稳健基金的登记日为3月12日。", "3月12日"),  # a shorter name of the same day
        (_BOND, "该债券的除息日为4月8日。", "4月8日"),  # one of two names listed before one date
        (_BOND, "该债券的权益登记日为4月8日。", "4月8日"),
        (_FUND, "華信穩健基金的派息日為3月14日。", "3月14日"),  # a name the source never uses
    ],
)
def test_the_same_named_day_or_one_the_source_never_names_stays_supported(source: str, draft: str, figure: str) -> None:
    assert verdict(source, draft, figure).verdict == "supported"
