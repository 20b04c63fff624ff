"""check: a figure restated in units the source's cannot be converted to exactly (miles for kilometres), an "about"
rounded where the claim writes its last digit, an approximate length of time, a claim that itself speaks of what is
expected, and a city government by its short name."""

from __future__ import annotations

from factx import analyze
from factx.review.check import Verdict, check


def verdict(source: str, draft: str, figure: str) -> Verdict:
    # (a source's dateline sets its reference date; the draft is read against it, as `factx check` does)
    s = analyze(source, facets=True)
    d = analyze(draft, facets=True, ref_date=s.ref_date)
    [v] = [v for v in check(s.facts, d.facts) if figure in v.claim.text]
    return v


TRAMWAY = (
    "The council approved a plan to extend the tramway by 14.5 kilometers. Its trams run at up to 90 km/h, and the "
    "new depot will cover 12 hectares.\n"
)


def test_other_units_rounded_where_the_claim_writes_its_last_digit_are_supported() -> None:
    v = verdict(TRAMWAY, "The tramway will be extended by about 9 miles.\n", "about 9 miles")
    assert v.verdict == "supported" and "less precise" in v.reason
    v = verdict(TRAMWAY, "Its trams run at up to 56 mph.\n", "56 mph")
    assert v.verdict == "supported" and "other units, rounded" in v.reason


def test_other_units_that_do_not_round_to_the_source_figure_are_not_supported() -> None:
    # 9.0098 miles is "about 9 miles", never "about 8 miles"; 55.9 mph is not 60 mph.
    assert verdict(TRAMWAY, "The tramway will be extended by about 8 miles.\n", "about 8 miles").verdict != "supported"
    assert verdict(TRAMWAY, "Its trams run at up to 60 mph.\n", "60 mph").verdict != "supported"


def test_units_a_power_of_ten_apart_need_no_rounding() -> None:
    # 14.5 kilometers is exactly 14,500 meters: 15,000 meters restates nothing, rounded or not.
    assert verdict(TRAMWAY, "The tramway will be extended by 15,000 meters.\n", "15,000 meters").verdict != "supported"
    assert verdict(TRAMWAY, "The tramway will be extended by 14,500 meters.\n", "14,500 meters").verdict == "supported"


WORKS = "据介绍，该工程建设工期为54个月，车辆段占地320亩。\n"


def test_an_approximate_length_of_time_holds_for_the_exact_one_it_restates() -> None:
    v = verdict(WORKS, "该工程工期约4年半。\n", "约4年半")
    assert v.verdict == "supported" and "less precise" in v.reason


def test_an_approximate_length_of_time_must_round_to_the_source_one() -> None:
    assert verdict(WORKS, "该工程工期约5年。\n", "约5年").verdict != "supported"


RIDERS = "The line is expected to carry 48,700 riders a day by 2030, and construction is expected to last 30 months.\n"


def test_a_claim_that_speaks_of_what_is_expected_restates_a_forecast() -> None:
    assert verdict(RIDERS, "Construction should take 30 months.\n", "30 months").verdict == "supported"
    assert verdict(RIDERS, "该线路日均客流可达48,700人次。\n", "48,700").verdict != "mismatch"


def test_a_claim_of_what_happened_is_not_supported_by_a_forecast() -> None:
    assert verdict(RIDERS, "Construction took 30 months.\n", "30 months").verdict != "supported"


HOUSING = "臺北市政府昨日宣布，將在未來4年投入新台幣186億元，興建3,200戶社宅。\n"


def test_a_city_government_by_its_short_name_owns_its_figures() -> None:
    assert verdict(HOUSING, "市府將興建三千二百戶社宅。\n", "三千二百戶").verdict == "supported"


def test_a_rival_kind_still_keeps_its_figure() -> None:
    assert verdict(HOUSING, "市府將興建3,200戶商宅。\n", "3,200戶").verdict != "supported"


FERRY = "The ferry operator employs 4,200 people at six terminals.\n"


