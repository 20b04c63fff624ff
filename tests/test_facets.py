"""What a figure is about: facets from contrasting words (for check) and currency declarations (for extraction).

Sentences are written for these tests in the style of the news the issues quote.
"""

from __future__ import annotations

import pytest

import factx
from factx.facets import conflict


def facets(text: str, lang: str | None = None) -> dict[str, tuple[str, ...]]:
    return {f.text: f.facets for f in factx.analyze(text, lang=lang, facets=True).facts}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("某路段发生多车相撞事故，共造成3人死亡、9人轻伤。", "3人", ("casualty:dead",)),
        ("某路段发生多车相撞事故，共造成3人死亡、9人轻伤。", "9人", ("casualty:injured.minor",)),
        ("事故中死亡2人，受伤5人。", "5人", ("casualty:injured",)),
        ("法院判处其有期徒刑七年，并处罚金50万元，责令退赔赃款170万元。", "50万元", ("money:fine",)),
        ("法院判处其有期徒刑七年，并处罚金50万元，责令退赔赃款170万元。", "七年", ("sentence:prison",)),
        ("并处罚金50万元，责令退赔赃款170万元。", "170万元", ("money:illicit", "money:restitution")),
        ("一季度销售额同比下降5%，净利润增长3%。", "5%", ("direction:down", "money:revenue")),
        ("一季度销售额同比下降5%，净利润增长3%。", "3%", ("direction:up", "money:profit")),
        ("The company was fined $300,000 after the spill.", "$300,000", ("money:fine",)),
        ("Shares were down 5% on Monday.", "5%", ("direction:down",)),
        ("仓库起火，3人被大火烧死，2人被烧伤。", "3人", ("casualty:dead",)),
        ("仓库起火，3人被大火烧死，2人被烧伤。", "2人", ("casualty:injured",)),
        ("仓库起火，5人被严重烧伤。", "5人", ("casualty:injured.serious",)),
        # English: the verb before an item decides when the words after it open the next item ("and injuring")
        ("A bus rolled down a slope, killing 11 people and injuring 23 others.", "11 people", ("casualty:dead",)),
        ("A bus rolled down a slope, killing 11 people and injuring 23 others.", "23 others", ("casualty:injured",)),
        ("Nine people were killed and 23 injured.", "Nine people", ("casualty:dead",)),
        ("Eleven people were critically injured.", "Eleven people", ("casualty:injured.serious",)),
        ("23 were injured, 4 of them critically.", "4", ("casualty:injured.serious",)),
        ("Bus crash kills 11, injures 23", "11", ("casualty:dead",)),
        ("Bus crash kills 11, injures 23", "23", ("casualty:injured",)),
    ],
)
def test_facets_are_read_beside_the_figure(text: str, figure: str, expected: tuple[str, ...]) -> None:
    got = facets(text)
    assert got[figure] == expected, got


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("该项目共有30多名志愿者参与。", "30多名"),  # 多 is an approximation, not "more"
        ("The discount is worth up to 7% of the price.", "up to 7%"),  # "up to" is a bound, not a rise
        ("会议于3日举行，共有200人参加。", "200人"),
    ],
)
def test_no_facet_where_no_contrasting_word_stands_beside_the_figure(text: str, figure: str) -> None:
    got = facets(text)
    assert got[figure] == () or not any(f.startswith("direction:") for f in got[figure]), got


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a casualty word of the next item, or beyond the figure's clause, is not the figure's
        ("About 350 residents attended and many were hurt.", "About 350 residents"),
        ("The factory employs 400 people, and a fire there killed two last year.", "400 people"),
        # nor one of the next sentence, or of the one before
        ("The bus carried 46 passengers. Many were killed.", "46 passengers"),
        ("Two were killed. The bus carried 46 passengers.", "46 passengers"),
    ],
)
def test_no_casualty_from_the_next_item(text: str, figure: str) -> None:
    got = facets(text)
    assert not any(f.startswith("casualty:") for f in got[figure]), got


def test_conflict_is_per_group_and_a_narrower_value_agrees() -> None:
    assert conflict(("casualty:dead",), ("casualty:injured.minor",)) == ("casualty:dead", "casualty:injured.minor")
    assert conflict(("casualty:injured",), ("casualty:injured.minor",)) is None
    assert conflict(("money:fine",), ("money:illicit", "money:restitution")) == ("money:fine", "money:illicit")
    assert conflict(("money:restitution",), ("money:illicit", "money:restitution")) is None
    assert conflict(("casualty:dead",), ("direction:up",)) is None  # different groups say nothing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某公司（港币，下同）去年涉款3990万元，今年1200万元。", {"3990万元": "HKD", "1200万元": "HKD"}),
        ("涉款3990万元（港币，下同），另有200元。", {"3990万元": "HKD", "200元": "HKD"}),
        ("营收500元，（新台币，下同）后来600元。", {"500元": "CNY", "600元": "TWD"}),
        ("以下金额均为美元。收入300万元。", {"300万元": "USD"}),
        ("（单位：港元）全年支出500万元。", {"500万元": "HKD"}),
        # no declaration: a currency named once applies to its own amount only
        ("首批捐款3990万港元，第二批1200万元。", {"3990万港元": "HKD", "1200万元": "CNY"}),
    ],
)
def test_currency_declarations_set_the_currency_of_later_amounts(text: str, expected: dict[str, str]) -> None:
    got = {f.text: f.currency for f in factx.extract(text, types=["money"])}
    assert got == expected


def test_the_currency_option_overrides_declarations() -> None:
    [f] = factx.extract("（港币，下同）涉款3990万元。", types=["money"], currency="CNY")
    assert f.currency == "CNY"


def test_words_that_lead_into_the_next_english_figure_are_its_own() -> None:
    text = "Kestrel earned $802 million on revenue of $14.1 billion, and its rival lost $3 million."
    got = {f.text: f.facets for f in factx.analyze(text, facets=True).facts}
    assert "money:revenue" not in got["$802 million"]
    assert "money:revenue" in got["$14.1 billion"]
    # Words after the figure that do not lead into another one still describe it.
    [f] = [x for x in factx.analyze("It reported $14.1 billion in revenue.", facets=True).facts]
    assert "money:revenue" in f.facets
