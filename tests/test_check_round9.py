"""check, round 9: a reversed direction, negated Chinese words and the clauses of a spaced Chinese headline."""

from __future__ import annotations

from check_verdict import verdict

from factx import analyze
from factx.review.owners import _absent, _present
from factx.review.similarity import terms

SHARES = "Northgate Foods said profit rose sharply. Shares rose 3.4 percent to $52.10 in New York trading."


def test_a_fall_claimed_for_a_rise_is_a_mismatch_against_it() -> None:
    # No other share move is given: the source quantifies the same thing with the other sign.
    v = verdict(SHARES, "Northgate shares fell 3.4 percent.", "3.4 percent")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "3.4 percent"
    assert "direction" in v.reason


def test_the_same_direction_stays_supported() -> None:
    assert verdict(SHARES, "Northgate shares rose 3.4 percent.", "3.4 percent").verdict == "supported"


def test_a_fall_with_another_thing_counted_is_not_made_a_direction_slip() -> None:
    # 12 trucks sold more is no fall of 12 cars: the count's noun tells them apart, not only the direction.
    source = "经销商本月多卖出12辆货车。"
    assert verdict(source, "经销商本月少卖出12名员工。", "12名").verdict != "supported"


def test_a_negation_stays_with_the_word_it_negates() -> None:
    assert "不满意度" in terms("侯先生的不滿意度只有7%")
    assert "满意度" not in terms("不满意度只有7%")
    # 满意度 is not found in 不满意度, nor the other way round; an ordinary longer word still holds a shorter one.
    assert _present(frozenset({"满意度"}), frozenset({"不满意度"})) == frozenset()
    assert _absent(frozenset({"不满意度"}), frozenset({"满意度"})) == frozenset({"不满意度"})
    assert _present(frozenset({"成长率"}), frozenset({"经济成长率"})) == frozenset({"成长率"})


POLL = (
    "民調：王建華滿意度58%居首 林美玲不滿意度升至41%\n\n"
    "基金會昨日公布調查，王建華以58%的滿意度居冠；不滿意度為24%。"
    "林美玲的滿意度為39%，不滿意度則升至41%。"
    "另一份調查顯示，高達66%民眾信任王建華。"
    "本次調查於2月10日至14日以電話訪問進行，共完成有效樣本1,072份。"
)


