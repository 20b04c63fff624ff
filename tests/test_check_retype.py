"""check: a draft figure extracted as another type than the source's same words (a quantity "34 points" where the
source counts points; an ordinal restating a running total) is read as the source reads it, only when the number
and the noun agree."""

from __future__ import annotations

from check_verdict import verdict

SOURCE = (
    "The Harbor Hawks beat the Pine Bay Owls 98-91 on Friday. Mara Quint scored 31 points and grabbed 12 rebounds. "
    "Quint, now in her 9th year with the club, has 14 NBA seasons behind her and 52 double-doubles in all."
)


def test_a_quantity_of_points_is_the_sources_count_of_points() -> None:
    v = verdict(SOURCE, "Mara Quint poured in 31 points against the Owls.", "31 points")
    assert v.verdict == "supported"
    assert v.evidence is not None and v.evidence.text == "31 points"
    # The record still shows the draft's figure as it was extracted, and says how it was read.
    assert v.claim.type == "quantity" and "read as the source's count" in v.reason


def test_a_quantity_with_another_number_is_not_supported() -> None:
    v = verdict(SOURCE, "Mara Quint poured in 13 points against the Owls.", "13 points")
    assert v.verdict != "supported"


def test_an_ordinal_restates_a_running_count_of_the_same_noun() -> None:
    v = verdict(SOURCE, "Quint recorded the 52nd double-double of her career.", "52nd")
    assert v.verdict == "supported"
    assert v.evidence is not None and v.evidence.text == "52 double-doubles"
    assert v.claim.type == "ordinal"


def test_an_ordinal_of_another_noun_is_not_read_as_the_count() -> None:
    # 52 counts double-doubles; a 52nd game is about something else.
    v = verdict(SOURCE, "Quint played her 52nd game of the year.", "52nd")
    assert v.verdict != "supported"


def test_an_ordinal_the_source_states_as_an_ordinal_stays_one() -> None:
    v = verdict(SOURCE, "Quint is in her 9th year with the club.", "9th")
    assert v.verdict == "supported" and v.evidence is not None and v.evidence.type == "ordinal"


# --- an equal figure whose words another figure outweighs plays no part ----------------------------------------

RETAIL = (
    "The chain earned $1.9 billion as revenue rose 4.2 percent to $20.1 billion. Same-store sales rose 3.1 percent, "
    "short of the 3.8 percent analysts expected. Looking ahead, the chain sees fiscal 2020 sales growth of 2.0 "
    "percent and same-store sales growth of 4.2 percent."
)


def test_a_forecast_is_not_the_evidence_of_an_actual_figure() -> None:
    # Same words, but the claim states what happened: the forecast cannot stand in for it, and revenue's 4.2
    # percent is not about same-store sales.
    for draft in (
        "Same-store sales rose 4.2 percent in the quarter.",
        "Same-store sales were up 4.2 percent last quarter.",
    ):
        v = verdict(RETAIL, draft, "4.2 percent")
        assert v.verdict != "supported", draft


def test_an_equal_figure_about_the_claims_thing_still_supports() -> None:
    v = verdict(RETAIL, "The chain's revenue rose 4.2 percent.", "4.2 percent")
    assert v.verdict == "supported" and v.evidence is not None and v.evidence.sentence.startswith("The chain earned")


# --- figures a claim states together come from one source sentence ------------------------------------------------

FLEET = (
    "The freight group's annual profit rose 12 percent to A$84 million on revenue of A$1.3 billion. Harlow said it "
    "would close two depots and buy 40 new trucks over the next two years at a cost of about US$2.4 million. Its "
    "shares rose 2.1 percent."
)


def test_a_figure_beside_a_supported_one_is_compared_with_its_sentence() -> None:
    # 40 new trucks is supported by the second sentence, so its US$2.4 million is the likely partner of A$2.4 million.
    v = verdict(FLEET, "Harlow will spend about A$2.4 million on 40 new trucks.", "about A$2.4 million")
    assert v.verdict == "mismatch" and v.difference == "currency"
    assert v.evidence is not None and v.evidence.text == "about US$2.4 million"


def test_without_a_supported_neighbour_the_figure_is_not_found() -> None:
    v = verdict(FLEET, "Harlow will spend about A$2.4 million on new offices.", "about A$2.4 million")
    assert v.verdict == "not_found"


# --- a count's own words name what it counts ----------------------------------------------------------------------


def test_a_count_naming_the_same_specific_thing_shares_it() -> None:
    source = "The company said it would close two depots and buy 40 new trucks over the next two years."
    v = verdict(source, "Harlow Freight will spend heavily on 40 new trucks.", "40 new trucks")
    assert v.verdict == "supported"


def test_a_general_counted_noun_shares_nothing() -> None:
    source = "Rescuers pulled 40 people from the flooded river on Sunday."
    v = verdict(source, "About the hearing: 40 people attended the council meeting.", "40 people")
    assert v.verdict == "not_found"
