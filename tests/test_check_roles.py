"""check: a figure's part in its own sentence (the earlier value of a comparison, one item of a 分别 /
"respectively" list) decides whose figure an equal value in a claim is."""

from __future__ import annotations

from factx import analyze
from factx.review.check import Verdict, check
from factx.review.roles import is_base, negated, respective_items


def verdict(source: str, draft: str, typ: str, figure: str | None = None) -> Verdict:
    s = analyze(source, facets=True)
    d = analyze(draft, facets=True)
    [v] = [v for v in check(s.facts, d.facts) if v.claim.type == typ and figure in (None, v.claim.text)]
    return v


def facts(text: str) -> list:
    return analyze(text, facets=True).facts


# --- the earlier value of a comparison ----------------------------------------------------------------------------

ZH_BASE = "今年一季度，该厂利润由去年同期的320万元增至410万元。"
EN_BASE = "Ticket revenue at the museum reached $5,200 last month, up from $4,100 a year earlier."


def test_base_value_is_recognized_from_its_own_words() -> None:
    by_text = {f.text: f for f in facts(ZH_BASE)}
    assert is_base(by_text["320万元"]) and not is_base(by_text["410万元"])
    by_text = {f.text: f for f in facts(EN_BASE)}
    assert is_base(by_text["$4,100"]) and not is_base(by_text["$5,200"])


def test_earlier_value_stated_as_the_current_one_is_a_mismatch() -> None:
    v = verdict(ZH_BASE, "今年一季度该厂利润为320万元。", "money")
    assert (v.verdict, v.evidence and v.evidence.text, v.other and v.other.text) == ("mismatch", "410万元", "320万元")
    assert v.reason.startswith("same value, another time")
    v = verdict(EN_BASE, "Ticket revenue at the museum reached $4,100 last month.", "money")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "$5,200"


def test_earlier_value_stated_as_earlier_is_supported() -> None:
    assert verdict(ZH_BASE, "一季度该厂利润由320万元增至410万元。", "money", "320万元").verdict == "supported"
    assert verdict(ZH_BASE, "今年一季度该厂利润增至410万元。", "money").verdict == "supported"
    v = verdict(EN_BASE, "Ticket revenue at the museum was $4,100 a year earlier.", "money")
    assert v.verdict == "supported"


# --- 分别 / respectively ------------------------------------------------------------------------------------------

ZH_LIST = "据统计，甲镇和乙镇今年分别新增就业岗位300个和450个。"
EN_LIST = "Health officers said Oakton and Millbrook reported 12 new cases and 19 new cases, respectively."


def test_respective_items_pair_with_their_figures() -> None:
    fs = [f for f in facts(ZH_LIST) if f.type == "count"]
    found = respective_items(fs, [])
    assert found is not None and found[0] == ["甲镇", "乙镇今年"] and [f.text for f in found[1]] == ["300个", "450个"]
    assert respective_items(fs[:1], []) is None  # one figure is no list


def test_claim_about_the_other_item_is_a_mismatch() -> None:
    v = verdict(ZH_LIST, "乙镇今年新增就业岗位300个。", "count")
    assert (v.verdict, v.evidence and v.evidence.text, v.other and v.other.text) == ("mismatch", "450个", "300个")
    v = verdict(EN_LIST, "Millbrook reported 12 new cases.", "count")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "19 new cases"


def test_claim_about_its_own_item_is_supported() -> None:
    assert verdict(ZH_LIST, "甲镇今年新增就业岗位300个。", "count").verdict == "supported"
    assert verdict(EN_LIST, "Oakton reported 12 new cases.", "count").verdict == "supported"


def test_without_respectively_the_order_proves_nothing() -> None:
    src = "据统计，甲镇和乙镇今年新增就业岗位300个和450个。"
    assert respective_items([f for f in facts(src) if f.type == "count"], []) is None


def test_traditional_list_after_an_earlier_item_pairs_the_last_items() -> None:
    src = "各縣市中，以台東縣損失8億元最多、新竹縣及苗栗縣分別損失460萬元及315萬元。"
    v = verdict(src, "苗栗縣損失460萬元。", "money")
    assert (v.verdict, v.evidence and v.evidence.text) == ("mismatch", "315萬元")
    assert verdict(src, "新竹縣損失460萬元。", "money").verdict == "supported"


# --- forecasts, plans and ceilings ------------------------------------------------------------------------------

ZH_MODAL = "根据条例，违例者最高可被判罚款20万元及监禁三年。本案被告昨日被判罚款2万元及监禁六个月。"
EN_MODAL = "Analysts had been expecting sales of $4.8 billion. The retailer said sales came in at $4.6 billion."


def test_ceiling_or_forecast_stated_as_what_happened_is_not_supported() -> None:
    v = verdict(ZH_MODAL, "违例者被判监禁三年。", "duration")
    assert v.verdict != "supported" and v.other is not None and v.other.text == "三年"
    assert "forecast, plan or ceiling" in v.reason
    v = verdict(EN_MODAL, "The retailer's sales came in at $4.8 billion.", "money")
    assert (v.verdict, v.evidence and v.evidence.text) == ("mismatch", "$4.6 billion")


