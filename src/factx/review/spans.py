"""A figure of another span of time: the quarter's growth claimed for the full year, a cumulative loss for one year.

Results and statistics state one measure over several spans ("revenue for its fiscal fourth quarter rose 18% …
For the full year, revenue reached $10.6 billion, up 11%"; 去年虧損2,676億元，累計虧損已達3,826億元). A claim that
gives one span's figure to another ("full-year revenue rose 18%"; 去年一年虧損3,826億元) finds its value in the source,
and a date may be written nowhere near it, so the time of the sentence (`owners._other_time`) does not tell them
apart. The span words do: each belongs to a class (the whole year, a quarter, a half, the running total, a game or
one half of it), and two classes are rival spans of one measure.

A supported claim whose sentence names a span of one class, while the words leading to every equal source figure
(from the figure of its type before it, in its sentence) name a span of another class and none of the claim's, is
about another span: a mismatch against the likeliest figure of its type led by the claim's span or by no span, and
by none of the equal figure's (alike enough). Without such a figure the claim is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .roles import position, same_sentence
from .verdict import MATCH_THRESHOLD, Verdict, alike, different_thing, other_thing, settled

# Span words by class, on lower-case Simplified text. A bare "year"/年 is left out: "from a year earlier" and 去年
# date a comparison or an event, not a span of the measure.
SPANS: dict[str, re.Pattern[str]] = {
    "year": compiled(r"\bfull[- ]year\b|\bfor the (?:whole |entire )?year\b|\bannual\b|全年|一年|整年|年度"),
    "quarter": compiled(r"\bquarter(?:ly)?\b|季度|[一二三四1-4]季"),
    "half": compiled(r"\b(?:first|second) half of (?:the )?(?:year|20\d\d)\b|\bhalf-year\b|上半年|下半年"),
    "running": compiled(r"\bcumulative(?:ly)?\b|\bto date\b|\bso far\b|累计|累积|迄今|至今|历年"),
    "game": compiled(r"全场|\bin the game\b|\bfor the game\b"),
    "game_half": compiled(r"[上下]半场|[上下]半时|\b(?:first|second)[- ]half (?:points|goals)\b|\bat halftime\b"),
}
_WINDOW = 60  # characters before a figure read when no figure of its type stands before it in its sentence
_CLAUSE_END = compiled(r"[,，;；。!?！？]")


def _classes(text: str) -> frozenset[str]:
    low = normalize(text).lower()
    return frozenset(name for name, words in SPANS.items() if words.search(low))


def lead(f: Fact, source: Sequence[Fact]) -> str:
    """The words leading to a figure: from the last figure of its type before it in its sentence (else from the
    sentence's start, at most _WINDOW characters back) to the end of its clause."""
    at = position(f)
    before = [position(g) + len(g.text) for g in source if g is not f and g.type == f.type
              and same_sentence(g, f) and position(g) < at]  # fmt: skip
    start = max(before) if before else max(0, at - _WINDOW)
    end = _CLAUSE_END.search(f.sentence, at + len(f.text))
    return f.sentence[start : end.start() if end else len(f.sentence)]


def other_span(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
               by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim whose equal source figures are all of another span than the claim's into a mismatch
    against the figure of the claim's span (in place)."""
    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date":
            continue
        c = draft[i]
        mine = _classes(c.sentence)
        if not mine:
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        leads = [_classes(lead(source[e], source)) for e in equal]
        if not equal or not all(x and x.isdisjoint(mine) for x in leads):
            continue
        theirs = frozenset().union(*leads)
        rivals = []
        for j in kind:
            if j in equal or different_thing(c, source[j]) is not None:
                continue
            spans = _classes(lead(source[j], source))
            if spans.isdisjoint(theirs) and (not spans or spans & mine):
                # (a figure named with the claim's span first; one named with no span only when none is)
                rivals.append((bool(spans), sim(i, j), j))
        rivals = [r for r in rivals if r[1] >= MATCH_THRESHOLD]
        if not rivals:
            continue
        _, score, j = max(rivals)
        s = source[j]
        spans_said = f"{', '.join(sorted(theirs))}, not {', '.join(sorted(mine))}"
        reason = (f"same value, different subject: the source's {v.evidence.text} is of another span of time "
                  f"({spans_said}); for the claim's it reports {s.text}")  # fmt: skip
        out[i] = other_thing(c, s, score, reason, v.evidence)
