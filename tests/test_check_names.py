"""check: a Chinese claim naming whose figure it is (a full name, or a surname with 某 and a given character) is not
supported by an equal figure another named person owns, in the story's sentence rather than its headline."""

from __future__ import annotations

from check_verdict import verdict

from factx.review.similarity import names, zh_persons


def test_full_chinese_names_are_persons() -> None:
    assert zh_persons("次被告黄美玲被判囚") == {"黄美玲"}
    assert zh_persons("陈志辉今年") == {"陈志辉"}
    assert zh_persons("侯友宜以") == {"侯友宜"}
    assert "苏贞昌" in names("蘇貞昌的滿意度")[0]
    # A surname with 某 keeps its given character: 陈某春 and 陈某平 are two persons.
    assert zh_persons("园长陈某春被判处") == {"陈某春"}
    assert names("王某还被剥夺")[0] == {"王某"}
    # Words that merely start with a surname character are no names.
    assert not zh_persons("高速公路上") and not zh_persons("黄金价格") and not zh_persons("方案于明年实施")


SURVEY = "民調顯示，行政院長林明德的滿意度為52%，立法院長郭秋香的滿意度為47%。\n兩人的不滿意度分別為30%及36%。\n"


def test_a_figure_named_for_another_person_is_a_mismatch() -> None:
    v = verdict(SURVEY, "郭秋香的滿意度為52%。\n", "52%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "47%"
    assert "郭秋香" in v.reason


def test_the_same_person_keeps_the_figure() -> None:
    assert verdict(SURVEY, "林明德的滿意度達52%。\n", "52%").verdict == "supported"


COURT = (
    "兩名男子合謀盜竊 分別判囚6年及4年\n\n區域法院昨日判處首被告張志強（45歲）入獄6年，次被告劉家明（31歲）入獄4年。\n"
)


def test_an_earlier_owner_in_the_part_is_not_the_later_figures() -> None:
    # 31歲 is 劉家明's: 張志強 is named only before the earlier age.
    v = verdict(COURT, "張志強今年31歲。\n", "31歲")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "45歲"
    assert verdict(COURT, "劉家明今年31歲。\n", "31歲").verdict == "supported"


def test_the_story_not_the_headline_says_whose_term_it_is() -> None:
    v = verdict(COURT, "次被告劉家明被判囚6年。\n", "6年")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "4年"
    assert verdict(COURT, "首被告張志強被判囚6年。\n", "6年").verdict == "supported"


FINES = (
    "Two brothers were sentenced on Friday for a tax scheme. Paul Brant received three years and paid $40,000. "
    "Victor Brant, who later testified against Paul, was also fined $18,000. Paul was fined $60,000.\n"
)


def test_a_name_inside_a_relative_clause_is_not_the_owner() -> None:
    # The $18,000 is Victor's: Paul is only named inside the "who …" clause.
    v = verdict(FINES, "Paul was also fined $18,000.\n", "$18,000")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "$60,000"
    assert verdict(FINES, "Victor was fined $18,000.\n", "$18,000").verdict == "supported"


# --- a bound is as precise as its last digit -----------------------------------------------------------------------

HAZARDS = "节日期间，各地共出动检查组1.3万余个，整改火灾隐患7.7万余处，查封场所460家。\n"
