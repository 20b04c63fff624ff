"""Round 13, precision half: data-style cases for the rules of `review/` that take back a "supported"."""

from __future__ import annotations

from check_verdict import verdict

# --- kinds.unshared_kind: a figure at the end of a chain is of the kind its sentence part opens with

BULLETIN = (
    "3月末，全市本外币各项贷款余额为8620亿元，比年初增加412亿元，同比多增23.5亿元。其中，人民币各项贷款余额为8510亿元，"
    "比年初增加405亿元，同比多增31.8亿元。\n"
    "从期限看，短期贷款余额为2950亿元，比年初增加96亿元，同比少增12.4亿元；中长期贷款余额为5270亿元，比年初增加301亿元，"
    "同比多增44.6亿元。\n"
)


def test_a_chain_figure_claimed_for_a_kind_another_part_opens_with_is_a_mismatch() -> None:
    v = verdict(BULLETIN, "中长期贷款同比多增31.8亿元。", "31.8亿元")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "44.6亿元"


def test_a_chain_figure_of_its_own_kind_is_supported() -> None:
    assert verdict(BULLETIN, "人民币各项贷款同比多增31.8亿元。", "31.8亿元").verdict == "supported"
    assert verdict(BULLETIN, "中长期贷款同比多增44.6亿元。", "44.6亿元").verdict == "supported"


def test_a_date_of_a_chain_is_left_alone() -> None:
    # (a date's words are the article's topic as often as not: 今年一季度 is read by its event, not by this rule)
    source = "今年一季度，全市人民币各项贷款同比多增31.8亿元。中长期贷款同比多增44.6亿元。\n"
    assert verdict(source, "一季度中长期贷款同比多增44.6亿元。", "一季度").verdict == "supported"
