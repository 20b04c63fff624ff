"""English beyond the data corpus (tests/corpus/en/, run by test_corpus.py): the number parser, the calendar
helpers, datelines and the guards that keep the English rules fast and exact."""

from __future__ import annotations

import random
import time
from datetime import date
from decimal import Decimal

import pytest

from factx import dates, extract
from factx.en import calendar
from factx.en.dateline import find_dateline
from factx.en.numbers import parse_number
from factx.model import PartialDate


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("42.8m", "42800000"), ("1,200", "1200"), ("1.2 billion", "1200000000"), ("5bn", "5000000000"),
        ("50 crore", "500000000"), ("1.5 lakh crore", "1500000000000"), ("two", "2"), ("twenty-five", "25"),
        ("a dozen", "12"), ("a half-dozen", "6"), ("three hundred thousand", "300000"), ("half a million", "500000"),
        ("a hundred and fifty", "150"), ("Two Million", "2000000"),
    ],
)  # fmt: skip
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


def test_parse_partial_keeps_unknown_parts_unknown() -> None:
    assert calendar.parse_partial("2 July 2019") == PartialDate(2019, 7, 2)
    assert calendar.parse_partial("November") == PartialDate(None, 11, None)
    assert calendar.parse_partial("November 2004") == PartialDate(2004, 11, None)
    assert calendar.parse_partial("29 February") == PartialDate(None, 2, 29)
    assert calendar.parse_partial("31 April") is None


def test_nearest_year() -> None:
    assert dates.nearest_year(date(2005, 1, 10), 12) == 2004
    assert dates.nearest_year(date(2005, 1, 10), 2) == 2005
    assert dates.nearest_year(date(2004, 8, 1), 11) == 2004
    assert dates.nearest_year(date(2005, 6, 15), 12, 15) == 2004  # a tie goes to the past


def test_long_text_is_linear_and_fast() -> None:
    para = (
        "Shares in Acme rose 3.5% to 605p on 2 July 2004, after it said 1,200 staff in 16 countries earned "
        "$42.8m (£23.7m) in the fourth quarter of 2004, up from $30m a year earlier, over the past two years. "
    )
    small, big = para * 50, para * 400
    extract(small, lang="en")
    # CPU time of this process, not wall time: other programs on a shared machine must not fail the test
    t0 = time.process_time()
    n_small = len(extract(small, lang="en"))
    t1 = time.process_time()
    n_big = len(extract(big, lang="en"))
    t2 = time.process_time()
    assert n_big == 8 * n_small
    assert t2 - t1 < 5.0
    assert (t2 - t1) < 20 * max(t1 - t0, 1e-3)  # 8x the text must not cost much more than 8x the time


def test_tricky_pieces_never_break() -> None:
    """Shuffled fragments of the count, quantity and duration shapes (signs, fractions, "of", hyphens)
    give no traceback, and every span still equals its text."""
    pieces = [
        "one ", "of the ", " to ", "minus ", "-", "1-1/2 ", "2 1/2", "pounds ", "Of the ", " points", "toll ",
        "aged ", " and older", "a day", "-game", " Street", " rose to ", "12", " of ", "13", ", ", "weighs ",
        "an inch of ", "took them ", "$", "-$3.5m", " rebounds", "LeBron's ", "Two ", "County ", "warrants",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for f in extract(text, lang="en"):
            assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Last Updated: Monday, 10 January, 2005, 10:31 GMT\nGM profits fall", date(2005, 1, 10)),
        ("Published: 10 January 2005\nText", date(2005, 1, 10)),
        ("Headline\nJanuary 10, 2005\nBody", date(2005, 1, 10)),
        ("LONDON, Jan 10 (Reuters) - Shares rose in 2004.", None),
        ("Port deal\n\nLONDON, Feb 6, 2024 — The group agreed on Tuesday.", date(2024, 2, 6)),
        ("AUSTIN, Texas, Jan. 5, 2023 (AP) - The governor said.", date(2023, 1, 5)),
        # a full date inside a sentence, or after a lowercase word, dates nothing but its own event
        ("The deal, signed March 12, 2024 - was final.", None),
        ("In NEW YORK, March 3, 2020 - a fire broke out.", None),
        # a place in title case, as Australian, Indian and New Zealand papers write it
        ("Wellington, 29 November 2026 — The hosts won.", date(2026, 11, 29)),
        ("New Delhi, November 20, 2026 — Voting ended.", date(2026, 11, 20)),
        ("On Monday, March 3, 2020 - a fire broke out.", None),
        ("Smith said, March 3, 2020 - was the day.", None),
        # a byline or a desk line that ends on the date
        ("Budget passes\nThe Valley Herald | Wednesday, November 18, 2026\n\nThe council voted.", date(2026, 11, 18)),
        ("Trial results\nScience desk, June 3, 2026\n\nThe trial found.", date(2026, 6, 3)),
        ("The council said it met in Salem, March 3, 2020.\nMore text.", None),
    ],
)
def test_dateline(head: str, expected: date | None) -> None:
    found = find_dateline(head)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # A weekday before the date it names is no fact of its own …
        ("The vote was held on Monday, 18 November, after a debate.", ["18 November"]),
        ("The vote was held on Monday the 18th of November.", ["the 18th of November"]),
        ("It opened on Monday, Sept. 9, to long queues.", ["Monday, Sept. 9"]),
        # … but a number after it that is no day of a month leaves the weekday its own.
        ("Police said Monday, 3 people died.", ["Monday"]),
        ("On Sunday 15 people were hurt.", ["Sunday"]),
    ],
)
def test_weekday_before_a_number(text: str, dates: list[str]) -> None:
    facts = extract(text, ref_date=date(2024, 11, 20), lang="en")
    assert [f.text for f in facts if f.type == "date"] == dates


def test_an_age_list_stops_where_the_numbers_stop() -> None:
    facts = extract("The boys, aged 12, and 300 others walked home.", lang="en")
    assert [(f.text, f.type) for f in facts] == [("12", "quantity"), ("300 others", "count")]
    ages = extract("Two men, aged 19 and 22, were charged.", lang="en")
    assert [f.text for f in ages if f.unit == "years old"] == ["19", "22"]
