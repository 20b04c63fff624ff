"""check, round 11 (recall): a coarser date dates the source date whose event the claim's words name; the items of
a list share the list's lead; a duration bound is as precise as its unit; shops and stores are one word."""

from __future__ import annotations

from check_verdict import verdict

from factx.review.similarity import terms

# --- a coarser date dates the source date whose event the claim's words name ---------------------------------------


def test_a_month_is_supported_by_the_day_of_its_event() -> None:
    source = (
        "本报讯（记者 周红）4月9日上午，滨江大桥二期工程举行开工仪式。大桥全长4.2公里，计划于2028年建成。"
        "该项目于2021年8月获省发改委批复。"
    )
    assert verdict(source, "滨江大桥二期工程于4月开工。", "4月").verdict == "supported"


def test_a_year_is_supported_by_the_day_of_its_event_after_a_dateline() -> None:
    source = "本报讯 2022年5月16日，县第二自来水厂扩建项目正式开工。该项目总投资3850万元。"
    assert verdict(source, "项目于2022年开工。", "2022年").verdict == "supported"


def test_a_year_holding_another_events_date_is_not_supported() -> None:
    # 2021年8月 dates the approval; the start of the works is 4月9日 (of the reference year), never 2021.
    source = (
        "本报讯（记者 周红）4月9日上午，滨江大桥二期工程举行开工仪式。大桥全长4.2公里，计划于2028年建成。"
        "该项目于2021年8月获省发改委批复。"
    )
    assert verdict(source, "滨江大桥二期工程于2021年开工。", "2021年").verdict != "supported"


def test_an_english_month_is_supported_by_the_weekday_of_its_event() -> None:
    source = (
        "LAKEPORT, June 11, 2024 — The Lakeport council on Tuesday approved a $310 million plan to rebuild its "
        "harbour wall. Work on the wall last took place in 2009."
    )
    assert verdict(source, "The plan was approved in June 2024.", "June 2024").verdict == "supported"


def test_an_english_year_of_another_event_is_not_supported() -> None:
    source = (
        "LAKEPORT, June 11, 2024 — The Lakeport council on Tuesday approved a $310 million plan to rebuild its "
        "harbour wall. Work on the wall last took place in 2009."
    )
    assert verdict(source, "The plan was approved in 2009.", "2009").verdict != "supported"


# --- the items of a list of figures share the words before the list -----------------------------------------------


def test_the_items_of_a_list_share_its_lead() -> None:
    from factx import analyze
    from factx.review.similarity import contexts

    facts = analyze("统计局预计，前三季度工业增加值增速分别为4.1%、5.3%、6.2%。", facets=True).facts
    ctx = contexts(facts)
    leads = [c.lead for f, c in zip(facts, ctx, strict=True) if f.type == "percent"]
    assert len(leads) == 3 and all("增速" in x for x in leads)


def test_a_figure_after_another_named_between_keeps_its_own_lead() -> None:
    from factx import analyze
    from factx.review.similarity import contexts

    facts = analyze("事故致5人死亡，3人受伤。", facets=True).facts
    ctx = contexts(facts)
    [three] = [c for f, c in zip(facts, ctx, strict=True) if f.text.startswith("3")]
    assert "受伤" not in three.lead


def test_a_later_item_of_a_list_is_supported() -> None:
    source = "统计局上月预计，今年前三个季度的工业增加值增速分别为4.1%、5.3%、6.2%，全年为5.0%。"
    assert verdict(source, "统计局预计第二季度工业增加值增速为5.3%。", "5.3%").verdict == "supported"


def test_a_list_item_claimed_for_the_year_is_not_supported() -> None:
    source = "统计局上月预计，今年前三个季度的工业增加值增速分别为4.1%、5.3%、6.2%，全年为5.0%。"
    assert verdict(source, "统计局预计全年工业增加值增速为5.3%。", "5.3%").verdict != "supported"


# --- a duration bound is as precise as the unit it is written in ---------------------------------------------------

_WORKS = "施工单位表示，主塔基础施工预计持续14个月，其间将对滨江路实施交通管制。"


def test_more_than_a_year_holds_for_fourteen_months() -> None:
    assert verdict(_WORKS, "主塔基础施工预计持续一年多。", "一年多").verdict == "supported"


def test_more_than_two_years_does_not_hold_for_fourteen_months() -> None:
    assert verdict(_WORKS, "主塔基础施工预计持续两年多。", "两年多").verdict == "mismatch"


# --- shops and stores are one word ----------------------------------------------------------------------------------

_GROCER = "Fenwick Markets said pre-tax profit fell 8 percent to £412 million. Fenwick now runs 1,148 shops."


def test_shops_and_stores_are_one_word() -> None:
    assert terms("1,148 stores") == terms("1,148 shops") == terms("1,148 outlets")
    assert verdict(_GROCER, "Fenwick now has 1,148 stores.", "1,148 stores").verdict == "supported"


def test_shops_are_not_staff() -> None:
    assert verdict(_GROCER, "Fenwick now has 1,148 staff.", "1,148 staff").verdict != "supported"


def test_a_wider_period_is_not_a_looser_statement() -> None:
    # "between 2006 and 2016" states where a period starts: around the source's 2008 to 2016 it is another period,
    # however many of its words stand there. A year alone with those words is a looser statement.
    from factx import analyze
    from factx.review.looser import same_event_words

    words = terms("surveys were completed")
    [period] = analyze("The surveys were completed between 2006 and 2016.").facts
    [year] = analyze("The surveys were completed in 2016.").facts
    assert not same_event_words(period, words, words, 1.0) and same_event_words(year, words, words, 1.0)
