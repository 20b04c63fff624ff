"""English extraction: the data-driven cases under tests/corpus/en/ run with the language forced to "en",
plus the number parser, the calendar helpers and the guards that keep the English rules fast and exact."""

from __future__ import annotations

import json
import random
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from factx import FACT_TYPES, Fact, dates, extract
from factx.en import calendar
from factx.en.dateline import find_dateline
from factx.en.numbers import parse_number
from factx.model import PartialDate

CORPUS = Path(__file__).parent / "corpus" / "en"
FIELDS = ("approx", "max", "currency", "role", "category", "unit", "kind", "subject", "grain")


def _cases(negative: bool) -> list[Any]:
    out = []
    for path in sorted(CORPUS.glob("*.json")):
        if (path.name == "negative.json") != negative:
            continue
        for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            out.append(pytest.param(case, id=f"{path.stem}-{i:03d}"))
    return out


def _run(case: dict[str, Any]) -> list[Fact]:
    ref = date.fromisoformat(case["ref_date"]) if case.get("ref_date") else None
    facts = extract(case["text"], ref_date=ref, lang="en")
    for f in facts:
        assert case["text"][f.start : f.end] == f.text, f"span {f.start}:{f.end} is not {f.text!r}"
    return facts


def _same(expected: Any, got: Any) -> bool:
    if isinstance(expected, int | float) and not isinstance(expected, bool):
        return got is not None and round(Decimal(str(got)), 6) == round(Decimal(str(expected)), 6)
    return expected == got


@pytest.mark.parametrize("case", _cases(negative=False))
def test_case(case: dict[str, Any]) -> None:
    produced = [f.to_dict() for f in _run(case)]
    for exp in case["facts"]:
        found = [d for d in produced if d["type"] == exp["type"] and d["text"] == exp["text"]]
        assert found, f"missing {exp} in {case['text']!r}; got {[(d['type'], d['text']) for d in produced]}"
        d = found[0]
        for key in ("value", *FIELDS):
            if key in exp:
                assert _same(exp[key], d.get(key)), f"{exp['text']!r} {key}: expected {exp[key]!r}, got {d.get(key)!r}"


@pytest.mark.parametrize("case", _cases(negative=True))
def test_negative(case: dict[str, Any]) -> None:
    types = set(case.get("types") or FACT_TYPES)
    unwanted = [(f.type, f.text) for f in _run(case) if f.type in types]
    assert not unwanted, f"{case['text']!r} yielded {unwanted}"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("42.8m", "42800000"), ("1,200", "1200"), ("1.2 billion", "1200000000"), ("5bn", "5000000000"),
        ("50 crore", "500000000"), ("1.5 lakh crore", "1500000000000"), ("two", "2"), ("twenty-five", "25"),
        ("a dozen", "12"), ("three hundred thousand", "300000"), ("half a million", "500000"),
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
    t0 = time.perf_counter()
    n_small = len(extract(small, lang="en"))
    t1 = time.perf_counter()
    n_big = len(extract(big, lang="en"))
    t2 = time.perf_counter()
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
    ],
)
def test_dateline(head: str, expected: date | None) -> None:
    found = find_dateline(head)
    assert (found[0] if found else None) == expected
