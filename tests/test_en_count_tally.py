"""The other side of a tally ("backed by 312 votes to 204"): a bare number right after "votes/seats to" counts
what the first number counts; after other nouns, or when it is a year, it is no count."""

from __future__ import annotations

import pytest

import factx


def _counts(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in factx.extract(text, lang="en") if f.type == "count"}


@pytest.mark.parametrize(
    ("text", "bare", "subject"),
    [
        ("The bill was backed by 312 votes to 204.", "204", "votes"),
        ("The motion passed by 52 votes to 48, with two abstentions.", "48", "votes"),
        ("Labour won 41 seats to 17 for the Conservatives.", "17", "seats"),
    ],
)
def test_the_other_side_of_a_tally_counts_the_same(text: str, bare: str, subject: str) -> None:
    assert _counts(text).get(bare) == subject


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("The firm cut 200 jobs to 1,500 in total.", "1,500"),
        ("The party held 41 seats to 2019, its best run.", "2019"),
    ],
)
def test_a_bare_number_after_other_nouns_or_a_year_is_no_tally(text: str, bare: str) -> None:
    counts = _counts(text)
    assert counts  # the first number is still a count
    assert bare not in counts
