"""Durations in English: 12 days → P12D, two years → P2Y, a 13-month ban → P13M, a decade → P10Y,
two and a half years → P2.5Y, half an hour → PT30M, 2 hours 30 minutes → PT2H30M, for a year → P1Y."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..document import Doc
from ..model import DURATION_ORDER, DurationValue, Fact
from ..patterns import words_re
from . import context
from . import tables as en
from .numbers import Scan, scan

_UNITS = {k.lower(): v for k, v in en.DURATION_UNITS.items()}
_UNIT_RE = words_re(_UNITS)
_AFTER_NUM = re.compile(rf"(?i:(?P<half>\s+and\s+a\s+half)?(?:\s+|-)(?P<unit>{_UNIT_RE}))(?![A-Za-z])")
_VETO_NEXT = re.compile(rf"(?i:\s*-?\s*(?:{words_re(en.DURATION_VETO_NEXT)}))(?![A-Za-z])")
_ARTICLE = re.compile(
    rf"(?<![A-Za-z])(?i:(?:(?P<half>half\s+)|(?P<quarter>a\s+quarter\s+of\s+))?an?\s+(?P<unit>{_UNIT_RE})"
    rf"(?P<half2>\s+and\s+a\s+half)?)(?![A-Za-z])"
)
_ARTICLE_ANY = frozenset(en.ARTICLE_DURATION_UNITS)
_ARTICLE_VETO_NEXT = re.compile(rf"\s+(?i:{words_re(en.ARTICLE_DURATION_VETO_NEXT)})(?![A-Za-z])")
_THE_PERIOD = re.compile(
    rf"(?<![A-Za-z])(?i:the\s+(?:{words_re(en.THE_PERIOD_WORDS)})\s+(?P<unit>{words_re(en.THE_PERIOD_UNITS)}))"
    r"(?![A-Za-z])"
)
_CUES = frozenset(en.DURATION_CUES)
_ORDER = {u: i for i, u in enumerate(DURATION_ORDER)}
_JOIN = re.compile(r",?\s+(?:and\s+)?")
_HALF = Decimal("0.5")
_NOT_APPROX = frozenset(en.DURATION_NOT_APPROX)


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


def recognize(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    sc = scan(doc)
    used_until = -1
    for n in sc.nums:
        if n.start < used_until:
            continue
        m = _AFTER_NUM.match(norm, n.end)
        if m is None or _VETO_NEXT.match(norm, m.end()):
            continue
        part = _part(n.value, m.group("unit"))
        if m.group("half"):
            part = (part[0] + Decimal(_UNITS[m.group("unit").lower()][1]) * _HALF, part[1])
        parts, end = _more_parts(doc, sc, m.end(), [part])
        start, end, approx = context.with_approx(doc, n.start, end, skip=_NOT_APPROX)
        used_until = end
        yield _fact(doc, start, end, parts, approx, "duration.en")
    for m in _ARTICLE.finditer(norm):
        unit = m.group("unit").lower()
        if sc.vetoed(m.start(), m.end()) or _VETO_NEXT.match(norm, m.end()) or _ARTICLE_VETO_NEXT.match(norm, m.end()):
            continue  # "a two-year-old", "a year earlier"
        if unit.endswith("s") or unit in ("second", "minute"):
            continue  # plural units take no article; "a second week" is an ordinal, "a minute" an idiom
        fraction = m.group("half") or m.group("quarter")
        if unit not in _ARTICLE_ANY and not fraction and context.word_before(doc, m.start()) not in _CUES:
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
    for m in _THE_PERIOD.finditer(norm):
        yield _fact(doc, m.start(), m.end(), [_part(Decimal(1), m.group("unit"))], None, "duration.en.the_period")


_Parts = list[tuple[Decimal, str]]


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


def _fact(doc: Doc, start: int, end: int, parts: _Parts, approx: str | None, rule: str) -> Fact:
    return Fact(type="duration", text=doc.text[start:end], start=start, end=end,
                value=DurationValue(tuple(parts)), approx=approx, rule=rule)  # fmt: skip