def test_a_closer_name_for_the_people_a_source_counts_is_supported() -> None:
    assert verdict(FERRY, "The ferry operator employs 4,200 staff.\n", "4,200").verdict == "supported"


def test_a_count_of_things_is_no_count_of_people() -> None:
    assert verdict(FERRY, "The ferry operator runs 4,200 vessels.\n", "4,200").verdict != "supported"


BANK = "The bank made a pre-tax profit of £3.8bn in 2003, and it employs 76,200 staff.\n"


def test_a_figure_of_one_year_does_not_support_the_same_figure_claimed_for_another() -> None:
    source = BANK + "It plans to open 40 branches in 2004.\n"
    v = verdict(source, "The bank made a pre-tax profit of £3.8bn in 2004.\n", "£3.8bn")
    assert v.verdict == "not_found" and "another time" in v.reason


def test_a_year_that_slipped_is_the_one_error() -> None:
    # 2004 for the source's 2003 is answered as a wrong year; the profit stays the figure the source states.
    v = verdict(BANK, "The bank made a pre-tax profit of £3.8bn in 2004.\n", "£3.8bn")
    assert v.verdict == "supported"


def test_a_period_in_another_clause_of_the_source_sentence_dates_another_figure() -> None:
    # (去年同期 dates the 16.18亿元 of its own clause, not the 1177.7亿元 of the clause before)
    source = "一季度，企业存款余额14199.04亿元，比年初减少1177.7亿元，去年同期为增加16.18亿元。\n"
    assert verdict(source, "一季度企业存款比年初减少1177.7亿元。\n", "1177.7亿元").verdict == "supported"
    assert verdict(BANK, "The bank made a pre-tax profit of £3.8bn in 2003.\n", "£3.8bn").verdict == "supported"


DEAL = "Port deal\n\nLONDON, Feb 6, 2024 — Northfield Holdings agreed on Tuesday to sell its stake in Harbourline.\n"


def test_a_month_holds_for_the_day_the_source_gives_for_the_same_event() -> None:
    v = verdict(DEAL, "Northfield agreed in February 2024 to sell its Harbourline stake.\n", "February 2024")
    assert v.verdict == "supported" and "less precise" in v.reason


def test_another_month_is_no_less_precise_statement() -> None:
    v = verdict(DEAL, "Northfield agreed in March 2024 to sell its Harbourline stake.\n", "March 2024")
    assert v.verdict == "mismatch"


RESULTS = (
    "Revenue rose 9 percent to $1.42 billion. Sales in the snacks division climbed 14 percent to $610 million.\n"
    "The company will close two of its 19 plants and cut about 600 jobs.\n"
)


def test_a_change_tied_to_the_level_after_it_must_be_that_levels_change() -> None:
    v = verdict(RESULTS, "Revenue rose 14 percent to $1.42 billion.\n", "14 percent")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "9 percent"
    assert verdict(RESULTS, "Revenue rose 9 percent to $1.42 billion.\n", "9 percent").verdict == "supported"


def test_a_count_after_a_count_is_an_item_of_its_own() -> None:
    v = verdict(RESULTS, "The company will shut two plants and eliminate roughly 600 jobs.\n", "two plants")
    assert v.verdict == "supported"


CRASH = (
    "Bus crash on mountain highway kills 11, injures 23\n\n"
    "A tour bus veered off a highway on Tuesday night and rolled down a slope, killing 11 people and injuring 23 "
    "others, police said. Rescuers worked for hours. It was the worst accident since 2007, when 14 people died in a "
    "crash near the city.\n"
)


def test_the_headline_says_whose_figure_the_story_words_otherwise() -> None:
    # "crash" stands beside the 2007 deaths in the story; the headline's "crash … kills 11" is the story's 11 killed.
    assert verdict(CRASH, "The crash left 11 dead and 23 injured.\n", "11 dead").verdict == "supported"


