"""Poll margins in English: "led by 2 points", "a 9-point edge", "leads among women by 14 points".

In a text about a poll a lead or a gap given in points is a difference of percentages, so it is a percent of
kind "points" (as "3 percentage points" is), not a quantity in points as an index move is. Only a text with a
few of `tables.POLL_WORDS` counts as one, and only a number with a word of a lead or a gap before it
(`tables.POLL_POINTS_LEAD`) and no stock index named just before ("the index fell by 40 points"), or a
hyphenated "N-point" before such a noun (`tables.POLL_POINTS_NOUNS`).
"""

from __future__ import annotations

from ..document import Doc
from ..patterns import compiled, words_re
from . import context
from . import tables as en
from .numbers import Num

_WORD = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.POLL_WORDS)})(?![A-Za-z])")
_POINTS = compiled(r"\s+points?(?![A-Za-z\-])")
_HYPHEN = compiled(rf"-points?(?=\s+(?i:{words_re(en.POLL_POINTS_NOUNS)})(?![A-Za-z]))")
_LEAD = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.POLL_POINTS_LEAD)})\s+$")
_LEAD_BACK = 30
# "the index fell by 40 points": an index moves in points even in a text that cites a survey.
_INDEX = compiled(rf"(?<![A-Za-z])(?:{words_re(en.INDEX_WORDS)})(?![A-Za-z])")
_INDEX_BACK = 80


def poll_text(doc: Doc) -> bool:
    """Whether the text reports a poll: `tables.POLL_DOCUMENT_CUES` of its words or more, anywhere."""
    return context.text_about(doc, "en.poll_text", _WORD, en.POLL_DOCUMENT_CUES)


def points_end(doc: Doc, n: Num) -> int | None:
    """End of "points" when `n` points are a poll margin ("led by 2 points", "a 9-point edge"); else None."""
    if n.words or not poll_text(doc):
        return None
    norm = doc.norm
    m = _HYPHEN.match(norm, n.end)
    if m is not None:
        return m.end()
    m = _POINTS.match(norm, n.end)
    if m is None or not _LEAD.search(norm, max(0, n.start - _LEAD_BACK), n.start):
        return None
    if _INDEX.search(norm, max(0, n.start - _INDEX_BACK), n.start):
        return None
    return m.end()
