"""What an English rate measures, from the words beside it; None when they do not say.

In order: the "of" phrase after it ("two-thirds of the 600 respondents" → respondents); the noun it qualifies
after "a" ("a 28% premium", "a 5% rise in sales" → sales); the noun phrase whose verb leads to it
("unemployment edged up to 4.6%", "turnout was 67.3%", "first-half revenue climbed 14 per cent"). The last
needs a verb of change or a linking verb between the phrase and the figure, so a rate after a comma or a
preposition ("and 3.1% from a year earlier") is left without a subject rather than given a wrong one.
"""

from __future__ import annotations

import re

from ..document import Doc
from ..model import Fact
from ..patterns import compiled, words_re
from . import tables as en
from .count_words import NOUNS
from .numbers import scan

_WORD = r"[A-Za-z][A-Za-z'’\-]*"
_STOP = frozenset(w.lower() for w in en.PERCENT_SUBJECT_STOP)
_STEPS = frozenset(w.lower() for w in (*en.CHANGE_WORDS, *en.PERCENT_SUBJECT_LINKS))
_OF = compiled(rf"\s+of\s+(?:(?:the|its|their|his|her|our|all|those|these)\s+)?(?:[0-9][0-9,.]*\s+)?(?P<np>{_WORD})")
_ARTICLE_BEFORE = compiled(r"(?<![A-Za-z])(?:a|an)\s+$", re.I)
_NOUN_AFTER = compiled(
    rf"\s+(?:(?i:{words_re(en.PERCENT_PERIOD_ADJECTIVES)})\s+)?(?P<w>{_WORD})(?:\s+in\s+(?:the\s+)?(?P<in>{_WORD}))?"
)
_CHANGE_NOUNS = frozenset(w.lower() for w in en.PERCENT_CHANGE_NOUNS)
_CLAUSE = compiled(r"[;:!?,\n()]|\.(?![0-9])")  # not the point of 1.2
_TOKEN = compiled(_WORD)
_BACK = 80
_DETERMINERS = frozenset(en.PERCENT_SUBJECT_DETERMINERS)
# A rate after "rose 0.5 points to": the unit of the change before it.
_CHANGE_UNITS = frozenset(en.PERCENT_CHANGE_UNITS)
_PREPOSITIONS = frozenset(en.PERCENT_SUBJECT_PREPOSITIONS)
_HEADS = frozenset((*NOUNS, *en.PERCENT_OF_HEADS))
_ASIDES = frozenset(en.PERCENT_SUBJECT_ASIDES)
_HEAD_WORD = compiled(rf"(?P<w>{_WORD})(?![A-Za-z'’\-]) ?")
_VERBS = frozenset(w.lower() for w in en.PAST_VERBS)
_INITIALS = compiled(r"(?:[A-Z]\.){2,} ")
_IN_RATE = compiled(r"[0-9A-Za-z] in [0-9A-Za-z]")
_MEASURE_OF = compiled(
    rf"(?<![A-Za-z\-])(?:(?P<m>{_WORD}) )?(?P<c>(?i:{words_re(en.PERCENT_OF_MEASURES)})) of "
    r"(?:(?:just|only|about|around|roughly|nearly|some|almost|over|under)\s+)?$"
)
_CHANGE_OF = compiled(
    rf"(?<![A-Za-z\-])(?P<m>{_WORD}) (?P<c>(?i:{words_re(en.PERCENT_CHANGE_NOUNS)})) of "
    r"(?:(?:about|around|roughly|nearly|some|up to|between)\s+)?$"
)


