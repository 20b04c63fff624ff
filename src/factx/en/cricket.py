"""Cricket scoring in English: the bare numbers of a cricket report that count runs, and its run rates.

A cricket report writes most runs without their noun: a batter "made an unbeaten 104", "scored 71 off 84
balls", finished "31 not out" or hit "a 40-ball 62", two batters "shared a stand of 146", a side "needed 61
off the last 10 overs", a bowler took "three wickets for 41". Those numbers are read as runs only in a text
that is about cricket (`cricket_text`: a few of `tables.CRICKET_WORDS` anywhere), and only when the number
stands bare after its cue, so "scored 34 points" or "made 12 arrests" keep their own noun. A run rate ("5.3
an over", "a run rate of 5.8") is a quantity in `runs/over`, as the annotation guide asks, not a count of
runs.
"""

from __future__ import annotations

from decimal import Decimal

from ..document import Doc
from ..patterns import compiled, words_re
from . import context
from . import tables as en
from .numbers import Num

_WORD = compiled(rf"(?<![A-Za-z\-])(?:{words_re(en.CRICKET_WORDS)})(?![A-Za-z\-])")
# The cue, then an article with up to two describing words ("an unbeaten", "a career-best", "a patient
# unbeaten"): never a number between, so "made 12 of his 20" stays what it is.
_RUNS_CUE = compiled(
    rf"(?<![A-Za-z\-])(?i:{words_re(en.CRICKET_RUNS_VERBS)})\s+"
    r"(?:(?i:an?|his|her|their|its|the|another|just|only|a\s+further)\s+(?:[a-z][a-z\-]+\s+){0,2})?"
    rf"(?:(?i:{words_re(en.APPROX_BEFORE)})\s+)?$"
)
_RUNS_CUE_BACK = 60
# "a 40-ball 62": the balls a score took, glued before it.
_BALLS_BEFORE = compiled(r"(?<![A-Za-z0-9])(?:[0-9]{1,3}|[a-z]+)-ball\s+$")
# What a score may carry after it: "31 not out", "45 without loss", "48 (36 balls)".
_SCORE_AFTER = compiled(
    r"\s+(?i:not\s+out|without\s+loss|more|to\s+win|runs?\s+to\s+win)(?![A-Za-z])"
    r"|\s*\(\s*[0-9]{1,3}(?:\.[0-9])?\s*(?i:balls|b|overs?|ov)(?![A-Za-z])"
)
# "Benton's 112", "Joe Pryce (67)", "the opener Silva for 88": a batter named right before the score.
_NAMED = compiled(r"(?:[A-Z][a-z]+['’]s\s+|[A-Z][a-z]+\s+\(\s*|[A-Z][a-z]+\s+for\s+)$")
_NAMED_CLOSE = compiled(r"\s*\)")
_BARE_END = compiled(rf"\s*(?:[.,;:!?)]|$|(?i:{words_re(en.BARE_COUNT_NEXT)}|before|but|when|while)(?![A-Za-z]))")
# "71 off 84 balls", "104 from 112 deliveries": a batter's score and the balls it took.
_OFF_BALLS = compiled(
    rf"\s+(?:(?i:off|from|in)\s+(?:[0-9]+|[a-z]+)\s+(?i:{words_re(en.CRICKET_BALLS)})"
    r"|(?i:off|from)\s+(?:the\s+)?(?:(?i:last|first|final|opening|closing|next|remaining)\s+)?(?:[0-9]+|[a-z]+)\s+overs?)"
    r"(?![A-Za-z])"
)
# "took four for 58", "figures of 5 for 41": a bowler's wickets, then the runs they cost.
_FIGURES_LEAD = (
    rf"(?<![A-Za-z\-])(?i:{words_re(en.CRICKET_FIGURES_LEAD)})\s+(?:(?i:a\s+)?(?i:career-best|season-best)\s+)?"
)
_WICKETS = rf"(?:[0-9]{{1,2}}|(?i:{words_re(w for w, v in en.UNIT_WORDS.items() if v > 0)}|ten))"
_FIGURES_WICKETS = compiled(rf"{_FIGURES_LEAD}$")
_FIGURES_RUNS_AFTER = compiled(r"\s+for\s+[0-9]{1,3}(?![0-9]|[,.][0-9])")
_FIGURES_RUNS = compiled(rf"{_FIGURES_LEAD}{_WICKETS}\s+for\s+$")
_FIGURES_BACK = 40
_RATE_AFTER = compiled(r"(?P<runs>\s+(?i:runs))?\s+(?i:an|a|per|every)\s+(?i:over)(?![A-Za-z\-])")
_RATE_LEAD = compiled(rf"(?<![A-Za-z\-])(?i:{words_re(en.CRICKET_RATE_LEAD)})\s+(?:(?i:about|nearly|almost|over)\s+)?$")
_RATE_LEAD_BACK = 40
RATE_UNIT = "runs/over"


