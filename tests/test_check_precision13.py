"""Round 13, precision half: data-style cases for the rules of `review/` that take back a "supported"."""

from __future__ import annotations

from check_verdict import verdict

from factx import analyze
from factx.review.check import Verdict, check

# --- kinds.unshared_kind: a figure at the end of a chain is of the kind its sentence part opens with

BULLETIN = (
    "3月末，全市本外币各项贷款余额为8620亿元，比年初增加412亿元，同比多增23.5亿元。其中，人民币各项贷款余额为8510亿元，"
    "比年初增加405亿元，同比多增31.8亿元。\n"
    "从期限看，短期贷款余额为2950亿元，比年初增加96亿元，同比少增12.4亿元；中长期贷款余额为5270亿元，比年初增加301亿元，"
    "同比多增44.6亿元。\n"
)


def test_a_chain_figure_claimed_for_a_kind_another_part_opens_with_is_a_mismatch() -> None:
    v = verdict(BULLETIN, "中长期贷款同比多增31.8亿元。", "31.8亿元")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "44.6亿元"


def test_a_chain_figure_of_its_own_kind_is_supported() -> None:
    assert verdict(BULLETIN, "人民币各项贷款同比多增31.8亿元。", "31.8亿元").verdict == "supported"
    assert verdict(BULLETIN, "中长期贷款同比多增44.6亿元。", "44.6亿元").verdict == "supported"


def test_a_date_of_a_chain_is_left_alone() -> None:
    # (a date's words are the article's topic as often as not: 今年一季度 is read by its event, not by this rule)
    source = "今年一季度，全市人民币各项贷款同比多增31.8亿元。中长期贷款同比多增44.6亿元。\n"
    assert verdict(source, "一季度中长期贷款同比多增44.6亿元。", "一季度").verdict == "supported"


# --- owners._owner with the source's text: the referent named in a sentence without figures


def _with_text(source: str, draft: str, figure: str) -> Verdict:
    """The verdict on the draft figure written `figure`, with the source's text given to `check`, as the command
    gives it for one source."""
    s = analyze(source, facets=True)
    d = analyze(draft, facets=True)
    [v] = [v for v in check(s.facts, d.facts, document=source) if v.claim.text == figure]
    return v


MILLERS = (
    "Two flour millers report\n\n"
    "Pellow Grain and Osric Mills reported results on Tuesday.\n\n"
    "Pellow Grain had a difficult quarter. Its revenue fell 4 percent to $812 million, and it cut 120 jobs. "
    "Analysts had expected a smaller decline. The company will pay a dividend of 18 cents a share.\n\n"
    "The second company, Osric Mills, did better. It hired 75 workers. It plans to spend $35 million on a silo.\n\n"
    "Separately, a former Osric Mills clerk, Tobin Reyes, was jailed for two years. He was also fined $9,000.\n"
)


def test_it_after_a_sentence_without_figures_is_the_name_that_sentence_gives() -> None:
    v = _with_text(MILLERS, "Pellow Grain plans to spend $35 million on a silo.", "$35 million")
    assert v.verdict == "not_found"
    assert _with_text(MILLERS, "Pellow Grain hired 75 workers.", "75 workers").verdict == "not_found"
    assert _with_text(MILLERS, "Osric Mills cut 120 jobs.", "120 jobs").verdict == "not_found"


def test_the_named_referent_keeps_its_own_figures() -> None:
    v = _with_text(MILLERS, "Osric Mills plans to spend $35 million on a silo.", "$35 million")
    assert v.verdict == "supported"
    assert _with_text(MILLERS, "Osric Mills hired 75 workers.", "75 workers").verdict == "supported"
    assert _with_text(MILLERS, "Pellow Grain cut 120 jobs.", "120 jobs").verdict == "supported"


def test_an_onlookers_sentence_does_not_change_the_referent() -> None:
    v = _with_text(MILLERS, "Osric Mills will pay a dividend of 18 cents a share.", "18 cents")
    assert v.verdict == "not_found"
    v = _with_text(MILLERS, "Pellow Grain will pay a dividend of 18 cents a share.", "18 cents")
    assert v.verdict == "supported"


def test_a_name_in_apposition_after_an_opening_adverb_is_the_referent() -> None:
    assert _with_text(MILLERS, "Tobin Reyes was fined $9,000.", "$9,000").verdict == "supported"


def test_without_the_text_a_sentence_without_figures_is_not_read() -> None:
    # (what `check` did before it was given the text: the sentence naming Osric Mills holds no figure, so It is read
    # back to the name of the nearest sentence with one)
    assert verdict(MILLERS, "Pellow Grain cut 120 jobs.", "120 jobs").verdict == "supported"


# --- qualified_counts.other_qualifier: a count of one noun with another qualifier

