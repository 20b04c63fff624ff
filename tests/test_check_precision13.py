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
