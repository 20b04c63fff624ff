"""Whose figure in a list of quoted names (`review.quoted_items`): a draft that moves one item's figure onto
another item's quoted name is not supported; the item's own name, or a sentence that is no list, says nothing."""

from __future__ import annotations

import pytest
from check_verdict import verdict

# Written for this test: a notice listing three bonds, one item each between semicolons.
_BONDS = (
    "公司尚有三只债券待偿，分别是8亿元的“21华信01”，到期日为2025年4月2日；12亿元的“22华信MTN001”，"
    "到期日为2025年6月18日；6.5亿元的“23华信02”，到期日为2026年1月9日。"
)
_NOT_A_LIST = "“华信一号”项目投资8亿元，“华信二号”项目投资12亿元。"


@pytest.mark.parametrize(
    ("source", "draft", "figure"),
    [
        (_BONDS, "“21华信01”的规模为12亿元。", "12亿元"),
        (_BONDS, "23华信02的到期日为2025年6月18日。", "2025年6月18日"),
    ],
)
def test_a_figure_moved_to_another_quoted_item_is_not_supported(source: str, draft: str, figure: str) -> None:
    # not supported: a mismatch when the source gives the claim's item a figure of that kind, else not found
    assert verdict(source, draft, figure).verdict in ("mismatch", "not_found")


@pytest.mark.parametrize(
    ("source", "draft", "figure"),
    [
        (_BONDS, "“22华信MTN001”的规模为12亿元。", "12亿元"),  # the item's own name
        (_BONDS, "22华信MTN001规模12亿元，到期日为2025年6月18日。", "2025年6月18日"),  # unquoted, its own
    ],
)
def test_the_items_own_name_or_none_stays_supported(source: str, draft: str, figure: str) -> None:
    assert verdict(source, draft, figure).verdict == "supported"


def test_a_sentence_without_items_is_not_read_as_a_list() -> None:
    # no semicolon: which name a figure belongs to is for the other rules to say, not this one
    from factx import analyze
    from factx.review.quoted_items import other_quoted_item

    [claim] = [f for f in analyze("“华信一号”项目投资12亿元。").facts if f.text == "12亿元"]
    [source] = [f for f in analyze(_NOT_A_LIST).facts if f.text == "12亿元"]
    assert other_quoted_item(claim, source) is None