FEVER = (
    "Health officials said the outbreak has now caused 14 human cases and 52 animal cases, mostly in horses. "
    "Police separately arrested 9 adult suspects and 3 juvenile suspects.\n"
)


def test_a_count_moved_to_the_other_qualifier_is_a_mismatch_against_its_own_count() -> None:
    v = verdict(FEVER, "The outbreak has caused 52 human cases.", "52 human cases")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "14 human cases"
    v = verdict(FEVER, "Police arrested 3 adult suspects.", "3 adult suspects")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "9 adult suspects"


def test_a_count_with_its_own_qualifier_or_none_is_supported() -> None:
    assert verdict(FEVER, "The outbreak has caused 52 animal cases.", "52 animal cases").verdict == "supported"
    assert verdict(FEVER, "There were 52 cases in animals.", "52 cases").verdict == "supported"


def test_a_qualifier_the_source_never_counts_is_left_alone() -> None:
    # (no count of "equine cases": a paraphrase as likely as another kind)
    assert verdict(FEVER, "The outbreak has caused 52 equine cases.", "52 equine cases").verdict == "supported"


# --- requests.requested_not_given: a figure asked for, not given

COURT = (
    "A timber broker was sentenced on Monday to 5 years in prison. Prosecutors had asked for 7 years for the broker, "
    "Wendell Farrow, while his lawyers sought probation.\n"
)


def test_a_figure_only_asked_for_is_not_the_outcome() -> None:
    v = verdict(COURT, "Farrow got 7 years.", "7 years")
    assert v.verdict in ("mismatch", "not_found")
    assert v.other is not None and v.other.text == "7 years"


def test_a_claim_that_speaks_of_the_request_keeps_it() -> None:
    assert verdict(COURT, "Prosecutors sought 7 years for Farrow.", "7 years").verdict == "supported"
    assert verdict(COURT, "Prosecutors wanted a 7-year term.", "7-year").verdict == "supported"
    assert verdict(COURT, "Farrow was sentenced to 5 years in prison.", "5 years").verdict == "supported"


def test_a_chinese_recommended_sentence_is_not_the_courts() -> None:
    source = "公诉机关建议判处被告人刘某有期徒刑三年，法院最终判处其有期徒刑二年。\n"
    v = verdict(source, "法院判处刘某有期徒刑三年。", "三年")
    assert v.verdict == "mismatch"
    assert verdict(source, "公诉机关建议判处刘某有期徒刑三年。", "三年").verdict == "supported"


# --- spans.other_span: a figure of another span of time

METRO = "青川地铁公司去年亏损12.6亿元，累计亏损已达58.4亿元。今年一季度客运量同比增长9.5%，全年客运量同比增长6.2%。\n"


def test_a_running_total_claimed_for_one_year_is_a_mismatch() -> None:
    v = verdict(METRO, "青川地铁去年一年亏损58.4亿元。", "58.4亿元")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "12.6亿元"


def test_a_quarters_growth_claimed_for_the_year_is_a_mismatch() -> None:
    v = verdict(METRO, "今年一季度客运量同比增长6.2%。", "6.2%")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "9.5%"


def test_a_figure_claimed_with_its_own_span_or_none_is_supported() -> None:
    assert verdict(METRO, "青川地铁累计亏损58.4亿元。", "58.4亿元").verdict == "supported"
    assert verdict(METRO, "全年客运量增长6.2%。", "6.2%").verdict == "supported"
    assert verdict(METRO, "青川地铁去年亏损12.6亿元。", "12.6亿元").verdict == "supported"


def test_an_english_full_year_claim_of_the_quarters_growth_is_a_mismatch() -> None:
    source = (
        "Revenue for the fiscal fourth quarter rose 18% to $2.9 billion, above estimates. "
        "For the full year, revenue reached $10.6 billion, up 11%.\n"
    )
    v = verdict(source, "Full-year revenue rose 18% to $10.6 billion.", "18%")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "11%"
    assert verdict(source, "Fourth-quarter revenue rose 18%.", "18%").verdict == "supported"


# --- parts.whole_done_as_part_zh: what a Chinese clause does to a part, claimed of the whole

CARDS = "去年共有1860张异常交通卡被系统冻结427张，另有52张被注销。\n"


def test_the_whole_claimed_with_the_parts_verb_is_a_mismatch() -> None:
    v = verdict(CARDS, "去年有1860张异常交通卡被冻结。", "1860张")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "427张"


def test_the_part_and_the_whole_as_themselves_are_supported() -> None:
    assert verdict(CARDS, "去年有427张异常交通卡被冻结。", "427张").verdict == "supported"
    assert verdict(CARDS, "去年共有异常交通卡1860张。", "1860张").verdict == "supported"


# --- parts.whole_as_part: a part named with the value of its whole

