"""Round 15, precision half: data-style cases for a figure moved onto another item of its own sentence."""

from __future__ import annotations

import pytest
from check_verdict import verdict

from factx import analyze
from factx.review.check import Verdict, check


def verdict_with_text(source: str, draft: str, figure: str) -> Verdict:
    """The verdict on the draft figure written `figure`, with the source's text given to `check` (as the command
    gives it for one source)."""
    s, d = analyze(source, facets=True), analyze(draft, facets=True)
    [v] = [v for v in check(s.facts, d.facts, document=source) if v.claim.text == figure]
    return v


# --- clause subjects that differ only where the two items differ: a list writes its head once

_CROPS = "Red apple sales fell 12 percent to 4,100 crates, while greens were down 7 percent."
_MILLS = "Copper output rose 8 percent to 1,200 tonnes, while zinc output fell 3 percent to 700 tonnes."


@pytest.mark.parametrize(
    ("source", "draft", "figure", "expected", "evidence"),
    [
        # the claim names the other item's word and leaves out the equal figure's own (red / green)
        (_CROPS, "Green apple sales fell 12 percent.", "12 percent", "mismatch", "7 percent"),
        # the other item went the other way: it is still the item the claim names
        (_MILLS, "Zinc output rose 8 percent.", "8 percent", "mismatch", "3 percent"),
    ],
)
def test_a_figure_moved_to_the_other_item_of_a_list(
    source: str, draft: str, figure: str, expected: str, evidence: str
) -> None:
    v = verdict(source, draft, figure)
    assert v.verdict == expected
    assert v.evidence is not None and v.evidence.text == evidence


@pytest.mark.parametrize(
    ("source", "draft", "figure"),
    [
        (_CROPS, "Sales of red apples fell 12 percent.", "12 percent"),
        (_CROPS, "Red apple sales dropped 12 percent.", "12 percent"),
        # (a claim that names neither item's own word says nothing against the equal figure)
        (_CROPS, "Apple sales fell 12 percent.", "12 percent"),
        (_MILLS, "Copper output climbed 8 percent to 1,200 tonnes.", "8 percent"),
        (_MILLS, "Zinc output fell 3 percent.", "3 percent"),
    ],
)
def test_the_item_the_figure_is_written_with_keeps_it(source: str, draft: str, figure: str) -> None:
    assert verdict(source, draft, figure).verdict == "supported"


# --- a name that only ever opens sentences: "Northgate Bancorp said …" makes "Northgate" a name

_BAKERS = (
    "Bramley Foods said on Tuesday it would close two bakeries. Corbin Mills reported a profit of $14 million. "
    "The company also cut 120 jobs."
)


def test_a_claim_opening_with_a_name_the_source_writes_in_two_words() -> None:
    v = verdict_with_text(_BAKERS, "Bramley cut 120 jobs.", "120 jobs")
    assert v.verdict != "supported"
    assert v.other is not None and v.other.text == "120 jobs"


def test_the_holder_the_figure_refers_to_keeps_it() -> None:
    assert verdict_with_text(_BAKERS, "Corbin cut 120 jobs.", "120 jobs").verdict == "supported"


def test_only_a_sentence_opening_with_two_capitalized_words_makes_a_name() -> None:
    from factx.review.owners import _paired_openers

    sentences = {
        "Bramley Foods said on Tuesday it would close two bakeries.",
        "In October the mill cut 40 jobs.",
        "Housing starts rose 4 percent.",
        "Two Regional Bakers Report Mixed Results",  # (a headline may capitalize every word)
    }
    assert _paired_openers(sentences) == frozenset({"bramley"})


# --- a holder named by referring back inside the subject: "Deposits at the bank", "Shares of the company"

_MILLERS = (
    "Harbor Mills said its profit rose 9 percent to $40 million. Corbin Foods reported sales of $2.1 billion. "
    "Shares of the company fell 4 percent on Friday."
)


def test_a_subject_that_refers_back_names_the_earlier_holder() -> None:
    v = verdict_with_text(_MILLERS, "Harbor Mills shares fell 4 percent on Friday.", "4 percent")
    assert v.verdict != "supported"
    assert v.other is not None and v.other.text == "4 percent"


def test_the_holder_referred_to_keeps_its_figure() -> None:
    assert verdict_with_text(_MILLERS, "Corbin Foods shares fell 4 percent.", "4 percent").verdict == "supported"


