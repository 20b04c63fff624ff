"""What an English money figure is about: its subject, and the role it shares with a figure it restates.

The subject is, in order: what "for …" after the amount pays for ("$5m for a new hospital"); the noun the
amount qualifies ("a $250,000 fine", "$4.1 billion operating budget", "$2 million in taxes"); the cue noun
before it in its clause, with its "of" phrase ("revenue of $27.5 billion", "the average price of a new
vehicle … was $39,014"); the one who earned, paid or gave it ("the retailer earned $2.8 billion").

A figure with no cue of its own that restates the money figure before it in the sentence takes that figure's
role and subject: a change ("a $66.87 increase"), a comparison ("up from $38,373 … and from $34,410").
"""

from __future__ import annotations

import re

from ..document import Doc
from ..model import Fact
from ..patterns import compiled, last_match, words_re
from . import tables as en

_NOUN_CUES = frozenset(w.lower() for w in en.MONEY_HEAD_NOUNS)
_WORD = r"[A-Za-z][A-Za-z'’\-]*"
# "$70,000 bond", "$4.1 billion operating budget", "$2 million in taxes": up to two modifiers and the noun.
_WORDS_AFTER = compiled(r"\s+(?:in\s+)?([a-z][a-z'’\-]*)(?:\s+([a-z][a-z'’\-]*))?(?:\s+([a-z][a-z'’\-]*))?")
_CUE_BEFORE = compiled(rf"(?<![A-Za-z\-])(?P<cue>{words_re(en.MONEY_HEAD_NOUNS)})(?![A-Za-z\-])", re.I)
_OF_PHRASE = compiled(rf"\s+(?:of|for)\s+(?:the\s+|an?\s+)?(?P<np>{_WORD}(?:\s+{_WORD}){{0,2}})")
_AGENT_VERB = compiled(rf"(?<![A-Za-z])(?:{words_re(en.MONEY_AGENT_VERBS)})\s+(?:(?:about|roughly|nearly)\s+)?$")
_AGENT = compiled(rf"(?:^|[.;:,\n]\s*|\b(?:The|the|A|a|An|an)\s+)(?P<np>(?:{_WORD}\s+){{0,2}}{_WORD})\s+$")
# A price that moved or stood at the amount: the verb, an optional change ("3.38%", "$1.20"), then to/at.
_MOVER = compiled(
    rf"(?<![A-Za-z])(?:{words_re(en.PRICE_MOVER_VERBS)})(?:\s+(?:by\s+)?[-+$0-9.,%]+(?:\s+(?:percent|cents?))?)?"
    r"\s+(?:to|at)\s+$"
)
# Where the noun phrase of a mover starts: after a clause mark, a joining word or a figure.
_MOVER_BREAK = compiled(r"[;:,()\n]\s*|\b(?:and|but|while|as|when|after|with)\s+|(?<!\S)[$0-9][^\s]*\s+")
_NAME_WORD = compiled(r"[A-Za-z][A-Za-z0-9.'’\-]*")
_CHANGE_IN = compiled(
    rf"\s+(?:{words_re(en.RESTATE_AFTER)})s?\s+in\s+(?:the\s+)?(?P<np>[a-z][a-z'’\-]*(?:\s+[a-z][a-z'’\-]*)?)"
)  # two words at most: "the $117 increase in city taxes taxpayers experienced"
# "a median-valued home at $332,366": an article, up to two modifiers and the thing, then "at".
_THING_AT = compiled(r"\b(?:a|an|the)\s+(?P<np>[a-z][a-z'’\-]*(?:\s+[a-z][a-z'’\-]*){0,2})\s+at\s+$")
_RESTATE = compiled(rf"(?<![A-Za-z])(?:{words_re(en.RESTATE_BEFORE)})\s+$", re.I)
_CHANGE_AFTER = compiled(rf"\s+(?:{words_re(en.RESTATE_AFTER)})(?![A-Za-z])", re.I)
# The sentence bounds come from the document (which knows "Sept. 30" and "Inc." end no sentence).
_CLAUSE_BREAK = compiled(r"[;:!?\n]\s|[;\n]|\s[-–—]\s|—|(?<=[0-9]\.)\s+(?=[A-Z])")
_STOP = frozenset(w.lower() for w in en.MONEY_SUBJECT_STOP) | {"a", "an", "the"}
_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "one"))
_BACK = 70
_PERIODS = frozenset(en.MONEY_SUBJECT_VETO)


