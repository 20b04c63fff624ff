"""check, round 11 (precision): a subject the source writes only after the figure."""

from __future__ import annotations

from check_verdict import verdict

from factx.review.named_after import opening_nouns

MATCH = (
    "申花队主场2比0击败蓉城。申花前锋马文涛梅开二度，本赛季联赛进球数达到11个；卡洛斯贡献1球1次助攻。"
    "蓉城方面，门将扑出5次射门。\n"
)
FARM = (
    "县农业局统计，农产损失金额共2860万元，受损作物主要为晚稻，损失金额1340万元，其次为甜瓜、花生等。渔业损失另计。\n"
)


def test_a_player_named_only_after_the_figure_owns_none_of_it() -> None:
    v = verdict(MATCH, "卡洛斯本赛季联赛进球数达到11个。", "11个")
    # (卡洛斯's own 1球 is this match's, not the season's: too unlike to be the figure the claim misstates)
    assert v.verdict == "not_found"
    assert v.other is not None and v.other.text == "11个"


def test_the_player_named_before_the_figure_keeps_it() -> None:
    assert verdict(MATCH, "马文涛本赛季联赛进球数达到11个。", "11个").verdict == "supported"


def test_a_crop_listed_after_the_figure_owns_none_of_it() -> None:
    v = verdict(FARM, "甜瓜损失金额1340万元。", "1340万元")
    assert v.verdict == "not_found"
    assert "甜瓜" in v.reason


def test_the_crop_before_the_figure_keeps_it() -> None:
    assert verdict(FARM, "晚稻损失金额1340万元。", "1340万元").verdict == "supported"


def test_an_object_in_the_figures_own_clause_is_no_later_item() -> None:
    # 许宏明 stands after the 57% in its own clause: he is what the 57% trust, not another item.
    source = "调查也询问民众对议会的看法，高达57%受访者信任市议长许宏明，仅21%不信任。\n"
    assert verdict(source, "许宏明的信任度高达57%。", "57%").verdict == "supported"
    # (the noun a figure qualifies: 计划总投资40亿元的凤鸣铝业项目)
    source = "园区已有计划总投资40亿元的凤鸣铝业项目以及多个物流项目落地。\n"
    assert verdict(source, "凤鸣铝业项目计划总投资40亿元。", "40亿元").verdict == "supported"


def test_a_clause_that_only_reports_the_figure_is_no_later_item() -> None:
    source = "8月入境旅客共327.6万人次，按年上升10.4%，统计暨普查局昨日公布。\n"
    assert verdict(source, "统计暨普查局公布8月入境旅客327.6万人次。", "327.6万人次").verdict == "supported"


def test_opening_nouns_skip_time_words_and_stop_at_a_particle() -> None:
    from factx import analyze

    [c] = [f for f in analyze("8月國際旅客按年上升10.4%。\n", facets=True).facts if f.text == "10.4%"]
    assert "国际" in opening_nouns(c)
    [c] = [f for f in analyze("許宏明的信任度高達57%。\n", facets=True).facts if f.text == "57%"]
    assert "信任度" not in opening_nouns(c)


FUGITIVE = (
    "警方介绍，一名逃亡19年的命案逃犯周某日前落网。一个月前，已在该厂离职6年的员工周某突然造访厂长家中。"
    "周某此前在厂里工作了3年。\n"
)
CRASH = "The coach left the road at 2 a.m. Rescue crews worked for 11 hours to free the passengers.\n"


def test_a_duration_of_another_event_is_not_the_claims() -> None:
    # 6年 is how long he had been gone from the plant; he worked there 3 years.
    v = verdict(FUGITIVE, "周某曾在该厂工作了6年。", "6年")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "3年"
    assert v.other is not None and v.other.text == "6年"
    v = verdict(CRASH, "The driver had been at the wheel for 11 hours.", "11 hours")
    assert v.verdict == "not_found" and "rescue" in v.reason


def test_a_duration_of_the_same_event_still_supports() -> None:
    assert verdict(FUGITIVE, "周某在逃19年后落网。", "19年").verdict == "supported"
    assert verdict(FUGITIVE, "周某在该厂工作了3年。", "3年").verdict == "supported"
    # (a claim that names no event of the table is left alone)
    assert verdict(CRASH, "It took 11 hours to free the passengers.", "11 hours").verdict == "supported"


LIBRARIES = "The council shut two of its 14 libraries last spring to save money.\n"


def test_what_the_source_does_to_a_part_is_not_done_to_the_whole() -> None:
    v = verdict(LIBRARIES, "The council shut 14 libraries last spring.", "14 libraries")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "two"


def test_the_whole_itself_still_supports() -> None:
    # (what the whole is or has is not what is done to the part)
    assert verdict(LIBRARIES, "The council runs 14 libraries.", "14 libraries").verdict == "supported"
    assert verdict(LIBRARIES, "The council shut two of its 14 libraries.", "14 libraries").verdict == "supported"


def test_a_titled_person_in_a_later_sentence_part_owns_none_of_the_figure() -> None:
    # 曾文杰 is cut into single characters by the dictionary; the title 中场 names him.
    source = "东方前锋艾伦梅开二度，本季联赛入球达到13个；中场曾文杰贡献一球一助攻。\n"
    assert verdict(source, "曾文杰本季联赛入球达到13个。", "13个").verdict == "not_found"
    assert verdict(source, "艾伦本季联赛入球达到13个。", "13个").verdict == "supported"


def test_a_part_in_bare_digits_stands_for_the_headlines_figure() -> None:
    source = (
        "Council to cut 85 jobs\n\n"
        "The council voted on Tuesday to cut 85 of the library system's 410 jobs to close a budget gap.\n"
    )
    v = verdict(source, "The council voted to cut 410 jobs.", "410 jobs")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "85 jobs"
    assert verdict(source, "The library system has 410 jobs.", "410 jobs").verdict == "supported"
