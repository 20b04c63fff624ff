"""English counts that must not come out, where the data corpus cannot say it: its negative cases forbid a
whole type in a text, and these texts hold true counts beside the number that must stay uncounted."""

from __future__ import annotations

import pytest

from factx import extract


def _counts(text: str) -> dict[str, object]:
    return {f.text: f.value for f in extract(text, lang="en") if f.type == "count"}


@pytest.mark.parametrize(
    ("text", "counted", "not_counted"),
    [
        # Another figure (the cost) stands between the count and the number given again.
        ("The plant built 5,000 cars in May at a cost of $90 million, up from 80 million in April.",
         "5,000 cars", "80 million"),
        # "another 4" follows a bare number, not the count itself.
        ("The club won 12 games, up from 8 last season, and another 4 ended in draws.", "12 games", "4"),
        # A count in the sentence before is no antecedent.
        ("The firm sold 5,000 cars. Its index was up from 310 in March.", "5,000 cars", "310"),
    ],
)  # fmt: skip
def test_restated_count_needs_its_count_right_before(text: str, counted: str, not_counted: str) -> None:
    counts = _counts(text)
    assert counted in counts
    assert not_counted not in counts


def test_restated_count_takes_the_noun_before() -> None:
    counts = {f.text: f.subject for f in extract("Crews cleared 30 roads, up from 12 a day earlier.", lang="en")}
    assert counts["12"] == "roads"


@pytest.mark.parametrize(
    ("text", "not_counted"),
    [
        ("The toll rose to 40 on Monday. Rescuers came from 12 in the morning.", "12"),  # another sentence
        ("Deaths rose to 40, costing $3 million, from 2 in March.", "2"),  # a figure stands between
        ("Shares rose 3 times in a week, up from 2 in March.", "2"),  # "times" carries over to nothing
    ],
)
def test_from_restates_only_the_count_right_before(text: str, not_counted: str) -> None:
    assert not_counted not in _counts(text)


def test_a_count_changed_by_a_decision_needs_its_noun_right_before() -> None:
    """ "30 counselors was cut to 10" gives 10 counselors; "20 staff, and the budget was cut to 10 million" gives
    the budget no count of staff."""
    facts = extract("He hired 20 staff, and the budget was cut to 10 million.", lang="en")
    assert [f.text for f in facts if f.type == "count"] == ["20 staff"]
