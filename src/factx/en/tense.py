"""Whether the clause around an English date speaks of the past or of what is ahead.

A weekday or a month with no year names the nearest such day or month, which may lie on either side of the
reference date. The clause decides where the nearest reading would guess: "the FAA issued an emergency
directive Friday" and "output fell in June" look back, "a hearing is scheduled for Monday" and "the
museum will open in April" look ahead. A word that looks ahead anywhere in the clause before the date wins
("said it would close Friday"); otherwise a verb in the past there looks back. A date that opens its
sentence ("In March, a jet lost 2,500 feet") takes the tense of the clause after it. A reported period (a
quarter, a half) takes the tense of its whole sentence ("H1 sales fell 3%", "expects third-quarter sales to
rise").
"""

from __future__ import annotations

from ..document import Doc
from ..patterns import compiled, last_match, words_re
from . import tables as en

_AHEAD = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.TENSE_AHEAD_CUES)})(?![A-Za-z])")
# Verbs in the past: irregular forms, and words in -ed that are not adjectives or numbers (hundred, speed).
_PAST = compiled(
    rf"(?<![A-Za-z])(?:{words_re(en.PAST_VERBS)}|(?!{words_re(en.PAST_ED_NOT)}(?![A-Za-z]))[a-z]{{2,}}ed)"
    r"(?![A-Za-z])"
)
# Where a clause starts for this purpose: a sentence end, a semicolon or colon, a dash, a line break, and a
# comma before a verb that reports ("cut its forecast, saying sales in the three months to September slipped":
# the forecast is the company's act, the month belongs to what it says).
_CLAUSE_START = compiled(rf"[.!?]\s|[;:\n]|\s[-–—]\s|,\s+(?=(?:{words_re(en.TENSE_REPORTING_VERBS)})\s)")
_END_LEAD = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.TENSE_END_LEAD)})\s+(?:(?i:midday|noon|late|early)\s+)?$")
_OPENING = compiled(rf"(?i:{words_re(en.TENSE_OPENING_LEAD)})")
_OPENING_BACK = 12
_BACK = 120
_AHEAD_REACH = 160


def tense_before(doc: Doc, start: int) -> int | None:
    """-1 when the clause before `start` looks back, 1 when it looks ahead, None when it says neither."""
    norm = doc.norm
    if _END_LEAD.search(norm, max(0, start - 30), start):
        return 1  # "the advisory has been extended through midday Wednesday": an end point ahead
    lo = max(0, start - _BACK)
    brk = last_match(_CLAUSE_START, norm, lo, start)
    lo = brk.end() if brk else lo
    if _AHEAD.search(norm, lo, start):
        return 1
    if _PAST.search(norm, lo, start):
        return -1
    return None


def tense_after_opening(doc: Doc, start: int, end: int) -> int | None:
    """The tense of the clause after a date that opens its sentence ("In March, …", "On Friday, …"); None
    when the date does not open one or the clause says neither."""
    norm = doc.norm
    brk = last_match(_CLAUSE_START, norm, max(0, start - _OPENING_BACK), start)
    if brk is None and start >= _OPENING_BACK:
        return None  # the date stands inside its sentence
    head = norm[brk.end() if brk else 0 : start].strip()
    if head and not _OPENING.fullmatch(head):
        return None
    hi = min(len(norm), end + _AHEAD_REACH)
    stop = _CLAUSE_START.search(norm, end, hi)
    hi = stop.start() if stop else hi
    if _AHEAD.search(norm, end, hi):
        return 1
    if _PAST.search(norm, end, hi):
        return -1
    return None


def sentence_tense(doc: Doc, pos: int) -> int | None:
    """The tense of the whole sentence holding `pos`: 1 when a word in it looks ahead, else -1 when a verb in it
    is in the past, else None."""
    start, end = doc.index.sentence_span(pos)
    if _AHEAD.search(doc.norm, start, end):
        return 1
    if _PAST.search(doc.norm, start, end):
        return -1
    return None
