"""Round 13, second precision half: data-style cases for the rules of `review/` that take back a "supported"."""

from __future__ import annotations

from check_verdict import verdict

# --- polarity.denied_predicate: the source denies what the claim states of the same figure

POLL_ZH = (
    "【本报讯】青禾城市研究所昨日发布调查结果，五成八受访市民不支持地铁票价上调方案，三成一受访市民表示支持。\n"
    "调查还显示，有47%的受访者没有使用过夜间公交线路。\n"
)
POLL_EN = (
    "Fifty-four percent of tenants said they were not satisfied with the rent plan, while 29 percent said they were "
    "satisfied.\nOf those polled, 61 percent had not received a written notice.\n"
)


def test_a_figure_the_source_denies_is_a_mismatch_against_the_figure_it_affirms() -> None:
    v = verdict(POLL_ZH, "58%的受访市民支持地铁票价上调。", "58%")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "三成一"
    v = verdict(POLL_EN, "Fifty-four percent of tenants were satisfied with the plan.", "Fifty-four percent")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "29 percent"


def test_a_claim_that_denies_what_the_source_affirms_is_a_mismatch() -> None:
    v = verdict(POLL_ZH, "三成一受访市民不支持票价上调。", "三成一")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "五成八"


def test_a_denied_figure_with_no_affirmed_one_is_not_found() -> None:
    assert verdict(POLL_ZH, "有47%的受访者使用过夜间公交线路。", "47%").verdict == "not_found"
    assert verdict(POLL_EN, "61 percent had received a written notice.", "61 percent").verdict == "not_found"


def test_the_same_polarity_is_supported() -> None:
    assert verdict(POLL_ZH, "五成八受访市民不支持票价上调。", "五成八").verdict == "supported"
    assert verdict(POLL_ZH, "三成一受访市民支持上调方案。", "三成一").verdict == "supported"
    assert verdict(POLL_ZH, "47%的受访者没有使用过夜间公交线路。", "47%").verdict == "supported"
    assert verdict(POLL_EN, "61 percent had not received a written notice.", "61 percent").verdict == "supported"
    v = verdict(POLL_EN, "Fifty-four percent were not satisfied with the plan.", "Fifty-four percent")
    assert v.verdict == "supported"


def test_words_that_open_with_a_negator_but_deny_nothing_are_left_alone() -> None:
    # (不幸 "unfortunately", 不断 "continually"; "not only" adds rather than denies)
    source = "事故造成5人不幸遇难，另有12人受伤。\n当地游客人数不断增长，全年达到38万人次。\n"
    assert verdict(source, "事故造成5人遇难。", "5人").verdict == "supported"
    assert verdict(source, "全年游客增长到38万人次。", "38万人次").verdict == "supported"
    source = "Sales rose 12 percent, not only in Asia but also in Europe.\n"
    assert verdict(source, "Sales rose 12 percent in Asia.", "12 percent").verdict == "supported"


def test_a_claim_that_shares_the_denied_word_only_as_one_character_is_left_alone() -> None:
    # (不在 denies 在; the claim's 在 of 在医院 is no word of its own)
    source = "另有3人不在现场，事后接受调查。\n"
    assert verdict(source, "3人在医院接受调查。", "3人").verdict == "supported"


# --- opposite_actions.opposite_action: the equal figure is of the action the claim reverses

BAKERY = (
    "The chain opened 17 shops in railway stations during the year and closed 31 high-street branches. "
    "It hired 240 bakers for a new kitchen, while 95 jobs were cut at its head office.\n"
    "The company had bought two smaller rivals for a combined £8.2 million and sold its frozen-goods arm for "
    "£5.6 million.\n"
)


def test_a_figure_of_the_opposite_action_is_a_mismatch_against_the_claims_action() -> None:
    v = verdict(BAKERY, "The chain closed 17 shops.", "17 shops")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "31 high-street branches"
    v = verdict(BAKERY, "The company sold two smaller rivals for £8.2 million.", "£8.2 million")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "£5.6 million"


def test_a_figure_of_the_opposite_action_with_none_of_the_claims_is_not_found() -> None:
    source = "The grocer opened 23 convenience stores during the year and now runs 1,148 shops.\n"
    assert verdict(source, "The grocer closed 23 stores during the year.", "23 stores").verdict == "not_found"


