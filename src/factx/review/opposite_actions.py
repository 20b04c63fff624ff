"""A figure of the opposite action: "opened 23 convenience stores" claimed as "closed 23 stores".

The two actions are words that contrast, but only rises and falls are a facet group, so a store opened and a store
closed, a game won and a game lost, jobs added and jobs cut are the same thing to the facets, and the equal value
supports the claim. A figure's action is read from the words leading to it (from its clause's start or the figure
of its type before it: "opened 17 shops … and closed 31 branches"), else from those after it ("95 jobs were cut").
When the claim's figure names one action of a pair, and every equal source figure names the other, the equal figure
is of the opposite action: the claim is a mismatch against the source's figure of the claim's action, else not
found. Words naming both actions, or neither, leave a figure alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .action_pairs import EN_PAIRS, ZH_PAIRS
from .roles import position, same_sentence
from .verdict import Verdict, against_likeliest, alike, settled

_CLAUSE_BREAK = compiled(r"[，,；;：:。！？!?（）()]")


def _stretches(f: Fact, facts: Sequence[Fact]) -> tuple[str, str]:
    """The words leading to the figure (from the clause's start or the figure of its type before it) and those after
    it (to the clause's end or the next figure of its type): "opened 17 shops … and closed 31 branches" gives 31
    "… and closed"; "bought two rivals for £8.2 million" gives £8.2 million "bought two rivals for"."""
    at, end = position(f), position(f) + len(f.text)
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(f.sentence, 0, at)]
    stop = _CLAUSE_BREAK.search(f.sentence, end)
    start, finish = starts[-1] if starts else 0, stop.start() if stop else len(f.sentence)
    for g in facts:
        if g is f or g.type != f.type or not same_sentence(g, f):
            continue
        p = position(g)
        if p + len(g.text) <= at:
            start = max(start, p + len(g.text))
        elif p >= end:
            finish = min(finish, p)
    return normalize(f.sentence[start:at]), normalize(f.sentence[end:finish])


def _own_actions(f: Fact, facts: Sequence[Fact]) -> dict[int, int]:
    """The figure's actions: those named in the words leading to it, else in those after it ("95 jobs were cut")."""
    lead, tail = _stretches(f, facts)
    return _actions(lead) or _actions(tail)


def _actions(text: str) -> dict[int, int]:
    """For each pair the text names one side of only, that side (0 or 1), by the pair's index."""
    pairs = EN_PAIRS if text.isascii() else ZH_PAIRS
    out: dict[int, int] = {}
    for k, (a, b) in enumerate(pairs):
        has_a, has_b = bool(a.search(text)), bool(b.search(text))
        if has_a != has_b:
            out[k] = 0 if has_a else 1
    return out


def _reversed(claim: dict[int, int], theirs: dict[int, int]) -> int | None:
    """The pair whose other side the source figure names, of those the claim names one side of."""
    return next((k for k, side in claim.items() if theirs.get(k) == 1 - side), None)


def opposite_action(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                    by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim whose every equal source figure is of the opposite action into a mismatch against
    the source's figure of the claim's action, else not found (in place)."""
    for i, v in enumerate(out):
        if settled(v) or v is None:
            continue
        c = draft[i]
        mine = _own_actions(c, draft)
        if not mine:
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        pairs = [_reversed(mine, _own_actions(source[j], source)) for j in equal]
        if not equal or any(k is None for k in pairs):
            continue
        k = pairs[0]
        assert k is not None
        rivals = [(sim(i, j), j) for j in kind if j not in equal and _own_actions(source[j], source).get(k) == mine[k]]
        said = f"same value, opposite action: the source's {v.evidence.text} is of the action the draft reverses"
        out[i] = against_likeliest(v, max(rivals) if rivals else None, source, said,
                                   "it reports", "it gives no figure for the draft's action")  # fmt: skip
