"""Words around an English figure: approximation words, the word before, ranges, the money role."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import islice

from ..document import Doc
from ..patterns import compiled, last_match, words_re
from . import tables as en

_APPROX_BEFORE = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.APPROX_BEFORE)})\s+$")
_APPROX_AFTER = compiled(
    r"(?i:\s+or\s+(?:so|more|less|fewer)|-plus|-odd|\s+and\s+(?:over|above)|\s+(?:and|or)\s+(?:older|younger))"
    r"(?![A-Za-z])"
)
_APPROX_WINDOW = max(map(len, en.APPROX_BEFORE)) + 3
_WORD_BEFORE = compiled(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z.'\-]*)\s*$")
_CHANGE = frozenset(en.CHANGE_WORDS)
_RISE_UP_TO = _CHANGE | frozenset(en.RISE_UP_TO_VERBS)
_BETWEEN = compiled(r"(?<![A-Za-z])(?i:between)\s+$")
# Not inside a hyphenated word: "weight-loss", "non-profit", "loss-making" name no money.
_ROLE = compiled(rf"(?<![A-Za-z\-])(?i:{words_re(en.ROLE_CUES)})(?![A-Za-z\-])")
_ROLE_LOWER = {k.lower(): v for k, v in en.ROLE_CUES.items()}
# "a $3m settlement", "$12m in damages": a cue noun the amount qualifies.
# Up to two lower-case modifiers may stand between: "$1,317 in city property taxes", "$4.1bn operating budget".
_MODIFIER = rf"(?!(?:{words_re(en.MONEY_SUBJECT_STOP)}|a|an|the)\s)[a-z][a-z\-]*\s+"
_ROLE_RIGHT_AFTER = compiled(rf"\s+(?:in\s+)?(?:{_MODIFIER}){{0,2}}?((?i:{words_re(en.ROLE_CUES)}))(?![A-Za-z])")
# Where a clause ends for the money role: sentence punctuation, a semicolon, a dash between spaces.
_CLAUSE_BREAK = compiled(r"[.;:!?\n]\s|[;\n]|\s[-–—]\s|,\s(?:but|while|whereas|although)\s")
# The same without the full stop, for searches bounded by the document's sentences, which know that "Sept. 30"
# and "Inc. reported" end none.
# A full stop after a number before a capital ("took in £63,081. Just £8,170 …") ends a clause here, though the
# document keeps such text one sentence (see document.py).
_BREAK_IN_SENTENCE = compiled(
    r"[;:!?\n]\s|[;\n]|\s[-–—]\s|,\s(?:but|while|whereas|although)\s|(?<=[0-9]\.)\s+(?=[A-Z])"
)
_MINUS_WORD = compiled(r"(?<![A-Za-z])(?i:minus)\s+$")
_PLUS_OR = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.PLUS_OR_MINUS_LEAD)})\s+$")
_WEIGHT = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.WEIGHT_CUES)})(?![A-Za-z])")
_WEAK_ROLE = frozenset(en.WEAK_ROLE_CUES)
_PAYMENT_ROLES = frozenset(en.PAYMENT_ROLES)
_POUNDS_OF = compiled(r"\s+of\s+(?:(?:the|its|their|a|an)\s+)?(?P<w>[A-Za-z]+)")
_MONEY_OF = frozenset(en.MONEY_OF_WORDS)
_STERLING = compiled(rf"£|(?<![A-Za-z])(?:{words_re(en.STERLING_WORDS)})(?![A-Za-z])")
_ROLE_BACK = 70
_ROLE_AHEAD = 25


def approx_before(doc: Doc, start: int, skip: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """(new start, kind) when an approximation word ends right before `start`: "more than $163m".

    Words in `skip` do not count: before a length of time "over" means "during" ("over three years").
    """
    lo = max(0, start - _APPROX_WINDOW)
    m = _APPROX_BEFORE.search(doc.norm, lo, start)
    if m is None:
        return None
    word = m.group().strip().lower()
    if word in skip:
        return None
    if word == "up to" and word_before(doc, m.start()) in _RISE_UP_TO:
        return None  # "edged up to 7.8%": a change reaching 7.8%, not "at most" (but "waited up to five months")
    return m.start(), en.APPROX_BEFORE[word]


def approx_after(doc: Doc, end: int) -> tuple[int, str] | None:
    """(new end, kind) for "or so", "or more", "-plus" right after a figure."""
    m = _APPROX_AFTER.match(doc.norm, end)
    if m is None:
        return None
    word = re.sub(r"\s+", " ", m.group().strip().lower())
    return m.end(), en.APPROX_AFTER.get(word, en.APPROX_AFTER.get(word.split()[-1], "about"))


def with_approx(
    doc: Doc, start: int, end: int, approx: str | None = None, skip: frozenset[str] = frozenset()
) -> tuple[int, int, str | None]:
    """Widen [start, end) over approximation words on either side and say which kind they give."""
    before = approx_before(doc, start, skip)
    if before:
        start, approx = before[0], approx or before[1]
    after = approx_after(doc, end)
    if after:
        end, approx = after[0], approx or after[1]
    return start, end, approx


def word_before(doc: Doc, pos: int, window: int = 24) -> str:
    """The word right before `pos` (lower case), skipping spaces; "" when a non-word stands there."""
    m = _WORD_BEFORE.search(doc.norm, max(0, pos - window), pos)
    return m.group(1).lower() if m else ""


def between_start(doc: Doc, pos: int) -> int:
    """Start of the word "between" right before `pos` (spaces apart), else `pos` itself."""
    m = _BETWEEN.search(doc.norm, max(0, pos - 12), pos)
    return m.start() if m else pos


def to_range(doc: Doc, pos: int, low: Decimal, high: Decimal) -> bool:
    """Whether "A to B" starting at `pos`, both ends with their unit, is a range rather than a change.

    "from A to B" is a change. Otherwise the ends decide: a range spans little ("$3m to $5m", "grow by 8%
    to 8.5%"), while a change gives an amount and a level far apart ("cut rates by 0.25% to 4.5%", "a rise
    of £200m to £3.4bn"). After a change word the ends must lie closer still.
    """
    before = word_before(doc, pos)
    if before == "from" or low <= 0:
        return False
    limit = en.CHANGE_RANGE_MAX_RATIO if before in _CHANGE else en.TO_RANGE_MAX_RATIO
    return high <= low * Decimal(str(limit))


def role(doc: Doc, start: int, end: int) -> str | None:
    """The money role from a cue noun the amount qualifies ("a $3m settlement"), else from the nearest cue
    before the amount in its clause, else from a cue shortly after it."""
    norm = doc.norm
    m = _ROLE_RIGHT_AFTER.match(norm, end)
    if m is not None:
        return _ROLE_LOWER[m.group(1).lower()]
    sentence_start, sentence_end = doc.index.sentence_span(start)
    lo = max(0, start - _ROLE_BACK, sentence_start)
    brk = last_match(_BREAK_IN_SENTENCE, norm, lo, start)
    if brk is not None:
        lo = brk.end()
    best = last_match(_ROLE, norm, lo, start)
    while best is not None and _in_name(doc.text, best.start(), best.end()):
        best = last_match(_ROLE, norm, lo, best.start())  # "the Congressional Budget Office": a name, no cue
    hi = min(len(norm), end + _ROLE_AHEAD, sentence_end)
    brk = _BREAK_IN_SENTENCE.search(norm, end, hi)
    if best is not None and best.group().lower() not in _WEAK_ROLE:
        return _ROLE_LOWER[best.group().lower()]
    m = _ROLE.search(norm, end, brk.start() if brk else hi)
    after = _ROLE_LOWER[m.group().lower()] if m is not None else None
    if best is None:
        return after
    if after in _PAYMENT_ROLES:
        return after  # "paid $1.2 million to settle": the settlement says what kind of payment it was
    return _ROLE_LOWER[best.group().lower()]


def game_sentence(doc: Doc, pos: int) -> bool:
    """Whether the sentence holding `pos` names a game word (`tables.GAME_QUARTER_CUES`)."""
    start, end = doc.index.sentence_span(pos)
    return _GAME_CUE.search(doc.norm, start, end) is not None


def game_text(doc: Doc) -> bool:
    """Whether the text reports a game: `tables.GAME_DOCUMENT_CUES` of its game words or more, anywhere."""
    return text_about(doc, "en.game_text", _GAME_CUE, en.GAME_DOCUMENT_CUES)


def text_about(doc: Doc, key: str, cue: re.Pattern[str], needed: int) -> bool:
    """Whether `cue` matches `needed` times or more anywhere in the text, which then is about its subject (a
    game, cricket, a poll); worked out once per document, kept in its memo under `key`."""
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = sum(1 for _ in islice(cue.finditer(doc.norm), needed)) >= needed
    return bool(found)


_GAME_CUE = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.GAME_QUARTER_CUES)})(?![A-Za-z])")


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at start:end stands inside a name, beside another capitalised word
    ("Congressional Budget Office", "the Investment Association")."""
    if not text[start : start + 1].isupper():
        return False
    before = _CAP_BEFORE.search(text, max(0, start - 30), start)
    return before is not None or _CAP_AFTER.match(text, end) is not None


_CAP_BEFORE = compiled(r"(?<![.!?]\s)(?<!^)[A-Z][A-Za-z&'’\-]*\s+$")
_CAP_AFTER = compiled(r"\s+[A-Z][A-Za-z&'’\-]*")


def minus_before(doc: Doc, start: int) -> int | None:
    """Start of a minus sign right before a figure starting at `start`: "-40 degrees", "minus 20C", "-$3.5m".

    A hyphen counts only when it stands alone before the figure (a space, a bracket or the text start
    before it), so "3-5" stays a range and "COVID-19" a name.
    """
    norm = doc.norm
    if start > 0 and norm[start - 1] in "-−" and (start == 1 or norm[start - 2] in " \t\n(["):
        return start - 1
    m = _MINUS_WORD.search(norm, max(0, start - 7), start)
    if m is None or _PLUS_OR.search(norm, max(0, m.start() - 10), m.start()):
        return None  # "plus or minus 3 points": a margin either way, no negative figure
    return m.start()


def pounds_weigh(doc: Doc, start: int, end: int) -> bool:
    """Whether "pounds" written after the number at `start` (ending at `end`) is a weight, not money: after a
    weight word ("weighs 200 pounds"), before "of" and a thing that is not money ("180 pounds of fentanyl",
    not "two million pounds of funding"), or anywhere in a text that counts its money in dollars and never
    in sterling (a US drug seizure's "22 pounds of methamphetamine … $12,000 in cash")."""
    if weighs(doc, start):
        return True
    of = _POUNDS_OF.match(doc.norm, end)
    if of is not None and of.group("w").lower() not in _MONEY_OF:
        return True
    return _dollar_text(doc)


def _dollar_text(doc: Doc) -> bool:
    found = doc.memo.get("en.dollar_text")
    if found is None:
        norm = doc.norm
        found = doc.memo["en.dollar_text"] = "$" in norm and _STERLING.search(norm) is None
    return bool(found)


def weighs(doc: Doc, start: int) -> bool:
    """Whether a weight word stands shortly before `start` in its clause: "the boxer weighs 200 pounds",
    with no other figure between ("weighs 130 pounds and paid 200 pounds": the second is money)."""
    norm = doc.norm
    lo = max(0, start - en.WEIGHT_CUE_WINDOW)
    brk = last_match(_CLAUSE_BREAK, norm, lo, start)
    m = last_match(_WEIGHT, norm, brk.end() if brk else lo, start)
    return m is not None and not any(c.isdigit() for c in norm[m.end() : start])  # no other figure between


def year_digits(doc: Doc, start: int, end: int) -> bool:
    """Four digits alone: a year more often than a count or a length ("and 2024 was a record year")."""
    text = doc.norm[start:end]
    return text.isdigit() and len(text) == 4
