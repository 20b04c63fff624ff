"""check, round 13 (recall): the end of a source's range a claim names (up to 15 mph for 5 to 15 mph, 最低为5000元
for 5000元至30000元)."""

from __future__ import annotations

from check_verdict import verdict

# --- the top or the bottom of a range, named as such -----------------------------------------------------------------


def test_a_bound_restates_the_end_of_a_range_it_names() -> None:
    source = "Forecasters said winds from 5 to 15 mph would blow across Dunmore County on Tuesday."
    v = verdict(source, "Winds of up to 15 mph are expected in Dunmore County on Tuesday.", "up to 15 mph")
    assert v.verdict == "supported" and "top" in v.reason
    # (a ceiling below the top is not what the source says; nor is the bottom given as a ceiling)
    assert verdict(source, "Winds of up to 10 mph are expected in Dunmore County.", "up to 10 mph").verdict != (
        "supported"
    )
    assert verdict(source, "Winds of up to 5 mph are expected in Dunmore County.", "up to 5 mph").verdict != (
        "supported"
    )


def test_words_naming_the_bottom_or_the_top_restate_that_end() -> None:
    source = "根据新规，对非法营运的车主将处5000元至30000元罚款，情节严重的吊销证件。"
    assert verdict(source, "对非法营运车主的罚款最低为5000元。", "5000元").verdict == "supported"
    assert verdict(source, "对非法营运车主的罚款最高为30000元。", "30000元").verdict == "supported"
    # (the word may stand a few characters before the amount, in its own phrase)
    assert verdict(source, "非法营运车主最多将被罚款30000元。", "30000元").verdict == "supported"
    # (each end named as the other end, or an end given bare, is not the source's range)
    assert verdict(source, "对非法营运车主的罚款最低为30000元。", "30000元").verdict != "supported"
    assert verdict(source, "对非法营运车主的罚款最高为5000元。", "5000元").verdict != "supported"
    assert verdict(source, "对非法营运车主将处30000元罚款。", "30000元").verdict != "supported"


def test_the_oldest_of_an_age_range_in_traditional() -> None:
    source = "衛生署公布新增12名確診患者，年齡介乎31至88歲，其中5人需要留院治療。"
    assert verdict(source, "新增患者中年紀最大的88歲。", "88歲").verdict == "supported"
    assert verdict(source, "新增患者中年紀最小的31歲。", "31歲").verdict == "supported"
    assert verdict(source, "新增患者中年紀最小的88歲。", "88歲").verdict != "supported"


# --- words of other styles for who answered a poll, and for the halves of a game -------------------------------------


def test_poll_respondents_by_either_name() -> None:
    source = "民調機構昨日公布調查結果，六成七被訪者不滿意本港經濟現況，兩成被訪者表示滿意。"
    assert verdict(source, "仍有67%的受訪者不滿意本港的經濟現況。", "67%").verdict == "supported"
    # (the other share is still the other answer's)
    assert verdict(source, "有67%的受訪者表示滿意。", "67%").verdict != "supported"


def test_the_first_half_by_either_name() -> None:
    source = "东江队主场以96比88战胜北岭队，林浩宇全场得到31分。上半时，林浩宇得到17分。"
    assert verdict(source, "林浩宇上半场得到17分。", "17分").verdict == "supported"
    # (the other half is another figure: read as one half's word, 下半场 is no longer a word the source lacks)
    assert verdict(source, "林浩宇下半场得到17分。", "17分").verdict != "supported"


# --- a minute of a match with or without 第 -------------------------------------------------------------------------


