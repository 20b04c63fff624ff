"""check: the period a figure belongs to is read from its own sentence part and clause, not from any date of its
sentence — a date written after another figure in that figure's clause dates that figure alone."""

from __future__ import annotations

from check_verdict import verdict

PARKS = (
    "The parks department gets $42 million in the new budget, well above the $30 million it received this year. "
    "Libraries get $12 million."
)


def test_a_time_held_by_another_figure_in_its_clause_is_not_the_equal_figures() -> None:
    v = verdict(PARKS, "The parks department received $42 million this year.", "$42 million")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "$30 million"
    assert "another time" in v.reason


def test_the_figure_holding_the_time_supports_a_claim_of_that_time() -> None:
    v = verdict(PARKS, "The parks department received $30 million this year.", "$30 million")
    assert v.verdict == "supported"


def test_an_undated_claim_of_the_undated_figure_is_supported() -> None:
    v = verdict(PARKS, "The parks department gets $42 million in the new budget.", "$42 million")
    assert v.verdict == "supported"


RESULTS = "In 2021, Harlow Foods reported revenue of $80 million, and it expects revenue of $95 million in 2022."


def test_a_date_of_another_sentence_part_does_not_date_the_figure() -> None:
    v = verdict(RESULTS, "Harlow Foods had revenue of $80 million in 2022.", "$80 million")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "$95 million"


def test_the_date_of_the_figures_own_part_supports_it() -> None:
    assert verdict(RESULTS, "Harlow Foods had revenue of $80 million in 2021.", "$80 million").verdict == "supported"


def test_a_date_opening_a_chinese_chain_dates_every_figure_of_it() -> None:
    # 一季度 opens the chain: it dates the 310亿元 of the next clause as much as the 5200亿元 right after it.
    source = "一季度全省住户存款余额5200亿元，比年初增加310亿元，同比多增45亿元。"
    v = verdict(source, "一季度全省住户存款比年初增加310亿元。", "310亿元")
    assert v.verdict == "supported"
