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
