"""Tied figures: a claim that states two figures of one thing together must find them together in the source.

("Revenue rose 14 percent to $1.42 billion" ties the change to the level after it, too, when the two are of
another type: the source's 14 percent must stand with $1.42 billion.)

"8月香港旅客54.1萬人次，按年上升12.2%" ties the 12.2% to the 54.1萬人次 of Hong Kong visitors. When the
source gives 54.1萬人次 in a stretch that goes on to another growth figure ("香港旅客54.1萬人次，按年下跌
3.5%") and its 12.2% stands elsewhere (beside 內地旅客), the claim's 12.2% is about another thing: a
mismatch against the figure the source ties to 54.1萬人次. The same holds within one sentence: "新建的16米
红线双向2车道道路长1510米" against "扩建40米红线…道路1510米,新建16米红线双向2车道道路587米".

A figure's stretch runs back from it to the start of the previous figure of its own type or of its sentence
part (a comma chain keeps its subject; 。；and the like end it). The claim's other figure must stand in the
claim figure's stretch, its evidence (a value of two digits or more that the source gives once) in the
stretch of a source figure of the claim's type with another value, and in the stretch of no equal-valued
source figure. Dates are left out: a story's dates are often in its headline or dateline, far from the
figures they date.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from .roles import position, same_sentence
from .similarity import part_start
from .values import values_equal
from .verdict import Verdict, different_thing, other_thing, settled
from .wordsets import FRAME


def _span(f: Fact, facts: Sequence[Fact]) -> tuple[int, int, int]:
    """(sentence start, first position, figure position) of `f`'s stretch within its sentence."""
    at = position(f)
    part_lo = part_start(f.sentence, at)
    lo = part_lo
    for g in facts:
        if g is not f and g.type == f.type and same_sentence(f, g) and lo <= position(g) < at:
            lo = position(g)
    return f.sentence_start, lo, at


def _inside(x: Fact, span: tuple[int, int, int], owner: Fact) -> bool:
    return same_sentence(x, owner) and span[1] <= position(x) < span[2]


def _tied(x: Fact, y: Fact, facts: Sequence[Fact], after: bool) -> bool:
    """`x` stands in `y`'s stretch, or (`after`: "rose 9 percent to $1.42 billion" ties the level to the change
    before it) `y` stands in `x`'s."""
    if after:
        return _inside(y, _span(x, facts), x)
    return _inside(x, _span(y, facts), y) or _framed(x, y)


def _framed(x: Fact, y: Fact) -> bool:
    """`x` stands in the frame `y`'s statement is made in: one opening `y`'s sentence part, or its sentence when the
    part opens with none (在30歲以下青年中，支持率為49%，反對率為38%: the 30歲 is the 38%'s group as the 49%'s)."""
    if not same_sentence(x, y):
        return False
    lo = part_start(y.sentence, position(y))
    frame = FRAME.match(y.sentence, lo) or (FRAME.match(y.sentence) if lo > 0 else None)
    return frame is not None and frame.start() <= position(x) < frame.end() <= position(y)


def tied(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
         by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim whose tied figure's evidence the source ties to another figure of the claim's type
    (and to no equal one) into a mismatch against that figure (in place)."""
    evidence = {i: v.evidence for i, v in enumerate(out) if v is not None and v.verdict == "supported"}
    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date":
            continue
        c = draft[i]
        kind = by_type.get(c.type, ())
        equal = [source[j] for j in kind if values_equal(c, source[j])[0]]
        for k, ev in evidence.items():
            d = draft[k]
            if k == i or ev is None or d.type == "date":
                continue
            # (the tied figure before the claim's, in its stretch; or after it, with the claim's in the tied one's)
            # Only a figure of another type ties that way: a count after a count opens an item of its own ("close two
            # plants and cut 600 jobs").
            after = not _tied(d, c, draft, False)
            if after and (d.type == c.type or not _tied(d, c, draft, True)):
                continue
            # The tied figure must say where it stands: a value written with two digits or more that the source
            # gives once (兩個, 6人 recur and stand in many phrases).
            if sum(ch.isdigit() for ch in d.text) < 2 or sum(1 for j in by_type.get(d.type, ()) if values_equal(
                    d, source[j])[0]) != 1:  # fmt: skip
                continue
            # The source's figures of the claim's type whose stretch holds the tied figure's evidence.
            if any(_tied(ev, e, source, after) for e in equal):
                continue
            # (one about another thing by its facets counts too: "按年上升12.2%" where the source's Hong Kong figure
            # fell 3.5% is still a claim about that figure's thing; one about the same thing is preferred)
            partners = [
                (different_thing(c, source[j]) is None, sim(i, j), j)
                for j in kind
                if not values_equal(c, source[j])[0] and _tied(ev, source[j], source, after)
            ]
            if not partners:
                continue
            _, score, j = max(partners)
            s = source[j]
            reason = (f"same value, different subject: the draft gives {c.text} with {d.text}, which the source "
                      f"gives with {s.text}; its {v.evidence.text} is about something else")  # fmt: skip
            out[i] = other_thing(c, s, score, reason, v.evidence)
            break
