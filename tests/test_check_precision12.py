"""check, round 12 (precision): the group a share is of, the subject of each clause, an owner named in apposition."""

from __future__ import annotations

from check_verdict import verdict

POLL_ZH = (
    "民调显示，在政党支持者中，有81%的蓝鹰党支持者和17%的绿河党支持者表态支持郑文山；"
    "周雅琴则获得76%的绿河党支持者支持。\n"
)
POLL_EN = (
    "The survey of 800 residents found that 62% of homeowners and 39% of renters backed the new levy. "
    "The council will vote on it in June.\n"
)
PAY = (
    "Under the agreement, nurses will get a raise of 7 percent and porters 5 percent, while the 140 agency cleaners "
    "received a one-off bonus of $900 each.\n"
)
RIVALS = (
    "Norland Ferries said it carried 2.4 million passengers last year. Its smaller rival, Kestrel Lines, carried "
    "800,000. It plans to buy two new vessels for $75 million.\n"
)


# --- share_groups: the group written right after a share


def test_a_share_moved_to_another_group_of_a_chinese_list_is_a_mismatch() -> None:
    v = verdict(POLL_ZH, "有17%的蓝鹰党支持者表态支持郑文山。", "17%")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "81%"
    assert v.other is not None and v.other.text == "17%"


def test_the_share_of_its_own_group_is_supported() -> None:
    assert verdict(POLL_ZH, "有81%的蓝鹰党支持者表态支持郑文山。", "81%").verdict == "supported"
    assert verdict(POLL_ZH, "有17%的绿河党支持者表态支持郑文山。", "17%").verdict == "supported"


def test_a_share_moved_to_another_group_of_an_english_list_is_a_mismatch() -> None:
    v = verdict(POLL_EN, "39% of homeowners backed the new levy.", "39%")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "62%"


def test_an_english_share_of_its_own_group_is_supported_whatever_follows_the_list() -> None:
    # ("backed the new levy" stands after the 39%, yet the 62% is the homeowners')
    assert verdict(POLL_EN, "62% of homeowners backed the new levy.", "62%").verdict == "supported"
    assert verdict(POLL_EN, "39% of renters backed the levy.", "39%").verdict == "supported"


def test_a_group_of_no_shared_kind_is_left_alone() -> None:
    # "of residents" names no kind the source's "of renters" is another of, and no share of residents is given
    # beside a figure: nothing here says the draft moved the share (it may be a loose paraphrase).
    from factx import analyze
    from factx.review.share_groups import group

    [f] = [f for f in analyze("The poll found 39% of residents backed it.\n").facts if f.text == "39%"]
    assert group(f) == ("residents",)
    [f] = [f for f in analyze("增速为12%，高于全省平均水平。\n").facts if f.text == "12%"]
    assert group(f) == ()


# --- clause_subjects: the subject of each clause of an English sentence


def test_a_raise_moved_to_the_other_clause_of_a_gapped_list_is_a_mismatch() -> None:
    v = verdict(PAY, "Porters will get a raise of 7 percent.", "7 percent")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "5 percent"
    v = verdict(PAY, "Nurses will get a 5 percent raise.", "5 percent")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "7 percent"


def test_each_clause_keeps_its_own_figure() -> None:
    assert verdict(PAY, "Nurses will get a raise of 7 percent.", "7 percent").verdict == "supported"
    assert verdict(PAY, "Porters will get a 5 percent raise.", "5 percent").verdict == "supported"
    assert verdict(PAY, "The agency cleaners received a one-off bonus of $900 each.", "$900").verdict == "supported"


def test_a_subject_the_sentence_does_not_name_is_left_alone() -> None:
    # "Cleaners" is a word of the $900's own subject; "The workers" names no holder of the sentence.
    assert verdict(PAY, "Cleaners got a bonus of $900 each.", "$900").verdict == "supported"
    assert verdict(PAY, "The workers received a one-off bonus of $900 each.", "$900").verdict == "supported"


# --- owners._owner: "It" after a sentence that names its subject in apposition


def test_it_refers_to_the_name_given_in_apposition() -> None:
    v = verdict(RIVALS, "Norland Ferries plans to buy two new vessels for $75 million.", "$75 million")
    assert v.verdict == "not_found"
    assert "Kestrel" in v.reason
    assert verdict(RIVALS, "Kestrel Lines will spend $75 million on two vessels.", "$75 million").verdict == "supported"


# --- holders: a pronoun opening the equal figure's stretch is someone other than a person named beside another figure

LEAD = "民调显示，候选人郑文山支持度为44%。他在年轻选民中的支持度为35%，领先周雅琴的22%。\n"


def test_a_share_of_he_claimed_for_the_rival_named_in_the_sentence_is_a_mismatch() -> None:
    v = verdict(LEAD, "周雅琴在年轻选民中的支持度为35%。", "35%")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "22%"


def test_a_share_of_he_claimed_for_someone_the_sentence_does_not_name_is_left_alone() -> None:
    # (他 is 郑文山, named in the sentence before: nothing in the figure's sentence says otherwise)
    assert verdict(LEAD, "郑文山在年轻选民中的支持度为35%。", "35%").verdict == "supported"
    assert verdict(LEAD, "周雅琴在年轻选民中的支持度为22%。", "22%").verdict == "supported"


# --- holders: the claim's holder's figure with the other sign is what the claim misstates

COAL = "阳高县今年关闭煤矿4处。临汾市去年原煤产量9800万吨，同比增长3.7%；其中阳高县产量1450万吨，同比下降1.6%。\n"


def test_the_holders_figure_with_the_other_direction_is_the_mismatch() -> None:
    v = verdict(COAL, "阳高县去年原煤产量同比增长3.7%。", "3.7%")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "1.6%"


def test_each_holder_keeps_its_own_figure() -> None:
    assert verdict(COAL, "阳高县原煤产量同比下降1.6%。", "1.6%").verdict == "supported"
    assert verdict(COAL, "临汾市去年原煤产量同比增长3.7%。", "3.7%").verdict == "supported"


# --- headline_story: the story says what a headline number counts

FLOOD = (
    "山洪冲毁民房致6人遇难 2人被问责\n"
    "本报讯 记者从县应急管理局获悉，7月9日凌晨，该县一山村突发山洪，当时在家村民共41人，其中35人安全转移，6人遇难。\n"
    "经调查，当地对镇长、副镇长等2人给予党纪处分，另有2人被免职。\n"
)


def test_a_headline_number_read_with_another_items_words_gives_way_to_the_story() -> None:
    v = verdict(FLOOD, "山洪造成2人死亡。", "2人")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "6人"


def test_the_headline_and_the_story_agreeing_stay_supported() -> None:
    assert verdict(FLOOD, "山洪造成6人死亡。", "6人").verdict == "supported"
    assert verdict(FLOOD, "另有2人被免职。", "2人").verdict == "supported"


def test_a_story_stating_the_value_with_the_claims_words_keeps_it() -> None:
    # (the story's own 2人 beside 受伤 says the headline's reading of it is right)
    source = "车祸致3人死亡 2人受伤\n本报讯 昨晚一辆轿车撞上护栏，造成3人死亡、2人受伤。\n"
    assert verdict(source, "车祸造成2人受伤。", "2人").verdict == "supported"
