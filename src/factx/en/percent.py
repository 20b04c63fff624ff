"""Percentages in English: 3.5%, 3.5 per cent, ten percent, 3-5%, between 3% and 5%, -0.4%,
0.5 percentage points (kind "points"), 25 basis points (→ 0.25 points), half a percentage point, a
quarter-point (→ 0.25 points), fractions as rates ("two-thirds of voters", "just over half were female")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from ..document import Doc
from ..model import Fact
from ..patterns import compiled, words_re
from ..rates import share_percent
from . import context, poll
from . import tables as en
from .numbers import Num, scan

_UNITS = {k.lower(): v for k, v in en.PERCENT_UNITS.items() if k != en.BARE_POINTS}
_UNIT = compiled(rf"\s?(?i:{words_re(_UNITS)})(?![A-Za-z])")
_RANGE_SEP = compiled(r"\s*(?:[-–—]|to|and)\s*", re.I)
_RATE = compiled(rf"(?<![A-Za-z\-])(?i:{words_re(en.FRACTIONS)})(?![A-Za-z\-])")
_OF = compiled(rf"\s+of\s+(?!(?i:{words_re(en.FRACTION_NOT_BEFORE_OF)})(?![A-Za-z]))")
_ONE_IN = compiled(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", re.I)
_HALF_THE = compiled(r"\s+(?:the|its|their|his|her|our|all)\s")
_NOT_AFTER = frozenset(en.FRACTION_NOT_AFTER)
_SHARE_LEAD = compiled(rf"(?:{words_re(en.FRACTION_SHARE_LEAD)})\s+$", re.I)
_CLAUSE_END = compiled(r"\s*(?:[,.;:!?)]|$)")
_UP_DOWN = compiled(rf"(?:,|(?<![A-Za-z])(?:{words_re(en.FRACTION_CHANGE_LEAD)}))\s+(?:up|down)\s+$", re.I)
# "just over half were female", "a third said": a fraction of a group named before, then its verb.
_VERB_NEXT = compiled(rf"\s+(?i:{words_re(en.FRACTION_VERB_NEXT)})(?![A-Za-z])")
# "a quarter-point cut": a fraction of a percentage point written as one word.
_POINT_WORD = compiled(
    rf"(?<![A-Za-z\-])(?i:(?:an?\s+)?(?P<frac>{words_re(en.POINT_HYPHEN_FRACTIONS)})-point)(?![A-Za-z\-])"
)
_POINT_AFTER = compiled(r"\s+(?i:(?:of\s+)?an?\s+)?(?i:(?P<basis>basis\s+)|percentage\s+)?(?i:points?)(?![A-Za-z])")
_EXACT_POINT_DENOMINATORS = frozenset((2, 4, 5, 10))
_OF_A_UNIT = compiled(rf"\s+(?:of\s+)?an?\s+(?!(?i:{words_re(en.FRACTION_A_PERIODS)})(?![A-Za-z]))[A-Za-z]")
_FRACTION = compiled(
    rf"(?<![A-Za-z])(?i:(?P<frac>{words_re(en.POINT_FRACTIONS)})\s+a\s+(?P<unit>percentage\s+point|basis\s+point))"
    r"(?![A-Za-z])"
)


def _unit(doc: Doc, n: Num) -> tuple[int, str, Decimal] | None:
    """(end, kind, factor) of a percent unit right after the number."""
    if n.scaled:
        return None
    m = _UNIT.match(doc.norm, n.end)
    if m is None:
        end = poll.points_end(doc, n)  # "led by 2 points" in a poll: percentage points
        return (end, "points", Decimal(1)) if end is not None else None
    kind, factor = _UNITS[re.sub(r"\s+", " ", m.group().strip().lower())]
    return m.end(), kind, Decimal(factor)


def recognize(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    nums = scan(doc).nums
    i = 0
    while i < len(nums):
        n = nums[i]
        u = _unit(doc, n)
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        high = None
        start, end = n.start, n.end
        if nxt is not None:
            sep = _RANGE_SEP.fullmatch(norm, u[0] if u else n.end, nxt.start)
            u2 = _unit(doc, nxt)
            lead = context.word_before(doc, n.start)
            word = sep.group().strip().lower() if sep else ""
            ok = sep is not None and u2 is not None and (u is None or u[1:] == u2[1:])
            if ok and word == "and" and lead != "between":
                ok = False
            if ok and word == "to" and u is not None and not context.to_range(doc, n.start, n.value, nxt.value):
                ok = False  # "rose from 3% to 5%", "cut by 0.25% to 4.5%": a change, not a range
            if ok and u2 is not None and nxt.value > n.value:
                u = u if u is not None else u2
                high = nxt.value * u2[2]
                end = u2[0]
                if lead == "between":
                    start = context.between_start(doc, start)
                i += 1
        if u is None:
            i += 1
            continue
        if high is None:
            end = u[0]
        kind, factor = u[1], u[2]
        value = n.value * factor
        minus = context.minus_before(doc, start) if start == n.start else None
        if minus is not None:
            start, value = minus, -value  # a minus sign: -0.4%, minus 0.4 percent
        start, end, approx = context.with_approx(doc, start, end)
        yield Fact(type="percent", text=doc.text[start:end], start=start, end=end, value=value, max=high,
                   approx=approx, kind=kind, rule="percent.en")  # fmt: skip
        i += 1
    for m in _FRACTION.finditer(norm):
        unit = m.group("unit").lower()
        factor = Decimal("0.01") if unit.startswith("basis") else Decimal(1)
        value = Decimal(en.POINT_FRACTIONS[m.group("frac").lower()]) * factor
        yield Fact(type="percent", text=doc.text[m.start() : m.end()], start=m.start(), end=m.end(), value=value,
                   kind="points", rule="percent.en.fraction")  # fmt: skip
    for m in _POINT_WORD.finditer(norm):
        value = Decimal(en.POINT_HYPHEN_FRACTIONS[m.group("frac").lower()])
        yield Fact(type="percent", text=doc.text[m.start() : m.end()], start=m.start(), end=m.end(), value=value,
                   kind="points", rule="percent.en.point_word")  # fmt: skip
    yield from _rates(doc)
    yield from _one_in(doc)


def _one_in(doc: Doc) -> Iterator[Fact]:
    """ "one in five" → 20, "one out of 2,500" → 0.04: a rate written as a count of a whole."""
    nums = scan(doc).nums
    for a, b in pairwise(nums):
        if not _ONE_IN.fullmatch(doc.norm, a.end, b.start) or a.scaled or b.scaled or not 0 < a.value < b.value:
            continue
        out_of = "out" in doc.norm[a.end : b.start].lower()
        if (b.value >= 1000 and not out_of) or a.value % 1 or b.value % 1:
            continue  # "5 in 2004" is a number in a year; "one out of 2,500" is a rate
        value = share_percent(a.value, b.value)
        s, e, approx = context.with_approx(doc, a.start, b.end)
        yield Fact(type="percent", text=doc.text[s:e], start=s, end=e, value=value, approx=approx,
                   kind="percent", rule="percent.en.one_in")  # fmt: skip


# A fraction that goes on a series starts a clause: "… and a third is", "…; a sixth was".
_SERIES_JOIN = compiled(r"(?:[,;]|(?<![A-Za-z])(?i:and|but|while))\s*$")
# "Two years ago a third were rehired": a count of time is no series.
_TIME_WORDS = r"(?i:years?|months?|weeks?|days?|hours?|minutes?|decades?|times)(?![A-Za-z])"
# Number words by value, for "Two …, a third": the count a fraction's denominator follows.
_NUMBER_WORDS: dict[int, str] = {v: w for w, v in {**en.UNIT_WORDS, **en.TEEN_WORDS}.items()}


def _one_more(doc: Doc, start: int, den: int) -> bool:
    """Whether the sentence before `start` opens with a count of den - 1 ("Two suspects were arrested and a
    third is still at large", "Five were found; a sixth is missing"): then "a third" is the next of them."""
    word = _NUMBER_WORDS.get(den - 1)
    if word is None:
        return False
    lo = doc.index.sentence_span(start)[0]
    before = doc.norm[lo:start]
    if _SERIES_JOIN.search(before) is None:
        return False
    # The count opens the sentence, as the subject the fraction's clause goes on with: not "polled in two
    # towns, a third said", where it counts something else.
    count = rf"[\s\"'“‘(]*(?:(?i:the|all|only)\s+)?(?i:{word}|{den - 1})(?![\w-]|[.,]\d)(?!\s+{_TIME_WORDS})"
    return re.match(count, before) is not None


def _rates(doc: Doc) -> Iterator[Fact]:
    """Fractions stated as a rate: "two-thirds of voters" → 66.67, "rose by a fifth" → 20."""
    norm = doc.norm
    for m in _RATE.finditer(norm):
        s, e = m.start(), m.end()
        before = context.word_before(doc, s)
        if before in _NOT_AFTER:
            continue
        approx = context.approx_before(doc, s)
        s0 = s
        s, e, kind = context.with_approx(doc, s, e)
        by = (context.word_before(doc, s) if approx else before) == "by"  # "shrink by (about) a third"
        by = by or (before in ("up", "down") and _UP_DOWN.search(norm, max(0, s0 - 16), s0) is not None)
        # ", or just over a quarter.": a share of the total just named, which the clause ends on
        share = _CLAUSE_END.match(norm, e) and _SHARE_LEAD.search(norm, max(0, s - 20), s)
        if not (
            _OF.match(norm, e) or by or (approx and _HALF_THE.match(norm, e)) or _VERB_NEXT.match(norm, e) or share
        ):
            continue
        num, den = en.FRACTIONS[re.sub(r"\s+", " ", norm[s0:e].lower())]
        if num == 1 and not (_OF.match(norm, e) or by or share) and _one_more(doc, s0, den):
            continue  # "Two suspects were arrested and a third is at large": the next one, no share
        point = _POINT_AFTER.match(norm, e)
        if point is None and _OF_A_UNIT.match(norm, e):
            continue  # "raise the sales tax by half a cent", "a third a mile": a part of one unit, no rate
        if point is not None:
            # "raised rates by a quarter point": a fraction of one percentage point, not a quarter of the rate
            if den not in _EXACT_POINT_DENOMINATORS or point.group("basis"):
                continue
            e = point.end()
            yield Fact(type="percent", text=doc.text[s:e], start=s, end=e, value=Decimal(num) / Decimal(den),
                       approx=kind, kind="points", rule="percent.en.point_fraction")  # fmt: skip
            continue
        value = share_percent(Decimal(num), Decimal(den))
        yield Fact(type="percent", text=doc.text[s:e], start=s, end=e, value=value, approx=kind,
                   kind="percent", rule="percent.en.rate")  # fmt: skip