def percent_subject(doc: Doc, f: Fact) -> str | None:
    """The subject of percent fact `f`, as the module doc orders the places it may stand; None when none says."""
    norm = doc.norm
    m = _OF.match(norm, f.end)
    if m is not None and m.group("np").lower() not in _STOP:
        return doc.text[m.start("np") : _of_phrase_end(doc, m.start("np"), m.end("np"))]
    if _ARTICLE_BEFORE.search(norm, max(0, f.start - 4), f.start):
        after = _NOUN_AFTER.match(norm, f.end)
        if after is not None and after.group("w").lower() not in _STOP:
            if after.group("w").lower() in _CHANGE_NOUNS:
                word = after.group("in")
                if not word or word.lower() in _STOP:
                    return None
                return doc.text[after.start("in") : _of_phrase_end(doc, after.start("in"), after.end("in"))]
            return doc.text[after.start("w") : after.end("w")]
    if _IN_RATE.search(f.text):
        return _noun_after_rate(doc, f.end)  # "about 1 in 4 mental-health calls": what the rate counts follows
    return _change_of(doc, f.start) or _phrase_before(doc, f.start)


def _noun_after_rate(doc: Doc, end: int) -> str | None:
    """The words after "1 in 4" up to its head noun (at most three), None when a stop word comes first."""
    pos, last = end + 1, None
    for _ in range(en.PERCENT_OF_HEAD_WORDS):
        initials = _INITIALS.match(doc.norm, pos)  # "1 in 3 U.S. adults"
        if initials is not None:
            last, pos = initials.end() - 1, initials.end()  # the initials, without the space after them
            continue
        w = _HEAD_WORD.match(doc.norm, pos) if doc.norm[pos - 1 : pos] == " " else None
        if w is None or w.group("w").lower() in _STOP or w.group("w").lower() in _STEPS:
            break
        last = w.end("w")
        if w.group("w").lower() in _HEADS:
            break
        pos = w.end()
    return doc.text[end + 1 : last] if last is not None else None


def _change_of(doc: Doc, start: int) -> str | None:
    """ "sales growth of 10 to 12 per cent": the measure named before a change noun and "of"; "a turnout of
    31.4%", "an interest rate of 5%": a measure noun before "of", with the word that qualifies it."""
    m = _MEASURE_OF.search(doc.norm, max(0, start - _BACK), start)
    if m is not None:
        qualified = _qualifies((m.group("m") or "").lower())
        return doc.text[m.start("m" if qualified else "c") : m.end("c")]
    m = _CHANGE_OF.search(doc.norm, max(0, start - _BACK), start)
    if m is None or not _qualifies(m.group("m").lower()):
        return None  # "posted a rise of 5%", "saw growth of 3%": no measure named
    return doc.text[m.start("m") : m.end("c")]


def _qualifies(word: str) -> bool:
    """Whether the word before a measure or change noun names what it measures ("sales growth"), not a verb
    ("saw growth") or a stop word ("a rise")."""
    return bool(word) and word not in _STOP and word not in _STEPS and word not in _VERBS and not word.endswith("ed")


def _of_phrase_end(doc: Doc, start: int, end: int) -> int:
    """End of the "of" phrase opening at `start`: through its head noun when one stands within a few words
    ("likely voters", "general fund spending"), else the first word alone (which ends at `end`)."""
    pos = start
    for _ in range(en.PERCENT_OF_HEAD_WORDS):
        w = _HEAD_WORD.match(doc.norm, pos)
        if w is None or w.group("w").lower() in _STOP:
            break
        if w.group("w").lower() in _HEADS:
            return w.end("w")
        pos = w.end()
    return end


def _strip(tokens: list[tuple[str, int, int]], steps: bool) -> bool:
    """Drop from the end of `tokens` the step words (`steps`) or the words that are not steps; whether any went."""
    dropped = False
    while tokens and (tokens[-1][0] in _STEPS) == steps:
        tokens.pop()
        dropped = True
    return dropped


def _aside_start(doc: Doc, comma: int) -> int | None:
    """The comma opening the aside that the comma at `comma` closes (", which …,"), None when the text before
    `comma` is no such aside (or has a clause break inside it)."""
    if doc.norm[comma] != ",":
        return None
    lo = max(0, comma - _BACK)
    breaks = [m.start() for m in _CLAUSE.finditer(doc.norm, lo, comma)]
    if not breaks or doc.norm[breaks[-1]] != ",":
        return None
    first = _TOKEN.search(doc.norm, breaks[-1], comma)
    if first is None or first.group().lower() not in _ASIDES:
        return None
    return breaks[-1]


