"""check: the words around two figures decide whether a claim is about the equal source figure's thing — read with
inflections and synonyms folded, from what that figure is about (its scope, the comparison it is the earlier value
of, the time it is dated), and with the kind of thing each names."""

from __future__ import annotations

from check_verdict import verdict

from factx import analyze
from factx.review.check import check
from factx.review.similarity import terms
from factx.review.wordsets import stem

# --- words folded before they are compared ------------------------------------------------------------------------


def test_inflections_meet_at_one_stem() -> None:
    assert stem("averaged") == stem("average") == "averag"
    assert stem("losses") == "loss" and stem("loss") == "loss"
    assert stem("cases") == stem("case")


def test_facet_words_and_synonyms_fold_to_one_word() -> None:
    assert terms("profits climbed") == terms("profit rose")
    assert terms("事故造成遇难") & terms("事故造成死亡") == terms("事故造成死亡")
    assert terms("the blaze") == terms("the fire")
    assert terms("buyers bought") == terms("consumers purchased")
    # Words that say nothing of what a figure is about are dropped.
    assert terms("so far, plus D.C.") == terms("D.C.")
    # Words that tell figures apart stay apart.
    assert terms("profits rose") != terms("profits fell")
    assert terms("轻伤") != terms("死亡")


# --- what the equal figure is about: its scope, its comparison, its time ------------------------------------------

ZH_RING = "王某组织多人冒充客服，骗取各地52名被害人钱款，共计人民币380余万元，其中一名被害人损失9万元。"


def test_words_before_the_equal_figure_in_its_scope_are_its_own() -> None:
    # 被害人 stands before 380余万元 as well as before 9万元: the claim is about the total.
    v = verdict(ZH_RING, "该团伙骗取52名被害人380余万元。", "380余万元")
    assert v.verdict == "supported"


def test_words_beside_another_figure_only_still_say_another_subject() -> None:
    v = verdict(ZH_RING, "单笔被骗最多的一名被害人损失380余万元。", "380余万元")
    assert v.verdict != "supported"


EN_RESULTS = (
    "Harlow Foods reported a profit of $4.6 million for the year, up 9 percent from $4.2 million a year earlier, "
    "on revenue of $51 million. Its rival Brenton swung to a loss of $1.3 million from a profit of $0.8 million."
)


def test_earlier_value_is_about_what_its_comparison_is_about() -> None:
    v = verdict(EN_RESULTS, "Harlow Foods made a profit of $4.2 million a year earlier.", "$4.2 million")
    assert v.verdict == "supported"


def test_earlier_value_given_as_current_names_the_current_figure_of_the_same_kind() -> None:
    # The revenue nearer to it is another thing: the profit is the current figure the base is compared with.
    v = verdict(EN_RESULTS, "Harlow Foods made a profit of $4.2 million this year.", "$4.2 million")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "$4.6 million"


EN_RATES = (
    "The average interest rate on a car loan stayed below 6 percent for a fourth month. Rates on new financed "
    "vehicles averaged 5.4 percent in October, down from 5.9 percent a year earlier."
)


def test_a_date_shared_with_the_equal_figure_alone_keeps_the_claim_on_it() -> None:
    v = verdict(EN_RATES, "The average rate on car loans was 5.4 percent in October.", "5.4 percent")
    assert v.verdict == "supported"


def test_without_the_date_the_claims_words_still_point_elsewhere() -> None:
    v = verdict(EN_RATES, "The interest rate on a car loan stayed at 5.4 percent for a fourth month.", "5.4 percent")
    assert v.verdict != "supported"


EN_TWO_FIRMS = (
    "Harlow Foods reported an underlying profit of $4.6 million for the year to June, up 9 percent from $4.2 "
    "million a year earlier. Brenton's profit fell as its costs rose 14 percent."
)


def test_claim_words_all_in_the_equal_figures_sentence_outweigh_a_like_sounding_one() -> None:
    v = verdict(EN_TWO_FIRMS, "Harlow Foods' profit rose 9 percent.", "9 percent")
    assert v.verdict == "supported"


def test_claim_words_beside_the_other_figure_still_make_a_mismatch() -> None:
    v = verdict(EN_TWO_FIRMS, "Brenton's costs rose 9 percent.", "9 percent")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "14 percent"


# --- unshared kinds --------------------------------------------------------------------------------------------

ZH_GRAIN = "全县全年谷物产量41200吨，比上年增长1.2%。其中，秋粮产量38650吨，夏粮产量2550吨。"


def test_claim_naming_another_kind_the_source_quantifies_is_a_mismatch() -> None:
    v = verdict(ZH_GRAIN, "全县全年秋粮产量41200吨。", "41200吨")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "38650吨"
    assert v.other is not None and v.other.text == "41200吨"
    assert "谷物" in v.reason and "秋粮" in v.reason