PARK = "園區總面積126公頃，其中產業用地83公頃，預計引進廠商60家。\n"


def test_a_part_claimed_with_the_wholes_value_is_a_mismatch() -> None:
    v = verdict(PARK, "園區的產業用地有126公頃。", "126公頃")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "83公頃"


def test_the_whole_and_the_part_as_written_are_supported() -> None:
    assert verdict(PARK, "園區總面積126公頃。", "126公頃").verdict == "supported"
    assert verdict(PARK, "園區產業用地83公頃。", "83公頃").verdict == "supported"


# --- owners._other_name: a word several names end with tells none apart

RUNOFF = (
    "Rosa Quintero won the runoff with 52.6% of the vote to Glen Abbott's 47.4%. Quintero received 31,907 votes "
    "and Abbott 29,723. Abbott carried Alder County with 58% but lost the two larger counties, Marsh and Fenn. "
    "Quintero won Marsh County by 4,610 votes.\n"
)


def test_a_shared_last_word_of_two_names_does_not_make_the_figure_the_claims() -> None:
    v = verdict(RUNOFF, "Abbott won Alder County by 4,610 votes.", "4,610 votes")
    assert v.verdict != "supported"


def test_the_named_owner_with_the_shared_word_keeps_the_figure() -> None:
    assert verdict(RUNOFF, "Quintero won Marsh County by 4,610 votes.", "4,610 votes").verdict == "supported"
    assert verdict(RUNOFF, "Quintero carried Marsh County by 4,610 votes.", "4,610 votes").verdict == "supported"


# --- organizations.other_organization: the Chinese organization written beside a figure

CLINICS = (
    "该院眼科去年接诊门诊患者9.6万人次，儿科接诊门诊患者15.3万人次。"
    "去年全院共完成手术4.2万台，其中心胸外科完成微创手术1260台。\n"
)


def test_another_organizations_figure_is_a_mismatch_against_the_claims_own() -> None:
    v = verdict(CLINICS, "眼科去年接诊门诊患者15.3万人次。", "15.3万人次")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "9.6万人次"


def test_an_organization_with_no_figure_of_its_own_is_not_found() -> None:
    assert verdict(CLINICS, "骨科完成微创手术1260台。", "1260台").verdict == "not_found"


def test_the_organizations_own_figure_is_supported() -> None:
    assert verdict(CLINICS, "儿科接诊门诊患者15.3万人次。", "15.3万人次").verdict == "supported"
    assert verdict(CLINICS, "心胸外科完成微创手术1260台。", "1260台").verdict == "supported"
    # (a name written shorter: 温氏 of 新兴温氏晶宝食品园)
    source = "目前已有计划总投资15亿元的新兴温氏晶宝食品园落地该园区。\n"
    assert verdict(source, "温氏食品园计划投资15亿元。", "15亿元").verdict == "supported"


def test_an_organization_word_that_is_only_counted_names_no_one() -> None:
    # (三家银行 counts banks: the bank is the counted noun, not whose figure it is)
    source = "被告人赵某先后从3家银行骗取贷款共计1860万元。\n"
    assert verdict(source, "赵某从三家银行骗取贷款。", "三家").verdict == "supported"


# --- holders.rival_holder with the source's text: 她 after a sentence without figures that names her

CONTEST = (
    "昨日举行的市青年钢琴比赛半决赛中，选手周雨桐发挥出色。她在评委打分中获得94分，排名第一。\n"
    "另一名晋级选手是来自南江区的韩嘉宁。她获得89分，排名第二。\n"
)


def test_she_after_a_sentence_naming_someone_else_is_that_person() -> None:
    v = _with_text(CONTEST, "韩嘉宁获得94分。", "94分")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "89分"


def test_she_is_the_claims_person_when_the_sentence_before_names_her() -> None:
    assert _with_text(CONTEST, "周雨桐获得94分。", "94分").verdict == "supported"
    assert _with_text(CONTEST, "韩嘉宁获得89分。", "89分").verdict == "supported"


def test_she_after_a_sentence_naming_two_people_is_left_alone() -> None:
    source = "周雨桐和韩嘉宁晋级决赛。她获得94分，排名第一。\n"
    assert _with_text(source, "韩嘉宁获得94分。", "94分").verdict == "supported"


def test_a_person_named_in_apposition_after_his_is_a_third_party() -> None:
    source = (
        "Tobin Reyes, a former clerk, was jailed for two years on Monday. His lawyer, Ann Lee, said he would appeal. "
        "He was also fined $9,000.\n"
    )
    assert _with_text(source, "Tobin Reyes was fined $9,000.", "$9,000").verdict == "supported"
    assert _with_text(source, "Ann Lee was fined $9,000.", "$9,000").verdict == "not_found"
