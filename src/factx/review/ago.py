"""Then and now: a figure the source dates "N years ago" claimed as today's, and the other way round.

Polls and results compare a figure with its value some time before, and the earlier one is dated by words rather than
by a date the engine reads: 两年前的调查中，柯文哲满意度高达61% (today 32%); "Two years ago, Ortega's approval stood at
49%" (today 58%); "72% trusted Brooks, up from 66% a year earlier". A claim that says which of the two it gives (目前,
现在, now, currently; 两年前, "a year earlier") must find the figure of that time:

- a claim of *now* is not supported by a figure whose sentence part, up to it, or its own stretch after it says "N
  years ago" (两年前…61%);
- a claim of *then* is not supported by a figure of a sentence that dates another figure of its type "N years ago" in
  that figure's own stretch, and not its own (72%, up from 66% a year earlier: the 72% is today's).

Such a claim becomes a mismatch against the most alike figure of the claim's time (for a claim of now, one the source
does not date earlier), or not found when none is alike enough. A claim that says neither is left alone: most
figures are undated and current, and only words of time in both tell them apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..patterns import compiled
from .roles import position
from .similarity import CLAUSE, part_start
from .verdict import Verdict, against_likeliest, alike, different_thing, settled

_NUMBER = r"(?:\d+|[一二两三四五六七八九十几数半]+)"
# Words that date a figure some time before the report ("two years ago", 两年前); 去年, "last year" are dates the engine
# reads and `owners._other_time` weighs.
_THEN = compiled(
    rf"{_NUMBER}\s*(?:年|个月|个星期|周)(?:以前|之前|前)|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|\d+)\s+(?:years?|months?|weeks?|decades?)\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
# The earlier time as the base a change is measured from ("11.3% lower than a year earlier", "up 4% from a year ago",
# 比两年前增加): the figure is today's, compared with then, so these words date nothing.
_BASE = compiled(
    rf"(?:比|较|與|与|和|同)\s*{_NUMBER}\s*(?:年|个月|个星期|周)(?:以前|之前|前)"
    r"|\b(?:than|from|compared\s+(?:with|to)|versus|vs\.?|over|on|against)\s+(?:the\s+same\s+\w+\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:years?|months?|weeks?|decades?)\s+"
    r"(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
_NOW = compiled(r"目前|现在|如今|当前|现时|眼下|\b(?:now|currently|at present)\b", re.IGNORECASE)


def _said(text: str, claim: bool = False) -> str | None:
    """ "then" or "now" when the text says which, else None (both: None). In a claim's sentence, an earlier time that
    is the base of a change (`_BASE`) says neither; a source figure's stretch is read without its figure, where "up
    from 66% a year earlier" would read as such a base."""
    from ..normalize import normalize

    folded = normalize(text)
    if claim:
        folded = _BASE.sub(" ", folded)
    then, now = bool(_THEN.search(folded)), bool(_NOW.search(folded))
    return "then" if then and not now else "now" if now and not then else None


def _around(f: Fact, facts: Sequence[Fact]) -> tuple[str, str]:
    """The figure's sentence part up to it, with its own stretch after it (to its clause's end or the next figure of
    its type); and the rest of its sentence."""
    s, at = f.sentence, position(f)
    end = at + len(f.text)
    part_lo = part_start(s, at)
    lo = part_lo
    clause_end = CLAUSE.search(s, end)
    hi = clause_end.start() if clause_end is not None else len(s)
    for g in facts:
        if g is not f and g.type == f.type and (g.sentence_start, g.sentence) == (f.sentence_start, s):
            p = position(g)
            if end <= p < hi:
                hi = p
    return s[lo:at] + " " + s[end:hi], s[:lo] + " " + s[hi:]


def when(f: Fact, facts: Sequence[Fact]) -> str | None:
    """Which time the source's sentence gives the figure: "then" (dated earlier in its part or stretch), "now" (said
    so there, or its sentence dates another figure earlier and it not), else None."""
    own, rest = _around(f, facts)
    said = _said(own)
    if said is not None:
        return said
    return "now" if _said(rest) == "then" else None


def then_and_now(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                 by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim that says "now" or "then" where every equal figure is of the other time into a
    mismatch against a figure of the claim's time, or into not found (in place)."""
    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date":
            continue
        c = draft[i]
        mine = _said(c.sentence, claim=True)
        if mine is None:
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        times = [when(source[e], source) for e in equal]
        if not equal or any(t in (None, mine) for t in times):
            continue
        fits = (mine,) if mine == "then" else ("now", None)
        theirs = [(sim(i, j), j) for j in kind if j not in equal and different_thing(c, source[j]) is None
                  and when(source[j], source) in fits]  # fmt: skip
        best = max(theirs) if theirs else None
        said = (f"same value, another time: the source's {v.evidence.text} is "
                f"{'an earlier value' if mine == 'now' else 'the current value'}")  # fmt: skip
        out[i] = against_likeliest(v, best, source, said, "for the draft's time it reports",
                                   "it gives none for the draft's time")  # fmt: skip