def test_a_minute_of_a_match_with_or_without_di() -> None:
    source = "北岭队前锋赵启明75分钟被直接红牌罚下，少一人的北岭队仍在87分钟由孙亦凡点球破门。"
    v = verdict(source, "赵启明在第75分钟被红牌罚下。", "第75分钟")
    assert v.verdict == "supported" and v.evidence is not None and v.evidence.text == "75分钟"
    # (the other minute is another event's: the sending-off was not in the 87th minute)
    v = verdict(source, "赵启明在第87分钟被红牌罚下。", "第87分钟")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "75分钟"
    # (a minute the source does not give is a changed minute, not a figure it never states)
    v = verdict(source, "孙亦凡在第86分钟点球破门。", "第86分钟")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "87分钟"
    # (and the other way round: the source's 第N分钟, the draft's N分钟)
    source = "北岭队前锋赵启明第75分钟被直接红牌罚下，北岭队仍在第87分钟由孙亦凡点球破门。"
    assert verdict(source, "赵启明75分钟被红牌罚下。", "75分钟").verdict == "supported"


def test_a_day_of_a_period_is_no_length_of_time() -> None:
    # (第3天 is the third day; 3天 three days: only minutes of a game are one moment either way)
    source = "救援工作持续了3天，搜救队在第2天找到了被困的矿工。"
    assert verdict(source, "搜救队在第3天找到了被困的矿工。", "第3天").verdict != "supported"


# --- one count, the noun right before it worded differently on each side --------------------------------------------


def test_each_side_names_the_others_word_in_its_stretch() -> None:
    source = "今年以来，全市检察机关严厉打击电信诈骗、网络赌博等犯罪，起诉1836人，同比上升12%。"
    assert verdict(source, "全市检察机关起诉电信诈骗、网络赌博等犯罪1836人。", "1836人").verdict == "supported"
    source = "區長林文彬昨日在議會提出4項延期理由，並承諾年底前完工。"
    assert verdict(source, "林文彬提出4項理由說明為何延期。", "4項").verdict == "supported"


def test_a_noun_of_another_figures_stretch_is_that_figures() -> None:
    source = "火灾发生后，消防部门出动消防车12辆、救护车5辆，另有消防员86名赶赴现场。"
    # (救护车 stands in the 5辆's stretch, not the 12辆's: the draft counts another thing)
    assert verdict(source, "消防部门出动消防车和救护车，其中救护车12辆。", "12辆").verdict != "supported"
    # (the claim's noun is nowhere in the figure's own words: 警车 is not what the source counts)
    assert verdict(source, "消防部门出动警车12辆赶赴现场。", "12辆").verdict != "supported"


# --- a figure measured against a forecast is what happened -----------------------------------------------------------


def test_a_figure_beside_a_comparison_with_expectations_happened() -> None:
    source = (
        "Tallis Motors posted results in line with Wall Street expectations and its shares rose by about 2% in "
        "early trade. Analysts expect sales of 410,000 cars next year."
    )
    assert verdict(source, "Tallis shares gained roughly 2% in early trading.", "roughly 2%").verdict == "supported"
    # (a forecast is still a forecast)
    assert verdict(source, "Tallis sold 410,000 cars.", "410,000 cars").verdict != "supported"


def test_a_rate_that_edged_up_to_a_figure_is_no_ceiling() -> None:
    source = (
        "Employers in Norland added 61,000 jobs in May, fewer than economists had expected, and the jobless rate "
        "edged up to 5.2 percent, the statistics office said. Fines for late filing can reach up to 4 percent."
    )
    assert verdict(source, "Norland's jobless rate rose to 5.2% in May.", "5.2%").verdict == "supported"
    assert verdict(source, "Late filers were fined 4 percent.", "4 percent").verdict != "supported"


def test_chinese_better_than_expected_is_no_forecast() -> None:
    source = "受益于出口回暖，宏晟科技三季度业绩好于预期，营收同比增长18%；公司预计全年营收增长12%。"
    assert verdict(source, "宏晟科技三季度营收增长18%。", "18%").verdict == "supported"
    assert verdict(source, "宏晟科技全年营收增长12%。", "12%").verdict != "supported"


# --- the words of a paraphrase, where its characters differ ----------------------------------------------------------

