"""check: only words that say an equal source figure is about something else keep it from supporting a claim; a word
of the claim the source's sentence merely lacks is no such evidence (a paraphrase rarely keeps the source's words)."""

from __future__ import annotations

from check_verdict import verdict

EN_TRAINING = (
    "A military transport plane went down during a night training flight near the coast on Tuesday. "
    "The crew of the plane included two Canadian air force officers, the ministry said."
)


def test_a_contrasting_word_the_source_sentence_lacks_does_not_unmake_an_equal_figure() -> None:
    # "killed" names a casualty the source's sentence does not word at all; nothing there says "injured" either.
    assert (
        verdict(EN_TRAINING, "Two Canadian air force officers were killed.", "Two Canadian air force officers").verdict
        == "supported"
    )


def test_a_rival_word_in_the_source_clause_still_tells_the_figures_apart() -> None:
    source = "Shares of the retailer climbed, in the end by a modest 8 percent, after the results."
    assert verdict(source, "Shares of the retailer climbed 8 percent.", "8 percent").verdict == "supported"
    assert verdict(source, "Shares of the retailer fell 8 percent.", "8 percent").verdict != "supported"


ZH_OUTAGE = "台风过境后，全县共有230户停电，另有12人受伤，其中3人伤势较重。"


def test_households_are_not_people() -> None:
    # (no casualty word in the claim: only what is counted tells the 230 apart)
    v = verdict(ZH_OUTAGE, "台风期间全县有230人停电。", "230人")
    assert v.verdict == "not_found"
    assert v.other is not None and v.other.text == "230户" and "households" in v.reason
    assert verdict(ZH_OUTAGE, "台风导致全县230户停电。", "230户").verdict == "supported"
    assert verdict(ZH_OUTAGE, "台风造成12人受伤。", "12人").verdict == "supported"


EN_BLAZE = (
    "Firefighters battled the warehouse blaze through the night, and it was finally put out on Sunday, some 31 hours "
    "after it began."
)


def test_an_english_restatement_with_another_figure_is_a_mismatch_not_a_figure_never_stated() -> None:
    # A restatement in other words shares fewer character pairs with its source than a copied sentence does.
    v = verdict(EN_BLAZE, "The warehouse fire burned for 35 hours before it was put out.", "35 hours")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "31 hours"
    assert 0.30 <= v.score < 0.35
    # A sentence about something else with a duration of its own is still not found.
    assert verdict(EN_BLAZE, "The council approved 35 hours of overtime.", "35 hours").verdict == "not_found"
