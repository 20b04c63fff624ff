"""Round 14, precision half: data-style cases for what a figure is about and whose it is."""

from __future__ import annotations

from check_verdict import verdict

from factx import analyze
from factx.model import Fact
from factx.review.check import Verdict, check
from factx.review.verdict import alike, different_as_written, different_thing


def verdict_with_text(source: str, draft: str, figure: str) -> Verdict:
    """The verdict on the draft figure written `figure`, with the source's text given to `check` (as the command
    gives it for one source)."""
    s, d = analyze(source, facets=True), analyze(draft, facets=True)
    [v] = [v for v in check(s.facts, d.facts, document=source) if v.claim.text == figure]
    return v


# --- one reading of what a count counts: `different_thing` reads counted nouns worded otherwise as the source's


def _counts(text: str) -> list[Fact]:
    return [f for f in analyze(text, facets=True).facts if f.type == "count"]


def test_a_shortened_noun_counts_the_source_thing_for_every_rule() -> None:
    [tickets, _] = _counts("警方在车站查获假火车票320张，抓获嫌疑人4名。")
    [claim] = _counts("警方查获假票320张。")
    # (taken as written, 假票 and 假火车票 share no word; every rule asking `different_thing` or `alike` reads them as
    # one thing, as check's first pass does)
    assert different_as_written(claim, tickets) is not None
    assert different_thing(claim, tickets) is None
    assert alike(claim, tickets)


def test_a_noun_of_its_own_stays_another_thing() -> None:
    [tickets, suspects] = _counts("警方在车站查获假火车票320张，抓获嫌疑人4名。")
    [claim] = _counts("警方查获假机票320张。")
    assert different_thing(claim, tickets) is not None
    [claim] = _counts("警方查获假票4张。")
    assert different_thing(claim, suspects) is not None


def test_people_for_residents_only_when_nothing_more_is_said_of_them() -> None:
    [residents] = _counts("Officials evacuated about 1,800 residents of nearby homes.")
    [evacuated] = _counts("About 1,800 people were evacuated.")
    [injured] = _counts("About 1,800 people were injured.")
    assert different_thing(evacuated, residents) is None
    assert different_thing(injured, residents) is not None


def test_people_are_not_persons_the_source_says_more_of() -> None:
    # (a rule weighing figures other than the equal one asks this too: "people were evacuated" are not the passengers
    # the source says were killed)
    [killed, _] = _counts("Three passengers were killed and 41 were injured.")
    [evacuated] = _counts("About 1,800 people were evacuated.")
    [dead] = _counts("Three people were killed.")
    assert different_thing(evacuated, killed) is not None
    assert different_thing(dead, killed) is None


# --- holders.earlier_holders: the holder named before the stretch, in the figure's own sentence part

COURT = (
    "被告人钱某伙同他人冒领养老金共计86万元，法院以诈骗罪判处其有期徒刑五年，并处罚金10万元。\n"
    "同案被告人周某犯诈骗罪，被判处有期徒刑二年，缓刑三年，并处罚金3万元。\n"
)


def test_a_term_of_the_person_named_clauses_before_is_not_another_persons() -> None:
    v = verdict(COURT, "钱某被判缓刑三年。", "三年")
    assert v.verdict != "supported"
    assert v.verdict == "not_found"


def test_the_term_of_the_person_named_clauses_before_is_supported() -> None:
    assert verdict(COURT, "周某被判缓刑三年。", "三年").verdict == "supported"
    assert verdict(COURT, "钱某被判处有期徒刑五年。", "五年").verdict == "supported"


POLL = (
    "另一份調查顯示，有61%民眾信任張國華，僅17%不信任；蘇雅琪的信任度為45%，不信任度為36%。\n"
    "張國華在15位議員中，以68%滿意度領先蘇雅琪的49%和許文龍的44%，不滿意度僅9%。\n"
)


def test_a_share_after_another_holders_clause_is_not_the_first_holders() -> None:
    v = verdict(POLL, "張國華的不信任度為36%。", "36%")
    assert v.verdict == "mismatch"
    # (against a figure of the claim's own holder; which of his two is the likeliest is similarity's call)
    assert v.evidence is not None and v.evidence.text in ("61%", "17%")
    assert verdict(POLL, "蘇雅琪的不信任度為36%。", "36%").verdict == "supported"