_CLERK = (
    "Former Dorrington clerk gets five years for theft\n\nDORRINGTON, Ohio, June 3, 2025 — A former Dorrington city "
    "clerk was sentenced on Friday to five years in prison for stealing $1.7 million from the city over six years, "
    "prosecutors said.\n\nHelen Varga, 58, pleaded guilty in March. The judge also ordered her to repay $1.2 million "
    "and to serve two years of probation. The city has recovered about $300,000 from the sale of her boat."
)


def test_an_altered_figure_of_a_paraphrase_meets_its_source_figure() -> None:
    # ("stole" for "stealing": few characters alike, the same words once folded)
    v = verdict(_CLERK, "Varga stole $7.1 million.", "$7.1 million")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "$1.7 million"
    assert verdict(_CLERK, "Varga stole $1.7 million.", "$1.7 million").verdict == "supported"


def test_words_the_source_never_says_find_nothing() -> None:
    assert verdict(_CLERK, "Varga bought 40 horses.", "40 horses").verdict == "not_found"


# --- a dateline whose report says its event happened that day --------------------------------------------------------


def test_that_day_after_a_dateline_dates_the_event() -> None:
    source = (
        "全省职业教育工作座谈会召开\n\n新华社南宁5月23日电 全省职业教育工作座谈会当日在南宁召开。"
        "会议指出，2017年全省共有中等职业学校312所，在校生86万人。"
    )
    v = verdict(source, "全省职业教育工作座谈会于5月23日召开。", "5月23日")
    assert v.verdict == "supported"
    assert verdict(source, "全省职业教育工作座谈会于5月24日召开。", "5月24日").verdict == "mismatch"


def test_a_dateline_alone_dates_no_event() -> None:
    # (日前 is "a few days ago": the report's date is not the meeting's)
    source = (
        "全省职业教育工作座谈会召开\n\n新华社南宁5月23日电 全省职业教育工作座谈会日前在南宁召开。"
        "会议指出，2017年全省共有中等职业学校312所，在校生86万人。"
    )
    assert verdict(source, "全省职业教育工作座谈会于5月23日召开。", "5月23日").verdict != "supported"


# --- "gets" names no budget line -------------------------------------------------------------------------------------

_BUDGET = (
    "The largest line item remains public safety, at $412 million, up from $398 million this year. The road program "
    "gets $88 million, nearly double the $46 million it received this year, and parks are allotted $31 million."
)


def test_a_line_that_gets_its_sum_is_named_by_its_item() -> None:
    assert verdict(_BUDGET, "Public safety will get $412 million, the biggest share.", "$412 million").verdict == (
        "supported"
    )
    # (the item still tells the lines apart)
    assert verdict(_BUDGET, "Public safety will get $88 million.", "$88 million").verdict == "mismatch"


# --- a source count with only its classifier -------------------------------------------------------------------------


def test_a_claim_names_the_noun_a_source_count_leaves_out() -> None:
    source = "据介绍，该院引进的手术机器人去年共完成手术612台，平均每天1.7台，另有CT机4台投入使用。"
    assert verdict(source, "该院手术机器人平均每天完成1.7台手术。", "1.7台").verdict == "supported"
    # (a count whose own noun is another thing stays another thing)
    assert verdict(source, "该院手术机器人去年共完成4台手术。", "4台").verdict != "supported"
    # (a noun the figure's sentence never names: the engine left CT机 out of 4台, the draft's robots are not it)
    source = "该院去年共完成手术612台。医院今年还将新购置CT机4台。"
    assert verdict(source, "该院今年将新购置手术机器人4台。", "4台").verdict != "supported"


# --- a month as 30 days ----------------------------------------------------------------------------------------------


def test_whole_months_in_days() -> None:
    source = (
        "Dunmore Foods agreed to sell its Keller plant for $84 million. The sale is expected to close within three "
        "months."
    )
    v = verdict(source, "The sale should close within 90 days.", "90 days")
    assert v.verdict == "supported" and "days and in months" in v.reason
    # (another number of days is another length)
    assert verdict(source, "The sale should close within 100 days.", "100 days").verdict != "supported"