def test_the_dissatisfied_share_is_not_the_satisfied_one() -> None:
    v = verdict(POLL, "林美玲的滿意度為41%。", "41%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "39%"
    assert verdict(POLL, "林美玲的不滿意度為41%。", "41%").verdict == "supported"


def test_a_part_after_a_semicolon_keeps_the_negated_word() -> None:
    # 不滿意度為24% follows 王建華's 58% after a semicolon: the name is only beside the 58%, but 不滿意度 is the 24%'s.
    assert verdict(POLL, "王建華的不滿意度為24%。", "24%").verdict == "supported"
    assert verdict(POLL, "王建華的滿意度為58%。", "58%").verdict == "supported"


def test_a_space_between_chinese_characters_parts_a_headline() -> None:
    from factx.review.similarity import contexts

    facts = analyze("民調：王建華滿意度58%居首 林美玲不滿意度升至41%\n", facets=True).facts
    by_text = dict(zip((f.text for f in facts), contexts(facts), strict=True))
    assert "满意度" not in by_text["41%"].part and "林美玲" not in by_text["58%"].clause
    # (a space beside a Latin word or a figure is no break: "TVBS 調查" stays one clause)
    facts = analyze("TVBS 調查顯示滿意度58%\n", facets=True).facts
    assert {"tvb", "调查"} <= contexts(facts)[0].clause  # (TVBS, stemmed)


DIVIDEND = (
    "Harwick Mills reported higher profit. The board raised its quarterly dividend by 6 cents to 82 cents a share."
)


def test_a_move_claimed_with_the_level_it_reached_is_a_mismatch() -> None:
    v = verdict(DIVIDEND, "The dividend was raised by 82 cents.", "82 cents")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "6 cents"
    assert "level" in v.reason
    v = verdict(DIVIDEND, "The dividend was raised to 6 cents a share.", "6 cents")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "82 cents"


def test_the_move_and_the_level_each_support_their_own_claim() -> None:
    assert verdict(DIVIDEND, "The dividend was raised by 6 cents.", "6 cents").verdict == "supported"
    assert verdict(DIVIDEND, "The dividend was raised to 82 cents.", "82 cents").verdict == "supported"
    # (a claim that says neither "by" nor "to" is not read as either)
    assert verdict(DIVIDEND, "The quarterly dividend is 82 cents a share.", "82 cents").verdict == "supported"


def test_a_chinese_move_and_level() -> None:
    source = "公司公布年度业绩。今年营收增长了12亿元，增至120亿元，创历史新高。"
    v = verdict(source, "公司今年营收增长了120亿元。", "120亿元")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "12亿元"
    assert verdict(source, "公司今年营收增至120亿元。", "120亿元").verdict == "supported"
    assert verdict(source, "公司今年营收增长了12亿元。", "12亿元").verdict == "supported"


SURVEY = (
    "最新民調顯示，台中市長林志遠的滿意度在各縣市長中最高。"
    "調查顯示，林在22位縣市長中排名第一，以68%滿意度領先，不滿意度僅9%。"
    "另一份調查中，有73%的受訪者滿意林志遠的表現。"
    "桃園市長黃淑芬的滿意度為41%，排名第15。"
)


def test_a_person_written_by_the_surname_alone_is_the_full_name() -> None:
    # 林 stands for 林志遠 in the sentence of the 68%: the full name beside the 73% of the next sentence does not
    # move the claim there.
    assert verdict(SURVEY, "林志遠以68%滿意度排名第一。", "68%").verdict == "supported"
    assert verdict(SURVEY, "林志遠的不滿意度只有9%。", "9%").verdict == "supported"


def test_a_surname_that_is_no_one_here_does_not_stand_for_another_person() -> None:
    # 黃淑芬's surname is not in the 68%'s sentence: her claim stays a claim about another person's figure.
    v = verdict(SURVEY, "黃淑芬的滿意度為68%。", "68%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "41%"


def test_an_english_negating_prefix_is_no_match_either() -> None:
    # (Latin words are compared whole by _present; _absent also finds one inside another, but not after un-/non-)
    assert _absent(frozenset({"employment"}), frozenset({"unemployment"})) == frozenset({"employment"})
    assert _absent(frozenset({"food"}), frozenset({"non-food"})) == frozenset({"food"})
    assert _absent(frozenset({"median"}), frozenset({"median-valued"})) == frozenset()
    assert _absent(frozenset({"fund"}), frozenset({"refund"})) == frozenset()


RESCUE = (
    "A tour bus overturned on the coast road late on Sunday. Rescue teams worked for 14 hours to free the trapped "
    "passengers. Prosecutors said the charity's former director stole the money over nine years."
)


def test_two_words_shared_with_nothing_are_a_paraphrase_three_are_another_thing() -> None:
    # "theft went" against "stole … over nine years": a paraphrase in other words.
    assert verdict(RESCUE, "The theft went on for nine years.", "nine years").verdict == "supported"
    v = verdict(RESCUE, "The bus driver had been at the wheel for 14 hours.", "14 hours")
    assert v.verdict == "not_found" and "shares no word" in v.reason


TRADE = "海关总署今日公布，10月进口同比增长8.6%，出口同比增长15.2%。调查显示，全市民众对公交服务的满意度为72%。"


def test_a_two_character_kind_the_source_names_is_a_rival() -> None:
    v = verdict(TRADE, "10月出口同比增长8.6%。", "8.6%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "15.2%"


def test_a_two_character_word_the_source_never_names_is_a_paraphrase() -> None:
    # 群众 shares its last character with 民众, but the source names no 群众 as a kind of its own.
    assert verdict(TRADE, "全市群众对公交服务的满意度为72%。", "72%").verdict == "supported"