def noun_after(doc: Doc, end: int) -> str | None:
    """The money noun right after an amount, with up to two modifiers: "operating budget", "city taxes", "income
    tax" (the last money noun of the words is the head)."""
    m = _WORDS_AFTER.match(doc.norm, end)
    if m is None:
        return None
    first, last = None, None
    for i in (1, 2, 3):
        w = m.group(i)
        if w is None or w.lower() in _STOP:
            break
        if first is None:
            first = m.start(i)
        if w.lower() in _NOUN_CUES:
            last = m.end(i)  # the last money noun heads the phrase: "income tax" (a tax), not "income"
    return None if first is None or last is None else doc.text[first:last]


def cue_before(doc: Doc, start: int) -> str | None:
    """The money noun before the amount in its clause, with what it is "of": "average price of a new
    vehicle", "revenue"."""
    norm = doc.norm
    lo = max(0, start - _BACK, doc.index.sentence_span(start)[0])
    brk = last_match(_CLAUSE_BREAK, norm, lo, start)
    if brk is not None:
        lo = brk.end()
    m = last_match(_CUE_BEFORE, norm, lo, start)
    if m is None:
        return None
    of = _OF_PHRASE.match(norm, m.end())
    if of is not None and of.end() <= start:
        words = of.group("np").split()
        keep = []
        for w in words:
            if w.lower() in _STOP:
                break
            keep.append(w)
        if keep and keep[0].lower() not in _PERIODS:  # "net income for the quarter ended Sept. 30": no thing
            end = of.start("np") + len(" ".join(keep))
            return doc.text[m.start() : end]
    return doc.text[m.start() : m.end()]


def agent_before(doc: Doc, start: int) -> str | None:
    """Who earned, paid or gave the amount: "The home-improvement retailer earned $2.8 billion"."""
    norm = doc.norm
    v = _AGENT_VERB.search(norm, max(0, start - 30), start)
    if v is None:
        return None
    m = _AGENT.search(norm, max(0, v.start() - 50), v.start())
    if m is None:
        return None
    words = m.group("np").split()
    while words and words[0].lower() in _STOP:
        words.pop(0)
    if not words or words[-1].lower() in _STOP or words[-1].lower() in _PRONOUNS:
        return None  # "he paid $5": a pronoun names no one
    np = " ".join(words)
    return doc.text[m.end("np") - len(np) : m.end("np")]


def mover_before(doc: Doc, start: int) -> str | None:
    """What a price or level is of, when the clause says it moved or stood there: "U.S. crude fell 3.38% to
    $55.12", "Brent was last at $60.73", "shares closed at $41.20"."""
    norm = doc.norm
    v = _MOVER.search(norm, max(0, start - 40), start)
    if v is None:
        return None
    lo = max(0, v.start() - 50, doc.index.sentence_span(start)[0])
    brk = last_match(_MOVER_BREAK, norm, lo, v.start())
    words = norm[brk.end() if brk else lo : v.start()].split()[-4:]
    while words and words[0].lower() in _STOP:
        words.pop(0)
    if not words or not all(_NAME_WORD.fullmatch(w) for w in words) or words[-1].lower() in _PRONOUNS:
        return None  # "it rose to $9": a pronoun; "… per barrel, up 3% to": no noun phrase
    np = " ".join(words)
    return doc.text[v.start() - 1 - len(np) : v.start() - 1] if norm.endswith(np + " ", 0, v.start()) else None


def change_in(doc: Doc, end: int) -> str | None:
    """What a change amount is a change in: "the $117 increase in city taxes" → city taxes."""
    m = _CHANGE_IN.match(doc.norm, end)
    if m is None:
        return None
    words = []
    for w in m.group("np").split():
        if w.lower() in _STOP:
            break
        words.append(w)
    if not words:
        return None
    start = m.start("np")
    return doc.text[start : start + len(" ".join(words))]


def valued_at(doc: Doc, start: int) -> str | None:
    """The thing an amount values, written before "at": "the owner of a median-valued home at $332,366"."""
    m = _THING_AT.search(doc.norm, max(0, start - 40), start)
    if m is None or m.group("np").split()[-1].lower() in _STOP:
        return None
    return doc.text[m.start("np") : m.end("np")]


def restated(doc: Doc, f: Fact, before: list[Fact]) -> Fact | None:
    """The money figure before `f` in its sentence that `f` restates: "up from $38,373 … and from
    $34,410", "a $66.87 increase"; None when `f` stands on its own."""
    if not before:
        return None
    norm = doc.norm
    if _RESTATE.search(norm, max(0, f.start - 20), f.start) or _CHANGE_AFTER.match(norm, f.end):
        return before[-1]
    return None
