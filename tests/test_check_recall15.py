"""check, round 15 (recall): the subject a sentence leaves unsaid is the one the sentence before opens with, and a
frame opening a sentence (在…中，; "Among …,") covers every part of it."""

from __future__ import annotations

from check_verdict import verdict

from factx import analyze
from factx.review.similarity import contexts

# --- the subject a sentence leaves unsaid ---------------------------------------------------------------------------

_BREWER = (
    "Ashcombe Brewing, the cider maker, posted a pre-tax profit of £12.4m for the year. "
    "Revenue rose by 5%, from £96m to £101m. "
    "Its rival Kestrel Ales reported revenue of £44m. "
    "Ashcombe will pay a dividend of 3.1p, and Kestrel will pay 1.2p."
)


def test_a_sentence_naming_no_one_is_about_the_name_before_it() -> None:
    # ("Revenue rose …" names no one: it is Ashcombe's, named by the sentence before)
    assert verdict(_BREWER, "Ashcombe's revenue reached £101m.", "£101m").verdict == "supported"


def test_the_carried_name_does_not_take_another_s_figure() -> None:
    # (Kestrel's sentence names Kestrel: its dividend is not Ashcombe's)
    assert verdict(_BREWER, "Kestrel's revenue reached £101m.", "£101m").verdict != "supported"


def _part_of(source: str, figure: str) -> frozenset[str]:
    """The words of the sentence part `check` reads the source figure written `figure` with."""
    facts = analyze(source, facets=True).facts
    ctx = contexts(facts)
    [part] = [c.part for f, c in zip(facts, ctx, strict=True) if f.text == figure]
    return part


def test_nothing_is_carried_over_a_sentence_without_figures() -> None:
    # (the sentence between, which has no figure, may name the next subject: here it does)
    source = (
        "Ashcombe Brewing posted a pre-tax profit of £12.4m for the year. "
        "Its rival, Kestrel Ales, had a weaker year. "
        "Revenue fell by 4% to £44m."
    )
    assert "ashcomb" not in _part_of(source, "£44m")
    assert "ashcomb" in _part_of(source.replace("Its rival, Kestrel Ales, had a weaker year. ", ""), "£44m")


def test_a_sentence_with_a_subject_of_its_own_carries_nothing() -> None:
    # ("The brewery's landlord …", "New vehicle sales in the Houston area": a subject of its own, and a name inside a
    # subject is no subject the next sentence goes on about)
    source = (
        "Ashcombe Brewing posted a pre-tax profit of £12.4m for the year. "
        "The brewery's landlord, a pension fund, collected rent of £2.1m."
    )
    assert "ashcomb" not in _part_of(source, "£2.1m")
    source = "New car sales in the Dunmore area fell 8 percent. Sedan sales were down 11.5 percent."
    assert "dunmor" not in _part_of(source, "11.5 percent")


_LOANS = (
    "法院审理查明，被告人钱某某以虚构工程的方式先后从4家小贷公司骗取借款共计730万元。"
    "其中，从一家小贷公司骗取的借款最多，达260万元。"
    "另一被告人冯某骗取借款95万元。"
)


def test_a_chinese_sentence_referring_back_is_about_the_person_before() -> None:
    assert verdict(_LOANS, "钱某某从一家小贷公司骗得的借款最多为260万元。", "260万元").verdict == "supported"
    assert verdict(_LOANS, "冯某从一家小贷公司骗得借款260万元。", "260万元").verdict != "supported"


# --- a frame opening a sentence -------------------------------------------------------------------------------------

_POLL = (
    "最新民调显示，现任市长何家明的支持度为51%，不支持度为30%。"
    "在首投族中，有44%支持何家明，仅19%表示不支持；挑战者邓慧芸的支持度为41%，不支持度为26%。"
)


def test_a_frame_covers_the_later_parts_of_its_sentence() -> None:
    assert verdict(_POLL, "在首投族中，邓慧芸的不支持度为26%。", "26%").verdict == "supported"


def test_a_frame_is_read_only_where_the_sentence_opens_with_one() -> None:
    # (a figure's own words still tell the parts apart: 邓慧芸's 41% is no 不支持度)
    assert verdict(_POLL, "在首投族中，邓慧芸的不支持度为41%。", "41%").verdict != "supported"


_SURVEY = "在60岁以上受访者中，有68%赞成延长营业时间，仅14%反对；在25岁以下受访者中，赞成率为52%，反对率为35%。"


def test_a_figure_in_the_frame_is_tied_to_every_statement_under_it() -> None:
    # (60岁 stands in the frame of the 14%, though the 14%'s own stretch runs back only to the 68%)
    assert verdict(_SURVEY, "60岁以上受访者中有14%反对延长营业时间。", "14%").verdict == "supported"
    assert verdict(_SURVEY, "在25岁以下受访者中，反对率为35%。", "35%").verdict == "supported"


def test_a_part_with_a_frame_of_its_own_keeps_it() -> None:
    # (the 52% is the young's: the part opens with its own frame)
    assert verdict(_SURVEY, "60岁以上受访者的赞成率为52%。", "52%").verdict != "supported"
    assert verdict(_SURVEY, "25岁以下受访者中有68%赞成延长营业时间。", "68%").verdict != "supported"


def test_a_figure_outside_a_frame_ties_as_before() -> None:
    # (no frame: 54.1万人次 opens a comma chain, and the 12.2% is the mainland visitors')
    source = "8月香港旅客54.1万人次，按年下跌3.5%，内地旅客120.6万人次，按年上升12.2%。"
    assert verdict(source, "8月香港旅客54.1万人次，按年上升12.2%。", "12.2%").verdict != "supported"


# --- words of a paraphrase ------------------------------------------------------------------------------------------


def test_the_base_of_a_change_may_be_written_or_left_out() -> None:
    source = "Orders fell 6.4% in October. A year earlier they had risen 3.0%."
    assert verdict(source, "Orders were 6.4% lower than a year earlier.", "6.4%").verdict == "supported"
    # ("earlier" stood beside the exports' 2.2% only, and kept the orders' claim on it)
    source = "Orders fell 6.4% in October, while exports fell 2.2% from a year earlier."
    assert verdict(source, "Orders were 2.2% lower than a year earlier.", "2.2%").verdict != "supported"


# --- the base of a change is no time of the figure ------------------------------------------------------------------

_ORDERS = "Orders fell 6.4% in October, after falling 2.1% a year earlier."
_REVENUE = "公司营收比两年前增加12%，两年前的营收增幅为5%。"


def test_than_a_year_earlier_measures_a_change_from_then() -> None:
    # ("lower than a year earlier" says what the change is measured from: the figure is today's)
    assert verdict(_ORDERS, "Orders were 6.4% lower than a year earlier.", "6.4%").verdict == "supported"
    assert verdict(_REVENUE, "公司营收较两年前增长12%。", "12%").verdict == "supported"


def test_a_figure_dated_then_is_still_then() -> None:
    assert verdict(_ORDERS, "A year earlier, orders fell 6.4%.", "6.4%").verdict != "supported"
    assert verdict(_REVENUE, "两年前公司营收增幅为12%。", "12%").verdict != "supported"