def test_claim_naming_the_same_kind_is_supported() -> None:
    assert verdict(ZH_GRAIN, "全县全年谷物产量41200吨。", "41200吨").verdict == "supported"


def test_claim_in_its_own_words_the_source_never_quantifies_is_supported() -> None:
    # 粮食作物 stands beside no figure of the source: the draft's wording, not another kind.
    assert verdict(ZH_GRAIN, "该县粮食作物全年产量41200吨。", "41200吨").verdict == "supported"


ZH_PARKS = "园区目前已有计划总投资28亿元的东兴钢构项目，以及计划总投资9亿元的南山冷链物流项目落地。"


def test_words_a_figure_qualifies_with_de_are_its_own_not_the_next_ones() -> None:
    # 东兴钢构 is what the 28亿元 is of; the 9亿元 after it belongs to 南山冷链.
    v = verdict(ZH_PARKS, "东兴钢构项目计划总投资9亿元。", "9亿元")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "28亿元"


def test_claim_about_the_figures_own_item_is_supported() -> None:
    assert verdict(ZH_PARKS, "南山冷链物流项目计划总投资9亿元。", "9亿元").verdict == "supported"


EN_OUTBREAK = "Officials said the outbreak has so far led to 6 human cases and 31 animal cases."


def test_a_counted_noun_the_equal_figure_lacks_is_no_support() -> None:
    # Every other word of the claim stands in the equal figure's sentence: its counted noun does not.
    v = verdict(EN_OUTBREAK, "The outbreak has so far led to 31 human cases.", "31 human cases")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "6 human cases"


# --- whose figure it is: the name a sentence opens with, or the one before it -------------------------------------

EN_FERRIES = (
    "Marlin Bay Ferries reported a profit of $61 million for the year, up 7 percent, on revenue of $940 million. "
    "The company will pay a dividend of 9 cents a share. Its rival Tasman Link posted a loss of $12 million as fuel "
    "costs rose 15 percent."
)


def test_figure_owned_by_the_name_its_sentence_opens_with() -> None:
    v = verdict(EN_FERRIES, "Tasman Link's revenue was $940 million.", "$940 million")
    assert v.verdict == "not_found" and "Marlin Bay Ferries" in v.reason and "Tasman Link" in v.reason
    assert verdict(EN_FERRIES, "Marlin Bay Ferries' revenue was $940 million.", "$940 million").verdict == "supported"


def test_a_sentence_referring_back_is_owned_by_the_name_before_it() -> None:
    v = verdict(EN_FERRIES, "Tasman Link will pay a dividend of 9 cents a share.", "9 cents")
    assert v.verdict != "supported"
    # A shorter form of the same name is the same owner.
    assert verdict(EN_FERRIES, "Marlin Bay will pay a dividend of 9 cents a share.", "9 cents").verdict == "supported"


def test_a_sentence_naming_no_one_and_not_referring_back_has_no_owner() -> None:
    src = "The annual report was published on Monday. The average fare on the busiest route was $84 in March."
    assert verdict(src, "Tasman Link's average fare was $84 in March.", "$84").verdict == "supported"


# --- what a count counts: a place or a word of state is no counted noun ---------------------------------------------


def test_a_place_as_subject_does_not_make_another_counted_thing() -> None:
    assert (
        verdict("搜救人员已救出12人，另有5人失踪。台东县有3102户停电。", "台东县仍有3102户停电。", "3102户").verdict
        == "supported"
    )


def test_a_state_as_subject_counts_what_the_claim_says_is_in_that_state() -> None:
    src = "Rescuers pulled 40 people from the water; nine are missing. Ferry sinks: 14 dead, nine missing"
    assert verdict(src, "Nine people are still missing.", "Nine people").verdict == "supported"
    assert verdict(src, "Nine people were rescued.", "Nine people").verdict == "mismatch"


# --- tied figures: two figures a claim states together must stand together in the source -------------------------

ZH_VISITORS = (
    "上月全市接待游客418.6万人次，同比增长9.4%。其中本地游客126.3万人次，同比增长15.2%；外地游客292.3万人次，"
    "同比下降2.7%。"
)


