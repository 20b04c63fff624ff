"""check, round 10 (recall): words of other news styles, a rounded figure alone of its kind, one end of a period."""

from __future__ import annotations

from check_verdict import verdict

from factx import analyze
from factx.review.range_ends import marked_end
from factx.review.similarity import terms

# --- word groups: the same people called by another news style's word --------------------------------------------


def test_staff_and_workforce_are_one_word() -> None:
    assert terms("its workforce") & terms("its staff") == {"staff"}
    assert terms("3,000 employees") & terms("3,000 workers")
    assert terms("全市居民") & terms("全市市民")
    assert terms("员工人数") & terms("职工人数") == {"人数", "员工"}


def test_a_workforce_claim_is_supported_by_the_staff_count() -> None:
    source = "Marlow Bank said it now has 12,400 staff in 30 countries after closing 40 branches."
    assert verdict(source, "The bank has a workforce of 12,400.", "12,400").verdict == "supported"


def test_the_group_does_not_join_staff_and_customers() -> None:
    # Staff and customers are two different groups of people: no word of the groups joins them.
    assert not terms("12,400 customers") & terms("12,400 staff")
    source = "Marlow Bank said it now has 12,400 staff in 30 countries after closing 40 branches."
    assert verdict(source, "Marlow Bank has 12,400 customers.", "12,400 customers").verdict != "supported"


def test_the_group_does_not_join_residents_and_staff() -> None:
    assert not terms("居民") & terms("员工")
    assert not terms("residents") & terms("workers")


def test_revenue_and_profit_stay_apart() -> None:
    # Sales and revenue are one facet; profit is another, and no word group joins them.
    assert terms("quarterly sales") & terms("quarterly revenue") and not terms("profit") & terms("revenue")
    source = "Fenwick Tools said revenue rose 8 percent. Revenue was $2.4 billion, while net income was $210 million."
    assert verdict(source, "Fenwick's sales reached $2.4 billion.", "$2.4 billion").verdict == "supported"
    assert verdict(source, "Fenwick's profit reached $2.4 billion.", "$2.4 billion").verdict != "supported"


def test_the_injured_are_not_the_dead() -> None:
    source = "山洪已造成4人死亡、9人受伤。"
    assert verdict(source, "山洪致4人罹难。", "4人").verdict == "supported"
    assert verdict(source, "山洪致9人负伤。", "9人").verdict == "supported"
    assert verdict(source, "山洪致9人遇难。", "9人").verdict != "supported"


# --- a rounded claim that can be about no other figure of the source ----------------------------------------------

DONATIONS = (
    "The Greens came second, with gifts totalling £3,870,412 in the quarter, while the Liberals received just over "
    "£900,000 and smaller parties about £150,000."
)


def test_a_rounding_alone_of_its_kind_is_supported_in_a_weak_context() -> None:
    v = verdict(DONATIONS, "The Greens raised roughly £3.9 million.", "roughly £3.9 million")
    assert v.verdict == "supported" and v.evidence is not None and v.evidence.text == "£3,870,412"
    assert "less precise" in v.reason


def test_a_rounding_two_figures_satisfy_needs_the_usual_context() -> None:
    # Both £3,870,412 and £3,912,000 round to £3.9 million: the weak context no longer decides which one it is.
    source = DONATIONS + " A year earlier the Greens had spent £3,912,000 on their campaign."
    assert verdict(source, "The Greens raised roughly £3.9 million.", "roughly £3.9 million").verdict != "supported"


def test_a_rounding_whose_own_number_the_source_states_is_not_another_figure_rounded() -> None:
    # "about US$1.1 billion" is the claim's number in another currency: the claim is about it, not about the
    # A$1.05 billion of a profit that happens to round to it.
    source = (
        "Coral Air reported a pre-tax profit of A$1.24 billion, up from A$1.05 billion a year earlier. "
        "Coral Air will buy 10 new jets at a cost of about US$1.1 billion."
    )
    v = verdict(source, "Coral Air will spend about A$1.1 billion on 10 new jets.", "about A$1.1 billion")
    assert v.verdict != "supported"


def test_a_rounding_that_shares_no_word_with_the_source_is_not_supported() -> None:
    assert verdict(DONATIONS, "Vandals caused roughly £3.9 million of damage.", "roughly £3.9 million").verdict != (
        "supported"
    )