def test_a_figure_of_the_claims_own_action_is_supported() -> None:
    assert verdict(BAKERY, "The chain opened 17 shops in stations.", "17 shops").verdict == "supported"
    assert verdict(BAKERY, "It closed 31 high-street branches.", "31 high-street branches").verdict == "supported"
    assert verdict(BAKERY, "The company bought two rivals for £8.2 million.", "£8.2 million").verdict == "supported"


def test_a_figure_whose_words_name_both_actions_is_left_alone() -> None:
    # (the source's 12 games are the won and the lost together: no side of the pair to reverse)
    source = "The champions won or lost 12 games by a single goal.\n"
    assert verdict(source, "The champions won or lost 12 games by one goal.", "12 games").verdict == "supported"
    source = "Traders bought and sold 40 tonnes of copper on Monday.\n"
    assert verdict(source, "Traders sold 40 tonnes of copper on Monday.", "40 tonnes").verdict == "supported"


# --- list_totals.list_total: a total over a list of holders claimed for one of them

CLEANUP = (
    "参与行动的区依次为：青溪区、白塘区、柳湾区，三区共计打捞漂浮垃圾1126吨。其中，青溪区打捞漂浮垃圾512吨。\n"
    "蓝海环保协会和绿舟志愿队一共派出志愿者430人。\n"
)


def test_a_total_over_a_list_claimed_for_one_item_is_not_found_or_a_mismatch() -> None:
    assert verdict(CLEANUP, "白塘区打捞漂浮垃圾1126吨。", "1126吨").verdict == "not_found"
    assert verdict(CLEANUP, "绿舟志愿队派出志愿者430人。", "430人").verdict == "not_found"
    v = verdict(CLEANUP, "青溪区打捞漂浮垃圾1126吨。", "1126吨")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "512吨"


def test_a_total_claimed_as_a_total_or_an_items_own_figure_is_supported() -> None:
    assert verdict(CLEANUP, "三个区共打捞漂浮垃圾1126吨。", "1126吨").verdict == "supported"
    assert verdict(CLEANUP, "蓝海环保协会和绿舟志愿队共派出430名志愿者。", "430名").verdict == "supported"
    assert verdict(CLEANUP, "青溪区打捞漂浮垃圾512吨。", "512吨").verdict == "supported"


def test_a_count_that_is_not_the_lists_length_or_a_long_stretch_is_no_list() -> None:
    # (两区 does not stand for a list of three; 同样 is no separator of items)
    source = "参与行动的区依次为：青溪区、白塘区、柳湾区，两区共计打捞漂浮垃圾900吨。\n"
    assert verdict(source, "白塘区打捞漂浮垃圾900吨。", "900吨").verdict == "supported"
    source = "两人还窜至河南省洛阳市，以同样的手法实施诈骗得赃款共计2.3万余元。\n"
    assert verdict(source, "两人还在洛阳诈骗得赃款2.3万余元。", "2.3万余元").verdict == "supported"


# --- later_parts.part_after_whole: a whole's figure claimed for a part listed after 其中

PORT = (
    "上半年港口貨櫃吞吐量共412.5萬標準箱，按年增長8.6%。其中外貿貨櫃318.7萬標準箱，按年增長11.3%；"
    "內貿貨櫃93.8萬標準箱。\n"
)


def test_a_wholes_figure_claimed_for_a_part_is_not_found_or_a_mismatch() -> None:
    assert verdict(PORT, "上半年內貿貨櫃按年增長8.6%。", "8.6%").verdict == "not_found"
    v = verdict(PORT, "外貿貨櫃上半年按年增長8.6%。", "8.6%")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "11.3%"


def test_the_wholes_figure_for_the_whole_is_supported() -> None:
    assert verdict(PORT, "上半年貨櫃吞吐量按年增長8.6%。", "8.6%").verdict == "supported"
    assert verdict(PORT, "上半年貨櫃吞吐量按年增長8.6%，外貿貨櫃佔大半。", "8.6%").verdict == "supported"


def test_an_item_that_ends_in_no_noun_is_no_part() -> None:
    # (按年下跌 opens the item 按年下跌3.5%: a change, not a part; the claim names it and keeps its support)
    source = "入境旅客共327.6萬人次，按年下跌3.5%。其中，按年下跌較多的是週末，平均每日減少2萬人次。\n"
    assert verdict(source, "入境旅客按年下跌3.5%。", "3.5%").verdict == "supported"