def test_a_figure_tied_to_another_things_figure_is_a_mismatch() -> None:
    # 9.4% is the whole city's growth; the draft ties it to the 126.3万人次 of local visitors.
    v = verdict(ZH_VISITORS, "上月本地游客126.3万人次，同比增长9.4%。", "9.4%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "15.2%"
    assert v.other is not None and v.other.text == "9.4%"


def test_figures_tied_as_the_source_ties_them_are_supported() -> None:
    assert verdict(ZH_VISITORS, "上月本地游客126.3万人次，同比增长15.2%。", "15.2%").verdict == "supported"
    assert verdict(ZH_VISITORS, "上月全市接待游客418.6万人次，同比增长9.4%。", "9.4%").verdict == "supported"


# --- the same digits with 约 are weighed like an equal value ---------------------------------------------------------

ZH_OUTREACH = "社工已接触约1300个受影响住户。另有3200名受影响居民完成登记。"


def test_rounded_claim_about_another_figures_thing_is_a_mismatch() -> None:
    v = verdict(ZH_OUTREACH, "社工已接触约3200个受影响住户。", "约3200个")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "约1300个"


def test_rounded_claim_about_the_figures_own_thing_is_supported_with_a_note() -> None:
    v = verdict(ZH_OUTREACH, "约3200名受影响居民完成登记。", "约3200名")
    assert v.verdict == "supported" and "less precise" in v.reason


EN_TRUCK = (
    "The truck plunged about 60 meters (200 feet) into a gorge after skidding on ice about 3 km from the village."
)


def test_a_bracketed_restatement_is_about_what_it_restates() -> None:
    assert verdict(EN_TRUCK, "The truck fell about 200 feet into a gorge.", "about 200 feet").verdict == "supported"
    assert (
        verdict(EN_TRUCK, "The truck skidded about 200 feet from the village.", "about 200 feet").verdict == "mismatch"
    )


# --- every equal figure is weighed, and a headline's round figure against its story -----------------------------

EN_CHAIN = (
    "The chain earned $1.2 billion as revenue rose 4.1 percent to $19 billion. Comparable sales rose 3.9 percent. "
    "Looking ahead, the chain sees comparable sales growth of 4.1 percent for the year, down from 5 percent."
)


def test_a_forecast_does_not_hold_the_words_of_a_claim_of_what_happened() -> None:
    v = verdict(EN_CHAIN, "Comparable sales rose 4.1 percent in the quarter.", "4.1 percent")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "3.9 percent"


EN_BUS = (
    "Bus plunges off mountain road; 22 dead\n"
    "At least 22 people died when a bus plunged off a mountain road on Tuesday, officials said."
)


def test_a_headlines_round_figure_does_not_drop_the_storys_qualifier() -> None:
    v = verdict(EN_BUS, "The crash killed 22 people.", "22 people")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "At least 22 people"
    assert verdict(EN_BUS, "The crash killed at least 22 people.", "at least 22 people").verdict == "supported"


# --- a facet named right before the figure; a date a change is measured from -------------------------------------

EN_SWING = "Its rival Brenton swung to a loss of $31 million from a profit of $12 million a year earlier."


def test_a_facet_word_right_before_the_figure_names_its_thing() -> None:
    # "from a profit" follows $31 million, but "a loss of" stands right before it.
    assert verdict(EN_SWING, "Brenton posted a loss of $31 million.", "$31 million").verdict == "supported"
    v = verdict(EN_SWING, "Brenton posted a loss of $12 million.", "$12 million")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "$31 million"


def test_a_facet_word_of_the_previous_figure_does_not_name_the_next() -> None:
    v = verdict("车祸致5人死亡3人受伤。", "车祸造成3人死亡。", "3人")
    assert v.verdict != "supported"


ZH_COUNTY = "2020年全县地区生产总值31.2亿元，比上年增长4.2%。全县人均地区生产总值23415元，比上年增长6.1%。"


def test_a_date_a_change_is_measured_from_does_not_date_the_figure() -> None:
    from datetime import date

    s = analyze(ZH_COUNTY, facets=True, ref_date=date(2021, 2, 1))
    d = analyze("2020年全县人均地区生产总值为23415元。", facets=True, ref_date=date(2021, 2, 1))
    [v] = [v for v in check(s.facts, d.facts) if v.claim.text == "23415元"]
    assert v.verdict == "supported"


ZH_ROADS = "工程主要包括扩建30米红线双向4车道道路（滨江路）2360米，新建12米红线双向2车道道路840米。"


def test_the_verb_opening_a_phrase_governs_every_figure_of_it() -> None:
    # 扩建 stands before 30米, but the phrase runs on without a break to 2360米.
    assert verdict(ZH_ROADS, "扩建的滨江路长2360米，为双向4车道。", "2360米").verdict == "supported"


def test_a_verb_of_the_next_phrase_still_points_elsewhere() -> None:
    assert verdict(ZH_ROADS, "新建的道路长2360米。", "2360米").verdict == "mismatch"


EN_VAPING = (
    'The share of teenagers who reported vaping daily rose "only modestly" by 14 percent over two years, '
    "the survey found."
)


def test_a_facet_word_further_off_in_the_clause_still_names_the_figures_thing() -> None:
    assert verdict(EN_VAPING, "Daily vaping among teenagers rose 14 percent.", "14 percent").verdict == "supported"
    assert verdict(EN_VAPING, "Daily vaping among teenagers fell 14 percent.", "14 percent").verdict != "supported"


ZH_GRANTS = "截至周日中午，街道已为超过2600户完成登记，并向1850户发放临时生活补贴。"


def test_a_claim_word_in_the_equal_figures_own_stretch_keeps_it_there() -> None:
    # 登记 follows 2600户 alone; 补贴 ends the sentence after 1850户.
    assert verdict(ZH_GRANTS, "街道已为超过2600户登记临时生活补贴。", "超过2600户").verdict == "supported"


def test_a_claim_with_the_other_figures_verb_is_about_it() -> None:
    assert verdict(ZH_GRANTS, "街道已向超过2600户发放临时生活补贴。", "超过2600户").verdict == "mismatch"


# --- a contrasting word in the clause before a summing-up clause --------------------------------------------------

BRIBES = (
    "经审理查明，2010年至2016年，被告人赵某利用担任局长的职务便利，为他人在项目审批等方面谋取利益，非法收受他人财物，"
    "共计折合人民币3200余万元。法院对赵某判处有期徒刑十二年，并处罚金人民币500万元。"
)


def test_a_summing_up_clause_is_named_by_the_clause_before_it() -> None:
    # 收受他人财物，共计折合…: the sum is the bribe's, though its own clause names nothing.
    v = verdict(BRIBES, "赵某受贿金额超过3200万元。", "超过3200万元")
    assert v.verdict == "supported"
    dropped = verdict(BRIBES, "赵某受贿金额为3200万元。", "3200万元")
    assert dropped.verdict == "mismatch" and dropped.difference == "approx"


def test_the_clause_before_does_not_make_another_kind_of_money_the_claims() -> None:
    v = verdict(BRIBES, "赵某受贿金额为500万元。", "500万元")
    assert v.verdict != "supported"
    fine = verdict(BRIBES, "赵某被处罚金3200万元。", "3200万元")
    assert fine.verdict == "mismatch" and fine.evidence is not None and fine.evidence.text == "人民币500万元"


def test_yue_you_reads_as_about() -> None:
    # 约有 is 约 with its verb: the draft keeps the source's approximation.
    source = "截至上月底，互助基金的总额已有约8亿元，其中政府拨款3亿元。"
    v = verdict(source, "互助基金总额约有8亿元。", "约有8亿元")
    assert v.verdict == "supported" and v.claim.approx == "about"
    # 共有 is no approximation: dropping the source's 约 is still a mismatch.
    dropped = verdict(source, "互助基金总额共有8亿元。", "8亿元")
    assert dropped.verdict == "mismatch" and dropped.difference == "approx"


# --- a headline's figure named in one word ------------------------------------------------------------------------

FIRE = (
    "城东一民房起火 致2死5伤\n"
    "本报讯 昨日凌晨，城东一民房发生火灾，事故造成2人死亡、1人重伤、4人轻伤。消防部门正在调查起火原因。\n"
)


def test_a_headline_shares_its_contrasting_word_with_the_claim() -> None:
    # 5伤 is the headline's whole statement about the injured: the claim is not a stranger to it.
    v = verdict(FIRE, "这起火灾共造成5人受伤。", "5人")
    assert v.verdict == "supported" and v.evidence is not None and v.evidence.text == "5伤"


def test_another_contrasting_word_or_a_body_sentence_is_no_common_ground() -> None:
    assert verdict(FIRE, "这起火灾共造成5人死亡。", "5人").verdict == "mismatch"
    # In a story's sentence the shared 伤 alone does not make a crash's injured the fire's.
    crash = "本报讯 昨日一辆货车在环城高速侧翻，致2死5伤。交警部门正在调查。\n"
    assert verdict(crash, "这起火灾共造成5人受伤。", "5人").verdict == "not_found"


def test_a_hyphenated_compound_names_its_parts() -> None:
    assert {"frozen-meal", "frozen", "meal"} <= terms("frozen-meal sales")
    # Digits and function words of a compound are no words of it.
    assert "the" not in terms("state-of-the-art plant") and "12" not in terms("12-year sentence")


GROCER = (
    "Revenue rose 4 percent to $3.1 billion. Sales in the bakery division grew 9 percent to $1.2 billion, while the "
    "dairy products unit saw sales fall 3 percent to $0.8 billion.\n"
)


def test_a_compound_claim_finds_its_division() -> None:
    v = verdict(GROCER, "Dairy-product sales fell 3% to $1.2 billion.\n", "$1.2 billion")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "$0.8 billion"
    assert verdict(GROCER, "Bakery-division sales grew to $1.2 billion.\n", "$1.2 billion").verdict == "supported"
