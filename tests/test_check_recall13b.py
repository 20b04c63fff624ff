"""check, round 13 second half (recall): words that say nothing of what a figure is about (must, the company), and
two subjects read from one pair of words written in the other order (烧毁车辆14辆 / 车辆烧毁27辆)."""

from __future__ import annotations

from check_verdict import verdict

# --- modal verbs and the article's company -------------------------------------------------------------------------

_MILL = (
    "Cedar Ridge Mills said on Tuesday that revenue rose 7.5 percent to $2.4 billion in 2025. "
    "Separately, its former finance chief, Dana Whitcombe, was ordered to pay $1.6 million in restitution. "
    "The company also set aside $35 million for the closure of a plant. "
    "Under a settlement with state regulators, Cedar Ridge must pay $250,000 in penalties by June."
)


def test_must_is_no_word_of_what_a_sum_is_about() -> None:
    assert verdict(_MILL, "Whitcombe must pay back $1.6 million.", "$1.6 million").verdict == "supported"
    assert verdict(_MILL, "Whitcombe must repay $1.9 million.", "$1.9 million").verdict == "mismatch"
    assert verdict(_MILL, "Cedar Ridge must pay $250,000 in penalties.", "$250,000").verdict == "supported"
    # (the penalty is still not the restitution)
    assert verdict(_MILL, "Cedar Ridge must pay $1.6 million in penalties.", "$1.6 million").verdict != "supported"


def test_must_no_longer_hides_whose_sum_it_is() -> None:
    source = (
        "Its former finance chief, Dana Whitcombe, was ordered to pay $1.6 million in restitution. "
        "Her assistant must pay $40,000."
    )
    # (the assistant's sum shared "must" with the claim; the name now decides: a false supported before)
    assert verdict(source, "Whitcombe must pay $40,000.", "$40,000").verdict == "mismatch"
    assert verdict(source, "The assistant must pay $1.6 million.", "$1.6 million").verdict == "mismatch"


def test_the_company_names_the_article_firm_whichever_figure_it_is() -> None:
    assert verdict(_MILL, "The company's sales of $2.4bn were up 7.5%.", "$2.4bn").verdict == "supported"
    assert verdict(_MILL, "The company's sales rose 7.5% to $2.9bn.", "$2.9bn").verdict == "mismatch"
    # (a name still tells another company's figure)
    v = verdict(_MILL, "Harbor Paper's revenue rose 7.5 percent to $2.4 billion.", "$2.4 billion")
    assert v.verdict != "supported"


# --- two words in the other order ----------------------------------------------------------------------------------

_FIRE = (
    "6月2日晚该县城郊一处废弃厂房发生火灾，过火面积约1200平方米，烧毁车辆14辆，紧急疏散周边居民380人。"
    "截至3日上午，共有消防员96人参与扑救，受损商铺23家，损毁仓库5座。"
)


def test_a_count_with_its_noun_and_verb_swapped_is_the_same_count() -> None:
    assert verdict(_FIRE, "火灾中车辆烧毁27辆。", "27辆").verdict == "mismatch"
    assert verdict(_FIRE, "周边商铺受损31家。", "31家").verdict == "mismatch"
    assert verdict(_FIRE, "火灾中车辆烧毁14辆。", "14辆").verdict == "supported"
    assert verdict(_FIRE, "周边商铺受损23家。", "23家").verdict == "supported"


def test_swapped_words_do_not_reach_another_count() -> None:
    # (the same number as another thing's count is no support: the swapped words find the claim's own count)
    v = verdict(_FIRE, "火灾中车辆烧毁23辆。", "23辆")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "14辆"
    v = verdict(_FIRE, "周边商铺受损96家。", "96家")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "23家"
    # (a count of nothing the source counts stays not found)
    assert verdict(_FIRE, "火灾中医院收治伤员7人。", "7人").verdict == "not_found"


# --- the head of the source's counted noun, its modifier left out --------------------------------------------------


def test_the_head_of_the_source_noun_counts_what_the_source_counts() -> None:
    # (the engine reads 疏散 as the claim's noun; the claim writes 居民, the head of the source's 周边居民)
    assert verdict(_FIRE, "火灾中居民疏散380人。", "380人").verdict == "supported"
    assert verdict(_FIRE, "火灾中居民疏散830人。", "830人").verdict == "mismatch"


def test_a_head_with_a_modifier_of_its_own_is_another_group() -> None:
    assert verdict(_FIRE, "火灾中外地居民疏散380人。", "380人").verdict != "supported"
    assert verdict(_FIRE, "火灾中本地居民疏散380人。", "380人").verdict != "supported"


# --- an end of a period named as such, differing as a slip does ------------------------------------------------------

_FRAUD = (
    "犯罪嫌疑人郑某与何某于2018年3月至2021年11月期间，以投资养老项目为名，先后骗取40余名老人钱款共计620万元。"
    "为整治养老诈骗，江川市决定于9月1日至10月31日开展为期两个月的专项行动。"
)


def test_a_named_start_with_another_year_is_a_mismatch_against_the_period() -> None:
    v = verdict(_FRAUD, "郑某与何某的诈骗始于2017年3月。", "2017年3月")
    assert v.verdict == "mismatch" and v.difference == "year"
    assert verdict(_FRAUD, "郑某与何某的诈骗活动从2017年3月开始。", "2017年3月").verdict == "mismatch"
    assert verdict(_FRAUD, "郑某与何某的诈骗始于2018年3月。", "2018年3月").verdict == "supported"


def test_a_named_end_with_swapped_digits_is_that_slip() -> None:
    v = verdict(_FRAUD, "专项行动将于10月13日结束。", "10月13日")
    assert v.verdict == "mismatch" and v.difference == "transposition"
    assert verdict(_FRAUD, "专项行动将于10月31日结束。", "10月31日").verdict == "supported"


def test_a_bare_date_or_a_date_without_its_year_is_no_slip_of_an_end() -> None:
    from factx import analyze
    from factx.review.classify import classify

    [source] = [f for f in analyze(_FRAUD, facets=True).facts if f.text == "2018年3月至2021年11月"]
    # (no word naming an end: the old reading, a more precise date within the period)
    [bare] = analyze("郑某于2019年3月被抓获。", facets=True).facts
    assert classify(bare, source)[0] == "precision"
    # (an end named without a year is no year slip)
    [no_year] = [f for f in analyze("郑某与何某的诈骗始于3月。", facets=True).facts if f.type == "date"]
    assert classify(no_year, source)[0] != "year"