def test_a_name_compared_against_is_no_holder_of_the_later_figure() -> None:
    # (蘇雅琪 and 許文龍 stand after 領先, beside their own figures: the 9% is still the subject's)
    assert verdict(POLL, "張國華的不滿意度僅9%。", "9%").verdict == "supported"


# --- owners._own_part: a figure after a full stop the engine does not split at ("$410,000. His deputy, …")

PORT = (
    "Judge Miriam Oduya sentenced the manager, Colin Ashworth, 58, to six years in prison and ordered him to forfeit "
    "$410,000. His deputy, Priya Nandakumar, 44, received a sentence of 18 months and a fine of $25,000.\n"
)


def test_a_figure_after_a_run_on_sentence_is_the_later_sentences_holders() -> None:
    assert verdict(PORT, "Ashworth was sentenced to 18 months.", "18 months").verdict == "mismatch"
    assert verdict(PORT, "Ashworth was fined $25,000.", "$25,000").verdict == "not_found"


def test_the_later_sentences_holder_keeps_its_figures() -> None:
    assert verdict(PORT, "Nandakumar was sentenced to 18 months.", "18 months").verdict == "supported"
    assert verdict(PORT, "Nandakumar was fined $25,000.", "$25,000").verdict == "supported"
    assert verdict(PORT, "Ashworth was ordered to forfeit $410,000.", "$410,000").verdict == "supported"


# --- person_or_org.company_for_person: an organization's figure claimed for a person

FINES = (
    "市生态环境局通报，明川化工有限公司因私设暗管排放废水，被依法处以罚款85万元。\n"
    "经查，该公司生产负责人邓某指使员工偷排废水约1200吨。公安机关已对邓某处以行政拘留15日。\n"
    "为该公司运输废水的个体运输户柯某被处以罚款2万元。\n"
    "经查，邓某在任职公司期间另收受回扣6万元。\n"
)


def test_a_companys_fine_claimed_for_a_person_is_not_found() -> None:
    v = verdict(FINES, "生产负责人邓某被处以罚款85万元。", "85万元")
    assert v.verdict == "not_found"
    assert v.other is not None and v.other.text == "85万元"


def test_a_persons_own_figure_and_the_companys_stay_supported() -> None:
    assert verdict(FINES, "运输户柯某被罚款2万元。", "2万元").verdict == "supported"
    assert verdict(FINES, "明川化工有限公司被罚款85万元。", "85万元").verdict == "supported"
    # (the person is named in the figure's sentence, beside a word ending like a company's name)
    assert verdict(FINES, "邓某收受回扣6万元。", "6万元").verdict == "supported"


def test_a_stretch_referring_to_a_person_may_be_the_claims_persons() -> None:
    source = "生产负责人邓某已被行政拘留。经查，其在任职公司期间另收受回扣6万元。\n"
    assert verdict(source, "邓某收受回扣6万元。", "6万元").verdict == "supported"


# --- parts.item_as_whole: an item's figure (after 其中) claimed for its whole

ECONOMY = (
    "前三季度，全县第一产业增加值31.2亿元，增长3.9%；第二产业增加值121.5亿元，增长8.1%，其中工业增加值98.7亿元，"
    "增长9.4%；第三产业增加值133.7亿元，增长5.6%。\n"
    "全年固定资产投资增长12.3%，其中民间投资增长7.2%。\n"
)


def test_an_items_rate_claimed_for_its_whole_is_a_mismatch_against_the_wholes() -> None:
    v = verdict(ECONOMY, "第二产业增加值增长9.4%。", "9.4%")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "8.1%"


def test_the_items_own_rate_and_a_claim_naming_neither_stay_supported() -> None:
    assert verdict(ECONOMY, "前三季度工业增加值增长9.4%。", "9.4%").verdict == "supported"
    assert verdict(ECONOMY, "民间投资增长7.2%。", "7.2%").verdict == "supported"
    assert verdict(ECONOMY, "第二产业增加值增长8.1%。", "8.1%").verdict == "supported"


# --- owners._owner: a sentence of the same paragraph that names no one goes on about the referent

RETAIL = (
    "Harwood Stores said its revenue rose 7 percent to $2.3 billion, and it opened 12 new stores.\n\n"
    "Its smaller rival, Penfold Home, fared worse. Revenue slipped 3 percent to $640 million. "
    "The company closed nine stores and said it would cut 300 jobs.\n"
)