def cricket_text(doc: Doc) -> bool:
    """Whether the text is about cricket: `tables.CRICKET_DOCUMENT_CUES` of its words or more, anywhere."""
    return context.text_about(doc, "en.cricket_text", _WORD, en.CRICKET_DOCUMENT_CUES)


def bare_runs(doc: Doc, n: Num) -> bool:
    """Whether bare `n` is a score in runs in a cricket text ("made an unbeaten 104", "71 off 84 balls")."""
    if n.value != n.value.to_integral_value() or not cricket_text(doc):
        return False
    norm = doc.norm
    if norm[n.start : n.end].isdigit() and n.end - n.start == 4 and 1900 <= n.value <= 2100:
        return False  # "ended on 2019 …": a year, never a score written without its comma
    if n.start >= 2 and norm[n.start - 1] in "-/–" and norm[n.start - 2].isdigit():
        return False  # "296-7 (50 overs)": the wickets of a compact score
    if _OFF_BALLS.match(norm, n.end) or _SCORE_AFTER.match(norm, n.end):
        return True
    if _BALLS_BEFORE.search(norm, max(0, n.start - 12), n.start) or _figures_runs(doc, n):
        return True
    named = None if n.words else _NAMED.search(norm, max(0, n.start - 30), n.start)
    if named is not None and (not named.group().rstrip().endswith("(") or _NAMED_CLOSE.match(norm, n.end)):
        return _BARE_END.match(norm, n.end) is not None or _NAMED_CLOSE.match(norm, n.end) is not None
    if _BARE_END.match(norm, n.end) is None:
        return False
    return _RUNS_CUE.search(norm, max(0, n.start - _RUNS_CUE_BACK), n.start) is not None


def bowling_wickets(doc: Doc, n: Num) -> bool:
    """Whether `n` is the wickets of a bowler's figures in a cricket text ("took four for 58")."""
    if n.value != n.value.to_integral_value() or not 0 < n.value <= en.CRICKET_FIGURES_MAX_WICKETS:
        return False
    runs = _FIGURES_RUNS_AFTER.match(doc.norm, n.end)
    if runs is None or _BARE_END.match(doc.norm, runs.end()) is None or not cricket_text(doc):
        return False  # "took two for 15 overs": the second number has a noun of its own
    return _FIGURES_WICKETS.search(doc.norm, max(0, n.start - _FIGURES_BACK), n.start) is not None


def _figures_runs(doc: Doc, n: Num) -> bool:
    """Whether `n` is the runs of a bowler's figures ("took four for 58" → 58), the clause going on bare."""
    if _BARE_END.match(doc.norm, n.end) is None:
        return False
    return _FIGURES_RUNS.search(doc.norm, max(0, n.start - _FIGURES_BACK), n.start) is not None


def rate_end(doc: Doc, n: Num) -> int | None:
    """End of a run rate whose number is `n` ("5.3 an over", "6.2 runs per over" → after "over"; "a run
    rate of 5.8" → after the number) in a cricket text; None when `n` is no run rate."""
    if not cricket_text(doc):
        return None
    m = _RATE_AFTER.match(doc.norm, n.end)
    if m is not None:
        return m.end()
    if _RATE_LEAD.search(doc.norm, max(0, n.start - _RATE_LEAD_BACK), n.start) and n.value < Decimal(40):
        return n.end
    return None