def _in_code(norm: str, start: int, end: int) -> bool:
    """Whether the word at start:end is glued to digits or a dot: part of a ticker or a code."""
    return (start > 0 and (norm[start - 1].isdigit() or norm[start - 1] == ".")) or (
        end < len(norm) and norm[end].isdigit()
    )


def _phrase_before(doc: Doc, start: int) -> str | None:
    """The noun phrase before the verb that leads to the rate: up to two words, or "shares of X" / "the price
    of oil" with its "of" phrase."""
    norm = doc.norm
    lo = max(0, start - _BACK)
    breaks = [m.end() for m in _CLAUSE.finditer(norm, lo, start)]
    lo = breaks[-1] if breaks else lo
    tokens = [(t.group().lower(), t.start(), t.end()) for t in _TOKEN.finditer(norm, lo, start)]
    aside = None
    if breaks and tokens and all(t[0] in _STEPS for t in tokens):
        aside = _aside_start(doc, breaks[-1] - 1)
        if aside is not None:
            # "sales, which strip out store openings, grew 4.2%": the phrase before the aside, then the verb
            lo = max(0, aside - _BACK)
            clause = [m.end() for m in _CLAUSE.finditer(norm, lo, aside)]
            lo = clause[-1] if clause else lo
            tokens = [(t.group().lower(), t.start(), t.end()) for t in _TOKEN.finditer(norm, lo, aside)] + tokens
    every = list(tokens)
    stepped = _strip(tokens, steps=True)
    if tokens and tokens[-1][0] in _CHANGE_UNITS:
        # "unemployment rose 0.5 points to 4.6%": step back over the change to the phrase before it
        _strip(tokens, steps=False)
        stepped = _strip(tokens, steps=True)
    if not stepped or not tokens:
        return None
    figure = scan(doc).after(tokens[-1][2])
    if figure is not None and figure.start < (aside if aside is not None else every[len(tokens)][1]):
        return None  # "the quarter ended June 29 fell 1%": the phrase ends on a figure (not a name: S&P 500)
    phrase: list[tuple[str, int, int]] = []
    words = list(tokens)
    while words and _in_code(norm, words[-1][1], words[-1][2]):
        words.pop()  # "U.S. crude CLc1 fell 3.38%": a ticker after the phrase is no word of it
    for token in reversed(words):
        word = token[0]
        if (word in _STOP or word in _STEPS) and not (word == "of" and phrase):
            break
        if _in_code(norm, token[1], token[2]):
            break
        phrase.insert(0, token)
        if len([t for t in phrase if t[0] != "of"]) == 4:
            break
    while phrase and phrase[0][0] == "of":
        phrase.pop(0)
    if not phrase:
        return None
    before = [t for t in tokens if t[2] <= phrase[0][1] and t[0] not in _DETERMINERS]
    if before and before[-1][0] in _PREPOSITIONS:
        # "Home sales in Greater Vancouver rose 6.2 per cent", "turnout among the 1.2 million eligible voters
        # was 58%": the phrase after the preposition is not the measure; the words before it are
        return _head_before(doc, [t for t in tokens if t[2] <= before[-1][1]])
    if len(phrase) > 3 and not any(t[0] == "of" for t in phrase):
        phrase = phrase[-3:]  # "the Hang Seng index", "the company's full-year sales"
    return doc.text[phrase[0][1] : phrase[-1][2]]


def _head_before(doc: Doc, tokens: list[tuple[str, int, int]]) -> str | None:
    """The measure that a prepositional phrase qualifies: the last words (at most three, no stop word) of
    `tokens`, which end right before the preposition; None when a stop word or a step ends them."""
    phrase: list[tuple[str, int, int]] = []
    for token in reversed(tokens):
        if token[0] in _STOP or token[0] in _STEPS or _in_code(doc.norm, token[1], token[2]):
            break
        phrase.insert(0, token)
        if len(phrase) == 3:
            break
    if not phrase or phrase[-1] is not tokens[-1]:
        return None
    return doc.text[phrase[0][1] : phrase[-1][2]]
