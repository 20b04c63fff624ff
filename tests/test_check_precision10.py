"""check, round 10 (precision): a rival holder beside the figure, then and now, a part claimed as the whole."""

from __future__ import annotations

from check_verdict import verdict

from factx.review.ago import _said
from factx.review.divisions import divisions
from factx.review.holders import holders, titled

POLL = (
    "調查顯示，高達67%民眾信任鄭文德，僅12%不信任，黃志宏則分別為48%和39%。"
    "另有59%的國民黨支持者和44%的民眾黨支持者滿意鄭文德，民進黨支持者也有38%滿意鄭文德。\n"
)


def test_a_person_named_after_the_figure_owns_it() -> None:
    # 67% is 鄭文德's: the claim's 黃志宏 is given 48% in the next clause.
    v = verdict(POLL, "黃志宏的信任度為67%。", "67%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "48%"
    assert v.other is not None and v.other.text == "67%"


def test_the_holder_named_after_the_figure_still_supports() -> None:
    assert verdict(POLL, "鄭文德的信任度高達67%。", "67%").verdict == "supported"
    assert verdict(POLL, "有12%受訪者不信任鄭文德。", "12%").verdict == "supported"


def test_a_party_named_after_the_figure_owns_it() -> None:
    # 59% is the 國民黨 supporters'; 新維黨 (a party the dictionary does not know) is given 71%.
    source = "調查顯示，有59%的國民黨支持者滿意鄭文德，新維黨支持者的滿意比例則為71%。\n"
    v = verdict(source, "新維黨支持者有59%滿意鄭文德。", "59%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "71%"
    assert verdict(source, "國民黨支持者有59%滿意鄭文德。", "59%").verdict == "supported"


def test_a_team_named_before_the_figure_owns_it() -> None:
    source = "泰安队近期状态低迷，联赛已经6连败。赛季初，同样陷入困境的江城队一度9连败。\n"
    v = verdict(source, "泰安队本赛季一度9连败。", "9连败")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "6连败"
    assert verdict(source, "江城队赛季初一度9连败。", "9连败").verdict == "supported"


def test_a_holder_the_source_gives_no_figure_for_is_not_found() -> None:
    source = "前锋韩立平本赛季联赛进球数达到11个。门将周国栋本场完成5次扑救。\n"
    assert verdict(source, "门将周国栋本赛季联赛进球数达到11个。", "11个").verdict == "not_found"


def test_a_chinese_holder_the_source_never_names_is_not_found() -> None:
    source = "調查顯示，高達67%民眾信任鄭文德，僅12%不信任。\n"
    v = verdict(source, "黃志宏的信任度為67%。", "67%")
    assert v.verdict == "not_found" and v.other is not None and v.other.text == "67%"


def test_names_after_a_title_are_persons_wherever_written() -> None:
    assert titled("台中市長林振聲以68%居首，高雄市長吳家豪以61%居次") == {"林振声", "吴家豪"}
    # (a third character opening a word with what follows is no part of the name)
    assert titled("前锋武磊梅开二度") == {"武磊"}
    got = holders("吳家豪以61%居次", frozenset({"吴家豪"}))
    assert got["person"] == {"吴家豪"}
    assert holders("同样陷入困境的江城队一度")["org"] == {"江城队"}
    # 球队, 全队 name no team in particular
    assert holders("球队伤病严重，全队只有14人")["org"] == frozenset()


COMPARED = (
    "Two years ago, Mayor Ruth Caldera's approval stood at 46%, the lowest of her term. "
    "Her approval now stands at 61%. "
    "70% of residents trusted the fire chief, up from 63% a year earlier.\n"
)


def test_an_earlier_value_claimed_as_today_is_a_mismatch() -> None:
    v = verdict(COMPARED, "Caldera's approval currently stands at 46%.", "46%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "61%"
    assert verdict(COMPARED, "Two years ago Caldera's approval was 46%.", "46%").verdict == "supported"


def test_todays_value_claimed_as_the_earlier_one_is_a_mismatch() -> None:
    v = verdict(COMPARED, "A year earlier, 70% of residents trusted the fire chief.", "70%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "63%"
    # A claim that says neither time is left alone.
    assert verdict(COMPARED, "70% of residents trusted the fire chief.", "70%").verdict == "supported"


def test_chinese_then_and_now() -> None:
    source = "在兩年前的同一調查中，李志成的滿意度僅為41%，如今則升至66%。\n"
    v = verdict(source, "李志成目前的滿意度為41%。", "41%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "66%"
    assert verdict(source, "兩年前李志成的滿意度為41%。", "41%").verdict == "supported"
    assert _said("两年前的调查") == "then" and _said("目前的满意度") == "now" and _said("满意度为66%") is None


FUNDS = "两人向900名群众吸收资金共计8600万元，其中罗某经手吸收资金2700万元。\n"


def test_a_part_claimed_as_the_whole_is_a_mismatch_against_the_whole() -> None:
    v = verdict(FUNDS, "两人共吸收资金2700万元。", "2700万元")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "8600万元"


def test_the_part_and_the_whole_as_the_source_gives_them_stay_supported() -> None:
    assert verdict(FUNDS, "两人共吸收资金8600万元。", "8600万元").verdict == "supported"
    assert verdict(FUNDS, "罗某经手吸收资金2700万元。", "2700万元").verdict == "supported"
    # A claim of the whole that names what only the part is states the part.
    assert verdict(FUNDS, "罗某共经手吸收资金2700万元。", "2700万元").verdict == "supported"


RESERVE = (
    "The town will draw $12 million from its reserve fund next year, leaving the fund at $57 million. "
    "Water rates will rise by 4 percent.\n"
)


def test_a_draw_claimed_as_the_level_left_is_a_mismatch() -> None:
    v = verdict(RESERVE, "The reserve fund will fall to $12 million.", "$12 million")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "$57 million"
    v = verdict(RESERVE, "The town will take $57 million from its reserves.", "$57 million")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "$12 million"


def test_the_draw_and_the_level_as_the_source_gives_them_stay_supported() -> None:
    assert verdict(RESERVE, "The town will draw $12 million from its reserve.", "$12 million").verdict == "supported"
    assert verdict(RESERVE, "The reserve will be left at $57 million.", "$57 million").verdict == "supported"


RESULTS = (
    "恒泰科技前三季合并营收达860亿元，年增9.6%。其中，储能事业部营收为210亿元，年增27%；"
    "家电事业部营收则为330亿元，年减4.1%。\n"
)


def test_the_whole_s_figure_claimed_for_a_division_is_a_mismatch() -> None:
    v = verdict(RESULTS, "储能事业部营收年增9.6%。", "9.6%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "27%"


def test_a_division_s_figure_claimed_for_the_whole_is_a_mismatch() -> None:
    v = verdict(RESULTS, "恒泰科技前三季营收年增27%。", "27%")
    assert v.verdict != "supported" and v.other is not None and v.other.text == "27%"


def test_each_figure_claimed_for_its_own_division_or_the_whole_stays_supported() -> None:
    assert verdict(RESULTS, "储能事业部营收年增27%。", "27%").verdict == "supported"
    assert verdict(RESULTS, "恒泰科技前三季营收年增9.6%。", "9.6%").verdict == "supported"
    assert verdict(RESULTS, "家电事业部营收年减4.1%。", "4.1%").verdict == "supported"
    assert divisions("其中，储能事业部营收为210亿元") == {"储能"}
    assert divisions("the snacks unit's sales rose") == {"snacks"}
    assert divisions("each operating unit") == frozenset()


COURT = (
    "Commissioners approved the $6 million settlement on Tuesday. "
    "Separately, a former clerk, Dana Pruitt, 52, was sentenced to three years and ordered to pay $410,000 in "
    "restitution. She was also fined $20,000. Her aide, Mark Ellery, was fined $5,000.\n"
)


def test_a_fine_claimed_for_restitution_is_a_mismatch_against_the_fine() -> None:
    # (which fine, Pruitt's or her aide's, is read by likeness only where "She" names no one)
    v = verdict(COURT, "Pruitt must pay a fine of $410,000.", "$410,000")
    assert v.verdict == "mismatch" and v.evidence is not None and "money:fine" in v.evidence.facets
    assert "restitution, not a fine" in v.reason
    assert verdict(COURT, "Pruitt must pay $410,000 in restitution.", "$410,000").verdict == "supported"


BAKERY = (
    "Larkin Foods said revenue rose 7 percent to $4.2 billion. "
    "Its snacks division's sales rose 12 percent to $1.6 billion.\n"
)


def test_an_english_division_named_in_another_form_is_named() -> None:
    assert verdict(BAKERY, "Snack sales rose 12 percent to $1.6 billion.", "$1.6 billion").verdict == "supported"
    v = verdict(BAKERY, "Larkin's revenue rose 12 percent.", "12 percent")
    assert v.verdict != "supported" and v.other is not None and v.other.text == "12 percent"


def test_another_persons_term_is_a_mismatch_against_the_claimed_persons_own() -> None:
    # The two terms share the unit (年) and little else: 林美華's own term is the mismatch's evidence, not "not found".
    source = (
        "【本報訊】兩名前地產代理涉嫌偽造租約，向四間銀行騙取貸款共2,350萬元（港幣，下同），區域法院昨日判處首被告"
        "張志強（51歲）入獄6年，次被告林美華（38歲）入獄2年9個月。\n\n案情指，兩人合共提交96份虛假租約，其中張志強經手的"
        "有71份，涉款1,720萬元，林美華經手25份，涉款630萬元。\n\n法官同時頒令張志強須向四間銀行賠償900萬元，林美華則須"
        "賠償210萬元。\n"
    )
    v = verdict(source, "次被告林美華被判囚6年。", "6年")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "2年9個月"
    assert "張志強" in v.reason or "张志强" in v.reason
    assert verdict(source, "首被告張志強被判入獄6年。", "6年").verdict == "supported"


SETTLEMENT = (
    "The council approved a $2.8 million settlement with the family. "
    "The city's insurer will pay $1.9 million of the settlement.\n"
)


def test_a_sum_of_the_whole_claimed_as_the_whole_is_a_mismatch() -> None:
    v = verdict(SETTLEMENT, "The council approved a $1.9 million settlement.", "$1.9 million")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "$2.8 million"


def test_the_part_and_the_whole_in_english_stay_supported() -> None:
    assert verdict(SETTLEMENT, "The insurer will pay $1.9 million of it.", "$1.9 million").verdict == "supported"
    assert verdict(SETTLEMENT, "The council approved a $2.8 million settlement.", "$2.8 million").verdict == "supported"