def test_the_killed_are_not_the_injured() -> None:
    assert verdict(CRASH, "Eleven people were critically injured.\n", "Eleven").verdict != "supported"


TYPHOON = (
    "颱風襲台 農損逾新台幣12億元\n\n"
    "農業部今天統計，全台農業損失達新台幣12億3,400萬元。颱風造成全台2人死亡、380人受傷，另有1人失蹤。\n"
)


def test_a_bound_the_story_figure_meets_is_supported_though_the_headline_was_taken_first() -> None:
    v = verdict(TYPHOON, "全台農業損失超過12億元。\n", "超過12億元")
    assert v.verdict == "supported"


def test_a_bound_the_story_figure_does_not_meet_is_not_supported() -> None:
    assert verdict(TYPHOON, "全台農業損失超過13億元。\n", "超過13億元").verdict != "supported"


def test_a_claim_narrower_than_the_source_is_not_supported() -> None:
    # 受傷 says nothing of how badly: 380人輕傷 states more than the source does.
    v = verdict(TYPHOON, "颱風造成380人輕傷。\n", "380人")
    assert v.verdict != "supported" and "not said to be" in v.reason


def test_a_claim_wider_than_the_source_is_supported() -> None:
    source = "颱風造成2人死亡、380人輕傷。\n"
    assert verdict(source, "颱風造成380人受傷。\n", "380人").verdict == "supported"


LOSSES = "損失最嚴重的是高雄市，損失金額4億2,000萬元，占總損失的34%；其次為屏東縣3億1,500萬元、台南市1億8,900萬元。\n"


def test_a_place_owns_its_figures() -> None:
    v = verdict(LOSSES, "屏東縣損失占總損失的34%。\n", "34%")
    assert v.verdict != "supported" and "高雄市" in v.reason


def test_the_place_that_owns_the_figure_is_supported() -> None:
    assert verdict(LOSSES, "高雄市損失占總損失的34%。\n", "34%").verdict == "supported"


COURT = (
    "Charity director jailed\n\n"
    "BOSTON, May 9, 2025 — A former director of a Boston food charity was sentenced on Thursday to four years in "
    "prison for stealing more than $1.2 million from the group, prosecutors said.\n\n"
    "Karen Doyle, 54, pleaded guilty in January. Judge Paul Hartman also ordered her to pay $1.24 million in "
    "restitution.\n"
)


def test_a_dateline_or_a_name_used_as_an_adjective_owns_no_figure() -> None:
    # BOSTON is the dateline and "a Boston food charity" describes the charity: the four years are Doyle's.
    assert verdict(COURT, "Doyle was jailed for four years.\n", "four years").verdict == "supported"


def test_a_name_that_orders_someone_to_pay_does_not_own_the_sum() -> None:
    assert verdict(COURT, "Doyle must repay $1.24 million.\n", "$1.24 million").verdict == "supported"


def test_a_wire_dateline_is_the_reports_date() -> None:
    # 9 May 2025 is the dateline (a Friday); the sentencing was on Thursday.
    v = verdict(COURT, "Doyle was sentenced on Friday.\n", "Friday")
    assert v.verdict != "supported"
    assert verdict(COURT, "Doyle was sentenced on Thursday.\n", "Thursday").verdict == "supported"


def test_a_named_object_of_the_order_still_owns_the_sum() -> None:
    source = "The judge, Paul Hartman, ordered the bank to pay $250,000. Doyle stole $1.2 million.\n"
    assert verdict(source, "Doyle was ordered to pay $250,000.\n", "$250,000").verdict != "supported"


def test_hong_kong_prison_words_name_a_prison_term() -> None:
    source = "陳志輝被判處入獄5年，黃美玲被判緩刑3年。\n"
    assert verdict(source, "陳志輝被判監禁5年。\n", "5年").verdict == "supported"
    v = verdict(source, "陳志輝被判緩刑5年。\n", "5年")
    assert v.verdict == "mismatch"
    assert "prison" in v.reason
