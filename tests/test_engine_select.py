"""`pipeline.select` returns the candidates in document order when none overlaps (most documents) without
ranking them: it must keep exactly what ranking and `non_overlapping` keep, in the same order."""

from __future__ import annotations

import random
from decimal import Decimal

from factx.model import Fact
from factx.patterns import non_overlapping
from factx.pipeline import _TYPE_RANK, select

_TYPES = list(_TYPE_RANK)


def _ranked_select(candidates: list[Fact]) -> list[Fact]:
    """The selection as ranking alone makes it."""
    ranked = sorted(
        (f for f in candidates if "\n" not in f.text),
        key=lambda f: (-(f.end - f.start) - f.priority * 0.5, -_TYPE_RANK[f.type], f.start),
    )
    return non_overlapping(ranked)


def _fact(rng: random.Random, text: str) -> Fact:
    start = rng.randrange(len(text))
    end = min(len(text), start + rng.choice([0, 1, 2, 3, 5]))
    return Fact(type=rng.choice(_TYPES), text=text[start:end], start=start, end=end, value=Decimal(1),
                priority=rng.choice([-2, 0, 1, 2]))  # fmt: skip


def test_select_keeps_what_ranking_keeps() -> None:
    rng = random.Random(11)
    text = "今年3月共有12人参加，其中5人获奖。\n去年同期有8人。" * 3
    disjoint_seen = overlap_seen = 0
    for _ in range(5000):
        candidates = [_fact(rng, text) for _ in range(rng.randint(0, 6))]
        got = select(list(candidates))
        assert [id(f) for f in got] == [id(f) for f in _ranked_select(candidates)]
        if len(got) == len([f for f in candidates if "\n" not in f.text]):
            disjoint_seen += 1
        else:
            overlap_seen += 1
    assert disjoint_seen and overlap_seen  # both paths were exercised
