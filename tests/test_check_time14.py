"""Round 14 (main): whose time a figure is when no reference date resolves "last year", and dates that date no figure.

All texts are invented for these tests.
"""

from __future__ import annotations

import pytest
from check_verdict import verdict

_HARVEST = (
    "Growers in the Linden Hills picked 12,400 tonnes of apples this autumn, 18% less than last year's 15,100 "
    "tonnes and the smallest crop since 2016, the growers' union said. Yields averaged 21 tonnes a hectare, "
    "against 26 tonnes last year."
)


@pytest.mark.parametrize(
    ("draft", "figure", "expected", "evidence"),
    [
        # the claim's "last year" is the time of the other figure of the sentence (a possessive before it, or its own
        # clause after it): a mismatch against that figure, though neither date resolves without a reference date
        ("Last year's Linden Hills crop came to 12,400 tonnes.", "12,400 tonnes", "mismatch", "15,100 tonnes"),
        ("Last year, yields averaged 21 tonnes a hectare.", "21 tonnes", "mismatch", "26 tonnes"),
        # the figures of the claim's own time stay supported
        ("Growers picked 15,100 tonnes last year.", "15,100 tonnes", "supported", "15,100 tonnes"),
        ("This year's Linden Hills crop came to 12,400 tonnes.", "12,400 tonnes", "supported", "12,400 tonnes"),
        ("The Linden Hills crop came to 12,400 tonnes.", "12,400 tonnes", "supported", "12,400 tonnes"),
    ],
)
def test_last_year_read_in_both_texts_alike(draft: str, figure: str, expected: str, evidence: str) -> None:
    v = verdict(_HARVEST, draft, figure)
    assert v.verdict == expected
    assert v.evidence is not None and v.evidence.text == evidence


def test_a_record_counted_since_a_year_does_not_date_the_figure() -> None:
    # ("since 2016" dates the record, not the crop: without the rule it was the crop's own date, and the claim's
    # "last year" then needed a closer match than the other figure gives)
    v = verdict(_HARVEST, "Last year's crop came to 12,400 tonnes.", "12,400 tonnes")
    assert v.verdict == "mismatch"


def test_chinese_last_year_before_its_figure() -> None:
    source = "今年全县粮食总产量为41.3万吨，比去年的45.6万吨减少9.4%。"
    assert verdict(source, "去年全县粮食总产量为41.3万吨。", "41.3万吨").verdict == "mismatch"
    assert verdict(source, "今年全县粮食总产量为41.3万吨。", "41.3万吨").verdict == "supported"


def test_the_claims_period_given_to_a_figure_of_another_thing() -> None:
    # the sentence gives "last year" to a loss; the equal profit is the year before's: the source gives no profit for
    # last year (a claim of the year before stays supported)
    source = (
        "Brantmoor Telecom reported a net loss of £118 million for last year, compared with a profit of £39 million "
        "the year before, after writing down its cable business."
    )
    v = verdict(source, "Brantmoor earned £39 million last year.", "£39 million")
    assert v.verdict == "not_found"
    assert verdict(source, "Brantmoor made a profit of £39 million.", "£39 million").verdict == "supported"


@pytest.mark.parametrize(
    ("sentence", "year", "record"),
    [
        ("Growers picked the smallest crop since 2016, the union said.", "2016", True),
        ("Sales were the lowest since 2008.", "2008", True),
        ("The fund has paid interest since 2019 and holds $4 million.", "2019", False),
        ("今年产量创2016年以来新低。", "2016年", True),
    ],
)
def test_a_date_a_record_is_counted_from(sentence: str, year: str, record: bool) -> None:
    from factx import analyze
    from factx.review.owners import _record_since

    [d] = [f for f in analyze(sentence).facts if f.type == "date" and f.text == year]
    assert _record_since(d) is record