def test_the_company_after_a_sentence_naming_no_one_is_the_paragraphs_referent() -> None:
    v = verdict_with_text(RETAIL, "Harwood Stores closed nine stores.", "nine stores")
    assert v.verdict != "supported"
    assert verdict_with_text(RETAIL, "Penfold Home closed nine stores.", "nine stores").verdict == "supported"


def test_a_paragraph_break_or_a_named_sentence_between_leaves_the_referent_unknown() -> None:
    broken = RETAIL.replace("$640 million. ", "$640 million.\n\n")
    assert verdict_with_text(broken, "Harwood Stores closed nine stores.", "nine stores").verdict == "supported"
    named = RETAIL.replace("$640 million. ", "$640 million, said Joan Reyes of Brightwater Capital. ")
    assert verdict_with_text(named, "Harwood Stores closed nine stores.", "nine stores").verdict == "supported"


# --- owners._respective_by_figures: a 分别 list whose items are figures of another type

ROADS = "今年以来，全省共发生较大道路交通事故9起，死亡31人，同比分别下降12.5%和18.4%。\n"


def test_the_deaths_change_is_the_second_item_of_the_list() -> None:
    v = verdict(ROADS, "今年以来全省道路交通事故死亡人数同比下降12.5%。", "12.5%")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "18.4%"


def test_each_items_own_change_stays_supported() -> None:
    assert verdict(ROADS, "全省道路交通事故死亡人数同比下降18.4%。", "18.4%").verdict == "supported"
    assert verdict(ROADS, "全省较大道路交通事故起数同比下降12.5%。", "12.5%").verdict == "supported"
    # (two figures of one clause are no list of two)
    one_clause = "全省共发生较大道路交通事故9起死亡31人，同比分别下降12.5%和18.4%。\n"
    assert verdict(one_clause, "全省道路交通事故死亡人数同比下降12.5%。", "12.5%").verdict == "supported"


# --- rival_names.rival_name: names the article sets against each other (蓝驰汽车 / 远航汽车)

DELIVERIES = (
    "两家车企公布交付数据。\n"
    "蓝驰汽车10月交付新车3.52万辆，同比增长41%，环比增长8%。\n"
    "远航汽车10月交付1.86万辆，同比下降12%，环比增长5%。\n"
    "此外，远航汽车则在10月新开门店23家。\n"
)


def test_one_named_holders_figure_claimed_for_the_other_is_not_supported() -> None:
    v = verdict(DELIVERIES, "远航汽车10月交付量同比增长41%。", "41%")
    assert v.verdict == "mismatch"
    # (against one of 远航汽车's own rates; which one is similarity's call: 5% shares 增长, 12% shares 同比)
    assert v.evidence is not None and v.evidence.text in ("12%", "5%")
    assert verdict(DELIVERIES, "蓝驰汽车10月新开门店23家。", "23家").verdict == "not_found"


def test_each_named_holders_own_figures_stay_supported() -> None:
    assert verdict(DELIVERIES, "蓝驰汽车10月交付量同比增长41%。", "41%").verdict == "supported"
    assert verdict(DELIVERIES, "远航汽车环比增长5%。", "5%").verdict == "supported"
    assert verdict(DELIVERIES, "远航汽车新开门店23家。", "23家").verdict == "supported"


def test_a_name_the_article_sets_against_no_other_is_left_alone() -> None:
    # (one holder of the head 汽车 opens clauses: nothing says which names contrast)
    single = DELIVERIES.replace("远航汽车", "该公司")
    assert verdict(single, "远航汽车10月交付量同比增长41%。", "41%").verdict == "supported"


# --- owners._participle_subject: a participle clause's possessive is the sentence subject's

GAME = "The Rivermen beat the Falcons 4-3 in overtime on Saturday night, extending their winning streak to six games.\n"


def test_a_streak_after_a_participles_possessive_is_the_subjects() -> None:
    assert verdict(GAME, "The Falcons have won six straight games.", "six straight games").verdict != "supported"
    assert verdict(GAME, "The Rivermen have won six straight games.", "six straight games").verdict == "supported"


def test_a_possessive_outside_a_participle_clause_is_left_to_the_other_rules() -> None:
    # ("his" after "when" may be the object's: nothing is decided for the subject)
    source = "Sergeant Ana Ruiz stopped Dario Keel on Friday when his car reached 96 mph on the bypass.\n"
    assert verdict(source, "Dario Keel's car reached 96 mph.", "96 mph").verdict == "supported"