# --- one end of a period, claimed as that end ---------------------------------------------------------------------


def test_the_words_around_a_date_say_which_end_it_is() -> None:
    [start] = analyze("暴雨始于7月16日晚。", facets=True).facts
    [end] = analyze("诈骗活动一直持续到2022年9月。", facets=True).facts
    [bare] = analyze("The strike was on March 3.", facets=True).facts
    [until] = analyze("The strike lasted until March 9.", facets=True).facts
    assert marked_end(start) == "start" and marked_end(end) == "end"
    assert marked_end(bare) is None and marked_end(until) == "end"


RAIN = "气象台称，7月16日晚至17日凌晨，全县普降暴雨。"
FRAUD = "法院查明，2021年5月至2022年9月，该团伙以投资为名骗取钱款。"


def test_the_start_of_a_period_claimed_as_its_start_is_supported() -> None:
    v = verdict(RAIN, "暴雨始于7月16日晚。", "7月16日晚")
    assert v.verdict == "supported" and "start" in v.reason


def test_the_end_of_a_period_claimed_as_its_end_is_supported() -> None:
    v = verdict(FRAUD, "该团伙的诈骗一直持续到2022年9月。", "2022年9月")
    assert v.verdict == "supported" and "end" in v.reason


def test_the_wrong_end_or_no_end_word_is_not_supported() -> None:
    # The claim says the fraud began when it ended, or gives the end bare as the date of the whole.
    assert verdict(FRAUD, "该团伙的诈骗始于2022年9月。", "2022年9月").verdict != "supported"
    assert verdict(FRAUD, "该团伙于2022年9月骗取钱款。", "2022年9月").verdict != "supported"
    source = "Workers were on strike from March 3 to March 9, the union said."
    assert verdict(source, "The strike was on March 3.", "March 3").verdict != "supported"
    assert verdict(source, "The strike began on March 3.", "March 3").verdict == "supported"


# --- the level a change reaches, named by the words before the change ---------------------------------------


def test_the_level_a_change_reaches_is_named_by_the_words_before_the_change() -> None:
    from factx import analyze

    [change, level, other] = analyze("营收增长8%至24亿元，净利润下降至3亿元。", facets=True).facts
    assert "money:revenue" in change.facets and "money:revenue" in level.facets
    assert "money:profit" in other.facets and "money:revenue" not in other.facets
    # (two figures of one type are two items, not a change and its level: nothing is carried over)
    [by, to] = analyze("Rent went up by 6 dollars to 82 dollars.", facets=True).facts
    assert by.facets == to.facets


def test_revenue_claimed_as_profit_is_not_supported() -> None:
    source = "Fenwick Tools said revenue rose 8 percent to $2.4 billion, while net income fell to $210 million."
    assert verdict(source, "Fenwick's revenue rose to $2.4 billion.", "$2.4 billion").verdict == "supported"
    assert verdict(source, "Fenwick's sales reached $2.4 billion.", "$2.4 billion").verdict == "supported"
    assert verdict(source, "Fenwick's profit rose to $2.4 billion.", "$2.4 billion").verdict != "supported"


# --- company results: "earned" is the profit line, "took" the takings --------------------------------------------


def test_earned_and_net_income_are_one_word_and_took_is_the_takings() -> None:
    assert terms("Net income rose") & terms("the company earned") == {"profit"}
    assert terms("the film took $19m") & terms("takings of $19m") == {"revenue"}
    # Profit and revenue stay two words; "income" alone (a household's) is not the profit line.
    assert not terms("earned") & terms("took")
    assert "profit" not in terms("household income rose")


RESULTS = (
    "Dunmore Foods said net income rose 12 percent to $318 million, or $1.84 a share, on revenue of $4.2 billion. "
    "Its dairy unit earned $97 million in operating profit, while the cereals unit lost $14 million."
)


def test_earned_restating_net_income_is_supported() -> None:
    assert verdict(RESULTS, "Dunmore earned $318 million.", "$318 million").verdict == "supported"
    assert verdict(RESULTS, "Dunmore earned $1.84 a share.", "$1.84").verdict == "supported"


def test_earned_does_not_join_revenue() -> None:
    assert verdict(RESULTS, "Dunmore earned $4.2 billion.", "$4.2 billion").verdict != "supported"