@pytest.mark.parametrize(
    ("part", "refers"),
    [
        ("Deposits at the bank were flat at ", True),
        ("Shares of the company fell ", True),
        ("Sales at the new store rose ", False),  # (a store is no holder named before)
        ("Revenue rose ", False),
    ],
)
def test_which_subjects_refer_back(part: str, refers: bool) -> None:
    from factx.review.referents import REFERRING_INSIDE

    assert (REFERRING_INSIDE.match(part) is not None) == refers


# --- a sentence that states no time is read at the time of the sentences before it

_MILLS_MONTH = (
    "Steel output in Varna rose 6.2 percent in March to 410,000 tonnes, the ministry said on Friday. "
    "Aluminium output rose 1.8 percent to 95,000 tonnes."
)


def test_the_leads_month_is_no_word_of_its_figure_alone() -> None:
    v = verdict_with_text(_MILLS_MONTH, "Aluminium output rose 6.2 percent in March.", "6.2 percent")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "1.8 percent"


@pytest.mark.parametrize(
    ("draft", "figure"),
    [
        ("Aluminium output in Varna rose 1.8 percent in March.", "1.8 percent"),
        ("Steel output rose 6.2 percent in March.", "6.2 percent"),
        ("Steel output in Varna rose 6.2 percent.", "6.2 percent"),
    ],
)
def test_the_figures_of_a_later_sentence_keep_the_leads_month(draft: str, figure: str) -> None:
    assert verdict_with_text(_MILLS_MONTH, draft, figure).verdict == "supported"


def test_an_undated_sentence_before_the_date_still_leaves_the_date_to_its_own() -> None:
    # (the time carries forward only: "stayed below 6 percent for a fourth month" comes before October's sentence)
    source = (
        "The average interest rate on a car loan stayed below 6 percent for a fourth month. Rates on new financed "
        "vehicles averaged 5.4 percent in October, down from 5.9 percent a year earlier."
    )
    assert (
        verdict_with_text(source, "The average rate on car loans was 5.4 percent in October.", "5.4 percent").verdict
        == "supported"
    )


def test_a_year_compared_with_is_no_time_carried_forward() -> None:
    # ("on last year" is the base the claim compares with, not the time the later sentence is read at)
    source = (
        "Growers in the valley picked 41,300 tonnes of grapes, 26% less than last year's 55,800 tonnes. "
        "Red grape output fell 31%, and white grape output was down 19%."
    )
    assert verdict_with_text(source, "The grape harvest fell 26% on last year.", "26%").verdict == "supported"


# --- a headline of several items parted by wide spaces: each figure is about its own item

_HOUSEHOLDS = (
    "青禾縣農戶收入增7.3%　生活支出增9.1%\n\n【本報訊】青禾縣統計處昨日公布調查結果，"
    "去年全縣平均每戶農業收入為15.2萬元，較前年增加7.3%；平均每戶生活支出為11.8萬元，增加9.1%。"
)


def test_the_next_items_words_are_not_the_headline_figures() -> None:
    v = verdict_with_text(_HOUSEHOLDS, "青禾縣去年平均每戶生活支出增加7.3%。", "7.3%")
    assert v.verdict == "mismatch"
    assert v.evidence is not None and v.evidence.text == "9.1%"


@pytest.mark.parametrize(
    ("draft", "figure"),
    [
        ("青禾縣平均每戶農業收入增加7.3%。", "7.3%"),
        ("青禾縣每戶收入增加7.3%。", "7.3%"),
        ("青禾縣平均每戶生活支出增加9.1%。", "9.1%"),
        ("青禾縣去年平均每戶家庭開銷增加7.3%。", "7.3%"),  # (words found at no figure say nothing)
    ],
)
def test_each_headline_item_keeps_its_own_figure(draft: str, figure: str) -> None:
    assert verdict_with_text(_HOUSEHOLDS, draft, figure).verdict == "supported"


def test_a_headline_item_is_read_between_wide_spaces() -> None:
    from factx import analyze
    from factx.review.owners import _headline_item

    facts = analyze("嘉南市民所得增4.2%　消費支出增6.5%\n\n本報訊。", facets=True).facts
    first = next(f for f in facts if f.text == "4.2%")
    assert _headline_item(first) is not None and "消费" not in _headline_item(first)
    [body] = [f for f in analyze("標題\n\n所得增加4.2%，支出增加6.5%。").facts if f.text == "4.2%"]
    assert _headline_item(body) is None
