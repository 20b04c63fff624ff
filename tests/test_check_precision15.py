"""Round 15, precision half: data-style cases for a figure moved onto another item of its own sentence."""

from __future__ import annotations

import pytest
from check_verdict import verdict

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