def test_ceiling_or_forecast_stated_as_such_is_supported() -> None:
    assert verdict(ZH_MODAL, "违例者最高可被判监禁三年。", "duration").verdict == "supported"
    assert verdict(EN_MODAL, "Analysts expected sales of $4.8 billion.", "money").verdict == "supported"
    assert verdict(ZH_MODAL, "被告被判监禁六个月。", "duration").verdict == "supported"


# --- denied figures ---------------------------------------------------------------------------------------------

EN_DENIED = "Only Ruiz has won at 12 venues; the other three drivers never won at 12 venues but did so at 9 venues."


def test_denied_figure_is_no_support() -> None:
    by_text = [f for f in facts(EN_DENIED) if f.text == "12 venues"]
    assert [negated(f) for f in by_text] == [False, True]
    src = "Officials said the other three drivers had not won at 12 venues, though each had won at 9 venues."
    v = verdict(src, "The other three drivers have won at 12 venues.", "count", "12 venues")
    assert v.verdict != "supported" and "denied" in v.reason


def test_figure_stated_and_denied_alike_is_supported_when_the_claim_denies_too() -> None:
    src = "Officials said the other three drivers had not won at 12 venues, though each had won at 9 venues."
    v = verdict(src, "The other three drivers have not won at 12 venues.", "count", "12 venues")
    assert v.verdict == "supported"
    # a bound is no denial, and 未来 is the future, not 未
    assert not negated(next(f for f in facts("Turnout was not less than 40%.") if f.type == "percent"))
    assert not negated(next(f for f in facts("未来沿线将有17个路口禁止左转。") if f.type == "count"))


def test_traditional_separators_and_base_words_are_folded() -> None:
    src = "據統計，北港鎮與南港鎮今年分別新增就業崗位300個與450個。"
    v = verdict(src, "南港鎮今年新增就業崗位300個。", "count")
    assert (v.verdict, v.evidence and v.evidence.text) == ("mismatch", "450個")
    by_text = {f.text: f for f in facts("今年一季度，該廠利潤從去年同期的320萬元增至410萬元。")}
    assert is_base(by_text["320萬元"]) and not is_base(by_text["410萬元"])


# --- the report's own date ------------------------------------------------------------------------------------------

ZH_DATELINE = "本报南宁3月10日电 3月8日晚，一辆货车在国道上侧翻，造成2人受伤。"


def _dated(source: str, draft: str) -> Verdict:
    from datetime import date

    s = analyze(source, facets=True, ref_date=date(2021, 3, 10))
    d = analyze(draft, facets=True, ref_date=date(2021, 3, 10))
    [v] = [v for v in check(s.facts, d.facts) if v.claim.type == "date"]
    return v


def test_a_dateline_is_not_the_day_of_the_event() -> None:
    v = _dated(ZH_DATELINE, "货车侧翻事故发生在3月10日。")
    assert v.verdict != "supported" and "dateline" in v.reason


def test_the_events_own_day_and_the_report_dated_as_such_are_supported() -> None:
    assert _dated(ZH_DATELINE, "货车侧翻事故发生在3月8日晚。").verdict == "supported"
    assert _dated(ZH_DATELINE, "本报3月10日报道了这起事故。").verdict == "supported"


def test_dateline_is_read_from_the_words_after_the_date() -> None:
    from factx.review.roles import dateline

    by_text = {f.text: f for f in facts(ZH_DATELINE)}
    assert dateline(by_text["3月10日"]) and not dateline(by_text["3月8日晚"])


# --- a headline and a 分别 list -------------------------------------------------------------------------------------

SMUGGLING = (
    "走私团伙头目获刑九年\n"
    "本报讯 11月3日，某市中级人民法院对一起走私案作出一审判决。被告人陈某、刘某分别以走私普通货物罪被判处有期徒刑九年和"
    "三年六个月。\n"
)


def test_the_story_not_the_headline_says_whose_listed_term_it_is() -> None:
    # 被告人 opens the list; 刘某 is written out whole, and the headline's 九年 does not keep the claim supported.
    v = verdict(SMUGGLING, "被告人刘某被判处有期徒刑九年。", "duration", "九年")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "三年六个月"


def test_the_listed_item_that_owns_the_term_and_the_headline_still_support() -> None:
    assert verdict(SMUGGLING, "被告人陈某被判处有期徒刑九年。", "duration", "九年").verdict == "supported"
    assert verdict(SMUGGLING, "走私团伙头目被判处有期徒刑九年。", "duration", "九年").verdict == "supported"


# --- a date that qualifies a noun -----------------------------------------------------------------------------------

THREAT = (
    "Police said Dale Norris was charged in June over the May 4 email to the mayor's office. He was released on May 9."
)


def test_a_date_that_qualifies_a_noun_is_not_the_sentences_event() -> None:
    v = verdict(THREAT, "Norris was charged on May 4.", "date", "May 4")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "June"


def test_a_claim_naming_the_qualified_noun_or_a_plain_date_is_supported() -> None:
    assert verdict(THREAT, "Norris sent the email on May 4.", "date", "May 4").verdict == "supported"
    assert verdict(THREAT, "Norris was released on May 9.", "date", "May 9").verdict == "supported"
