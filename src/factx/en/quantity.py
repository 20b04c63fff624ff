"""Physical quantities in English: 5km, 10 miles, 2m barrels, 300 square metres, 40 degrees, a 45-year-old
man, aged 45 — a number and a unit from the table; the value is the number as written.

Also read: ranges whose unit follows the second number only ("5 to 15 mph", "aged between 12 to
17-years-old", "ranging in age from 40 to 63"), a minus sign ("-40 degrees", "minus 5C" keep a negative
value; a bare one after a temperature word is in degrees: "lows of -15"), a lone article before "of"
("an inch of snow" → 1 inch), pounds after a weight word ("weighs 200 pounds" is a weight, not money) and
multipliers that compare ("2 1/2 times as many", "twice as large": unit "times", like 倍).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..document import Doc
from ..model import Fact
from ..patterns import compiled, last_match, words_re
from . import context, count, cricket, poll
from . import tables as en
from .numbers import Num, scan

_UNITS = {k.lower(): v for k, v in en.QUANTITY_UNITS.items()}
_GLUED = frozenset(en.GLUED_QUANTITY_UNITS)
_UNIT = compiled(rf"(?P<sp>\s?)(?P<unit>(?i:{words_re(_UNITS)}))(?![A-Za-z])")
_POUNDS = compiled(rf"\s(?i:{words_re(en.WEIGHT_POUND_WORDS)})(?![A-Za-z])")
# "aged 45", and each age of a list after it: "aged 19 and 22", "aged 4, 7 and 9", "aged five and eight".
_AGE_ITEM = rf"(?:[0-9]{{1,3}}|(?i:{words_re([*en.UNIT_WORDS, *en.TEEN_WORDS, *en.TENS_WORDS])})(?:-[a-z]+)?)"
_AGED = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.AGE_CUES)})\s+(?:{_AGE_ITEM}(?:\s*,\s*|\s+and\s+))*$")
_AGED_BACK = max(map(len, en.AGE_CUES)) + 30
_TEMPERATURE = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.TEMPERATURE_CUES)})(?![A-Za-z])")
_CLAUSE_BREAK = compiled(r"[.;!?\n]\s|[;\n]")
_BELOW = compiled(r"\s+below(?P<zero>\s+zero)?(?![A-Za-z])")
_UNIT_WORD_AFTER = compiled(r"\s?(?:%|(?i:per\s?cent|percent|pc|points?|bps)(?![A-Za-z]))")
_AGE_AFTER = compiled(rf"\s+(?i:{words_re(en.AGE_AFTER)})(?![A-Za-z])")
# An age in apposition, the way news writes it: "Elizabeth Burton, 32, of Franklin", "Holt Jr., 55, pleaded".
# A name (not a month or weekday) before the first comma, a comma after the number, and no number after that.
_NAME_COMMA = compiled(r"(?<![A-Za-z.])(?P<name>[A-Z][a-z'’\-]+|Jr|Sr)\.?,\s$")
_AGE_COMMA = compiled(r",\s+(?![0-9])")
_NOT_NAMES = frozenset(w.lower() for w in (*en.MONTHS, *en.WEEKDAYS, *en.COUNT_GAP_STOP))
_ACROSS = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.ACROSS_VERBS)})\s+$")
_OVER = frozenset(("over",))
# "5 to 15 mph", "3-5 km", "12- to 17-year-olds" (a hanging hyphen before "to").
_RANGE_SEP = compiled(r"\s*(?:-\s*to|[-–—]|to|and)\s*", re.I)
_CHANGE = frozenset(en.CHANGE_WORDS)
_HALF_BEFORE = compiled(r"(?<![A-Za-z])(?i:half)\s+$")
_ARTICLE = compiled(rf"(?<![A-Za-z])(?i:an?)\s+(?P<unit>(?i:{words_re(en.ARTICLE_QUANTITY_UNITS)}))\s+of\s+(?=[a-z])")
_ARTICLE_VETO = frozenset(en.ARTICLE_QUANTITY_VETO_BEFORE)
_APPROX_ARTICLE = compiled(
    rf"(?<![A-Za-z])(?i:{words_re(en.ARTICLE_QUANTITY_APPROX)})\s+(?P<art>(?i:an?))\s+"
    rf"(?P<unit>(?i:{words_re(en.ARTICLE_QUANTITY_UNITS)}))(?![A-Za-z])(?!\s+of\s)"
)
_HALF_UNIT = compiled(
    rf"(?<![A-Za-z])(?i:half)\s+(?i:an?)\s+(?P<unit>(?i:{words_re(en.ARTICLE_QUANTITY_UNITS)}))(?![A-Za-z])"
    r"(?!\s+of\s)"  # "half an inch of rain" is read with the article rule
)
# A multiplier compares: "2 1/2 times as many", "three times the size", "twice as large" (the Chinese 倍).
# "three times a week" counts occasions and is left to counts.
_COMPARED = (
    rf"\s+(?!(?i:over\s+(?:{words_re(en.TIMES_OVER_PERIOD)}))(?![A-Za-z]))"
    rf"(?i:{words_re(en.MULTIPLIER_NEXT)})(?![A-Za-z])"
)
_TIMES = compiled(rf"\s+(?i:times)(?={_COMPARED})")
_TWICE = compiled(rf"(?<![A-Za-z])(?i:twice|thrice)(?={_COMPARED})")
# "a magnitude 6.4 earthquake", "magnitude-7.1": the scale's word before the number (as 6.4级 in Chinese).
_MAGNITUDE = compiled(r"(?<![A-Za-z])(?i:magnitude)[\s-]+(?P<n>[0-9](?:\.[0-9]{1,2})?)(?![0-9.,]*[0-9])")


# A speed whose "per hour" follows a conversion in brackets: "winds of 185 kilometers (115 miles) per hour".
_SPEED_OF = {"km": "km/h", "mile": "mph"}
_PER_HOUR_LATER = compiled(r"(?:\s*\([^()\n]{1,40}\))?\)?\s*(?i:per|an|a)\s+hour(?![A-Za-z])")
# "rose 52 points, or 0.6pc, to 8,912": the level an index move ends at is in points too.
_LEVEL_AFTER_MOVE = compiled(
    r"(?<![A-Za-z])points?(?:,?\s+or\s+[0-9]+(?:\.[0-9]+)?\s?(?:%|(?i:pc|per\s?cent|percent)(?![A-Za-z])),?)?"
    r"\s+(?:to|at)\s+$"
)
_LEVEL_BACK = 40
_INDEX = compiled(rf"(?<![A-Za-z])(?:{words_re(en.INDEX_WORDS)})(?![A-Za-z])")
_INDEX_BACK = 120


def _unit_after(doc: Doc, n: Num) -> tuple[str, int] | None:
    """(unit name, end) of a unit written right after `n`, or of "aged 45"; None when there is none."""
    norm = doc.norm
    m = _UNIT.match(norm, n.end)
    if m is not None:
        word = m.group("unit").lower()
        glued = not m.group("sp") and not word.startswith("-")
        if glued and word not in _GLUED:
            return None
        if word == "c" and (not glued or norm[m.start("unit")] != "C"):
            return None  # only "40C" is a temperature; "c" alone is a letter
        if _UNITS[word] == "points" and (count.player_points(doc, n) is not None or poll.points_end(doc, n)):
            return None  # "Davis scored 34 points": a player's points are a count (count.py); a poll's lead
            # in points is a percent (percent.py)
        unit = _UNITS[word]
        if unit in _SPEED_OF and _PER_HOUR_LATER.match(norm, m.end()):
            return _SPEED_OF[unit], m.end()  # "185 kilometers (115 miles) per hour": a speed, both of them
        return unit, m.end()
    p = _POUNDS.match(norm, n.end)
    if p is not None and context.pounds_weigh(doc, n.start, p.end()):
        return "lb", p.end()
    if _AGED.search(norm, max(0, n.start - _AGED_BACK), n.start) or _AGE_AFTER.match(norm, n.end):
        return "years old", n.end
    if _appositive_age(norm, n) or _group_age(norm, n) or _stated_age(norm, n):
        return "years old", n.end
    if _signed_temperature(doc, n) or _below(doc, n, n.end):
        return "°", n.end
    if not n.words and _index_level(doc, n):
        return "points", n.end  # the index's level after its move
    rate = cricket.rate_end(doc, n)
    if rate is not None:
        return cricket.RATE_UNIT, rate  # "5.3 an over", "a run rate of 5.8"
    return None


def _index_level(doc: Doc, n: Num) -> bool:
    """Whether `n` is the level a stock index moved to: "the FTSE 100 rose 52 points, or 0.6pc, to 8,912"."""
    norm = doc.norm
    move = _LEVEL_AFTER_MOVE.search(norm, max(0, n.start - _LEVEL_BACK), n.start)
    if move is None:
        return False
    lo = max(0, move.start() - _INDEX_BACK)
    brk = last_match(_CLAUSE_BREAK, norm, lo, move.start())
    return _INDEX.search(norm, brk.end() if brk else lo, move.start()) is not None


def _appositive_age(norm: str, n: Num) -> bool:
    if n.end - n.start > 2 or not norm[n.start : n.end].isdigit() or not _AGE_COMMA.match(norm, n.end):
        return False
    m = _NAME_COMMA.search(norm, max(0, n.start - 24), n.start)
    return m is not None and m.group("name").lower() not in _NOT_NAMES


def _group_age(norm: str, n: Num) -> bool:
    """ "people over 75", "adults under 50": an age bound of a group of people, when no unit or counted noun
    follows the number ("women over 40 percent", "children under 5 pounds" are something else)."""
    if n.end - n.start > 3 or not norm[n.start : n.end].isdigit() or not 0 < n.value <= en.MAX_AGE:
        return False
    if not _AGE_GROUP.search(norm, max(0, n.start - 40), n.start):
        return False
    nxt = _NEXT_WORD.match(norm, n.end)
    return nxt is None or nxt.group(1).lower() not in _NOT_AFTER_AGE


def _stated_age(norm: str, n: Num) -> bool:
    """ "dies at 93", "She was 93.", "when he was 38", "The man killed in the crash was 71.": a person's age
    stated with no unit."""
    if n.end - n.start > 3 or not norm[n.start : n.end].isdigit() or not 0 < n.value <= en.MAX_AGE:
        return False
    if _DIED_AT.search(norm, max(0, n.start - 16), n.start):
        return True
    if not _AGE_END.match(norm, n.end):
        return False
    return bool(
        _PRONOUN_AGE.search(norm, max(0, n.start - 16), n.start)
        or _SUBJECT_AGE.search(norm, max(0, n.start - _SUBJECT_AGE_BACK), n.start)
    )


_DIED_AT = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.AGE_DIED_BEFORE)})\s+$")
_PRONOUN_AGE = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.AGE_PRONOUN_BEFORE)})\s+$")
# The sentence opens with the person (after a line break, or a full stop and a space).
_SUBJECT_AGE = compiled(
    rf"(?:(?<![^\n])|(?<=[.!?\"”] ))(?:The|A|An)\s+(?:[a-z-]+\s+)?(?i:{words_re(en.AGE_SUBJECT_NOUNS)})"
    rf"(?:,?\s(?:who|from|of|in|at|on|[a-z]+ed|[a-z]+ing|{words_re(en.AGE_SUBJECT_PARTICIPLES)})\b"
    rf"(?:(?!\b(?:{words_re(en.AGE_SUBJECT_NOT_BETWEEN)})\b)[^.;:!?0-9\n]){{0,60}}?)?,?\s(?:was|is)\s+$"
)
_SUBJECT_AGE_BACK = 100
_AGE_END = compiled(rf"\s*(?:[.,;:!?)]|$|\s(?i:{words_re(en.AGE_PRONOUN_NEXT)})(?![A-Za-z]))")
_AGE_GROUP = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.AGE_GROUP_NOUNS)})\s+(?i:{words_re(en.AGE_GROUP_COMPARE)})\s+$")
_NEXT_WORD = compiled(r"\s*([%A-Za-z]+)")
_NOT_AFTER_AGE = frozenset(("%", "percent", "per", "pc", *_UNITS, *(k.lower() for k in en.COUNT_NOUNS)))


def _signed_temperature(doc: Doc, n: Num) -> bool:
    """A bare number with a minus sign after a temperature word in its clause: "lows of -15"."""
    minus = context.minus_before(doc, n.start)
    if minus is None or _UNIT_WORD_AFTER.match(doc.norm, n.end):
        return False
    return _temperature_clause(doc, minus)


def _temperature_clause(doc: Doc, pos: int) -> bool:
    """Whether a temperature word stands in the clause before `pos`."""
    lo = max(0, pos - en.TEMPERATURE_CUE_WINDOW)
    brk = last_match(_CLAUSE_BREAK, doc.norm, lo, pos)
    return _TEMPERATURE.search(doc.norm, brk.end() if brk else lo, pos) is not None


def _below(doc: Doc, n: Num, end: int) -> re.Match[str] | None:
    """ "below zero" after a temperature ("15 degrees below zero"), or "below" alone in a clause about
    temperatures ("wind chills could plunge to 40 below"): the value is negative."""
    m = _BELOW.match(doc.norm, end)
    if m is None or not (m.group("zero") or _temperature_clause(doc, n.start)):
        return None
    return m


def recognize(doc: Doc) -> Iterator[Fact]:
    nums = scan(doc).nums
    skip_until = -1
    for i, n in enumerate(nums):
        if n.start < skip_until:
            continue
        found = _unit_after(doc, n)
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        # "lows of 24C to 26C": when the low end has its own unit, the high end must repeat it
        rng = _range(doc, n, nxt, None if found is None or found[1] == n.end else found)
        if rng is not None:
            found = rng
            skip_until = rng[1]
        if found is None:
            times = _TIMES.match(doc.norm, n.end)
            if times is None:
                continue
            found = ("times", times.end())
        unit, end = found
        start, value, high = n.start, n.value, None
        minus = context.minus_before(doc, n.start)
        if minus is not None:
            start, value = minus, -value
        below = _below(doc, n, end) if unit.startswith("°") and rng is None and minus is None else None
        if below is not None:
            value, end = -value, below.end()  # 15 degrees below zero
        if rng is not None and nxt is not None:
            high = nxt.value
            if context.minus_before(doc, nxt.start) is not None:
                high = -high
            if context.word_before(doc, start) == "between":
                start = context.between_start(doc, start)
        across = _ACROSS.search(doc.norm, max(0, start - 30), max(0, start - len("over ")))
        skip = _OVER if across and context.word_before(doc, start) == "over" else frozenset()
        start, end, approx = context.with_approx(doc, start, end, skip=skip)  # "spread over 48 km": across
        yield Fact(type="quantity", text=doc.text[start:end], start=start, end=end, value=value, max=high,
                   approx=approx, unit=unit, rule="quantity.en")  # fmt: skip
    yield from _articles(doc)
    for m in _MAGNITUDE.finditer(doc.norm) if "agnitude" in doc.norm else ():
        yield Fact(type="quantity", text=doc.text[m.start() : m.end()], start=m.start(), end=m.end(),
                   value=Decimal(m.group("n")), unit="magnitude", rule="quantity.en.magnitude")  # fmt: skip
    for m in _TWICE.finditer(doc.norm) if "ice" in doc.norm else ():
        start, end, approx = context.with_approx(doc, m.start(), m.end())
        value = Decimal(2 if m.group().lower() == "twice" else 3)
        yield Fact(type="quantity", text=doc.text[start:end], start=start, end=end, value=value, approx=approx,
                   unit="times", rule="quantity.en.multiplier")  # fmt: skip


def _range(doc: Doc, low: Num, high: Num | None, low_unit: tuple[str, int] | None = None) -> tuple[str, int] | None:
    """(unit, end) when "LOW to HIGH unit" is one range: "5 to 15 mph", "between 12 to 17-years-old"; with
    `low_unit` (the unit written after the low end and its end), "24C to 26C" with the same unit at both ends.

    "from A to B" after a change word is a change ("rose from 5 to 15 mph"); otherwise the ends must lie
    close (context.to_range). Negative ends ("-15 to -25 degrees") range by their size.
    """
    if high is None:
        return None
    norm = doc.norm
    low_end = low.end if low_unit is None else low_unit[1]
    sep = _RANGE_SEP.fullmatch(norm, low_end, high.start)
    if sep is None:
        minus = context.minus_before(doc, high.start)
        sep = _RANGE_SEP.fullmatch(norm, low_end, minus) if minus is not None else None
        if sep is None or context.minus_before(doc, low.start) is None:
            return None
    found = _unit_after(doc, high)
    if low_unit is not None and (found is None or found[0] != low_unit[0]):
        return None
    if found is None:
        # "ranging in age from 40 to 63": the age cue stands before the low end.
        if not _AGED.search(norm, max(0, low.start - _AGED_BACK), low.start):
            return None
        found = ("years old", high.end)
    word = sep.group().strip().lower()
    low_minus = context.minus_before(doc, low.start)
    start = low.start if low_minus is None else low_minus
    before = context.word_before(doc, start)
    if word == "and" and before != "between":
        return None
    low_neg = low_minus is not None
    high_neg = context.minus_before(doc, high.start) is not None
    if low_neg and high_neg:
        ordered = low.value < high.value  # "-15 to -25": a range of cold, by size
    else:
        ordered = (-low.value if low_neg else low.value) < (-high.value if high_neg else high.value)
    if not ordered:
        return None
    if before == "from":
        lo = start - len("from") - 1
        if context.word_before(doc, lo) in _CHANGE or context.word_before(doc, lo).endswith("ed"):
            return None
    elif (
        before not in ("between", "aged", "ages")
        and not low_neg
        and not context.to_range(doc, start, low.value, high.value)
    ):
        return None
    return found


def _articles(doc: Doc) -> Iterator[Fact]:
    """ "an inch of snow", "a mile of coastline": one unit, named by its article ("half an inch": half of one);
    "half a mile" is half of one without "of" too ("neighbours within half a mile were told to leave")."""
    for m in _HALF_UNIT.finditer(doc.norm) if "alf" in doc.norm else ():
        unit = en.ARTICLE_QUANTITY_UNITS[m.group("unit").lower()]
        start, end, approx = context.with_approx(doc, m.start(), m.end())
        yield Fact(type="quantity", text=doc.text[start:end], start=start, end=end, value=Decimal("0.5"),
                   approx=approx, unit=unit, rule="quantity.en.half")  # fmt: skip
    for m in _APPROX_ARTICLE.finditer(doc.norm):
        # "spreading apart at about an inch a year", "less than a mile from the coast"
        unit = en.ARTICLE_QUANTITY_UNITS[m.group("unit").lower()]
        start, end, approx = context.with_approx(doc, m.start("art"), m.end())
        yield Fact(type="quantity", text=doc.text[start:end], start=start, end=end, value=Decimal(1),
                   approx=approx, unit=unit, rule="quantity.en.approx_article")  # fmt: skip
    for m in _ARTICLE.finditer(doc.norm):
        if context.word_before(doc, m.start()) in _ARTICLE_VETO:
            continue
        unit = en.ARTICLE_QUANTITY_UNITS[m.group("unit").lower()]
        half = _HALF_BEFORE.search(doc.norm, max(0, m.start() - 8), m.start())
        value = Decimal("0.5") if half else Decimal(1)  # "half an inch of rain"
        start, end, approx = context.with_approx(doc, half.start() if half else m.start(), m.end("unit"))
        yield Fact(type="quantity", text=doc.text[start:end], start=start, end=end, value=value,
                   approx=approx, unit=unit, rule="quantity.en.article")  # fmt: skip
