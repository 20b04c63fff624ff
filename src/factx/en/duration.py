"""Durations in English: 12 days → P12D, two years → P2Y, a 13-month ban → P13M, a decade → P10Y,
two and a half years → P2.5Y, half an hour → PT30M, 2 hours 30 minutes → PT2H30M, for a year → P1Y,
10 to 20 minutes → PT10M (max PT20M), took them a day → P1D, only one day → P1D, an hour later → PT1H,
a month-long strike → P1M."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..document import Doc
from ..model import DURATION_ORDER, DurationValue, Fact
from ..patterns import compiled, words_re
from . import context
from . import tables as en
from .numbers import Num, Scan, scan

_UNITS = {k.lower(): v for k, v in en.DURATION_UNITS.items()}
_UNIT_RE = words_re(_UNITS)
_AFTER_NUM = compiled(
    rf"(?i:(?P<half>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?(?:\s+(?:{words_re(en.DURATION_ADJECTIVES)}))?"
    rf"(?:\s+|-)(?P<unit>{_UNIT_RE}))(?![A-Za-z])"
)
_VETO_NEXT = compiled(rf"(?i:\s*-?\s*(?:{words_re(en.DURATION_VETO_NEXT)}))(?![A-Za-z])")
_ARTICLE = compiled(
    rf"(?<![A-Za-z])(?i:(?:(?P<half>half\s+)|(?P<quarter>a\s+quarter\s+of\s+))?(?:an?|another|a\s+further)\s+"
    rf"(?P<unit>{_UNIT_RE})"
    rf"(?P<half2>\s+and\s+a\s+half)?)(?![A-Za-z])"
)
_ARTICLE_ANY = frozenset(en.ARTICLE_DURATION_UNITS)
_FORMAT_NEXT = compiled(rf"\s+(?i:{words_re(en.ONE_DAY_FORMAT_NEXT)})(?![A-Za-z])")
_ARTICLE_VETO_NEXT = compiled(rf"\s+(?i:{words_re(en.ARTICLE_DURATION_VETO_NEXT)})(?![A-Za-z])")
_THE_PERIOD = compiled(
    rf"(?<![A-Za-z])(?i:the\s+(?:(?:{words_re(en.THE_PERIOD_WORDS)})\s+(?P<unit>{words_re(en.THE_PERIOD_UNITS)})"
    rf"|(?:{words_re(en.THE_SPAN_WORDS)})\s+(?P<unit2>{words_re(en.THE_SPAN_UNITS)})(?!\s+of\s)))"
    r"(?![A-Za-z])"
)  # "the last year of the deal" is its final year, not a length
_CUES = frozenset(en.DURATION_CUES)
_SHORT_CUES = frozenset(en.SHORT_DURATION_CUES)
# "a half-hour drive", "a half-day strike": half of one unit, named in an adjective ("half-year profit" is a
# reporting period, not a length).
_HALF_ADJ = compiled(r"(?<![A-Za-z\-])(?i:half-(?P<unit>hour|day|century))(?![A-Za-z\-])")
# "a month-long strike", "a yearlong inquiry": one unit, named in an adjective.
_LONG = compiled(rf"(?<![A-Za-z\-])(?i:(?P<unit>{words_re(en.LONG_ADJ_UNITS)})-?long)(?![A-Za-z\-])")
_ORDER = {u: i for i, u in enumerate(DURATION_ORDER)}
_JOIN = compiled(r",?\s+(?:and\s+)?")
_HALF = Decimal("0.5")
_NOT_APPROX = frozenset(en.DURATION_NOT_APPROX)
# After "for" or a verb of lasting (`tables.BOUND_LENGTH_BEFORE`), "over" and "under" bound a length of time
# again: "worked for over six hours", "the strike lasted over six months" (but "over six hours, the crews …" is
# "during").
_FOR_OVER = compiled(rf"\b(?:{words_re(en.BOUND_LENGTH_BEFORE)})\s+(?P<w>over|under)\s+$", re.I)
_RANGE_SEP = compiled(r"\s*(?:[-–—]|to|and)\s*", re.I)
_CHANGE = frozenset(en.CHANGE_WORDS)
_CLOCK_UNITS = frozenset(("TH", "TM"))
# "took firefighters a day", "spent them an hour": a length of time after a taking verb and its object.
_TOOK = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.TAKE_VERBS)})\s+(?:[A-Za-z'’]+\s+){{1,2}}$")
# "one day" is vetoed as a figure ("one day he will"); after a cue ("took only one day") it is a length.
_ONE_DAY = compiled(r"(?<![A-Za-z\-])(?i:one)\s+day(?![A-Za-z\-])")
_ONE_DAY_CUES = frozenset(en.ONE_DAY_CUES)


# "logged 1,640 hours, 312 of them in the E175", "served 20 years on the bench, 12 of them as
# chief judge": a part of the length just before, in its unit.
_PART_OF = compiled(r"\s+of\s+(?:them|which|those)(?![A-Za-z])")
_PART_OF_GAP = compiled(r"(?:\s+[a-z]+){0,4},\s*(?:(?:and|with)\s+)?")
# "Days on market averaged 39 for detached homes": a plural unit opening its clause leads a level verb, and the
# number after it, bare, is that many units. A clause opens at a sentence start, after a semicolon or a colon.
_LEVEL = compiled(
    rf"(?:^|[.!?;:]\s+|\n)(?:(?i:{words_re(en.DURATION_LEVEL_LEAD)})\s+)*"
    rf"(?P<unit>(?i:{words_re(en.DURATION_LEVEL_UNITS)}))(?:\s+[a-z][a-z\-]*){{0,3}}\s+"
    rf"(?i:{words_re(en.DURATION_LEVEL_VERBS)})\s+$"
)
_LEVEL_BACK = 70
_OTHER_ESTIMATE = compiled(
    rf"(?<![A-Za-z])(?i:{words_re(en.OTHER_ESTIMATE_NOUNS)})\s+(?i:{words_re(en.OTHER_ESTIMATE_VERBS)})\s+"
    rf"(?:(?i:{words_re(en.OTHER_ESTIMATE_HEDGES)})\s+)?$"
)
_OTHER_ESTIMATE_BACK = 40
# "cut the sentence from nine years to seven": the new length, in the unit of the old one.
_TO = compiled(r"\s+to\s+")
_NEW_CLAUSE = compiled(r"(?<![A-Za-z])(?:and|but|while|whereas)\s")
_RESTATE = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.DURATION_RESTATE_LEAD)})\s+$")
_PART_SPAN = compiled(
    rf"(?:\s+[A-Za-z'’]+){{0,5}},\s+(?i:the|his|her|its|their)\s+(?i:{words_re(en.DURATION_PART_SPANS)})\s+"
)
_AND = compiled(r",?\s+and\s+")
_SENTENCE_END = compiled(r"[.!?]\s|\n")
_BARE_NEXT = compiled(rf"\s*(?:[.,;:!?)]|$|(?i:{words_re(en.DURATION_BARE_NEXT)})(?![A-Za-z]))")
# "… averaged 39 for detached homes and 31 for condos": the next item of the same list, in the same unit.
_LIST_NEXT = compiled(r"\s+(?P<prep>for|in|on|at|among)\s+[A-Za-z][A-Za-z'\- ]{0,40}?,?\s+and\s+$")


def _part(amount: Decimal, unit: str) -> tuple[Decimal, str]:
    designator, mult = _UNITS[unit.lower()]
    return amount * Decimal(mult), designator


def _halve(part: tuple[Decimal, str]) -> tuple[Decimal, str]:
    """Half of one unit, in the smaller unit where news would say so: half a year → P6M (as 半年)."""
    amount, d = part
    if amount == 1 and d == "Y":
        return Decimal(6), "M"
    if amount == 1 and d == "TH":
        return Decimal(30), "TM"
    return amount * _HALF, d


_CURRENCY_SIGNS = frozenset("$£€¥₹")


def recognize(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    sc = scan(doc)
    used_until = -1
    nums = sc.nums
    last: Fact | None = None  # the length before, which a bare number after it may take the unit of
    for i, n in enumerate(nums):
        if n.start < used_until:
            continue
        m = _AFTER_NUM.match(norm, n.end)
        if m is None:
            rng = _range(doc, n, nums[i + 1] if i + 1 < len(nums) else None)
            if rng is not None:
                used_until = rng.end
                yield rng
                continue
            found = _unit_elsewhere(doc, n, nums[i - 1] if i > 0 else None, last)
            found = found or _listed_before(doc, n, nums[i + 1] if i + 1 < len(nums) else None)
            if found is not None:
                last = found
                yield found
            continue
        if _VETO_NEXT.match(norm, m.end()):
            continue
        if n.start > 0 and norm[n.start - 1] in _CURRENCY_SIGNS:
            continue  # "paid £500,000 days before Christmas": an amount, then a time
        if n.value == 1 and m.group("unit").lower() == "day" and _FORMAT_NEXT.match(norm, m.end()):
            continue  # "the one-day series": a format, not a length
        part = _part(n.value, m.group("unit"))
        if m.group("half"):
            part = (part[0] + Decimal(_UNITS[m.group("unit").lower()][1]) * _HALF, part[1])
        parts, end = _more_parts(doc, sc, m.end(), [part])
        start, end, approx = context.with_approx(doc, n.start, end, skip=_NOT_APPROX)
        if approx is None and (b := _FOR_OVER.search(norm, max(0, start - 24), start)) is not None:
            start, approx = b.start("w"), "more_than" if b.group("w").lower() == "over" else "less_than"
        used_until = end
        last = _fact(doc, start, end, parts, approx, "duration.en")
        yield last
    for m in _ARTICLE.finditer(norm):
        unit = m.group("unit").lower()
        if sc.vetoed(m.start(), m.end()) or _VETO_NEXT.match(norm, m.end()):
            continue  # "a two-year-old"
        if unit.endswith("s"):
            continue  # plural units take no article
        if unit in ("second", "minute") and context.word_before(doc, m.start()) not in _SHORT_CUES:
            continue  # "a second week" is an ordinal, "wait a minute" an idiom (but "in under a minute")
        later = _ARTICLE_VETO_NEXT.match(norm, m.end())
        if later and (_UNITS[unit][0] not in _CLOCK_UNITS or later.group().strip().lower() == "ago"):
            continue  # "a year earlier" is a date; "an hour later" stays a length of time
        fraction = m.group("half") or m.group("quarter") or m.group("half2")  # "an hour and a half" is a length
        cued = context.word_before(doc, m.start()) in _CUES or _TOOK.search(norm, max(0, m.start() - 40), m.start())
        if unit not in _ARTICLE_ANY and not fraction and not cued:
            continue  # "$5m a year" is a rate and "a year earlier" a date
        part = _part(Decimal(1), unit)
        if m.group("half"):
            part = _halve(part)
        elif m.group("quarter"):
            part = (part[0] / 4, part[1]) if part[1] != "Y" or part[0] >= 4 else (part[0] * 3, "M")
        elif m.group("half2"):
            part = (part[0] * Decimal("1.5"), part[1])
        start, end, approx = context.with_approx(doc, m.start(), m.end(), skip=_NOT_APPROX)
        yield _fact(doc, start, end, [part], approx, "duration.en.article")
    for m in _LONG.finditer(norm):
        if not sc.vetoed(m.start(), m.end()):
            yield _fact(doc, m.start(), m.end(), [_part(Decimal(1), m.group("unit"))], None, "duration.en.long")
    for m in _HALF_ADJ.finditer(norm) if "alf-" in norm else ():
        if not sc.vetoed(m.start(), m.end()):
            part = _halve(_part(Decimal(1), m.group("unit")))
            yield _fact(doc, m.start(), m.end(), [part], None, "duration.en.half")
    for m in _ONE_DAY.finditer(norm):
        if context.word_before(doc, m.start()) in _ONE_DAY_CUES:
            start, end, approx = context.with_approx(doc, m.start(), m.end(), skip=_NOT_APPROX)
            yield _fact(doc, start, end, [_part(Decimal(1), "day")], approx, "duration.en.one_day")
    for m in _THE_PERIOD.finditer(norm):
        unit = m.group("unit") or m.group("unit2")
        yield _fact(doc, m.start(), m.end(), [_part(Decimal(1), unit)], None, "duration.en.the_period")
    for m in _RACE_TIME.finditer(norm) if ":" in norm else ():
        if not _RACE_TIME_BEFORE.search(norm, max(0, m.start() - _RACE_TIME_BACK), m.start()):
            continue
        h, mi = m.group("h"), m.group("m") or m.group("m2")
        se = (m.group("s") or m.group("s2")) + (m.group("f") or m.group("f2") or "")
        parts = [(Decimal(mi), "TM"), (Decimal(se), "TS")]
        if h is not None:
            parts.insert(0, (Decimal(h), "TH"))
        yield _fact(doc, m.start(), m.end(), parts, None, "duration.en.race_time")


_Parts = list[tuple[Decimal, str]]

# A finishing time: "finished in 2:05:30", "a time of 1:43.21", "clocked 9:58.11". Only after one of these
# words, and only with seconds (and hundredths when there are no hours), so that no clock time ("at 10:30",
# "4:30 p.m.") reads as one.
# (led by the digits, which the engine finds fast; the words before are asked only where such digits stand)
_RACE_TIME = compiled(
    r"(?<![0-9:.])(?:(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9]):(?P<s>[0-5][0-9])(?P<f>\.[0-9]{1,3})?"
    r"|(?P<m2>[0-9]{1,2}):(?P<s2>[0-5][0-9])(?P<f2>\.[0-9]{1,3}))(?![0-9:]|\s*(?i:a\.?m|p\.?m)(?![A-Za-z]))"
)
_RACE_TIME_BEFORE = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.RACE_TIME_BEFORE)})\s+$")
_RACE_TIME_BACK = max(map(len, en.RACE_TIME_BEFORE)) + 4


def _listed_before(doc: Doc, n: Num, nxt: Num | None) -> Fact | None:
    """Bare `n` listed before a length in the same unit: "two co-defendants got 18 and 24 months" (after
    "between", the two are one range, read by `_range`)."""
    norm = doc.norm
    if nxt is None or n.value <= 0 or n.value != n.value.to_integral_value() or (n.words and n.value < 2):
        return None
    if not _AND.fullmatch(norm, n.end, nxt.start) or context.word_before(doc, n.start) == "between":
        return None
    m = _AFTER_NUM.match(norm, nxt.end)
    if m is None or m.group("half") or _VETO_NEXT.match(norm, m.end()) or (nxt.words != n.words):
        return None
    if _ARTICLE_VETO_NEXT.match(norm, m.end()):
        return None  # "scored 18, and 24 hours later …": the second is a time, the first no length
    if context.year_digits(doc, n.start, n.end):
        return None
    return _fact(doc, n.start, n.end, [_part(n.value, m.group("unit"))], None, "duration.en.listed")


def _unit_elsewhere(doc: Doc, n: Num, prev: Num | None, last: Fact | None) -> Fact | None:
    """Bare `n` as a length whose unit the clause names elsewhere: a part of the length just before ("1,640
    hours, 312 of them"), the other end of a change ("from nine years to seven"), another source's figure
    for it ("the government's figure is closer to 15,000"), a level of a unit that leads its verb ("Days on
    market averaged 39"), or the next item of that level's list ("… and 31 for condos")."""
    norm = doc.norm
    if n.value <= 0 or n.value != n.value.to_integral_value() or (n.words and n.value < 2):
        return None  # "one" is a pronoun more often than a number
    if context.year_digits(doc, n.start, n.end):
        return None  # "from 3 years to 2027": a year
    single = last is not None and len(last.value.parts) == 1 and last.max is None  # one length just before
    if single and last is not None:
        amount, designator = last.value.parts[0]
        gap = _PART_OF_GAP.fullmatch(norm, last.end, n.start)
        if gap is not None and n.value < amount and _PART_OF.match(norm, n.end):
            return _fact(doc, n.start, n.end, [(n.value, designator)], None, "duration.en.part_of")
        if _PART_SPAN.fullmatch(norm, last.end, n.start) and n.value < amount and not _AFTER_NUM.match(norm, n.end):
            return _fact(doc, n.start, n.end, [(n.value, designator)], None, "duration.en.part_of")
    if not _BARE_NEXT.match(norm, n.end):
        return None
    if single and last is not None:
        if _TO.fullmatch(norm, last.end, n.start) and context.word_before(doc, last.start) == "from":
            return _fact(doc, n.start, n.end, [(n.value, designator)], None, "duration.en.from_to")
        between = norm[last.end : n.start]
        plain = not any(c.isdigit() for c in between) and not _SENTENCE_END.search(between)
        if plain and not _NEW_CLAUSE.search(between) and _RESTATE.search(norm, max(last.end, n.start - 16), n.start):
            return _fact(doc, n.start, n.end, [(n.value, designator)], None, "duration.en.restated")
        if plain and _OTHER_ESTIMATE.search(norm, max(last.end, n.start - _OTHER_ESTIMATE_BACK), n.start):
            return _fact(doc, n.start, n.end, [(n.value, designator)], None, "duration.en.estimate")
    start, end, approx = context.with_approx(doc, n.start, n.end, skip=_NOT_APPROX)
    lead = _LEVEL.search(norm, max(0, start - _LEVEL_BACK), start)
    if lead is not None:
        return _fact(doc, start, end, [_part(n.value, lead.group("unit"))], approx, "duration.en.level")
    if last is None or last.rule != "duration.en.level" or prev is None or last.end != prev.end:
        return None
    item = _LIST_NEXT.fullmatch(norm, prev.end, n.start)
    if item is None or not norm.startswith(f" {item.group('prep')} ", n.end):
        return None
    return _fact(doc, n.start, n.end, [(n.value, last.value.parts[0][1])], None, "duration.en.level")


def _range(doc: Doc, low: Num, high: Num | None) -> Fact | None:
    """ "10 to 20 minutes", "5-10 years", "between 3 and 4 hours": one duration from LOW to HIGH.

    After "from", a change word before it makes it a change ("cut from 10 to 5 years"); otherwise the
    ends must lie close (context.to_range), as for money and percentages.
    """
    if high is None or not 0 < low.value < high.value:
        return None
    norm = doc.norm
    sep = _RANGE_SEP.fullmatch(norm, low.end, high.start)
    m = _AFTER_NUM.match(norm, high.end)
    if sep is None or m is None or m.group("half") or _VETO_NEXT.match(norm, m.end()):
        return None
    word, before = sep.group().strip().lower(), context.word_before(doc, low.start)
    if word == "and" and before != "between":
        return None
    if before == "from":
        lead = context.word_before(doc, low.start - 5)
        if lead in _CHANGE or lead.endswith("ed"):
            return None
    elif before != "between" and not context.to_range(doc, low.start, low.value, high.value):
        return None
    start = context.between_start(doc, low.start) if before == "between" else low.start
    start, end, approx = context.with_approx(doc, start, m.end(), skip=_NOT_APPROX)
    unit = m.group("unit")
    return _fact(doc, start, end, [_part(low.value, unit)], approx, "duration.en.range", [_part(high.value, unit)])


def _more_parts(doc: Doc, sc: Scan, pos: int, parts: _Parts) -> tuple[_Parts, int]:
    """Smaller units written right after: "2 hours 30 minutes", "two years and three months"."""
    while True:
        j = _JOIN.match(doc.norm, pos)
        if j is None:
            return parts, pos
        nxt = sc.at(j.end())
        if nxt is None:
            return parts, pos
        m = _AFTER_NUM.match(doc.norm, nxt.end)
        if m is None or m.group("unit").startswith("-"):
            return parts, pos
        part = _part(nxt.value, m.group("unit"))
        if _ORDER[part[1]] <= _ORDER[parts[-1][1]]:
            return parts, pos
        parts.append(part)
        pos = m.end()


def _fact(
    doc: Doc, start: int, end: int, parts: _Parts, approx: str | None, rule: str, high: _Parts | None = None
) -> Fact:
    top = DurationValue(tuple(high)) if high else None
    return Fact(type="duration", text=doc.text[start:end], start=start, end=end,
                value=DurationValue(tuple(parts)), max=top, approx=approx, rule=rule)  # fmt: skip
